// Channel, select and spawn costs, against Go 1.19's figures on the same kind of machine:
// unbuffered ping-pong 254 ns per round trip, buffered(1024) 44 ns per message; and the
// physical limit of a hand-off between two cores (BM_AtomicPingPong).

#include "runtime/Channel.h"
#include "runtime/Runtime.h"
#include "runtime/Select.h"
#include "trace/Tracer.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

using namespace cacophony;

namespace {

// With tracing on (as in a real run) or off (the primitive alone).
std::unique_ptr<Tracer> makeTracer(const benchmark::State &state)
{
    return state.range(0) ? std::make_unique<Tracer>() : nullptr;
}

} // namespace

// The floor under any cross-thread hand-off: two threads bounce one atomic counter (this
// thread makes it odd, the other makes it even again), nothing else. A round trip moves
// its cache line from core to core twice. pause:1 spins with the CPU's pause hint, as the
// runtime's spin loops do; pause:0 re-reads at full speed.
static void BM_AtomicPingPong(benchmark::State &state)
{
    const bool pause = state.range(0) != 0;
    alignas(64) std::atomic<std::int64_t> ball{0};
    const auto relax = [pause] {
#if defined(__x86_64__) || defined(__i386__)
        if (pause)
            _mm_pause();
#endif
    };
    constexpr std::int64_t kStop = -1;
    std::thread echo([&] {
        for (std::int64_t seen = 0;;) {
            std::int64_t v;
            while ((v = ball.load(std::memory_order_acquire)) == seen)
                relax();
            if (v == kStop)
                return;
            seen = v + 1;
            ball.store(seen, std::memory_order_release);
        }
    });
    std::int64_t v = 0;
    for (auto _ : state) {
        ball.store(++v, std::memory_order_release);
        while (ball.load(std::memory_order_acquire) == v)
            relax();
        ++v;
    }
    ball.store(kStop, std::memory_order_release);
    echo.join();
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AtomicPingPong)->ArgName("pause")->Arg(0)->Arg(1)->UseRealTime();

// One round trip: ping on one unbuffered channel, pong back on another.
static void BM_UnbufferedRoundTrip(benchmark::State &state)
{
    auto tracer = makeTracer(state);
    Runtime rt(tracer.get());
    Channel<int> ping(rt, QStringLiteral("ping")), pong(rt, QStringLiteral("pong"));
    rt.go(QStringLiteral("echo"), [&] {
        for (int v : ping)
            pong.send(v);
    });
    for (auto _ : state) {
        ping.send(1);
        benchmark::DoNotOptimize(pong.receive());
    }
    ping.close();
    rt.wait(5000);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UnbufferedRoundTrip)->ArgName("traced")->Arg(0)->Arg(1)->UseRealTime();

// Messages through a buffered(1024) channel from one producer task to this consumer.
static void BM_BufferedThroughput(benchmark::State &state)
{
    auto tracer = makeTracer(state);
    constexpr int kBatch = 100000;
    for (auto _ : state) {
        Runtime rt(tracer.get());
        Channel<int> ch(rt, QStringLiteral("buffered"), 1024);
        rt.go(QStringLiteral("producer"), [&] {
            for (int i = 0; i < kBatch; ++i)
                ch.send(i);
            ch.close();
        });
        long sum = 0;
        for (int v : ch)
            sum += v;
        benchmark::DoNotOptimize(sum);
        rt.wait(5000);
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_BufferedThroughput)->ArgName("traced")->Arg(0)->Arg(1)->UseRealTime()->Unit(benchmark::kMillisecond);

// A select over two buffered channels where one case is always ready.
static void BM_SelectReady(benchmark::State &state)
{
    auto tracer = makeTracer(state);
    Runtime rt(tracer.get());
    Channel<int> a(rt, QStringLiteral("a"), 1), b(rt, QStringLiteral("b"), 1);
    int got = 0;
    for (auto _ : state) {
        a.trySend(1);
        Select(rt).recv(a, [&](int v) { got += v; }).recv(b, [&](int v) { got += v; }).run();
    }
    benchmark::DoNotOptimize(got);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SelectReady)->ArgName("traced")->Arg(0)->Arg(1);

// The spin loop's step: a select with default that finds nothing ready.
static void BM_SelectDefault(benchmark::State &state)
{
    auto tracer = makeTracer(state);
    Runtime rt(tracer.get());
    Channel<int> a(rt, QStringLiteral("a")), b(rt, QStringLiteral("b"));
    int defaults = 0;
    for (auto _ : state)
        Select(rt).recv(a, [](int) {}).recv(b, [](int) {}).otherwise([&] { ++defaults; }).run();
    benchmark::DoNotOptimize(defaults);
}
BENCHMARK(BM_SelectDefault)->ArgName("traced")->Arg(0)->Arg(1);

BENCHMARK_MAIN();

// Spawn throughput: 1,000 empty tasks per iteration, then wait for them (threads are
// reused between iterations, as in a run that spawns a task per beat).
static void BM_Spawn(benchmark::State &state)
{
    Runtime rt;
    constexpr int kTasks = 1000;
    for (auto _ : state) {
        for (int i = 0; i < kTasks; ++i)
            rt.go(QStringLiteral("task"), [] {});
        rt.wait(-1);
    }
    state.SetItemsProcessed(state.iterations() * kTasks);
}
BENCHMARK(BM_Spawn)->UseRealTime()->Unit(benchmark::kMicrosecond);

// Spawn to first instruction: from just before go() to the first line of the task, on an
// idle pool thread (reused:1, the usual case) or on a fresh runtime (reused:0, the first
// task of a run, which needs a new thread).
static void BM_SpawnLatency(benchmark::State &state)
{
    const bool reused = state.range(0) != 0;
    std::unique_ptr<Runtime> rt = std::make_unique<Runtime>();
    for (auto _ : state) {
        if (!reused) {
            state.PauseTiming();
            rt = std::make_unique<Runtime>();
            state.ResumeTiming();
        }
        std::atomic<std::int64_t> started{0};
        const auto before = std::chrono::steady_clock::now();
        rt->go(QStringLiteral("task"), [&started] {
            started.store(std::chrono::steady_clock::now().time_since_epoch().count(), std::memory_order_release);
        });
        while (started.load(std::memory_order_acquire) == 0) {
        }
        state.SetIterationTime(double(started.load() - before.time_since_epoch().count()) * 1e-9);
        rt->wait(-1);
    }
}
BENCHMARK(BM_SpawnLatency)->ArgName("reused")->Arg(1)->Arg(0)->UseManualTime()->Unit(benchmark::kMicrosecond);
