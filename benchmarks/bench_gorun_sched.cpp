// The Go runtime's scheduler and channels without the VM: goroutines are small C++ state
// machines (BenchExecutor), so these figures are the floor the VM's own add to. The same
// programs as benchmarks/go/channels (unbuffered round trip, buffered(1024) messages), plus
// spawn-and-finish of 100,000 goroutines and 100,000 parked goroutines (time and heap).
//
//   build/dev/benchmarks/bench_gorun_sched --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "gorun/sched/Chan.h"
#include "gorun/sched/Scheduler.h"
#include "gorun/sched/WaitGroup.h"
#include "gorun/sched/Worker.h"

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <memory>
#include <vector>

using namespace cacophony;
using namespace cacophony::gorun;

namespace {

enum class Kind { PingMain, Echo, Producer, ConsumerMain, SpawnMain, Quitter, ParkMain, Parker };

struct State
{
    Kind kind;
    int pc = 0;
    std::int64_t i = 0;
    std::int64_t n = 0;
};

// Runs the goroutines of the four programs; one State per goroutine.
class BenchExecutor : public Executor
{
public:
    Scheduler *s = nullptr;
    Chan *a = nullptr;
    Chan *b = nullptr;
    WaitGroup *wg = nullptr;
    std::vector<std::unique_ptr<State>> states;
    std::int64_t parkedHeapBytes = 0;

    Goroutine *go(Goroutine *parent, Kind kind, std::int64_t n)
    {
        states.push_back(std::make_unique<State>(State{kind, 0, 0, n}));
        return s->spawn(parent, states.back().get(), QStringLiteral("g"));
    }

    Step run(Goroutine &g, Worker &w) override
    {
        State &st = *static_cast<State *>(g.vm);
        Word v = 0;
        bool ok = false;
        switch (st.kind) {
        case Kind::PingMain: // ping <- 1; <-pong, n times
            if (st.pc == 0)
                go(&g, Kind::Echo, 0);
            for (; st.i < st.n; ++st.i) {
                if (st.pc <= 1) {
                    st.pc = 2;
                    if (a->send(g, 1) == OpResult::Park)
                        return Step::Park;
                }
                st.pc = 1;
                if (b->recv(g, v, ok) == OpResult::Park) {
                    ++st.i;
                    return Step::Park;
                }
                if (w.preemptRequested())
                    return (++st.i, Step::Yield);
            }
            return Step::Exit;
        case Kind::Echo: // for v := range ping { pong <- v }
            for (;;) {
                if (st.pc == 0) {
                    st.pc = 1;
                    if (a->recv(g, v, ok) == OpResult::Park)
                        return Step::Park;
                }
                st.pc = 0;
                if (b->send(g, 1) == OpResult::Park)
                    return Step::Park;
            }
        case Kind::ConsumerMain: // for v := range ch
            if (st.pc == 0) {
                st.pc = 1;
                go(&g, Kind::Producer, st.n);
            }
            for (;;) {
                if (st.pc == 2 && g.resume[1] == 0)
                    return Step::Exit;
                st.pc = 1;
                const OpResult r = a->recv(g, v, ok);
                if (r == OpResult::Park) {
                    st.pc = 2;
                    return Step::Park;
                }
                if (!ok)
                    return Step::Exit;
            }
        case Kind::Producer:
            for (; st.i < st.n; ++st.i)
                if (a->send(g, static_cast<Word>(st.i)) == OpResult::Park)
                    return (++st.i, Step::Park);
            a->close(g);
            return Step::Exit;
        case Kind::SpawnMain:
        case Kind::ParkMain:
            if (st.pc == 0) {
                st.pc = 1;
                wg->add(g, st.n);
                for (std::int64_t k = 0; k < st.n; ++k)
                    go(&g, st.kind == Kind::SpawnMain ? Kind::Quitter : Kind::Parker, 0);
                if (st.kind == Kind::SpawnMain)
                    return wg->wait(g) == OpResult::Park ? Step::Park : Step::Exit;
                return Step::Yield; // let them all park
            }
            if (st.kind == Kind::ParkMain) {
                if (wg->counter() > 0)
                    return Step::Yield;
                parkedHeapBytes = heapBytes();
            }
            return Step::Exit;
        case Kind::Quitter:
            wg->done(g);
            return Step::Exit;
        case Kind::Parker:
            wg->done(g);
            return a->recv(g, v, ok) == OpResult::Park ? Step::Park : Step::Exit;
        }
        return Step::Exit;
    }

