#pragma once

#include "trace/Tracer.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace cacophony::go {
class Source;
}

namespace cacophony::gorun {

struct Program;

// What the VM adds to a traced run beyond the scheduler's events: the program's source and
// its interned positions, a LogLine per line of output and Panic events. One per traced
// Machine. Thread-safe: called by every worker.
class GoTrace
{
public:
    // Interns every source position the program's code refers to and hands the source text
    // (`shown`: the file as the user wrote it) and the positions to the tracer.
    GoTrace(Tracer &tracer, const Program &program, const QString &shown);

    Tracer &tracer() const { return m_tracer; }
    // Thread-safe (immutable after construction). The Event::pos id of a source byte offset
    // the code holds; 0 for an offset the program's code never mentions.
    std::uint32_t posId(int offset) const;
    // Thread-safe. Output of task (0: the runtime) at run-clock time t: one LogLine per
    // completed line (b = 1 standard output, 2 standard error); a line's start is kept until
    // its newline or flush().
    void output(std::uint32_t task, std::uint32_t pos, std::int64_t t, bool toStderr, std::string_view text);
    // Thread-safe. The lines still without a newline, at the end of the run.
    void flush(std::int64_t t);
    // Thread-safe. A panic began (recovered false) or a deferred recover() stopped it.
    void panic(std::uint32_t task, std::uint32_t pos, std::int64_t t, const std::string &value, bool recovered);

private:
    struct Pending
    {
        std::string text;
        std::uint32_t task = 0;
        std::uint32_t pos = 0;
    };
    void line(const Pending &p, std::int64_t t, bool toStderr);

    Tracer &m_tracer;
    std::vector<int> m_offsets; // sorted, unique: offset m_offsets[i] is position id i + 1
    std::mutex m_mutex;
    Pending m_pending[2];       // guarded by m_mutex; stdout, stderr
};

} // namespace cacophony::gorun
