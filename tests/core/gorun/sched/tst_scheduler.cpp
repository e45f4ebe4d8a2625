#include "FakeExecutor.h"

#include "gorun/sched/Mutex.h"
#include "gorun/sched/Select.h"
#include "gorun/sched/WaitGroup.h"
#include "trace/TraceValidator.h"

#include <QTest>
#include <map>
#include <set>
#include <sys/resource.h>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

namespace {
// An endless loop (a back-edge to itself), polling for preemption as the VM does.
Op spinForever()
{
    return {[](Goroutine &, FakeTask &t) {
                t.jump = static_cast<int>(t.pc);
                return OpResult::Done;
            },
            {}};
}

std::int64_t cpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000'000LL
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1'000LL;
}

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

class tst_Scheduler : public QObject
{
    Q_OBJECT

private slots:
    void spawnTakesTheRunsNextSlot();
    void deadlock_data();
    void deadlock();
    void mainReturningAbandonsTheOthers();
    void stopEndsAnEndlessProgramWithin100ms_data();
    void stopEndsAnEndlessProgramWithin100ms();
    void monitorPreemptsALongSlice();
    void idleWorkersStealWork();
    void idleSchedulerUsesNoCpu();
    void goroutineLimitIsAFatalErrorNamingIt();
    void numGoroutineAndForEachGoroutine();
    void stopTheWorldHaltsEveryOtherGoroutine();
    void traceRecordsLifecycleAndFatalError();
    void deterministicRunsReplay_data();
    void deterministicRunsReplay();
};

void tst_Scheduler::spawnTakesTheRunsNextSlot()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    const auto say = [&](const char *word) { return doOp([&e, word](Goroutine &, FakeTask &) { e.log(word); }); };
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          e.go(&g, "a", {say("a")});
                          e.go(&g, "b", {say("b")}); // takes runs-next; a goes to the queue's tail
                          e.go(&g, "c", {say("c")});
                      }),
                      sleepOp(s, 1'000'000)}),
             0);
    QCOMPARE(e.logged(), (std::vector<std::string>{"c", "a", "b"}));
}

void tst_Scheduler::deadlock_data()
{
    QTest::addColumn<int>("program");
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("deadlocked");
    for (int workers : {1, 2}) {
        const QByteArray w = ", " + QByteArray::number(workers) + " workers";
        QTest::newRow("main receives, nobody sends" + w) << 0 << workers << true;
        QTest::newRow("main waits for a goroutine that exits" + w) << 1 << workers << true;
        QTest::newRow("goroutines blocked, main returns" + w) << 2 << workers << false;
        QTest::newRow("everyone blocked but a sleeper" + w) << 3 << workers << false;
    }
    QTest::newRow("deterministic: main receives") << 0 << 0 << true;
    QTest::newRow("deterministic: a sleeper") << 3 << 0 << false;
}

void tst_Scheduler::deadlock()
{
    QFETCH(int, program);
    QFETCH(int, workers);
    QFETCH(bool, deadlocked);
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = workers, .deterministic = workers == 0});
    e.scheduler = &s;
    Chan c(s, 0, false), never(s, 0, false);
    std::vector<std::pair<Word, bool>> got;
    std::vector<Op> ops;
    switch (program) {
    case 0:
        ops = {recvOp(c, got)};
        break;
    case 1:
        ops = {doOp([&](Goroutine &g, FakeTask &) { e.go(&g, "quitter", {}); }), recvOp(c, got)};
        break;
    case 2:
        ops = {doOp([&](Goroutine &g, FakeTask &) { e.go(&g, "blocked", {recvOp(never, got)}); }), sleepOp(s, 1000)};
        break;
    case 3:
        ops = {doOp([&](Goroutine &g, FakeTask &) {
                   e.go(&g, "blocked", {recvOp(never, got)});
                   e.go(&g, "sleeper", {sleepOp(s, 20'000'000), sendOp(c, [](FakeTask &) { return Word(1); })});
               }),
               recvOp(c, got)};
        break;
    }
    const int status = runMain(s, e, ops);
    QCOMPARE(status, deadlocked ? 2 : 0);
    QCOMPARE(s.runEnd(), deadlocked ? RunEnd::Deadlocked : RunEnd::Finished);
    QCOMPARE(e.loggedLine("fatal error: all goroutines are asleep - deadlock!"), deadlocked);
}

