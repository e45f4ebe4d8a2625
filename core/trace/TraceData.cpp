#include "trace/TraceData.h"

#include <array>

namespace cacophony {

namespace {

// Part of the trace file format: never rename one.
constexpr std::array<const char *, 5> kObjectKindNames = {"channel", "wait_group", "ticker", "mutex", "rw_mutex"};
constexpr std::array<const char *, 5> kRunEndNames = {"unknown", "finished", "stopped", "panicked", "deadlocked"};

template<std::size_t N>
int indexOfName(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return int(i);
    }
    return -1;
}

// Tracer hands out ids 1, 2, 3, ... in order, so id n is usually at index n - 1; anything
// else (a hand-built or filtered trace) falls back to a scan.
template<typename Info>
const Info *findById(const std::vector<Info> &infos, std::uint32_t id)
{
    if (id == 0)
        return nullptr;
    if (id <= infos.size() && infos[id - 1].id == id)
        return &infos[id - 1];
    for (const Info &info : infos) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

} // namespace

const char *objectKindName(ObjectKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kObjectKindNames.size() ? kObjectKindNames[i] : "unknown";
}

bool objectKindFromName(const QString &name, ObjectKind *kind)
{
    const int i = indexOfName(kObjectKindNames, name);
    if (i >= 0 && kind)
        *kind = static_cast<ObjectKind>(i);
    return i >= 0;
}

const char *runEndName(RunEnd end)
{
    const auto i = static_cast<std::size_t>(end);
    return i < kRunEndNames.size() ? kRunEndNames[i] : "unknown";
}

bool runEndFromName(const QString &name, RunEnd *end)
{
    const int i = indexOfName(kRunEndNames, name);
    if (i >= 0 && end)
        *end = static_cast<RunEnd>(i);
    return i >= 0;
}

const TaskInfo *TraceData::task(std::uint32_t id) const
{
    return findById(tasks, id);
}

const ObjectInfo *TraceData::object(std::uint32_t id) const
{
    return findById(objects, id);
}

const SourcePosition *TraceData::position(std::uint32_t id) const
{
    return id >= 1 && id <= positions.size() ? &positions[id - 1] : nullptr;
}

const QString *TraceData::text(std::int64_t id) const
{
    return id >= 1 && std::uint64_t(id) <= texts.size() ? &texts[std::size_t(id - 1)] : nullptr;
}

} // namespace cacophony
