#include "runtime/ChannelBase.h"

#include "runtime/Cancelled.h"
#include "runtime/Runtime.h"
#include "runtime/RuntimeError.h"
#include "runtime/SelectWaiter.h"

#include <algorithm>
#include <array>
#include <memory>
#include <random>

namespace cacophony {

namespace {

// Small arrays live on the stack: a lone send or receive must not allocate.
template<typename T, std::size_t N = 8>
class SmallArray
{
public:
    explicit SmallArray(std::size_t size) : m_size(size)
    {
        if (size > N) {
            m_heap = std::make_unique<T[]>(size);
            m_data = m_heap.get();
        }
    }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    T &operator[](std::size_t i) { return m_data[i]; }
    std::size_t size() const { return m_size; }
    void resize(std::size_t size) { m_size = size; } // shrink only

private:
    std::array<T, N> m_inline; // left uninitialised: only [0, size) is ever read
    std::unique_ptr<T[]> m_heap;
    T *m_data = m_inline.data();
    std::size_t m_size;
};

} // namespace

// The distinct channels of a select, locked in address order (as Go does) so that two
// selects over the same channels can never deadlock.
class ChannelLocks
{
public:
    ChannelLocks(SelectCase *cases, int count) : m_channels(static_cast<std::size_t>(count))
    {
        for (int i = 0; i < count; ++i)
            m_channels[static_cast<std::size_t>(i)] = cases[i].channel;
        if (count < 2)
            return; // a lone send or receive: nothing to order
        std::sort(m_channels.begin(), m_channels.end());
        m_channels.resize(static_cast<std::size_t>(std::unique(m_channels.begin(), m_channels.end())
                                                   - m_channels.begin()));
    }
    void lock()
    {
        for (ChannelBase *ch : m_channels)
            mutexOf(ch).lock();
    }
    void unlock()
    {
        for (std::size_t i = m_channels.size(); i-- > 0;)
            mutexOf(m_channels[i]).unlock();
    }

private:
    static std::mutex &mutexOf(ChannelBase *ch) { return ch->m_mutex; }
    SmallArray<ChannelBase *> m_channels;
};

namespace {

// Wakes a partner whose case we completed; called after releasing the channel locks.
void wake(SelectWaiter *waiter)
{
    waiter->group->signal();
}

int randomStart(int count)
{
    thread_local std::minstd_rand rng(std::random_device{}());
    return static_cast<int>(rng() % static_cast<unsigned>(count));
}

} // namespace

ChannelBase::ChannelBase(Runtime &runtime, const QString &name, std::size_t capacity, ObjectKind kind)
    : m_runtime(runtime)
    , m_name(name)
    , m_capacity(capacity)
    , m_id(runtime.registerObject(kind, name, static_cast<std::int64_t>(capacity)))
{
}

ChannelBase::~ChannelBase() = default;

Parker::Wake ChannelBase::waitForCompletion(Runtime &runtime, Parker &parker, SelectCase *cases, int count,
                                            SelectGroup &group, Parker::Deadline deadline)
{
    // Spin long only where a partner may come within microseconds: a rendezvous. A waiter
    // of a buffered channel that soon sleeps instead lets the other side fill (or drain)
    // the buffer and then takes the values in a batch, faster than one hand-off each.
    bool rendezvous = false;
    for (int i = 0; i < count; ++i)
        rendezvous = rendezvous || cases[i].channel->m_capacity == 0;
    const auto signalled = [&group] { return group.signalled(); };
    // While it spins, a partner signals it with one CAS; asleep, through the parker.
    if (parker.spinUntil(signalled, rendezvous ? Parker::Spin::Adaptive : Parker::Spin::Brief)
        || !group.prepareToSleep())
        return Parker::Wake::Ready;
    return parker.park(&runtime, signalled, deadline);
}

std::size_t ChannelBase::size() const
{
    std::lock_guard lock(m_mutex);
    return bufferedLocked();
}

bool ChannelBase::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

void ChannelBase::close()
{
    std::vector<SelectWaiter *> released;
    std::int64_t at = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            throw RuntimeError("close of closed channel \"" + m_name.toStdString() + "\"");
        m_closed = true;
        at = m_runtime.now(); // the close's time, and the end of every wait it ends
        while (SelectWaiter *w = claimFirst(m_recvq)) {
            resetValue(w->c->value);
            w->c->ok = false;
            w->c->message = 0;
            w->c->at = at;
            released.push_back(w);
        }
        while (SelectWaiter *w = claimFirst(m_sendq)) {
            w->c->sendOnClosed = true;
            w->c->at = at;
            released.push_back(w);
        }
    }
    // Record first, wake last: a released receiver may return and destroy the channel.
    Event e;
    e.kind = EventKind::ChanClose;
    e.t = at;
    e.object = m_id;
    m_runtime.record(e);
    for (SelectWaiter *w : released)
        wake(w);
}