void tst_Scheduler::mainReturningAbandonsTheOthers()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          e.go(&g, "spinner", {spinForever()});
                          e.go(&g, "spinner", {spinForever()});
                      }),
                      sleepOp(s, 1'000'000)}),
             0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);
    QCOMPARE(s.numGoroutine(), 2);
}

void tst_Scheduler::stopEndsAnEndlessProgramWithin100ms_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("1 worker") << 1 << false;
    QTest::newRow("2 workers") << 2 << false;
    QTest::newRow("deterministic") << 1 << true;
}

void tst_Scheduler::stopEndsAnEndlessProgramWithin100ms()
{
    QFETCH(int, workers);
    QFETCH(bool, deterministic);
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = workers, .deterministic = deterministic});
    e.scheduler = &s;
    std::atomic<bool> spinning{false};
    std::atomic<std::int64_t> stoppedAt{0};
    std::thread stopper([&] {
        const std::int64_t deadline = steadyNs() + 10'000'000'000LL;
        while (!spinning.load() && steadyNs() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        stoppedAt = steadyNs();
        s.stop();
    });
    const int status = runMain(s, e,
                               {doOp([&](Goroutine &g, FakeTask &) { e.go(&g, "spinner", {spinForever()}); }),
                                doOp([&](Goroutine &, FakeTask &) { spinning = true; }), spinForever()});
    const std::int64_t returnedAt = steadyNs();
    stopper.join();
    QCOMPARE(status, Scheduler::kStoppedStatus);
    QCOMPARE(s.runEnd(), RunEnd::Stopped);
    QVERIFY2(returnedAt - stoppedAt.load() < 100'000'000, qPrintable(QString::number(returnedAt - stoppedAt.load())));
}

void tst_Scheduler::monitorPreemptsALongSlice()
{
    // One worker: main sleeps while a goroutine spins; main runs again only if the monitor
    // preempts the spinner (without it the watchdog stops the run).
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) { e.go(&g, "spinner", {spinForever()}); }),
                      sleepOp(s, 5'000'000)},
                     std::chrono::seconds(10)),
             0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);
    QVERIFY(s.stats().preemptions > 0);
}

void tst_Scheduler::idleWorkersStealWork()
{
    // Main spawns busy goroutines into its own worker's queue; the other worker, idle, must
    // wake and steal some. Each goroutine stays busy, without yielding (so nothing reaches the
    // global queue), until both workers were seen (bounded).
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    WaitGroup wg(s);
    std::mutex m;
    std::set<int> workersSeen;
    const std::int64_t deadline = steadyNs() + 5'000'000'000LL;
    const Op busy = doOp([&](Goroutine &, FakeTask &t) {
        for (;;) {
            {
                std::lock_guard lock(m);
                workersSeen.insert(t.worker->id());
                if (workersSeen.size() == 2)
                    return;
            }
            if (steadyNs() > deadline)
                return;
            std::this_thread::yield();
        }
    });
    constexpr int kBusy = 8;
    const std::vector<Op> mainOps{
        {[&](Goroutine &g, FakeTask &) { return wg.add(g, kBusy); }, {}},
        doOp([&](Goroutine &g, FakeTask &) {
            for (int i = 0; i < kBusy; ++i)
                e.go(&g, "busy", {busy, {[&](Goroutine &c, FakeTask &) { return wg.done(c); }, {}}});
        }),
        {[&](Goroutine &g, FakeTask &) { return wg.wait(g); }, {}},
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    std::lock_guard lock(m);
    QCOMPARE(workersSeen.size(), std::size_t(2));
    QVERIFY(s.stats().steals > 0);
}

void tst_Scheduler::idleSchedulerUsesNoCpu()
{
    // Every goroutine sleeps 300 ms: the workers park, the monitor waits, the timer thread
    // sleeps; the process should use far less than one core meanwhile.
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    std::int64_t cpuBefore = 0, cpuAfter = 0;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          e.go(&g, "sleeper", {sleepOp(s, 300'000'000)});
                          cpuBefore = cpuNs();
                      }),
                      sleepOp(s, 300'000'000), doOp([&](Goroutine &, FakeTask &) { cpuAfter = cpuNs(); })}),
             0);
    QVERIFY2(cpuAfter - cpuBefore < 60'000'000, qPrintable(QString::number(cpuAfter - cpuBefore)));
}

