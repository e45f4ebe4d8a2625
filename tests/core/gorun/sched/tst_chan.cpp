#include "FakeExecutor.h"

#include "gorun/sched/Chan.h"
#include "gorun/sched/Scheduler.h"

#include <QTest>
#include <map>
#include <set>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

class tst_Chan : public QObject
{
    Q_OBJECT

private slots:
    void transfersEveryValueOnceInOrder_data();
    void transfersEveryValueOnceInOrder();
    void closeDrainsThenReportsNotOk();
    void closeWakesParkedReceiversAndSenders_data();
    void closeWakesParkedReceiversAndSenders();
    void closeOfClosedPanics();
    void lenCapOfferAndForEachWord();
    void traceNumbersMessagesPerChannel_data();
    void traceNumbersMessagesPerChannel();
};

void tst_Chan::transfersEveryValueOnceInOrder_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("senders");
    QTest::addColumn<int>("receivers");
    QTest::addColumn<bool>("deterministic");
    for (int capacity : {0, 1, 4, 1024})
        for (int workers : {1, 2}) {
            const QByteArray c = QByteArray::number(capacity) + " cap, " + QByteArray::number(workers) + " workers";
            QTest::newRow(c + ", 1:1") << capacity << workers << 1 << 1 << false;
            QTest::newRow(c + ", 3:2") << capacity << workers << 3 << 2 << false;
        }
    QTest::newRow("deterministic, unbuffered, 3:2") << 0 << 1 << 3 << 2 << true;
    QTest::newRow("deterministic, buffered, 3:2") << 4 << 1 << 3 << 2 << true;
}

void tst_Chan::transfersEveryValueOnceInOrder()
{
    QFETCH(int, capacity);
    QFETCH(int, workers);
    QFETCH(int, senders);
    QFETCH(int, receivers);
    QFETCH(bool, deterministic);
    constexpr int kPerSender = 600; // divisible by the receiver counts
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = workers, .deterministic = deterministic, .seed = 7});
    e.scheduler = &s;
    Chan c(s, static_cast<std::size_t>(capacity), false);
    Chan done(s, 0, false);
    std::vector<std::vector<std::pair<Word, bool>>> got(static_cast<std::size_t>(receivers));
    std::vector<std::pair<Word, bool>> doneGot;

    std::vector<Op> mainOps;
    for (int i = 0; i < senders; ++i)
        mainOps.push_back(doOp([&, i](Goroutine &g, FakeTask &) {
            e.go(&g, QStringLiteral("sender"),
                 {sendOp(c, [i](FakeTask &t) { return Word(i) << 32 | Word(t.counters[0]); }),
                  loopOp(0, kPerSender)});
        }));
    for (int r = 0; r < receivers; ++r)
        mainOps.push_back(doOp([&, r](Goroutine &g, FakeTask &) {
            e.go(&g, QStringLiteral("receiver"),
                 {recvOp(c, got[static_cast<std::size_t>(r)]), loopOp(0, senders * kPerSender / receivers),
                  sendOp(done, [](FakeTask &) { return Word(1); })});
        }));
    mainOps.push_back(recvOp(done, doneGot));
    mainOps.push_back(loopOp(static_cast<int>(mainOps.size()) - 1, receivers));
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);

    std::set<Word> all;
    for (const auto &values : got) {
        std::map<Word, Word> lastOfSender;
        for (const auto &[v, ok] : values) {
            QVERIFY(ok);
            QVERIFY2(all.insert(v).second, "a value arrived twice");
            const Word sender = v >> 32;
            if (lastOfSender.count(sender))
                QVERIFY2(lastOfSender[sender] < (v & 0xffffffffu), "one sender's values out of order");
            lastOfSender[sender] = v & 0xffffffffu;
        }
    }
    QCOMPARE(all.size(), std::size_t(senders * kPerSender));
}

void tst_Chan::closeDrainsThenReportsNotOk()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    Chan c(s, 4, false);
    std::vector<std::pair<Word, bool>> got;
    const int status = runMain(s, e,
                               {sendOp(c, [](FakeTask &) { return Word(5); }),
                                sendOp(c, [](FakeTask &) { return Word(6); }),
                                {[&](Goroutine &g, FakeTask &) { return c.close(g); }, {}},
                                recvOp(c, got), recvOp(c, got), recvOp(c, got), recvOp(c, got),
                                sendOp(c, [](FakeTask &) { return Word(7); })});
    QCOMPARE(status, 0); // main's panic is the VM's to turn into a status; the fake only logs it
    const std::vector<std::pair<Word, bool>> expected{{5, true}, {6, true}, {0, false}, {0, false}};
    QCOMPARE(got, expected);
    QVERIFY(e.loggedLine("panic: send on closed channel"));
}

void tst_Chan::closeWakesParkedReceiversAndSenders_data()
{
    QTest::addColumn<int>("capacity");
    QTest::newRow("unbuffered") << 0;
    QTest::newRow("buffered") << 2;
}

