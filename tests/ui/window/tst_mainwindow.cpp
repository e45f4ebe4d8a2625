#include "export/ExportOptionsDialog.h"
#include "metronome/Scenario.h"
#include "window/BpmDial.h"
#include "window/BpmScale.h"
#include "window/ComparisonView.h"
#include "window/ControlStrip.h"
#include "window/FirstStartBanner.h"
#include "window/HistoryPanel.h"
#include "window/LogConsole.h"
#include "window/MainWindow.h"
#include "session/RunController.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/StatsPanel.h"
#include "window/TempoControl.h"
#include "window/WindowActions.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDial>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <qcustomplot.h>

using namespace cacophony;

namespace {

constexpr int kRunTimeoutMs = 15000; // a 15-beat run at 6000 BPM takes well under a second

int beatEvents(const TraceData &trace)
{
    return int(std::count_if(trace.events.cbegin(), trace.events.cend(),
        [](const Event &e) { return e.kind == EventKind::Beat; }));
}

int scenarioIndex(ScenarioPicker *picker, int number)
{
    const Scenario &s = ScenarioRegistry::scenarios().at(std::size_t(number - 1));
    return picker->scenarioBox()->findData(s.id);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialDrivesSpinBox();
    void spinBoxDrivesDial();
    void tapTempoShortcut();
    void scenarioPickerListsTheSeriesInOrder();
    void pickerTitlesAreReadInFull();
    void spaceStartsAndStops();
    void spaceWorksWithFocusInSpinBox();
    void spaceIsWindowWide_data();
    void spaceIsWindowWide();
    void changeWhilePlayingRestarts_data();
    void changeWhilePlayingRestarts();
    void runEndsIntoHistoryAndStats();
    void pickingWhileStoppedShowsThePickedRun();
    void longStatisticsDoNotWidenTheWindow();
    void continuousRunKeepsTheTimelineBounded();
    void historyFlipShowsOldRun();
    void compareStacksTwoRunsOnOneAxis();
    void firstStartDemonstration();
    void settingsPersist();
    void corruptSettingsFallBack();
    void malformedTraceIsRefusedAndNothingLost();
    void traceSaveOpenRoundTrip_data();
    void traceSaveOpenRoundTrip();
    void shownRunLeadsTheControls_data();
    void shownRunLeadsTheControls();
    void exportImage_data();
    void exportImage();
    void exportImageAtSizeAndScale_data();
    void exportImageAtSizeAndScale();
    void exportOptionsAreRemembered();
    void exportIsTitledAndShowsTheWholeRun();
    void failedExportDoesNotBecomeTheDefaultFolder();
    void exportOptionsInComparisonFitTheHeight();
    void exportSeriesPage();
    void themeSwitchesPalette();
    void darkThemeReachesThePanels();
    void audioMenuWorksWithoutDevice();
    void noSoundIsSaidOnce();
    void clickedItemShowsDetails();
    void lessonsArePickedPlayedAndLogged();
    void fitsA1024x768Screen();
    void silenceShowsOnTheVolumeIcon();
    void screenshot();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("cacophony.ini")); }
    std::unique_ptr<MainWindow> makeWindow();
    // A fast, finite run: the series' 6000 BPM and 15 beats.
    void playFast(MainWindow &w, int scenario);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The window must work without sound; do not depend on the machine's audio here.
    qputenv("CACOPHONY_AUDIO", "none");
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow()
{
    auto w = std::make_unique<MainWindow>(settingsFile());
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active: shortcuts may not fire");
    return w;
}

void tst_MainWindow::playFast(MainWindow &w, int scenario)
{
    w.tempoControl()->setBpm(6000);
    w.beatsBox()->setValue(15);
    w.scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w.scenarioPicker(), scenario));
    w.play();
}

void tst_MainWindow::dialDrivesSpinBox()
{
    auto w = makeWindow();
    QDial *dial = w->tempoControl()->dial();
    QSpinBox *spin = w->tempoControl()->spinBox();
    w->tempoControl()->setBpm(100);
    const int before = dial->value();
    dial->setFocus();
    // (Page Up is the window's +10 BPM now, see tst_TempoKeys: step the dial itself.)
    dial->triggerAction(QAbstractSlider::SliderPageStepAdd);
    QCOMPARE(dial->value(), before + dial->pageStep());
    QCOMPARE(spin->value(), BpmScale::dialToBpm(dial->value()));
    QVERIFY(spin->value() > 100);

    QTest::keyClick(dial, Qt::Key_End);
    QCOMPARE(spin->value(), 6000);
    QTest::keyClick(dial, Qt::Key_Home);
    QCOMPARE(spin->value(), 20);
}

void tst_MainWindow::spinBoxDrivesDial()
{
    auto w = makeWindow();
    QDial *dial = w->tempoControl()->dial();
    QSpinBox *spin = w->tempoControl()->spinBox();
    QSignalSpy changed(w->tempoControl(), &TempoControl::bpmChanged);

    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("137"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), 137);
    QCOMPARE(dial->value(), BpmScale::bpmToDial(137));
    QCOMPARE(changed.count(), 1); // no feedback from the dial
    QCOMPARE(w->runSettings().bpm, 137);

    // Exact values the dial cannot show are kept; the dial points near them.
    w->tempoControl()->setBpm(4321);
    QCOMPARE(spin->value(), 4321);
    QVERIFY(std::abs(BpmScale::dialToBpm(dial->value()) - 4321) <= 4321 * 0.02);
    w->tempoControl()->setBpm(1);
    QCOMPARE(spin->value(), 1);
    QCOMPARE(dial->value(), 0);
}

void tst_MainWindow::tapTempoShortcut()
{
    auto w = makeWindow();
    w->tempoControl()->setBpm(25);
    QTest::keyClick(w.get(), Qt::Key_T);
    QTest::qWait(50);
    QTest::keyClick(w.get(), Qt::Key_T);
    // Two taps 50 ms apart (longer on a busy machine, but far under 2.4 s): faster than 25.
    QVERIFY2(w->tempoControl()->bpm() > 25, qPrintable(QString::number(w->tempoControl()->bpm())));
}

