#include "AudioTestTools.h"
#include "audio/AudioEngine.h"
#include "audio/OutputClock.h"
#include "audio/WavWriter.h"
#include "clicktrack/ClickTrackPlayer.h"
#include "metronome/MetronomeRun.h"
#include "replay/ReplaySchedule.h"
#include "trace/Event.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>
#include <thread>

using namespace cacophony;

// End to end through a real sound server: a private PulseAudio with a null sink (started
// by scripts/test, see scripts/pulse-null-sink). The engine plays clicks through RtAudio,
// parec records the sink's monitor, and the onsets found in the recording are compared
// with the moments the clicks were performed.
class tst_AudioEnginePulse : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 48000;
    QByteArray m_sink;
    float m_onsetGain = 0; // the quietest click's peak; 0: a beat at full level (kBeatGain)

    struct Recorder
    {
        QProcess process;
        QByteArray data;

        bool start(const QByteArray &sink)
        {
            process.start(QStringLiteral("parec"),
                          {QStringLiteral("-d"), QString::fromUtf8(sink + ".monitor"),
                           QStringLiteral("--raw"), QStringLiteral("--format=s16le"),
                           QStringLiteral("--rate=48000"), QStringLiteral("--channels=1"),
                           QStringLiteral("--latency-msec=100")});
            return process.waitForStarted(5000);
        }
        void pump(int ms)
        {
            process.waitForReadyRead(ms);
            data += process.readAllStandardOutput();
        }
        qint64 samples() const { return data.size() / 2; }
        std::vector<float> stop()
        {
            process.terminate();
            process.waitForFinished(5000);
            data += process.readAllStandardOutput();
            std::vector<float> out(std::size_t(data.size() / 2));
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = float(qFromLittleEndian<std::int16_t>(data.constData() + 2 * i)) / 32767.f;
            return out;
        }
    };

    // One attempt, judged in three layers, each against what controls it:
    //  - the engine's placement (its own log): every performed click is placed or counted
    //    dropped; a placed click starts at the sample its clock mapping gives, or later and
    //    counted late; within one steady epoch of the output clock (between two resyncs,
    //    once the clock has settled after the first: until then it follows its loop) the
    //    placed intervals are the performed intervals to a sample (plus the mapping's
    //    bounded slew). This holds whatever the machine does.
    //  - the sound path (server and recorder): the recorded onset intervals are the placed
    //    intervals to two samples. A stalled server or recorder moves the sound at a point;
    //    that is the machine's, not the engine's, and needs evidence (below).
    //  - the recorder's own record: its sample count against the wall time it ran.
    struct Result
    {
        int clicks = 0;        // performed
        int placed = 0;        // logged by the callback
        int played = 0;        // of which not dropped
        int onsets = 0;        // found in the recording
        int compared = 0;      // intervals checked against the clock mapping (same epoch, not late)
        int epochChanges = 0;  // intervals that span a clock resync or its settling
        std::vector<QString> placementErrors; // the engine's own: fail at once
        std::vector<double> movesMs;          // heard minus placed, where off by > 2 samples
        double recorderDeficitMs = 0;         // wall time recorded minus samples received
        AudioStats before, stats;

        std::int64_t delta(std::int64_t AudioStats::*field) const { return stats.*field - before.*field; }
    };

    // Records the sink while `play` performs clicks through the engine. `play` returns the
    // performed clicks' run-clock times, in order.
    Result measure(AudioEngine &engine, const std::function<std::vector<std::int64_t>()> &play)
    {
        Result r;
        r.before = engine.stats();
        const std::size_t logStart = engine.placedClicks().size();
        Recorder rec;
        if (!rec.start(m_sink))
            return r;
        // Recording is live once samples flow; from then on it should keep pace with the
        // wall clock (checked at the end).
        for (int i = 0; i < 100 && rec.samples() == 0; ++i)
            rec.pump(50);
        const auto recordingSince = std::chrono::steady_clock::now();
        const qint64 samplesSince = rec.samples();
        for (int i = 0; i < 100 && rec.samples() < kRate / 10; ++i)
            rec.pump(50);

        std::vector<std::int64_t> performed;
        std::atomic<bool> done{false};
        std::thread player([&] {
            performed = play();
            done = true;
        });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!done.load() && std::chrono::steady_clock::now() < deadline)
            rec.pump(20);
        player.join();
        engine.waitUntilIdle(3000);
        const qint64 until = rec.samples() + kRate / 2; // the output latency, and margin
        while (rec.samples() < until && std::chrono::steady_clock::now() < deadline)
            rec.pump(20);
        // Whatever the recorder still buffers (its latency) arrives within it.
        for (int i = 0; i < 20; ++i)
            rec.pump(10);
        const double wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - recordingSince).count();
        const std::vector<float> recording = rec.stop();
        r.recorderDeficitMs = wallMs - double(qint64(recording.size()) - samplesSince) * 1e3 / kRate;
        r.stats = engine.stats();
        const std::vector<PlacedClick> all = engine.placedClicks();
        const std::vector<PlacedClick> log(all.begin() + std::ptrdiff_t(std::min(logStart, all.size())), all.end());

        const QString dump = qEnvironmentVariable("CACOPHONY_E2E_RECORDING");
        if (!dump.isEmpty()) // to listen to, or to look at, when this fails
            WavWriter::write(dump, recording.data(), recording.size(), kRate);

        r.clicks = int(performed.size());
        r.placed = int(log.size());
        std::vector<PlacedClick> played;
        for (const PlacedClick &p : log) {
            if (p.played)
                played.push_back(p);
        }
        r.played = int(played.size());
        auto fail = [&r](const QString &what) { r.placementErrors.push_back(what); };

        // 1. Nothing lost unless counted.
        if (r.placed != r.clicks - int(r.delta(&AudioStats::droppedClicks) - (r.placed - r.played)))
            fail(QStringLiteral("%1 clicks performed, %2 placed, %3 counted dropped before placing")
                     .arg(r.clicks).arg(r.placed).arg(r.delta(&AudioStats::droppedClicks) - (r.placed - r.played)));
        if (r.placed == r.clicks) {
            // The log holds the performed clicks in order: their times are the performed ones.
            for (int i = 1; i < r.clicks; ++i) {
                const double logged = double(log[std::size_t(i)].steadyNs - log[std::size_t(i - 1)].steadyNs);
                const double wanted = double(performed[std::size_t(i)] - performed[std::size_t(i - 1)]);
                if (std::abs(logged - wanted) > 1e9 / kRate)
                    fail(QStringLiteral("click %1 handed over %2 ms after the one before, performed %3 ms after").arg(i).arg(logged * 1e-6).arg(wanted * 1e-6));
            }
        }
        // 2. Placement: where the mapping says, or later and counted late.
        std::int64_t late = 0;
        for (const PlacedClick &p : played) {
            if (p.startSample > p.mappedSample)
                ++late;
            else if (p.startSample != p.mappedSample)
                fail(QStringLiteral("a click started at sample %1, before its mapped sample %2").arg(p.startSample).arg(p.mappedSample));
        }
        if (late != r.delta(&AudioStats::lateClicks))
            fail(QStringLiteral("%1 clicks started after their mapped sample, %2 counted late").arg(late).arg(r.delta(&AudioStats::lateClicks)));
        // ... and within an epoch of the output clock, the mapping keeps the intervals.
        for (std::size_t i = 1; i < played.size(); ++i) {
            const PlacedClick &a = played[i - 1], &b = played[i];
            if (a.clockEpoch != b.clockEpoch || !a.clockSteady || !b.clockSteady) {
                ++r.epochChanges; // a resync, or the clock settling after one
                continue;
            }
            const double wanted = double(b.steadyNs - a.steadyNs) * kRate * 1e-9;
            const double mapped = double(b.mappedSample - a.mappedSample);
            // One sample of rounding, plus what the mapping may slew meanwhile (drift).
            const double tolerance = 1.0 + wanted * OutputClock::kMaxSlewPpm * 1e-6;
            ++r.compared;
            if (std::abs(mapped - wanted) > tolerance)
                fail(QStringLiteral("clicks %1 apart mapped %2 samples apart (epoch %3)").arg(wanted, 0, 'f', 1).arg(mapped, 0, 'f', 0).arg(a.clockEpoch));
        }

        // 3. The sound path: the recording has the played clicks where they were placed.
        const float gain = m_onsetGain > 0 ? m_onsetGain : float(engine.clickSettings().master) * ClickSynth::kBeatGain;
        const std::vector<std::int64_t> onsets = audiotest::detectOnsets(recording, 0.6f * gain, 48);
        r.onsets = int(onsets.size());
        QStringList heard, placedList;
        for (std::size_t i = 1; i < onsets.size(); ++i)
            heard << QString::number(double(onsets[i] - onsets[i - 1]), 'f', 0);
        for (std::size_t i = 1; i < played.size(); ++i)
            placedList << QString::number(double(played[i].startSample - played[i - 1].startSample), 'f', 0);
        if (r.onsets != r.played) {
            qInfo("heard intervals (samples): %s", qPrintable(heard.join(QLatin1Char(' '))));
            qInfo("placed intervals (samples): %s", qPrintable(placedList.join(QLatin1Char(' '))));
            return r;
        }
        QStringList errors;
        for (std::size_t i = 1; i < played.size(); ++i) {
            const double e = double((onsets[i] - onsets[i - 1]) - (played[i].startSample - played[i - 1].startSample));
            errors << QString::number(e, 'f', 0);
            if (std::abs(e) > 2)
                r.movesMs.push_back(e * 1e3 / kRate);
        }
        qInfo("heard minus placed, per interval (samples): %s", qPrintable(errors.join(QLatin1Char(' '))));
        return r;
    }

    // A real-time measurement on a shared machine: a starved sound server or recorder moves
    // the sound at a point (an underrun inserts silence), and a starved callback makes the
    // engine's clock resync. Neither is the engine's placement, which is checked exactly on
    // every attempt (Result, 1 and 2): an error there fails at once, whatever the load.
    // The recording must match the placement too; where it does not, the attempt is
    // repeated (at most kAttempts times) only on evidence that the machine moved the sound:
    // the engine's counters during the attempt (clock resync, a callback held up for
    // OutputClock::kStallMs, underflow, late or dropped click) or a recorder that fell behind the wall clock. Without evidence it fails at
    // once. Resyncs are bounded: an attempt with more than kMaxResyncs, or where fewer than
    // half the intervals stayed within one clock epoch, is disturbed too.
    void measureWithRetries(AudioEngine &engine, const char *what,
                            const std::function<std::vector<std::int64_t>(int attempt)> &play)
    {
        constexpr int kAttempts = 5;
        constexpr int kMaxResyncs = 10;
        constexpr double kRecorderSlackMs = 150; // its own latency (100 ms) and the pumping
        Result r;
        QString disturbances;
        bool good = false;
        for (int attempt = 1; attempt <= kAttempts && !good; ++attempt) {
            r = measure(engine, [&] { return play(attempt); });
            const std::int64_t resyncs = r.delta(&AudioStats::clockResyncs);
            const QString evidence = QStringLiteral("%1 late, %2 dropped, %3 underflows, %4 clock resyncs, %6 stalled callbacks, recorder %5 ms behind the wall clock")
                                         .arg(r.delta(&AudioStats::lateClicks))
                                         .arg(r.delta(&AudioStats::droppedClicks))
                                         .arg(r.delta(&AudioStats::underflows))
                                         .arg(resyncs)
                                         .arg(r.recorderDeficitMs, 0, 'f', 1)
                                         .arg(r.delta(&AudioStats::stalledCallbacks));
            QStringList moves;
            for (double m : r.movesMs)
                moves << QString::number(m, 'f', 2);
            qInfo("%s, attempt %d: %d clicks, %d placed, %d played, %d onsets; %d intervals checked "
                  "against the clock mapping, %d span a resync or its settling; the sound moved at %d points (%s ms); %s; "
                  "latency %d samples, buffer %d frames",
                  what, attempt, r.clicks, r.placed, r.played, r.onsets, r.compared, r.epochChanges,
                  int(r.movesMs.size()), qPrintable(moves.join(QLatin1Char(' '))), qPrintable(evidence),
                  r.stats.latencySamples, r.stats.bufferFrames);
            if (!r.placementErrors.empty()) {
                QStringList list;
                for (const QString &e : r.placementErrors)
                    list << e;
                QFAIL(qPrintable(QStringLiteral("the engine misplaced or lost clicks (attempt %1, %2): %3")
                                     .arg(attempt).arg(evidence, list.join(QStringLiteral("; ")))));
            }
            const bool soundMatches = r.onsets == r.played && r.movesMs.empty();
            const bool bounded = resyncs <= kMaxResyncs && 2 * r.compared >= r.played - 1;
            good = r.clicks >= 10 && soundMatches && bounded && r.delta(&AudioStats::droppedClicks) == 0;
            if (good)
                break;
            const bool machine = resyncs > 0 || r.delta(&AudioStats::stalledCallbacks) > 0 || r.delta(&AudioStats::underflows) > 0 || r.delta(&AudioStats::lateClicks) > 0
                || r.delta(&AudioStats::droppedClicks) > 0 || r.recorderDeficitMs > kRecorderSlackMs;
            const QString bad = QStringLiteral("%1 onsets for %2 played clicks, the sound moved at %3 points, %4 of %5 intervals within an epoch")
                                    .arg(r.onsets).arg(r.played).arg(r.movesMs.size()).arg(r.compared).arg(std::max(0, r.played - 1));
            disturbances += QStringLiteral(" attempt %1: %2; %3;").arg(attempt).arg(bad, evidence);
            if (!machine)
                QFAIL(qPrintable(QStringLiteral("%1, and nothing shows the machine disturbed the stream (%2)").arg(bad, evidence)));
            qInfo("attempt %d disturbed by the machine (%s)%s", attempt, qPrintable(evidence),
                  attempt < kAttempts ? ", trying again" : "");
        }
        QVERIFY2(good, qPrintable(QStringLiteral("every attempt was disturbed by the machine:") + disturbances));
    }

    void openSteady(AudioEngine &engine)
    {
        AudioSettings settings;
        settings.api = QStringLiteral("pulse");
        QString error;
        QVERIFY2(engine.open(settings, &error), qPrintable(error));
        QVERIFY(engine.outputName().contains(QStringLiteral("pulse")));
        ClickSettings loud; // every beat at full level, whatever its volume: one threshold
        loud.floor = 100;
        engine.setClickSettings(loud);
        // The clock settles after 2 s of callbacks without a stall; a busy machine may
        // interrupt that a few times.
        QVERIFY2(engine.waitForSteadyClock(30000), qPrintable(QStringLiteral("no steady clock after 30 s; clock resyncs %1, underflows %2").arg(engine.stats().clockResyncs).arg(engine.stats().underflows)));
    }

    static void startServer()
    {
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral("-c"),
                           QStringLiteral("source '" CACOPHONY_SOURCE_DIR
                                          "/scripts/pulse-null-sink' && start_null_sink")});
    }

