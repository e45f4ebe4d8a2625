#pragma once

// Goroutines multiplexed onto GOMAXPROCS worker threads, as Go's runtime does.
//
// Threads: workers (worker 0 is run()'s own thread), the timer thread, the monitor (Go's
// sysmon: preempts a goroutine that has run ~10 ms). Deterministic mode has one worker, a
// virtual clock and neither other thread.
//
// Queues: each worker has a RunQueue (a bounded ring and a runs-next slot); a goroutine readied
// or spawned by a running goroutine goes to that worker's runs-next slot; one readied from
// outside (the timer thread) or yielding goes to the global queue. An idle worker takes from
// the global queue, then steals half of another worker's ring, then parks on a condition
// variable until a goroutine is queued (no busy waiting when nothing runs).
//
// Parking: a primitive that returns Park has queued g somewhere its partner finds it; the
// worker then marks g parked. ready(g) may come before that mark (the partner runs on another
// worker): g.parkState settles the race so that g is queued exactly once, by whichever of the
// two comes last.
//
// Deadlock: when the number of goroutines runnable or running falls to 0 while main has not
// returned and no timer is armed, nothing can ever run again: fatal("all goroutines are asleep
// - deadlock!"). Only then.
//
// Ending: run() returns once main returned (status 0), exit() or fatal() was called (their
// status), or stop() was called (status 130, as an interrupted program). Other goroutines are
// abandoned where they stand, as in Go; their control blocks live until the scheduler is
// destroyed, so the VM can still walk them (forEachGoroutine) to free its frames. A panic
// that ends main: the VM calls exit(2, RunEnd::Panicked) before returning Exit (the first
// ending decides). Chans, Mutexes, WaitGroups and RuntimeTimers must not outlive it.

#include "gorun/sched/Chooser.h"
#include "gorun/sched/Clock.h"
#include "gorun/sched/Executor.h"
#include "gorun/sched/TimerQueue.h"
#include "gorun/sched/Worker.h"
#include "trace/Tracer.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace cacophony::gorun {

class Scheduler
{
public:
    struct Options
    {
        int gomaxprocs = 0;                       // worker threads; <= 0: the machine's cores
        bool deterministic = false;               // one worker, virtual clock, counted slices
        std::uint64_t seed = 0;                   // the Chooser's seed
        Tracer *tracer = nullptr;                 // optional; untraced runs pay only a branch
        std::int64_t maxGoroutines = 1'000'000;   // live goroutines; beyond: a fatal error naming it
        std::int64_t sliceInstructions = 10'000;  // deterministic mode's slice (preemptRequested)
    };
    static constexpr int kStoppedStatus = 130; // run()'s status after stop(): interrupted
    static constexpr std::int64_t kSliceNs = 10'000'000; // the monitor's time slice

    Scheduler(Executor &executor, Options options);
    ~Scheduler(); // frees every goroutine control block (after run() returned, or never run)
    Scheduler(const Scheduler &) = delete;
    Scheduler &operator=(const Scheduler &) = delete;

    // Thread-safe. A new goroutine running vmState, named for the trace and tracebacks (the
    // function's name, "main.func1" for a literal). Spawned by a running goroutine (parent),
    // it takes that worker's runs-next slot; otherwise (main, before run()) the global queue.
    // Beyond Options::maxGoroutines: fatal("too many goroutines (limit N)") and nullptr.
    Goroutine *spawn(Goroutine *parent, void *vmState, const QString &name);
    // Thread-safe. Makes a parked goroutine runnable (after filling g.resume). Called once per
    // park, by whoever completed its operation.
    void ready(Goroutine &g);
    // Runs until main returns, exit(), fatal() or stop(); returns the exit status (see above).
    // main must come from spawn(). Once per Scheduler.
    int run(Goroutine *main);
    // Thread-safe, never blocks. Ends the run within a slice (a goroutine yields at its next
    // preemptRequested(); idle workers wake): run() returns kStoppedStatus.
    void stop();
    // Thread-safe. Ends the run with this status (os.Exit, or 2 after a panic the VM reported).
    // The first of exit(), fatal() and stop() decides.
    void exit(int status, RunEnd end);
    // Thread-safe. A fatal error (g = the goroutine that hit it, or nullptr for the runtime):
    // records FatalError, ends the run with status 2, and run() calls Executor::fatal(firstLine)
    // once every worker has stopped. firstLine is without "fatal error: ".
    void fatal(Goroutine *g, std::string_view firstLine, RunEnd end = RunEnd::Panicked);
    // Thread-safe. How the run ended (Unknown while it runs).
    RunEnd runEnd() const { return m_end.load(std::memory_order_acquire); }