void tst_MainWindow::pickerTitlesAreReadInFull()
{
    auto w = makeWindow();
    ScenarioPicker *picker = w->scenarioPicker();
    for (QComboBox *box : { picker->scenarioBox(), picker->strategyBox(), picker->profileBox() }) {
        QCOMPARE(box->view()->textElideMode(), Qt::ElideNone);
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        QVERIFY2(box->view()->minimumWidth() >= widest, qPrintable(box->objectName()));
    }
    // The closed boxes name their whole choice (the profile's words are short).
    for (QComboBox *box : { picker->scenarioBox(), picker->strategyBox() })
        QVERIFY2(box->toolTip().startsWith(box->currentText()), qPrintable(box->toolTip()));
}

void tst_MainWindow::scenarioPickerListsTheSeriesInOrder()
{
    auto w = makeWindow();
    QComboBox *box = w->scenarioPicker()->scenarioBox();
    for (const Scenario &s : ScenarioRegistry::scenarios()) {
        const int i = box->findData(s.id);
        QCOMPARE(i, s.number - 1);
        QVERIFY(box->itemText(i).startsWith(QStringLiteral("%1 · ").arg(s.number)));
    }
    QVERIFY(box->findData(QStringLiteral("custom")) > 14);

    box->setCurrentIndex(box->findData(QStringLiteral("custom")));
    w->scenarioPicker()->strategyBox()->setCurrentIndex(
        w->scenarioPicker()->strategyBox()->findData(QStringLiteral("async_with_mutex")));
    w->scenarioPicker()->profileBox()->setCurrentIndex(
        w->scenarioPicker()->profileBox()->findData(QStringLiteral("short")));
    const RunSettings custom = w->runSettings();
    QCOMPARE(custom.scenario, QStringLiteral("custom"));
    QCOMPARE(custom.strategy, QStringLiteral("async_with_mutex"));
    QCOMPARE(custom.profile, QStringLiteral("short"));

    box->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 7));
    const RunSettings seven = w->runSettings();
    QCOMPARE(seven.strategy, QStringLiteral("sync_ticker_fire_immediately"));
    QCOMPARE(seven.profile, QStringLiteral("oscillating"));
    QVERIFY(!w->scenarioPicker()->strategyBox()->isEnabled());
}

void tst_MainWindow::spaceStartsAndStops()
{
    auto w = makeWindow();
    w->tempoControl()->setBpm(1200);
    w->beatsBox()->setValue(0); // continuous until Stop
    w->scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 14));
    QVERIFY(!w->isPlaying());

    QTest::keyClick(w.get(), Qt::Key_Space);
    QVERIFY(w->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(beatEvents(w->timeline()->traceData()) >= 3, kRunTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(w->statsPanel()->hasAnalysis(), kRunTimeoutMs);
    QVERIFY(w->statsPanel()->analysis().beatsPerformed > 0);

    QTest::keyClick(w.get(), Qt::Key_Space);
    QVERIFY(!w->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    QVERIFY(!w->history()->entry(0)->completed);
    QVERIFY(w->history()->entry(0)->analysis.beatsPerformed >= 3);
}

void tst_MainWindow::spaceIsWindowWide_data()
{
    QTest::addColumn<QString>("focus"); // object name of the widget holding the focus
    QTest::newRow("scenario box") << QStringLiteral("scenarioBox");
    QTest::newRow("tempo dial") << QStringLiteral("bpmDial");
    QTest::newRow("volume slider") << QStringLiteral("volumeSlider");
    QTest::newRow("play button") << QStringLiteral("playButton");
    QTest::newRow("banner button") << QString(); // the first push button of the banner
}

void tst_MainWindow::spaceIsWindowWide()
{
    QFETCH(QString, focus);
    auto w = makeWindow();
    w->tempoControl()->setBpm(600);
    w->beatsBox()->setValue(0);
    w->showFirstStartHint();
    QWidget *target = focus.isEmpty() ? static_cast<QWidget *>(w->banner()->findChild<QPushButton *>())
                                      : w->findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    const int scenario = w->scenarioPicker()->scenarioBox()->currentIndex();
    QTest::keyClick(target, Qt::Key_Space);
    QVERIFY(w->isPlaying());
    QTest::keyClick(target, Qt::Key_Space);
    QVERIFY(!w->isPlaying());
    QCOMPARE(w->scenarioPicker()->scenarioBox()->currentIndex(), scenario); // no button pressed, no popup
    QVERIFY(!w->scenarioPicker()->scenarioBox()->view()->isVisible());
}

void tst_MainWindow::spaceWorksWithFocusInSpinBox()
{
    auto w = makeWindow();
    w->tempoControl()->setBpm(600);
    w->beatsBox()->setValue(0);
    QSpinBox *spin = w->tempoControl()->spinBox();
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    QTest::keyClick(spin, Qt::Key_Space);
    QVERIFY(w->isPlaying());
    QCOMPARE(spin->value(), 600); // the space did not go into the number
    QTest::keyClick(spin, Qt::Key_Space);
    QVERIFY(!w->isPlaying());
}

void tst_MainWindow::changeWhilePlayingRestarts_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("scenario") << "scenario";
    QTest::newRow("bpm") << "bpm";
    QTest::newRow("seed") << "seed";
}

void tst_MainWindow::changeWhilePlayingRestarts()
{
    QFETCH(QString, change);
    auto w = makeWindow();
    w->tempoControl()->setBpm(1500);
    w->beatsBox()->setValue(0);
    w->scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 3));
    QSignalSpy started(w->controller(), &RunController::runStarted);
    QSignalSpy ended(w->controller(), &RunController::runEnded);
    w->play();
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(beatEvents(w->timeline()->traceData()) >= 2, kRunTimeoutMs);

    if (change == QLatin1String("scenario"))
        w->scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 14));
    else if (change == QLatin1String("bpm"))
        w->tempoControl()->setBpm(1000);
    else
        w->seedBox()->setValue(777);

    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, kRunTimeoutMs);
    QVERIFY(w->isPlaying());
    const RunSettings now = w->controller()->settings();
    if (change == QLatin1String("scenario"))
        QCOMPARE(now.scenario, QStringLiteral("async_with_channels_services"));
    else if (change == QLatin1String("bpm"))
        QCOMPARE(now.bpm, 1000);
    else
        QCOMPARE(now.seed, std::uint64_t(777));

    // The new run owns the timeline: its settings, and beats arriving again.
    QCOMPARE(w->timeline()->traceData().settings.scenario, now.scenario);
    QCOMPARE(w->timeline()->traceData().settings.bpm, now.bpm);
    QTRY_VERIFY_WITH_TIMEOUT(beatEvents(w->timeline()->traceData()) >= 2, kRunTimeoutMs);
    // A replaced run is neither reported as ended nor kept in the history.
    QCOMPARE(ended.count(), 0);
    QCOMPARE(w->history()->rowCount(), 0);
    w->stop();
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    QCOMPARE(w->history()->entry(0)->trace->settings.scenario, now.scenario);
}

