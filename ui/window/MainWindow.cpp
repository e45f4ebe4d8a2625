#include "window/MainWindow.h"

#include "export/ChartExporter.h"
#include "export/ExportOptionsDialog.h"
#include "metronome/Scenario.h"
#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"
#include "window/AudioOutput.h"
#include "window/ComparisonView.h"
#include "window/FirstStartBanner.h"
#include "window/HistoryPanel.h"
#include "window/LiveAnalysis.h"
#include "window/LogConsole.h"
#include "window/PresentationMode.h"
#include "window/ReplayBar.h"
#include "window/ReplayController.h"
#include "session/RunController.h"
#include "session/RunKind.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/ScenarioText.h"
#include "window/SeriesRunner.h"
#include "window/ShownRun.h"
#include "window/StatsPanel.h"
#include "window/TempoControl.h"
#include "window/TraceFileJob.h"
#include "metronomemode/BeatFlash.h"
#include "metronomemode/MeterControls.h"
#include "metronomemode/MetronomeController.h"
#include "metronomemode/MetronomeMode.h"
#include "metronomemode/TempoKeys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDial>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <qcustomplot.h>

namespace cacophony {

namespace {

QIcon appIcon(const char *name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    if (QFile::exists(path))
        return QIcon(path);
    return QApplication::style()->standardIcon(fallback);
}

// Tooltips carry the shortcut, so the toolbar teaches the keyboard.
void describe(QAction *action, const QString &tip)
{
    action->setStatusTip(tip);
    const QKeySequence key = action->shortcut();
    action->setToolTip(
        key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
}

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

// Live statistics keep up with the chart (a beat drawn red is counted within a tenth of a
// second), unless analysing (on a worker: LiveAnalysis) costs more than a tenth of a core.
constexpr int kLiveStatsMs = 100;

const Scenario *scenarioByNumber(int number)
{
    for (const Scenario &s : ScenarioRegistry::scenarios()) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

} // namespace

MainWindow::MainWindow(const QString &settingsFile, QWidget *parent)
    : QMainWindow(parent)
    , m_store(AppSettings::open(settingsFile))
    , m_audio(std::make_unique<AudioOutput>())
    , m_controller(new RunController(this))
    , m_history(new RunHistory(this))
    , m_shown(new ShownRun(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    QStringList warnings;
    m_settings = AppSettings::load(*m_store, &warnings);

    m_controller->setSoundSink(m_audio->sink());

    createActions();
    createCentral();
    createDocks();
    createReplay();
    createMenus();
    createToolBar();
    createStatusBar();
    createMetronomeMode();
    connect(m_shown, &ShownRun::changed, this, &MainWindow::followShownRun);
    applySettings();

    // Space plays wherever the focus is in the window: spin boxes would type it, buttons
    // would press themselves, combo boxes would open, lists would select. Let it reach the
    // Play shortcut instead (text fields of dialogs keep it).
    for (QWidget *child : findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(child) || qobject_cast<QAbstractButton *>(child)
            || qobject_cast<QComboBox *>(child) || qobject_cast<QAbstractSlider *>(child)
            || qobject_cast<QAbstractItemView *>(child))
            child->installEventFilter(this);
    }

    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(250);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        if (isPlaying())
            play(); // start() stops the old run first
    });
    m_statsTimer.setInterval(kLiveStatsMs);
    connect(&m_statsTimer, &QTimer::timeout, this, &MainWindow::updateLiveStats);
    m_liveAnalysis = new LiveAnalysis(this);
    connect(m_liveAnalysis, &LiveAnalysis::ready, this, [this](const RunAnalysis &analysis, qint64 workerMs) {
        if (!isPlaying() || !m_shown->isLive())
            return;
        m_stats->setAnalysis(analysis, false);
        // A long continuous run makes analysis costly: then refresh less often, never
        // spending more than about a tenth of a core on it.
        m_statsTimer.setInterval(std::max(kLiveStatsMs, int(workerMs * 10)));
    });

    connect(m_controller, &RunController::runStarted, this, &MainWindow::onRunStarted);
    // The live run feeds the timeline only while it is what the timeline shows.
    connect(m_controller, &RunController::eventsArrived, this, [this](const EventBatch &batch) {
        if (m_shown->isLive()) {
            m_timeline->appendEvents(batch);
            m_console->appendEvents(batch);
        }
    });
    connect(m_controller, &RunController::namesChanged, this,
        [this](const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &objects) {
            if (m_shown->isLive())
                m_timeline->updateNames(tasks, objects);
        });
    connect(m_controller, &RunController::eventsDropped, this, [this](qint64 cutoff, quint64) {
        if (m_shown->isLive())
            m_timeline->dropBefore(cutoff);
        updateRetention();
    });
    connect(m_controller, &RunController::progressChanged, this, &MainWindow::onProgress);
    connect(m_controller, &RunController::runEnded, this, &MainWindow::onRunEnded);
    connect(m_controller, &RunController::runFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    // The engine reports a lost or recovered output from its own threads.
    connect(
        m_audio->engine(), &AudioEngine::statusChanged, this,
        [this](const AudioStatus &status) {
            updateAudioStatus();
            if (status.state == AudioStatus::Lost)
                statusBar()->showMessage(status.message, 10000);
        },
        Qt::QueuedConnection);

    if (!warnings.isEmpty()) {
        statusBar()->showMessage(
            tr("Some settings were invalid and have been reset: %1").arg(warnings.join(QLatin1Char(' '))),
            30000);
        saveSettings(); // write the repaired values back
    }
}

MainWindow::~MainWindow()
{
    // Runs call the sound sink: they must be gone before the audio output is.
    m_metronome->stop();
    delete m_controller;
    m_controller = nullptr;
    m_replay->controller()->setSoundSink(nullptr);
    m_audio.reset();
    m_store->sync();
}

// ---- construction ---------------------------------------------------------------------
void MainWindow::createMetronomeMode()
{
    m_metronome = new MetronomeMode(this, m_audio->sink());
    auto *row = static_cast<QBoxLayout *>(m_tempo->parentWidget()->layout());
    row->insertWidget(row->indexOf(m_tempo), m_metronome->modeSwitch());
    row->insertWidget(row->indexOf(m_tempo) + 1, m_metronome->meterControls());
    auto *column = static_cast<QBoxLayout *>(centralWidget()->layout());
    column->insertWidget(column->indexOf(m_header), m_metronome->beatFlash());
    QWidget *runBox = m_beats->parentWidget();
    m_metronome->setScenarioWidgets({m_picker, row->itemAt(row->indexOf(m_picker) + 1)->widget(), runBox,
                                     row->itemAt(row->indexOf(runBox) + 1)->widget()}); // with their separators
    m_metronome->apply(m_settings);

    connect(m_metronome->tempoKeys(), &TempoKeys::stepRequested, this,
        [this](int delta) { m_tempo->setBpm(m_tempo->bpm() + delta); });
    connect(m_banner, &FirstStartBanner::metronomeChosen, m_metronome, [this] { m_metronome->setActive(true); });
    connect(m_metronome, &MetronomeMode::patternChanged, this, [this] {
        m_metronome->store(m_settings);
        saveSettings();
        showPending();
    });
    connect(m_metronome, &MetronomeMode::modeChanged, this, [this] {
        stop(); // whatever played belongs to the other mode
        m_metronome->store(m_settings);
        saveSettings();
        updatePlayAction();
        showPending();
    });
    MetronomeController *track = m_metronome->controller();
    connect(track, &MetronomeController::eventsArrived, m_timeline, &TimelineView::appendEvents);
    connect(track, &MetronomeController::stopped, this, &MainWindow::updatePlayAction);
    connect(track, &MetronomeController::started, this, [this, track](const RunSettings &s) {
        track->setDisplayDelayNs(outputLatencyNs()); // the flash lights as the click is heard
        m_shown->showClickTrack(s);
        updatePlayAction();
    });
}

void MainWindow::createActions()
{
    m_playAction = new QAction(appIcon("play", QStyle::SP_MediaPlay), tr("&Play"), this);
    m_playAction->setObjectName(QStringLiteral("playAction"));
    m_playAction->setShortcut(Qt::Key_Space);
    m_playAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_playAction, &QAction::triggered, this, &MainWindow::togglePlay);

