#include "FakeExecutor.h"

#include "gorun/sched/Select.h"

#include <QTest>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

namespace {
struct Taken
{
    int index;
    Word value;
    bool ok;
    bool operator==(const Taken &) const = default;
};

Op selectOp(Scheduler &s, std::vector<SelectCase> cases, bool hasDefault, std::vector<Taken> &taken)
{
    return {[&s, cases, hasDefault, &taken](Goroutine &g, FakeTask &t) {
                int chosen = -2;
                Word v = 0;
                bool ok = false;
                const OpResult r = Select::select(s, g, cases, hasDefault, chosen, v, ok);
                if (r == OpResult::Done)
                    taken.push_back({chosen, v, ok});
                if (r == OpResult::Panic)
                    t.message = Chan::kSendOnClosed;
                return r;
            },
            [cases, &taken](Goroutine &g, FakeTask &t) {
                const int index = selectedCase(g);
                const bool ok = selectedOk(g);
                if (cases[static_cast<std::size_t>(index)].isSend && !ok) {
                    t.message = Chan::kSendOnClosed;
                    t.panicking = true;
                }
                taken.push_back({index, g.resume[1], ok});
            }};
}

} // namespace

class tst_Select : public QObject
{
    Q_OBJECT

private slots:
    void uniformAmongReadyCases_data();
    void uniformAmongReadyCases();
    void defaultNeverBlocks();
    void parksOnEveryCaseAndLeavesTheOthers_data();
    void parksOnEveryCaseAndLeavesTheOthers();
    void closedChannels();
    void noCasesIsADeadlock();
    void traceRecordsTheCaseTaken();
};

void tst_Select::uniformAmongReadyCases_data()
{
    QTest::addColumn<std::uint64_t>("seed");
    for (std::uint64_t seed : {1, 2, 3, 4, 5})
        QTest::newRow(QByteArray::number(static_cast<qulonglong>(seed))) << seed;
}

void tst_Select::uniformAmongReadyCases()
{
    QFETCH(std::uint64_t, seed);
    constexpr int kRounds = 1200;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1, .seed = seed});
    e.scheduler = &s;
    Chan a(s, kRounds, false), b(s, kRounds, false), c(s, kRounds, false), never(s, 0, false);
    for (int i = 0; i < kRounds; ++i) {
        QVERIFY(a.offer(1));
        QVERIFY(b.offer(2));
        QVERIFY(c.offer(3));
    }
    std::vector<Taken> taken;
    const std::vector<SelectCase> cases{{&a}, {&never}, {&b}, {nullptr}, {&c}};
    QCOMPARE(runMain(s, e, {selectOp(s, cases, false, taken), loopOp(0, kRounds)}), 0);
    QCOMPARE(taken.size(), std::size_t(kRounds));
    int counts[5] = {};
    for (const Taken &t : taken) {
        ++counts[t.index];
        QCOMPARE(t.value, Word(t.index / 2 + 1));
    }
    QCOMPARE(counts[1], 0); // never ready
    QCOMPARE(counts[3], 0); // nil channel
    for (int i : {0, 2, 4}) // a third each: 400 expected, sd ~16
        QVERIFY2(counts[i] > 320 && counts[i] < 480, qPrintable(QString::number(counts[i])));
}

void tst_Select::defaultNeverBlocks()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    Chan a(s, 0, false), b(s, 1, false);
    std::vector<Taken> taken;
    QCOMPARE(runMain(s, e,
                     {selectOp(s, {{&a}, {&b}}, true, taken),               // nothing ready: default
                      selectOp(s, {{&a, true, 9}, {&b, true, 8}}, true, taken), // b has room
                      selectOp(s, {{&a}, {&b}}, true, taken)}),            // b holds 8
             0);
    QCOMPARE(taken, (std::vector<Taken>{{-1, 0, false}, {1, 0, false}, {1, 8, true}}));
}

void tst_Select::parksOnEveryCaseAndLeavesTheOthers_data()
{
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("deterministic") << true;
    QTest::newRow("two workers") << false;
}