void tst_MainWindow::continuousRunKeepsTheTimelineBounded()
{
    auto w = makeWindow();
    w->controller()->setRetention(400'000'000, 1'000'000); // 0.4 s instead of 10 min
    w->tempoControl()->setBpm(6000);
    w->beatsBox()->setValue(0);
    w->scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 14));
    auto *label = w->findChild<QLabel *>(QStringLiteral("retention"));
    QVERIFY(label);
    QSignalSpy dropped(w->controller(), &RunController::eventsDropped);
    w->play();
    QVERIFY(label->isVisible()); // said from the start of a continuous run
    QTRY_VERIFY_WITH_TIMEOUT(dropped.count() >= 3, kRunTimeoutMs);
    QVERIFY2(label->text().contains(QStringLiteral("dropped")), qPrintable(label->text()));
    QTRY_VERIFY_WITH_TIMEOUT(w->statsPanel()->valueText(QStringLiteral("beats")).endsWith(QStringLiteral(", continuous")), 5000);
    QVERIFY(!label->toolTip().isEmpty());

    // The timeline shows the window, not the whole run, and keeps following it.
    const qint64 cutoff = dropped.last().at(0).toLongLong();
    const TraceData shown = w->timeline()->traceData();
    QVERIFY(w->timeline()->followLatest());
    QVERIFY2(beatEvents(shown) > 0, qPrintable(QStringLiteral("%1 events, cutoff %2, last %3").arg(shown.events.size()).arg(cutoff).arg(shown.events.empty() ? -1 : shown.events.back().t)));
    QVERIFY(shown.events.size() < w->controller()->eventCount());
    int old = 0;
    for (const Event &e : shown.events)
        old += e.end() < cutoff;
    QVERIFY2(old <= 64, qPrintable(QString::number(old)));
    QVERIFY(!w->timeline()->laneLabels().isEmpty());

    const std::size_t recorded = w->controller()->eventCount();
    w->stop();
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    QVERIFY(w->history()->entry(0)->trace->events.size() < recorded); // the window went there

    // A counted run says nothing of it.
    playFast(*w, 14);
    QVERIFY(!label->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 2, kRunTimeoutMs);
}

void tst_MainWindow::pickingWhileStoppedShowsThePickedRun()
{
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), kRunTimeoutMs);
    auto *header = w->findChild<QLabel *>(QStringLiteral("scenarioHeader"));
    auto *statsTitle = w->statsPanel()->findChild<QLabel *>(QStringLiteral("statsTitle"));
    QVERIFY(header && statsTitle);
    QVERIFY(header->text().startsWith(QStringLiteral("9.")));
    QVERIFY(w->timeline()->eventCount() > 0);

    // Picking 14 while stopped: header, statistics and timeline all name 14, unplayed.
    w->scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 14));
    QVERIFY2(header->text().startsWith(QStringLiteral("14.")), qPrintable(header->text()));
    QVERIFY2(header->text().contains(QStringLiteral("not played yet")), qPrintable(header->text()));
    const Scenario &fourteen = ScenarioRegistry::scenarios().at(13);
    QVERIFY2(header->text().contains(QStringLiteral("services")), qPrintable(header->text()));
    QVERIFY2(statsTitle->text().contains(QStringLiteral("not played yet")), qPrintable(statsTitle->text()));
    QVERIFY2(statsTitle->text().contains(QStringLiteral("14")), qPrintable(statsTitle->text()));
    QCOMPARE(w->statsPanel()->valueText(QStringLiteral("outOfOrder")), QStringLiteral("—"));
    QCOMPARE(w->timeline()->eventCount(), std::size_t(0));
    QCOMPARE(w->timeline()->traceData().settings.scenario, fourteen.id);
    QVERIFY(w->shownTrace()->events.empty());

    // The old run is still in the history, and showing it names it again.
    w->showHistoryRun(0);
    QVERIFY(header->text().startsWith(QStringLiteral("9.")));
    QVERIFY(!statsTitle->text().contains(QStringLiteral("not played yet")));
    QVERIFY(w->timeline()->eventCount() > 0);
}

void tst_MainWindow::runEndsIntoHistoryAndStats()
{
    auto w = makeWindow();
    playFast(*w, 14);
    QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), kRunTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    const RunHistory::Entry *e = w->history()->entry(0);
    QVERIFY(e->completed);
    QCOMPARE(e->trace->settings.scenario, QStringLiteral("async_with_channels_services"));
    QCOMPARE(e->analysis.beatsPerformed, 15);
    // The timeline got every beat through the live batches.
    QCOMPARE(beatEvents(w->timeline()->traceData()), beatEvents(*e->trace));
    QCOMPARE(w->statsPanel()->valueText(QStringLiteral("lost")), QStringLiteral("0"));
    QVERIFY(w->statsPanel()->valueText(QStringLiteral("beats")).startsWith(QStringLiteral("15")));

    // Kept across restarts: a window on the same settings shows the run again, all of it.
    const TraceData kept = *e->trace;
    const QString title = RunHistory::compareTitle(*e);
    w.reset();
    auto again = makeWindow();
    QCOMPARE(again->history()->rowCount(), 1);
    const RunHistory::Entry *loaded = again->history()->entry(0);
    QCOMPARE(RunHistory::compareTitle(*loaded), title);
    QCOMPARE(loaded->trace->settings, kept.settings);
    QCOMPARE(loaded->trace->events.size(), kept.events.size());
    QVERIFY(*loaded->trace == kept);
}

void tst_MainWindow::longStatisticsDoNotWidenTheWindow()
{
    auto w = makeWindow();
    w->resize(1100, 760);
    QCoreApplication::processEvents();
    const int width = w->width();
    // The longest figures a run can produce: they wrap in the panel instead.
    RunAnalysis a;
    a.settings = w->runSettings();
    a.settings.beats = 100000;
    a.beatsExpected = a.beatsPerformed = 100000;
    a.lateness.mean = 123456.7;
    a.lateness.p99 = 234567.8;
    a.lateness.max = 345678.9;
    a.interval.sd = 98765.4;
    a.interval.mean = 87654.3;
    a.measurements = a.overlappingMeasurements = 100000;
    w->statsPanel()->setAnalysis(a, true);
    QCoreApplication::processEvents();
    QCOMPARE(w->width(), width);
    QVERIFY(w->minimumSizeHint().width() <= width);
    QVERIFY(w->statsPanel()->valueText(QStringLiteral("lateness")).contains(QStringLiteral("345")));
}