    m_tapAction = new QAction(appIcon("tap", QStyle::SP_MediaSeekForward), tr("&Tap Tempo"), this);
    m_tapAction->setShortcut(Qt::Key_T);
    describe(m_tapAction, tr("Tap tempo: tap twice or more in time"));

    m_fasterAction = new QAction(tr("&Faster"), this);
    m_fasterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    describe(m_fasterAction, tr("One BPM faster"));
    m_slowerAction = new QAction(tr("S&lower"), this);
    m_slowerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    describe(m_slowerAction, tr("One BPM slower"));

    m_nextScenarioAction = new QAction(tr("&Next Scenario"), this);
    m_nextScenarioAction->setShortcut(Qt::Key_BracketRight);
    describe(m_nextScenarioAction, tr("Switch to the next scenario"));
    m_previousScenarioAction = new QAction(tr("P&revious Scenario"), this);
    m_previousScenarioAction->setShortcut(Qt::Key_BracketLeft);
    describe(m_previousScenarioAction, tr("Switch to the previous scenario"));

    m_newSeedAction = new QAction(appIcon("seed", QStyle::SP_BrowserReload), tr("New &Seed"), this);
    m_newSeedAction->setShortcut(Qt::Key_N);
    describe(m_newSeedAction, tr("Pick a new random seed: other delays and volumes"));