void tst_Select::parksOnEveryCaseAndLeavesTheOthers()
{
    // The selecting goroutine parks on a and b 200 times and is woken through either: had its
    // waiter stayed queued on the other channel, that queue would be corrupted the next round.
    QFETCH(bool, deterministic);
    constexpr int kRounds = 200;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2, .deterministic = deterministic, .seed = 11});
    e.scheduler = &s;
    Chan a(s, 0, false), b(s, 0, false), done(s, 0, false);
    std::vector<Taken> taken;
    std::vector<std::pair<Word, bool>> finished;
    const std::vector<Op> mainOps{
        doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "selector", {selectOp(s, {{&a}, {&b}}, false, taken), loopOp(0, kRounds),
                                  sendOp(done, [](FakeTask &) { return Word(1); })});
        }),
        sleepOp(s, 1000),
        {[&](Goroutine &g, FakeTask &t) { return (t.counters[0] % 3 == 0 ? b : a).send(g, Word(t.counters[0])); }, {}},
        loopOp(1, kRounds),
        recvOp(done, finished),
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(taken.size(), std::size_t(kRounds));
    for (int i = 0; i < kRounds; ++i) {
        QCOMPARE(taken[static_cast<std::size_t>(i)].index, i % 3 == 0 ? 1 : 0);
        QCOMPARE(taken[static_cast<std::size_t>(i)].value, Word(i));
        QVERIFY(taken[static_cast<std::size_t>(i)].ok);
    }
}

void tst_Select::closedChannels()
{
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true, .seed = 5});
    e.scheduler = &s;
    Chan a(s, 0, false), b(s, 0, false);
    std::vector<Taken> taken, parkedTaken;
    const std::vector<Op> mainOps{
        doOp([&](Goroutine &g, FakeTask &) {
            // Parks on a send case and a receive case; the close of a wakes it to panic.
            e.go(&g, "sender", {selectOp(s, {{&b}, {&a, true, 4}}, false, parkedTaken)});
        }),
        sleepOp(s, 1000),
        {[&](Goroutine &g, FakeTask &) { return a.close(g); }, {}},
        sleepOp(s, 1000),
        selectOp(s, {{&a}, {&b}}, false, taken), // a is closed: ready, not ok
        selectOp(s, {{&b}, {&a, true, 1}}, false, taken), // send on closed: panic
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(parkedTaken, (std::vector<Taken>{{1, 0, false}}));
    QCOMPARE(taken, (std::vector<Taken>{{0, 0, false}}));
    const auto log = e.logged();
    QCOMPARE(std::count(log.begin(), log.end(), "panic: send on closed channel"), 2);
}

void tst_Select::noCasesIsADeadlock()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    std::vector<Taken> taken;
    QCOMPARE(runMain(s, e, {selectOp(s, {}, false, taken)}), 2);
    QCOMPARE(s.runEnd(), RunEnd::Deadlocked);
    QVERIFY(e.loggedLine("fatal error: all goroutines are asleep - deadlock!"));
}

void tst_Select::traceRecordsTheCaseTaken()
{
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true, .seed = 1, .tracer = &tracer});
    e.scheduler = &s;
    Chan a(s, 0, false, QStringLiteral("a")), b(s, 0, false, QStringLiteral("b"));
    std::vector<Taken> taken;
    const std::vector<Op> mainOps{
        doOp([&](Goroutine &g, FakeTask &) { e.go(&g, "selector", {selectOp(s, {{&a}, {&b}}, false, taken)}); }),
        sleepOp(s, 1000),
        {[&](Goroutine &g, FakeTask &) { return b.send(g, 42); }, {}},
        selectOp(s, {{&a}, {&b}}, true, taken),
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    std::vector<Event> selects;
    int receives = 0;
    for (const Event &ev : tracer.snapshot().events) {
        if (ev.kind == EventKind::Select)
            selects.push_back(ev);
        if (ev.kind == EventKind::ChanRecv) {
            ++receives;
            QVERIFY(ev.has(EventFlag::InSelect) && ev.has(EventFlag::Blocked));
            QCOMPARE(ev.b, 42);
        }
    }
    QCOMPARE(receives, 1);
    QCOMPARE(selects.size(), std::size_t(2));
    QCOMPARE(selects[0].object, b.id());
    QCOMPARE(selects[0].a, 1);
    QCOMPARE(selects[0].b, 2);
    QVERIFY(selects[0].has(EventFlag::Blocked));
    QCOMPARE(selects[0].dur, 1000); // virtual time: parked through main's sleep
    QCOMPARE(selects[1].object, 0u); // default
    QCOMPARE(selects[1].a, -1);
}

QTEST_GUILESS_MAIN(tst_Select)
#include "tst_select.moc"
