#include "audio/DelayLockedLoop.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace cacophony;

class tst_DelayLockedLoop : public QObject
{
    Q_OBJECT

private:
    static constexpr double kPeriod = 256.0 / 48000.0 * 1e9; // ns
    static constexpr std::int64_t kStart = 5'000'000'000'000; // a large clock value

private slots:
    void perfectClockIsReproducedExactly()
    {
        DelayLockedLoop dll;
        dll.reset(kStart, kPeriod, 2.0);
        QCOMPARE(dll.blockTimeNs(), double(kStart));
        QCOMPARE(dll.sinceBlockNs(kStart + 1234), 1234.0);
        for (int k = 1; k < 2000; ++k) {
            const auto now = kStart + std::llround(k * kPeriod);
            QVERIFY(std::abs(dll.predictionErrorNs(now)) < 1.0);
            dll.update(now);
            QVERIFY(std::abs(dll.blockTimeNs() - double(now)) < 1.0);
        }
        QVERIFY(std::abs(dll.periodNs() - kPeriod) < 0.05); // inputs are rounded to 1 ns
        QCOMPARE(dll.updates(), 1999);
    }

    void smoothsJitter_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<double>("jitterUs");
        QTest::addColumn<double>("driftPpm");
        for (unsigned seed : {1u, 2u, 3u}) {
            QTest::addRow("seed %u, 0.5 ms jitter", seed) << seed << 500.0 << 0.0;
            QTest::addRow("seed %u, 1 ms jitter, +80 ppm", seed) << seed << 1000.0 << 80.0;
            QTest::addRow("seed %u, 0.3 ms jitter, -150 ppm", seed) << seed << 300.0 << -150.0;
        }
    }
    void smoothsJitter()
    {
        // Callbacks wake up at the true block time plus uniform jitter; the device clock
        // drifts against the system clock. After settling, the filtered block time follows
        // the truth with a fraction of the jitter, and the period follows the drift.
        QFETCH(unsigned, seed);
        QFETCH(double, jitterUs);
        QFETCH(double, driftPpm);
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> jitter(-jitterUs * 1e3, jitterUs * 1e3);
        const double truePeriod = kPeriod * (1 + driftPpm * 1e-6);
        auto truth = [&](int k) { return double(kStart) + k * truePeriod; };

        DelayLockedLoop dll;
        dll.reset(kStart + std::llround(jitter(rng)), kPeriod, 5.0);
        const int blocks = 48000 * 30 / 256;
        const int settled = 48000 * 5 / 256;
        double sum = 0, sumSq = 0, periodSum = 0;
        int n = 0;
        for (int k = 1; k < blocks; ++k) {
            dll.update(std::llround(truth(k) + jitter(rng)));
            if (k == 48)
                dll.setBandwidth(1.0);
            if (k >= settled) {
                const double e = dll.blockTimeNs() - truth(k);
                sum += e;
                sumSq += e * e;
                periodSum += dll.periodNs();
                ++n;
            }
        }
        const double mean = sum / n;
        const double sd = std::sqrt(sumSq / n - mean * mean);
        const double inputSd = jitterUs * 1e3 / std::sqrt(3.0);
        const double periodErrorPpm = (periodSum / n / truePeriod - 1) * 1e6;
        qInfo("phase error mean %.1f us, sd %.1f us (input jitter sd %.1f us); period error %.2f ppm",
              mean / 1e3, sd / 1e3, inputSd / 1e3, periodErrorPpm);
        QVERIFY(sd < inputSd / 4);
        QVERIFY(std::abs(mean) < inputSd / 4);
        QVERIFY(std::abs(periodErrorPpm) < 5);
    }

    void followsAStepOfTheTimeline()
    {
        // After an underrun the device's timeline moves: a wide loop must catch up.
        DelayLockedLoop dll;
        dll.reset(kStart, kPeriod, 2.0);
        const double step = 5e6;
        for (int k = 1; k < 200; ++k)
            dll.update(std::llround(double(kStart) + k * kPeriod + (k >= 100 ? step : 0)));
        const double expected = double(kStart) + 199 * kPeriod + step;
        QVERIFY2(std::abs(dll.blockTimeNs() - expected) < 0.2 * step,
                 qPrintable(QString::number(dll.blockTimeNs() - expected)));
    }

    void resetForgetsThePast()
    {
        DelayLockedLoop dll;
        QVERIFY(!dll.isStarted());
        dll.reset(kStart, kPeriod, 2.0);
        for (int k = 1; k < 50; ++k)
            dll.update(kStart + std::llround(k * kPeriod * 1.01));
        dll.reset(kStart * 2, kPeriod, 2.0);
        QVERIFY(dll.isStarted());
        QCOMPARE(dll.updates(), 0);
        QCOMPARE(dll.blockTimeNs(), double(kStart * 2));
        QCOMPARE(dll.periodNs(), kPeriod);
    }
};

QTEST_GUILESS_MAIN(tst_DelayLockedLoop)
#include "tst_delaylockedloop.moc"
