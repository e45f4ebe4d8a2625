#pragma once

#include "gorun/vm/Program.h"
#include "gorun/sched/Executor.h"
#include "gorun/lib/Natives.h"
#include "gorun/vm/GoTrace.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace cacophony::gorun {

struct Native;

// A call deferred by `defer`: the call instruction and the values of its operands, taken
// when the defer statement ran.
struct DeferredCall
{
    Instr call;
    std::vector<Word> args;
    Word callee = 0; // the closure or interface value (CallClosure, CallIface)
};

enum class FrameKind : std::uint8_t {
    Normal,       // results go to the caller's registers
    Deferred,     // a deferred call: results dropped
    PanicDefer,   // a deferred call run by a panic: recover() works here
    Callback,     // String()/Error() for a native: the result is appended to the caller's callbacks
    PanicMessage, // Error()/String() of an unrecovered panic's value, for its report
};

struct Frame
{
    const Function *fn = nullptr;
    const FuncObj *closure = nullptr;
    std::size_t pc = 0;
    std::size_t base = 0; // of its registers in GoState::regs
    int retDst = 0;
    int retCount = 0;
    FrameKind kind = FrameKind::Normal;
    std::vector<DeferredCall> defers;
    std::vector<std::string> callbacks; // answers for the native at pc, so far
};

struct PanicRecord
{
    Word value = 0; // an interface value
    bool recovered = false;
    std::string traceback; // the goroutine's stack where it was raised
};

// One goroutine's VM state: everything lives here on the heap (registers, frames, panics),
// so parking the goroutine is returning from Machine::run.
struct GoState
{
    std::vector<Word> regs;
    std::vector<Frame> frames;
    std::vector<PanicRecord> panics;
    Goroutine *g = nullptr; // its control block (set by the scheduler's spawn)
    Worker *worker = nullptr; // the worker running it now
    // A parked operation's result, applied when the goroutine runs again (Goroutine::resume).
    GoStateResume resume = GoStateResume::None;
    int resumeReg = 0; // in the top frame: where the result goes
    bool parked = false; // a primitive parked it: execute returns Park
    bool dead = false;   // ended by a panic or os.Exit: execute returns Exit
    bool timeChan = false; // the parked receive is from a timer's channel
    std::string createdBy; // the traceback's "created by" lines (empty for main)
};

class Scheduler;

// The VM: runs a compiled Program. Output goes through `write` (stdout false / stderr true),
// as it happens. Until the scheduler is wired, one goroutine runs on the calling thread.
// Not thread-safe except stop() (any thread).
class Machine : public Executor
{
public:
    struct Options
    {
        std::uint64_t seed = 1;
        std::size_t memoryLimit = std::size_t(1) << 30;
        int gomaxprocs = 1;
        bool deterministic = false;
        std::uint64_t instructionBudget = 0; // 0: none; else the run ends ("budget") after so many
        std::function<void(bool toStderr, std::string_view text)> write;
        GoTrace *trace = nullptr; // a traced run: its tracer goes to the scheduler
    };
    enum class End { Finished, Panicked, Fatal, Exited, Stopped, Budget };

    Machine(const Program &program, Options options);
    ~Machine() override;

    // Runs the program to its end; returns the exit status (docs/cli.md's table).
    int run();
    End end() const { return m_end; }
    void stop();

    // Executor (called by the scheduler's workers).
    Executor::Step run(Goroutine &g, Worker &w) override;
    void fatal(std::string_view firstLine) override;
    Scheduler &scheduler() { return *m_scheduler; }

    // For natives.
    const Program &program() const { return m_program; }
    Heap &heap() { return m_heap; }
    // Output of goroutine g (nullptr: the runtime), traced as LogLines at g's pos.
    void write(bool toStderr, std::string_view text, const Goroutine *g = nullptr);
    // The trace's position id of a source byte offset (0 when untraced).
    std::uint32_t posId(int offset) const { return m_options.trace ? m_options.trace->posId(offset) : 0; }
    // How the scheduler says the run ended (Unknown before run()).
    RunEnd runEnd() const;
    // Thread-safe: the run's random numbers (map order, math/rand), seeded by Options::seed.
    std::uint64_t random64();
    void reseed(std::uint64_t seed);
    std::uint64_t seed() const { return m_options.seed; }
    // The method `name` of an interface value's dynamic type (the program's own), or null.
    const Function *methodOf(Word iface, const char *name) const;
    // A runtime error's panic value; prefixed: its text starts "runtime error: ".
    Word runtimeError(const std::string &message, bool prefixed = true);
    std::string sourceLine(int pos) const;
    // A time.Time of a run-clock instant (ns since the run started).
    Word timeValue(Word runNs);
    int gomaxprocs() const { return m_options.gomaxprocs; }
    // For the run's summary: goroutines started (main included) and channel operations.
    std::uint64_t goroutinesStarted() const { return m_spawned.load(); }
    std::uint64_t channelOperations() const { return m_chanOps.load(); }
    // The standard logger's settings (package log).
    int logFlags = 3;
    std::string logPrefix;

private:
    using Step = Executor::Step;
    Step execute(GoState &g);
    void applyResume(GoState &g);
    bool spawn(GoState &g, const Instr &call, const Word *r);
    void end(End end, int status);
    bool chanOp(GoState &g, Frame &f, const Instr &ins, Word *r);
    bool slowOp(GoState &g, Frame &f, const Instr &ins, Word *r); // false: the frame changed
    void call(GoState &g, const Function *fn, const FuncObj *closure, const Word *args, int nargs, int retDst,
              int retCount, FrameKind kind);
    bool callInstr(GoState &g, const Instr &ins, const Word *r, FrameKind kind, const DeferredCall *deferred);
    bool callIface(GoState &g, const Instr &ins, Word iface, const Word *args, int nargs, FrameKind kind);
    bool callNative(GoState &g, const Instr &ins, Word *r);
    bool mapOrIfaceOp(GoState &g, Frame &f, const Instr &ins, Word *r);
    void sliceExpr(const Instr &ins, Word *r);
    void append(const Instr &ins, Word *r);
    std::int64_t copySlice(Word dst, Word src, bool fromString);
    void doReturn(GoState &g);
    void raise(GoState &g, Word value);
    void unwind(GoState &g);
    void printPanic(GoState &g, const std::string &message);
    void fatal(GoState &g, const std::string &message);
    std::string traceback(const GoState &g, const char *state = "running", bool topAdvanced = false) const;
    std::string panicValueText(Word value) const;
    void tracePanic(GoState &g, Word value, bool recovered);

    const Program &m_program;
    Options m_options;
    // Before the heap: channels and timers on the heap use it until the heap is gone.
    std::unique_ptr<Scheduler> m_scheduler; // set once by run(), under m_schedulerMutex (stop() reads it)
    std::mutex m_schedulerMutex;
    Heap m_heap;
    BoxObj *m_globals = nullptr;
    std::mutex m_randomMutex;
    std::mt19937_64 m_random;
    std::atomic<bool> m_stop{false};
    std::mutex m_endMutex;
    End m_end = End::Finished; // guarded by m_endMutex
    int m_exitCode = 0;        // guarded by m_endMutex
    bool m_ended = false;      // guarded by m_endMutex: the first end() decides
    std::atomic<std::uint64_t> m_executed{0};
    std::atomic<std::uint64_t> m_spawned{1};
    std::atomic<std::uint64_t> m_chanOps{0};
    std::atomic<GoState *> m_failing{nullptr}; // the goroutine whose fatal error is reported
};

} // namespace cacophony::gorun