    m_demoAction = new QAction(tr("&Demonstration: 9, then 14"), this);
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    describe(m_demoAction, tr("Play scenario 9, then 14, then compare them stacked"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::playNineThenFourteen);

    m_exportImageAction
        = new QAction(appIcon("export-image", QStyle::SP_DialogSaveButton), tr("&Export Image…"), this);
    m_exportImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    describe(m_exportImageAction, tr("Save the timeline as PNG, JPG, PDF or SVG"));
    connect(m_exportImageAction, &QAction::triggered, this, &MainWindow::exportImage);

    m_exportPageAction = new QAction(
        appIcon("export-page", QStyle::SP_FileDialogDetailedView), tr("Export Series &Page…"), this);
    m_exportPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    describe(m_exportPageAction,
        tr("Run all 14 scenarios and save their charts stacked on one page, like the series"));
    connect(m_exportPageAction, &QAction::triggered, this, &MainWindow::exportSeriesPage);

    m_openAction = new QAction(appIcon("open", QStyle::SP_DialogOpenButton), tr("&Open Trace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    describe(m_openAction, tr("Open a saved trace (Chrome trace JSON)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openTrace);

    m_saveAction = new QAction(appIcon("save", QStyle::SP_DialogSaveButton), tr("&Save Trace…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    describe(m_saveAction, tr("Save the run on screen as a Chrome trace (opens in Perfetto too)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveTrace);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    describe(m_quitAction, tr("Quit Cacophony"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *views = new QActionGroup(this);
    m_beatsViewAction = new QAction(appIcon("beats", QStyle::SP_FileDialogListView), tr("&Beats"), views);
    m_beatsViewAction->setCheckable(true);
    m_beatsViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    describe(m_beatsViewAction,
        tr("Beat view: ideal beats, volume measurements and actual beats, as in the series"));
    m_tasksViewAction = new QAction(appIcon("tasks", QStyle::SP_FileDialogDetailedView), tr("T&asks"), views);
    m_tasksViewAction->setCheckable(true);
    m_tasksViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    describe(
        m_tasksViewAction, tr("Task view: a lane per task and per channel, with sends, receives and spawns"));
    connect(
        m_beatsViewAction, &QAction::triggered, this, [this] { setTimelineView(TimelineView::View::Beats); });
    connect(
        m_tasksViewAction, &QAction::triggered, this, [this] { setTimelineView(TimelineView::View::Tasks); });

    m_resetZoomAction = new QAction(appIcon("zoom-reset", QStyle::SP_BrowserReload), tr("&Reset Zoom"), this);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    describe(m_resetZoomAction, tr("Show the whole run again"));
    connect(m_resetZoomAction, &QAction::triggered, this, [this] {
        if (isComparing())
            m_comparison->resetView();
        else
            m_timeline->resetView();
    });

    m_followAction = new QAction(tr("&Follow Latest"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setShortcut(Qt::Key_F);
    describe(m_followAction, tr("Keep the newest events in view while a run plays"));

    m_compareAction
        = new QAction(appIcon("compare", QStyle::SP_FileDialogContentsView), tr("&Compare Runs"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    describe(m_compareAction, tr("Stack two runs from the history on one shared time axis"));

    m_closeCompareAction = new QAction(tr("Close Co&mparison"), this);
    m_closeCompareAction->setShortcut(Qt::Key_Escape);
    m_closeCompareAction->setEnabled(false);
    describe(m_closeCompareAction, tr("Back to the single timeline"));
    connect(m_closeCompareAction, &QAction::triggered, this, &MainWindow::closeComparison);

    m_themeGroup = new QActionGroup(this);
    const std::pair<Theme::Mode, QString> themes[] = { { Theme::Mode::System, tr("&System") },
        { Theme::Mode::Light, tr("&Light") }, { Theme::Mode::Dark, tr("&Dark") } };
    for (const auto &[mode, text] : themes) {
        auto *action = new QAction(text, m_themeGroup);
        action->setCheckable(true);
        action->setData(Theme::name(mode));
        const Theme::Mode m = mode;
        connect(action, &QAction::triggered, this, [this, m] { setTheme(m); });
    }
    m_themeGroup->actions().at(0)->setStatusTip(tr("The look of your desktop"));
    m_themeGroup->actions().at(1)->setStatusTip(tr("Light palette (good on a projector)"));
    m_themeGroup->actions().at(2)->setStatusTip(tr("Dark palette"));

    m_muteAction = new QAction(tr("&Mute"), this);
    m_muteAction->setCheckable(true);
    m_muteAction->setShortcut(Qt::Key_M);
    describe(m_muteAction, tr("Silence the clicks; the timeline keeps drawing"));

    m_hintAction = new QAction(tr("&First-Start Hint"), this);
    m_hintAction->setShortcut(QKeySequence::HelpContents);
    describe(m_hintAction, tr("Show the hint: play scenario 9, then 14"));
    connect(m_hintAction, &QAction::triggered, this, &MainWindow::showFirstStartHint);

    m_aboutAction = new QAction(tr("&About Cacophony"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Shortcuts work wherever the focus is in the window.
    for (QAction *a :
        { m_playAction, m_tapAction, m_fasterAction, m_slowerAction, m_nextScenarioAction,
            m_previousScenarioAction, m_newSeedAction, m_demoAction, m_exportImageAction, m_exportPageAction,
            m_openAction, m_saveAction, m_quitAction, m_beatsViewAction, m_tasksViewAction, m_resetZoomAction,
            m_followAction, m_compareAction, m_closeCompareAction, m_muteAction, m_hintAction })
        addAction(a);
}

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);

    m_banner = new FirstStartBanner(central);
    connect(m_banner, &FirstStartBanner::playScenario, this, &MainWindow::playScenario);
    connect(m_banner, &FirstStartBanner::playBoth, this, &MainWindow::playNineThenFourteen);
    connect(m_banner, &FirstStartBanner::dismissed, this, [this] {
        m_settings.firstStartDone = true;
        saveSettings();
    });
    layout->addWidget(m_banner);

    // The control strip: transport, tempo, what to run, and how.
    auto *strip = new QWidget(central);
    strip->setObjectName(QStringLiteral("controlStrip"));
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);

    m_playButton = new QToolButton(strip);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setDefaultAction(m_playAction);
    m_playButton->setIconSize(QSize(36, 36));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_playButton->setMinimumWidth(72);
    m_playButton->setFocusPolicy(Qt::TabFocus);
    row->addWidget(m_playButton);
    row->addWidget(separator(strip));

    m_tempo = new TempoControl(strip);
    connect(m_tapAction, &QAction::triggered, m_tempo, &TempoControl::tap);
    connect(m_fasterAction, &QAction::triggered, this, [this] { m_tempo->setBpm(m_tempo->bpm() + 1); });
    connect(m_slowerAction, &QAction::triggered, this, [this] { m_tempo->setBpm(m_tempo->bpm() - 1); });
    row->addWidget(m_tempo);
    row->addWidget(separator(strip));

    m_picker = new ScenarioPicker(strip);
    connect(m_nextScenarioAction, &QAction::triggered, this, [this] { m_picker->selectNext(+1); });
    connect(m_previousScenarioAction, &QAction::triggered, this, [this] { m_picker->selectNext(-1); });
    row->addWidget(m_picker, 1);
    row->addWidget(separator(strip));

    auto *runBox = new QWidget(strip);
    auto *runGrid = new QGridLayout(runBox);
    runGrid->setContentsMargins(0, 0, 0, 0);
    runGrid->setVerticalSpacing(2);
    m_beats = new QSpinBox(runBox);
    m_beats->setObjectName(QStringLiteral("beatsBox"));
    m_beats->setRange(0, AppSettings::kMaxBeats);
    m_beats->setSpecialValueText(tr("continuous"));
    m_beats->setKeyboardTracking(false);
    m_beats->setToolTip(tr("Beats per run: the series plays 15. 0 plays continuously until Stop."));
    m_seed = new QSpinBox(runBox);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("Seed of the simulated delays and volumes: the same seed repeats them "
                          "(thread scheduling still differs — that is the point)."));
    auto *dice = new QToolButton(runBox);
    dice->setDefaultAction(m_newSeedAction);
    dice->setAutoRaise(true);
    connect(m_newSeedAction, &QAction::triggered, this,
        [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1'000'000))); });
    runGrid->addWidget(caption(tr("&Beats"), m_beats, runBox), 0, 0);
    runGrid->addWidget(m_beats, 0, 1, 1, 2);
    runGrid->addWidget(caption(tr("S&eed"), m_seed, runBox), 1, 0);
    runGrid->addWidget(m_seed, 1, 1);
    runGrid->addWidget(dice, 1, 2);
    row->addWidget(runBox);
    row->addWidget(separator(strip));

    auto *volumeBox = new QWidget(strip);
    auto *volumeGrid = new QGridLayout(volumeBox);
    volumeGrid->setContentsMargins(0, 0, 0, 0);
    volumeGrid->setVerticalSpacing(2);
    m_volume = new QSlider(Qt::Horizontal, volumeBox);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volume->setMinimumWidth(110);
    m_volume->setToolTip(tr("Master volume of the clicks"));
    auto *speaker = new QLabel(volumeBox);
    speaker->setPixmap(appIcon("volume", QStyle::SP_MediaVolume).pixmap(QSize(20, 20)));
    speaker->setToolTip(m_volume->toolTip());
    volumeGrid->addWidget(caption(tr("&Volume"), m_volume, volumeBox), 0, 0, 1, 2);
    volumeGrid->addWidget(speaker, 1, 0);
    volumeGrid->addWidget(m_volume, 1, 1);
    row->addWidget(volumeBox);

    layout->addWidget(strip);

    // A title bar over the chart, like the series' pale yellow headings.
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("scenarioHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setMargin(6);
    m_header->setAutoFillBackground(true);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(central);
    m_timeline = new TimelineView(m_stack);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setMinimumHeight(240);
    m_comparison = new ComparisonView(m_stack);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_stack->addWidget(m_timeline);
    m_stack->addWidget(m_comparison);
    layout->addWidget(m_stack, 1);
    connect(m_comparison, &ComparisonView::closeRequested, this, &MainWindow::closeComparison);
    connect(m_followAction, &QAction::toggled, m_timeline, &TimelineView::setFollowLatest);
    connect(m_timeline, &TimelineView::followLatestChanged, m_followAction, &QAction::setChecked);

    setCentralWidget(central);
    updateHeaderColors();


}

void MainWindow::createDocks()
{
    m_stats = new StatsPanel(this);
    auto *statsDock = new QDockWidget(tr("Statistics"), this);
    statsDock->setObjectName(QStringLiteral("statsDock"));
    statsDock->setWidget(m_stats);
    statsDock->setToolTip(tr("The numbers of the run on screen"));
    addDockWidget(Qt::RightDockWidgetArea, statsDock);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setPlaceholderText(tr("Click a beat, a measurement, a task or a channel operation in the "
                                     "timeline to see its details here."));
    m_details->setToolTip(tr("Details of the item clicked in the timeline"));
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    auto showDetails = [this, detailsDock](const QString &details) {
        m_details->setPlainText(details);
        detailsDock->show();
    };
    connect(m_timeline, &TimelineView::itemSelected, this, showDetails);
    connect(m_comparison, &ComparisonView::itemSelected, this, showDetails);

    m_historyPanel = new HistoryPanel(m_history, this);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_historyPanel);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    connect(m_historyPanel, &HistoryPanel::showRequested, this, &MainWindow::showHistoryRun);
    connect(m_historyPanel, &HistoryPanel::compareRequested, this, &MainWindow::compareRuns);
    connect(m_compareAction, &QAction::triggered, m_historyPanel, &HistoryPanel::compareSelected);

    m_console = new LogConsole(this);
    m_console->setObjectName(QStringLiteral("logConsole"));
    auto *consoleDock = new QDockWidget(tr("Log Console"), this);
    consoleDock->setObjectName(QStringLiteral("logConsoleDock"));
    consoleDock->setWidget(m_console);
    addDockWidget(Qt::BottomDockWidgetArea, consoleDock);
    consoleDock->hide(); // shown for lessons; View > Log Console for scenarios

    resizeDocks({ statsDock, detailsDock, historyDock }, { 360, 120, 220 }, Qt::Vertical);
    resizeDocks({ statsDock }, { 330 }, Qt::Horizontal);
}

void MainWindow::createReplay()
{
    m_replay = new ReplayBar(m_timeline, this);
    m_replay->controller()->setSoundSink(m_audio->sink());
    m_replay->setSpeed(m_settings.replaySpeed);
    addToolBar(Qt::BottomToolBarArea, m_replay);
    addActions({ m_replay->replayAction(), m_replay->pauseAction(), m_replay->stepBackAction(),
        m_replay->stepForwardAction() });
    connect(m_replay, &ReplayBar::replayRequested, this, &MainWindow::replay);
    connect(m_replay, &ReplayBar::narrationChanged, m_details, &QTextBrowser::setPlainText);
    connect(m_replay, &ReplayBar::speedChanged, this, [this](double speed) {
        m_settings.replaySpeed = speed;
        saveSettings();
    });

    m_presentation = new PresentationMode(this);
    m_presentation->setScale(m_settings.presentationScale);
    m_presentation->setStage(m_header, { m_timeline, m_comparison->top(), m_comparison->bottom() }, m_replay,
        m_playAction, { findChild<QWidget *>(QStringLiteral("controlStrip")), m_banner });
    connect(m_presentation, &PresentationMode::scaleChanged, this, [this](double scale) {
        m_settings.presentationScale = scale;
        saveSettings();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportImageAction);
    file->addAction(m_exportPageAction);
    file->addSeparator();
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_playAction);
    run->addAction(m_tapAction);
    run->addAction(m_fasterAction);
    run->addAction(m_slowerAction);
    run->addSeparator();
    run->addAction(m_previousScenarioAction);
    run->addAction(m_nextScenarioAction);
    run->addAction(m_newSeedAction);
    run->addSeparator();
    run->addAction(m_demoAction);
    run->addSeparator();
    run->addActions({ m_replay->replayAction(), m_replay->pauseAction(), m_replay->stepBackAction(),
        m_replay->stepForwardAction() });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_beatsViewAction);
    view->addAction(m_tasksViewAction);
    view->addSeparator();
    view->addAction(m_resetZoomAction);
    view->addAction(m_followAction);
    view->addAction(m_compareAction);
    view->addAction(m_closeCompareAction);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());
    view->addAction(m_presentation->toggleAction());
    view->addMenu(tr("Presentation &Scale"))->addActions(m_presentation->scaleActions());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        view->addAction(toggle);
    }

    QMenu *audio = menuBar()->addMenu(tr("&Audio"));
    m_deviceMenu = audio->addMenu(tr("Output &Device"));
    m_deviceMenu->setObjectName(QStringLiteral("deviceMenu"));
    m_deviceMenu->setToolTipsVisible(true);
    connect(m_deviceMenu, &QMenu::aboutToShow, this, &MainWindow::populateDeviceMenu);
    audio->addAction(m_muteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_hintAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_playAction);
    bar->addAction(m_tapAction);
    bar->addSeparator();
    bar->addAction(m_beatsViewAction);
    bar->addAction(m_tasksViewAction);
    bar->addAction(m_resetZoomAction);
    bar->addAction(m_compareAction);
    bar->addSeparator();
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addAction(m_exportImageAction);
    bar->addAction(m_exportPageAction);
    // Files are icons only: the tooltips name them, and the bar stays one row on a laptop.
    for (QAction *a : { m_openAction, m_saveAction, m_exportImageAction, m_exportPageAction }) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    // Wide enough for its longest text in the user's language.
    const int textWidth = m_progress->fontMetrics().horizontalAdvance(
        tr("%1 / %2 beats, %3 lost").arg(9999).arg(9999).arg(9999));
    m_progress->setMinimumWidth(std::min(360, textWidth + 24));
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(true);
    m_progress->setToolTip(tr("Beats performed in this run, of those expected"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_retention = new QLabel(this);
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->hide();
    statusBar()->addPermanentWidget(m_retention);
    m_audioStatus = new QLabel(this);
    m_audioStatus->setObjectName(QStringLiteral("audioStatus"));
    statusBar()->addPermanentWidget(m_audioStatus);
}

// ---- settings -------------------------------------------------------------------------

void MainWindow::applySettings()
{
    const AppSettings s = m_settings; // the setters below save as they go
    m_tempo->setBpm(s.bpm);
    m_beats->setValue(s.beats);
    m_seed->setValue(int(std::min<std::uint64_t>(s.seed, std::uint64_t(std::numeric_limits<int>::max()))));
    m_picker->setSelection(s.scenario, s.customStrategy, s.customProfile);
    m_volume->setValue(s.volume);
    m_audio->setVolume(s.volume / 100.0);
    if (!s.audioDevice.isEmpty() && !m_audio->open(s.audioDevice))
        statusBar()->showMessage(
            tr("Audio device \"%1\" is not available; using the default.").arg(s.audioDevice), 10000);
    updateAudioStatus();

    setTimelineView(
        s.timelineView == QLatin1String("tasks") ? TimelineView::View::Tasks : TimelineView::View::Beats);
    setTheme(Theme::fromName(s.theme));
    m_banner->setVisible(!s.firstStartDone);

    resize(1360, 860);
    if (!s.geometry.isEmpty())
        restoreGeometry(s.geometry);
    if (!s.windowState.isEmpty())
        restoreState(s.windowState);

    m_settings = s;
    showPending();
    updatePlayAction();

    // From now on every change is a settings change (and may restart a playing run).
    connect(m_tempo, &TempoControl::bpmChanged, this, &MainWindow::onControlsChanged);
    connect(m_picker, &ScenarioPicker::selectionChanged, this, &MainWindow::onControlsChanged);
    connect(m_beats, &QSpinBox::valueChanged, this, &MainWindow::onControlsChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &MainWindow::onControlsChanged);
    connect(m_volume, &QSlider::valueChanged, this, [this](int volume) {
        m_settings.volume = volume;
        m_audio->setVolume(m_muteAction->isChecked() ? 0.0 : volume / 100.0);
        saveSettings();
    });
    connect(m_muteAction, &QAction::toggled, this, [this](bool muted) {
        m_audio->setVolume(muted ? 0.0 : m_volume->value() / 100.0);
        statusBar()->showMessage(muted ? tr("Muted") : tr("Sound on"), 2000);
    });
}

void MainWindow::saveSettings()
{
    m_settings.save(*m_store);
}

void MainWindow::onControlsChanged()
{
    storeControls();
    if (m_metronome->isPlaying()) {
        m_metronome->setBpm(m_settings.bpm); // in place, at the next beat: no restart
        return;
    }
    if (isPlaying()) {
        m_queue.clear(); // the user took over from the demonstration
        m_compareWhenQueueDone = false;
        m_restartTimer.start();
    } else if (!m_shown->isLive()) {
        showPending();
    }
}

void MainWindow::showPending()
{
    // Everything on screen names one run: a picked run that has not played yet says so,
    // with its own explanation, rather than leaving the last run's numbers under it.
    // The last run stays in the history.
    if (m_metronome && m_metronome->isActive())
        showMetronomeHeader();
    else
        m_shown->showPending(runSettings(), tr("not played yet"));
}

void MainWindow::showMetronomeHeader()
{
    m_header->setText(m_metronome->headerText()); // the beat view keeps the track's beats
    m_stats->clear(); // a scenario's numbers do not describe the click track
    setWindowTitle(tr("Cacophony — Metronome"));
}

void MainWindow::followShownRun()
{
    // The one place where the screen turns to another run: every view follows it.
    closeComparison();
    m_replay->stop(); // it replays the run that leaves the screen
    m_details->clear();
    const RunSettings &s = m_shown->settings();
    switch (m_shown->origin()) {
    case ShownRun::Origin::ClickTrack:
        // The beat view shows the click track; the log keeps the scenario run's lines.
        m_timeline->clear(s);
        m_timeline->setFollowLatest(true);
        showMetronomeHeader();
        return;
    case ShownRun::Origin::Pending:
        m_timeline->clear(s);
        m_stats->showPending(s);
        m_progress->hide();
        break;
    case ShownRun::Origin::Live:
        m_timeline->clear(s);
        m_console->clear(s);
        m_timeline->setFollowLatest(m_followAction->isChecked());
        m_stats->clear();
        break;
    case ShownRun::Origin::Recorded:
        m_timeline->setTraceData(*m_shown->trace());
        m_console->setTraceData(*m_shown->trace());
        m_stats->setAnalysis(m_shown->analysis(), true);
        showControlsOf(s);
        break;
    }
    updateHeader(s, m_shown->note());
    setWindowTitle(tr("Cacophony — %1").arg(RunHistory::runTitle(s)));
}

void MainWindow::showControlsOf(const RunSettings &s)
{
    // Play repeats the run on screen: the strip names it, without restarting anything.
    {
        const QSignalBlocker tempo(m_tempo), picker(m_picker), beats(m_beats), seed(m_seed);
        m_tempo->setBpm(s.bpm);
        m_beats->setValue(s.beats);
        m_seed->setValue(int(std::min<std::uint64_t>(s.seed, AppSettings::kMaxSeed)));
        const RunKind kind = RunKind::of(s);
        const Scenario *scenario = kind.scenario();
        if (scenario
            && (scenario->isLesson()
                || (scenario->strategyId == s.strategy && delayProfileName(scenario->profile) == s.profile)))
            m_picker->setSelection(scenario->id, m_picker->customStrategy(), m_picker->customProfile());
        else if (kind.strategy() && delayProfileFromName(s.profile))
            m_picker->setSelection(QStringLiteral("custom"), s.strategy, s.profile);
    }
    storeControls();
}

void MainWindow::storeControls()
{
    m_settings.bpm = m_tempo->bpm();
    m_settings.beats = m_beats->value();
    m_settings.seed = std::uint64_t(m_seed->value());
    m_settings.scenario = m_picker->scenarioId();
    m_settings.customStrategy = m_picker->customStrategy();
    m_settings.customProfile = m_picker->customProfile();
    saveSettings();
}

// ---- runs -----------------------------------------------------------------------------

bool MainWindow::isPlaying() const
{
    return (m_controller && m_controller->isRunning()) || (m_metronome && m_metronome->isPlaying());
}

bool MainWindow::isComparing() const
{
    return m_stack->currentWidget() == m_comparison;
}

RunSettings MainWindow::runSettings() const
{
    RunSettings s;
    s.scenario = m_picker->scenarioId();
    s.strategy = m_picker->strategyId();
    s.profile = m_picker->profile();
    s.bpm = m_tempo->bpm();
    s.beats = m_beats->value();
    s.seed = std::uint64_t(m_seed->value());
    return s;
}

std::shared_ptr<const TraceData> MainWindow::shownTrace() const
{
    if (m_shown->isLive() && isPlaying())
        return std::make_shared<const TraceData>(m_controller->trace());
    return m_shown->trace();
}

void MainWindow::play()
{
    m_restartTimer.stop();
    if (m_metronome->isActive()) {
        m_controller->stop();
        m_metronome->play(m_tempo->bpm());
        return;
    }
    m_controller->start(runSettings());
}

void MainWindow::stop()
{
    m_restartTimer.stop();
    m_metronome->stop();
    m_queue.clear();
    m_compareWhenQueueDone = false;
    m_controller->stop();
}

void MainWindow::togglePlay()
{
    if (isPlaying())
        stop();
    else
        play();
}

void MainWindow::playScenario(int number)
{
    const Scenario *scenario = scenarioByNumber(number);
    if (!scenario)
        return;
    m_queue.clear();
    m_compareWhenQueueDone = false;
    {
        // One restart, not one per control.
        const QSignalBlocker blocker(m_picker);
        m_picker->setSelection(scenario->id, m_picker->customStrategy(), m_picker->customProfile());
    }
    if (m_beats->value() == 0)
        m_beats->setValue(15); // the demonstration needs runs that end
    onControlsChanged();
    play();
}

void MainWindow::playNineThenFourteen()
{
    playScenario(9);
    m_queue = { 14 };
    m_compareWhenQueueDone = true;
    m_queueFirstId = 0;
}

void MainWindow::onRunStarted(const RunSettings &settings)
{
    m_shown->showLive(settings);
    m_statsEvents = 0;
    m_liveAnalysis->discard(); // a result for the run before must not land on this one
    m_statsTimer.start();
    updateRetention();
    updatePlayAction();
}

void MainWindow::onProgress(int done, int expected)
{
    m_progress->show();
    if (expected > 0) {
        m_progress->setRange(0, expected);
        m_progress->setValue(std::min(done, expected));
        m_progress->setFormat(tr("%1 / %2 beats").arg(done).arg(expected));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("%1 beats").arg(done));
    }
}

void MainWindow::updateRetention()
{
    const bool continuous = m_controller->settings().beats == 0;
    m_retention->setVisible(continuous);
    if (!continuous)
        return;
    const QLocale locale;
    const std::int64_t seconds = m_controller->retentionSpanNs() / 1'000'000'000;
    const QString span = seconds >= 60 ? tr("%1 min").arg(seconds / 60)
                                       : tr("%1 s").arg(std::max<std::int64_t>(1, seconds));
    const std::size_t dropped = m_controller->droppedEvents();
    m_retention->setText(dropped == 0 ? tr("keeps the last %1").arg(span)
                                      : tr("last %1 kept, %2 older events dropped")
                                            .arg(span, locale.toString(qulonglong(dropped))));
    m_retention->setToolTip(
        tr("A continuous run keeps only its newest %1 (at most %2 events) in memory, so it "
           "can play for hours. Older events leave the timeline, the statistics and the "
           "saved trace.")
            .arg(span, locale.toString(qulonglong(m_controller->retentionMaxEvents()))));
}

void MainWindow::updateLiveStats()
{
    if (!isPlaying()) {
        m_statsTimer.stop();
        return;
    }
    const std::size_t events = m_controller->eventCount();
    if (events == m_statsEvents || m_liveAnalysis->busy())
        return;
    m_statsEvents = events;
    // A copy of what the run kept (a memcpy); sorting and analysing it is the worker's.
    m_liveAnalysis->start(m_controller->unsortedTrace());
}

void MainWindow::onRunEnded(const TraceData &trace, bool completed)
{
    m_statsTimer.stop();
    m_liveAnalysis->discard(); // the final analysis below has the last word
    m_statsTimer.setInterval(kLiveStatsMs);

    // A run the user stopped is kept if it has something to show.
    RunAnalysis analysis;
    std::shared_ptr<const TraceData> kept;
    if (completed || std::any_of(trace.events.cbegin(), trace.events.cend(), [](const Event &e) {
            return e.kind == EventKind::Beat || e.kind == EventKind::Print;
        })) {
        const int id = m_history->add(trace, completed);
        const RunHistory::Entry *entry = m_history->entry(m_history->rowOfId(id));
        analysis = entry->analysis;
        kept = entry->trace;
        if (m_compareWhenQueueDone && m_queueFirstId == 0)
            m_queueFirstId = id;
    } else {
        analysis = RunAnalysis::analyse(trace);
        kept = std::make_shared<const TraceData>(trace);
    }

    // Unless the user has meanwhile turned to another run, this one stays on screen.
    if (m_shown->isLive()) {
        m_shown->endLive(std::move(kept), analysis);
        m_stats->setAnalysis(analysis, true);
        const bool lines = RunKind::of(trace).printsLines();
        if (lines) {
            m_progress->hide(); // a lesson that prints has no beats to count
        } else if (trace.settings.beats > 0) {
            onProgress(analysis.beatsPerformed, trace.settings.beats);
            if (analysis.beatsLost > 0)
                m_progress->setFormat(tr("%1 / %2 beats, %3 lost")
                                          .arg(analysis.beatsPerformed)
                                          .arg(trace.settings.beats)
                                          .arg(analysis.beatsLost));
        }
        statusBar()->showMessage(!completed ? tr("Stopped.")
                                 : lines    ? tr("Run finished. Lines printed: %1, lost: %2, out of order: %3.")
                                               .arg(analysis.linesPrinted)
                                               .arg(analysis.linesLost)
                                               .arg(analysis.linesOutOfOrder)
                                            : tr("Run finished. Beats: %1, lost: %2, out of order: %3.")
                                                 .arg(analysis.beatsPerformed)
                                                 .arg(analysis.beatsLost)
                                                 .arg(analysis.outOfOrder),
            8000);
    }
    updatePlayAction();

    if (completed && !m_queue.isEmpty()) {
        const int next = m_queue.takeFirst();
        const QList<int> rest = m_queue;
        const bool compare = m_compareWhenQueueDone;
        const int firstId = m_queueFirstId;
        playScenario(next); // resets the demonstration state: restore it
        m_queue = rest;
        m_compareWhenQueueDone = compare;
        m_queueFirstId = firstId;
        return;
    }
    if (completed && m_compareWhenQueueDone) {
        m_compareWhenQueueDone = false;
        const int first = m_history->rowOfId(m_queueFirstId);
        if (first > 0)
            compareRuns(first, 0);
        m_settings.firstStartDone = true;
        saveSettings();
        m_banner->hide(); // the point is made; Help > First-Start Hint brings it back
    }
}

void MainWindow::updatePlayAction()
{
    const bool playing = isPlaying();
    m_replay->setRunPlaying(playing);
    m_playAction->setText(playing ? tr("&Stop") : tr("&Play"));
    m_playAction->setIcon(
        playing ? appIcon("stop", QStyle::SP_MediaStop) : appIcon("play", QStyle::SP_MediaPlay));
    describe(m_playAction, playing ? tr("Stop the run") : tr("Play the chosen scenario at the chosen tempo"));
}

void MainWindow::updateHeader(const RunSettings &s, const QString &note)
{
    offerViewsFor(s);
    const RunKind kind = RunKind::of(s);
    const Scenario *found = kind.scenario();
    const QString profile = tr("Execution time of volume measurement is <b>%1</b>.")
                                .arg(ScenarioText::profile(s.profile).toHtmlEscaped());
    const QString noted = note.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(note.toHtmlEscaped());
    if (kind.isLesson()) {
        // A lesson: its title, what happens, and the series' explanation above the timeline.
        QString html = tr("Lesson: %1.").arg(ScenarioText::title(*found).toHtmlEscaped());
        if (!kind.printsLines())
            html += QLatin1Char(' ') + profile;
        html += noted;
        html += QStringLiteral(" <b>%1</b><br><span style=\"font-size:small\">%2</span>")
                    .arg(ScenarioText::lesson(*found).toHtmlEscaped(), ScenarioText::explanation(*found).toHtmlEscaped());
        m_header->setText(html);
        return;
    }
    QString title;
    QString lesson;
    if (found) {
        title = QStringLiteral("%1. %2").arg(found->number).arg(ScenarioText::title(*found).toHtmlEscaped());
        lesson = ScenarioText::lesson(*found).toHtmlEscaped();
    } else {
        const Strategy *strategy = kind.strategy();
        title
            = tr("Custom: %1").arg((strategy ? ScenarioText::title(*strategy) : s.strategy).toHtmlEscaped());
    }
    QString html = QStringLiteral("%1. %2").arg(title, profile) + noted;
    if (!lesson.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:small\">%1</span>").arg(lesson);
    m_header->setText(html);
}

void MainWindow::offerViewsFor(const RunSettings &settings)
{
    const RunKind kind = RunKind::of(settings);
    const auto view = !kind.beatViewOffered() || m_settings.timelineView == QLatin1String("tasks")
        ? TimelineView::View::Tasks
        : TimelineView::View::Beats;
    m_beatsViewAction->setEnabled(kind.beatViewOffered());
    m_beatsViewAction->setChecked(view == TimelineView::View::Beats);
    m_tasksViewAction->setChecked(view == TimelineView::View::Tasks);
    m_timeline->setView(view);
    m_comparison->setView(view);
    if (kind.isLesson())
        m_console->parentWidget()->show(); // its dock
}

void MainWindow::updateHeaderColors()
{
    QPalette p = m_header->palette();
    const bool dark = Theme::isDark();
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x42, 0x20) : QColor(0xfc, 0xee, 0xb5));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf3, 0xe9, 0xc6) : QColor(0x3b, 0x4a, 0x6b));
    m_header->setPalette(p);
}

