#include "core/audio/AudioTestTools.h"
#include "audio/OfflineRenderer.h"
#include "core/metronome/TraceMetrics.h"
#include "metronome/Scenario.h"
#include "replay/ReplaySchedule.h"

#include <QTest>
#include <algorithm>

using namespace cacophony;

namespace {

Event beat(std::int64_t t, int n, int volume, bool lost = false)
{
    Event e;
    e.kind = EventKind::Beat;
    e.t = t;
    e.a = n;
    e.b = volume;
    e.flags = std::uint8_t((n % 2 ? Tock : NoFlags) | (lost ? Lost : NoFlags));
    return e;
}

Event span(EventKind kind, std::int64_t t, std::int64_t dur, int a = 0)
{
    Event e;
    e.kind = kind;
    e.t = t;
    e.dur = dur;
    e.a = a;
    return e;
}

// Three beats, a measurement, a sleep and the end of program; the last beat is lost.
TraceData smallRun()
{
    TraceData trace;
    trace.settings.bpm = 6000;
    trace.settings.beats = 3;
    trace.events = {
        span(EventKind::IdealBeat, 0, 0, 0),
        span(EventKind::Measure, 1'000'000, 4'000'000, 0),
        beat(5'000'123, 0, 40),
        span(EventKind::Sleep, 5'100'000, 10'000'000),
        span(EventKind::IdealBeat, 10'000'000, 0, 1),
        beat(15'200'000, 1, 90),
        span(EventKind::ProgramEnd, 16'000'000, 0),
        beat(17'000'000, 2, 70, true),
    };
    return trace;
}

} // namespace

class tst_ReplaySchedule : public QObject
{
    Q_OBJECT

private slots:
    void conversions_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<qint64>("run");
        QTest::addColumn<qint64>("replay");
        QTest::newRow("1x") << 1.0 << qint64(5'000'123) << qint64(5'000'123);
        QTest::newRow("1/2") << 0.5 << qint64(5'000'123) << qint64(10'000'246);
        QTest::newRow("1/4") << 0.25 << qint64(3) << qint64(12);
        QTest::newRow("1/10") << 0.1 << qint64(15'200'000) << qint64(152'000'000);
        QTest::newRow("1/100") << 0.01 << qint64(10'000'000) << qint64(1'000'000'000);
        QTest::newRow("1/100, an hour") << 0.01 << qint64(3'600'000'000'000) << qint64(360'000'000'000'000);
    }
    void conversions()
    {
        QFETCH(double, speed);
        QFETCH(qint64, run);
        QFETCH(qint64, replay);
        QCOMPARE(ReplaySchedule::toReplayNs(run, speed), replay);
        QCOMPARE(ReplaySchedule::toRunNs(replay, speed), run);
    }

