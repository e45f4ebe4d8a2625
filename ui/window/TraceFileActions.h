#pragma once

// File > Open Trace and Save Trace: the file dialogs, the background job (TraceFileJob)
// behind a progress dialog that can cancel, and what comes of it. An opened trace goes
// into the history and is announced (the window shows it); problems are reported when
// the job ends, and the screen stays as it was. Reads and writes the trace folder of the
// settings. Lives in the UI thread.

#include "trace/TraceData.h"

#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace cacophony {

struct AppSettings;
class RunHistory;
class TraceFileJob;

class TraceFileActions : public QObject
{
    Q_OBJECT
public:
    using TraceSource = std::function<std::shared_ptr<const TraceData>()>;

    // shown: the run on screen, what Save writes. The actions are disabled while a job runs.
    TraceFileActions(QWidget *window, AppSettings &settings, RunHistory *history, TraceSource shown,
        QAction *open, QAction *save);

    // False when nothing was started (nothing to save, another job still running).
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    // The open or save under way, if any.
    TraceFileJob *job() const { return m_job; }

public slots:
    void open(); // asks for the file
    void save();

signals:
    // A trace was opened and added to the history at `row`; note says where it came from.
    void opened(int row, const QString &note);
    void settingsChanged();
    void message(const QString &text, int ms);
    void failed(const QString &title, const QString &text);

private:
    void start(TraceFileJob *job);
    void finished(bool ok, const QString &error, bool cancelled);

    QWidget *m_window;
    AppSettings &m_settings;
    RunHistory *m_history;
    TraceSource m_shown;
    QAction *m_open;
    QAction *m_save;
    TraceFileJob *m_job = nullptr; // child; deleted when it has finished
};

} // namespace cacophony
