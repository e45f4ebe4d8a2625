#pragma once

// What the scheduler runs (the VM implements it) and what a primitive answers.

#include "gorun/sched/Goroutine.h"

#include <string_view>

namespace cacophony::gorun {

class Worker;

// Primitive results. On Park the primitive has queued g (and set g.waitReason); whoever
// completes the operation fills g.resume and calls Scheduler::ready(g); the VM returns
// Executor::Step::Park at once and resumes after the operation when g runs again. Panic: the
// VM raises a runtime panic in g with the message the primitive's header names ("send on
// closed channel", "close of closed channel", "close of nil channel", "sync: negative
// WaitGroup counter"). Fatal: the VM calls Scheduler::fatal(&g, message) ("sync: unlock of
// unlocked mutex") and returns Step::Park: the program ends.
enum class OpResult { Done, Park, Panic, Fatal };

// The collector's visitor over a goroutine's roots; the VM defines what it does.
class RootVisitor
{
public:
    virtual ~RootVisitor() = default;
    virtual void visit(Word word) = 0;
};

class Executor
{
public:
    enum class Step { Yield, Park, Exit };
    virtual ~Executor() = default;

    // Called by one worker thread at a time per goroutine. Runs g until it parks (a primitive
    // returned Park or Fatal), yields (w.preemptRequested() true at a loop back-edge or call),
    // or its function returned or a panic ended it (Exit; set g.failed for a panic). Never
    // blocks the thread. Free what g.vm holds before returning Exit.
    virtual Step run(Goroutine &g, Worker &w) = 0;

    // For the VM's own collector (the scheduler never calls it): with the world stopped,
    // report every heap Word g holds.
    virtual void scanRoots(Goroutine &, RootVisitor &) {}

    // A fatal error ended the program (deadlock, goroutine limit, or one the VM reported through
    // Scheduler::fatal). Called once, on run()'s thread after every worker has stopped, so the
    // VM may walk every goroutine (Scheduler::forEachGoroutine): print Go's report (the first
    // line is "fatal error: " + firstLine), then every goroutine's state and stack.
    virtual void fatal(std::string_view firstLine) = 0;
};

} // namespace cacophony::gorun
