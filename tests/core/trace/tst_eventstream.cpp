#include "trace/EventStream.h"
#include "trace/Tracer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace cacophony;

namespace {

Event numbered(int source, int i)
{
    Event e;
    e.kind = EventKind::Beat;
    e.t = i;
    e.a = source;
    e.b = i;
    return e;
}

// Collects what a stream delivers, on the thread the stream emits from (direct
// connection), so tests can also watch a stream whose consumer thread is busy.
struct Collector
{
    std::mutex mutex;
    std::vector<Event> events;       // guarded by mutex
    std::vector<std::size_t> sizes;  // guarded by mutex: one entry per batch
    std::vector<char> order;         // guarded by mutex: 'b' per batch, 's' per stopped
    std::atomic<int> stoppedCount{0};

    void attach(EventStream &stream)
    {
        QObject::connect(&stream, &EventStream::batchReady, &stream, [this](const EventBatch &batch) {
            std::lock_guard lock(mutex);
            events.insert(events.end(), batch.begin(), batch.end());
            sizes.push_back(batch.size());
            order.push_back('b');
        }, Qt::DirectConnection);
        QObject::connect(&stream, &EventStream::stopped, &stream, [this] {
            std::lock_guard lock(mutex);
            order.push_back('s');
            stoppedCount.fetch_add(1);
        }, Qt::DirectConnection);
    }
    std::size_t eventCount()
    {
        std::lock_guard lock(mutex);
        return events.size();
    }
};

// Every (source, i) for i < counts[source] exactly once, each source in order.
QString checkExactlyOnce(const std::vector<Event> &events, const std::vector<int> &counts)
{
    std::vector<std::int64_t> next(counts.size(), 0);
    for (const Event &e : events) {
        if (e.a < 0 || std::size_t(e.a) >= counts.size())
            return QStringLiteral("unknown source %1").arg(e.a);
        if (e.b != next[std::size_t(e.a)])
            return QStringLiteral("source %1: expected %2, got %3").arg(e.a).arg(next[std::size_t(e.a)]).arg(e.b);
        ++next[std::size_t(e.a)];
    }
    for (std::size_t s = 0; s < counts.size(); ++s) {
        if (next[s] != counts[s])
            return QStringLiteral("source %1: %2 of %3 events").arg(s).arg(next[s]).arg(counts[s]);
    }
    return {};
}

} // namespace

class tst_EventStream : public QObject
{
    Q_OBJECT
private slots:
    void batchesAreFewAndDeliverEverythingOnce_data();
    void batchesAreFewAndDeliverEverythingOnce();
    void queuedConsumerGetsBatchesThenStopped();
    void nothingIsEmittedWhileIdle();
    void stopFlushesPendingEventsAsLastBatch();
    void startReplacesTracerAndFlushesTheOldOne();
    void stopWhenNotRunningDoesNothing();
    void concurrentStartStop();
    void stopFromTheWorkerThreadDoesNotDeadlock();
    void destructorStops();
};

void tst_EventStream::batchesAreFewAndDeliverEverythingOnce_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("16 ms (60 Hz)") << 16;
    QTest::newRow("50 ms") << 50;
}

void tst_EventStream::batchesAreFewAndDeliverEverythingOnce()
{
    QFETCH(int, intervalMs);
    constexpr int kProducers = 2;
    constexpr int kBursts = 100;
    constexpr int kBurst = 1000;
    Tracer tracer;
    EventStream stream;
    Collector collector;
    collector.attach(stream);
    QElapsedTimer elapsed;
    elapsed.start();
    stream.start(&tracer, intervalMs);
    QVERIFY(stream.isRunning());

    // Producers spread 200k events over about half a second.
    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&tracer, p] {
            int n = 0;
            for (int burst = 0; burst < kBursts; ++burst) {
                for (int i = 0; i < kBurst; ++i)
                    tracer.record(numbered(p, n++));
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }
    for (std::thread &t : producers)
        t.join();
    stream.stop();
    const qint64 ms = elapsed.elapsed();
    QVERIFY(!stream.isRunning());
    QCOMPARE(collector.stoppedCount.load(), 1);

    std::lock_guard lock(collector.mutex);
    QCOMPARE(checkExactlyOnce(collector.events, {kBursts * kBurst, kBursts * kBurst}), QString());
    for (std::size_t size : collector.sizes)
        QVERIFY(size > 0);
    // One batch per poll at most, plus the final flush; polls never come faster than the
    // interval (a late poll delays the next one instead of bursting).
    const qint64 maxBatches = ms / intervalMs + 2;
    QVERIFY2(qint64(collector.sizes.size()) <= maxBatches,
             qPrintable(QStringLiteral("%1 batches in %2 ms").arg(collector.sizes.size()).arg(ms)));
    // Far fewer signals than events.
    QVERIFY(collector.sizes.size() * 100 < collector.events.size());
    QVERIFY(collector.sizes.size() >= 2); // it did stream during the run, not only at stop()
    QCOMPARE(collector.order.back(), 's');
}

void tst_EventStream::queuedConsumerGetsBatchesThenStopped()
{
    // The usual setup: the consumer lives in the GUI thread and gets queued signals.
    Tracer tracer;
    EventStream stream;
    std::vector<Event> received;
    std::vector<char> order;
    QObject consumer;
    connect(&stream, &EventStream::batchReady, &consumer, [&](const EventBatch &batch) {
        QCOMPARE(QThread::currentThread(), consumer.thread());
        received.insert(received.end(), batch.begin(), batch.end());
        order.push_back('b');
    });
    connect(&stream, &EventStream::stopped, &consumer, [&] { order.push_back('s'); });
    stream.start(&tracer);
    for (int i = 0; i < 500; ++i)
        tracer.record(numbered(0, i));
    QTRY_VERIFY_WITH_TIMEOUT(!received.empty(), 5000);
    for (int i = 500; i < 1000; ++i)
        tracer.record(numbered(0, i));
    stream.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!order.empty() && order.back() == 's', 5000);
    QCOMPARE(checkExactlyOnce(received, {1000}), QString());
    QCOMPARE(std::count(order.begin(), order.end(), 's'), 1);
}

