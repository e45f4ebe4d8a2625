#include "audio/ClickQueue.h"
#include "audio/SoundSink.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace cacophony;

class tst_ClickQueue : public QObject
{
    Q_OBJECT

private slots:
    void capacityRoundsUpToPowerOfTwo_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("0") << 0 << 2;
        QTest::newRow("1") << 1 << 2;
        QTest::newRow("2") << 2 << 2;
        QTest::newRow("3") << 3 << 4;
        QTest::newRow("1000") << 1000 << 1024;
        QTest::newRow("1024") << 1024 << 1024;
    }
    void capacityRoundsUpToPowerOfTwo()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        ClickQueue<Click> q{std::size_t(requested)};
        QCOMPARE(int(q.capacity()), expected);
        int pushed = 0;
        while (q.push(Click{pushed, pushed, 0, false}))
            ++pushed;
        QCOMPARE(pushed, expected); // full exactly at capacity, then push fails at once
    }

    void fifoAcrossManyWrapArounds()
    {
        ClickQueue<Click> q(8);
        Click c;
        QVERIFY(!q.pop(c));
        QVERIFY(q.isEmpty());
        std::int64_t next = 0;
        std::int64_t expected = 0;
        for (int round = 0; round < 1000; ++round) {
            const int burst = 1 + round % 8;
            for (int i = 0; i < burst; ++i)
                QVERIFY(q.push(Click{next++, 0, 0, false}));
            for (int i = 0; i < burst; ++i) {
                QVERIFY(q.pop(c));
                QCOMPARE(c.t, expected++);
            }
            QVERIFY(!q.pop(c));
        }
    }

    void fullQueueRefusesWithoutLosingOrder()
    {
        ClickQueue<Click> q(4);
        for (int i = 0; i < 4; ++i)
            QVERIFY(q.push(Click{i, 0, 0, false}));
        QVERIFY(!q.push(Click{99, 0, 0, false}));
        Click c;
        QVERIFY(q.pop(c));
        QCOMPARE(c.t, 0);
        QVERIFY(q.push(Click{4, 0, 0, false}));
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(q.pop(c));
            QCOMPARE(c.t, std::int64_t(i));
        }
    }

    void manyProducersOneConsumer_data()
    {
        QTest::addColumn<int>("producers");
        QTest::addColumn<int>("capacity");
        QTest::newRow("1 producer") << 1 << 64;
        QTest::newRow("2 producers") << 2 << 16;
        QTest::newRow("4 producers, tiny queue") << 4 << 2;
        QTest::newRow("8 producers") << 8 << 1024;
    }
    void manyProducersOneConsumer()
    {
        // Every message arrives exactly once, and each producer's in its order.
        QFETCH(int, producers);
        QFETCH(int, capacity);
        constexpr int kPerProducer = 20000;
        ClickQueue<Click> q{std::size_t(capacity)};
        std::atomic<bool> abandon{false}; // so that a failing test still joins
        std::vector<std::thread> threads;
        for (int p = 0; p < producers; ++p) {
            threads.emplace_back([&q, &abandon, p] {
                for (int i = 0; i < kPerProducer; ++i) {
                    while (!q.push(Click{i, p, 0, false})) {
                        if (abandon.load())
                            return;
                        std::this_thread::yield();
                    }
                }
            });
        }
        std::vector<std::int64_t> nextOf(std::size_t(producers), 0);
        int received = 0;
        bool inOrder = true;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        Click c;
        while (received < producers * kPerProducer && std::chrono::steady_clock::now() < deadline) {
            if (!q.pop(c)) {
                std::this_thread::yield();
                continue;
            }
            inOrder = inOrder && c.beat >= 0 && c.beat < producers
                && c.t == nextOf[std::size_t(c.beat)];
            if (c.beat >= 0 && c.beat < producers)
                ++nextOf[std::size_t(c.beat)];
            ++received;
        }
        abandon = true;
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(received, producers * kPerProducer);
        QVERIFY(inOrder);
        QVERIFY(!q.pop(c));
    }
};

QTEST_GUILESS_MAIN(tst_ClickQueue)
#include "tst_clickqueue.moc"
