#include "core/audio/AudioTestTools.h"
#include "audio/OfflineRenderer.h"
#include "core/metronome/TraceMetrics.h"
#include "metronome/Scenario.h"
#include "window/ReplayController.h"

#include <QSignalSpy>
#include <QTest>

using namespace cacophony;
using namespace std::chrono;
using TimePoint = steady_clock::time_point;

namespace {

// What the audio engine is handed: every click with the epoch it belongs to and the
// moment (on the test's clock) it was handed over.
class RecordingSink : public SoundSink
{
public:
    struct Got
    {
        Click click;
        TimePoint epoch;
        TimePoint handed;
    };
    explicit RecordingSink(const TimePoint *clock)
        : m_clock(clock)
    {
    }
    void beginRun(TimePoint epoch) override
    {
        m_epoch = epoch;
        ++begins;
    }
    void click(const Click &c) override { got.push_back({c, m_epoch, *m_clock}); }
    void endRun() override { ++ends; }
    // When the engine is told each click sounds: epoch + t.
    std::vector<TimePoint> dueTimes() const
    {
        std::vector<TimePoint> out;
        for (const Got &g : got)
            out.push_back(g.epoch + nanoseconds(g.click.t));
        return out;
    }

    std::vector<Got> got;
    int begins = 0, ends = 0;

private:
    const TimePoint *m_clock;
    TimePoint m_epoch;
};

Event beatAt(std::int64_t t, int n, bool lost = false)
{
    Event e;
    e.kind = EventKind::Beat;
    e.t = t;
    e.a = n;
    e.b = 50 + n;
    e.flags = std::uint8_t((n % 2 ? Tock : NoFlags) | (lost ? Lost : NoFlags));
    return e;
}

// 15 beats at 6000 BPM, slightly off the grid; the last one lost after the end of program.
TraceData beatsRun()
{
    TraceData trace;
    trace.settings.bpm = 6000;
    trace.settings.beats = 15;
    for (int n = 0; n < 15; ++n) {
        Event ideal;
        ideal.kind = EventKind::IdealBeat;
        ideal.t = std::int64_t(n) * 10'000'000;
        ideal.a = n;
        trace.events.push_back(ideal);
        if (n == 14) {
            Event end;
            end.kind = EventKind::ProgramEnd;
            end.t = 140'500'000;
            trace.events.push_back(end);
        }
        trace.events.push_back(beatAt(std::int64_t(n) * 10'000'000 + 700'000 + n * 1'111, n, n == 14));
    }
    return trace;
}

} // namespace

class tst_ReplayController : public QObject
{
    Q_OBJECT

private:
    TimePoint m_now = TimePoint(seconds(1000));

    void setUpController(ReplayController &c, RecordingSink &sink)
    {
        c.setClock([this] { return m_now; });
        c.setSoundSink(&sink);
    }
    // Frames of the UI timer, 16 ms of the test's clock each, until `until` or the end.
    void runFrames(ReplayController &c, nanoseconds until)
    {
        const TimePoint end = m_now + until;
        while (m_now < end && c.state() == ReplayController::State::Playing) {
            m_now += milliseconds(ReplayController::kFrameMs);
            c.advance();
        }
    }

private slots:
    void emptyRunCannotPlay()
    {
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        c.load(TraceData{});
        QCOMPARE(c.state(), ReplayController::State::Empty);
        c.play();
        c.stepForward();
        QCOMPARE(c.state(), ReplayController::State::Empty);
        QVERIFY(sink.got.empty());
    }