// ---- history and comparison -------------------------------------------------------------

void MainWindow::showHistoryRun(int row)
{
    if (const RunHistory::Entry *entry = m_history->entry(row))
        showEntry(row, tr("from the history, %1").arg(QLocale().toString(entry->when.time(), QLocale::ShortFormat)));
}

void MainWindow::showEntry(int row, const QString &note)
{
    const RunHistory::Entry *entry = m_history->entry(row);
    if (!entry)
        return;
    // The screen turns to the old run first; a playing one stops (its end still goes to
    // the history, later, without taking the screen back).
    m_shown->showRecorded(entry->trace, entry->analysis, note);
    if (isPlaying())
        stop();
}

void MainWindow::compareRuns(int rowA, int rowB)
{
    const RunHistory::Entry *a = m_history->entry(rowA);
    const RunHistory::Entry *b = m_history->entry(rowB);
    if (!a || !b || rowA == rowB)
        return;
    m_replay->stop();
    auto title = [](const RunHistory::Entry *e) {
        if (RunKind::of(*e->trace).printsLines())
            return tr("%1 — %2 lines lost, %3 out of order")
                .arg(RunHistory::runTitle(e->trace->settings))
                .arg(e->analysis.linesLost)
                .arg(e->analysis.linesOutOfOrder);
        return tr("%1 — %2 BPM, %3 lost, %4 out of order")
            .arg(RunHistory::runTitle(e->trace->settings))
            .arg(e->trace->settings.bpm)
            .arg(e->analysis.beatsLost)
            .arg(e->analysis.outOfOrder);
    };
    m_comparison->setView(
        m_tasksViewAction->isChecked() ? TimelineView::View::Tasks : TimelineView::View::Beats);
    m_comparison->setRuns(*a->trace, title(a), *b->trace, title(b));
    m_stack->setCurrentWidget(m_comparison);
    m_closeCompareAction->setEnabled(true);
    m_header->hide();
    statusBar()->showMessage(tr("Comparing two runs on one time axis. Esc returns to the timeline."), 8000);
}