    void fatal(std::string_view) override {}

    // Heap in use (glibc): what the goroutines take, whatever the allocator kept from before.
    static std::int64_t heapBytes()
    {
        const struct mallinfo2 info = mallinfo2();
        return static_cast<std::int64_t>(info.uordblks + info.hblkhd);
    }
};

// One program run: kind's main with n, on workers threads, traced or not.
void runProgram(Kind mainKind, std::int64_t n, std::size_t capacity, int workers, bool traced,
                std::int64_t *heapGrowth = nullptr)
{
    const std::int64_t heapBefore = BenchExecutor::heapBytes();
    Tracer tracer;
    BenchExecutor e;
    Scheduler s(e, {.gomaxprocs = workers, .tracer = traced ? &tracer : nullptr});
    e.s = &s;
    Chan a(s, capacity, false), b(s, 0, false);
    WaitGroup wg(s);
    e.a = &a;
    e.b = &b;
    e.wg = &wg;
    e.states.reserve(static_cast<std::size_t>(n) + 2);
    Goroutine *main = e.go(nullptr, mainKind, n);
    s.run(main);
    if (heapGrowth)
        *heapGrowth = e.parkedHeapBytes - heapBefore;
}

void setPerItem(benchmark::State &state, std::int64_t perIteration)
{
    state.SetItemsProcessed(state.iterations() * perIteration);
    state.counters["ns_per_item"] = benchmark::Counter(static_cast<double>(state.iterations() * perIteration) / 1e9,
                                                       benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Args: workers (GOMAXPROCS), traced.
void BM_GorunUnbufferedRoundTrip(benchmark::State &state)
{
    constexpr std::int64_t kTrips = 20'000;
    for (auto _ : state)
        runProgram(Kind::PingMain, kTrips, 0, static_cast<int>(state.range(0)), state.range(1) != 0);
    setPerItem(state, kTrips);
}

void BM_GorunBufferedMessage(benchmark::State &state)
{
    constexpr std::int64_t kMessages = 100'000;
    for (auto _ : state)
        runProgram(Kind::ConsumerMain, kMessages, 1024, static_cast<int>(state.range(0)), state.range(1) != 0);
    setPerItem(state, kMessages);
}

void BM_GorunSpawnAndFinish(benchmark::State &state)
{
    constexpr std::int64_t kGoroutines = 100'000;
    for (auto _ : state)
        runProgram(Kind::SpawnMain, kGoroutines, 0, static_cast<int>(state.range(0)), false);
    setPerItem(state, kGoroutines);
}

// 100,000 goroutines parked on a channel: the time to spawn them and get them all parked,
// and the heap they take (counter heap_MB: control blocks, waiters, the benchmark's states).
void BM_GorunParked(benchmark::State &state)
{
    constexpr std::int64_t kGoroutines = 100'000;
    std::int64_t growth = 0;
    for (auto _ : state)
        runProgram(Kind::ParkMain, kGoroutines, 0, static_cast<int>(state.range(0)), false, &growth);
    state.counters["heap_MB"] = static_cast<double>(growth) / 1e6;
    setPerItem(state, kGoroutines);
}

} // namespace

BENCHMARK(BM_GorunUnbufferedRoundTrip)->Args({1, 0})->Args({2, 0})->Args({1, 1})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GorunBufferedMessage)->Args({1, 0})->Args({2, 0})->Args({1, 1})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GorunSpawnAndFinish)->Args({1})->Args({2})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GorunParked)->Args({1})->Args({2})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

BENCHMARK_MAIN();