void tst_EventStream::nothingIsEmittedWhileIdle()
{
    Tracer tracer;
    EventStream stream;
    std::vector<std::size_t> sizes;
    QObject consumer;
    connect(&stream, &EventStream::batchReady, &consumer,
            [&sizes](const EventBatch &batch) { sizes.push_back(batch.size()); });
    stream.start(&tracer, 5);
    // About 20 polls with nothing to deliver.
    QTest::qWait(100);
    QCOMPARE(sizes.size(), std::size_t(0));
    tracer.record(numbered(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(sizes.size(), std::size_t(1), 5000);
    QTest::qWait(50);
    QCOMPARE(sizes, std::vector<std::size_t>{1});
    stream.stop();
    QTest::qWait(20);
    QCOMPARE(sizes.size(), std::size_t(1)); // the final flush found nothing: no empty batch
}

void tst_EventStream::stopFlushesPendingEventsAsLastBatch()
{
    Tracer tracer;
    EventStream stream;
    Collector collector;
    collector.attach(stream);
    stream.start(&tracer, 1000); // polls too rarely to see these before stop()
    for (int i = 0; i < 500; ++i)
        tracer.record(numbered(0, i));
    stream.stop(); // blocks until the final flush is done
    QCOMPARE(collector.stoppedCount.load(), 1);
    std::lock_guard lock(collector.mutex);
    QCOMPARE(checkExactlyOnce(collector.events, {500}), QString());
    QCOMPARE(collector.order, (std::vector<char>{'b', 's'}));
}

void tst_EventStream::startReplacesTracerAndFlushesTheOldOne()
{
    Tracer first, second;
    EventStream stream;
    Collector collector;
    collector.attach(stream);
    stream.start(&first, 1000);
    for (int i = 0; i < 100; ++i)
        first.record(numbered(0, i));
    stream.start(&second, 1000); // the first tracer's pending events are flushed now
    {
        std::lock_guard lock(collector.mutex);
        QCOMPARE(checkExactlyOnce(collector.events, {100}), QString());
        QCOMPARE(collector.stoppedCount.load(), 0); // for consumers the stream goes on
    }
    for (int i = 0; i < 200; ++i)
        second.record(numbered(1, i));
    stream.stop();
    QCOMPARE(collector.stoppedCount.load(), 1);
    std::lock_guard lock(collector.mutex);
    QCOMPARE(checkExactlyOnce(collector.events, {100, 200}), QString());
}

void tst_EventStream::stopWhenNotRunningDoesNothing()
{
    EventStream stream;
    Collector collector;
    collector.attach(stream);
    QVERIFY(!stream.isRunning());
    stream.stop();
    QCOMPARE(collector.stoppedCount.load(), 0);
    Tracer tracer;
    stream.start(&tracer);
    QVERIFY(stream.isRunning());
    stream.stop();
    stream.stop();
    QCOMPARE(collector.stoppedCount.load(), 1);
    QVERIFY(!stream.isRunning());
}

void tst_EventStream::concurrentStartStop()
{
    Tracer tracer;
    EventStream stream;
    Collector collector;
    collector.attach(stream);
    constexpr int kEvents = 50'000;
    std::atomic<bool> producing{true};
    std::thread producer([&] {
        for (int i = 0; i < kEvents; ++i)
            tracer.record(numbered(0, i));
        producing = false;
    });
    std::vector<std::thread> controllers;
    for (int c = 0; c < 4; ++c) {
        controllers.emplace_back([&stream, &tracer] {
            for (int i = 0; i < 50; ++i) {
                stream.start(&tracer, 1);
                (void)stream.isRunning();
                stream.stop();
            }
        });
    }
    for (std::thread &t : controllers)
        t.join();
    producer.join();
    QVERIFY(!producing);
    QVERIFY(!stream.isRunning());
    // Whatever was recorded after the last stop() is still pending: one more round
    // delivers it.
    stream.start(&tracer);
    stream.stop();
    std::lock_guard lock(collector.mutex);
    QCOMPARE(checkExactlyOnce(collector.events, {kEvents}), QString());
    QCOMPARE(collector.order.back(), 's');
}

void tst_EventStream::stopFromTheWorkerThreadDoesNotDeadlock()
{
    Tracer tracer;
    EventStream stream;
    std::atomic<int> batches{0};
    connect(&stream, &EventStream::batchReady, &stream, [&](const EventBatch &) {
        ++batches;
        stream.stop(); // on the worker thread: must only request the stop
    }, Qt::DirectConnection);
    Collector collector;
    collector.attach(stream);
    stream.start(&tracer, 5);
    tracer.record(numbered(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(collector.stoppedCount.load() == 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!stream.isRunning(), 5000);
    QCOMPARE(batches.load(), 1);
    QCOMPARE(collector.eventCount(), std::size_t(1));
}

void tst_EventStream::destructorStops()
{
    Tracer tracer;
    Collector collector;
    {
        EventStream stream;
        collector.attach(stream);
        stream.start(&tracer, 1000);
        for (int i = 0; i < 10; ++i)
            tracer.record(numbered(0, i));
    }
    QCOMPARE(collector.stoppedCount.load(), 1);
    QCOMPARE(collector.eventCount(), std::size_t(10));
}

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
