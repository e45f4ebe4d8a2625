#include "audio/ClickSynth.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <thread>

using namespace cacophony;

Q_DECLARE_METATYPE(ClickSynth::Timbre)

class tst_ClickSynth : public QObject
{
    Q_OBJECT

private:
    static int zeroCrossings(const std::vector<float> &t, std::size_t n)
    {
        int count = 0;
        for (std::size_t i = 1; i < std::min(n, t.size()); ++i)
            count += (t[i - 1] < 0) != (t[i] < 0);
        return count;
    }
    static double rms(const std::vector<float> &t, std::size_t from, std::size_t to)
    {
        double sum = 0;
        for (std::size_t i = from; i < to; ++i)
            sum += double(t[i]) * t[i];
        return std::sqrt(sum / double(to - from));
    }

private slots:
    void tableIsACrispClick_data()
    {
        QTest::addColumn<ClickSynth::Timbre>("timbre");
        QTest::newRow("tick") << ClickSynth::Timbre::Tick;
        QTest::newRow("tock") << ClickSynth::Timbre::Tock;
        QTest::newRow("accent") << ClickSynth::Timbre::Accent;
    }
    void tableIsACrispClick()
    {
        QFETCH(ClickSynth::Timbre, timbre);
        const ClickSynth synth(48000);
        const std::vector<float> &t = synth.table(timbre);
        QVERIFY(t.size() >= 48 * 20);                              // at least 20 ms
        QVERIFY(int(t.size()) <= 48 * ClickSynth::kMaxClickMs);    // short
        QCOMPARE(t.front(), 1.f);                                  // onset = the loudest sample
        for (float x : t)
            QVERIFY(std::abs(x) <= 1.f);                           // never clips at gain 1
        QVERIFY(std::abs(t.back()) < 1e-3f);                       // fades out: no end click
        const std::size_t q = t.size() / 4;
        QVERIFY(rms(t, t.size() - q, t.size()) < 0.02 * rms(t, 0, q)); // decays
        // Inside the click no positive step comes near the onset's: onsets stay detectable.
        for (std::size_t i = 1; i < t.size(); ++i)
            QVERIFY2(t[i] - t[i - 1] < 0.45f, qPrintable(QString::number(i)));
    }

    void timbresAreDistinct()
    {
        const ClickSynth synth;
        const std::size_t n = 48 * 20;
        const int tick = zeroCrossings(synth.table(ClickSynth::Timbre::Tick), n);
        const int tock = zeroCrossings(synth.table(ClickSynth::Timbre::Tock), n);
        const int accent = zeroCrossings(synth.table(ClickSynth::Timbre::Accent), n);
        QVERIFY2(tock * 3 < tick * 2, qPrintable(QStringLiteral("tock %1 tick %2").arg(tock).arg(tick)));
        QVERIFY(tick < accent); // "O" lowest, the accent highest
    }

    void tablesScaleWithSampleRate()
    {
        const ClickSynth a(48000);
        const ClickSynth b(96000);
        QCOMPARE(b.sampleRate(), 96000);
        const auto la = qsizetype(a.table(ClickSynth::Timbre::Tock).size());
        const auto lb = qsizetype(b.table(ClickSynth::Timbre::Tock).size());
        QVERIFY(std::abs(lb - 2 * la) <= 1);
        QCOMPARE(a.maxLength(), int(la));
    }

