#include "gorun/sched/Select.h"

#include "gorun/sched/Scheduler.h"

#include <algorithm>

namespace cacophony::gorun {

namespace {
// The distinct channels of a select, locked in address order (so two selects never deadlock).
class ChannelLocks
{
public:
    explicit ChannelLocks(std::span<const SelectCase> cases)
    {
        m_chans.reserve(cases.size());
        for (const SelectCase &c : cases)
            if (c.ch)
                m_chans.push_back(c.ch);
        std::sort(m_chans.begin(), m_chans.end());
        m_chans.erase(std::unique(m_chans.begin(), m_chans.end()), m_chans.end());
    }
    template<typename Lock>
    void lock(Lock lockOne)
    {
        for (Chan *c : m_chans)
            lockOne(*c);
        m_locked = true;
    }
    template<typename Unlock>
    void unlock(Unlock unlockOne)
    {
        for (auto it = m_chans.rbegin(); it != m_chans.rend(); ++it)
            unlockOne(**it);
        m_locked = false;
    }
    bool empty() const { return m_chans.empty(); }

private:
    std::vector<Chan *> m_chans;
    bool m_locked = false;
};
} // namespace

OpResult Select::select(Scheduler &scheduler, Goroutine &g, std::span<const SelectCase> cases, bool hasDefault,
                        int &chosen, Word &received, bool &ok)
{
    const int count = static_cast<int>(cases.size());
    ChannelLocks locks(cases);
    const auto unlockAll = [&] { locks.unlock([](Chan &c) { c.m_lock.unlock(); }); };
    locks.lock([](Chan &c) { c.m_lock.lock(); });

    std::vector<int> ready;
    for (int i = 0; i < count; ++i)
        if (cases[i].ch && cases[i].ch->readyLocked(cases[i].isSend))
            ready.push_back(i);
    while (!ready.empty()) {
        const auto k = scheduler.chooser().choose(Chooser::Choice::SelectCase, ready.size());
        const int i = ready[k];
        const SelectCase &sc = cases[i];
        Chan::Completion c;
        if (!sc.ch->completeLocked(sc.isSend, sc.sendValue, c)) {
            ready.erase(ready.begin() + static_cast<std::ptrdiff_t>(k)); // its partner went elsewhere
            continue;
        }
        unlockAll();
        chosen = i;
        if (sc.isSend && !c.ok)
            return OpResult::Panic;
        if (!sc.isSend) {
            received = c.value;
            ok = c.ok;
        }
        sc.ch->finish(&g, sc.isSend, c, i, count);
        return OpResult::Done;
    }

    if (hasDefault) {
        unlockAll();
        chosen = -1;
        if (scheduler.tracer()) {
            Event e;
            e.kind = EventKind::Select;
            e.t = scheduler.clock().now();
            e.a = -1;
            e.b = count;
            e.task = g.task;
            e.pos = g.pos;
            scheduler.record(e);
        }
        return OpResult::Done;
    }
    if (locks.empty()) {
        unlockAll();
        return scheduler.parkForever(g, count == 0 ? WaitReason::SelectNoCases : WaitReason::Select);
    }

    g.waiters.resize(cases.size());
    g.claimed.store(0, std::memory_order_relaxed);
    for (int i = 0; i < count; ++i) {
        Waiter &w = g.waiters[i];
        w = Waiter{};
        if (!cases[i].ch)
            continue;
        w.caseIndex = i;
        w.caseCount = count;
        cases[i].ch->park(g, w, cases[i].isSend, cases[i].sendValue);
    }
    g.leaveWaiters = true;
    g.waitReason = WaitReason::Select;
    g.status.store(GStatus::Waiting, std::memory_order_relaxed);
    unlockAll();
    return OpResult::Park;
}

void Select::leave(Goroutine &g)
{
    for (Waiter &w : g.waiters) {
        if (!w.chan)
            continue;
        std::lock_guard lock(w.chan->m_lock);
        (w.isSend ? w.chan->m_sendq : w.chan->m_recvq).remove(w);
    }
    g.leaveWaiters = false;
}

} // namespace cacophony::gorun
