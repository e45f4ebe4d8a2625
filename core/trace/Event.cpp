#include "trace/Event.h"

#include "trace/TraceData.h"

#include <array>
#include <cstring>
#include <mutex>

namespace cacophony {

namespace {

// Indexed by EventKind. These names are part of the trace file format: never rename one.
constexpr std::array<const char *, static_cast<std::size_t>(EventKind::Count)> kKindNames = {
    "task_spawn", "task_start", "task_end",   "sleep",      "spin",
    "chan_send",  "chan_recv",  "chan_close", "wg_add",     "wg_wait",
    "tick",       "ideal_beat", "measure",    "beat",       "program_end",
    "print",      "lock",       "unlock",     "select",     "log_line",
    "panic",      "fatal_error", "tempo_change",
};

struct FlagName
{
    EventFlag flag;
    const char *name;
};

// Also part of the file format.
constexpr std::array<FlagName, 8> kFlagNames = {{
    {Blocked, "blocked"},
    {NotOk, "not_ok"},
    {Cancelled, "cancelled"},
    {Dropped, "dropped"},
    {InSelect, "in_select"},
    {Tock, "tock"},
    {Lost, "lost"},
    {Failed, "failed"},
}};

} // namespace

const char *eventKindName(EventKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kKindNames.size() ? kKindNames[i] : "unknown";
}

EventKind eventKindFromName(const char *name)
{
    if (!name)
        return EventKind::Count;
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (std::strcmp(kKindNames[i], name) == 0)
            return static_cast<EventKind>(i);
    }
    return EventKind::Count;
}

const char *eventFlagName(EventFlag flag)
{
    for (const FlagName &f : kFlagNames) {
        if (f.flag == flag)
            return f.name;
    }
    return nullptr;
}

void registerTraceMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<cacophony::Event>("cacophony::Event");
        qRegisterMetaType<cacophony::EventBatch>("cacophony::EventBatch");
        qRegisterMetaType<cacophony::TraceData>("cacophony::TraceData");
    });
}

} // namespace cacophony