SelectWaiter *ChannelBase::claimFirst(std::deque<SelectWaiter *> &queue)
{
    while (!queue.empty()) {
        SelectWaiter *w = queue.front();
        queue.pop_front();
        if (w->group->claim(w->index))
            return w;
        // Stale: its select completed elsewhere or gave up; drop it.
    }
    return nullptr;
}

void ChannelBase::enqueueLocked(SelectWaiter *waiter)
{
    (waiter->c->isSend ? m_sendq : m_recvq).push_back(waiter);
}

void ChannelBase::dequeueLocked(SelectWaiter *waiter)
{
    auto &queue = waiter->c->isSend ? m_sendq : m_recvq;
    const auto it = std::find(queue.begin(), queue.end(), waiter);
    if (it != queue.end())
        queue.erase(it);
}

bool ChannelBase::tryCompleteLocked(SelectCase &c, SelectWaiter *&partner)
{
    if (c.isSend) {
        if (m_closed) {
            c.sendOnClosed = true;
            return true;
        }
        if (SelectWaiter *receiver = claimFirst(m_recvq)) {
            // A receiver is waiting, so the buffer is empty: hand the value over directly.
            c.message = receiver->c->message = ++m_sent;
            ++m_received;
            moveValue(receiver->c->value, c.value);
            receiver->c->ok = true;
            partner = receiver;
            stampLocked(c, partner);
            return true;
        }
        if (bufferedLocked() < m_capacity) {
            c.message = ++m_sent;
            pushBuffer(c.value);
            stampLocked(c, nullptr);
            return true;
        }
        return false;
    }

    if (m_sent != m_received) {
        popBuffer(c.value);
        c.message = ++m_received;
        c.ok = true;
        // A sender was waiting for room: its value takes the freed slot.
        if (SelectWaiter *sender = claimFirst(m_sendq)) {
            sender->c->message = ++m_sent;
            pushBuffer(sender->c->value);
            partner = sender;
        }
        stampLocked(c, partner);
        return true;
    }
    if (SelectWaiter *sender = claimFirst(m_sendq)) {
        // Unbuffered: the rendezvous.
        c.message = sender->c->message = ++m_sent;
        ++m_received;
        moveValue(c.value, sender->c->value);
        c.ok = true;
        partner = sender;
        stampLocked(c, partner);
        return true;
    }
    if (m_closed) {
        resetValue(c.value);
        c.ok = false;
        c.message = 0;
        stampLocked(c, nullptr);
        return true;
    }
    return false;
}

void ChannelBase::stampLocked(SelectCase &c, SelectWaiter *partner) const
{
    if (c.traced || (partner && partner->c->traced)) {
        c.at = m_runtime.now();
        if (partner)
            partner->c->at = c.at;
    }
}

