#include "window/MainWindow.h"

#include "metronomemode/BeatFlash.h"
#include "metronomemode/MeterControls.h"
#include "metronomemode/MetronomeController.h"
#include "metronomemode/MetronomeMode.h"
#include "metronomemode/TempoKeys.h"
#include "session/RunController.h"
#include "session/RunKind.h"
#include "window/AudioMenu.h"
#include "window/AudioOutput.h"
#include "window/ComparisonView.h"
#include "window/ControlStrip.h"
#include "window/Demonstration.h"
#include "window/ExportActions.h"
#include "window/FirstStartBanner.h"
#include "window/HistoryPanel.h"
#include "window/LiveRunPresenter.h"
#include "window/LogConsole.h"
#include "window/PresentationMode.h"
#include "window/ReplayBar.h"
#include "window/ReplayController.h"
#include "window/RunScreen.h"
#include "window/ScenarioPicker.h"
#include "window/HistoryStore.h"
#include "window/RunHistory.h"
#include "window/ScenarioHeader.h"
#include "window/ShownRun.h"
#include "window/SidePanels.h"
#include "window/StatsPanel.h"
#include "window/TempoControl.h"
#include "window/TraceFileActions.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cacophony {

MainWindow::MainWindow(const QString &settingsFile, QWidget *parent)
    : QMainWindow(parent)
    , m_store(AppSettings::open(settingsFile))
    , m_audio(std::make_unique<AudioOutput>())
    , m_controller(new RunController(this))
    , m_history(new RunHistory(this))
    , m_shown(new ShownRun(this))
    , m_actions(new WindowActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    QStringList warnings;
    m_settings = AppSettings::load(*m_store, &warnings);
    m_controller->setSoundSink(m_audio->sink());

    createCentral();
    createDocks();
    createReplay();
    createPresenters();
    createMetronomeMode();
    connectActions();
    applySettings();
    keepHistory(settingsFile);

    m_actions->letSpacePlay(this);

    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(250);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        if (isPlaying())
            play(); // start() stops the old run first
    });

    if (!warnings.isEmpty()) {
        showMessage(tr("Some settings were invalid and have been reset: %1").arg(warnings.join(QLatin1Char(' '))),
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

TempoControl *MainWindow::tempoControl() const { return m_strip->tempo(); }
ScenarioPicker *MainWindow::scenarioPicker() const { return m_strip->picker(); }
QSpinBox *MainWindow::beatsBox() const { return m_strip->beats(); }
QSpinBox *MainWindow::seedBox() const { return m_strip->seed(); }
QSlider *MainWindow::volumeSlider() const { return m_strip->volume(); }
QAction *MainWindow::playAction() const { return m_actions->playAction; }
StatsPanel *MainWindow::statsPanel() const { return m_panels->stats(); }
HistoryPanel *MainWindow::historyPanel() const { return m_panels->history(); }
QTextBrowser *MainWindow::detailsView() const { return m_panels->details(); }
LogConsole *MainWindow::logConsole() const { return m_panels->console(); }
TraceFileJob *MainWindow::traceFileJob() const { return m_files->job(); }
bool MainWindow::openTraceFile(const QString &path) { return m_files->openFile(path); }
bool MainWindow::saveTraceFile(const QString &path) { return m_files->saveFile(path); }
bool MainWindow::exportImageFile(const QString &path) { return m_exports->exportImageFile(path); }
bool MainWindow::exportImageFile(const QString &path, const ChartExporter::Options &options)
{
    return m_exports->exportImageFile(path, options);
}
void MainWindow::chooseExportOptions(const QString &path) { m_exports->chooseExportOptions(path); }
bool MainWindow::exportSeriesPageFile(const QString &path) { return m_exports->exportSeriesPageFile(path); }

// ---- construction ---------------------------------------------------------------------

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(6);

    m_banner = new FirstStartBanner(central);
    connect(m_banner, &FirstStartBanner::playScenario, this, &MainWindow::playScenario);
    connect(m_banner, &FirstStartBanner::playBoth, this, &MainWindow::playNineThenFourteen);
    connect(m_banner, &FirstStartBanner::dismissed, this, [this] {
        m_settings.firstStartDone = true;
        saveSettings();
    });
    layout->addWidget(m_banner);

    m_strip = new ControlStrip(*m_actions, central);
    layout->addWidget(m_strip);

    m_header = new ScenarioHeader(central);
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
    setCentralWidget(central);
}

void MainWindow::createPresenters()
{
    m_screen = new RunScreen({ m_shown, m_history, m_stack, m_timeline, m_comparison, m_header, m_panels, m_strip,
                                 m_replay, m_actions },
        m_settings, this);
    connect(m_screen, &RunScreen::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_screen, &RunScreen::settingsChanged, this, &MainWindow::saveSettings);
    connect(m_screen, &RunScreen::message, this, &MainWindow::showMessage);

    m_live = new LiveRunPresenter(m_controller, m_history, m_shown, { m_timeline, m_panels->console(), m_panels->stats() }, this);
    connect(m_live, &LiveRunPresenter::message, this, &MainWindow::showMessage);
    connect(m_live, &LiveRunPresenter::runStarted, this, &MainWindow::updatePlayAction);
    connect(m_live, &LiveRunPresenter::runEnded, this, &MainWindow::updatePlayAction);

    m_demo = new Demonstration(this);
    connect(m_live, &LiveRunPresenter::runEnded, m_demo, &Demonstration::runEnded);
    connect(m_demo, &Demonstration::playRequested, this, &MainWindow::pickAndPlay);
    connect(m_demo, &Demonstration::compareRequested, this, [this](int firstId, int secondId) {
        const int top = m_history->rowOfId(firstId);
        const int bottom = m_history->rowOfId(secondId);
        if (top >= 0 && bottom >= 0)
            compareRuns(top, bottom);
    });
    connect(m_demo, &Demonstration::finished, this, [this] {
        m_settings.firstStartDone = true;
        saveSettings();
        m_banner->hide(); // the point is made; Help > First-Start Hint brings it back
    });

    const auto shown = [this] { return m_live->shownTrace(); };
    m_files = new TraceFileActions(this, m_settings, m_history, shown, m_actions->openAction, m_actions->saveAction);
    connect(m_files, &TraceFileActions::opened, this, &MainWindow::showEntry);
    connect(m_files, &TraceFileActions::settingsChanged, this, &MainWindow::saveSettings);
    connect(m_files, &TraceFileActions::message, this, &MainWindow::showMessage);
    connect(m_files, &TraceFileActions::failed, this, &MainWindow::showError);

    m_exports = new ExportActions(this, m_settings,
        { m_stack, m_timeline, m_comparison, m_presentation, m_actions->tasksViewAction, m_strip }, shown,
        m_actions->exportImageAction, m_actions->exportPageAction);
    connect(m_exports, &ExportActions::stopRequested, this, &MainWindow::stop);
    connect(m_exports, &ExportActions::seriesPageExported, this, &MainWindow::seriesPageExported);
    connect(m_exports, &ExportActions::settingsChanged, this, &MainWindow::saveSettings);
    connect(m_exports, &ExportActions::message, this, &MainWindow::showMessage);
    connect(m_exports, &ExportActions::failed, this, &MainWindow::showError);

    QMenu *audio = m_actions->buildMenus(menuBar(),
        { { m_replay->replayAction(), m_replay->pauseAction(), m_replay->stepBackAction(),
              m_replay->stepForwardAction() },
            m_presentation->toggleAction(), m_presentation->scaleActions(), m_panels->docks() });
    m_actions->buildToolBar(this);
    m_audioMenu = new AudioMenu(m_audio.get(), audio, m_actions->muteAction, this);
    // A run holds the sink: switch between runs. The click track goes on through the
    // reopen (its clicks are times, placed by whichever stream plays them).
    connect(m_audioMenu, &AudioMenu::switching, this, [this] {
        m_playAfterSwitch = isPlaying() && !m_metronome->isPlaying();
        if (m_playAfterSwitch)
            stop();
    });
    connect(m_audioMenu, &AudioMenu::switched, this, [this] {
        if (std::exchange(m_playAfterSwitch, false))
            play();
    });
    connect(m_audioMenu, &AudioMenu::deviceChosen, this, [this](const QString &device) {
        m_settings.audioDevice = device;
        saveSettings();
    });
    connect(m_audioMenu, &AudioMenu::silenceChanged, m_strip, &ControlStrip::setSilent);
    connect(m_audioMenu, &AudioMenu::message, this, &MainWindow::showMessage);
    connect(m_audioMenu, &AudioMenu::failed, this, &MainWindow::showError);

    statusBar()->addPermanentWidget(m_live->progressBar());
    statusBar()->addPermanentWidget(m_live->retentionLabel());
    statusBar()->addPermanentWidget(m_audioMenu->statusLabel());
}

void MainWindow::connectActions()
{
    const WindowActions &a = *m_actions;
    connect(a.playAction, &QAction::triggered, this, &MainWindow::togglePlay);
    connect(a.demoAction, &QAction::triggered, this, &MainWindow::playNineThenFourteen);
    connect(a.quitAction, &QAction::triggered, this, &QWidget::close);
    connect(a.beatsViewAction, &QAction::triggered, this, [this] { setTimelineView(TimelineView::View::Beats); });
    connect(a.tasksViewAction, &QAction::triggered, this, [this] { setTimelineView(TimelineView::View::Tasks); });
    connect(a.resetZoomAction, &QAction::triggered, this, [this] {
        if (isComparing())
            m_comparison->resetView();
        else
            m_timeline->resetView();
    });
    connect(a.followAction, &QAction::toggled, m_timeline, &TimelineView::setFollowLatest);
    connect(m_timeline, &TimelineView::followLatestChanged, a.followAction, &QAction::setChecked);
    connect(a.compareAction, &QAction::triggered, m_panels->history(), &HistoryPanel::compareSelected);
    connect(a.closeCompareAction, &QAction::triggered, this, &MainWindow::closeComparison);
    // Presenting, Esc leaves full screen (PresentationMode); a comparison stays.
    connect(m_presentation, &PresentationMode::activeChanged, a.closeCompareAction,
        [action = a.closeCompareAction](bool on) { action->setShortcut(on ? QKeySequence() : QKeySequence(Qt::Key_Escape)); });
    for (QAction *theme : a.themeGroup->actions())
        connect(theme, &QAction::triggered, this,
            [this, theme] { setTheme(Theme::fromName(theme->data().toString())); });
    connect(a.hintAction, &QAction::triggered, this, &MainWindow::showFirstStartHint);
    connect(a.aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMetronomeMode()
{
    m_metronome = new MetronomeMode(this, m_audio->sink());
    m_screen->setMetronomeMode(m_metronome);
    auto *row = static_cast<QBoxLayout *>(m_strip->layout());
    row->insertWidget(row->indexOf(m_strip->tempo()), m_metronome->modeSwitch());
    row->insertWidget(row->indexOf(m_strip->tempo()) + 1, m_metronome->meterControls());
    auto *column = static_cast<QBoxLayout *>(centralWidget()->layout());
    column->insertWidget(column->indexOf(m_header), m_metronome->beatFlash());
    QWidget *runBox = m_strip->beats()->parentWidget();
    QWidget *picker = m_strip->picker();
    m_metronome->setScenarioWidgets({picker, row->itemAt(row->indexOf(picker) + 1)->widget(), runBox,
                                     row->itemAt(row->indexOf(runBox) + 1)->widget()}); // with their separators
    m_metronome->apply(m_settings);

    connect(m_metronome->tempoKeys(), &TempoKeys::stepRequested, this,
        [this](int delta) { m_strip->tempo()->setBpm(m_strip->tempo()->bpm() + delta); });
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

void MainWindow::createDocks()
{
    m_panels = new SidePanels(this, m_history);
    connect(m_timeline, &TimelineView::itemSelected, m_panels, &SidePanels::showDetails);
    connect(m_comparison, &ComparisonView::itemSelected, m_panels, &SidePanels::showDetails);
    connect(m_panels->history(), &HistoryPanel::showRequested, this, &MainWindow::showHistoryRun);
    connect(m_panels->history(), &HistoryPanel::compareRequested, this, &MainWindow::compareRuns);
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
    connect(m_replay, &ReplayBar::narrationChanged, m_panels->details(), &QTextBrowser::setPlainText);
    connect(m_replay, &ReplayBar::speedChanged, this, [this](double speed) {
        m_settings.replaySpeed = speed;
        saveSettings();
    });

    m_presentation = new PresentationMode(this);
    m_presentation->setScale(m_settings.presentationScale);
    m_presentation->setStage(m_header, { m_timeline, m_comparison->top(), m_comparison->bottom() }, m_replay,
        m_actions->playAction, { m_strip, m_banner });
    connect(m_presentation, &PresentationMode::scaleChanged, this, [this](double scale) {
        m_settings.presentationScale = scale;
        saveSettings();
    });
}

// ---- settings -------------------------------------------------------------------------

void MainWindow::applySettings()
{
    const AppSettings s = m_settings; // the setters below save as they go
    m_strip->apply(s);
    m_audioMenu->apply(s);
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
    connect(m_strip, &ControlStrip::settingsChanged, this, &MainWindow::onControlsChanged);
    connect(m_strip, &ControlStrip::volumeChanged, this, [this](int volume) {
        m_settings.volume = volume;
        m_audioMenu->setVolume(volume);
        saveSettings();
    });
}

void MainWindow::saveSettings()
{
    m_settings.save(*m_store);
}

void MainWindow::onControlsChanged()
{
    m_strip->store(m_settings);
    saveSettings();
    if (m_metronome->isPlaying()) {
        m_metronome->setBpm(m_settings.bpm); // in place, at the next beat: no restart
        return;
    }
    if (isPlaying()) {
        m_demo->cancel(); // the user took over from the demonstration
        m_restartTimer.start();
    } else if (!m_shown->isLive()) {
        showPending();
    }
}

// ---- the run on screen ------------------------------------------------------------------

void MainWindow::showPending()
{
    // Everything on screen names one run: a picked run that has not played yet says so,
    // with its own explanation, rather than leaving the last run's numbers under it.
    // The last run stays in the history.
    if (m_metronome && m_metronome->isActive())
        m_screen->showMetronomeHeader();
    else
        m_shown->showPending(runSettings(), tr("not played yet"));
}




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

std::shared_ptr<const TraceData> MainWindow::shownTrace() const
{
    return m_live->shownTrace();
}

// ---- runs -----------------------------------------------------------------------------

bool MainWindow::isPlaying() const
{
    return (m_controller && m_controller->isRunning()) || (m_metronome && m_metronome->isPlaying());
}

bool MainWindow::isComparing() const
{
    return m_screen->isComparing();
}

void MainWindow::compareRuns(int rowA, int rowB)
{
    m_screen->compare(rowA, rowB);
}

void MainWindow::closeComparison()
{
    m_screen->closeComparison();
}

void MainWindow::setTimelineView(TimelineView::View view)
{
    m_screen->setTimelineView(view);
}

RunSettings MainWindow::runSettings() const
{
    return m_strip->runSettings();
}

void MainWindow::play()
{
    m_restartTimer.stop();
    if (m_metronome->isActive()) {
        m_controller->stop();
        m_metronome->play(m_strip->tempo()->bpm());
        return;
    }
    m_controller->start(runSettings());
}

void MainWindow::stop()
{
    m_restartTimer.stop();
    m_metronome->stop();
    m_demo->cancel();
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
    m_demo->cancel();
    pickAndPlay(number);
}

void MainWindow::pickAndPlay(int number)
{
    m_strip->pickScenario(number);
    play();
}

void MainWindow::playNineThenFourteen()
{
    m_demo->start();
}

void MainWindow::updatePlayAction()
{
    const bool playing = isPlaying();
    m_replay->setRunPlaying(playing);
    m_actions->setPlaying(playing);
}

std::int64_t MainWindow::outputLatencyNs() const
{
    const AudioStats audio = m_audio->engine()->stats();
    const bool heard = m_audio->isAvailable() && audio.sampleRate > 0;
    return heard ? std::int64_t(audio.latencySamples) * 1'000'000'000 / audio.sampleRate : 0;
}

// ---- view -------------------------------------------------------------------------------

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    for (QAction *a : m_actions->themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::name(mode));
    m_settings.theme = Theme::name(mode);
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
        showMessage(
            tr("Nothing to replay yet: play a run, or open one from the history or a trace file."), 8000);
        return;
    }
    closeComparison();
    // The cursor passes a beat when it is heard: behind the output's latency.
    m_replay->controller()->setDisplayDelayNs(outputLatencyNs());
    m_replay->replay(*trace);
}





void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: nothing waits on the user to close it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::keepHistory(const QString &settingsFile)
{
    m_historyStore = new HistoryStore(HistoryStore::folderFor(settingsFile), HistoryStore::kMaxRuns,
                                      HistoryStore::kMaxBytes, this);
    connect(m_historyStore, &HistoryStore::message, this, [this](const QString &text) {
        qInfo("%s", qUtf8Printable(text));
        showMessage(text, 30000);
    });
    m_history->setStore(m_historyStore);
}

void MainWindow::showMessage(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
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
    m_demo->cancel();
    if (isPlaying())
        m_controller->stop();
    m_presentation->setActive(false); // the window's own layout is what is remembered
    m_settings.geometry = saveGeometry();
    m_settings.windowState = saveState();
    saveSettings();
    m_store->sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_header)
        m_header->updateColors();
}

} // namespace cacophony
