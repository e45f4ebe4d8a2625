#pragma once

// Saves or opens a trace file on a worker thread, so that the window keeps replotting
// while a long run is written (300k events take seconds) or read.
//
// Contract:
//  - Created and used in the UI thread; the worker reads the trace it saves (shared, never
//    changed: no copy) or fills the one it opens, never widgets.
//  - progressChanged() (0..1000) and finished() arrive queued in the owner's thread;
//    finished() comes exactly once, also after cancel(), and nothing comes after it.
//  - A failed or cancelled save leaves no file and no temporary behind
//    (TraceFiles::write, in the format of the extension, via OutputFile; an existing file stays as it was).
//  - The destructor cancels and waits for the worker (promptly: it checks for
//    cancellation every few thousand events).

#include "analysis/RunAnalysis.h"
#include "trace/TraceData.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <utility>

class QThread;

namespace cacophony {

class TraceFileJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Save, Open };

    // Both start at once.
    static TraceFileJob *save(std::shared_ptr<const TraceData> trace, const QString &path, QObject *parent = nullptr);
    static TraceFileJob *open(const QString &path, QObject *parent = nullptr);
    ~TraceFileJob() override;

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    // The opened trace, once finished() reported success for an Open job.
    const TraceData &trace() const { return m_trace; }
    // The same, moved out (the job keeps an empty trace).
    TraceData takeTrace() { return std::exchange(m_trace, TraceData {}); }
    // Its analysis, done by the worker too.
    const RunAnalysis &analysis() const { return m_analysis; }

public slots:
    // Thread-safe. The job ends as soon as the worker notices; finished() says cancelled.
    void cancel();

signals:
    void progressChanged(int permille);
    // ok = the file was saved or read; otherwise error says why (cancelled says so).
    void finished(bool ok, const QString &error, bool cancelled);

private:
    TraceFileJob(Kind kind, const QString &path, QObject *parent);
    void startWorker();
    void work();
    void reportProgress(int permille);

    const Kind m_kind;
    const QString m_path;
    std::shared_ptr<const TraceData> m_toSave; // Save: what to write; the worker drops it when done
    TraceData m_trace; // Open: what was read
    RunAnalysis m_analysis; // Open: of m_trace
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_lastPermille{-1000};
    bool m_finished = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cacophony