void ChannelBase::recordCompleted(const SelectCase &c, std::int64_t since, bool blocked, bool inSelect) const
{
    Event e;
    e.kind = c.isSend ? EventKind::ChanSend : EventKind::ChanRecv;
    e.t = since;
    e.dur = c.at - since;
    e.object = m_id;
    e.a = static_cast<std::int64_t>(c.message);
    e.b = c.tracedValue;
    e.flags = (blocked ? EventFlag::Blocked : NoFlags) | (inSelect ? EventFlag::InSelect : NoFlags)
        | (!c.isSend && !c.ok ? EventFlag::NotOk : NoFlags);
    m_runtime.record(e);
}

int ChannelBase::select(Runtime &runtime, SelectCase *cases, int count, bool block, Parker::Deadline deadline,
                        bool traced)
{
    runtime.checkCancelled();
    traced = traced && runtime.tracer() != nullptr;
    const bool inSelect = count > 1; // a lone try-send or try-receive is not a select
    for (int i = 0; i < count; ++i) {
        cases[i].traced = traced;
        if (traced && cases[i].isSend)
            cases[i].tracedValue = cases[i].channel->traceValue(cases[i].value);
    }

    // since: when the operation started waiting; a completed case's own c.at if it did not.
    const auto finish = [&](int index, std::int64_t since, bool blocked) {
        SelectCase &c = cases[index];
        if (c.sendOnClosed)
            throw RuntimeError("send on closed channel \"" + c.channel->name().toStdString() + "\"");
        if (traced) {
            if (!c.isSend && c.ok)
                c.tracedValue = c.channel->traceValue(c.value);
            c.channel->recordCompleted(c, since, blocked, inSelect);
        }
        return index;
    };

    ChannelLocks locks(cases, count);
    const auto lockAll = [&] { locks.lock(); };
    const auto unlockAll = [&] { locks.unlock(); };

    // 1. Is a case ready now? Poll from a random start, so no case starves.
    lockAll();
    const int first = count > 1 ? randomStart(count) : 0;
    for (int k = 0; k < count; ++k) {
        const int i = (first + k) % count;
        SelectWaiter *partner = nullptr;
        if (cases[i].channel->tryCompleteLocked(cases[i], partner)) {
            unlockAll();
            // Record first, wake last: once woken, the partner may return and destroy the
            // channel. (finish() throws only for a send on a closed channel: no partner.)
            const int index = finish(i, cases[i].at, false);
            if (partner)
                wake(partner);
            return index;
        }
    }
    if (!block) {
        unlockAll();
        return -1;
    }

    // 2. Queue on every channel and park until a partner completes one case. The clock
    // is read under the locks, so a partner's completion time is never before it.
    const std::int64_t waitStart = traced ? runtime.now() : 0;
    Parker &parker = Parker::forThisThread();
    SelectGroup group(&parker);
    SmallArray<SelectWaiter> waiters(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        waiters[i] = SelectWaiter{&group, &cases[i], i};
        cases[i].channel->enqueueLocked(&waiters[i]);
    }
    unlockAll();

    const auto completed = [&group] { return group.signalled(); };
    const Parker::Wake wakeReason = waitForCompletion(runtime, parker, cases, count, group, deadline);
    if (wakeReason != Parker::Wake::Ready) {
        if (group.claim(SelectGroup::kAbandoned)) {
            lockAll();
            for (SelectWaiter &w : waiters)
                w.c->channel->dequeueLocked(&w);
            unlockAll();
            if (wakeReason == Parker::Wake::Stopping)
                throw TaskCancelled{};
            return -2;
        }
        // A partner claimed us at the last moment: let it finish the transfer.
        parker.park(nullptr, completed);
    }

    // 3. Completed: take our other waiters off their queues. (The completed case's waiter
    // was taken off by the partner that claimed it: a lone operation has nothing to do.)
    const int index = group.state.load(std::memory_order_acquire);
    if (count > 1) {
        lockAll();
        for (int i = 0; i < count; ++i) {
            if (i != index)
                waiters[i].c->channel->dequeueLocked(&waiters[i]);
        }
        unlockAll();
    }
    return finish(index, waitStart, true);
}

} // namespace cacophony
