#pragma once

// One worker's run queue, as Go's P.runq: a bounded ring (kCapacity) plus a runs-next slot
// for the goroutine just readied or spawned by the goroutine running on this worker, so a
// hand-off (send, then the receiver runs) stays on one thread and in cache. A goroutine that
// does not fit goes, with half of the ring, to the scheduler's global queue (the caller's
// `overflow`). Thieves take half of the ring; the runs-next slot only once it has waited
// kRunNextGraceNs (Go's ~3 us: its owner is about to run it).
//
// Every method is thread-safe under one short lock (m_lock); none blocks otherwise.

#include <cstdint>
#include <mutex>
#include <vector>

namespace cacophony::gorun {

struct Goroutine;

class RunQueue
{
public:
    static constexpr std::size_t kCapacity = 256;
    static constexpr std::int64_t kRunNextGraceNs = 3'000;

    // Puts g in the runs-next slot; a goroutine it displaces goes to the ring's tail. now:
    // steady-clock ns (nowNs()), given so that tests can set the time.
    void putNext(Goroutine *g, std::vector<Goroutine *> &overflow, std::int64_t now = nowNs());
    // Puts g at the ring's tail.
    void pushBack(Goroutine *g, std::vector<Goroutine *> &overflow);
    // The runs-next goroutine, else the ring's head; nullptr if empty. fromNext says which.
    Goroutine *pop(bool *fromNext = nullptr);
    // Moves half of this queue (at least one) to out; the runs-next slot only if the ring is
    // empty and it has waited kRunNextGraceNs. Returns how many it moved.
    std::size_t stealHalf(std::vector<Goroutine *> &out, std::int64_t now = nowNs());
    bool empty() const;
    std::size_t size() const;
    static std::int64_t nowNs();

private:
    void pushBackLocked(Goroutine *g, std::vector<Goroutine *> &overflow);

    mutable std::mutex m_lock;
    Goroutine *m_ring[kCapacity] = {}; // guarded by m_lock
    std::size_t m_head = 0;            // guarded by m_lock; index of the oldest
    std::size_t m_count = 0;           // guarded by m_lock
    Goroutine *m_next = nullptr;       // guarded by m_lock
    std::int64_t m_nextSince = 0;      // guarded by m_lock; steady ns when m_next was set
};

} // namespace cacophony::gorun