void tst_MainWindow::historyFlipShowsOldRun()
{
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    playFast(*w, 3);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 2, kRunTimeoutMs);
    QCOMPARE(w->timeline()->traceData().settings.scenario, QStringLiteral("sync_adaptive_delay"));

    // Row 1 is the older run, scenario 9.
    const RunHistory::Entry *nine = w->history()->entry(1);
    QCOMPARE(nine->trace->settings.scenario, QStringLiteral("async_naive"));
    w->historyPanel()->view()->setCurrentIndex(w->history()->index(1, 0));
    w->historyPanel()->showSelected();
    QCOMPARE(w->timeline()->traceData().settings.scenario, QStringLiteral("async_naive"));
    QCOMPARE(beatEvents(w->timeline()->traceData()), beatEvents(*nine->trace));
    QCOMPARE(w->statsPanel()->analysis().settings.scenario, QStringLiteral("async_naive"));
    QCOMPARE(w->shownTrace()->events.size(), nine->trace->events.size());

    // Flipping while playing stops the live run; it goes to the history, not the screen.
    w->beatsBox()->setValue(0);
    w->play();
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->beatsDone() >= 2, kRunTimeoutMs);
    w->showHistoryRun(1);
    QVERIFY(!w->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 3, kRunTimeoutMs);
    QCOMPARE(w->timeline()->traceData().settings.scenario, QStringLiteral("async_naive"));
}

void tst_MainWindow::compareStacksTwoRunsOnOneAxis()
{
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    playFast(*w, 14);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 2, kRunTimeoutMs);
    QVERIFY2(!w->isComparing(), qPrintable(w->statusBar()->currentMessage()));

    w->historyPanel()->compareSelected(); // nothing selected: the last two
    QVERIFY(w->isComparing());
    ComparisonView *c = w->comparison();
    QCOMPARE(c->top()->traceData().settings.scenario, QStringLiteral("async_naive"));
    QCOMPARE(c->bottom()->traceData().settings.scenario, QStringLiteral("async_with_channels_services"));
    const double end = std::max(ComparisonView::extentMs(*w->history()->entry(0)->trace),
        ComparisonView::extentMs(*w->history()->entry(1)->trace));
    QVERIFY(c->rangeFrom() <= 0);
    QVERIFY(c->rangeTo() >= end);
    QVERIFY(c->rangeTo() <= end * 1.1);

    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->isComparing());
}

void tst_MainWindow::firstStartDemonstration()
{
    auto w = makeWindow();
    QVERIFY(w->banner()->isVisible()); // a fresh settings file: first start
    w->tempoControl()->setBpm(6000);
    QTest::mouseClick(w->banner()->playBothButton(), Qt::LeftButton);
    QVERIFY(w->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(w->isComparing(), 2 * kRunTimeoutMs);
    QCOMPARE(w->history()->rowCount(), 2);
    QCOMPARE(w->comparison()->top()->traceData().settings.scenario, QStringLiteral("async_naive"));
    QCOMPARE(w->comparison()->bottom()->traceData().settings.scenario,
        QStringLiteral("async_with_channels_services"));

    w.reset();
    auto again = makeWindow();
    QVERIFY(!again->banner()->isVisible()); // the point was made: no hint next time
}

void tst_MainWindow::settingsPersist()
{
    {
        auto w = makeWindow();
        w->tempoControl()->setBpm(133);
        w->beatsBox()->setValue(7);
        w->seedBox()->setValue(4242);
        w->volumeSlider()->setValue(33);
        w->scenarioPicker()->scenarioBox()->setCurrentIndex(scenarioIndex(w->scenarioPicker(), 12));
        w->setTimelineView(TimelineView::View::Tasks);
        w->close();
    }
    auto w = makeWindow();
    QCOMPARE(w->tempoControl()->bpm(), 133);
    QCOMPARE(w->tempoControl()->dial()->value(), BpmScale::bpmToDial(133));
    QCOMPARE(w->beatsBox()->value(), 7);
    QCOMPARE(w->seedBox()->value(), 4242);
    QCOMPARE(w->volumeSlider()->value(), 33);
    QCOMPARE(w->scenarioPicker()->scenarioId(), QStringLiteral("async_with_mutex"));
    QCOMPARE(w->timeline()->view(), TimelineView::View::Tasks);
    QVERIFY(w->statusBar()->currentMessage().isEmpty()
        || !w->statusBar()->currentMessage().contains(QLatin1String("invalid")));
}

void tst_MainWindow::corruptSettingsFallBack()
{
    {
        QSettings store(settingsFile(), QSettings::IniFormat);
        store.setValue(QStringLiteral("tempo/bpm"), QStringLiteral("ninety"));
        store.setValue(QStringLiteral("run/scenario"), QStringLiteral("async_magic"));
        store.setValue(QStringLiteral("audio/volume"), 900);
        store.setValue(QStringLiteral("run/beats"), 15); // a good one stays
    }
    auto w = makeWindow();
    const AppSettings defaults;
    QCOMPARE(w->tempoControl()->bpm(), defaults.bpm);
    QCOMPARE(w->scenarioPicker()->scenarioId(), defaults.scenario);
    QCOMPARE(w->volumeSlider()->value(), defaults.volume);
    QCOMPARE(w->beatsBox()->value(), 15);
    const QString message = w->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("tempo/bpm")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("run/scenario")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("audio/volume")), qPrintable(message));

    // The repaired values were written back.
    QSettings store(settingsFile(), QSettings::IniFormat);
    QCOMPARE(store.value(QStringLiteral("tempo/bpm")).toInt(), defaults.bpm);
}