void tst_Scheduler::goroutineLimitIsAFatalErrorNamingIt()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2, .maxGoroutines = 10});
    e.scheduler = &s;
    Chan never(s, 0, false);
    std::vector<std::pair<Word, bool>> got;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          for (int i = 0; i < 20; ++i)
                              if (!e.go(&g, "blocked", {recvOp(never, got)}))
                                  break;
                      }),
                      recvOp(never, got)}),
             2);
    QVERIFY(e.loggedLine("fatal error: too many goroutines (limit 10)"));
}

void tst_Scheduler::numGoroutineAndForEachGoroutine()
{
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true});
    e.scheduler = &s;
    Chan never(s, 0, false);
    Mutex mu(s);
    std::vector<std::pair<Word, bool>> got;
    int counted = 0;
    std::multiset<std::string> reasons;
    QCOMPARE(runMain(s, e,
                     {{[&](Goroutine &g, FakeTask &) { return mu.lock(g); }, {}},
                      doOp([&](Goroutine &g, FakeTask &) {
                          e.go(&g, "r", {recvOp(never, got)});
                          e.go(&g, "r", {recvOp(never, got)});
                          e.go(&g, "l", {{[&](Goroutine &c, FakeTask &) { return mu.lock(c); }, {}}});
                          e.go(&g, "n", {{[&](Goroutine &c, FakeTask &) { return s.parkForever(c, WaitReason::ChanSendNil); }, {}}});
                      }),
                      sleepOp(s, 1000),
                      doOp([&](Goroutine &, FakeTask &) {
                          counted = s.numGoroutine();
                          s.forEachGoroutine([&](Goroutine &g) {
                              if (g.status.load() == GStatus::Waiting)
                                  reasons.insert(waitReasonName(g.waitReason));
                          });
                      })}),
             0);
    QCOMPARE(counted, 5);
    QCOMPARE(reasons, (std::multiset<std::string>{"chan receive", "chan receive", "sync.Mutex.Lock",
                                                   "chan send (nil chan)"}));
}

void tst_Scheduler::stopTheWorldHaltsEveryOtherGoroutine()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    std::atomic<std::int64_t> steps{0};
    std::int64_t during[2] = {};
    std::int64_t after = 0;
    const Op count{[&](Goroutine &, FakeTask &t) {
                       ++steps;
                       t.jump = static_cast<int>(t.pc);
                       return OpResult::Done;
                   },
                   {}};
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          e.go(&g, "counter", {count});
                          e.go(&g, "counter", {count});
                      }),
                      sleepOp(s, 20'000'000), // both counters run meanwhile
                      doOp([&](Goroutine &, FakeTask &) {
                          s.stopTheWorld();
                          during[0] = steps.load();
                          std::this_thread::sleep_for(std::chrono::milliseconds(20));
                          during[1] = steps.load();
                          s.startTheWorld();
                      }),
                      sleepOp(s, 20'000'000), doOp([&](Goroutine &, FakeTask &) { after = steps.load(); })}),
             0);
    QVERIFY(during[0] > 0);
    QCOMPARE(during[1], during[0]);
    QVERIFY(after > during[1]);
}

void tst_Scheduler::traceRecordsLifecycleAndFatalError()
{
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2, .tracer = &tracer});
    e.scheduler = &s;
    Chan c(s, 0, false), never(s, 0, false);
    std::vector<std::pair<Word, bool>> got;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          g.pos = 7;
                          e.go(&g, QStringLiteral("main.func1"), {{[&](Goroutine &p, FakeTask &) { return c.close(p); }, {}},
                                                                  {[&](Goroutine &p, FakeTask &) { return c.close(p); }, {}}});
                      }),
                      sleepOp(s, 1'000'000), recvOp(never, got)}),
             2);
    const TraceData trace = tracer.snapshot();
    QCOMPARE(trace.tasks.size(), std::size_t(2));
    QCOMPARE(trace.tasks[1].name, QStringLiteral("main.func1"));
    QCOMPARE(trace.tasks[1].parent, trace.tasks[0].id);
    std::map<EventKind, std::vector<Event>> byKind;
    for (const Event &ev : trace.events)
        byKind[ev.kind].push_back(ev);
    QCOMPARE(byKind[EventKind::TaskSpawn].size(), std::size_t(2));
    QCOMPARE(byKind[EventKind::TaskSpawn][1].pos, 7u); // where main spawned it
    QCOMPARE(byKind[EventKind::TaskSpawn][1].object, trace.tasks[1].id);
    QCOMPARE(byKind[EventKind::TaskEnd].size(), std::size_t(2));
    for (const Event &ev : byKind[EventKind::TaskEnd]) // the panicking child failed; main was cut short
        QCOMPARE(ev.flags, ev.task == trace.tasks[1].id ? std::uint8_t(EventFlag::Failed) : std::uint8_t(EventFlag::Cancelled));
    QCOMPARE(byKind[EventKind::FatalError].size(), std::size_t(1));
    const Event fatal = byKind[EventKind::FatalError][0];
    QCOMPARE(fatal.task, 0u); // the runtime found it
    QCOMPARE(*trace.text(fatal.a), QStringLiteral("all goroutines are asleep - deadlock!"));
}

