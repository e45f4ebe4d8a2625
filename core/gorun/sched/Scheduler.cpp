#include "gorun/sched/Scheduler.h"

#include "gorun/sched/Select.h"

#include <algorithm>

namespace cacophony::gorun {

thread_local Worker *Scheduler::t_worker = nullptr;

namespace {
constexpr std::int64_t kMonitorPeriodNs = 2'000'000;
} // namespace

Scheduler::Scheduler(Executor &executor, Options options)
    : m_executor(executor)
    , m_options(options)
    , m_clock(options.deterministic)
    , m_chooser(options.seed)
    , m_timers(m_clock)
{
    int n = options.deterministic ? 1 : options.gomaxprocs;
    if (n <= 0)
        n = std::max(1u, std::thread::hardware_concurrency());
    for (int i = 0; i < n; ++i)
        m_workers.push_back(std::make_unique<Worker>(*this, i));
    if (options.deterministic) {
        m_workers[0]->m_countInstructions = true;
        m_workers[0]->m_budget = options.sliceInstructions;
    }
}

Scheduler::~Scheduler()
{
    m_timers.stopThread();
    m_timers.disarmAll(); // sleeping goroutines' timers, before their control blocks go
    std::lock_guard lock(m_allMutex);
    for (Goroutine *g = m_all; g;) {
        Goroutine *next = g->allNext;
        delete g;
        g = next;
    }
    for (Goroutine *g : m_dead)
        delete g;
}

Worker *Scheduler::currentWorker() const
{
    return t_worker && &t_worker->m_scheduler == this ? t_worker : nullptr;
}

std::uint32_t Scheduler::registerObject(ObjectKind kind, const QString &name, std::int64_t capacity)
{
    return m_options.tracer ? m_options.tracer->registerObject(kind, name, capacity) : 0;
}

Goroutine *Scheduler::spawn(Goroutine *parent, void *vmState, const QString &name)
{
    const std::int64_t live = m_numGoroutines.fetch_add(1, std::memory_order_relaxed) + 1;
    if (live > m_options.maxGoroutines) {
        m_numGoroutines.fetch_sub(1, std::memory_order_relaxed);
        fatal(parent, "too many goroutines (limit " + std::to_string(m_options.maxGoroutines) + ")");
        return nullptr;
    }
    Goroutine *g = nullptr;
    {
        std::lock_guard lock(m_allMutex);
        if (!m_dead.empty()) {
            g = m_dead.back();
            m_dead.pop_back();
            g->~Goroutine();
            new (g) Goroutine;
        } else {
            g = new Goroutine;
        }
        g->allNext = m_all;
        if (m_all)
            m_all->allPrev = g;
        m_all = g;
    }
    g->goid = m_nextGoid.fetch_add(1, std::memory_order_relaxed);
    g->vm = vmState;
    g->name = name;
    if (Tracer *tracer = m_options.tracer) {
        const std::uint32_t parentTask = parent ? parent->task : 0;
        g->task = tracer->registerTask(name, parentTask);
        Event e;
        e.kind = EventKind::TaskSpawn;
        e.t = m_clock.now();
        e.task = parentTask;
        e.object = g->task;
        e.pos = parent ? parent->pos : 0;
        tracer->record(e);
    }
    m_live.fetch_add(1, std::memory_order_relaxed);
    enqueue(*g, true);
    return g;
}

void Scheduler::ready(Goroutine &g)
{
    g.status.store(GStatus::Runnable, std::memory_order_relaxed);
    if (g.parkState.exchange(kReadyPending, std::memory_order_acq_rel) == kNotParked)
        return; // its worker has not seen the Park yet: it queues g itself (Worker::execute)
    g.parkState.store(kNotParked, std::memory_order_relaxed);
    m_live.fetch_add(1, std::memory_order_relaxed);
    enqueue(g, true);
}

void Scheduler::enqueue(Goroutine &g, bool next)
{
    Worker *w = currentWorker();
    if (!w || m_options.deterministic) {
        pushGlobal(&g);
    } else {
        std::vector<Goroutine *> overflow;
        if (next)
            w->m_queue.putNext(&g, overflow);
        else
            w->m_queue.pushBack(&g, overflow);
        if (!overflow.empty())
            pushGlobal(overflow);
    }
    wakeIdle();
}

void Scheduler::pushGlobal(Goroutine *g)
{
    std::lock_guard lock(m_globalMutex);
    m_global.push_back(g);
    m_globalSize.store(m_global.size(), std::memory_order_relaxed);
}

void Scheduler::pushGlobal(const std::vector<Goroutine *> &gs)
{
    std::lock_guard lock(m_globalMutex);
    m_global.insert(m_global.end(), gs.begin(), gs.end());
    m_globalSize.store(m_global.size(), std::memory_order_relaxed);
}

Goroutine *Scheduler::popGlobal(Worker &w, std::size_t batch)
{
    std::vector<Goroutine *> more;
    Goroutine *g = nullptr;
    {
        std::lock_guard lock(m_globalMutex);
        if (m_global.empty())
            return nullptr;
        if (m_options.deterministic) {
            const auto i = m_chooser.choose(Chooser::Choice::NextGoroutine, m_global.size());
            g = m_global[i];
            m_global.erase(m_global.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            g = m_global.front();
            m_global.pop_front();
            // As Go's globrunqget: a fair share of the rest moves to this worker's queue.
            batch = std::min({batch, m_global.size() / m_workers.size(), RunQueue::kCapacity / 2});
            for (std::size_t i = 0; i < batch; ++i) {
                more.push_back(m_global.front());
                m_global.pop_front();
            }
        }
        m_globalSize.store(m_global.size(), std::memory_order_relaxed);
    }
    std::vector<Goroutine *> overflow;
    for (Goroutine *m : more)
        w.m_queue.pushBack(m, overflow);
    if (!overflow.empty())
        pushGlobal(overflow);
    return g;
}

bool Scheduler::hasWork()
{
    {
        std::lock_guard lock(m_globalMutex);
        if (!m_global.empty())
            return true;
    }
    return std::any_of(m_workers.begin(), m_workers.end(), [](const auto &w) { return !w->m_queue.empty(); });
}

void Scheduler::wakeIdle()
{
    // Pairs with Worker::idle(): it counts itself idle before it looks at the queues under
    // their locks, and we look at the count after queueing under such a lock.
    if (m_idleCount.load(std::memory_order_seq_cst) == 0)
        return;
    std::lock_guard lock(m_idleMutex);
    if (m_wakeups < m_idleCount.load(std::memory_order_relaxed)) {
        ++m_wakeups;
        m_idleCv.notify_one();
    }
}

void Scheduler::parked(Goroutine &g)
{
    std::uint8_t expected = kNotParked;
    if (!g.parkState.compare_exchange_strong(expected, kParked, std::memory_order_acq_rel)) {
        // Readied before we got here: queue it ourselves, next on this worker.
        g.parkState.store(kNotParked, std::memory_order_relaxed);
        enqueue(g, true);
        return;
    }
    if (m_live.fetch_sub(1, std::memory_order_acq_rel) == 1)
        checkDeadlock();
}

void Scheduler::exited(Goroutine &g)
{
    g.status.store(GStatus::Dead, std::memory_order_relaxed);
    recordTaskEnd(g, g.failed ? EventFlag::Failed : NoFlags);
    const bool isMain = &g == m_main;
    {
        std::lock_guard lock(m_allMutex);
        (g.allPrev ? g.allPrev->allNext : m_all) = g.allNext;
        if (g.allNext)
            g.allNext->allPrev = g.allPrev;
        m_dead.push_back(&g);
    }
    m_numGoroutines.fetch_sub(1, std::memory_order_relaxed);
    if (isMain) {
        end(0, RunEnd::Finished, {});
        return;
    }
    if (m_live.fetch_sub(1, std::memory_order_acq_rel) == 1)
        checkDeadlock();
}

void Scheduler::recordTaskEnd(Goroutine &g, std::uint8_t flags)
{
    if (!m_options.tracer)
        return;
    Event e;
    e.kind = EventKind::TaskEnd;
    e.t = m_clock.now();
    e.task = g.task;
    e.pos = g.pos;
    e.flags = flags;
    m_options.tracer->record(e);
}

void Scheduler::checkDeadlock()
{
    // Nothing runs, so only a timer could ready a goroutine: look under the timers' lock.
    const bool dead = m_timers.noneArmedAnd([this] { return m_live.load(std::memory_order_acquire) == 0; });
    if (dead && !ending())
        fatal(nullptr, "all goroutines are asleep - deadlock!", RunEnd::Deadlocked);
}

void Scheduler::stop()
{
    end(kStoppedStatus, RunEnd::Stopped, {});
}

void Scheduler::exit(int status, RunEnd end_)
{
    end(status, end_, {});
}

void Scheduler::fatal(Goroutine *g, std::string_view firstLine, RunEnd end_)
{
    if (ending())
        return;
    if (Tracer *tracer = m_options.tracer) {
        Event e;
        e.kind = EventKind::FatalError;
        e.t = m_clock.now();
        e.task = g ? g->task : 0;
        e.pos = g ? g->pos : 0;
        e.a = tracer->internText(QString::fromUtf8(firstLine.data(), static_cast<qsizetype>(firstLine.size())));
        tracer->record(e);
    }
    end(2, end_, std::string(firstLine.empty() ? "unknown" : firstLine));
}

void Scheduler::end(int status, RunEnd end_, std::string fatalLine)
{
    {
        std::lock_guard lock(m_endMutex);
        if (m_ending.load(std::memory_order_relaxed))
            return;
        m_status = status;
        m_fatalLine = std::move(fatalLine);
        m_end.store(end_, std::memory_order_release);
        m_ending.store(true, std::memory_order_release);
    }
    preemptAll();
    std::lock_guard lock(m_idleMutex);
    m_idleCv.notify_all();
    m_monitorCv.notify_all();
}

void Scheduler::preemptAll()
{
    for (auto &w : m_workers)
        w->m_preempt.store(true, std::memory_order_relaxed);
}

OpResult Scheduler::parkForever(Goroutine &g, WaitReason reason)
{
    g.waitReason = reason;
    g.status.store(GStatus::Waiting, std::memory_order_relaxed);
    return OpResult::Park;
}

OpResult Scheduler::sleep(Goroutine &g, std::int64_t ns)
{
    if (ns <= 0)
        return OpResult::Done;
    g.waitReason = WaitReason::Sleep;
    g.status.store(GStatus::Waiting, std::memory_order_relaxed);
    g.waitSince = m_clock.now();
    g.sleepNs = ns;
    g.sleepTimer.scheduler = this;
    g.sleepTimer.g = &g;
    m_timers.arm(g.sleepTimer, g.waitSince + ns, 0);
    return OpResult::Park;
}

OpResult Scheduler::gosched(Goroutine &g)
{
    g.yieldRequested = true;
    return OpResult::Park;
}

void Scheduler::stopTheWorld()
{
    Worker *self = currentWorker();
    if (self)
        self->m_runLock.unlock(); // our goroutine waits at this safepoint meanwhile
    m_stwMutex.lock();
    m_stwPending.store(true, std::memory_order_relaxed);
    preemptAll();
    for (auto &w : m_workers)
        if (w.get() != self)
            w->m_runLock.lock();
    if (self)
        self->m_runLock.lock();
}

void Scheduler::startTheWorld()
{
    Worker *self = currentWorker();
    for (auto &w : m_workers) {
        if (w.get() != self)
            w->m_runLock.unlock();
        if (!ending())
            w->m_preempt.store(false, std::memory_order_relaxed);
    }
    m_stwPending.store(false, std::memory_order_relaxed);
    m_stwMutex.unlock();
}

void Scheduler::forEachGoroutine(const std::function<void(Goroutine &)> &fn)
{
    std::lock_guard lock(m_allMutex);
    for (Goroutine *g = m_all; g; g = g->allNext)
        fn(*g);
}

int Scheduler::run(Goroutine *main)
{
    m_main = main;
    if (!m_options.deterministic) {
        m_timers.startThread();
        m_monitor = std::thread([this] { monitorLoop(); });
    }
    for (std::size_t i = 1; i < m_workers.size(); ++i) {
        Worker *w = m_workers[i].get();
        w->m_thread = std::thread([w] { w->loop(); });
    }
    m_workers[0]->loop();
    for (auto &w : m_workers)
        if (w->m_thread.joinable())
            w->m_thread.join();
    {
        std::lock_guard lock(m_idleMutex);
        m_monitorCv.notify_all();
    }
    if (m_monitor.joinable())
        m_monitor.join();
    m_timers.stopThread();

    std::string fatalLine;
    int status = 0;
    {
        std::lock_guard lock(m_endMutex);
        fatalLine = m_fatalLine;
        status = m_status;
    }
    // Every goroutine still alive is abandoned: its lane ends here.
    forEachGoroutine([this](Goroutine &g) { recordTaskEnd(g, EventFlag::Cancelled); });
    if (!fatalLine.empty())
        m_executor.fatal(fatalLine);
    return status;
}

void Scheduler::monitorLoop()
{
    std::unique_lock lock(m_idleMutex);
    while (!ending()) {
        // Nothing to watch while every worker is idle: wait for one to wake.
        m_monitorCv.wait(lock, [this] {
            return ending() || m_idleCount.load(std::memory_order_relaxed) < static_cast<int>(m_workers.size());
        });
        m_monitorCv.wait_for(lock, std::chrono::nanoseconds(kMonitorPeriodNs), [this] { return ending(); });
        const std::int64_t now = m_clock.now();
        for (auto &w : m_workers) {
            if (w->m_busy.load(std::memory_order_acquire)
                && now - w->m_sliceStart.load(std::memory_order_relaxed) >= kSliceNs
                && !w->m_preempt.exchange(true, std::memory_order_relaxed))
                m_preemptions.fetch_add(1, std::memory_order_relaxed);
        }
    }
}

} // namespace cacophony::gorun