    void gain_data()
    {
        QTest::addColumn<int>("volume");
        QTest::addColumn<bool>("floorOn");
        QTest::addColumn<int>("floor");
        QTest::addColumn<double>("master");
        QTest::addColumn<bool>("accented");
        QTest::addColumn<double>("expected");
        const double k = ClickSynth::kBeatGain;
        QTest::newRow("full") << 100 << true << 30 << 1.0 << false << k;
        QTest::newRow("quiet beat lifted by floor") << 0 << true << 30 << 1.0 << false << 0.09 * k;
        QTest::newRow("quiet beat without floor is silent") << 0 << false << 30 << 1.0 << false << 0.0;
        QTest::newRow("half without floor") << 50 << false << 0 << 1.0 << false << 0.25 * k;
        QTest::newRow("half with floor 50") << 50 << true << 50 << 1.0 << false << 0.5625 * k;
        QTest::newRow("master halves") << 100 << true << 30 << 0.5 << false << 0.5 * k;
        QTest::newRow("accent is louder") << 100 << true << 30 << 1.0 << true << 1.0;
        QTest::newRow("volume above 100 clamps") << 250 << false << 0 << 1.0 << false << k;
        QTest::newRow("negative volume clamps") << -5 << false << 0 << 1.0 << false << 0.0;
        QTest::newRow("master above 1 clamps") << 100 << false << 0 << 3.0 << true << 1.0;
    }
    void gain()
    {
        QFETCH(int, volume);
        QFETCH(bool, floorOn);
        QFETCH(int, floor);
        QFETCH(double, master);
        QFETCH(bool, accented);
        QFETCH(double, expected);
        ClickSettings s;
        s.floorEnabled = floorOn;
        s.floor = floor;
        s.master = master;
        QVERIFY(std::abs(ClickSynth::gainFor(volume, accented, s) - expected) < 1e-6);
    }

    void gainRisesWithVolume()
    {
        ClickSettings s; // defaults: floor on
        float previous = -1.f;
        for (int v = 0; v <= 100; ++v) {
            const float g = ClickSynth::gainFor(v, false, s);
            QVERIFY(g > previous);
            previous = g;
        }
        QVERIFY(ClickSynth::gainFor(0, false, s) > 0.05f); // the floor is on by default
    }

    void voicePicksTimbre()
    {
        ClickSynth synth;
        const Click tick{0, 1, 100, false};
        const Click tock{0, 1, 100, true};
        QCOMPARE(synth.voiceFor(tick).samples, synth.table(ClickSynth::Timbre::Tick).data());
        QCOMPARE(synth.voiceFor(tock).samples, synth.table(ClickSynth::Timbre::Tock).data());
        const Click first{0, 0, 100, false};
        QCOMPARE(synth.voiceFor(first).samples, synth.table(ClickSynth::Timbre::Tick).data());

        ClickSettings s;
        s.accent = true;
        s.beatsPerBar = 3;
        synth.setSettings(s);
        for (int beat = 0; beat < 9; ++beat) {
            const ClickVoice v = synth.voiceFor({0, beat, 100, beat % 2 == 1});
            const bool accent = v.samples == synth.table(ClickSynth::Timbre::Accent).data();
            QCOMPARE(accent, beat % 3 == 0);
            QCOMPARE(v.length, int(synth.table(accent ? ClickSynth::Timbre::Accent
                                                : beat % 2 ? ClickSynth::Timbre::Tock
                                                           : ClickSynth::Timbre::Tick)
                                       .size()));
        }
        QVERIFY(synth.voiceFor({0, 3, 100, true}).gain > synth.voiceFor({0, 4, 100, false}).gain);
    }

    void settingsAreClamped()
    {
        ClickSynth synth;
        QCOMPARE(synth.settings(), ClickSettings());
        ClickSettings s;
        s.master = 7;
        s.floor = 300;
        s.beatsPerBar = 0;
        synth.setSettings(s);
        QCOMPARE(synth.settings().master, 1.0);
        QCOMPARE(synth.settings().floor, 100);
        QCOMPARE(synth.settings().beatsPerBar, 1);
    }

    void settingsChangeWhileVoicesAreRead()
    {
        // The audio callback reads settings while the UI writes them: no locks, no tears.
        ClickSynth synth;
        std::atomic<bool> stop{false};
        std::thread writer([&] {
            ClickSettings s;
            for (int i = 0; i < 20000; ++i) {
                s.master = (i % 10) / 10.0;
                s.accent = i % 2;
                s.floor = i % 101;
                synth.setSettings(s);
            }
            stop = true;
        });
        int reads = 0;
        bool inRange = true;
        while (!stop.load() || reads < 1000) {
            const ClickVoice v = synth.voiceFor({0, reads, 100, false});
            inRange = inRange && v.gain >= 0.f && v.gain <= 1.f && v.samples && v.length > 0;
            ++reads;
        }
        writer.join();
        QVERIFY(inRange);
    }
};

QTEST_GUILESS_MAIN(tst_ClickSynth)
#include "tst_clicksynth.moc"
