// Replay in the window: after a run, from the history or an opened trace, in both views
// and for every scenario. Timing is checked by the controller's own clock and the clicks
// it hands to the sound sink (tst_replaycontroller checks them to the sample); here the
// window's parts must move together: cursor, view, details, keys, enabled state.

#include "../timeline/SyntheticTrace.h"
#include "WindowTestTools.h"
#include "metronome/Scenario.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"
#include "trace/ChromeTraceWriter.h"
#include "window/MainWindow.h"
#include "window/ReplayBar.h"
#include "window/ReplayController.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cacophony;
using namespace std::chrono;

namespace {

constexpr int kRunTimeoutMs = 30000;

int heardBeats(const TraceData &trace)
{
    return int(std::count_if(trace.events.cbegin(), trace.events.cend(),
                             [](const Event &e) { return e.kind == EventKind::Beat && !e.has(Lost); }));
}

} // namespace

class tst_ReplayBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        return windowtest::shownWindow(m_dir->filePath(QStringLiteral("cacophony.ini")), QSize());
    }
    static void playFast(MainWindow &w, const QString &scenario)
    {
        w.tempoControl()->setBpm(6000);
        w.beatsBox()->setValue(15);
        ScenarioPicker *picker = w.scenarioPicker();
        picker->scenarioBox()->setCurrentIndex(picker->scenarioBox()->findData(scenario));
        w.play();
    }
    static void waitForRunEnd(MainWindow &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!w.isPlaying(), kRunTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!w.shownTrace()->events.empty(), 10000);
    }

