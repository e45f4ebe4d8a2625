// Tracing costs: recording must stay far cheaper than what it records (target: ≤ 50 ns
// per event), batches reach consumers at frame rate, and trace files load quickly.

#include "SyntheticTrace.h"
#include "analysis/RunAnalysis.h"
#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"
#include "trace/EventStream.h"
#include "trace/Tracer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <benchmark/benchmark.h>

#include <atomic>
#include <memory>

using namespace cacophony;

// Per-event cost of Tracer::record() with 1 and 2 recording threads. A fresh tracer
// per batch keeps memory bounded; its set-up is excluded from the timing.
static void BM_TracerRecord(benchmark::State &state)
{
    // Set up by thread 0 before the loop; the loop's start is a barrier for all threads.
    static std::unique_ptr<Tracer> tracer;
    if (state.thread_index() == 0)
        tracer = std::make_unique<Tracer>();
    Event e;
    e.kind = EventKind::ChanSend;
    e.task = static_cast<std::uint32_t>(state.thread_index() + 1);
    std::int64_t n = 0;
    for (auto _ : state) {
        e.t = n++;
        tracer->record(e);
    }
    state.SetItemsProcessed(state.iterations());
    if (state.thread_index() == 0)
        state.counters["events"] = static_cast<double>(tracer->eventCount());
}
BENCHMARK(BM_TracerRecord)->Threads(1)->Threads(2)->UseRealTime();

// From record() to the consumer's slot: 100k events through an EventStream, counting
// batches (signals), which must be a few per frame, never one per event.
static void BM_EventStreamDelivery(benchmark::State &state)
{
    constexpr int kEvents = 100000;
    double batches = 0;
    for (auto _ : state) {
        Tracer tracer;
        EventStream stream;
        std::atomic<int> received{0};
        int batchCount = 0;
        QObject::connect(&stream, &EventStream::batchReady, &stream, [&](const EventBatch &batch) {
            received += static_cast<int>(batch.size());
            ++batchCount;
        }, Qt::DirectConnection);
        stream.start(&tracer);
        Event e;
        e.kind = EventKind::Beat;
        for (int i = 0; i < kEvents; ++i) {
            e.t = i;
            tracer.record(e);
        }
        stream.stop(); // final flush
        if (received.load() != kEvents)
            state.SkipWithError("events lost in the stream");
        batches += batchCount;
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
    state.counters["batches"] = benchmark::Counter(batches, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_EventStreamDelivery)->UseRealTime()->Unit(benchmark::kMillisecond);

static void BM_ChromeJsonWrite(benchmark::State &state)
{
    const TraceData data = bench::syntheticTrace(static_cast<std::size_t>(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    for (auto _ : state) {
        if (!ChromeTraceWriter::write(data, path))
            state.SkipWithError("write failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ChromeJsonWrite)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

static void BM_ChromeJsonRead(benchmark::State &state)
{
    const TraceData data = bench::syntheticTrace(static_cast<std::size_t>(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    ChromeTraceWriter::write(data, path);
    for (auto _ : state) {
        const auto loaded = ChromeTraceReader::read(path);
        if (!loaded)
            state.SkipWithError("read failed");
        benchmark::DoNotOptimize(loaded);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ChromeJsonRead)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

static void BM_RunAnalysis(benchmark::State &state)
{
    const TraceData data = bench::syntheticTrace(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(RunAnalysis::analyse(data));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_RunAnalysis)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // EventStream's worker and QTemporaryDir want one
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
