#pragma once

// Reads a trace file written by ChromeTraceWriter back into the exact TraceData that was
// saved (docs/trace-format.md).
//
// Contract:
//  - Bad input never crashes and never yields a half-filled TraceData: the result is
//    either complete or std::nullopt with *error set to one clear sentence saying what
//    is wrong and where ("traceEvents[12].args.t_ns must be an integer, not a string").
//  - Only trace events whose args carry a "kind" are ours; every other trace event
//    (track names, flow arrows, mirrors, events added by another tool) is skipped. A file
//    without the top-level "cacophony" object is rejected as not ours.
//  - read() streams the file in chunks (JsonStream): any size opens, with memory for the
//    events taken plus one trace event at a time. fromJson() refuses input in memory
//    larger than kMaxBytes.
//  - After parsing, TraceValidator checks the whole (its messages name the file's places).

#include "trace/TraceData.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace cacophony {

class ChromeTraceReader
{
public:
    static constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024; // fromJson() only

    // Called now and then with the share done (0..1000); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    // Thread-safe (pure). A cancelled read is an error too ("... was cancelled").
    static std::optional<TraceData> read(const QString &path, QString *error = nullptr,
                                         const Progress &progress = {});
    static std::optional<TraceData> fromJson(const QByteArray &json, QString *error = nullptr,
                                             const Progress &progress = {});
};

} // namespace cacophony