    // For the collector. stopTheWorld() returns once no other worker runs a goroutine (each
    // waits at its safepoint, between two Executor::run calls); called by a goroutine, the call
    // is its own safepoint. startTheWorld() must be called by the same thread. Not reentrant.
    void stopTheWorld();
    void startTheWorld();
    // Every live goroutine (under a lock: keep fn short, do not spawn from it). Meant for a
    // stopped world or after run() returned.
    void forEachGoroutine(const std::function<void(Goroutine &)> &fn);
    // Thread-safe. Live goroutines (runtime.NumGoroutine).
    int numGoroutine() const { return static_cast<int>(m_numGoroutines.load(std::memory_order_relaxed)); }
    // Thread-safe (fixed at construction).
    int gomaxprocs() const { return static_cast<int>(m_workers.size()); }
    // Thread-safe, approximate while running. For tests and measurements.
    struct Stats
    {
        std::uint64_t steals = 0;  // successful steals from another worker's queue
        std::uint64_t preemptions = 0; // slices the monitor ended
    };
    Stats stats() const
    {
        return {m_steals.load(std::memory_order_relaxed), m_preemptions.load(std::memory_order_relaxed)};
    }
    bool deterministic() const { return m_options.deterministic; }

    // Thread-safe.
    Clock &clock() { return m_clock; }
    Chooser &chooser() { return m_chooser; }
    TimerQueue &timers() { return m_timers; }
    Tracer *tracer() const { return m_options.tracer; }

    // Primitives without an object, for the goroutine g running on the calling worker.
    // parkForever: a nil channel's send or receive, an empty select (reason as Go prints it).
    OpResult parkForever(Goroutine &g, WaitReason reason);
    // time.Sleep: Done at once for ns <= 0; else Park until ns have passed (Sleep event).
    OpResult sleep(Goroutine &g, std::int64_t ns);
    // runtime.Gosched: returns Park; the worker puts g on the global queue (the VM resumes g
    // after the call when it runs again, as after any park).
    OpResult gosched(Goroutine &g);

    // For the primitives: records e (its t, task and pos the caller's) if traced.
    void record(const Event &e) const
    {
        if (m_options.tracer)
            m_options.tracer->record(e);
    }
    // For the primitives: a trace object id (0 when untraced); takes the tracer's lock.
    std::uint32_t registerObject(ObjectKind kind, const QString &name, std::int64_t capacity = 0);
    // Thread-safe. The worker of the calling thread if it belongs to this scheduler, else nullptr.
    Worker *currentWorker() const;

private:
    friend class Worker;
    enum ParkState : std::uint8_t { kNotParked = 0, kParked = 1, kReadyPending = 2 };

    void enqueue(Goroutine &g, bool next);
    void pushGlobal(Goroutine *g);
    void pushGlobal(const std::vector<Goroutine *> &gs);
    Goroutine *popGlobal(Worker &w, std::size_t batch);
    bool hasWork();
    void wakeIdle();
    void parked(Goroutine &g);
    void exited(Goroutine &g);
    void checkDeadlock();
    void end(int status, RunEnd end, std::string fatalLine);
    bool ending() const { return m_ending.load(std::memory_order_acquire); }
    void preemptAll();
    void monitorLoop();
    void recordTaskEnd(Goroutine &g, std::uint8_t flags);

    Executor &m_executor;
    const Options m_options;
    Clock m_clock;
    Chooser m_chooser;
    TimerQueue m_timers;
    std::vector<std::unique_ptr<Worker>> m_workers;

    std::mutex m_globalMutex;
    std::deque<Goroutine *> m_global;             // guarded by m_globalMutex
    std::atomic<std::size_t> m_globalSize{0};     // a hint, for the 1-in-61 fairness check

    std::mutex m_idleMutex;
    std::condition_variable m_idleCv;
    std::atomic<int> m_idleCount{0};              // written under m_idleMutex
    int m_wakeups = 0;                            // guarded by m_idleMutex
    std::condition_variable m_monitorCv;          // with m_idleMutex

    std::atomic<std::int64_t> m_live{0};          // goroutines runnable or running
    std::atomic<std::int64_t> m_numGoroutines{0}; // live (not exited) goroutines
    std::atomic<std::uint64_t> m_nextGoid{1};
    std::atomic<std::uint64_t> m_steals{0};
    std::atomic<std::uint64_t> m_preemptions{0};

    std::mutex m_allMutex;
    Goroutine *m_all = nullptr;                   // guarded by m_allMutex; live goroutines
    std::vector<Goroutine *> m_dead;              // guarded by m_allMutex; freed at destruction
                                                  // or reused by spawn

    Goroutine *m_main = nullptr;
    std::atomic<bool> m_ending{false};
    std::atomic<RunEnd> m_end{RunEnd::Unknown};
    std::mutex m_endMutex;
    int m_status = 0;                             // guarded by m_endMutex
    std::string m_fatalLine;                      // guarded by m_endMutex

    std::mutex m_stwMutex;                        // held from stopTheWorld to startTheWorld
    std::atomic<bool> m_stwPending{false};        // a stopTheWorld is under way
    static thread_local Worker *t_worker;         // the calling thread's worker, if any
    std::thread m_monitor;
};

} // namespace cacophony::gorun
