#pragma once

// Everything a run produced, as plain values: the events plus the names of the tasks and
// objects they refer to, and the settings of the run. Analysis, the trace file and the
// timeline all work from this. For a Go program also its source text, the interned
// source positions and texts the events refer to, and how the run ended.

#include "trace/Event.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace cacophony {

enum class ObjectKind : std::uint8_t { Channel, WaitGroup, Ticker, Mutex, RWMutex };

// Stable names used by the trace file: "channel", "wait_group", "ticker", "mutex", "rw_mutex".
const char *objectKindName(ObjectKind kind);
// Inverse of objectKindName(); false for an unknown name.
bool objectKindFromName(const QString &name, ObjectKind *kind);

struct TaskInfo
{
    std::uint32_t id = 0;
    std::uint32_t parent = 0; // 0 = spawned from outside the runtime
    QString name;

    bool operator==(const TaskInfo &) const = default;
};

struct ObjectInfo
{
    std::uint32_t id = 0;
    ObjectKind kind = ObjectKind::Channel;
    QString name;
    std::int64_t capacity = 0; // channels: buffer size (0 = unbuffered)

    bool operator==(const ObjectInfo &) const = default;
};

// How a run ended. Unknown: not recorded (every version 1 trace file).
enum class RunEnd : std::uint8_t { Unknown, Finished, Stopped, Panicked, Deadlocked };

// Stable names used by the trace file: "unknown", "finished", "stopped", "panicked", "deadlocked".
const char *runEndName(RunEnd end);
// Inverse of runEndName(); false for an unknown name.
bool runEndFromName(const QString &name, RunEnd *end);

// A place in the program's source: 1-based line and column (in UTF-16 code units of
// that line, as QString counts them). Event::pos n refers to TraceData::positions[n - 1].
struct SourcePosition
{
    std::int32_t line = 0;
    std::int32_t column = 0;

    bool operator==(const SourcePosition &) const = default;
};

struct RunSettings
{
    QString scenario;      // scenario id, or "custom"
    QString strategy;      // strategy id
    QString profile;       // delay profile name: short, oscillating, random
    int bpm = 6000;
    int beats = 15;        // 0 = continuous
    std::uint64_t seed = 1;
    std::int64_t intervalNs() const { return bpm > 0 ? 60'000'000'000LL / bpm : 0; }

    bool operator==(const RunSettings &) const = default;
};

struct TraceData
{
    RunSettings settings;
    std::vector<Event> events; // sorted by t
    std::vector<TaskInfo> tasks;
    std::vector<ObjectInfo> objects;
    RunEnd end = RunEnd::Unknown;
    QString source;                        // the program's source text; empty for a scenario
    std::vector<SourcePosition> positions; // interned: Event::pos n is positions[n - 1]
    std::vector<QString> texts;            // interned: a text id n is texts[n - 1]

    // nullptr if no task/object has that id.
    const TaskInfo *task(std::uint32_t id) const;
    const ObjectInfo *object(std::uint32_t id) const;
    // nullptr for id 0 or an id beyond the table.
    const SourcePosition *position(std::uint32_t id) const;
    const QString *text(std::int64_t id) const;

    // Exact equality of everything (used by the trace file round trip).
    bool operator==(const TraceData &) const = default;
};

} // namespace cacophony

Q_DECLARE_METATYPE(cacophony::TraceData)