    void parsesSpeeds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("speed"); // 0: refused
        QTest::newRow("1") << "1" << 1.0;
        QTest::newRow("0.5") << "0.5" << 0.5;
        QTest::newRow("1/4") << "1/4" << 0.25;
        QTest::newRow("0.1") << "0.1" << 0.1;
        QTest::newRow("1/100") << "1/100" << 0.01;
        QTest::newRow("10%") << "10%" << 0.1;
        QTest::newRow("faster than real") << "2" << 0.0;
        QTest::newRow("too slow") << "0.001" << 0.0;
        QTest::newRow("zero") << "0" << 0.0;
        QTest::newRow("negative") << "-0.5" << 0.0;
        QTest::newRow("divide by zero") << "1/0" << 0.0;
        QTest::newRow("words") << "slow" << 0.0;
        QTest::newRow("empty") << "" << 0.0;
    }
    void parsesSpeeds()
    {
        QFETCH(QString, text);
        QFETCH(double, speed);
        const std::optional<double> parsed = ReplaySchedule::parseSpeed(text);
        if (speed == 0) {
            QVERIFY2(!parsed, qPrintable(text));
        } else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(*parsed, speed);
        }
    }

    void labels()
    {
        QCOMPARE(ReplaySchedule::speedLabel(1.0), QStringLiteral("1\u00d7"));
        QCOMPARE(ReplaySchedule::speedLabel(0.5), QStringLiteral("1/2\u00d7"));
        QCOMPARE(ReplaySchedule::speedLabel(0.1), QStringLiteral("1/10\u00d7"));
        QCOMPARE(ReplaySchedule::speedLabel(0.01), QStringLiteral("1/100\u00d7"));
        QCOMPARE(ReplaySchedule::speedLabel(0.3), QStringLiteral("0.3\u00d7"));
    }

    void clicksAreTheHeardBeats()
    {
        const ReplaySchedule schedule(smallRun());
        QCOMPARE(schedule.endNs(), qint64(17'000'000));
        QCOMPARE(schedule.clicks().size(), std::size_t(2)); // the lost beat stays silent
        QCOMPARE(schedule.clicks()[0].t, qint64(5'000'123));
        QCOMPARE(schedule.clicks()[0].volume, 40);
        QVERIFY(!schedule.clicks()[0].tock);
        QCOMPARE(schedule.clicks()[1].t, qint64(15'200'000));
        QVERIFY(schedule.clicks()[1].tock);
        QCOMPARE(schedule.firstClickFrom(0), std::size_t(0));
        QCOMPARE(schedule.firstClickFrom(5'000'124), std::size_t(1));
        QCOMPARE(schedule.firstClickFrom(20'000'000), std::size_t(2));
        QVERIFY(ReplaySchedule().isEmpty());
        QVERIFY(!schedule.isEmpty());
    }

    void printedLinesAreHeardInTheirTimbre()
    {
        // A bedtime lesson: its printed lines are its clicks; a line cut off stays silent.
        TraceData run;
        Event printed;
        printed.kind = EventKind::Print;
        printed.t = 1'000;
        printed.a = 3;
        Event cutOff = printed;
        cutOff.t = 2'000;
        cutOff.a = 1;
        cutOff.flags = Lost;
        run.events = {printed, cutOff};
        const ReplaySchedule schedule(run);
        QCOMPARE(schedule.clicks().size(), std::size_t(1));
        QCOMPARE(schedule.clicks()[0].line, 3);
        QCOMPARE(schedule.clicks()[0].t, qint64(1'000));
    }

    void spreadClicksAreApartAndInOrder_data()
    {
        QTest::addColumn<double>("speed");
        for (double speed : ReplaySchedule::kPresetSpeeds)
            QTest::addRow("%s", qPrintable(ReplaySchedule::speedLabel(speed))) << speed;
    }
    void spreadClicksAreApartAndInOrder()
    {
        // A lesson's five printed lines within 0.6 ms, then one a second later: spread, each
        // sounds at least 120 ms after the one before, in the printed order, none earlier
        // than in the sample-exact replay; the late line keeps its own time when it can.
        QFETCH(double, speed);
        TraceData run;
        for (int line = 1; line <= 6; ++line) {
            Event printed;
            printed.kind = EventKind::Print;
            printed.t = line < 6 ? 100'000 + line * 120'000 : 1'000'000'000;
            printed.a = line;
            run.events.push_back(printed);
        }
        const ReplaySchedule schedule(run);
        const std::vector<Click> exact = schedule.replayClicks(speed);
        const std::vector<Click> spread = schedule.replayClicks(speed, 0, ReplaySchedule::Spacing::Spread);
        QCOMPARE(spread.size(), exact.size());
        for (std::size_t i = 0; i < spread.size(); ++i) {
            QCOMPARE(spread[i].line, int(i) + 1);
            QVERIFY(spread[i].t >= exact[i].t);
            if (i > 0)
                QVERIFY2(spread[i].t - spread[i - 1].t >= ReplaySchedule::kSpreadGapNs,
                         qPrintable(QStringLiteral("%1 ns after the previous").arg(spread[i].t - spread[i - 1].t)));
        }
        QCOMPARE(spread.front().t, exact.front().t);
        QCOMPARE(spread.back().t, exact.back().t); // 1 s / speed is later than 5 × 120 ms
    }

    void steps()
    {
        const ReplaySchedule schedule(smallRun());
        using S = ReplaySchedule::Steps;
        // Beat view: ideal beats, measurement start and end, beats, end of program.
        std::vector<qint64> forward;
        for (std::optional<qint64> t = std::int64_t(-1); (t = schedule.nextStep(*t, S::Beats));)
            forward.push_back(*t);
        QCOMPARE(forward, (std::vector<qint64>{0, 1'000'000, 5'000'000, 5'000'123, 10'000'000, 15'200'000,
                                               16'000'000, 17'000'000}));
        std::vector<qint64> back;
        for (std::optional<qint64> t = std::int64_t(100'000'000); (t = schedule.previousStep(*t, S::Beats));)
            back.push_back(*t);
        std::reverse(back.begin(), back.end());
        QCOMPARE(back, forward);
        // Every event: the sleep's start and end too.
        QCOMPARE(*schedule.nextStep(5'000'123, S::All), qint64(5'100'000));
        QCOMPARE(*schedule.nextStep(10'000'000, S::All), qint64(15'100'000));
        QCOMPARE(*schedule.nextStep(10'000'000, S::Beats), qint64(15'200'000));
        QVERIFY(!schedule.nextStep(17'000'000, S::All));
        QVERIFY(!schedule.previousStep(0, S::All));
    }

    void slowedClicksLandOnTheirSamples_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<qint64>("from");
        for (double speed : ReplaySchedule::kPresetSpeeds) {
            QTest::addRow("%s from the start", qPrintable(ReplaySchedule::speedLabel(speed))) << speed << qint64(0);
            QTest::addRow("%s from 4 ms", qPrintable(ReplaySchedule::speedLabel(speed))) << speed << qint64(4'000'000);
        }
    }
    void slowedClicksLandOnTheirSamples()
    {
        // A replay at speed s from run time `from` places beat n at (t_n - from) / s: the
        // offline rendering (the live engine's scheduler) has its onsets exactly there.
        QFETCH(double, speed);
        QFETCH(qint64, from);
        TraceData trace;
        trace.settings.bpm = 6000;
        for (int n = 0; n < 15; ++n)
            trace.events.push_back(beat(std::int64_t(n) * 10'000'000 + 1'234 * n, n, 100));
        const ReplaySchedule schedule(trace);
        const std::vector<Click> clicks = schedule.replayClicks(speed, from);

        OfflineRenderer renderer(48000);
        renderer.beginRun(std::chrono::steady_clock::now());
        for (const Click &c : clicks)
            renderer.click(c);
        renderer.endRun();
        const std::vector<float> out = renderer.render();

        std::vector<std::int64_t> expected;
        for (const Event &e : trace.events) {
            if (e.t >= from)
                expected.push_back(OfflineRenderer::onsetSample(std::llround((e.t - from) / speed), 48000));
        }
        const float gain = renderer.synth().voiceFor(Click{0, 0, 100, false}).gain;
        QCOMPARE(audiotest::detectOnsets(out, 0.6f * gain, 48), expected);
        // The slowed rendering lasts 1/s as long.
        QVERIFY(double(out.size()) >= double(expected.back()));
    }

    void replayAtFullSpeedIsWhatTheRunPlayed_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const Scenario &s : ScenarioRegistry::scenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void replayAtFullSpeedIsWhatTheRunPlayed()
    {
        // Every scenario: the clicks a replay at 1x makes from the trace are exactly those
        // the run handed to its sound sink (same times, beats, volumes, timbres).
        QFETCH(QString, scenario);
        const Scenario *s = ScenarioRegistry::findScenario(scenario);
        QVERIFY(s);
        OfflineRenderer sink;
        MetronomeRun run(test::settingsFor(*s, 6000, 15, 1), &sink);
        run.start();
        QVERIFY(run.wait(60'000));
        std::vector<Click> played = sink.clicks();
        std::stable_sort(played.begin(), played.end(), [](const Click &a, const Click &b) { return a.t < b.t; });
        const std::vector<Click> replayed = ReplaySchedule(run.trace()).replayClicks(1.0);
        QCOMPARE(replayed.size(), played.size());
        QVERIFY(!played.empty());
        for (std::size_t i = 0; i < played.size(); ++i) {
            QCOMPARE(replayed[i].t, played[i].t);
            QCOMPARE(replayed[i].beat, played[i].beat);
            QCOMPARE(replayed[i].volume, played[i].volume);
            QCOMPARE(replayed[i].tock, played[i].tock);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ReplaySchedule)
#include "tst_replayschedule.moc"
