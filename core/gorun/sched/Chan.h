#pragma once

// A Go channel: unbuffered (a rendezvous: the value goes straight from the sender to a parked
// receiver, or from a parked sender to the receiver) or buffered (a ring of capacity words).
//
// Invariants (m_lock guards everything below it):
//  - At most one of the send and receive queues holds claimable waiters: a waiter is queued
//    only when no partner could complete its operation.
//  - A receive queue waits only while the buffer is empty; a send queue only while it is full.
//  - Messages are numbered per channel in send order (1, 2, ...): a send and the receive that
//    gets its value carry the same number (the timeline's arrow).
//  - A goroutine is readied after the lock is released, and its events are recorded first.
//
// Resume (see Executor.h): after a parked send, g.resume[1] is 1 if the value was taken, 0 if
// the channel was closed meanwhile (the VM raises "send on closed channel"); after a parked
// receive, g.resume[0] is the value and g.resume[1] the ok flag (0: closed and drained).
// A nil channel is the VM's business: Scheduler::parkForever(g, ChanSendNil / ChanReceiveNil),
// and "close of nil channel" is the VM's panic.

#include "gorun/sched/Executor.h"
#include "gorun/sched/WaitQueue.h"
#include "trace/TraceData.h"

#include <QString>
#include <cstdint>
#include <mutex>
#include <vector>

namespace cacophony::gorun {

class Scheduler;

// A select's resume word 0: the case index, with this bit set when ok (see Select.h).
constexpr Word kSelectOk = Word(1) << 32;

class Chan
{
public:
    // name and kind name the channel's trace lane (a ticker's channel is a Ticker lane).
    Chan(Scheduler &scheduler, std::size_t capacity, bool elemIsRef, const QString &name = QStringLiteral("chan"),
         ObjectKind kind = ObjectKind::Channel);
    Chan(const Chan &) = delete;
    Chan &operator=(const Chan &) = delete;

    // Thread-safe, never block; for the goroutine g running on the calling worker.
    // send: Done, Park, or Panic "send on closed channel".
    OpResult send(Goroutine &g, Word value);
    // recv: Done (out and ok set) or Park.
    OpResult recv(Goroutine &g, Word &out, bool &ok);
    // close: Done, or Panic "close of closed channel". Readies every waiter.
    OpResult close(Goroutine &g);

    // Thread-safe, never blocks. A send from outside any goroutine (a timer): false if it would
    // have to wait (full buffer, no receiver) or the channel is closed. message: its number.
    bool offer(Word value, std::uint64_t *message = nullptr);

    // Thread-safe.
    std::size_t len() const;
    std::size_t cap() const { return m_capacity; }
    std::uint32_t id() const { return m_id; }
    bool elemIsRef() const { return m_elemIsRef; }
    // Thread-safe (takes the lock). For the collector when elements are references: every word
    // the channel holds (buffered elements, parked senders' values); nothing otherwise.
    template<typename F>
    void forEachWord(F fn) const
    {
        if (!m_elemIsRef)
            return;
        std::lock_guard lock(m_lock);
        for (std::size_t i = 0; i < m_count; ++i)
            fn(m_buffer[(m_head + i) % m_capacity]);
        m_sendq.forEach([&](const Waiter &w) { fn(w.value); });
    }

    static const char *const kSendOnClosed;
    static const char *const kCloseOfClosed;

private:
    friend class Select;

    // What an operation completed under the lock leaves to do after it (trace, wake).
    struct Completion
    {
        Waiter *partner = nullptr; // claimed; readied by finish()
        std::uint64_t message = 0;
        std::uint64_t partnerMessage = 0;
        bool ok = true;            // receive: a value came; send: false if closed (panic)
        std::int64_t at = 0;       // clock time of the completion (traced runs only)
        Word value = 0;            // the word sent or received
    };

    // Whether an operation of this direction would complete now.
    bool readyLocked(bool isSend) const;
    // Completes it if it can (the one engine behind send, recv, offer and select).
    bool completeLocked(bool isSend, Word value, Completion &c);
    // After unlocking: records g's event (task 0 without g) and the partner's, readies it.
    void finish(Goroutine *g, bool isSend, const Completion &c, int caseIndex, int caseCount);
    void park(Goroutine &g, Waiter &w, bool isSend, Word value);
    void recordOp(std::uint32_t task, std::uint32_t pos, bool isSend, std::int64_t since, std::int64_t at,
                  std::uint64_t message, Word value, std::uint8_t flags) const;
    std::int64_t traceNow() const;
    void recordSelect(const Goroutine &g, std::int64_t since, std::int64_t at, int caseIndex, int caseCount,
                      bool blocked) const;
    static void giveTo(Waiter &w, Word value, bool ok);

    Scheduler &m_scheduler;
    const std::size_t m_capacity;
    const bool m_elemIsRef;
    const std::uint32_t m_id;

    mutable std::mutex m_lock;
    std::vector<Word> m_buffer;    // guarded by m_lock; ring of m_capacity
    std::size_t m_head = 0;        // guarded by m_lock
    std::size_t m_count = 0;       // guarded by m_lock
    bool m_closed = false;         // guarded by m_lock
    std::uint64_t m_sent = 0;      // guarded by m_lock; message numbers given to sends
    std::uint64_t m_received = 0;  // guarded by m_lock
    WaitQueue m_sendq;             // guarded by m_lock
    WaitQueue m_recvq;             // guarded by m_lock
};

} // namespace cacophony::gorun
