#include "runtime/Runtime.h"

#include "runtime/Cancelled.h"
#include "runtime/Parker.h"
#include "util/TsanHandOff.h"
#include "trace/Tracer.h"

#include <QDebug>
#include <QRunnable>
#include <algorithm>
#include <limits>
#include <pthread.h>
#include <thread>

namespace cacophony {

namespace {

// The task running on this thread, and an open spin span (spin() calls of that task
// with no completed operation in between).
struct ThreadState
{
    Runtime *runtime = nullptr;
    TaskId task = 0;
    Runtime *spinRuntime = nullptr;
    std::int64_t spinStart = 0;
};
thread_local ThreadState t_state;

} // namespace

// What QThreadPool runs for one task; deleted by the pool after run().
class Runtime::Task : public QRunnable
{
public:
    Task(Runtime *runtime, TaskId id, std::int64_t notBeforeNs, std::function<void()> fn)
        : m_runtime(runtime)
        , m_id(id)
        , m_notBeforeNs(notBeforeNs)
        , m_fn(std::move(fn))
    {
        setAutoDelete(true);
    }

    void run() override
    {
        // Before touching any member: the hand-off from go() went through Qt's locks.
        QtPoolCode::enterPoolThreadTask();
        handOffAcquire(this);
        thread_local bool named = false;
        if (!named) {
            pthread_setname_np(pthread_self(), "cacophony task");
            named = true;
        }
        m_runtime->runTask(m_id, m_notBeforeNs, std::move(m_fn));
        QtPoolCode::leavePoolThreadTask(); // from here to the next task: only Qt's pool code
    }

private:
    Runtime *m_runtime;
    TaskId m_id;
    std::int64_t m_notBeforeNs;
    std::function<void()> m_fn;
};

Runtime::Runtime(Tracer *tracer)
    : m_tracer(tracer)
    , m_epoch(std::chrono::steady_clock::now())
{
    QtPoolCode qt;
    m_pool = std::make_unique<QThreadPool>();
    // No limit: a task never waits in the pool's queue for a thread (Go adds threads
    // for blocked goroutines); the pool starts a thread when none is idle.
    m_pool->setMaxThreadCount(std::numeric_limits<int>::max());
    m_pool->setExpiryTimeout(int(kDefaultIdleThreadExpiry.count()));
    m_pool->setObjectName(QStringLiteral("cacophony task"));
}

Runtime::~Runtime()
{
    stop();
    wait(-1);
    QtPoolCode qt;
    m_pool.reset(); // joins the (now idle) threads
}

void Runtime::setIdleThreadExpiry(std::chrono::milliseconds expiry)
{
    QtPoolCode qt;
    m_pool->setExpiryTimeout(int(expiry.count()));
}

std::chrono::milliseconds Runtime::idleThreadExpiry() const
{
    QtPoolCode qt;
    return std::chrono::milliseconds(m_pool->expiryTimeout());
}

int Runtime::busyThreads() const
{
    QtPoolCode qt;
    return m_pool->activeThreadCount();
}

TaskId Runtime::go(const QString &name, std::function<void()> fn)
{
    if (isStopping())
        return 0;
    const TaskId parent = t_state.runtime == this ? t_state.task : 0;
    const TaskId id = m_tracer ? m_tracer->registerTask(name, parent)
                               : m_nextLocalId.fetch_add(1, std::memory_order_relaxed);
    {
        std::lock_guard lock(m_tasksMutex);
        ++m_liveTasks;
    }
    Event spawn;
    spawn.kind = EventKind::TaskSpawn;
    spawn.t = now();
    spawn.task = parent;
    spawn.object = id;
    if (m_tracer)
        m_tracer->record(spawn);
    std::int64_t notBefore = 0;
    {
        std::lock_guard lock(m_jitterMutex);
        if (m_maxJitterNs > 0)
            notBefore = spawn.t + std::uniform_int_distribution<std::int64_t>(0, m_maxJitterNs - 1)(m_jitterRng);
    }
    auto *task = new Task(this, id, notBefore, std::move(fn));
    handOffRelease(task);
    QtPoolCode qt;
    m_pool->start(task);
    return id;
}

void Runtime::setStartJitter(std::chrono::nanoseconds maxDelay, std::uint64_t seed)
{
    std::lock_guard lock(m_jitterMutex);
    m_maxJitterNs = std::max<std::int64_t>(maxDelay.count(), 0);
    m_jitterRng.seed(seed);
}

void Runtime::runTask(TaskId id, std::int64_t notBeforeNs, std::function<void()> fn)
{
    t_state.runtime = this;
    t_state.task = id;
    // Runnable but not yet picked by the scheduler (setStartJitter()); stop() cuts it short.
    if (notBeforeNs > now())
        Parker::forThisThread().park(this, [] { return false; }, toSteady(notBeforeNs));
    Event start;
    start.kind = EventKind::TaskStart;
    start.t = now();
    record(start);

    std::uint8_t flags = NoFlags;
    try {
        if (!isStopping())
            fn();
        else
            flags |= EventFlag::Cancelled;
    } catch (const TaskCancelled &) {
        flags |= EventFlag::Cancelled;
    } catch (const std::exception &e) {
        // A misuse (Go would panic): the whole run dies, loudly.
        flags |= EventFlag::Failed;
        {
            std::lock_guard lock(m_tasksMutex);
            if (m_firstError.empty())
                m_firstError = e.what();
        }
        qWarning("cacophony: task %u failed: %s", id, e.what());
        stop();
    }
    fn = nullptr; // the captures go now, on this thread, before the task counts as done
    endSpin();
    Event end;
    end.kind = EventKind::TaskEnd;
    end.t = now();
    end.flags = flags;
    record(end);
    t_state.runtime = nullptr;
    t_state.task = 0;

    std::lock_guard lock(m_tasksMutex);
    if (--m_liveTasks == 0)
        m_tasksDone.notify_all();
}

void Runtime::stop()
{
    m_stopping.store(true, std::memory_order_seq_cst);
    // Holding m_parkedMutex keeps every registered parker alive while we wake it.
    std::lock_guard lock(m_parkedMutex);
    for (Parker *parker : m_parked)
        parker->interrupt();
}

bool Runtime::wait(int timeoutMs)
{
    std::unique_lock lock(m_tasksMutex);
    const auto idle = [this] { return m_liveTasks == 0; };
    if (timeoutMs < 0) {
        m_tasksDone.wait(lock, idle);
        return true;
    }
    return m_tasksDone.wait_for(lock, std::chrono::milliseconds(timeoutMs), idle);
}

int Runtime::liveTasks() const
{
    std::lock_guard lock(m_tasksMutex);
    return m_liveTasks;
}

std::string Runtime::firstError() const
{
    std::lock_guard lock(m_tasksMutex);
    return m_firstError;
}

std::int64_t Runtime::now() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_epoch)
        .count();
}