void tst_MainWindow::malformedTraceIsRefusedAndNothingLost()
{
    auto w = makeWindow();
    playFast(*w, 14);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    const std::size_t shown = w->shownTrace()->events.size();
    QVERIFY(shown > 0);

    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"traceEvents\": [ {\"name\": 12, ");
    f.close();

    QVERIFY(w->openTraceFile(path)); // read in the background; the error comes at its end
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w->findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("broken.json")), qPrintable(box->text()));
    box->close();
    QCOMPARE(w->history()->rowCount(), 1);
    QCOMPARE(w->shownTrace()->events.size(), shown);
    QCOMPARE(w->timeline()->traceData().settings.scenario, QStringLiteral("async_with_channels_services"));

    QTRY_VERIFY(w->traceFileJob() == nullptr);
    QVERIFY(w->openTraceFile(m_dir->filePath(QStringLiteral("missing.json"))));
    QTRY_VERIFY(w->traceFileJob() == nullptr);
    QCOMPARE(w->history()->rowCount(), 1);
}

void tst_MainWindow::traceSaveOpenRoundTrip_data()
{
    QTest::addColumn<QString>("name"); // its extension chooses the format
    QTest::newRow("json") << "run9.json";
    QTest::newRow("perfetto") << "run9.perfetto-trace";
}

void tst_MainWindow::traceSaveOpenRoundTrip()
{
    QFETCH(QString, name);
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    const TraceData saved = *w->shownTrace();
    const QString path = m_dir->filePath(name);
    QVERIFY(w->saveTraceFile(path));
    QVERIFY(!w->openTraceFile(path)); // one file job at a time
    QTRY_VERIFY_WITH_TIMEOUT(w->traceFileJob() == nullptr, 30000);
    QVERIFY(QFile::exists(path));

    QVERIFY(w->openTraceFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(w->traceFileJob() == nullptr, 30000);
    QCOMPARE(w->history()->rowCount(), 2);
    QCOMPARE(w->shownTrace()->events.size(), saved.events.size());
    QCOMPARE(w->shownTrace()->settings.scenario, QStringLiteral("async_naive"));
    QCOMPARE(beatEvents(w->timeline()->traceData()), beatEvents(saved));
    QVERIFY(*w->shownTrace() == saved);
}

void tst_MainWindow::shownRunLeadsTheControls_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("History > Show") << false;
    QTest::newRow("File > Open Trace") << true;
}

// A run shown again (from the history or a file) is what the control strip names, so Play
// repeats it: never the lesson picked before.
void tst_MainWindow::shownRunLeadsTheControls()
{
    QFETCH(bool, fromFile);
    auto w = makeWindow();
    w->seedBox()->setValue(7);
    playFast(*w, 14);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), kRunTimeoutMs);
    const RunSettings played = w->history()->entry(0)->trace->settings;
    const QString path = m_dir->filePath(QStringLiteral("run14.json"));
    if (fromFile) {
        QVERIFY(w->saveTraceFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(w->traceFileJob() == nullptr, 30000);
    }

    // Another choice in the strip: a lesson at another tempo and seed.
    ScenarioPicker *picker = w->scenarioPicker();
    picker->scenarioBox()->setCurrentIndex(picker->scenarioBox()->findData(QStringLiteral("bedtime_go_pause")));
    w->tempoControl()->setBpm(60);
    w->seedBox()->setValue(3);
    QCOMPARE(w->timeline()->settings().scenario, QStringLiteral("bedtime_go_pause"));

    if (fromFile) {
        QVERIFY(w->openTraceFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(w->traceFileJob() == nullptr, 30000);
    } else {
        w->showHistoryRun(0);
    }
    QCOMPARE(w->shownTrace()->settings, played);
    QCOMPARE(picker->scenarioId(), played.scenario);
    QVERIFY(!picker->strategyBox()->currentText().isEmpty());
    QVERIFY(!picker->profileBox()->currentText().isEmpty());
    QCOMPARE(w->runSettings(), played);
    const auto *header = w->findChild<QLabel *>(QStringLiteral("scenarioHeader"));
    QVERIFY2(header->text().startsWith(QStringLiteral("14.")), qPrintable(header->text()));
    QVERIFY(w->timeline()->eventCount() > 0); // the controls did not replace the run with a pending one

    // Play repeats the run on screen.
    QSignalSpy started(w->controller(), &RunController::runStarted);
    w->play();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kRunTimeoutMs);
    QCOMPARE(started.at(0).at(0).value<RunSettings>(), played);
    w->stop();
}

void tst_MainWindow::exportImage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("png") << "t.png" << true;
    QTest::newRow("jpg") << "t.jpg" << true;
    QTest::newRow("pdf") << "t.pdf" << true;
    QTest::newRow("svg") << "t.svg" << true;
    QTest::newRow("unknown type") << "t.bmpx" << false;
    QTest::newRow("no folder") << "missing/dir/t.png" << false;
}

void tst_MainWindow::exportImage()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    const QString path = m_dir->filePath(name);
    QCOMPARE(w->exportImageFile(path), ok);
    QCOMPARE(QFile::exists(path), ok);
    if (!ok) {
        QTRY_VERIFY(w->findChild<QMessageBox *>(QStringLiteral("errorBox")) != nullptr);
        return;
    }
    QVERIFY(QFileInfo(path).size() > 1000);
    if (name.endsWith(QLatin1String(".png")) || name.endsWith(QLatin1String(".jpg"))) {
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400);
    }
}

void tst_MainWindow::exportImageAtSizeAndScale_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("scale");
    QTest::newRow("png 1x") << "s.png" << 640 << 360 << 1.0;
    QTest::newRow("png 2x") << "s.png" << 800 << 300 << 2.0;
    QTest::newRow("png 1.5x") << "s.png" << 1000 << 400 << 1.5;
    QTest::newRow("jpg 3x") << "s.jpg" << 500 << 250 << 3.0;
    QTest::newRow("jpg 0.5x") << "s.jpg" << 1200 << 800 << 0.5;
    QTest::newRow("jpg smallest") << "s.jpg" << 100 << 100 << 0.25;
}

void tst_MainWindow::exportImageAtSizeAndScale()
{
    QFETCH(QString, name);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, scale);
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    const QSize onScreen = w->timeline()->plot()->size();
    ChartExporter::Options options;
    options.width = width;
    options.height = height;
    options.scale = scale;
    const QString path = m_dir->filePath(name);
    QVERIFY(w->exportImageFile(path, options));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(qRound(width * scale), qRound(height * scale)));
    QCOMPARE(w->timeline()->plot()->size(), onScreen); // the window is left as it was
}