private slots:
    void initTestCase()
    {
        m_sink = qgetenv("CACOPHONY_NULL_SINK");
        if (m_sink.isEmpty())
            QSKIP("CACOPHONY_NULL_SINK is not set: run through scripts/test, which starts a "
                  "PulseAudio null sink");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty(),
                 "parec (pulseaudio-utils) is needed");
    }

    void onsetIntervalsMatchPerformerCalls()
    {
        // ~24 clicks from a beat thread at irregular, seeded moments, some overlapping.
        AudioEngine engine;
        openSteady(engine);
        if (QTest::currentTestFailed())
            return;
        measureWithRetries(engine, "irregular clicks", [&engine](int attempt) {
            std::mt19937 rng(2024u + unsigned(attempt));
            std::vector<std::int64_t> performed;
            const auto epoch = std::chrono::steady_clock::now();
            engine.beginRun(epoch);
            auto next = epoch + std::chrono::milliseconds(200);
            for (int i = 0; i < 24; ++i) {
                std::this_thread::sleep_until(next);
                // The click's time is when "the performer was called": now, not the plan.
                const std::int64_t t = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           std::chrono::steady_clock::now() - epoch)
                                           .count();
                performed.push_back(t);
                engine.click(Click{t, i, int(rng() % 101), i % 2 == 1});
                next += std::chrono::nanoseconds(
                    std::uniform_int_distribution<std::int64_t>(20'000'000, 260'000'000)(rng));
            }
            engine.endRun();
            return performed;
        });
    }

    void realRunOfScenario14()
    {
        // A real run: scenario 14 (the services) at 300 BPM with the engine as its sink;
        // the performed times are the trace's Beat events.
        AudioEngine engine;
        openSteady(engine);
        if (QTest::currentTestFailed())
            return;
        measureWithRetries(engine, "scenario 14 at 300 BPM", [&engine](int attempt) {
            RunSettings settings;
            settings.scenario = QStringLiteral("14");
            settings.bpm = 300;
            settings.beats = 16;
            settings.seed = std::uint64_t(attempt);
            std::vector<std::int64_t> performed;
            MetronomeRun run(settings, &engine);
            run.start();
            if (!run.wait(30000))
                return performed;
            for (const Event &e : run.trace().events) {
                if (e.kind == EventKind::Beat && !e.has(Lost))
                    performed.push_back(e.t);
            }
            return performed; // sorted by t: the trace is
        });
    }

    void replayOfScenario14AtATenth()
    {
        // A replay: a real run of scenario 14 at the series' 6000 BPM (10 ms apart, too
        // fast to hear each beat), played back at 1/10 as the window's ReplayController
        // hands its clicks over (from another thread, 50 ms ahead, with the replay's start
        // as epoch). The heard intervals must be the run's intervals times ten, to the
        // sample. (Scenario 9's beats can fall within a millisecond of each other, which
        // the onset detector cannot tell apart even slowed down.)
        AudioEngine engine;
        openSteady(engine);
        if (QTest::currentTestFailed())
            return;
        measureWithRetries(engine, "scenario 14 replayed at 1/10", [&engine](int attempt) {
            RunSettings settings;
            settings.scenario = QStringLiteral("14");
            settings.strategy = QStringLiteral("async_with_channels_services");
            settings.profile = QStringLiteral("random");
            settings.bpm = 6000;
            settings.beats = 15;
            settings.seed = std::uint64_t(attempt);
            std::vector<std::int64_t> performed;
            MetronomeRun run(settings);
            run.start();
            if (!run.wait(30000))
                return performed;
            constexpr double kSpeed = 0.1;
            const std::vector<Click> clicks = ReplaySchedule(run.trace()).replayClicks(kSpeed);
            const auto epoch = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
            engine.beginRun(epoch);
            for (const Click &c : clicks) {
                std::this_thread::sleep_until(epoch + std::chrono::nanoseconds(c.t) - std::chrono::milliseconds(50));
                engine.click(c);
            }
            engine.endRun();
            // What must be heard: the run's beats, ten times as far apart.
            for (const Event &e : run.trace().events) {
                if (e.kind == EventKind::Beat && !e.has(Lost))
                    performed.push_back(std::int64_t(e.t * 10));
            }
            return performed;
        });
    }

    void clickTrackTempoChangeHasNoGap_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("120 -> 122") << 120 << 122;
        QTest::newRow("122 -> 120") << 122 << 120;
    }
    void clickTrackTempoChangeHasNoGap()
    {
        // Metronome mode's click track, live: the tempo changes while it plays. Every heard
        // interval must be the placed one (the harness), and the computed intervals are the
        // old tempo's up to the change and the new one's from the beat after it: the first
        // interval after the change is the new interval, with no gap and no restart.
        QFETCH(int, from);
        QFETCH(int, to);
        AudioEngine engine;
        openSteady(engine);
        if (QTest::currentTestFailed())
            return;
        // In 1/4 every click is the accent: one level, so the harness's onset detector
        // (one threshold, 1 ms refractory) sees each click once.
        ClickPattern oneBeatBars;
        QVERIFY(oneBeatBars.setSignature(QStringLiteral("1/4")));
        m_onsetGain = float(engine.clickSettings().master) * ClickSynth::kTrackAccentGain;
        std::int64_t changeNs = -1;
        std::vector<std::int64_t> times; // of the last attempt
        measureWithRetries(engine, "click track, tempo changed live", [&](int) {
            ClickTrackPlayer player(&engine);
            player.start(from, oneBeatBars);
            std::this_thread::sleep_for(std::chrono::milliseconds(2600));
            player.setBpm(to);
            std::this_thread::sleep_for(std::chrono::milliseconds(2600));
            player.stop();
            changeNs = -1;
            for (const Event &e : player.takeEvents()) {
                if (e.kind == EventKind::TempoChange)
                    changeNs = e.t;
            }
            std::vector<std::int64_t> performed;
            for (const TrackClick &c : player.takeClicks())
                performed.push_back(c.tNs);
            times = performed;
            return performed;
        });
        m_onsetGain = 0;
        if (QTest::currentTestFailed())
            return;
        QVERIFY(changeNs > 0);
        // The harness found these placed and heard at their intervals (to 1 and 2 samples).
        const std::int64_t oldNs = 60'000'000'000 / from, newNs = 60'000'000'000 / to;
        int changes = 0;
        for (std::size_t i = 1; i < times.size(); ++i) {
            const std::int64_t gap = times[i] - times[i - 1];
            const bool isNew = std::abs(gap - newNs) <= 1;
            QVERIFY2(isNew || std::abs(gap - oldNs) <= 1, qPrintable(QStringLiteral("interval %1: %2 ns").arg(i).arg(gap)));
            if (isNew && (i == 1 || std::abs((times[i - 1] - times[i - 2]) - oldNs) <= 1))
                ++changes;
        }
        QCOMPARE(changes, 1);
        QVERIFY(std::find(times.begin(), times.end(), changeNs) != times.end()); // the event is a beat heard
    }

    void clickTrackGoesOnThroughAReopen()
    {
        // The audio device is switched (here: the same one reopened) while the click track
        // plays: the track goes on after the reopen; the gap is measured in the recording.
        AudioEngine engine;
        openSteady(engine);
        if (QTest::currentTestFailed())
            return;
        Recorder rec;
        QVERIFY(rec.start(m_sink));
        for (int i = 0; i < 100 && rec.samples() < kRate / 10; ++i)
            rec.pump(50);
        constexpr int kBpm = 240;
        ClickTrackPlayer player(&engine);
        player.start(kBpm, ClickPattern{});
        const auto pumpFor = [&rec](int ms) {
            const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
            while (std::chrono::steady_clock::now() < until)
                rec.pump(20);
        };
        pumpFor(2000);
        AudioSettings settings;
        settings.api = QStringLiteral("pulse");
        const auto reopening = std::chrono::steady_clock::now();
        QVERIFY(engine.open(settings));
        const double reopenMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - reopening).count();
        pumpFor(2500);
        player.stop();
        pumpFor(600);
        const std::vector<float> recording = rec.stop();
        const std::vector<std::int64_t> onsets = audiotest::detectOnsets(
            recording, 0.6f * float(engine.clickSettings().master) * ClickSynth::kTrackBeatGain, kRate / 20);
        QVERIFY(onsets.size() >= 8);
        const double beatSamples = 60.0 * kRate / kBpm;
        double longest = 0;
        std::size_t at = 0;
        for (std::size_t i = 1; i < onsets.size(); ++i) {
            if (double(onsets[i] - onsets[i - 1]) > longest) {
                longest = double(onsets[i] - onsets[i - 1]);
                at = i;
            }
        }
        const double gapMs = (longest - beatSamples) * 1e3 / kRate;
        qInfo("reopen took %.1f ms; the longest silence between clicks was %.1f ms beyond a beat "
              "(%.1f beats missing); %d clicks after it",
              reopenMs, gapMs, gapMs / (60e3 / kBpm), int(onsets.size() - at));
        QVERIFY2(onsets.size() - at >= 6, "the click track did not go on after the reopen");
        QVERIFY2(gapMs < 1000, qPrintable(QStringLiteral("a gap of %1 ms").arg(gapMs)));
    }

    void lostServerIsToldAndPlayingResumesLater()
    {
        // Kills the sound server mid-play: only ever the private one scripts/test started.
        const QByteArray dir = qgetenv("CACOPHONY_PULSE_DIR");
        if (dir.isEmpty() || dir != qgetenv("PULSE_RUNTIME_PATH"))
            QSKIP("the PulseAudio server was not started by scripts/pulse-null-sink");
        AudioEngine engine;
        AudioSettings settings;
        settings.api = QStringLiteral("pulse");
        QVERIFY(engine.open(settings));
        QSignalSpy spy(&engine, &AudioEngine::statusChanged);
        engine.beginRun(std::chrono::steady_clock::now());
        std::atomic<bool> stop{false};
        std::thread beats([&] { // a run keeps performing throughout
            for (int i = 0; !stop.load(); ++i) {
                engine.click(Click{std::int64_t(i) * 1'000'000, i, 80, i % 2 == 1});
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        QCOMPARE(QProcess::execute(QStringLiteral("pulseaudio"), {QStringLiteral("--kill")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().state, AudioStatus::Lost, 5000);
        QVERIFY2(engine.status().message.startsWith(QStringLiteral("Sound lost")),
                 qPrintable(engine.status().message));
        QVERIFY2(!engine.status().message.contains(QStringLiteral("RtApi")), // words for people, not code
                 qPrintable(engine.status().message));
        QVERIFY(!engine.isPlaying());
        QTRY_COMPARE(spy.size(), 1); // told once

        // Still down: playing again fails quietly and says why.
        engine.beginRun(std::chrono::steady_clock::now());
        QCOMPARE(engine.status().state, AudioStatus::NoDevice);

        startServer();
        engine.beginRun(std::chrono::steady_clock::now());
        stop = true;
        beats.join();
        QCOMPARE(engine.status().state, AudioStatus::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(engine.stats().callbacks > 10, 8000);
    }

    void cleanupTestCase()
    {
        if (!m_sink.isEmpty())
            startServer(); // leave a server for whatever runs next, even after a failure
    }
};

QTEST_GUILESS_MAIN(tst_AudioEnginePulse)
#include "tst_audioengine_pulse.moc"