    void spreadClicksAreWhatTheScheduleSpreads_data()
    {
        QTest::addColumn<double>("speed");
        for (double speed : ReplaySchedule::kPresetSpeeds)
            QTest::newRow(qPrintable(ReplaySchedule::speedLabel(speed))) << speed;
    }
    void spreadClicksAreWhatTheScheduleSpreads()
    {
        // Five printed lines within half a millisecond: the spread replay hands them over
        // at least 120 ms apart, in their order, exactly as ReplaySchedule spreads them.
        QFETCH(double, speed);
        TraceData trace;
        for (int line = 1; line <= 5; ++line) {
            Event printed;
            printed.kind = EventKind::Print;
            printed.t = 200'000 + line * 100'000;
            printed.a = line;
            trace.events.push_back(printed);
        }
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        c.load(trace);
        c.setSpeed(speed);
        c.setSpacing(ReplaySchedule::Spacing::Spread);
        c.play();
        runFrames(c, seconds(2));
        const std::vector<Click> expected = c.schedule().replayClicks(speed, 0, ReplaySchedule::Spacing::Spread);
        QCOMPARE(sink.got.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(sink.got[i].click.line, int(i) + 1);
            QCOMPARE(sink.got[i].click.t, expected[i].t);
            if (i > 0)
                QVERIFY(sink.got[i].click.t - sink.got[i - 1].click.t >= ReplaySchedule::kSpreadGapNs);
        }
    }

    void cursorAndClicksFollowTheScaledClock_data()
    {
        QTest::addColumn<double>("speed");
        for (double speed : ReplaySchedule::kPresetSpeeds)
            QTest::newRow(qPrintable(ReplaySchedule::speedLabel(speed))) << speed;
    }
    void cursorAndClicksFollowTheScaledClock()
    {
        QFETCH(double, speed);
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        const TraceData trace = beatsRun();
        c.load(trace);
        c.setSpeed(speed);
        QSignalSpy finished(&c, &ReplayController::stateChanged);
        const TimePoint start = m_now;
        c.play();
        QCOMPARE(c.state(), ReplayController::State::Playing);

        // The cursor is where the scaled clock says, frame after frame.
        std::int64_t previous = -1;
        while (c.state() == ReplayController::State::Playing) {
            m_now += milliseconds(ReplayController::kFrameMs);
            c.advance();
            const std::int64_t elapsed = duration_cast<nanoseconds>(m_now - start).count();
            const std::int64_t expected = std::min(ReplaySchedule::toRunNs(elapsed, speed), c.schedule().endNs());
            QCOMPARE(c.position(), expected);
            QVERIFY(c.position() > previous);
            previous = c.position();
            // Nothing is handed over more than the lookahead before it is due.
            for (const RecordingSink::Got &g : sink.got)
                QVERIFY(g.epoch + nanoseconds(g.click.t) - g.handed <= nanoseconds(ReplayController::kLookaheadNs));
        }
        QCOMPARE(c.state(), ReplayController::State::Finished);
        QCOMPARE(c.position(), c.schedule().endNs());
        // The replay took 1/speed of the run's length (to a frame).
        const double took = double(duration_cast<nanoseconds>(m_now - start).count());
        const double expectedLength = double(c.schedule().endNs()) / speed;
        QVERIFY2(took >= expectedLength && took < expectedLength + 17e6, qPrintable(QString::number(took)));

        // Every heard beat once, in order, each due exactly at its scaled time after the start;
        // the lost beat (14) stays silent.
        QCOMPARE(sink.got.size(), std::size_t(14));
        const std::vector<TimePoint> due = sink.dueTimes();
        for (std::size_t i = 0; i < sink.got.size(); ++i) {
            const Event &e = trace.events[2 * i + 1];
            QCOMPARE(sink.got[i].click.beat, int(e.a));
            QCOMPARE(sink.got[i].click.volume, int(e.b));
            QCOMPARE(sink.got[i].click.tock, e.has(Tock));
            QCOMPARE(due[i], start + nanoseconds(ReplaySchedule::toReplayNs(e.t, speed)));
        }
    }