std::chrono::steady_clock::time_point Runtime::toSteady(std::int64_t runNs) const
{
    return m_epoch + std::chrono::nanoseconds(runNs);
}

void Runtime::sleep(std::chrono::nanoseconds d)
{
    sleepUntil(now() + d.count());
}

void Runtime::sleepUntil(std::int64_t runNs)
{
    checkCancelled();
    endSpin();
    const std::int64_t start = now();
    const auto wake = Parker::forThisThread().park(this, [] { return false; }, toSteady(runNs));
    Event e;
    e.kind = EventKind::Sleep;
    e.t = start;
    e.dur = now() - start;
    e.a = runNs - start;
    e.flags = wake == Parker::Wake::Stopping ? EventFlag::Cancelled : NoFlags;
    record(e);
    if (wake == Parker::Wake::Stopping)
        throw TaskCancelled{};
}

void Runtime::spin()
{
    checkCancelled();
    if (t_state.spinRuntime != this) {
        endSpin(); // a span of another runtime, if any
        t_state.spinRuntime = this;
        t_state.spinStart = now();
    }
    std::this_thread::yield();
}

void Runtime::endSpin()
{
    if (t_state.spinRuntime != this)
        return;
    t_state.spinRuntime = nullptr;
    if (!m_tracer)
        return;
    Event e;
    e.kind = EventKind::Spin;
    e.t = t_state.spinStart;
    e.dur = now() - t_state.spinStart;
    e.task = t_state.runtime == this ? t_state.task : 0;
    m_tracer->record(e);
}

void Runtime::checkCancelled() const
{
    if (isStopping())
        throw TaskCancelled{};
}

void Runtime::record(Event event)
{
    if (t_state.spinRuntime == this)
        endSpin();
    if (!m_tracer)
        return;
    if (event.task == 0 && t_state.runtime == this)
        event.task = t_state.task;
    m_tracer->record(event);
}

std::uint32_t Runtime::registerObject(ObjectKind kind, const QString &name, std::int64_t capacity)
{
    return m_tracer ? m_tracer->registerObject(kind, name, capacity)
                    : m_nextLocalId.fetch_add(1, std::memory_order_relaxed);
}

TaskId Runtime::currentTask()
{
    return t_state.task;
}

Runtime *Runtime::current()
{
    return t_state.runtime;
}

void Runtime::registerParked(Parker *parker)
{
    std::lock_guard lock(m_parkedMutex);
    m_parked.insert(parker);
}

void Runtime::unregisterParked(Parker *parker)
{
    std::lock_guard lock(m_parkedMutex);
    m_parked.erase(parker);
}

} // namespace cacophony