void MainWindow::closeComparison()
{
    m_stack->setCurrentWidget(m_timeline);
    m_closeCompareAction->setEnabled(false);
    m_header->show();
}

// ---- files ------------------------------------------------------------------------------

QString MainWindow::fileDialogDir(const QString &remembered) const
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: nothing waits on the user to close it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openTraceFile(const QString &path)
{
    if (m_traceJob)
        return false;
    startTraceJob(TraceFileJob::open(path, this));
    return true;
}

bool MainWindow::saveTraceFile(const QString &path)
{
    if (m_traceJob)
        return false;
    std::shared_ptr<const TraceData> trace = shownTrace();
    if (trace->events.empty()) {
        showError(tr("Nothing to save"), tr("Play a run first: there is no trace on screen."));
        return false;
    }
    startTraceJob(TraceFileJob::save(std::move(trace), path, this));
    return true;
}

void MainWindow::startTraceJob(TraceFileJob *job)
{
    m_traceJob = job;
    m_openAction->setEnabled(false);
    m_saveAction->setEnabled(false);
    const QString name = QFileInfo(job->path()).fileName();
    auto *progress = new QProgressDialog(
        job->kind() == TraceFileJob::Kind::Save ? tr("Saving %1…").arg(name) : tr("Opening %1…").arg(name),
        tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("traceProgress"));
    progress->setWindowModality(Qt::NonModal); // the window goes on playing and replotting
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(job, &TraceFileJob::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &TraceFileJob::cancel);
    connect(job, &TraceFileJob::finished, progress, &QObject::deleteLater);
    connect(job, &TraceFileJob::finished, this, &MainWindow::traceJobFinished);
}

