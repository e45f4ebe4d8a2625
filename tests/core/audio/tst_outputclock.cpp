#include "audio/OutputClock.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace cacophony;

// Simulated streams: block k truly starts sounding at truth(k); its callback runs at
// truth(k) plus a wake-up error. Clicks happen between callbacks and are mapped when the
// next callback runs, as in the engine.
class tst_OutputClock : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 48000;
    static constexpr int kFrames = 256;
    static constexpr double kPeriod = kFrames * 1e9 / kRate;
    static constexpr std::int64_t kStart = 7'000'000'000'000;
    static constexpr std::int64_t kLatency = 2 * kFrames + 25 * kRate / 1000;

    enum Pattern { Uniform, Pairs, LateSpikes };

    struct Mapped
    {
        std::int64_t t;      // steady ns of the click
        std::int64_t sample; // where the clock put it
        std::int64_t blockStart;
    };

    struct Sim
    {
        unsigned seed = 1;
        double jitterUs = 500;
        Pattern pattern = Uniform;
        double driftPpm = 0;        // device clock vs system clock
        int stepAtBlock = -1;       // the device timeline jumps here...
        double stepMs = 0;          // ...by this much (an underrun)
        int seconds = 40;
        int clickEveryBlocks = 47;  // ~250 ms
    };

    static std::vector<Mapped> simulate(const Sim &sim, OutputClock &clock)
    {
        std::mt19937 rng(sim.seed);
        std::uniform_real_distribution<double> jitter(-sim.jitterUs * 1e3, sim.jitterUs * 1e3);
        std::uniform_real_distribution<double> unit(0, 1);
        const double period = kPeriod * (1 - sim.driftPpm * 1e-6);
        clock.configure(kRate, kLatency, 50'000'000);
        std::vector<Mapped> out;
        const int blocks = sim.seconds * kRate / kFrames;
        std::int64_t previous = kStart;
        for (int k = 0; k < blocks; ++k) {
            double truth = double(kStart) + k * period;
            if (sim.stepAtBlock >= 0 && k >= sim.stepAtBlock)
                truth += sim.stepMs * 1e6;
            double wake = jitter(rng);
            if (sim.pattern == Pairs)
                wake += (k % 2 ? -0.5 : 0.5) * kPeriod;  // bursts of two, like a server asking for 512
            if (sim.pattern == LateSpikes && k % 97 == 0)
                wake += 12e6;                              // 12 ms late, no underrun
            if (sim.pattern == LateSpikes && k % 97 == 1)
                wake -= 0.5 * kPeriod;                    // catching up
            const auto now = std::max(previous, std::int64_t(std::llround(truth + wake)));
            clock.blockStarted(now, std::int64_t(k) * kFrames, kFrames, false);
            if (k % sim.clickEveryBlocks == 0 && k > 0) {
                // A click performed some time since the previous callback.
                const auto t = previous + std::int64_t(unit(rng) * double(now - previous));
                out.push_back({t, clock.sampleFor(t), std::int64_t(k) * kFrames});
            }
            previous = now;
        }
        return out;
    }

    // Worst |heard - performed| interval error in samples, from click `from` on.
    static double worstIntervalError(const std::vector<Mapped> &m, std::size_t from)
    {
        double worst = 0;
        for (std::size_t i = std::max<std::size_t>(from, 1); i < m.size(); ++i) {
            const double heard = double(m[i].sample - m[i - 1].sample);
            const double performed = double(m[i].t - m[i - 1].t) * kRate * 1e-9;
            worst = std::max(worst, std::abs(heard - performed));
        }
        return worst;
    }

    static std::size_t firstSteadyClick(const std::vector<Mapped> &m)
    {
        // OutputClock::kSteadyBlocks blocks after the start, plus margin.
        for (std::size_t i = 0; i < m.size(); ++i) {
            if (m[i].blockStart > std::int64_t(OutputClock::kSteadyBlocks + 10) * kFrames)
                return i;
        }
        return m.size();
    }

