#include "audio/OfflineRenderer.h"
#include "clicktrack/ClickTrack.h"
#include "core/audio/AudioTestTools.h"

#include <QTest>
#include <cmath>

using namespace cacophony;

Q_DECLARE_METATYPE(cacophony::Subdivision)

// The click track rendered offline (the same ClickScheduler as the speakers): every click
// at its sample, the accent louder and of another timbre, tempo changes in place.
class tst_ClickTrack : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 48000;
    static constexpr std::int64_t kStartNs = 50'000'000;

    struct Rendering
    {
        std::vector<TrackClick> clicks;
        std::vector<float> samples;
    };

    // Renders every click of `track` before untilNs; at each (ns, bpm) of `changes`, in
    // order, changes the tempo once the clicks before ns have been handed over.
    static Rendering render(ClickTrack &track, std::int64_t untilNs,
                            const std::vector<std::pair<std::int64_t, int>> &changes = {})
    {
        OfflineRenderer r(kRate);
        ClickSettings loud;
        loud.master = 1.0;
        r.synth().setSettings(loud);
        r.beginRun({});
        Rendering out;
        std::size_t change = 0;
        while (track.peekNs() < untilNs) {
            while (change < changes.size() && track.peekNs() >= changes[change].first)
                track.setBpm(changes[change++].second);
            const TrackClick c = track.next();
            out.clicks.push_back(c);
            r.click(c.toClick());
        }
        r.endRun();
        out.samples = r.render();
        return out;
    }

    static std::vector<std::int64_t> onsets(const Rendering &r)
    {
        // The quietest click (a subdivision) jumps by its gain at its onset; 20 ms apart at least.
        return audiotest::detectOnsets(r.samples, 0.5f * ClickSynth::kTrackSubdivisionGain, kRate / 50);
    }

    static double peakDb(const std::vector<float> &x, std::int64_t at, int length)
    {
        float peak = 0;
        for (int i = 0; i < length; ++i)
            peak = std::max(peak, std::abs(x[std::size_t(at + i)]));
        return 20 * std::log10(peak);
    }
    static double rmsDb(const std::vector<float> &x, std::int64_t at, int length)
    {
        double sum = 0;
        for (int i = 0; i < length; ++i)
            sum += double(x[std::size_t(at + i)]) * x[std::size_t(at + i)];
        return 10 * std::log10(sum / length);
    }
    // Normalised correlation of two stretches of the same length: 1 = the same timbre.
    static double similarity(const std::vector<float> &x, std::int64_t a, std::int64_t b, int length)
    {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < length; ++i) {
            const double p = x[std::size_t(a + i)], q = x[std::size_t(b + i)];
            ab += p * q;
            aa += p * p;
            bb += q * q;
        }
        return ab / std::sqrt(aa * bb);
    }