void MainWindow::traceJobFinished(bool ok, const QString &error, bool cancelled)
{
    TraceFileJob *job = m_traceJob;
    m_traceJob = nullptr;
    job->deleteLater();
    m_openAction->setEnabled(true);
    m_saveAction->setEnabled(true);
    const QString path = QDir::toNativeSeparators(job->path());
    if (cancelled) {
        statusBar()->showMessage(job->kind() == TraceFileJob::Kind::Save
                                     ? tr("Saving cancelled: nothing was written.")
                                     : tr("Opening cancelled."),
                                 5000);
    } else if (job->kind() == TraceFileJob::Kind::Save) {
        if (ok)
            statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
        else
            showError(tr("Cannot save trace"), error);
    } else if (!ok) {
        showError(tr("Cannot open trace"),
            tr("%1 could not be opened as a Cacophony trace.\n\n%2").arg(path, error));
    } else {
        m_history->add(job->takeTrace(), job->analysis(), true);
        showEntry(0, tr("from %1").arg(QFileInfo(job->path()).fileName()));
        statusBar()->showMessage(tr("Opened %1.").arg(path), 5000);
    }
}

bool MainWindow::exportImageFile(const QString &path)
{
    ChartExporter::Options options;
    options.width = m_settings.exportWidth;
    options.height = isComparing() ? 0 : m_settings.exportHeight; // a comparison's charts fit their lanes
    options.scale = m_settings.exportScale;
    options.presentationScale = m_timeline->presentationScale(); // as on screen
    options.quality = m_settings.exportQuality;
    options.wholeRun = m_settings.exportWholeRun;
    return exportImageFile(path, options);
}

