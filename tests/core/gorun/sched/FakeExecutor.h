#pragma once

// Goroutines for the scheduler's tests without a VM: each is a script of operations run as a
// state machine over pc, the way the VM runs bytecode. An operation issues a primitive; if it
// parks, its resume handler runs when the goroutine runs again (g.resume filled). Between two
// operations the goroutine polls Worker::preemptRequested() as the VM does at back-edges (after
// the first: each run gets some work done).

#include "gorun/sched/Chan.h"
#include "gorun/sched/Executor.h"
#include "gorun/sched/Scheduler.h"
#include "gorun/sched/Worker.h"

#include <QtGlobal>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <thread>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace cacophony::gorun::test {

struct FakeTask;
using Issue = std::function<OpResult(Goroutine &, FakeTask &)>;
using Resume = std::function<void(Goroutine &, FakeTask &)>;

struct Op
{
    Issue issue;
    Resume resume; // after a Park (may be empty)
};

struct FakeTask
{
    std::vector<Op> ops;
    std::size_t pc = 0;
    int jump = -1;              // set by an op to go to ops[jump] next
    bool waiting = false;
    std::int64_t counters[4] = {};
    std::string message;        // a Panic's or Fatal's message, set by the op
    bool panicking = false;     // set by a resume handler: panic with message
    Worker *worker = nullptr;   // the worker running it now
};

class FakeExecutor : public Executor
{
public:
    Scheduler *scheduler = nullptr;

    Step run(Goroutine &g, Worker &w) override
    {
        FakeTask &t = *static_cast<FakeTask *>(g.vm);
        t.worker = &w;
        if (t.waiting) {
            t.waiting = false;
            t.jump = -1;
            if (t.ops[t.pc].resume)
                t.ops[t.pc].resume(g, t);
            if (t.panicking)
                return panic(g, t);
            t.pc = t.jump >= 0 ? static_cast<std::size_t>(t.jump) : t.pc + 1;
        }
        for (bool first = true; t.pc < t.ops.size(); first = false) {
            // As the VM at a back-edge: a goroutine always gets some work done per run.
            if (!first && w.preemptRequested())
                return Step::Yield;
            t.jump = -1;
            switch (t.ops[t.pc].issue(g, t)) {
            case OpResult::Done:
                break;
            case OpResult::Park:
                t.waiting = true;
                return Step::Park;
            case OpResult::Panic:
                return panic(g, t);
            case OpResult::Fatal:
                scheduler->fatal(&g, t.message);
                t.waiting = true;
                return Step::Park;
            }
            t.pc = t.jump >= 0 ? static_cast<std::size_t>(t.jump) : t.pc + 1;
        }
        return Step::Exit;
    }

    Step panic(Goroutine &g, FakeTask &t)
    {
        log("panic: " + t.message);
        g.failed = true;
        return Step::Exit;
    }

    void fatal(std::string_view firstLine) override { log("fatal error: " + std::string(firstLine)); }

    // Thread-safe.
    void log(const std::string &line)
    {
        std::lock_guard lock(m_mutex);
        m_log.push_back(line);
    }
    std::vector<std::string> logged() const
    {
        std::lock_guard lock(m_mutex);
        return m_log;
    }
    bool loggedLine(const std::string &line) const
    {
        const auto l = logged();
        return std::find(l.begin(), l.end(), line) != l.end();
    }

    // Thread-safe. A goroutine running ops; parent: the spawning goroutine (nullptr for main).
    Goroutine *go(Goroutine *parent, const QString &name, std::vector<Op> ops)
    {
        auto task = std::make_unique<FakeTask>();
        task->ops = std::move(ops);
        FakeTask *raw = task.get();
        {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        return scheduler->spawn(parent, raw, name);
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_log;
    std::vector<std::unique_ptr<FakeTask>> m_tasks;
};

// Runs main (spawned from ops) to its end; a watchdog stops a run that hangs (then runEnd() is
// Stopped, which the tests check), so no test waits unbounded.
inline int runMain(Scheduler &s, FakeExecutor &e, std::vector<Op> ops, std::chrono::seconds bound = std::chrono::seconds(30))
{
    Goroutine *main = e.go(nullptr, QStringLiteral("main"), std::move(ops));
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(m);
        if (!cv.wait_for(lock, bound, [&] { return done; }))
            s.stop();
    });
    const int status = s.run(main);
    {
        std::lock_guard lock(m);
        done = true;
    }
    cv.notify_all();
    watchdog.join();
    return status;
}

// Common operations.
inline Op sendOp(Chan &c, std::function<Word(FakeTask &)> value)
{
    return {[&c, value](Goroutine &g, FakeTask &t) {
                const OpResult r = c.send(g, value(t));
                if (r == OpResult::Panic)
                    t.message = Chan::kSendOnClosed;
                return r;
            },
            [](Goroutine &g, FakeTask &t) {
                if (g.resume[1] == 0) { // closed while waiting
                    t.message = Chan::kSendOnClosed;
                    t.panicking = true;
                }
            }};
}

// Receives into got (value, ok); got is written by this goroutine only.
inline Op recvOp(Chan &c, std::vector<std::pair<Word, bool>> &got)
{
    return {[&c, &got](Goroutine &g, FakeTask &) {
                Word v = 0;
                bool ok = false;
                const OpResult r = c.recv(g, v, ok);
                if (r == OpResult::Done)
                    got.emplace_back(v, ok);
                return r;
            },
            [&got](Goroutine &g, FakeTask &) { got.emplace_back(g.resume[0], g.resume[1] != 0); }};
}

// Jumps back to target until it has run `times` times in all (counter slot).
inline Op loopOp(int target, std::int64_t times, int slot = 0)
{
    return {[=](Goroutine &, FakeTask &t) {
                if (++t.counters[slot] < times)
                    t.jump = target;
                return OpResult::Done;
            },
            {}};
}

inline Op sleepOp(Scheduler &s, std::int64_t ns)
{
    return {[&s, ns](Goroutine &g, FakeTask &) { return s.sleep(g, ns); }, {}};
}

inline Op doOp(std::function<void(Goroutine &, FakeTask &)> f)
{
    return {[f](Goroutine &g, FakeTask &t) {
                f(g, t);
                return OpResult::Done;
            },
            {}};
}

} // namespace cacophony::gorun::test
