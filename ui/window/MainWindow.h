#pragma once

// The desktop window: tempo, scenario and transport controls on top, the live timeline
// in the middle (or two runs stacked for comparison), statistics, run history and the
// details of a clicked item at the side.
//
// The composition root: it makes the widgets and the presenters that own each concern
// (WindowActions, ControlStrip, RunScreen, LiveRunPresenter, Demonstration, ScenarioHeader,
// TraceFileActions, ExportActions, AudioMenu) and connects them. ShownRun is the run on
// screen; every view follows it in one place (RunScreen).
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

#include "export/ChartExporter.h"
#include "timeline/TimelineView.h"
#include "trace/TraceData.h"
#include "window/AppSettings.h"
#include "window/Theme.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QSlider;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace cacophony {

class AudioMenu;
class AudioOutput;
class ComparisonView;
class ControlStrip;
class Demonstration;
class ExportActions;
class FirstStartBanner;
class HistoryPanel;
class LiveRunPresenter;
class LogConsole;
class MetronomeMode;
class PresentationMode;
class ReplayBar;
class RunController;
class HistoryStore;
class RunHistory;
class RunScreen;
class ScenarioHeader;
class ScenarioPicker;
class ShownRun;
class SidePanels;
class StatsPanel;
class TempoControl;
class TraceFileActions;
class TraceFileJob;
class WindowActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settingsFile: an INI file to use instead of the platform's settings (tests, tools).
    explicit MainWindow(const QString &settingsFile = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    TempoControl *tempoControl() const;
    ScenarioPicker *scenarioPicker() const;
    QSpinBox *beatsBox() const;
    QSpinBox *seedBox() const;
    QSlider *volumeSlider() const;
    ControlStrip *controlStrip() const { return m_strip; }
    TimelineView *timeline() const { return m_timeline; }
    ComparisonView *comparison() const { return m_comparison; }
    StatsPanel *statsPanel() const;
    RunHistory *history() const { return m_history; }
    HistoryPanel *historyPanel() const;
    RunController *controller() const { return m_controller; }
    ShownRun *shownRun() const { return m_shown; }
    FirstStartBanner *banner() const { return m_banner; }
    QTextBrowser *detailsView() const;
    LogConsole *logConsole() const;
    QAction *playAction() const;
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
    // TraceFileActions: false when nothing was started.
    bool openTraceFile(const QString &path);
    bool saveTraceFile(const QString &path);
    TraceFileJob *traceFileJob() const;
    // ExportActions.
    bool exportImageFile(const QString &path);
    bool exportImageFile(const QString &path, const cacophony::ChartExporter::Options &options);
    void chooseExportOptions(const QString &path);
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
    void changeEvent(QEvent *event) override;

private:
    void createCentral();
    void createDocks();
    void createPresenters();
    void createMetronomeMode();
    void createReplay();
    void connectActions();
    // How long after its sample is due a click is heard (0 without sound).
    std::int64_t outputLatencyNs() const;
    void applySettings();
    void saveSettings();

    void onControlsChanged();
    void showPending();
    // A history row on screen, with where it comes from.
    void showEntry(int row, const QString &note);
    // Picks scenario `number` and plays it (the demonstration's steps).
    void pickAndPlay(int number);
    void updatePlayAction();
    void showError(const QString &title, const QString &text);
    // The history on disk: beside the settings file given, else in the app's data folder.
    void keepHistory(const QString &settingsFile);
    void showMessage(const QString &text, int ms);
    void about();

    std::unique_ptr<QSettings> m_store;
    AppSettings m_settings;
    std::unique_ptr<AudioOutput> m_audio;
    RunController *m_controller;
    RunHistory *m_history;
    HistoryStore *m_historyStore = nullptr;
    ShownRun *m_shown; // the run on screen: every view follows it
    WindowActions *m_actions;

    // Presenters
    RunScreen *m_screen = nullptr; // every view follows the run on screen
    ControlStrip *m_strip = nullptr;
    LiveRunPresenter *m_live = nullptr;
    Demonstration *m_demo = nullptr;
    TraceFileActions *m_files = nullptr;
    ExportActions *m_exports = nullptr;
    AudioMenu *m_audioMenu = nullptr;

    // Views
    FirstStartBanner *m_banner = nullptr;
    ScenarioHeader *m_header = nullptr;
    MetronomeMode *m_metronome = nullptr;
    QStackedWidget *m_stack = nullptr;
    TimelineView *m_timeline = nullptr;
    ComparisonView *m_comparison = nullptr;
    SidePanels *m_panels = nullptr; // statistics, details, history, log console
    ReplayBar *m_replay = nullptr;
    PresentationMode *m_presentation = nullptr;
    QTimer m_restartTimer; // debounces restarts while a control is being turned
    bool m_playAfterSwitch = false; // a run stopped for an audio device switch
};

} // namespace cacophony