bool MainWindow::exportImageFile(const QString &path, const ChartExporter::Options &chosen)
{
    QString error;
    const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
    bool ok = false;
    if (!format) {
        error
            = tr("Unsupported file type \"%1\": use .png, .jpg, .pdf or .svg.").arg(QFileInfo(path).suffix());
    } else {
        ChartExporter::Options options = chosen;
        if (isComparing()) {
            // Stacked on their shared axis, as on screen.
            if (options.width <= 0)
                options.width = m_comparison->width();
            ok = ChartExporter::exportSeriesPage(
                { m_comparison->top()->traceData(), m_comparison->bottom()->traceData() },
                m_comparison->top()->view(), path, *format, options, &error);
        } else {
            // Titled like `cacophony export`: which run, at what tempo, how many beats, which seed.
            if (options.title.isEmpty())
                options.title = ChartExporter::captionFor(m_timeline->settings());
            ok = ChartExporter::exportView(m_timeline, path, *format, options, &error);
        }
    }
    if (!ok) {
        showError(tr("Cannot export image"), error);
        return false;
    }
    rememberExport(path);
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QSize MainWindow::exportScreenSize() const
{
    if (isComparing())
        return m_comparison->size();
    return m_timeline->plot()->size(); // what ChartExporter::exportView takes for 0
}

void MainWindow::chooseExportOptions(const QString &path)
{
    const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
    if (!format) {
        exportImageFile(path); // says why
        return;
    }
    const QSize screen = exportScreenSize();
    auto *dialog = new ExportOptionsDialog(path, *format, screen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeightFitted(isComparing());
    dialog->setRangeChoice(!isComparing()); // a comparison is drawn whole
    dialog->setWholeRun(m_settings.exportWholeRun);
    dialog->setQuality(m_settings.exportQuality);
    if (m_settings.exportWidth > 0) {
        const int height = m_settings.exportHeight > 0 ? m_settings.exportHeight : screen.height();
        dialog->setExportSize(QSize(m_settings.exportWidth, height));
    }
    dialog->setScale(m_settings.exportScale);
    dialog->setKeepAspectRatio(m_settings.exportKeepAspect);
    dialog->setPresentationScale(m_presentation->scale(), m_presentation->isActive());
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        m_settings.exportWidth = dialog->exportSize().width();
        if (!dialog->isHeightFitted()) // a fitted height was not chosen: keep the last one that was
            m_settings.exportHeight = dialog->exportSize().height();
        m_settings.exportScale = dialog->scale();
        m_settings.exportKeepAspect = dialog->keepAspectRatio();
        if (!isComparing())
            m_settings.exportWholeRun = dialog->wholeRun();
        if (dialog->format() == ChartExporter::Format::Jpg)
            m_settings.exportQuality = dialog->quality();
        saveSettings();
        exportImageFile(path, dialog->options());
    });
    dialog->open();
}

void MainWindow::rememberExport(const QString &path)
{
    // Only a file that was written makes its folder and format the next default: a
    // failed export to a missing folder must not become one.
    const QFileInfo info(path);
    m_settings.exportDir = info.absolutePath();
    if (const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path))
        m_settings.exportFormat = ChartExporter::formatName(*format).toLower();
    saveSettings();
}