void tst_MainWindow::exportIsTitledAndShowsTheWholeRun()
{
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    TimelineView *view = w->timeline();
    const std::pair<double, double> whole = view->timeRange();
    view->setTimeRange(whole.first, whole.first + (whole.second - whole.first) / 3); // zoomed in
    const std::pair<double, double> zoomed = view->timeRange();
    const QString shownTitle = view->title();

    ChartExporter::Options options;
    options.width = 700;
    options.height = 260;
    options.scale = 1;
    auto render = [&](const QString &name, bool wholeRun, const QString &title) {
        ChartExporter::Options o = options;
        o.wholeRun = wholeRun;
        o.title = title;
        const QString path = m_dir->filePath(name);
        QString error;
        if (!ChartExporter::exportView(view, path, ChartExporter::Format::Png, o, &error))
            qWarning() << error;
        return QImage(path);
    };
    const QImage plain = render(QStringLiteral("plain.png"), false, {});
    const QImage titled = render(QStringLiteral("titled.png"), false, QStringLiteral("9. a title"));
    const QImage wholeRun = render(QStringLiteral("whole.png"), true, QStringLiteral("9. a title"));
    QVERIFY(!plain.isNull() && !titled.isNull() && !wholeRun.isNull());
    QVERIFY(plain != titled); // the title is drawn
    QVERIFY(titled != wholeRun); // the zoom is not what the whole run shows
    // The screen is left as it was.
    QCOMPARE(view->timeRange(), zoomed);
    QCOMPARE(view->title(), shownTitle);

    // The window's export: titled with the run's caption; the whole run unless the
    // visible range was chosen (the default, as `cacophony export`, is the whole run).
    const QString caption = ChartExporter::captionFor(view->traceData().settings);
    QVERIFY2(caption.contains(QStringLiteral("240 BPM")) || caption.contains(QStringLiteral("6000 BPM"))
            || caption.contains(QStringLiteral("6,000 BPM")),
        qPrintable(caption));
    QVERIFY2(caption.startsWith(QStringLiteral("9. async_naive")), qPrintable(caption));
    const QString byWindow = m_dir->filePath(QStringLiteral("window.png"));
    ChartExporter::Options chosen = options;
    chosen.wholeRun = true;
    QVERIFY(w->exportImageFile(byWindow, chosen));
    QCOMPARE(QImage(byWindow), render(QStringLiteral("expected.png"), true, caption));
    QVERIFY(AppSettings().exportWholeRun);
}

void tst_MainWindow::failedExportDoesNotBecomeTheDefaultFolder()
{
    auto w = makeWindow();
    playFast(*w, 14);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    const QString good = m_dir->filePath(QStringLiteral("good.jpg"));
    QVERIFY(w->exportImageFile(good));
    QSettings store(settingsFile(), QSettings::IniFormat);
    store.sync();
    QCOMPARE(store.value(QStringLiteral("paths/export")).toString(), QFileInfo(good).absolutePath());
    QCOMPARE(store.value(QStringLiteral("export/format")).toString(), QStringLiteral("jpg"));

    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!w->exportImageFile(missing));
    QTRY_VERIFY(w->findChild<QMessageBox *>(QStringLiteral("errorBox")));
    store.sync();
    QCOMPARE(store.value(QStringLiteral("paths/export")).toString(), QFileInfo(good).absolutePath());
    QCOMPARE(store.value(QStringLiteral("export/format")).toString(), QStringLiteral("jpg"));

    // The size dialog says where the file goes, and that the folder is not there.
    w->chooseExportOptions(missing);
    QPointer<ExportOptionsDialog> d = w->findChild<ExportOptionsDialog *>(QStringLiteral("exportOptions"));
    QVERIFY(d);
    QVERIFY2(d->folderLabel()->text().contains(QDir::toNativeSeparators(QFileInfo(missing).absolutePath())),
        qPrintable(d->folderLabel()->text()));
    QVERIFY(d->folderLabel()->text().contains(QStringLiteral("does not exist")));
    d->reject();
    QTRY_VERIFY(!d);
}

void tst_MainWindow::exportOptionsAreRemembered()
{
    const QString first = m_dir->filePath(QStringLiteral("first.png"));
    QSize onScreen;
    {
        auto w = makeWindow();
        playFast(*w, 9);
        QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
        onScreen = w->timeline()->plot()->size();
        QVERIFY(onScreen.width() >= ChartExporter::kMinSize && onScreen.height() >= ChartExporter::kMinSize);

        // Nothing chosen yet: as on screen, at 2x.
        const QString plain = m_dir->filePath(QStringLiteral("plain.png"));
        QVERIFY(w->exportImageFile(plain));
        QCOMPARE(QImage(plain).size(), onScreen * 2);

        w->chooseExportOptions(first);
        QPointer<ExportOptionsDialog> d = w->findChild<ExportOptionsDialog *>(QStringLiteral("exportOptions"));
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QVERIFY(d->isModal());
        QVERIFY(!QFile::exists(first)); // nothing is written before the user says so
        QCOMPARE(d->exportSize(), onScreen);
        QCOMPARE(d->onScreenSize(), onScreen);
        QCOMPARE(d->scale(), 2.0);
        QVERIFY(d->keepAspectRatio());
        d->keepAspectBox()->click();
        d->widthBox()->setValue(900);
        d->heightBox()->setValue(450);
        d->scaleBox()->setValue(3);
        d->exportButton()->click();
        QVERIFY(QFile::exists(first));
        QCOMPARE(QImage(first).size(), QSize(2700, 1350));
        QTRY_VERIFY(!d); // closed and gone

        // Cancelled: no file, and the choice stays the one before.
        const QString cancelled = m_dir->filePath(QStringLiteral("cancelled.png"));
        w->chooseExportOptions(cancelled);
        d = w->findChild<ExportOptionsDialog *>(QStringLiteral("exportOptions"));
        QVERIFY(d);
        QCOMPARE(d->exportSize(), QSize(900, 450));
        d->widthBox()->setValue(300);
        d->scaleBox()->setValue(1);
        d->reject();
        QTRY_VERIFY(!d);
        QVERIFY(!QFile::exists(cancelled));
        w->close();
    }
    {
        QSettings store(settingsFile(), QSettings::IniFormat);
        QCOMPARE(store.value(QStringLiteral("export/width")).toInt(), 900);
        QCOMPARE(store.value(QStringLiteral("export/height")).toInt(), 450);
        QCOMPARE(store.value(QStringLiteral("export/scale")).toDouble(), 3.0);
    }

    auto w = makeWindow();
    QVERIFY2(!w->statusBar()->currentMessage().contains(QLatin1String("invalid")),
        qPrintable(w->statusBar()->currentMessage()));
    const QString again = m_dir->filePath(QStringLiteral("again.jpg"));
    QVERIFY(w->exportImageFile(again)); // without the dialog: the remembered choice
    QCOMPARE(QImage(again).size(), QSize(2700, 1350));

    w->chooseExportOptions(m_dir->filePath(QStringLiteral("next.png")));
    QPointer<ExportOptionsDialog> d = w->findChild<ExportOptionsDialog *>(QStringLiteral("exportOptions"));
    QVERIFY(d);
    QCOMPARE(d->exportSize(), QSize(900, 450));
    QCOMPARE(d->scale(), 3.0);
    QVERIFY(!d->keepAspectRatio());
    QCOMPARE(d->onScreenSize(), w->timeline()->plot()->size()); // still one click away
    d->reject();
}

