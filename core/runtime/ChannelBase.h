#pragma once

// The untyped heart of Channel<T>, after Go's runtime/chan.go.
//
// Invariants (all guarded by m_mutex):
//  - At most one of m_sendq and m_recvq holds live waiters: a sender finding a waiting
//    receiver hands its value over directly, and vice versa.
//  - m_sendq is non-empty only when the buffer is full (buffered() == capacity), m_recvq
//    only when it is empty.
//  - Messages are numbered per channel in the order they are sent (1, 2, ...), and leave
//    it in that order (a direct hand-off happens only while the buffer is empty), so
//    m_sent - m_received is what the buffer holds.
//  - Once m_closed, no waiter is queued: close() released them all (receivers with
//    ok = false, senders with a "send on closed channel" error).
//  - A queued waiter may belong to a select that another channel already completed;
//    such stale waiters are skipped and dropped by whoever meets them.
//  - Whoever completes a waiting partner (a send, a receive, close()) records its own
//    event first and wakes the partner last, touching the channel no more: a woken
//    partner may return and destroy the channel at once.
//  - Tracing reads the run clock once per completed operation, under the channel's lock:
//    a traced operation that completes at once is an instant at that time; one that had
//    to wait reads the clock when it starts waiting, and the partner completing it hands
//    over its own reading as the end (SelectCase::at). Times taken under one channel's
//    lock follow the order of its operations: a message is never received before it was
//    sent.

#include "runtime/Parker.h"
#include "trace/TraceData.h"

#include <QString>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace cacophony {

class Runtime;
class ChannelBase;
struct SelectGroup;
struct SelectWaiter;

// One case of a select, or a lone send/receive (a select of one case).
struct SelectCase
{
    ChannelBase *channel = nullptr;
    bool isSend = false;
    void *value = nullptr;     // send: the value to move from; receive: where to move it
    // Results:
    bool ok = false;           // receive: false if the channel was closed and drained
    bool sendOnClosed = false; // send: the channel was (or got) closed
    std::uint64_t message = 0; // number of the message sent/received on its channel (0: none)
    std::int64_t tracedValue = 0; // the value, for the trace (integral types only)
    // Tracing: whether the operation is traced (set by select()), and when it completed
    // (run clock; set under the channel's lock by whoever completed it, if it or its
    // partner is traced).
    bool traced = false;
    std::int64_t at = 0;
};

class ChannelBase
{
public:
    ChannelBase(Runtime &runtime, const QString &name, std::size_t capacity,
                ObjectKind kind = ObjectKind::Channel);
    virtual ~ChannelBase();
    ChannelBase(const ChannelBase &) = delete;
    ChannelBase &operator=(const ChannelBase &) = delete;

    // Thread-safe. Releases every waiting receiver (ok = false) and sender (error).
    // Throws RuntimeError("close of closed channel") on a second close.
    void close();

    // Thread-safe.
    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const;
    bool isClosed() const;
    std::uint32_t id() const { return m_id; }
    const QString &name() const { return m_name; }
    Runtime &runtime() const { return m_runtime; }

    // The one engine behind send, receive, their try- variants and select. Completes one
    // ready case (chosen at random among ready ones, as Go does) and returns its index;
    // if none is ready returns -1 when !block, otherwise waits until one completes or the
    // deadline passes (-2). Throws TaskCancelled when the runtime stops, RuntimeError for a
    // send on a closed channel. Records the completed operation.
    // `traced` false: record nothing (the ticker records its own Tick events).
    static int select(Runtime &runtime, SelectCase *cases, int count, bool block,
                      Parker::Deadline deadline = std::nullopt, bool traced = true);

protected:
    // Element storage (a FIFO), implemented by Channel<T>; called with m_mutex held.
    virtual void pushBuffer(void *value) = 0; // moves from *value
    virtual void popBuffer(void *out) = 0;    // moves into *out
    virtual void moveValue(void *to, void *from) = 0;
    virtual void resetValue(void *value) = 0;                          // zero value
    virtual std::int64_t traceValue(const void *value) const = 0;

private:
    friend class ChannelLocks;

    // With m_mutex held: completes `c` now if it can (a send on a closed channel
    // "completes" with c.sendOnClosed). A parked partner it completed is returned in
    // partner, to be woken once the locks are released.
    bool tryCompleteLocked(SelectCase &c, SelectWaiter *&partner);
    // With m_mutex held: the first queued waiter whose select is still open, claimed.
    SelectWaiter *claimFirst(std::deque<SelectWaiter *> &queue);
    void enqueueLocked(SelectWaiter *waiter);
    void dequeueLocked(SelectWaiter *waiter);
    // With m_mutex held: stamps the completion time on c and its partner, if either is traced.
    void stampLocked(SelectCase &c, SelectWaiter *partner) const;
    std::size_t bufferedLocked() const { return static_cast<std::size_t>(m_sent - m_received); }
    // Records c as a span from `since` (== c.at for one that did not wait) to c.at.
    void recordCompleted(const SelectCase &c, std::int64_t since, bool blocked, bool inSelect) const;
    // Parks until one of the cases completes, spinning first as fits the channels.
    static Parker::Wake waitForCompletion(Runtime &runtime, Parker &parker, SelectCase *cases, int count,
                                          SelectGroup &group, Parker::Deadline deadline);

    Runtime &m_runtime;
    const QString m_name;
    const std::size_t m_capacity;
    const std::uint32_t m_id;

    mutable std::mutex m_mutex;
    std::uint64_t m_sent = 0;            // guarded by m_mutex: messages numbered so far
    std::uint64_t m_received = 0;        // guarded by m_mutex: messages taken out so far
    bool m_closed = false;               // guarded by m_mutex
    std::deque<SelectWaiter *> m_sendq;  // guarded by m_mutex
    std::deque<SelectWaiter *> m_recvq;  // guarded by m_mutex
};

} // namespace cacophony