void MainWindow::exportImage()
{
    // The last format chosen comes first, and names the suggested file.
    const QStringList filters { tr("PNG image (*.png)"), tr("JPEG image (*.jpg *.jpeg)"),
        tr("PDF document (*.pdf)"), tr("SVG drawing (*.svg)") };
    const QStringList suffixes { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("pdf"),
        QStringLiteral("svg") };
    const int chosen = std::max<int>(0, suffixes.indexOf(m_settings.exportFormat));
    QString selected = filters.at(chosen);
    const QString suggested = QDir(fileDialogDir(m_settings.exportDir))
                                  .filePath(QStringLiteral("cacophony-%1.%2")
                                          .arg(RunHistory::shortTitle(shownTrace()->settings), suffixes.at(chosen)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Image"), suggested, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    chooseExportOptions(path);
}

bool MainWindow::exportSeriesPageFile(const QString &path)
{
    const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
    if (!format) {
        showError(tr("Cannot export the series page"),
            tr("Unsupported file type \"%1\": use .png, .jpg, .pdf or .svg.").arg(QFileInfo(path).suffix()));
        return false;
    }
    if (m_series && m_series->isRunning())
        return false;
    stop(); // the page's runs must not share the machine with a playing one

    // The series' own settings: 6000 BPM and 15 beats, with the seed chosen here.
    RunSettings base = runSettings();
    base.bpm = 6000;
    base.beats = 15;
    if (!m_series)
        m_series = new SeriesRunner(this);
    m_series->disconnect(); // the previous page's dialog and file
    auto *progress = new QProgressDialog(tr("Running the 14 scenarios…"), tr("Cancel"), 0, 14, this);
    progress->setObjectName(QStringLiteral("seriesProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_series, &SeriesRunner::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, m_series, &SeriesRunner::cancel);
    connect(progress, &QProgressDialog::canceled, progress, &QObject::deleteLater);
    connect(m_series, &SeriesRunner::failed, this, [this, progress](const QString &message) {
        progress->close();
        showError(tr("Cannot export the series page"), message);
        emit seriesPageExported(false);
    });
    connect(m_series, &SeriesRunner::finished, this,
        [this, progress, path, format](const std::vector<TraceData> &traces) {
            progress->close();
            ChartExporter::Options options;
            QString error;
            const TimelineView::View view
                = m_tasksViewAction->isChecked() ? TimelineView::View::Tasks : TimelineView::View::Beats;
            if (!ChartExporter::exportSeriesPage(traces, view, path, *format, options, &error)) {
                showError(tr("Cannot export the series page"), error);
                emit seriesPageExported(false);
                return;
            }
            rememberExport(path);
            statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
            emit seriesPageExported(true);
        });
    m_series->start(SeriesRunner::seriesOf(base));
    return true;
}

void MainWindow::exportSeriesPage()
{
    const QString suggested
        = QDir(fileDialogDir(m_settings.exportDir)).filePath(QStringLiteral("cacophony-series.png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Series Page"), suggested,
        tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    exportSeriesPageFile(path);
}

void MainWindow::openTrace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Trace"),
        fileDialogDir(m_settings.traceDir), tr("Chrome trace (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.traceDir = QFileInfo(path).absolutePath();
    saveSettings();
    openTraceFile(path);
}

void MainWindow::saveTrace()
{
    const QString suggested
        = QDir(fileDialogDir(m_settings.traceDir))
              .filePath(
                  QStringLiteral("cacophony-%1.json").arg(RunHistory::shortTitle(shownTrace()->settings)));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Trace"), suggested, tr("Chrome trace (*.json)"));
    if (path.isEmpty())
        return;
    m_settings.traceDir = QFileInfo(path).absolutePath();
    saveSettings();
    saveTraceFile(path);
}

// ---- view -------------------------------------------------------------------------------

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::name(mode));
    m_settings.theme = Theme::name(mode);
    saveSettings();
}

void MainWindow::setTimelineView(TimelineView::View view)
{
    m_timeline->setView(view);
    m_comparison->setView(view);
    m_beatsViewAction->setChecked(view == TimelineView::View::Beats);
    m_tasksViewAction->setChecked(view == TimelineView::View::Tasks);
    m_settings.timelineView
        = view == TimelineView::View::Tasks ? QStringLiteral("tasks") : QStringLiteral("beats");
    saveSettings();
}

void MainWindow::showFirstStartHint()
{
    m_banner->show();
}

void MainWindow::replay()
{
    if (isPlaying())
        return;
    const std::shared_ptr<const TraceData> trace = shownTrace();
    if (trace->events.empty()) {
        statusBar()->showMessage(
            tr("Nothing to replay yet: play a run, or open one from the history or a trace file."), 8000);
        return;
    }
    closeComparison();
    // The cursor passes a beat when it is heard: behind the output's latency.
    m_replay->controller()->setDisplayDelayNs(outputLatencyNs());
    m_replay->replay(*trace);
}

std::int64_t MainWindow::outputLatencyNs() const
{
    const AudioStats audio = m_audio->engine()->stats();
    const bool heard = m_audio->isAvailable() && audio.sampleRate > 0;
    return heard ? std::int64_t(audio.latencySamples) * 1'000'000'000 / audio.sampleRate : 0;
}

void MainWindow::populateDeviceMenu()
{
    // Asked afresh each time: devices come and go.
    m_deviceMenu->clear();
    delete m_deviceGroup;
    m_deviceGroup = new QActionGroup(m_deviceMenu);
    const QString current = m_audio->isAvailable() ? m_audio->currentDevice() : QString();
    auto add = [this](const QString &text, const QString &device, bool checked) {
        QAction *action = m_deviceMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        action->setActionGroup(m_deviceGroup);
        connect(action, &QAction::triggered, this, [this, device] { selectAudioDevice(device); });
    };
    const QStringList devices = m_audio->devices();
    for (const QString &device : devices)
        add(device, device, current.startsWith(device)); // current is "name (api)"
    if (devices.isEmpty()) {
        QAction *none = m_deviceMenu->addAction(tr("No output device found"));
        none->setEnabled(false);
        none->setToolTip(m_audio->status());
    }
    m_deviceMenu->addSeparator();
    add(tr("No Sound"), QString::fromLatin1(AudioOutput::kNoSound), current.isEmpty());
}

void MainWindow::selectAudioDevice(const QString &device)
{
    // A run holds the sink: switch between runs. The click track goes on through the
    // reopen (its clicks are times, placed by whichever stream plays them).
    const bool wasPlaying = isPlaying() && !m_metronome->isPlaying();
    if (wasPlaying)
        stop();
    if (m_audio->open(device)) {
        m_settings.audioDevice = device;
        saveSettings();
        statusBar()->showMessage(m_audio->isAvailable()
                ? tr("Sound goes to %1.").arg(m_audio->currentDevice())
                : m_audio->status(),
            5000);
    } else {
        showError(tr("Audio device"), tr("Cannot open %1: %2").arg(device, m_audio->status()));
    }
    updateAudioStatus();
    if (wasPlaying)
        play();
}

void MainWindow::updateAudioStatus()
{
    // The one place that says whether there is sound: a lasting label, its reason in the
    // tooltip (no second message in the status bar).
    m_audioStatus->setText(m_audio->isAvailable() ? m_audio->currentDevice() : tr("No sound"));
    m_audioStatus->setToolTip(m_audio->isAvailable()
            ? m_audio->status()
            : tr("The metronome plays silently: %1 Choose a device in Audio > Output Device.")
                  .arg(m_audio->status()));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Cacophony"),
        tr("<h3>Cacophony %1</h3>"
           "<p>A metronome that lets you hear and see concurrency go wrong.</p>"
           "<p>Each beat is produced by one of the metronome implementations of the blog series "
           "<i>Metronome's Cacophony — concurrency in Go</i>. Switch the implementation and hear "
           "beats arrive late, out of order or not at all; the timeline shows why.</p>")
            .arg(QApplication::applicationVersion()));
}

// ---- events -----------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_queue.clear();
    m_compareWhenQueueDone = false;
    if (isPlaying())
        m_controller->stop();
    m_presentation->setActive(false); // the window's own layout is what is remembered
    m_settings.geometry = saveGeometry();
    m_settings.windowState = saveState();
    saveSettings();
    m_store->sync();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Returning true without accepting: the spin box never sees it, the shortcut fires.
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier)
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_header)
        updateHeaderColors();
}

} // namespace cacophony