void tst_MainWindow::exportOptionsInComparisonFitTheHeight()
{
    auto w = makeWindow();
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    playFast(*w, 14);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 2, kRunTimeoutMs);
    w->compareRuns(0, 1);
    QVERIFY(w->isComparing());

    const QString path = m_dir->filePath(QStringLiteral("compare.png"));
    w->chooseExportOptions(path);
    QPointer<ExportOptionsDialog> d = w->findChild<ExportOptionsDialog *>(QStringLiteral("exportOptions"));
    QVERIFY(d);
    QVERIFY(d->isHeightFitted());
    QCOMPARE(d->exportSize().width(), w->comparison()->width());
    d->widthBox()->setValue(1000);
    d->scaleBox()->setValue(1.5);
    d->exportButton()->click();
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1500);
    QVERIFY(image.height() > 2 * 200 * 1.5); // two fitted charts under a heading
}

void tst_MainWindow::exportSeriesPage()
{
    auto w = makeWindow();
    QSignalSpy done(w.get(), &MainWindow::seriesPageExported);
    QVERIFY(!w->exportSeriesPageFile(m_dir->filePath(QStringLiteral("page.gif")))); // refused at once
    QTRY_VERIFY(w->findChild<QMessageBox *>(QStringLiteral("errorBox")) != nullptr);

    const QString path = m_dir->filePath(QStringLiteral("page.png"));
    QVERIFY(w->exportSeriesPageFile(path));
    QVERIFY(w->isEnabled()); // runs in the background: the UI thread is free
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    const QImage page(path);
    QVERIFY(!page.isNull());
    QVERIFY(page.height() > page.width()); // 14 charts stacked
    QCOMPARE(w->history()->rowCount(), 0); // the page's runs are not the user's
}

void tst_MainWindow::darkThemeReachesThePanels()
{
    auto w = makeWindow();
    playFast(*w, 14);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    w->setTheme(Theme::Mode::Dark);
    auto dark = [](QWidget *widget, QPalette::ColorRole role) {
        const QImage image = widget->grab().toImage();
        // What is painted, not only the palette: the middle of the panel.
        const QColor painted = image.pixelColor(image.width() / 2, image.height() - 4);
        return widget->palette().color(role).lightness() < 110 && painted.lightness() < 110;
    };
    QTRY_VERIFY(dark(w->statsPanel(), QPalette::Window));
    QVERIFY(dark(w->detailsView()->viewport(), QPalette::Base));
    for (QAbstractItemView *view : w->historyPanel()->findChildren<QAbstractItemView *>())
        QVERIFY(dark(view->viewport(), QPalette::Base));
    for (QDockWidget *dock : w->findChildren<QDockWidget *>())
        QVERIFY2(dark(dock, QPalette::Window), qPrintable(dock->objectName()));
    w->setTheme(Theme::Mode::Light);
    QTRY_VERIFY(!dark(w->statsPanel(), QPalette::Window));
}

void tst_MainWindow::themeSwitchesPalette()
{
    auto w = makeWindow();
    w->setTheme(Theme::Mode::Dark);
    QVERIFY(Theme::isDark());
    QTRY_VERIFY2(w->palette().color(QPalette::Window).lightness() < 128,
        qPrintable(w->palette().color(QPalette::Window).name()));
    w->setTheme(Theme::Mode::Light);
    QVERIFY(!Theme::isDark());
    w->setTheme(Theme::Mode::System);
    QCOMPARE(Theme::current(), Theme::Mode::System);
}