void tst_Chan::closeWakesParkedReceiversAndSenders()
{
    QFETCH(int, capacity);
    FakeExecutor e;
    // Deterministic: main's sleep ends only once every other goroutine is parked.
    Scheduler s(e, {.deterministic = true, .seed = 3});
    e.scheduler = &s;
    Chan in(s, 0, false);
    Chan out(s, static_cast<std::size_t>(capacity), false);
    std::vector<std::pair<Word, bool>> got1, got2;
    std::vector<Op> mainOps{
        doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "r1", {recvOp(in, got1)});
            e.go(&g, "r2", {recvOp(in, got2)});
            for (int i = 0; i < capacity + 2; ++i)
                e.go(&g, "s", {sendOp(out, [](FakeTask &) { return Word(1); }),
                               doOp([&](Goroutine &, FakeTask &) { e.log("sent"); })});
        }),
        {[&](Goroutine &g, FakeTask &) { return s.sleep(g, 1'000'000); }, {}},
        {[&](Goroutine &g, FakeTask &) { return in.close(g); }, {}},
        {[&](Goroutine &g, FakeTask &) { return out.close(g); }, {}},
        {[&](Goroutine &g, FakeTask &) { return s.sleep(g, 1'000'000); }, {}},
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(got1, (std::vector<std::pair<Word, bool>>{{0, false}}));
    QCOMPARE(got2, (std::vector<std::pair<Word, bool>>{{0, false}}));
    const auto log = e.logged();
    QCOMPARE(std::count(log.begin(), log.end(), "sent"), capacity);
    QCOMPARE(std::count(log.begin(), log.end(), "panic: send on closed channel"), 2);
}

void tst_Chan::closeOfClosedPanics()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    Chan c(s, 0, false);
    Goroutine g;
    QCOMPARE(c.close(g), OpResult::Done);
    QCOMPARE(c.close(g), OpResult::Panic);
}

void tst_Chan::lenCapOfferAndForEachWord()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    Chan refs(s, 3, true);
    Chan scalars(s, 3, false);
    Goroutine g;
    QCOMPARE(refs.cap(), std::size_t(3));
    QCOMPARE(refs.send(g, 10), OpResult::Done);
    std::uint64_t message = 0;
    QVERIFY(refs.offer(11, &message));
    QCOMPARE(message, std::uint64_t(2));
    QCOMPARE(refs.len(), std::size_t(2));
    std::vector<Word> words;
    refs.forEachWord([&](Word w) { words.push_back(w); });
    QCOMPARE(words, (std::vector<Word>{10, 11}));
    QVERIFY(refs.offer(12));
    QVERIFY(!refs.offer(13)); // full: a timer's value is dropped
    QVERIFY(scalars.offer(1));
    words.clear();
    scalars.forEachWord([&](Word w) { words.push_back(w); });
    QVERIFY(words.empty()); // not references: nothing for the collector
    Chan unbuffered(s, 0, false);
    QVERIFY(!unbuffered.offer(1)); // nobody receives
}

void tst_Chan::traceNumbersMessagesPerChannel_data()
{
    QTest::addColumn<int>("capacity");
    QTest::newRow("unbuffered") << 0;
    QTest::newRow("buffered") << 3;
}

void tst_Chan::traceNumbersMessagesPerChannel()
{
    QFETCH(int, capacity);
    constexpr int kMessages = 200;
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2, .tracer = &tracer});
    e.scheduler = &s;
    Chan c(s, static_cast<std::size_t>(capacity), false, QStringLiteral("numbers"));
    std::vector<std::pair<Word, bool>> got;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &g, FakeTask &) {
                          e.go(&g, "producer", {sendOp(c, [](FakeTask &t) { return Word(t.counters[0] + 100); }),
                                                loopOp(0, kMessages),
                                                {[&](Goroutine &p, FakeTask &) { return c.close(p); }, {}}});
                      }),
                      recvOp(c, got), loopOp(1, kMessages + 1)}),
             0);
    const TraceData trace = tracer.snapshot();
    std::map<std::int64_t, std::int64_t> sendValue, recvValue;
    int blocked = 0;
    int closes = 0;
    for (const Event &ev : trace.events) {
        if (ev.kind == EventKind::ChanClose)
            ++closes;
        if (ev.kind != EventKind::ChanSend && ev.kind != EventKind::ChanRecv)
            continue;
        QCOMPARE(ev.object, c.id());
        QVERIFY(ev.dur >= 0);
        blocked += ev.has(EventFlag::Blocked) ? 1 : 0;
        if (ev.kind == EventKind::ChanRecv && ev.has(EventFlag::NotOk)) {
            QCOMPARE(ev.a, 0);
            continue;
        }
        auto &values = ev.kind == EventKind::ChanSend ? sendValue : recvValue;
        QVERIFY2(values.emplace(ev.a, ev.b).second, "a message number used twice");
    }
    QCOMPARE(closes, 1);
    QCOMPARE(sendValue.size(), std::size_t(kMessages));
    QCOMPARE(sendValue, recvValue); // each message's number pairs its send and its receive
    QCOMPARE(sendValue.begin()->first, 1);
    QCOMPARE(sendValue.rbegin()->first, kMessages);
    QVERIFY(blocked > 0);
    // Tasks: main and producer, each started and ended.
    int starts = 0, ends = 0;
    for (const Event &ev : trace.events) {
        starts += ev.kind == EventKind::TaskStart;
        ends += ev.kind == EventKind::TaskEnd;
    }
    QCOMPARE(starts, 2);
    QCOMPARE(ends, 2);
}

QTEST_GUILESS_MAIN(tst_Chan)
#include "tst_chan.moc"