void tst_Scheduler::deterministicRunsReplay_data()
{
    QTest::addColumn<std::uint64_t>("seedA");
    QTest::addColumn<std::uint64_t>("seedB");
    QTest::addColumn<bool>("same");
    QTest::newRow("seed 1 twice") << std::uint64_t(1) << std::uint64_t(1) << true;
    QTest::newRow("seed 42 twice") << std::uint64_t(42) << std::uint64_t(42) << true;
    QTest::newRow("seeds 1 and 2") << std::uint64_t(1) << std::uint64_t(2) << false;
    QTest::newRow("seeds 42 and 43") << std::uint64_t(42) << std::uint64_t(43) << false;
}

namespace {
// A busy program: producers and consumers on a shared channel, a mutex, sleeps, slices of
// 7 operations. Returns its trace's events and its output.
std::pair<std::vector<Event>, std::vector<std::string>> busyProgram(std::uint64_t seed)
{
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true, .seed = seed, .tracer = &tracer, .sliceInstructions = 7});
    e.scheduler = &s;
    Chan work(s, 0, false, QStringLiteral("work")), results(s, 2, false, QStringLiteral("results"));
    Mutex mu(s);
    std::int64_t total = 0;
    std::vector<std::pair<Word, bool>> got;
    std::vector<Op> mainOps{doOp([&](Goroutine &g, FakeTask &) {
        for (int p = 0; p < 4; ++p)
            e.go(&g, "producer", {sendOp(work, [p](FakeTask &t) { return Word(p * 100 + t.counters[0]); }),
                                  loopOp(0, 10)});
        for (int c = 0; c < 3; ++c)
            e.go(&g, "consumer",
                 {{[&](Goroutine &x, FakeTask &t) {
                       Word v = 0;
                       bool ok = false;
                       const OpResult r = work.recv(x, v, ok);
                       t.counters[1] = static_cast<std::int64_t>(v);
                       return r;
                   },
                   [](Goroutine &x, FakeTask &t) { t.counters[1] = static_cast<std::int64_t>(x.resume[0]); }},
                  {[&](Goroutine &x, FakeTask &) { return mu.lock(x); }, {}},
                  doOp([&](Goroutine &, FakeTask &t) {
                      total += t.counters[1];
                      e.log(std::to_string(t.counters[1]));
                  }),
                  {[&](Goroutine &x, FakeTask &) { return mu.unlock(x); }, {}},
                  {[&](Goroutine &x, FakeTask &t) { return s.sleep(x, 10 + t.counters[1] % 7); }, {}},
                  loopOp(0, 40 / 3 + (c == 0 ? 1 : 0), 2),
                  sendOp(results, [](FakeTask &) { return Word(1); })});
    })};
    mainOps.push_back(recvOp(results, got));
    mainOps.push_back(loopOp(1, 3));
    runMain(s, e, mainOps);
    TraceData trace = tracer.snapshot();
    TraceValidator::Locator where;
    const auto index = [](std::size_t i) { return QString::number(i); };
    where.event = where.task = where.object = index;
    const QString problem = TraceValidator::check(trace, where);
    if (!problem.isEmpty())
        qWarning("invalid trace: %s", qPrintable(problem));
    return {problem.isEmpty() ? trace.events : std::vector<Event>{}, e.logged()};
}
} // namespace

void tst_Scheduler::deterministicRunsReplay()
{
    QFETCH(std::uint64_t, seedA);
    QFETCH(std::uint64_t, seedB);
    QFETCH(bool, same);
    const auto a = busyProgram(seedA);
    const auto b = busyProgram(seedB);
    QCOMPARE(a.second.size(), std::size_t(40));
    QVERIFY(a.first.size() > 200); // and a valid trace (TraceValidator)
    QCOMPARE(a.first == b.first, same);
    QCOMPARE(a.second == b.second, same);
}

QTEST_GUILESS_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"
