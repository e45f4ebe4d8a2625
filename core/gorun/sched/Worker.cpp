#include "gorun/sched/Worker.h"

#include "gorun/sched/Scheduler.h"
#include "gorun/sched/Select.h"

namespace cacophony::gorun {

namespace {
constexpr std::uint32_t kGlobalQueueEvery = 61; // as Go's schedule(): the global queue is not starved
}

void Worker::loop()
{
    Scheduler::t_worker = this;
    while (!m_scheduler.ending()) {
        bool inherit = false;
        Goroutine *g = findRunnable(&inherit);
        if (!g) {
            if (!idle())
                break;
            continue;
        }
        std::lock_guard running(m_runLock); // the safepoint: waits here while the world is stopped
        if (m_scheduler.ending())
            break;
        execute(*g, inherit);
    }
    Scheduler::t_worker = nullptr;
}

Goroutine *Worker::findRunnable(bool *inheritSlice)
{
    Scheduler &s = m_scheduler;
    if (s.m_options.deterministic)
        return findDeterministic();
    ++m_schedTick;
    if (m_schedTick % kGlobalQueueEvery == 0 && s.m_globalSize.load(std::memory_order_relaxed) > 0)
        if (Goroutine *g = s.popGlobal(*this, 1))
            return g;
    if (Goroutine *g = m_queue.pop(inheritSlice))
        return g;
    if (Goroutine *g = s.popGlobal(*this, RunQueue::kCapacity))
        return g;
    // Steal half of another worker's queue, starting from a different victim each time.
    const std::size_t n = s.m_workers.size();
    std::vector<Goroutine *> stolen;
    for (std::size_t i = 0; i < n; ++i) {
        Worker *victim = s.m_workers[(m_schedTick + i) % n].get();
        if (victim == this || victim->m_queue.stealHalf(stolen) == 0)
            continue;
        s.m_steals.fetch_add(1, std::memory_order_relaxed);
        std::vector<Goroutine *> overflow;
        for (std::size_t k = 1; k < stolen.size(); ++k)
            m_queue.pushBack(stolen[k], overflow);
        if (!overflow.empty())
            s.pushGlobal(overflow);
        return stolen.front();
    }
    return nullptr;
}

Goroutine *Worker::findDeterministic()
{
    // Every goroutine is blocked when the queue is empty: only then does virtual time pass.
    for (;;) {
        if (Goroutine *g = m_scheduler.popGlobal(*this, 0))
            return g;
        if (m_scheduler.ending() || !m_scheduler.m_timers.advanceAndFire())
            return nullptr;
    }
}

bool Worker::idle()
{
    Scheduler &s = m_scheduler;
    std::unique_lock lock(s.m_idleMutex);
    s.m_idleCount.fetch_add(1, std::memory_order_seq_cst); // before looking: see wakeIdle()
    if (!s.ending() && !s.hasWork())
        s.m_idleCv.wait(lock, [&] { return s.m_wakeups > 0 || s.ending(); });
    if (s.m_wakeups > 0)
        --s.m_wakeups;
    s.m_idleCount.fetch_sub(1, std::memory_order_relaxed);
    s.m_monitorCv.notify_one();
    return !s.ending();
}

void Worker::execute(Goroutine &g, bool inheritSlice)
{
    Scheduler &s = m_scheduler;
    if (g.leaveWaiters)
        Select::leave(g);
    g.status.store(GStatus::Running, std::memory_order_relaxed);
    if (!inheritSlice) {
        m_sliceStart.store(s.m_clock.now(), std::memory_order_relaxed);
        m_preempt.store(false, std::memory_order_relaxed);
        if (s.ending() || s.m_stwPending.load(std::memory_order_relaxed))
            m_preempt.store(true, std::memory_order_relaxed);
    }
    if (m_countInstructions)
        m_budget = s.m_options.sliceInstructions;
    if (!g.started) {
        g.started = true;
        if (s.m_options.tracer) {
            Event e;
            e.kind = EventKind::TaskStart;
            e.t = s.m_clock.now();
            e.task = g.task;
            s.record(e);
        }
    }
    m_busy.store(true, std::memory_order_release);
    const Executor::Step step = s.m_executor.run(g, *this);
    m_busy.store(false, std::memory_order_release);
    switch (step) {
    case Executor::Step::Exit:
        s.exited(g);
        break;
    case Executor::Step::Park:
        if (!g.yieldRequested) {
            s.parked(g);
            break;
        }
        g.yieldRequested = false;
        [[fallthrough]];
    case Executor::Step::Yield:
        // As Go's goschedImpl: behind everything else, on the global queue.
        g.status.store(GStatus::Runnable, std::memory_order_relaxed);
        s.pushGlobal(&g);
        break;
    }
}

} // namespace cacophony::gorun
