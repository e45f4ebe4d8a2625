#pragma once

// Drives the metronome runs of the window, one at a time, from the UI thread.
//
// Contract:
//  - start() stops the current run first (cancel, bounded wait) and then starts the new
//    one, so at most one run makes sound. A run that does not stop within the bound is
//    parked and destroyed once it has finished: the UI thread never waits unboundedly.
//  - Events reach eventsArrived() in batches (queued from the stream's thread). A batch
//    of a replaced run is dropped, never shown in the next run's timeline; after a run
//    ends, its last batches arrive before runEnded().
//  - Names of tasks and objects are pulled from the tracer on a timer, not pushed.
//  - A continuous run (beats = 0) keeps only its newest events (a TraceWindow: the last
//    retentionSpanNs(), at most retentionMaxEvents()); the tracer frees what the stream
//    has handed out. trace() and runEnded() then carry that window (trace() has it again
//    once runEnded() is emitted), and eventsDropped() tells the views what went. The
//    names of tasks that ended and have no event left in the window are forgotten too
//    (Tracer::forgetTasks), so a run that spawns a task per beat keeps a bounded number
//    of names. Memory stays bounded however long it plays.
//  Lives in the UI thread; none of its methods may be called from another thread.

#include "trace/TraceData.h"
#include "trace/TraceWindow.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace cacophony {

class EventStream;
class MetronomeRun;
class SoundSink;

class RunController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStopWaitMs = 1500;
    static constexpr std::int64_t kRetentionSpanNs = 10LL * 60 * 1'000'000'000; // 10 minutes
    static constexpr std::size_t kRetentionMaxEvents = 300'000;

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override; // stops the run and waits for every parked one

    // The sink must outlive the runs started after this call (null: silent).
    void setSoundSink(SoundSink *sink);

    bool isRunning() const;
    // Settings of the current (or last) run.
    const RunSettings &settings() const { return m_settings; }
    int beatsDone() const { return m_beatsDone; }
    // Everything the current (or last) run recorded so far, sorted, with names and settings.
    TraceData trace() const;
    // The same, except that a continuous run's window comes in arrival order, unsorted:
    // enough for RunAnalysis, and no sort on the UI thread (LiveAnalysis).
    TraceData unsortedTrace() const;
    // Events recorded so far by the current run (approximate while it plays); 0 if none.
    std::size_t eventCount() const;

    // What a continuous run keeps; applies from the next start().
    void setRetention(std::int64_t spanNs, std::size_t maxEvents);
    std::int64_t retentionSpanNs() const { return m_retentionSpanNs; }
    std::size_t retentionMaxEvents() const { return m_retentionMaxEvents; }
    // Events the current (or last) continuous run dropped so far; 0 for a counted run.
    std::size_t droppedEvents() const;

public slots:
    // Returns false (and emits runFailed) if the settings name no known strategy or profile.
    bool start(const cacophony::RunSettings &settings);
    // Stops the current run; it ends with completed = false. No-op if none plays.
    void stop();

signals:
    void runStarted(const cacophony::RunSettings &settings);
    void eventsArrived(const cacophony::EventBatch &batch);
    void namesChanged(
        const std::vector<cacophony::TaskInfo> &tasks, const std::vector<cacophony::ObjectInfo> &objects);
    // expected = 0 for a continuous run.
    void progressChanged(int beatsDone, int beatsExpected);
    // The run is over: it reached its end (completed) or was stopped. trace is all of it.
    void runEnded(const cacophony::TraceData &trace, bool completed);
    void runFailed(const QString &message);
    // A continuous run dropped its events before cutoffNs (run clock); dropped is the
    // run's total so far. Views showing the live run drop the same (TraceWindow::keepFrom).
    void eventsDropped(qint64 cutoffNs, quint64 dropped);

private:
    struct Session;
    void onBatch(quint64 generation, const EventBatch &batch);
    void poll();
    void pullNames(bool force);
    // After a trim: forgets the names of ended tasks the window no longer refers to.
    void forgetDroppedTasks();
    // Ends the current session: stops the run (bounded), flushes its stream. If
    // reportEnd, runEnded() follows its last batches; otherwise they are dropped.
    void endSession(bool completed, bool reportEnd);
    void bury(std::unique_ptr<Session> session);
    void collectGraveyard();
    // The continuous run's window as a trace, with these names.
    TraceData windowTrace(std::vector<TaskInfo> tasks, std::vector<ObjectInfo> objects, bool sorted = true) const;

    std::unique_ptr<Session> m_session;
    std::vector<std::unique_ptr<Session>> m_graveyard; // stopped, not yet finished runs
    SoundSink *m_sink = nullptr;
    RunSettings m_settings;
    TraceData m_lastTrace; // of the last ended run, for trace()
    quint64 m_generation = 0; // bumped per run; batches carry the one they belong to
    quint64 m_acceptGeneration = 0; // batches of other generations are dropped
    std::unique_ptr<TraceWindow> m_window; // of the current (or last) run, if continuous
    std::int64_t m_retentionSpanNs = kRetentionSpanNs;
    std::size_t m_retentionMaxEvents = kRetentionMaxEvents;
    int m_beatsDone = 0;
    std::uint64_t m_namesRevision = 0; // of the tracer, as last announced
    bool m_namesAnnounced = false;
    std::vector<std::uint32_t> m_endedTasks; // continuous run: ended, names not yet forgotten
    QTimer m_poll;
};

} // namespace cacophony
