#pragma once

// One run of one strategy: owns the tracer, the runtime, the volume meter and the beat
// performer; runs the strategy as task "main"; marks the end of program when it returns.
//
// Work still running after the end of program is left to finish for a bounded grace
// period so that its beats can be shown (recorded with the Lost flag, never sounded),
// then the runtime is stopped, as a Go process would have exited.
//
// Bad settings never crash: the run refuses to start, isFinished() is true at once and
// error() says why (validationError() tells in advance). stop() returns when every task
// of the run has unwound (well within 100 ms), unless called from one of them.

#include "trace/TraceData.h"
#include "trace/Tracer.h"

#include <atomic>
#include <memory>
#include <string>

namespace cacophony {

class SoundSink;
class Runtime;

class MetronomeRun
{
public:
    static constexpr int kMinBpm = 1;
    static constexpr int kMaxBpm = 6000;

    // Why these settings cannot run (empty if they can). An empty strategy or profile is
    // taken from settings.scenario when that names a known scenario.
    static std::string validationError(const RunSettings &settings);

    // settings.strategy and settings.profile must name a known strategy and profile
    // (settings.scenario is informative). sink may be null (silent); it must outlive the run.
    explicit MetronomeRun(const RunSettings &settings, SoundSink *sink = nullptr);
    ~MetronomeRun(); // stops and waits
    MetronomeRun(const MetronomeRun &) = delete;
    MetronomeRun &operator=(const MetronomeRun &) = delete;

    // Starts the run and returns at once. Call once.
    void start();
    // Thread-safe. Waits until the run has finished (end of program and the grace period,
    // or stopped); false on timeout.
    bool wait(int timeoutMs);
    // Thread-safe, prompt: cancels every task of the run.
    void stop();
    // Thread-safe.
    bool isFinished() const;
    // Thread-safe. Run-clock time of the end of program, or -1 before it (or if stopped).
    std::int64_t programEndNs() const;
    // Thread-safe. Tasks of the run still alive (0 once finished).
    int liveTasks() const;

    const RunSettings &settings() const;
    // The tracer stays valid for the run's lifetime; attach an EventStream to it.
    Tracer &tracer();
    // Thread-safe. Everything recorded so far.
    TraceData trace() const;
    // Thread-safe. The misuse error the run died of, or why it could not start; empty if none.
    std::string error() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cacophony
