#pragma once

// The one way tests make events: the kind and the time in ns, then only the fields that
// matter, by name, in the order Event declares them (a misordered or misnamed field does
// not compile, where five positional builders with four argument orders let a task pass
// for a duration):
//
//     ev(EventKind::Beat, t, {.task = 1, .a = n, .b = volume, .flags = Tock})
//
// Fields are taken as wide integers so any integer expression fits without a cast.

#include "trace/TraceData.h"

#include <algorithm>
#include <cstdint>

namespace cacophony::testing {

struct EventFields
{
    std::int64_t dur = 0;
    std::int64_t task = 0;
    std::int64_t object = 0;
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::int64_t flags = NoFlags;
    std::int64_t pos = 0;
};

inline Event ev(EventKind kind, std::int64_t t, const EventFields &fields = {})
{
    Event e;
    e.kind = kind;
    e.t = t;
    e.dur = fields.dur;
    e.task = std::uint32_t(fields.task);
    e.object = std::uint32_t(fields.object);
    e.a = fields.a;
    e.b = fields.b;
    e.flags = std::uint8_t(fields.flags);
    e.pos = std::uint32_t(fields.pos);
    return e;
}

// The settings of a run of `strategy` (its scenario id too), as the strategies record them.
inline RunSettings settingsOf(const QString &strategy, const QString &profile, int bpm, int beats,
                              std::uint64_t seed = RunSettings{}.seed)
{
    RunSettings settings;
    settings.scenario = strategy;
    settings.strategy = strategy;
    settings.profile = profile;
    settings.bpm = bpm;
    settings.beats = beats;
    settings.seed = seed;
    return settings;
}

// Stable: events at one time keep the order they were made in.
inline void sortByTime(TraceData &trace)
{
    std::stable_sort(trace.events.begin(), trace.events.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
}

} // namespace cacophony::testing
