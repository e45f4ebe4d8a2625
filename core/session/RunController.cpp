#include "session/RunController.h"

#include "metronome/DelayProfile.h"
#include "metronome/MetronomeRun.h"
#include "metronome/Scenario.h"
#include "trace/EventStream.h"
#include "trace/HeapRelease.h"
#include "trace/Tracer.h"

#include <algorithm>
#include <unordered_set>

namespace cacophony {

struct RunController::Session
{
    std::unique_ptr<MetronomeRun> run;
    std::unique_ptr<EventStream> stream;

    // The stream reads the run's tracer: it must stop first, and the run must be gone
    // before anything else that it might call (the sound sink).
    ~Session()
    {
        if (stream && stream->isRunning())
            stream->stop();
        stream.reset();
        run.reset();
    }
};

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &RunController::poll);
}

RunController::~RunController()
{
    m_acceptGeneration = 0;
    if (m_session) {
        m_session->run->stop();
        m_session.reset();
    }
    for (auto &dead : m_graveyard)
        dead->run->stop();
    m_graveyard.clear(); // blocks until they finish: the app is closing anyway
}

void RunController::setSoundSink(SoundSink *sink)
{
    m_sink = sink;
}

bool RunController::isRunning() const
{
    return m_session != nullptr;
}

TraceData RunController::trace() const
{
    if (!m_session)
        return m_lastTrace;
    if (m_window) {
        const Tracer &tracer = m_session->run->tracer();
        return windowTrace(tracer.tasks(), tracer.objects());
    }
    return m_session->run->trace();
}

TraceData RunController::unsortedTrace() const
{
    if (!m_session || !m_window)
        return trace();
    const Tracer &tracer = m_session->run->tracer();
    return windowTrace(tracer.tasks(), tracer.objects(), false);
}

TraceData RunController::windowTrace(std::vector<TaskInfo> tasks, std::vector<ObjectInfo> objects, bool sorted) const
{
    TraceData data;
    data.settings = m_settings;
    data.events = m_window->events();
    if (sorted)
        std::stable_sort(data.events.begin(), data.events.end(),
                         [](const Event &x, const Event &y) { return x.t < y.t; });
    data.tasks = std::move(tasks);
    data.objects = std::move(objects);
    return data;
}

void RunController::setRetention(std::int64_t spanNs, std::size_t maxEvents)
{
    m_retentionSpanNs = spanNs;
    m_retentionMaxEvents = maxEvents;
}

std::size_t RunController::droppedEvents() const
{
    return m_window ? m_window->dropped() : 0;
}

std::size_t RunController::eventCount() const
{
    return m_session ? m_session->run->tracer().eventCount() : m_lastTrace.events.size();
}

bool RunController::start(const RunSettings &settings)
{
    if (m_session)
        endSession(false, false);

    // The window always names the strategy and profile it shows (the header, the history).
    std::string error = MetronomeRun::validationError(settings);
    if (error.empty() && (settings.strategy.isEmpty() || settings.profile.isEmpty()))
        error = "no strategy or delay profile given";
    if (!error.empty()) {
        emit runFailed(tr("Cannot start the run: %1.").arg(QString::fromStdString(error)));
        return false;
    }

    m_settings = settings;
    m_lastTrace = TraceData {};
    m_window = settings.beats == 0 ? std::make_unique<TraceWindow>(m_retentionSpanNs, m_retentionMaxEvents)
                                   : nullptr;
    if (m_window)
        HeapRelease::mapBigBlocks();
    m_beatsDone = 0;
    m_namesAnnounced = false;
    m_endedTasks.clear();
    const quint64 generation = ++m_generation;
    m_acceptGeneration = generation;

    auto session = std::make_unique<Session>();
    session->run = std::make_unique<MetronomeRun>(settings, m_sink);
    session->stream = std::make_unique<EventStream>();
    connect(session->stream.get(), &EventStream::batchReady, this,
        [this, generation](const EventBatch &batch) { onBatch(generation, batch); });
    session->stream->start(&session->run->tracer());
    session->run->start();
    m_session = std::move(session);
    m_poll.start();

    emit runStarted(m_settings);
    emit progressChanged(0, m_settings.beats);
    return true;
}

void RunController::stop()
{
    if (m_session)
        endSession(false, true);
}

