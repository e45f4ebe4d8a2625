#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "trace/TraceData.h"

#include <atomic>
#include <mutex>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace cacophony::gorun {

class Machine;

// The one entry of the Go runtime: source in, run out. Checks the program (compile errors
// as `cacophony check` prints them: exit status 1, nothing runs), compiles it to bytecode
// and runs it, writing its output through `write` as it happens.
class GoRun
{
public:
    enum class End { CompileError, Unsupported, Finished, Panicked, Fatal, Exited, Stopped, Budget };
    struct Options
    {
        std::uint64_t seed = 1;
        int gomaxprocs = 0;   // 0: the machine's cores
        int goMinor = 0;      // 0: the program's own version; else 1.goMinor unless the file says
        std::size_t memoryLimit = std::size_t(1) << 30;
        std::uint64_t instructionBudget = 0; // 0: none (the fuzzer bounds runs with it)
        bool deterministic = false; // one worker, a virtual clock: the same seed, the same run
        bool trace = false;         // record the run: Result::trace
        std::function<void(bool toStderr, std::string_view text)> write;
    };
    struct Result
    {
        int status = 0;           // docs/cli.md's table: 0, 1, 2, os.Exit's, 130
        End end = End::Finished;
        QStringList compileErrors; // "file:line:col: message"
        QString message;          // Unsupported: what the runtime cannot run yet
        std::uint64_t goroutines = 0;        // started, main included
        std::uint64_t channelOperations = 0; // sends, receives, selects, closes
        // Options::trace and the program ran: its events, tasks (named as Go's tracebacks
        // name the goroutines' functions), channels, source, positions, output lines and end.
        std::optional<TraceData> trace;
    };

    explicit GoRun(Options options);
    // Blocks until the program ends. One run per GoRun.
    Result run(const QString &fileName, const QByteArray &text);
    // Thread-safe: asks the running program to stop (it ends within milliseconds).
    void stop();

    static const char *endName(End end);
    // The trace's end reason of a run that ended so (the scheduler's when it knows better).
    static RunEnd runEnd(End end, RunEnd scheduler);

private:
    Options m_options;
    std::mutex m_machineMutex;      // guards the two below: stop() may come from any thread
    bool m_stopRequested = false;
    Machine *m_machine = nullptr;
};

} // namespace cacophony::gorun
