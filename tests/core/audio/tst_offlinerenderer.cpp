#include "AudioTestTools.h"
#include "audio/ClickScheduler.h"
#include "audio/OfflineRenderer.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>
#include <thread>

using namespace cacophony;

Q_DECLARE_METATYPE(std::vector<qint64>)

class tst_OfflineRenderer : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 48000;

    static float beatGain(OfflineRenderer &r)
    {
        return r.synth().voiceFor(Click{0, 1, 100, false}).gain;
    }
    static std::vector<std::int64_t> expectedOnsets(const std::vector<qint64> &times)
    {
        std::vector<std::int64_t> out;
        for (qint64 t : times)
            out.push_back(OfflineRenderer::onsetSample(t, kRate));
        std::sort(out.begin(), out.end());
        return out;
    }

private slots:
    void onsetsAtExactSamples_data()
    {
        QTest::addColumn<std::vector<qint64>>("times"); // run-clock ns, performer calls
        QTest::newRow("120 bpm, regular")
            << std::vector<qint64>{0, 500'000'000, 1'000'000'000, 1'500'000'000, 2'000'000'000};
        QTest::newRow("irregular, sub-sample times")
            << std::vector<qint64>{1'234, 310'457'911, 777'000'001, 1'020'833'333, 1'600'010'417};
        QTest::newRow("overlapping clicks, 3-20 ms apart")
            << std::vector<qint64>{50'000'000, 53'000'000, 60'000'000, 80'000'000, 84'100'000,
                                   100'000'000, 103'333'333};
        QTest::newRow("out of order, as the naive strategy performs")
            << std::vector<qint64>{900'000'000, 200'000'000, 450'000'000, 205'000'000,
                                   1'300'000'000, 650'000'000};
        QTest::newRow("6000 bpm") << [] {
            std::vector<qint64> v;
            for (int i = 0; i < 15; ++i)
                v.push_back(qint64(i) * 10'000'000 + 3'141);
            return v;
        }();
    }
    void onsetsAtExactSamples()
    {
        // 0 samples error: each click starts at round(t * rate / 1e9) exactly, also when
        // clicks overlap; and the mix is exactly the sum of the clicks.
        QFETCH(std::vector<qint64>, times);
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        for (std::size_t i = 0; i < times.size(); ++i)
            r.click(Click{times[i], int(i), 100, i % 2 == 1});
        r.endRun();
        const std::vector<float> out = r.render();

        const std::vector<std::int64_t> expected = expectedOnsets(times);
        QCOMPARE(audiotest::detectOnsets(out, 0.6f * beatGain(r), 48), expected);

        std::vector<float> sum(out.size(), 0.f);
        for (std::size_t i = 0; i < times.size(); ++i) {
            const ClickVoice v = r.synth().voiceFor(Click{times[i], int(i), 100, i % 2 == 1});
            const std::int64_t at = OfflineRenderer::onsetSample(times[i], kRate);
            for (int k = 0; k < v.length; ++k)
                sum[std::size_t(at + k)] += v.samples[k] * v.gain;
        }
        // Exactly the sum (summed in another order) up to where the sum first passes the
        // limiter's ceiling; never past the ceiling anywhere.
        std::size_t limited = 0;
        while (limited < sum.size() && std::abs(sum[limited]) <= ClickScheduler::kCeiling)
            ++limited;
        for (std::size_t i = 0; i < limited; ++i)
            QVERIFY2(std::abs(out[i] - sum[i]) < 1e-6f, qPrintable(QString::number(i)));
        for (float x : out)
            QVERIFY(std::abs(x) <= ClickScheduler::kCeiling);
        QCOMPARE(r.droppedClicks(), std::int64_t(0));
    }

    void clicksFromManyThreads()
    {
        // Beat threads call click() concurrently; every click is kept and lands exactly.
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        constexpr int kThreads = 4;
        constexpr int kPerThread = 50;
        std::vector<std::thread> threads;
        for (int th = 0; th < kThreads; ++th) {
            threads.emplace_back([&r, th] {
                for (int i = 0; i < kPerThread; ++i) {
                    const int beat = i * kThreads + th;
                    r.click(Click{qint64(beat) * 60'000'000 + th * 7'777, beat, 100, beat % 2 == 1});
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        r.endRun();
        QCOMPARE(int(r.clicks().size()), kThreads * kPerThread);
        std::vector<qint64> times;
        for (const Click &c : r.clicks())
            times.push_back(c.t);
        QCOMPARE(audiotest::detectOnsets(r.render(), 0.6f * beatGain(r), 48), expectedOnsets(times));
    }

    void wavFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.wav"));
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        const std::vector<qint64> times{10'000'000, 480'000'000, 530'000'000, 990'000'000};
        for (std::size_t i = 0; i < times.size(); ++i)
            r.click(Click{times[i], int(i), 40 + int(i) * 20, i % 2 == 1});
        r.endRun();
        QString error;
        QVERIFY2(r.writeWav(path, &error), qPrintable(error));
        const audiotest::Wav w = audiotest::readWav(path);
        QVERIFY(w.ok);
        QCOMPARE(w.sampleRate, kRate);
        QCOMPARE(w.formatTag, 1);
        // Quietest beat (volume 40) sets the threshold; 16-bit rounding does not move onsets.
        const float quiet = r.synth().voiceFor(Click{0, 1, 40, false}).gain;
        QCOMPARE(audiotest::detectOnsets(w.samples, 0.6f * quiet, 48), expectedOnsets(times));
        // Ends with the last click plus the tail.
        const std::int64_t lastEnd = OfflineRenderer::onsetSample(times.back(), kRate)
            + r.synth().voiceFor(Click{0, 3, 100, true}).length;
        QCOMPARE(qint64(w.samples.size()), qint64(lastEnd + OfflineRenderer::kTailMs * kRate / 1000));
    }

    void badPathIsAClearError()
    {
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        r.click(Click{0, 0, 100, false});
        QString error;
        QVERIFY(!r.writeWav(QStringLiteral("/nonexistent-dir/x/run.wav"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x/run.wav")), qPrintable(error));
    }

    void minimumDurationAndEmptyRun()
    {
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        r.endRun();
        QCOMPARE(qint64(r.render().size()), qint64(OfflineRenderer::kTailMs * kRate / 1000));
        r.setMinimumDurationNs(2'000'000'000);
        const std::vector<float> out = r.render();
        QCOMPARE(qint64(out.size()), qint64(2 * kRate + OfflineRenderer::kTailMs * kRate / 1000));
        QVERIFY(std::all_of(out.begin(), out.end(), [](float x) { return x == 0.f; }));
    }

    void beginRunForgetsFormerClicks()
    {
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        r.click(Click{0, 0, 100, false});
        r.endRun();
        QCOMPARE(int(r.clicks().size()), 1);
        r.beginRun(std::chrono::steady_clock::now());
        r.click(Click{5, 0, 100, false});
        r.click(Click{6, 1, 100, false});
        QCOMPARE(int(r.clicks().size()), 2);
        QCOMPARE(r.clicks().front().t, 5);
    }

    void overflowIsCounted()
    {
        OfflineRenderer r(kRate, 8);
        r.beginRun(std::chrono::steady_clock::now());
        for (int i = 0; i < 20; ++i)
            r.click(Click{qint64(i) * 100'000'000, i, 100, false});
        r.endRun();
        QCOMPARE(int(r.clicks().size()), 8);
        QCOMPARE(r.droppedClicks(), 12);
    }

    void denseRunIsNotClipped_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
        QTest::newRow("seed 3") << 3u;
    }
    void denseRunIsNotClipped()
    {
        // A naive-strategy-like burst: beats bunched within a few ms, random volumes: the
        // limiter keeps it under its ceiling.
        QFETCH(unsigned, seed);
        std::mt19937 rng(seed);
        OfflineRenderer r(kRate);
        r.beginRun(std::chrono::steady_clock::now());
        qint64 t = 0;
        for (int i = 0; i < 40; ++i) {
            t += std::uniform_int_distribution<qint64>(2'000'000, 120'000'000)(rng);
            r.click(Click{t, i, int(rng() % 101), i % 2 == 1});
        }
        const std::vector<float> out = r.render();
        const float peak = std::abs(*std::max_element(out.begin(), out.end(), [](float a, float b) {
            return std::abs(a) < std::abs(b);
        }));
        QVERIFY2(peak <= ClickScheduler::kCeiling, qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(tst_OfflineRenderer)
#include "tst_offlinerenderer.moc"
