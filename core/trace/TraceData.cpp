#include "trace/TraceData.h"

#include <array>

namespace cacophony {

namespace {

// Part of the trace file format: never rename one.
constexpr std::array<const char *, 3> kObjectKindNames = {"channel", "wait_group", "ticker"};

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
    for (std::size_t i = 0; i < kObjectKindNames.size(); ++i) {
        if (name == QLatin1String(kObjectKindNames[i])) {
            if (kind)
                *kind = static_cast<ObjectKind>(i);
            return true;
        }
    }
    return false;
}

const TaskInfo *TraceData::task(std::uint32_t id) const
{
    return findById(tasks, id);
}

const ObjectInfo *TraceData::object(std::uint32_t id) const
{
    return findById(objects, id);
}

} // namespace cacophony