void RunController::onBatch(quint64 generation, const EventBatch &batch)
{
    if (generation != m_acceptGeneration)
        return; // a replaced run's tail
    int beats = 0;
    for (const Event &e : batch) {
        if (e.kind == EventKind::Beat)
            ++beats;
        else if (m_window && e.kind == EventKind::TaskEnd)
            m_endedTasks.push_back(e.task);
    }
    if (m_window)
        m_window->append(batch);
    emit eventsArrived(batch);
    if (beats) {
        m_beatsDone += beats;
        emit progressChanged(m_beatsDone, m_settings.beats);
    }
}

void RunController::poll()
{
    collectGraveyard();
    if (!m_session) {
        if (m_graveyard.empty())
            m_poll.stop();
        return;
    }
    pullNames(false);
    if (m_window) {
        // The stream has handed these out and the window holds what is still wanted.
        m_session->run->tracer().forgetTaken();
        const std::int64_t cutoff = m_window->trim();
        if (cutoff >= 0) {
            forgetDroppedTasks();
            emit eventsDropped(cutoff, m_window->dropped());
            // The views have dropped the same by now (same thread); what all of them freed
            // would otherwise stay resident in malloc's arenas.
            HeapRelease::returnFreePages();
        }
    }
    if (m_session->run->isFinished())
        endSession(true, true);
}

void RunController::pullNames(bool force)
{
    if (!m_session)
        return;
    Tracer &tracer = m_session->run->tracer();
    const std::uint64_t revision = tracer.namesRevision();
    if (!force && m_namesAnnounced && revision == m_namesRevision)
        return;
    m_namesRevision = revision;
    m_namesAnnounced = true;
    emit namesChanged(tracer.tasks(), tracer.objects());
}

void RunController::forgetDroppedTasks()
{
    if (m_endedTasks.empty())
        return;
    std::unordered_set<std::uint32_t> used;
    used.reserve(m_window->events().size() / 4);
    for (const Event &e : m_window->events()) {
        used.insert(e.task);
        if (e.kind == EventKind::TaskSpawn)
            used.insert(e.object); // the child
    }
    std::vector<std::uint32_t> gone, kept;
    for (std::uint32_t task : m_endedTasks)
        (used.count(task) ? kept : gone).push_back(task);
    std::sort(gone.begin(), gone.end());
    m_session->run->tracer().forgetTasks(gone);
    m_endedTasks = std::move(kept);
}

void RunController::endSession(bool completed, bool reportEnd)
{
    std::unique_ptr<Session> session = std::move(m_session);
    MetronomeRun &run = *session->run;
    if (!completed)
        run.stop();
    run.wait(kStopWaitMs); // bounded: a run that overstays is buried below
    // Flushes the last events: their batches are posted to us before the call below.
    session->stream->stop();
    if (!reportEnd) {
        m_acceptGeneration = 0;
        bury(std::move(session));
        return;
    }
    const QString error = QString::fromStdString(run.error());
    const bool windowed = m_window != nullptr;
    TraceData trace;
    if (windowed) {
        // Only the names now: the events are taken below, once the final batches are in.
        trace.tasks = run.tracer().tasks();
        trace.objects = run.tracer().objects();
    } else {
        trace = run.trace();
    }
    trace.settings = run.settings();
    bury(std::move(session));
    m_lastTrace = trace;
    const quint64 generation = m_generation;
    // Queued behind the final batches, so that listeners see every event before the end.
    QMetaObject::invokeMethod(
        this,
        [this, generation, trace = std::move(trace), completed, error, windowed]() mutable {
            if (generation != m_acceptGeneration)
                return; // a new run started meanwhile; it owns the views now
            if (windowed) {
                // The window now has the final batches too (they were queued before us).
                trace = windowTrace(std::move(trace.tasks), std::move(trace.objects));
                m_lastTrace = trace;
            }
            if (!error.isEmpty())
                emit runFailed(tr("The run failed: %1").arg(error));
            emit namesChanged(trace.tasks, trace.objects);
            emit runEnded(trace, completed);
        },
        Qt::QueuedConnection);
}

void RunController::bury(std::unique_ptr<Session> session)
{
    if (session->run->isFinished())
        return; // destroyed here, promptly
    m_graveyard.push_back(std::move(session));
    m_poll.start();
}

void RunController::collectGraveyard()
{
    std::erase_if(m_graveyard, [](const std::unique_ptr<Session> &s) { return s->run->isFinished(); });
}

} // namespace cacophony
