#pragma once

// The live run: starts and stops it (RunController), feeds its events to the views while
// it is the run on screen (ShownRun), keeps its statistics current (LiveAnalysis, off the
// UI thread), shows its progress and what a continuous run keeps, and when it ends puts
// it into the history and leaves it on screen unless the user has turned to another run.
// Lives in the UI thread.

#include "trace/TraceData.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QLabel;
class QProgressBar;

namespace cacophony {

class LiveAnalysis;
class LogConsole;
class RunController;
class RunHistory;
class ShownRun;
class StatsPanel;
class TimelineView;

class LiveRunPresenter : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        TimelineView *timeline = nullptr;
        LogConsole *console = nullptr;
        StatsPanel *stats = nullptr;
    };

    LiveRunPresenter(RunController *controller, RunHistory *history, ShownRun *shown, const Views &views,
        QObject *parent = nullptr);

    // For the status bar.
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *retentionLabel() const { return m_retention; }
    // The live run's trace so far while it is on screen and plays; otherwise the shown one.
    std::shared_ptr<const TraceData> shownTrace() const;

signals:
    void runStarted();
    // historyId: the run's history entry (0 if it had nothing to keep).
    void runEnded(bool completed, int historyId);
    void message(const QString &text, int ms);

private:
    void onStarted(const RunSettings &settings);
    void onProgress(int done, int expected);
    void onEnded(const TraceData &trace, bool completed);
    void updateLiveStats();
    void updateRetention();

    RunController *m_controller;
    RunHistory *m_history;
    ShownRun *m_shown;
    Views m_views;
    LiveAnalysis *m_analysis;
    QProgressBar *m_progress;
    QLabel *m_retention;
    QTimer m_statsTimer; // live statistics while a run plays
    std::size_t m_statsEvents = 0;
};

} // namespace cacophony