private slots:
    void accentIsLouderAndDistinct_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("accents");
        QTest::addColumn<int>("bpm");
        QTest::newRow("4/4 at 120") << "4/4" << "1" << 120;
        QTest::newRow("3/4 at 90") << "3/4" << "1" << 90;
        QTest::newRow("2/4 at 200") << "2/4" << "1" << 200;
        QTest::newRow("5/4 at 140, 1 and 4") << "5/4" << "1,4" << 140;
        QTest::newRow("6/8 at 180, 1 and 4") << "6/8" << "1,4" << 180;
        QTest::newRow("7/8 at 210, 1, 3, 5") << "7/8" << "1,3,5" << 210;
        QTest::newRow("12/8 at 240") << "12/8" << "1,4,7,10" << 240;
    }
    void accentIsLouderAndDistinct()
    {
        QFETCH(QString, signature);
        QFETCH(QString, accents);
        QFETCH(int, bpm);
        ClickPattern p;
        QVERIFY(p.setSignature(signature));
        QVERIFY(p.setAccents(accents));
        ClickTrack track(bpm, p, kStartNs);
        const std::int64_t bars = 2;
        const Rendering r = render(track, kStartNs + bars * p.beatsPerBar * ClickTrack::kNsPerMinute / bpm - 1);
        const std::vector<std::int64_t> found = onsets(r);
        QCOMPARE(qsizetype(found.size()), qsizetype(bars * p.beatsPerBar));
        const int window = kRate * 30 / 1000; // 30 ms: the whole audible click
        int accentsSeen = 0;
        for (std::size_t i = 0; i < found.size(); ++i) {
            const bool accented = p.isAccented(int(i) % p.beatsPerBar);
            QCOMPARE(r.clicks[i].role == ClickRole::Accent, accented);
            if (!accented)
                continue;
            ++accentsSeen;
            for (std::size_t j = 0; j < found.size(); ++j) {
                if (p.isAccented(int(j) % p.beatsPerBar))
                    continue;
                // >= 6 dB louder, both at the peak and in energy; another timbre.
                QVERIFY2(peakDb(r.samples, found[i], window) - peakDb(r.samples, found[j], window) >= 6.0,
                         qPrintable(QStringLiteral("peak: accent %1 beat %2").arg(i).arg(j)));
                QVERIFY2(rmsDb(r.samples, found[i], window) - rmsDb(r.samples, found[j], window) >= 6.0,
                         qPrintable(QStringLiteral("rms: accent %1 beat %2").arg(i).arg(j)));
                QVERIFY(similarity(r.samples, found[i], found[j], window) < 0.5);
            }
        }
        QCOMPARE(accentsSeen, int(bars) * std::popcount(p.accents));
        // Steady loudness: every unaccented beat peaks at the same level.
        for (std::size_t i = 1; i < found.size(); ++i) {
            if (!p.isAccented(int(i) % p.beatsPerBar))
                QCOMPARE(std::abs(r.samples[std::size_t(found[i])]), ClickSynth::kTrackBeatGain);
        }
    }

    void everyClickAtItsSample_data()
    {
        QTest::addColumn<int>("bpm");
        QTest::addColumn<Subdivision>("subdivision");
        QTest::addColumn<QString>("signature");
        QTest::newRow("120, none, 4/4") << 120 << Subdivision::None << "4/4";
        QTest::newRow("120, eighths, 4/4") << 120 << Subdivision::Eighths << "4/4";
        QTest::newRow("100, triplets, 3/4") << 100 << Subdivision::Triplets << "3/4";
        QTest::newRow("97, sixteenths, 7/8") << 97 << Subdivision::Sixteenths << "7/8";
        QTest::newRow("233, sixteenths, 5/4") << 233 << Subdivision::Sixteenths << "5/4";
        QTest::newRow("40, triplets, 12/8") << 40 << Subdivision::Triplets << "12/8";
    }
    void everyClickAtItsSample()
    {
        QFETCH(int, bpm);
        QFETCH(Subdivision, subdivision);
        QFETCH(QString, signature);
        ClickPattern p;
        QVERIFY(p.setSignature(signature));
        p.subdivision = subdivision;
        ClickTrack track(bpm, p, kStartNs);
        const int parts = ClickPattern::clicksPerBeat(subdivision);
        const std::int64_t beats = 2 * p.beatsPerBar;
        const Rendering r = render(track, kStartNs + beats * ClickTrack::kNsPerMinute / bpm - 1);
        const std::vector<std::int64_t> found = onsets(r);
        QCOMPARE(qsizetype(found.size()), qsizetype(beats * parts));
        for (std::int64_t k = 0; k < beats * parts; ++k) {
            // Click k of the grid: start + k * 60 s / (bpm * parts), to the sample (+-1).
            const double exact = (double(kStartNs) * 1e-9 + double(k) * 60.0 / (bpm * parts)) * kRate;
            QVERIFY2(std::abs(double(found[std::size_t(k)]) - exact) <= 1.0,
                     qPrintable(QStringLiteral("click %1 at sample %2, due at %3").arg(k).arg(found[std::size_t(k)]).arg(exact, 0, 'f', 2)));
            const TrackClick &c = r.clicks[std::size_t(k)];
            QCOMPARE(c.sub, int(k % parts));
            QCOMPARE(c.role == ClickRole::Subdivision, k % parts != 0);
        }
        // Quieter than the beats: a subdivision peaks at least 6 dB under a beat.
        if (parts > 1)
            QVERIFY(ClickSynth::kTrackSubdivisionGain <= ClickSynth::kTrackBeatGain / 2);
    }

    void tempoChangesInPlace_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<Subdivision>("subdivision");
        QTest::addColumn<int>("changeAtClick"); // the tempo changes before this click
        QTest::newRow("120 -> 122 between beats") << 120 << 122 << Subdivision::None << 6;
        QTest::newRow("122 -> 120") << 122 << 120 << Subdivision::None << 5;
        QTest::newRow("60 -> 240, mid-beat, sixteenths") << 60 << 240 << Subdivision::Sixteenths << 9;
        QTest::newRow("200 -> 90, mid-beat, triplets") << 200 << 90 << Subdivision::Triplets << 7;
        QTest::newRow("97 -> 131, eighths, on the beat") << 97 << 131 << Subdivision::Eighths << 8;
    }
    void tempoChangesInPlace()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(Subdivision, subdivision);
        QFETCH(int, changeAtClick);
        ClickPattern p;
        p.subdivision = subdivision;
        const int parts = ClickPattern::clicksPerBeat(subdivision);
        // Where the change comes: just before click `changeAtClick` is handed over.
        ClickTrack probe(from, p, kStartNs);
        for (int i = 0; i < changeAtClick; ++i)
            probe.next();
        const std::int64_t changeNs = probe.peekNs();
        ClickTrack track(from, p, kStartNs);
        const Rendering r = render(track, changeNs + 8LL * ClickTrack::kNsPerMinute / to, {{changeNs, to}});
        const std::vector<std::int64_t> found = onsets(r);
        QCOMPARE(qsizetype(found.size()), qsizetype(r.clicks.size()));

        // The beat under way ends at the old tempo: every click up to the first beat not
        // handed over before the change is on the old grid; from that beat on, every click
        // is on the new grid, to the sample.
        const int firstNew = (changeAtClick + parts - 1) / parts * parts;
        const double start = double(kStartNs) * 1e-9 * kRate;
        const double oldStep = 60.0 * kRate / from / parts;
        const double newStep = 60.0 * kRate / to / parts;
        for (std::size_t k = 0; k < found.size(); ++k) {
            const double due = int(k) <= firstNew ? start + double(k) * oldStep
                                                  : start + firstNew * oldStep + double(int(k) - firstNew) * newStep;
            QVERIFY2(std::abs(double(found[k]) - due) <= 1.0,
                     qPrintable(QStringLiteral("click %1 at sample %2, due at %3").arg(k).arg(found[k]).arg(due, 0, 'f', 2)));
        }
        // The first whole beat interval after the change is the new one; no gap before it.
        QVERIFY(std::abs(double(found[std::size_t(firstNew + parts)] - found[std::size_t(firstNew)]) - 60.0 * kRate / to) <= 1.0);
        QVERIFY(std::abs(double(found[std::size_t(firstNew)] - found[std::size_t(firstNew - parts)]) - 60.0 * kRate / from) <= 1.0);
        QCOMPARE(track.bpm(), to);
    }

    void thirtySecondsWithATempoChange()
    {
        // A musician's half minute: 4/4 with eighths at 100 BPM, then 132 from the beat
        // after 15 s. Every one of its clicks is on its grid; CACOPHONY_CLICKTRACK_WAV=FILE
        // writes it, to listen to and to check with sox.
        ClickPattern p;
        p.subdivision = Subdivision::Eighths;
        ClickTrack track(100, p, kStartNs);
        OfflineRenderer r(kRate);
        r.beginRun({});
        std::vector<std::int64_t> due;
        const std::int64_t changeNs = 15'000'000'000, endNs = 30'000'000'000;
        while (track.peekNs() < endNs) {
            if (track.bpm() == 100 && track.peekNs() >= changeNs)
                track.setBpm(132);
            const TrackClick c = track.next();
            due.push_back(OfflineRenderer::onsetSample(c.tNs, kRate));
            r.click(c.toClick());
        }
        r.endRun();
        r.setMinimumDurationNs(endNs);
        const std::vector<float> samples = r.render();
        const std::vector<std::int64_t> found
            = audiotest::detectOnsets(samples, 0.5f * r.synth().voiceFor(Click{0, 0, 100, false, -1, ClickRole::Subdivision}).gain, kRate / 50);
        QCOMPARE(found, due);
        const QString wav = qEnvironmentVariable("CACOPHONY_CLICKTRACK_WAV");
        if (!wav.isEmpty()) {
            QString error;
            QVERIFY2(r.writeWav(wav, &error), qPrintable(error));
        }
    }

    void patternNames_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4/4") << "4/4" << true;
        QTest::newRow("12/8") << "12/8" << true;
        QTest::newRow("1/4") << "1/4" << true;
        QTest::newRow("13/8") << "13/8" << false;
        QTest::newRow("4/3") << "4/3" << false;
        QTest::newRow("0/4") << "0/4" << false;
        QTest::newRow("junk") << "x" << false;
    }
    void patternNames()
    {
        QFETCH(QString, signature);
        QFETCH(bool, valid);
        ClickPattern p;
        p.beatsPerBar = 3;
        QCOMPARE(p.setSignature(signature), valid);
        if (valid)
            QCOMPARE(p.signatureName(), signature);
        else
            QCOMPARE(p.signatureName(), QStringLiteral("3/4")); // unchanged
    }

    void accentNames()
    {
        ClickPattern p;
        QVERIFY(p.setSignature(QStringLiteral("6/8")));
        QVERIFY(p.setAccents(QStringLiteral("4")));
        QCOMPARE(p.accentsName(), QStringLiteral("1,4")); // the first is always accented
        QVERIFY(!p.setAccents(QStringLiteral("1,x")));
        QVERIFY(p.setSignature(QStringLiteral("3/4")));
        QCOMPARE(p.accentsName(), QStringLiteral("1")); // beyond the bar: dropped
        for (Subdivision s : {Subdivision::None, Subdivision::Eighths, Subdivision::Triplets, Subdivision::Sixteenths})
            QCOMPARE(ClickPattern::subdivisionFromName(ClickPattern::subdivisionName(s)), s);
        QVERIFY(!ClickPattern::subdivisionFromName(QStringLiteral("quintuplets")));
    }
};

QTEST_APPLESS_MAIN(tst_ClickTrack)
#include "tst_clicktrack.moc"
