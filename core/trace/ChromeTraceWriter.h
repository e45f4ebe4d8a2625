#pragma once

// Saves a TraceData as a Chrome Trace Event JSON file that Perfetto and chrome://tracing
// open, and that ChromeTraceReader turns back into the exact same TraceData.
//
// Contract (docs/trace-format.md has the full description):
//  - Every Event becomes exactly one "primary" trace event ("X" for spans, "i" for
//    instants) whose args hold the raw fields: kind, t_ns, dur_ns, a, b, task, object,
//    flags. Those args are authoritative; ts/dur (microseconds) are for viewers.
//  - Primary events appear in TraceData order. Everything else in traceEvents
//    (track names, flow arrows, mirrors on object tracks) is decoration without
//    args.kind, which readers skip.
//  - Settings, tasks, objects, the end reason, the program's source and the interned
//    positions and texts are in the top-level "cacophony" object.
//  - write() is atomic: the file is either fully written or untouched.

#include "trace/TraceData.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace cacophony {

class ChromeTraceWriter
{
public:
    // Track layout (Chrome "tid"s within the one process kPid). Tasks and objects are
    // offset so that no tid is 0 (viewers treat tid 0 as "the process") and tasks and
    // objects never collide.
    static constexpr int kPid = 1;
    static constexpr std::int64_t kIdealBeatsTid = 2;
    static constexpr std::int64_t kBeatsTid = 3;
    static constexpr std::int64_t kTaskTidBase = 16;                // + task id
    static constexpr std::int64_t kObjectTidBase = 1'000'000'000;   // + object id
    static constexpr const char *kFormatName = "cacophony-trace";
    static constexpr int kFormatVersion = 2; // 2: source, positions, texts, end reason, Go kinds

    // Called now and then with the share done (0..1000); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    // Thread-safe (pure). The whole file's contents, UTF-8; empty if progress cancelled.
    static QByteArray toJson(const TraceData &trace, const Progress &progress = {});
    // Thread-safe. Writes atomically via QSaveFile; on failure or when progress cancels,
    // returns false, sets *error (if given) to a message naming the path and the reason,
    // and leaves no file behind (neither the new one nor a temporary; an old one stays).
    static bool write(const TraceData &trace, const QString &path, QString *error = nullptr,
                      const Progress &progress = {});
};

} // namespace cacophony