    void cursorWaitsForTheOutputLatency()
    {
        // With the engine's latency as display delay, the cursor reaches a beat when the
        // beat is heard (its scheduled time plus the latency), not when it is handed over.
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        c.load(beatsRun());
        c.setSpeed(0.5);
        c.setDisplayDelayNs(40'000'000);
        const TimePoint start = m_now;
        c.play();
        QCOMPARE(c.position(), std::int64_t(0));
        m_now += milliseconds(32);
        c.advance();
        QCOMPARE(c.position(), std::int64_t(0)); // the sound has not left the speakers yet
        QVERIFY(!sink.got.empty());               // but the first click is on its way
        m_now += milliseconds(48);
        c.advance();
        QCOMPARE(c.position(), std::int64_t(20'000'000)); // (80 - 40) ms at 1/2
        runFrames(c, seconds(2));
        QCOMPARE(c.state(), ReplayController::State::Finished);
        QCOMPARE(sink.got.size(), std::size_t(14));
        QVERIFY(m_now - start >= nanoseconds(ReplaySchedule::toReplayNs(c.schedule().endNs(), 0.5) + 40'000'000));
    }

    void placedClicksRenderAtTheScaledSamples()
    {
        // What the engine is handed, rendered by the engine's scheduler (offline): onsets at
        // exactly (t - 0) / speed after the replay's start, to the sample.
        const double speed = 0.1;
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        c.load(beatsRun());
        c.setSpeed(speed);
        const TimePoint start = m_now;
        c.play();
        runFrames(c, seconds(5));
        QCOMPARE(c.state(), ReplayController::State::Finished);

        OfflineRenderer renderer(48000);
        renderer.beginRun(start);
        for (const RecordingSink::Got &g : sink.got) {
            Click click = g.click;
            click.t += duration_cast<nanoseconds>(g.epoch - start).count(); // one epoch for all
            renderer.click(click);
        }
        renderer.endRun();
        const std::vector<float> out = renderer.render();
        std::vector<std::int64_t> expected;
        for (const Click &click : c.schedule().clicks())
            expected.push_back(OfflineRenderer::onsetSample(ReplaySchedule::toReplayNs(click.t, speed), 48000));
        float gain = 1.f; // the quietest click's
        for (const Click &click : c.schedule().clicks())
            gain = std::min(gain, renderer.synth().voiceFor(click).gain);
        const std::vector<std::int64_t> onsets = audiotest::detectOnsets(out, 0.6f * gain, 48);
        QCOMPARE(onsets, expected);
    }

    void pauseFreezesAndResumeGoesOn()
    {
        const double speed = 0.25;
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        const TraceData trace = beatsRun();
        c.load(trace);
        c.setSpeed(speed);
        c.play();
        runFrames(c, milliseconds(200)); // 50 ms of the run
        c.pause();
        QCOMPARE(c.state(), ReplayController::State::Paused);
        const std::int64_t pausedAt = c.position();
        QVERIFY(pausedAt > 40'000'000 && pausedAt < 60'000'000);
        const std::size_t sentAtPause = sink.got.size();
        QCOMPARE(sink.ends, sink.begins); // the sink was told the segment ended

        // Paused: time passes, nothing moves, nothing is handed over.
        m_now += seconds(10);
        c.advance();
        QCOMPARE(c.position(), pausedAt);
        QCOMPARE(sink.got.size(), sentAtPause);

        // Resumed: a new segment anchored at the cursor; no beat twice, none skipped.
        const TimePoint resumed = m_now;
        c.play();
        runFrames(c, seconds(2));
        QCOMPARE(c.state(), ReplayController::State::Finished);
        QCOMPARE(sink.got.size(), std::size_t(14));
        for (std::size_t i = 0; i < sink.got.size(); ++i)
            QCOMPARE(sink.got[i].click.beat, int(i));
        for (std::size_t i = sentAtPause; i < sink.got.size(); ++i) {
            const Click &original = c.schedule().clicks()[i];
            QCOMPARE(sink.got[i].epoch, resumed);
            QCOMPARE(sink.got[i].click.t, ReplaySchedule::toReplayNs(original.t - pausedAt, speed));
        }
    }

