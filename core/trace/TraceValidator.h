#pragma once

// The one judge of whether a trace read from a file is whole and consistent, used by
// every trace reader after it has parsed the file's syntax (docs/trace-format.md,
// "Reading rules"). It holds the limits readers apply to fields while parsing, and
// checks what parsing one field at a time cannot see: ids listed twice, events out of
// time order or before the run started, references to tasks, objects, positions and
// texts that the trace does not hold.
//
// Messages are one sentence naming the place in the file, as the reader names it
// through a Locator ("traceEvents[12].args.task = 999: there is no task 999 in
// cacophony.tasks.").

#include "trace/TraceData.h"

#include <QString>
#include <functional>
#include <limits>

namespace cacophony {

class TraceValidator
{
public:
    // Times beyond 2^53 ns (104 days) cannot even be shown as microseconds exactly; no
    // run lasts that long, so such a value means a damaged file.
    static constexpr qint64 kMaxTimeNs = qint64(1) << 53;
    static constexpr qint64 kMaxU32 = std::numeric_limits<std::uint32_t>::max();
    static constexpr qint64 kMinBpm = 1;
    static constexpr qint64 kMaxBpm = 6000;
    static constexpr qint64 kMaxBeats = 100'000'000;

    // How the file being read names each part, e.g. "traceEvents[12].args" for event 12
    // of TraceData::events, "cacophony.tasks[0]" for tasks[0].
    struct Locator
    {
        QString settings;                            // "cacophony.settings"
        QString taskTable;                           // "cacophony.tasks"
        QString objectTable;                         // "cacophony.objects"
        QString positionTable;                       // "cacophony.positions"
        QString textTable;                           // "cacophony.texts"
        std::function<QString(std::size_t)> event;   // where events[i] is
        std::function<QString(std::size_t)> task;    // where tasks[i] is
        std::function<QString(std::size_t)> object;  // where objects[i] is
        // Field names, as the file spells them.
        QString time = QStringLiteral("t_ns");
        QString duration = QStringLiteral("dur_ns");
    };

    // "x = 5 is out of range (1 to 4)." The message every reader gives for a value
    // outside the limits above. Thread-safe (pure).
    static QString outOfRange(const QString &field, qint64 value, qint64 min, qint64 max);

    // Empty if the trace is whole and consistent, else the first problem found, in one
    // sentence. Thread-safe (pure).
    static QString check(const TraceData &trace, const Locator &where);
};

} // namespace cacophony