private slots:
    void intervalsAreExactDespiteJitter_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<double>("jitterUs");
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 2u, 3u}) {
            QTest::addRow("uniform 0.5 ms, seed %u", seed) << int(Uniform) << 500.0 << seed;
            QTest::addRow("uniform 2 ms, seed %u", seed) << int(Uniform) << 2000.0 << seed;
            QTest::addRow("bursts of two, seed %u", seed) << int(Pairs) << 300.0 << seed;
            QTest::addRow("late spikes, seed %u", seed) << int(LateSpikes) << 300.0 << seed;
        }
    }
    void intervalsAreExactDespiteJitter()
    {
        // The claim the engine rests on: while the clock is steady, click-to-click
        // intervals in the output equal performer intervals to within one sample, and
        // no click misses its sample.
        QFETCH(int, pattern);
        QFETCH(double, jitterUs);
        QFETCH(unsigned, seed);
        Sim sim;
        sim.seed = seed;
        sim.jitterUs = jitterUs;
        sim.pattern = Pattern(pattern);
        OutputClock clock;
        const std::vector<Mapped> m = simulate(sim, clock);
        const std::size_t from = firstSteadyClick(m);
        QVERIFY(m.size() - from > 100);
        QVERIFY(clock.isSteady());
        QVERIFY2(worstIntervalError(m, from + 1) <= 1.0,
                 qPrintable(QString::number(worstIntervalError(m, from + 1))));
        for (std::size_t i = from; i < m.size(); ++i)
            QVERIFY(m[i].sample >= m[i].blockStart); // in the future: not late
        QCOMPARE(clock.resyncs(), 0);
    }

    void driftIsFollowedGently_data()
    {
        QTest::addColumn<double>("driftPpm");
        QTest::newRow("+100 ppm") << 100.0;
        QTest::newRow("-100 ppm") << -100.0;
        QTest::newRow("+20 ppm") << 20.0;
    }
    void driftIsFollowedGently()
    {
        // A device clock drifting against the system's: the latency must stay bounded
        // (the mapping slews), but never by more than kMaxSlewPpm per interval, and never
        // by a jump.
        QFETCH(double, driftPpm);
        Sim sim;
        sim.driftPpm = driftPpm;
        sim.seconds = 120;
        OutputClock clock;
        const std::vector<Mapped> m = simulate(sim, clock);
        const std::size_t from = firstSteadyClick(m);
        const double intervalSamples = sim.clickEveryBlocks * kFrames;
        const double slewBound = 1.0 + OutputClock::kMaxSlewPpm * 1e-6 * (intervalSamples + kFrames);
        QVERIFY2(worstIntervalError(m, from + 1) <= slewBound,
                 qPrintable(QString::number(worstIntervalError(m, from + 1))));
        QCOMPARE(clock.resyncs(), 0);
        QVERIFY(std::abs(clock.mappingErrorSamples()) < OutputClock::kDeadbandMs * 1e-3 * kRate * 1.2);
        for (std::size_t i = from; i < m.size(); ++i)
            QVERIFY(m[i].sample >= m[i].blockStart);
    }

    void timelineJumpIsFollowedAtOnce()
    {
        // An underrun moved the device timeline by 25 ms: the mapping snaps (one interval
        // is off by the jump, as the sound itself is) and is exact again afterwards.
        Sim sim;
        sim.seconds = 20;
        sim.stepAtBlock = 1000;
        sim.stepMs = 25;
        OutputClock clock;
        const std::vector<Mapped> m = simulate(sim, clock);
        QCOMPARE(clock.resyncs(), 1);
        std::size_t after = 0;
        while (after < m.size() && m[after].blockStart < (1000 + 300) * std::int64_t(kFrames))
            ++after;
        QVERIFY(m.size() - after > 20);
        QVERIFY(worstIntervalError(m, after + 1) <= 1.0);
        QVERIFY(std::abs(clock.mappingErrorSamples()) < OutputClock::kDeadbandMs * 1e-3 * kRate);
    }

    void stallRestartsTheLoop()
    {
        OutputClock clock;
        clock.configure(kRate, kLatency, 50'000'000);
        std::int64_t now = kStart;
        for (int k = 0; k < 500; ++k, now += std::llround(kPeriod))
            clock.blockStarted(now, std::int64_t(k) * kFrames, kFrames, false);
        QVERIFY(clock.isSteady());
        clock.blockStarted(now + 200'000'000, 500 * kFrames, kFrames, false); // 200 ms stall
        QVERIFY(!clock.isSteady());
        QCOMPARE(clock.resyncs(), 1);
        // The block rendered now starts at the moment of the callback plus the latency.
        QCOMPARE(clock.sampleFor(now + 200'000'000), 500 * kFrames + kLatency);
        clock.blockStarted(now + 205'333'333, 501 * kFrames, kFrames, true); // device underflow
        QCOMPARE(clock.resyncs(), 2);
    }

    void heldUpCallbacksAreCounted()
    {
        // Jitter within a few ms is no stall; a callback kStallMs late is, even when the
        // loop rides it out without a resync.
        OutputClock clock;
        clock.configure(kRate, kLatency, 50'000'000);
        std::int64_t now = kStart;
        for (int k = 0; k < 500; ++k, now += std::llround(kPeriod))
            clock.blockStarted(now + (k % 2 ? 3'000'000 : 0), std::int64_t(k) * kFrames, kFrames, false);
        QCOMPARE(clock.stalls(), 0);
        clock.blockStarted(now + 12'000'000, 500 * kFrames, kFrames, false); // 12 ms late
        QCOMPARE(clock.stalls(), 1);
        QCOMPARE(clock.resyncs(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OutputClock)
#include "tst_outputclock.moc"
