// Trace files at 1M events: write and read time, bytes per event, and the heap the
// streaming reader needs while reading relative to the TraceData it gives back
// (docs/performance.md, "Trace file formats").

#include "SyntheticTrace.h"
#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <malloc.h>

using namespace cacophony;

namespace {

constexpr std::size_t kEvents = 1'000'000;

// Bytes the heap holds now (small blocks plus mmapped ones).
double heapBytes()
{
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks) + double(m.hblkhd);
}

const TraceData &trace()
{
    static const TraceData data = bench::syntheticTrace(kEvents);
    return data;
}

} // namespace

static void BM_JsonWrite(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    for (auto _ : state) {
        if (!ChromeTraceWriter::write(trace(), path))
            state.SkipWithError("write failed");
    }
    state.counters["bytes_per_event"] = double(QFileInfo(path).size()) / double(kEvents);
    state.SetItemsProcessed(state.iterations() * std::int64_t(kEvents));
}
BENCHMARK(BM_JsonWrite)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond);

static void BM_JsonRead(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    ChromeTraceWriter::write(trace(), path);
    double ratio = 0;
    for (auto _ : state) {
        const double before = heapBytes();
        double peak = before;
        const auto loaded = ChromeTraceReader::read(path, nullptr, [&](int) {
            peak = std::max(peak, heapBytes());
            return true;
        });
        if (!loaded || loaded->events.size() != kEvents)
            state.SkipWithError("read failed");
        // The result as it stays in memory, measured the same way.
        const double kept = heapBytes() - before;
        ratio = (peak - before) / kept;
        benchmark::DoNotOptimize(loaded);
    }
    state.counters["peak_heap_over_result"] = ratio;
    state.SetItemsProcessed(state.iterations() * std::int64_t(kEvents));
}
BENCHMARK(BM_JsonRead)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QTemporaryDir wants one
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
