#include "AudioTestTools.h"
#include "audio/ClickScheduler.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace cacophony;

class tst_ClickScheduler : public QObject
{
    Q_OBJECT

private:
    // Renders [0, length) in blocks of `block` frames, scheduling each (start, click)
    // just before the block it starts in.
    static std::vector<float> renderAll(ClickScheduler &s,
                                        const std::vector<std::pair<std::int64_t, Click>> &clicks,
                                        std::int64_t length, int block)
    {
        std::vector<float> out(std::size_t(length), 0.f);
        std::size_t next = 0;
        for (std::int64_t pos = 0; pos < length; pos += block) {
            const int n = int(std::min<std::int64_t>(block, length - pos));
            for (; next < clicks.size() && clicks[next].first < pos + n; ++next)
                s.schedule(clicks[next].second, clicks[next].first);
            s.render(out.data() + pos, n);
        }
        return out;
    }

    // The exact expected mix: the sum of each click's table times its gain.
    static std::vector<float> expectedMix(const ClickSynth &synth,
                                          const std::vector<std::pair<std::int64_t, Click>> &clicks,
                                          std::int64_t length)
    {
        std::vector<float> out(std::size_t(length), 0.f);
        for (const auto &[start, click] : clicks) {
            const ClickVoice v = synth.voiceFor(click);
            for (int i = 0; i < v.length && start + i < length; ++i)
                out[std::size_t(start + i)] += v.samples[i] * v.gain;
        }
        return out;
    }

