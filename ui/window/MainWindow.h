#pragma once

// The desktop window: tempo, scenario and transport controls on top, the live timeline
// in the middle (or two runs stacked for comparison), statistics, run history and the
// details of a clicked item at the side.
//
// Contract:
//  - Changing anything a run depends on (tempo, scenario, beats, seed) while playing
//    restarts the run after a short debounce: the old run is stopped with a bounded
//    wait before the new one starts (RunController). In metronome mode (MetronomeMode)
//    the click track plays instead, and a tempo change applies in place, never restarting.
//  - Every setting is written back as it changes; a bad stored value falls back to its
//    default and says so in the status bar (AppSettings).
//  - File errors (open, save, export) are reported in a message box; what is on screen
//    is left as it was.
//  Lives in the UI thread only.

#include "analysis/RunAnalysis.h"
#include "export/ChartExporter.h"
#include "timeline/TimelineView.h"
#include "trace/TraceData.h"
#include "window/AppSettings.h"
#include "window/Theme.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace cacophony {

class AudioOutput;
class ComparisonView;
class FirstStartBanner;
class HistoryPanel;
class LogConsole;
class MetronomeMode;
class PresentationMode;
class ReplayBar;
class RunController;
class RunHistory;
class ScenarioPicker;
class SeriesRunner;
class ShownRun;
class StatsPanel;
class LiveAnalysis;
class TempoControl;
class TraceFileJob;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settingsFile: an INI file to use instead of the platform's settings (tests, tools).
    explicit MainWindow(const QString &settingsFile = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    TempoControl *tempoControl() const { return m_tempo; }
    ScenarioPicker *scenarioPicker() const { return m_picker; }
    QSpinBox *beatsBox() const { return m_beats; }
    QSpinBox *seedBox() const { return m_seed; }
    QSlider *volumeSlider() const { return m_volume; }
    TimelineView *timeline() const { return m_timeline; }
    ComparisonView *comparison() const { return m_comparison; }
    StatsPanel *statsPanel() const { return m_stats; }
    RunHistory *history() const { return m_history; }
    ShownRun *shownRun() const { return m_shown; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    RunController *controller() const { return m_controller; }
    FirstStartBanner *banner() const { return m_banner; }
    QTextBrowser *detailsView() const { return m_details; }
    LogConsole *logConsole() const { return m_console; }
    QAction *playAction() const { return m_playAction; }
    ReplayBar *replayBar() const { return m_replay; }
    PresentationMode *presentation() const { return m_presentation; }
    MetronomeMode *metronomeMode() const { return m_metronome; }

    bool isPlaying() const;
    bool isComparing() const;
    // What the controls say a run should be.
    RunSettings runSettings() const;
    // The run on screen (live, ended, from history or a file); never null, empty before
    // any. Shared with the history, not copied.
    std::shared_ptr<const TraceData> shownTrace() const;

public slots:
    void play();
    void stop();
    void togglePlay();
    void playScenario(int number);
    // The first-start demonstration: scenario 9, then 14, then both stacked.
    void playNineThenFourteen();
    void showHistoryRun(int row);
    void compareRuns(int rowA, int rowB);
    void closeComparison();
    // Open and save work in the background (TraceFileJob) behind a progress dialog that
    // can cancel; the window keeps replotting. They return false when nothing was started
    // (nothing to save, another one still running); problems are reported in a message
    // box when the job ends, and the screen stays as it was.
    bool openTraceFile(const QString &path);
    bool saveTraceFile(const QString &path);
    // The open or save under way, if any.
    TraceFileJob *traceFileJob() const { return m_traceJob; }
    // At the size and scale last chosen in the export dialog (at first: as on screen, 2x).
    bool exportImageFile(const QString &path);
    // At options' size (0 = as on screen; comparing: the height of each chart, 0 = fitted).
    bool exportImageFile(const QString &path, const cacophony::ChartExporter::Options &options);
    // Asks for the size and scale (a window-modal ExportOptionsDialog, not waited for),
    // then remembers them and exports to `path`. File > Export Image, after the file dialog.
    void chooseExportOptions(const QString &path);
    // Runs the 14 scenarios (the series' 6000 BPM and 15 beats, this seed) in the
    // background, then writes their charts stacked; seriesPageExported() tells the end.
    // False at once for a bad file type or while a page is being made.
    bool exportSeriesPageFile(const QString &path);
    void setTheme(cacophony::Theme::Mode mode);
    void setTimelineView(cacophony::TimelineView::View view);
    void showFirstStartHint();
    // Plays the run on screen back at the replay bar's speed (not while a run plays).
    void replay();

signals:
    void seriesPageExported(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Shows job's progress (cancellable) and handles its end.
    void startTraceJob(TraceFileJob *job);
    void traceJobFinished(bool ok, const QString &error, bool cancelled);
    void createActions();
    void createCentral();
    void createDocks();
    // Metronome mode's classes, placed in the strip and over the chart, and connected.
    void createMetronomeMode();
    // How long after its sample is due a click is heard (0 without sound).
    std::int64_t outputLatencyNs() const;
    void createReplay();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void applySettings();
    void saveSettings();

    void onControlsChanged();
    void showPending();
    void showMetronomeHeader();
    // Every view follows the run on screen (ShownRun::changed).
    void followShownRun();
    // The control strip names the recorded run on screen, so Play repeats it.
    void showControlsOf(const RunSettings &settings);
    // The strip's choice into the settings, saved.
    void storeControls();
    // A history row on screen, with where it comes from.
    void showEntry(int row, const QString &note);
    void onRunStarted(const RunSettings &settings);
    void onRunEnded(const TraceData &trace, bool completed);
    void onProgress(int done, int expected);
    void updateLiveStats();
    void updateRetention();
    void updateHeader(const RunSettings &settings, const QString &note = {});
    void updatePlayAction();
    void updateHeaderColors();
    // A lesson that prints lines has no beats: only the task view is offered, and the log
    // console is shown.
    void offerViewsFor(const RunSettings &settings);
    void populateDeviceMenu();
    void selectAudioDevice(const QString &device);
    void updateAudioStatus();
    void showError(const QString &title, const QString &text);
    void exportImage();
    void rememberExport(const QString &path); // after a successful export
    void exportSeriesPage();
    QSize exportScreenSize() const; // what an export "as on screen" measures
    void openTrace();
    void saveTrace();
    void about();
    QString fileDialogDir(const QString &remembered) const;

    std::unique_ptr<QSettings> m_store;
    AppSettings m_settings;
    std::unique_ptr<AudioOutput> m_audio;

    RunController *m_controller;
    RunHistory *m_history;
    ShownRun *m_shown; // the run on screen: every view follows it

    // Controls
    TempoControl *m_tempo = nullptr;
    ScenarioPicker *m_picker = nullptr;
    QSpinBox *m_beats = nullptr;
    QSpinBox *m_seed = nullptr;
    QSlider *m_volume = nullptr;
    QToolButton *m_playButton = nullptr;
    FirstStartBanner *m_banner = nullptr;
    QLabel *m_header = nullptr;
    MetronomeMode *m_metronome = nullptr;
    QStackedWidget *m_stack = nullptr;
    TimelineView *m_timeline = nullptr;
    ComparisonView *m_comparison = nullptr;
    StatsPanel *m_stats = nullptr;
    LiveAnalysis *m_liveAnalysis = nullptr; // the statistics while a run plays, off the UI thread
    HistoryPanel *m_historyPanel = nullptr;
    QTextBrowser *m_details = nullptr;
    LogConsole *m_console = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_retention = nullptr; // what a continuous run keeps in memory
    QLabel *m_audioStatus = nullptr;

    // Actions
    QAction *m_playAction = nullptr;
    QAction *m_tapAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_nextScenarioAction = nullptr;
    QAction *m_previousScenarioAction = nullptr;
    QAction *m_newSeedAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_exportImageAction = nullptr;
    QAction *m_exportPageAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_beatsViewAction = nullptr;
    QAction *m_tasksViewAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_closeCompareAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_hintAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_deviceMenu = nullptr;
    QActionGroup *m_deviceGroup = nullptr;

    SeriesRunner *m_series = nullptr;
    ReplayBar *m_replay = nullptr;
    PresentationMode *m_presentation = nullptr;
    QTimer m_restartTimer; // debounces restarts while a control is being turned
    QTimer m_statsTimer; // live statistics while a run plays
    std::size_t m_statsEvents = 0;
    TraceFileJob *m_traceJob = nullptr; // child; deleted when it has finished
    QList<int> m_queue; // scenario numbers still to play in the demonstration
    bool m_compareWhenQueueDone = false;
    int m_queueFirstId = 0; // history id of the demonstration's first run
};

} // namespace cacophony