void tst_MainWindow::noSoundIsSaidOnce()
{
    auto w = makeWindow();
    auto *label = w->findChild<QLabel *>(QStringLiteral("audioStatus"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("No sound"));
    QVERIFY(label->toolTip().contains(QStringLiteral("silently")));
    const QString message = w->statusBar()->currentMessage();
    QVERIFY2(!message.contains(QStringLiteral("sound"), Qt::CaseInsensitive)
            && !message.contains(QStringLiteral("audio"), Qt::CaseInsensitive),
        qPrintable(message));
}

void tst_MainWindow::audioMenuWorksWithoutDevice()
{
    auto w = makeWindow();
    QMenu *devices = w->findChild<QMenu *>(QStringLiteral("deviceMenu"));
    QVERIFY(devices);
    emit devices->aboutToShow(); // lists the outputs, if any; "No Sound" always
    QAction *silence = nullptr;
    for (QAction *a : devices->actions()) {
        if (a->text() == QLatin1String("No Sound"))
            silence = a;
    }
    QVERIFY(silence);
    silence->trigger();
    QVERIFY(silence->isChecked());
    QSettings store(settingsFile(), QSettings::IniFormat);
    QCOMPARE(store.value(QStringLiteral("audio/device")).toString(), QStringLiteral("none"));

    // Silent or not, the metronome plays.
    playFast(*w, 13);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    QCOMPARE(w->history()->entry(0)->analysis.beatsPerformed, 15);
}

void tst_MainWindow::clickedItemShowsDetails()
{
    auto w = makeWindow();
    QDockWidget *dock = w->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(dock);
    dock->hide();
    emit w->timeline()->itemSelected(QStringLiteral("beat #3 at volume 58"));
    QCOMPARE(w->detailsView()->toPlainText(), QStringLiteral("beat #3 at volume 58"));
    QVERIFY(dock->isVisible()); // a click brings the panel back
    emit w->comparison()->top()->itemSelected(QStringLiteral("measurement #2"));
    QCOMPARE(w->detailsView()->toPlainText(), QStringLiteral("measurement #2"));
}

void tst_MainWindow::lessonsArePickedPlayedAndLogged()
{
    auto w = makeWindow();
    QComboBox *box = w->scenarioPicker()->scenarioBox();
    // The Lessons group comes after the scenarios and custom, under a heading.
    const int heading = box->findText(QStringLiteral("Lessons"));
    QVERIFY(heading > box->findData(QStringLiteral("custom")));
    int previous = heading;
    for (const Scenario &l : ScenarioRegistry::lessons()) {
        const int i = box->findData(l.id);
        QVERIFY2(i > previous, qPrintable(l.id));
        previous = i;
    }

    w->tempoControl()->setBpm(6000); // the pause: one beat, 10 ms
    box->setCurrentIndex(box->findData(QStringLiteral("bedtime_go_pause")));
    const RunSettings settings = w->runSettings();
    QCOMPARE(settings.scenario, QStringLiteral("bedtime_go_pause"));
    QCOMPARE(settings.strategy, QStringLiteral("bedtime_go_pause"));
    // No beats: only the task view; the explanation above the timeline; the console shown.
    QCOMPARE(w->timeline()->view(), TimelineView::View::Tasks);
    auto *header = w->findChild<QLabel *>(QStringLiteral("scenarioHeader"));
    QVERIFY(header->text().contains(QStringLiteral("pyjamas before the shower")));
    QTRY_VERIFY_WITH_TIMEOUT(w->logConsole()->isVisible(), 5000);

    w->play();
    QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), kRunTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, 10000);
    const QStringList lines = w->logConsole()->lines();
    QCOMPARE(lines.size(), 7); // five activities, "program ended", the end marker
    QVERIFY2(lines[5].endsWith(QLatin1String("program ended")), qPrintable(lines.join('\n')));
    QVERIFY(lines[6].contains(QLatin1String("end of program")));
    for (int row = 0; row < lines.size(); ++row)
        QVERIFY(!w->logConsole()->isLost(row));
    QCOMPARE(w->history()->entry(0)->analysis.linesPrinted, 6);
}

// A lecturer's projector: 1024×768. The window fits it, nothing hidden to the right.
void tst_MainWindow::fitsA1024x768Screen()
{
    auto w = makeWindow();
    // After a run: the statistics, the progress and the history have their numbers.
    playFast(*w, 9);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, kRunTimeoutMs);
    w->resize(1024, 768);
    QCoreApplication::processEvents();
    const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
    const QWidget *strip = w->findChild<QWidget *>(QStringLiteral("controlStrip"));
    QVERIFY2(least.width() <= 1024, qPrintable(QStringLiteral("minimum width %1").arg(least.width())));
    QVERIFY2(least.height() <= 768, qPrintable(QStringLiteral("minimum height %1").arg(least.height())));
    QCOMPARE(w->width(), 1024);
    QVERIFY(strip->geometry().right() < w->centralWidget()->width());
}

// Mute and No Sound cross the speaker out; sound back, it is whole again.
void tst_MainWindow::silenceShowsOnTheVolumeIcon()
{
    auto w = makeWindow(); // CACOPHONY_AUDIO=none: no sound at first
    QVERIFY(w->controlStrip()->isSilent());
    const auto *icon = w->findChild<QLabel *>(QStringLiteral("volumeIcon"));
    const QImage silent = icon->pixmap().toImage();
    QVERIFY(silent != WindowActions::icon("volume", QStyle::SP_MediaVolume).pixmap(QSize(20, 20)).toImage());
    QAction *mute = nullptr;
    for (QAction *a : w->actions()) {
        if (a->shortcut() == QKeySequence(Qt::Key_M))
            mute = a;
    }
    QVERIFY(mute);
    mute->setChecked(true);
    QVERIFY(w->controlStrip()->isSilent());
    QVERIFY2(icon->toolTip().contains(QStringLiteral("Mute")), qPrintable(icon->toolTip()));
    // With no device, unmuting leaves it silent: the icon says so, with the reason.
    mute->setChecked(false);
    QVERIFY(w->controlStrip()->isSilent());
    QCOMPARE(icon->pixmap().toImage(), silent);
    QVERIFY(icon->toolTip().contains(QStringLiteral("silently")));
}

void tst_MainWindow::screenshot()
{
    // A picture of what users see: CACOPHONY_SCREENSHOT=path.png (docs/images/main-window.png).
    const QString out = qEnvironmentVariable("CACOPHONY_SCREENSHOT");
    if (out.isEmpty())
        QSKIP("set CACOPHONY_SCREENSHOT=file.png to take a screenshot");
    auto w = makeWindow();
    const QString theme = qEnvironmentVariable("CACOPHONY_SCREENSHOT_THEME");
    if (!theme.isEmpty())
        w->setTheme(Theme::fromName(theme));
    w->resize(1440, 860);
    w->setTimelineView(qEnvironmentVariable("CACOPHONY_SCREENSHOT_VIEW") == QLatin1String("tasks")
            ? TimelineView::View::Tasks
            : TimelineView::View::Beats);
    w->tempoControl()->setBpm(qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_BPM") > 0
            ? qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_BPM")
            : 240);
    w->beatsBox()->setValue(15);
    w->seedBox()->setValue(9);
    const QString lesson = qEnvironmentVariable("CACOPHONY_SCREENSHOT_LESSON");
    if (!lesson.isEmpty()) {
        w->resize(1440, 980); // room for the log console under the timeline
        w->banner()->hide();
        w->seedBox()->setValue(qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_SEED"));
        w->scenarioPicker()->scenarioBox()->setCurrentIndex(w->scenarioPicker()->scenarioBox()->findData(lesson));
        w->play();
        QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, 10000);
    } else if (qEnvironmentVariable("CACOPHONY_SCREENSHOT_DEMO") == QLatin1String("1")) {
        w->playNineThenFourteen();
        QTRY_VERIFY_WITH_TIMEOUT(w->isComparing(), 60000);
    } else {
        const int scenario = qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_SCENARIO");
        w->playScenario(scenario > 0 ? scenario : 9);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, 10000);
    }
    const QStringList size = qEnvironmentVariable("CACOPHONY_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2)
        w->resize(size.at(0).toInt(), size.at(1).toInt()); // a projector: 1024x768
    QTest::qWait(300); // let the last frame paint
    QVERIFY(w->grab().save(out));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