    static float peakOf(const std::vector<float> &x)
    {
        float peak = 0.f;
        for (float v : x)
            peak = std::max(peak, std::abs(v));
        return peak;
    }

private slots:
    void nsToSamples_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("samples");
        QTest::newRow("zero") << qint64(0) << 48000 << qint64(0);
        QTest::newRow("one second") << qint64(1'000'000'000) << 48000 << qint64(48000);
        QTest::newRow("just under half a sample") << qint64(10'416) << 48000 << qint64(0);
        QTest::newRow("just over half a sample") << qint64(10'417) << 48000 << qint64(1);
        QTest::newRow("exact half rounds up") << qint64(500'000'000) << 1 << qint64(1);
        QTest::newRow("one interval at 120 bpm") << qint64(500'000'000) << 48000 << qint64(24000);
        QTest::newRow("44.1 kHz") << qint64(1'234'567'890) << 44100 << qint64(54444);
        QTest::newRow("negative") << qint64(-10'417) << 48000 << qint64(-1);
        QTest::newRow("a year, no overflow") << qint64(31'536'000'000'000'000) << 48000
                                             << qint64(1'513'728'000'000);
    }
    void nsToSamples()
    {
        QFETCH(qint64, ns);
        QFETCH(int, rate);
        QFETCH(qint64, samples);
        QCOMPARE(ClickScheduler::nsToSamples(ns, rate), samples);
    }

    void clickStartsAtItsSample_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("block");
        QTest::newRow("first sample") << qint64(0) << 256;
        QTest::newRow("mid block") << qint64(1000) << 256;
        QTest::newRow("block boundary") << qint64(512) << 256;
        QTest::newRow("last of a block") << qint64(511) << 256;
        QTest::newRow("odd blocks") << qint64(4321) << 37;
        QTest::newRow("one-frame blocks") << qint64(77) << 1;
    }
    void clickStartsAtItsSample()
    {
        QFETCH(qint64, start);
        QFETCH(int, block);
        const ClickSynth synth;
        ClickScheduler s(synth);
        const std::vector<std::pair<std::int64_t, Click>> clicks{{start, Click{0, 1, 100, false}}};
        const std::int64_t length = start + synth.maxLength() + 10;
        const std::vector<float> out = renderAll(s, clicks, length, block);
        QCOMPARE(out, expectedMix(synth, clicks, length));
        const auto first = std::find_if(out.begin(), out.end(), [](float x) { return x != 0.f; });
        QCOMPARE(qint64(first - out.begin()), start);
        QCOMPARE(s.lateClicks(), std::int64_t(0));
        QCOMPARE(s.activeVoices(), 0); // finished voices are freed
    }

    void overlappingClicksAddAndBlockSizeDoesNotMatter()
    {
        const ClickSynth synth;
        std::vector<std::pair<std::int64_t, Click>> clicks;
        std::mt19937 rng(7);
        std::int64_t at = 100;
        for (int i = 0; i < 60; ++i) {
            at += std::uniform_int_distribution<int>(0, 3000)(rng); // often overlapping
            // Quiet enough that the sum stays under the limiter's ceiling.
            clicks.push_back({at, Click{0, i, int(rng() % 41), i % 2 == 1}});
        }
        const std::int64_t length = at + synth.maxLength() + 1;
        const std::vector<float> expected = expectedMix(synth, clicks, length);
        QVERIFY(peakOf(expected) < ClickScheduler::kCeiling);
        const std::vector<float> reference = [&] {
            ClickScheduler s(synth);
            return renderAll(s, clicks, length, 256);
        }();
        QVERIFY(audiotest::maxAbsDiff(reference, expected) < 1e-6f); // the sum of the clicks
        for (int block : {1, 7, 64, 1000, 4096}) {
            ClickScheduler s(synth);
            // Voices may be summed in another order: equal to the last bits.
            QVERIFY(audiotest::maxAbsDiff(renderAll(s, clicks, length, block), reference) < 1e-6f);
            QCOMPARE(s.droppedClicks(), std::int64_t(0));
        }
    }

    void mixIsLimitedNotClipped_data()
    {
        QTest::addColumn<std::vector<qint64>>("starts"); // samples, all at full volume
        QTest::addColumn<int>("block");
        QTest::newRow("five at once (2.8 summed)") << std::vector<qint64>{10, 10, 10, 10, 10} << 256;
        // The bedtime lessons: five prints within a millisecond.
        QTest::newRow("five within 1 ms") << std::vector<qint64>{10, 20, 31, 40, 58} << 256;
        QTest::newRow("five within 1 ms, 1-frame blocks") << std::vector<qint64>{10, 20, 31, 40, 58} << 1;
        QTest::newRow("a burst, 3 ms apart") << std::vector<qint64>{10, 154, 298, 442, 586, 730} << 64;
    }
    void mixIsLimitedNotClipped()
    {
        // Overlapping clicks never go past the ceiling, and are scaled, not clipped: the
        // loudest sample of the loudest onset is exactly at the ceiling, each output sample
        // is the sum times one gain that never jumps up, and a click long after the burst
        // (once the limiter has recovered) plays at its own full level again.
        QFETCH(std::vector<qint64>, starts);
        QFETCH(int, block);
        const ClickSynth synth;
        std::vector<std::pair<std::int64_t, Click>> clicks;
        for (std::size_t i = 0; i < starts.size(); ++i)
            clicks.push_back({starts[i], Click{0, int(i), 100, false}});
        const std::int64_t later = 48000; // a second after
        clicks.push_back({later, Click{0, 99, 100, false}});
        ClickScheduler s(synth);
        const std::vector<float> out = renderAll(s, clicks, later + synth.maxLength(), block);
        const std::vector<float> sum = expectedMix(synth, clicks, std::int64_t(out.size()));

        QVERIFY2(peakOf(sum) > 0.8f, "the case must need limiting");
        QVERIFY2(peakOf(out) <= ClickScheduler::kCeiling, qPrintable(QString::number(peakOf(out))));
        QVERIFY(std::abs(peakOf(out) - ClickScheduler::kCeiling) < 1e-6f);
        float gain = 1.f;
        for (std::size_t i = 0; i < std::size_t(later); ++i) { // the burst
            if (std::abs(sum[i]) < 1e-3f)
                continue;
            const float g = out[i] / sum[i];
            QVERIFY2(g > 0.f && g <= 1.f + 1e-5f, qPrintable(QString::number(i)));
            QVERIFY2(g <= gain + 0.01f, qPrintable(QString::number(i))); // recovers slowly
            gain = g;
        }
        const float single = synth.voiceFor(Click{0, 99, 100, false}).gain;
        QCOMPARE(out[std::size_t(later)], single);
    }
    void lateClickStartsAtOnceAndIsCounted()
    {
        const ClickSynth synth;
        ClickScheduler s(synth);
        std::vector<float> out(256);
        s.render(out.data(), 256);
        QCOMPARE(s.position(), 256);
        QVERIFY(s.schedule(Click{0, 1, 100, false}, 200));
        s.render(out.data(), 256);
        QCOMPARE(out[0], synth.voiceFor(Click{0, 1, 100, false}).gain); // whole click, from now
        QCOMPARE(s.lateClicks(), 1);
        QCOMPARE(s.maxLateSamples(), 56);
    }

    void voicesRunOut()
    {
        const ClickSynth synth;
        ClickScheduler s(synth);
        for (int i = 0; i < ClickScheduler::kMaxVoices; ++i)
            QVERIFY(s.schedule(Click{0, i, 100, false}, 1000 + i));
        QVERIFY(!s.schedule(Click{0, 0, 100, false}, 5000));
        QCOMPARE(s.droppedClicks(), 1);
        QCOMPARE(s.activeVoices(), ClickScheduler::kMaxVoices);
        s.reset(0);
        QCOMPARE(s.activeVoices(), 0);
        QCOMPARE(s.droppedClicks(), 0);
    }

    void silentClickTakesNoVoice()
    {
        ClickSynth synth;
        ClickSettings settings;
        settings.floorEnabled = false;
        synth.setSettings(settings);
        ClickScheduler s(synth);
        QVERIFY(s.schedule(Click{0, 1, 0, false}, 10));
        QCOMPARE(s.activeVoices(), 0);
    }

    void onsetsAreDetectableOnOverlaps()
    {
        // The test tool's detector (used on WAVs and recordings) finds each onset exactly,
        // also on top of a former click's tail, down to 3 ms apart.
        const ClickSynth synth;
        ClickScheduler s(synth);
        const std::vector<std::int64_t> starts{100, 244, 600, 1500, 1700, 2100, 5000};
        std::vector<std::pair<std::int64_t, Click>> clicks;
        for (std::size_t i = 0; i < starts.size(); ++i)
            clicks.push_back({starts[i], Click{0, int(i), 100, i % 2 == 1}});
        const std::vector<float> out = renderAll(s, clicks, 8000, 256);
        const float gain = synth.voiceFor(Click{0, 1, 100, false}).gain;
        QCOMPARE(audiotest::detectOnsets(out, 0.6f * gain, 48), starts);
    }
};

QTEST_GUILESS_MAIN(tst_ClickScheduler)
#include "tst_clickscheduler.moc"