private slots:
    void initTestCase() { windowtest::quietTestMode(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void replaysEveryScenarioInBothViews_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("tasks");
        for (const Scenario &s : ScenarioRegistry::scenarios()) {
            QTest::addRow("%d beats", s.number) << s.id << false;
            QTest::addRow("%d tasks", s.number) << s.id << true;
        }
    }
    void replaysEveryScenarioInBothViews()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, tasks);
        auto w = makeWindow();
        w->setTimelineView(tasks ? TimelineView::View::Tasks : TimelineView::View::Beats);
        ReplayBar *bar = w->replayBar();
        ReplayController *c = bar->controller();
        QVERIFY(!bar->pauseAction()->isEnabled()); // nothing loaded yet
        playFast(*w, scenario);
        QTRY_VERIFY_WITH_TIMEOUT(w->isPlaying(), 5000);
        QVERIFY(!bar->replayAction()->isEnabled()); // not while a run plays
        waitForRunEnd(*w);
        QVERIFY(bar->replayAction()->isEnabled());
        const TraceData trace = *w->shownTrace();

        // The window's clock is the test's: a replay at 1/10, frame by frame.
        steady_clock::time_point now = steady_clock::now();
        c->setClock([&now] { return now; });
        bar->setSpeed(0.1);
        bar->replayAction()->trigger();
        QCOMPARE(c->state(), ReplayController::State::Playing);
        QCOMPARE(w->timeline()->replayCursor(), std::int64_t(0));
        const steady_clock::time_point start = now;
        while (c->state() == ReplayController::State::Playing) {
            now += milliseconds(ReplayController::kFrameMs);
            c->advance();
            const std::int64_t expected = std::min(
                ReplaySchedule::toRunNs(duration_cast<nanoseconds>(now - start).count(), 0.1), c->schedule().endNs());
            QCOMPARE(c->position(), expected);
            QCOMPARE(w->timeline()->replayCursor(), expected); // the cursor sweeps the timeline
            const auto [from, to] = w->timeline()->timeRange();
            QVERIFY2(expected / 1e6 >= from && expected / 1e6 <= to, "the view follows the cursor");
        }
        QCOMPARE(c->state(), ReplayController::State::Finished);
        QCOMPARE(int(c->clicksSent()), heardBeats(trace)); // every heard beat sounded
        QVERIFY(!w->detailsView()->toPlainText().isEmpty()); // the panel says what is there
        QVERIFY(bar->positionLabel()->text().contains(QStringLiteral("ms")));
    }

    void spreadIsSaidOnScreen()
    {
        // The spread replay is a checkable button beside the speed, and while it is on the
        // position says so: the clicks no longer sound where the cursor is.
        auto w = makeWindow();
        ReplayBar *bar = w->replayBar();
        ReplayController *c = bar->controller();
        steady_clock::time_point now = steady_clock::now();
        c->setClock([&now] { return now; });
        QAction *spread = bar->spreadAction();
        QVERIFY(spread->isCheckable());
        QVERIFY(!spread->isChecked());
        QVERIFY(spread->text().remove(QLatin1Char('&')).contains(QStringLiteral("Spread")));
        QVERIFY(bar->widgetForAction(spread) && bar->widgetForAction(spread)->isVisibleTo(bar));
        bar->replay(synthetic::syncRun());
        QVERIFY(!bar->positionLabel()->text().contains(QStringLiteral("spread")));
        QCOMPARE(c->spacing(), ReplaySchedule::Spacing::SampleExact);
        spread->setChecked(true);
        QCOMPARE(c->spacing(), ReplaySchedule::Spacing::Spread);
        QVERIFY2(bar->positionLabel()->text().contains(QStringLiteral("spread: clicks 120 ms apart or more")),
                 qPrintable(bar->positionLabel()->text()));
        spread->setChecked(false);
        QCOMPARE(c->spacing(), ReplaySchedule::Spacing::SampleExact);
        QVERIFY(!bar->positionLabel()->text().contains(QStringLiteral("spread")));
    }

    void followsALongRunAndStepsWithTheKeys()
    {
        auto w = makeWindow();
        ReplayBar *bar = w->replayBar();
        ReplayController *c = bar->controller();
        steady_clock::time_point now = steady_clock::now();
        c->setClock([&now] { return now; });
        bar->setSpeed(0.1);
        // 200 beats at 6000 BPM: 2 s of run, 20 s of replay, more than the view shows.
        bar->replay(synthetic::syncRun(200, 6000));
        QCOMPARE(c->state(), ReplayController::State::Playing);
        const auto [from0, to0] = w->timeline()->timeRange();
        QVERIFY2(to0 - from0 < 1000, "zoomed in on the cursor, not the whole run");
        for (int i = 0; i < 1000; ++i) { // 16 s of replay: 1.6 s of run
            now += milliseconds(16);
            c->advance();
        }
        w->timeline()->refresh();
        const auto [from, to] = w->timeline()->timeRange();
        const double cursorMs = c->position() / 1e6;
        QVERIFY(cursorMs > 1500);
        QVERIFY2(from > 1000 && cursorMs <= to && cursorMs >= from, "the view scrolled along");
        QCOMPARE(to - from, to0 - from0); // at the same zoom

        // P pauses; → and ← step between the beat view's events.
        QTest::keyClick(w.get(), Qt::Key_P);
        QCOMPARE(c->state(), ReplayController::State::Paused);
        const std::int64_t at = c->position();
        now += seconds(5);
        c->advance();
        QCOMPARE(c->position(), at);
        QTest::keyClick(w.get(), Qt::Key_Right);
        const std::int64_t next = *c->schedule().nextStep(at, ReplaySchedule::Steps::Beats);
        QCOMPARE(c->position(), next);
        QCOMPARE(w->timeline()->replayCursor(), next);
        QVERIFY(w->detailsView()->toPlainText().contains(TimelineModel::formatMs(next)));
        QTest::keyClick(w.get(), Qt::Key_Left);
        QCOMPARE(c->position(), *c->schedule().previousStep(next, ReplaySchedule::Steps::Beats));
        QTest::keyClick(w.get(), Qt::Key_P);
        QCOMPARE(c->state(), ReplayController::State::Playing);

        // A new run ends the replay: its cursor goes.
        w->tempoControl()->setBpm(6000);
        w->beatsBox()->setValue(5);
        w->play();
        QTRY_VERIFY_WITH_TIMEOUT(w->isPlaying() || !w->shownTrace()->events.empty(), 5000);
        QCOMPARE(w->timeline()->replayCursor(), std::int64_t(-1));
        QVERIFY(c->state() != ReplayController::State::Playing);
        QVERIFY2(!w->detailsView()->toPlainText().contains(QStringLiteral("Replay")),
                 qPrintable(w->detailsView()->toPlainText())); // the live run's panel is its own
        waitForRunEnd(*w);
    }

    void taskViewStepsOverEveryEvent()
    {
        auto w = makeWindow();
        w->setTimelineView(TimelineView::View::Tasks);
        ReplayBar *bar = w->replayBar();
        ReplayController *c = bar->controller();
        steady_clock::time_point now = steady_clock::now();
        c->setClock([&now] { return now; });
        const TraceData trace = synthetic::syncRun(3, 6000);
        bar->replay(trace);
        bar->pauseAction()->trigger();
        bar->stepForwardAction()->trigger();
        QCOMPARE(c->position(), *ReplaySchedule(trace).nextStep(0, ReplaySchedule::Steps::All));
        // In the task view the panel names the task's doings under the cursor.
        QVERIFY(!w->detailsView()->toPlainText().isEmpty());
    }

    void replaysFromHistoryAndFromAFile()
    {
        auto w = makeWindow();
        const QString file = m_dir->filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(ChromeTraceWriter::write(synthetic::syncRun(6, 6000), file, &error), qPrintable(error));
        QVERIFY(w->openTraceFile(file));
        QTRY_VERIFY_WITH_TIMEOUT(w->traceFileJob() == nullptr, 10000); // read in the background
        ReplayController *c = w->replayBar()->controller();
        w->replayBar()->setSpeed(1.0);
        w->replayBar()->replayAction()->trigger();
        QCOMPARE(c->state(), ReplayController::State::Playing);
        QCOMPARE(c->schedule().clicks().size(), std::size_t(6));
        // Real time here: a 60 ms run at 1x ends by itself.
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), ReplayController::State::Finished, 10000);
        QCOMPARE(c->clicksSent(), std::size_t(6));

        playFast(*w, QStringLiteral("async_naive"));
        waitForRunEnd(*w);
        QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 2, 10000);
        w->showHistoryRun(1); // the opened file again
        QCOMPARE(w->timeline()->replayCursor(), std::int64_t(-1));
        w->replay();
        QCOMPARE(c->schedule().clicks().size(), std::size_t(6));
        QVERIFY(c->isActive());
    }

    void nothingToReplaySaysSo()
    {
        auto w = makeWindow();
        w->replay();
        QCOMPARE(w->replayBar()->controller()->state(), ReplayController::State::Empty);
        QCOMPARE(w->timeline()->replayCursor(), std::int64_t(-1));
    }

    void speedIsRemembered()
    {
        {
            auto w = makeWindow();
            w->replayBar()->speedBox()->setCurrentIndex(4); // 1/100
            QCOMPARE(w->replayBar()->speed(), 0.01);
        }
        auto w = makeWindow();
        QCOMPARE(w->replayBar()->speed(), 0.01);
        QCOMPARE(w->replayBar()->controller()->speed(), 0.01);
    }
};

QTEST_MAIN(tst_ReplayBar)
#include "tst_replaybar.moc"
