// Trace files in both formats (Chrome JSON, Perfetto), 1M events (or
// CACOPHONY_TRACE_EVENTS, e.g. 10000000): write and read time, bytes per event, and the
// heap the streaming reader needs while reading relative to the TraceData it gives back
// (docs/performance.md, "Trace file formats"). Run the formats interleaved
// (--benchmark_enable_random_interleaving=true) and compare their ratios.

#include "SyntheticTrace.h"
#include "trace/TraceFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <malloc.h>

using namespace cacophony;

namespace {

std::size_t events()
{
    static const std::size_t n = qEnvironmentVariableIsSet("CACOPHONY_TRACE_EVENTS")
        ? std::size_t(qEnvironmentVariableIntValue("CACOPHONY_TRACE_EVENTS"))
        : 1'000'000;
    return n;
}

// Bytes the heap holds now (small blocks plus mmapped ones).
double heapBytes()
{
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks) + double(m.hblkhd);
}

const TraceData &trace()
{
    static const TraceData data = bench::syntheticTrace(events());
    return data;
}

} // namespace

// `name` is the file's name: its extension chooses the format.
static void BM_Write(benchmark::State &state, const char *name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QLatin1String(name));
    for (auto _ : state) {
        if (!TraceFiles::write(trace(), path))
            state.SkipWithError("write failed");
    }
    state.counters["bytes_per_event"] = double(QFileInfo(path).size()) / double(events());
    state.SetItemsProcessed(state.iterations() * std::int64_t(events()));
}
BENCHMARK_CAPTURE(BM_Write, json, "run.json")->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, perfetto, "run.perfetto-trace")->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond);

static void BM_Read(benchmark::State &state, const char *name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QLatin1String(name));
    TraceFiles::write(trace(), path);
    double ratio = 0;
    for (auto _ : state) {
        const double before = heapBytes();
        double peak = before;
        const auto loaded = TraceFiles::read(path, nullptr, [&](int) {
            peak = std::max(peak, heapBytes());
            return true;
        });
        if (!loaded || loaded->events.size() != events())
            state.SkipWithError("read failed");
        // The result as it stays in memory, measured the same way.
        const double kept = heapBytes() - before;
        ratio = (peak - before) / kept;
        benchmark::DoNotOptimize(loaded);
    }
    state.counters["peak_heap_over_result"] = ratio;
    state.SetItemsProcessed(state.iterations() * std::int64_t(events()));
}
BENCHMARK_CAPTURE(BM_Read, json, "run.json")->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Read, perfetto, "run.perfetto-trace")->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QTemporaryDir wants one
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
