#pragma once

// One goroutine's control block, owned by the Scheduler (spawn() creates it, the scheduler
// frees it after its Executor::run returned Exit, or at the scheduler's destruction).
//
// The public fields are the seam with the VM. The fields below "scheduler's own" belong to
// the scheduler and the primitives; the VM never touches them.
//
// Resume protocol: a primitive that returned OpResult::Park has queued g; whoever completes
// the operation fills g.resume (as the primitive's header says) before Scheduler::ready(g),
// which publishes it (release) to the worker that runs g next (acquire).

#include "gorun/sched/SleepTimer.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <vector>

namespace cacophony::gorun {

using Word = std::uint64_t; // one VM value cell; what it means is the VM's business

class Chan;
struct Waiter;

enum class GStatus : std::uint8_t { Runnable, Running, Waiting, Dead };

// Why a goroutine waits, as Go's traceback prints it ("goroutine 7 [chan receive]:").
enum class WaitReason : std::uint8_t {
    None,
    ChanReceive,
    ChanSend,
    ChanReceiveNil, // "chan receive (nil chan)"
    ChanSendNil,    // "chan send (nil chan)"
    Select,
    SelectNoCases, // "select (no cases)"
    Sleep,
    MutexLock,     // "sync.Mutex.Lock"
    RWMutexLock,   // "sync.RWMutex.Lock"
    RWMutexRLock,  // "sync.RWMutex.RLock"
    WaitGroupWait, // "sync.WaitGroup.Wait"
};

// Go's words for a wait reason; "" for None.
const char *waitReasonName(WaitReason reason);

// Where a waiter that a channel operation parked on stands (one per select case; a plain
// send or receive uses one). Intrusive, so that a select leaves every other channel's queue
// in O(1). Guarded by the lock of the channel whose queue holds it.
struct Waiter
{
    struct Goroutine *g = nullptr;
    Chan *chan = nullptr;
    Waiter *prev = nullptr;
    Waiter *next = nullptr;
    bool queued = false;      // in chan's queue
    bool isSend = false;
    int caseIndex = 0;        // in the select; 0 for a plain operation
    int caseCount = 0;        // cases of the select (0: not a select)
    Word value = 0;           // the word to send (sends)
    std::int64_t since = 0;   // clock time when it started waiting (Blocked spans)
};

struct Goroutine
{
    // --- the seam ---
    std::uint64_t goid = 0;                      // Go's goroutine number (main = 1)
    std::uint32_t task = 0;                      // its trace task id (0 when untraced)
    std::atomic<GStatus> status{GStatus::Runnable};
    WaitReason waitReason = WaitReason::None;    // set by the primitive that parks it
    std::uint32_t pos = 0;                       // source position id of the operation in progress
    Word resume[2] = {0, 0};                     // filled by the partner that readies it
    void *vm = nullptr;                          // the VM's frames; opaque to the scheduler
    bool failed = false;                         // the VM sets it before returning Exit for a
                                                 // panic that ended the goroutine (TaskEnd Failed)

    // --- scheduler's own ---
    QString name;                                // function name, for the trace and tracebacks
    // Park hand-shake between the worker that ran g and whoever readies it (see Scheduler.cpp).
    std::atomic<std::uint8_t> parkState{0};
    // Claimed once by whoever completes a parked channel operation or select (0 waiting, 1 done).
    std::atomic<std::uint8_t> claimed{0};
    bool started = false;                        // TaskStart recorded (worker only)
    bool yieldRequested = false;                 // gosched(): Park means Yield (owner only)
    std::vector<Waiter> waiters;                 // a parked channel operation's or select's
                                                 // cases; left by the worker before g runs again
    bool leaveWaiters = false;                   // waiters still queued on other channels
    std::int64_t waitSince = 0;                  // when a non-channel wait began (Blocked spans)
    std::int64_t sleepNs = 0;                    // requested ns of the sleep in progress
    SleepTimer sleepTimer;                       // armed while it sleeps
    Goroutine *allPrev = nullptr;                // the scheduler's list of live goroutines
    Goroutine *allNext = nullptr;
    Goroutine *waitNext = nullptr;               // queues of Mutex, RWMutex, WaitGroup
};

} // namespace cacophony::gorun