    void speedChangeWhilePlayingKeepsTheCursor()
    {
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        c.load(beatsRun());
        c.setSpeed(1.0);
        c.play();
        runFrames(c, milliseconds(48));
        const std::int64_t at = c.position();
        QCOMPARE(at, std::int64_t(48'000'000));
        c.setSpeed(0.01);
        QCOMPARE(c.position(), at);
        m_now += seconds(1);
        c.advance();
        QCOMPARE(c.position(), at + 10'000'000); // a second at 1/100: 10 ms of the run
        // A click handed over before the change (in the lookahead) is not sent again.
        c.setSpeed(0.5);
        runFrames(c, seconds(1));
        QCOMPARE(c.state(), ReplayController::State::Finished);
        QCOMPARE(sink.got.size(), std::size_t(14));
        for (std::size_t i = 0; i < sink.got.size(); ++i)
            QCOMPARE(sink.got[i].click.beat, int(i));
    }

    void stepsLandOnEventsAndSoundTheirBeat()
    {
        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        const TraceData trace = beatsRun();
        c.load(trace);
        QSignalSpy moved(&c, &ReplayController::positionChanged);
        c.stepForward(); // ideal beat 0 at 0 is not after 0: beat 0
        QCOMPARE(c.state(), ReplayController::State::Paused);
        QCOMPARE(c.position(), trace.events[1].t);
        QCOMPARE(sink.got.size(), std::size_t(1));
        QCOMPARE(sink.got[0].click.beat, 0);
        QCOMPARE(sink.got[0].epoch + nanoseconds(sink.got[0].click.t), m_now); // at once
        c.stepForward(); // ideal beat 1: silent
        QCOMPARE(c.position(), std::int64_t(10'000'000));
        QCOMPARE(sink.got.size(), std::size_t(1));
        c.stepBack();
        QCOMPARE(c.position(), trace.events[1].t);
        c.stepBack();
        c.stepBack(); // nothing before 0: stays at the start
        QCOMPARE(c.position(), std::int64_t(0));
        QVERIFY(moved.count() >= 4);

        // Stepping while playing pauses first.
        c.play();
        runFrames(c, milliseconds(32));
        c.stepForward();
        QCOMPARE(c.state(), ReplayController::State::Paused);
        QCOMPARE(c.position(), std::int64_t(40'000'000)); // beat 3 was at 30.7 ms: ideal beat 4 is next
    }

    void everyScenarioReplaysEveryHeardBeat_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const Scenario &s : ScenarioRegistry::scenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void everyScenarioReplaysEveryHeardBeat()
    {
        // Real runs of every scenario, replayed at 1/100: each beat heard in the run is handed
        // over once, due exactly at 100x its run time; lost beats stay silent.
        QFETCH(QString, scenario);
        const Scenario *s = ScenarioRegistry::findScenario(scenario);
        const test::Finished run = test::runToEnd(test::settingsFor(*s, 6000, 15, 1), 60'000);
        QVERIFY(run.ok);
        const TraceData &trace = run.trace;

        RecordingSink sink(&m_now);
        ReplayController c;
        setUpController(c, sink);
        c.load(trace);
        c.setSpeed(0.01);
        const TimePoint start = m_now;
        c.play();
        runFrames(c, seconds(600));
        QCOMPARE(c.state(), ReplayController::State::Finished);

        std::vector<std::pair<std::int64_t, int>> heard; // (t, beat) of the run's heard beats
        for (const Event &e : trace.events) {
            if (e.kind == EventKind::Beat && !e.has(Lost))
                heard.emplace_back(e.t, int(e.a));
        }
        std::stable_sort(heard.begin(), heard.end());
        QVERIFY(!heard.empty());
        QCOMPARE(sink.got.size(), heard.size());
        const std::vector<TimePoint> due = sink.dueTimes();
        for (std::size_t i = 0; i < heard.size(); ++i) {
            QCOMPARE(due[i], start + nanoseconds(ReplaySchedule::toReplayNs(heard[i].first, 0.01)));
            QVERIFY(due[i] >= start + nanoseconds(heard[i].first * 100 - 1));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ReplayController)
#include "tst_replaycontroller.moc"
