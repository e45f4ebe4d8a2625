#pragma once

// Hand-made runs for the timeline and export tests: shaped like what the strategies
// record (same kinds, flags and payloads), but exactly known and repeatable, so a test
// can count what must be drawn.

#include "trace/TraceData.h"

#include <algorithm>
#include <random>

namespace cacophony::synthetic {

inline Event ev(EventKind kind, std::int64_t t, std::int64_t dur = 0, std::uint32_t task = 0, std::uint32_t object = 0,
                std::int64_t a = 0, std::int64_t b = 0, std::uint8_t flags = 0)
{
    Event e;
    e.kind = kind;
    e.t = t;
    e.dur = dur;
    e.task = task;
    e.object = object;
    e.a = a;
    e.b = b;
    e.flags = flags;
    return e;
}

inline int volumeOf(int n)
{
    return (n * 37 + 11) % 101;
}

inline void sortByTime(TraceData &trace)
{
    std::stable_sort(trace.events.begin(), trace.events.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
}

// Like scenario 3: measure (half an interval), perform, sleep the rest. In order, on a grid.
inline TraceData syncRun(int beats = 15, int bpm = 6000, bool withProgramEnd = true)
{
    TraceData trace;
    trace.settings.scenario = QStringLiteral("sync_adaptive_delay");
    trace.settings.strategy = QStringLiteral("sync_adaptive_delay");
    trace.settings.profile = QStringLiteral("short");
    trace.settings.bpm = bpm;
    trace.settings.beats = beats;
    trace.tasks = {TaskInfo{1, 0, QStringLiteral("main")}};
    const std::int64_t interval = trace.settings.intervalNs();
    auto &events = trace.events;
    events.push_back(ev(EventKind::TaskStart, 0, 0, 1));
    for (int n = 0; n < beats; ++n) {
        const std::int64_t t = n * interval;
        events.push_back(ev(EventKind::IdealBeat, t, 0, 0, 0, n));
        events.push_back(ev(EventKind::Measure, t, interval / 2, 1, 0, n, volumeOf(n)));
        events.push_back(ev(EventKind::Sleep, t, interval / 2, 1, 0, interval / 2));
        events.push_back(ev(EventKind::Beat, t + interval / 2, 0, 1, 0, n, volumeOf(n), n % 2 ? Tock : NoFlags));
        events.push_back(ev(EventKind::Sleep, t + interval / 2, interval / 2, 1, 0, interval / 2));
    }
    if (withProgramEnd)
        events.push_back(ev(EventKind::ProgramEnd, beats * interval, 0, 1));
    events.push_back(ev(EventKind::TaskEnd, beats * interval, 0, 1));
    sortByTime(trace);
    return trace;
}

// Like scenario 9: per tick a task measures (random 0.2-2.5 intervals) and performs; the
// program ends after the last tick, so stragglers are lost; beats come out of order.
inline TraceData asyncNaiveRun(int beats = 15, std::uint64_t seed = 7, int bpm = 6000)
{
    TraceData trace;
    trace.settings.scenario = QStringLiteral("async_naive");
    trace.settings.strategy = QStringLiteral("async_naive");
    trace.settings.profile = QStringLiteral("random");
    trace.settings.bpm = bpm;
    trace.settings.beats = beats;
    trace.settings.seed = seed;
    const std::int64_t interval = trace.settings.intervalNs();
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> delay(0.2, 2.5);

    const std::uint32_t main = 1, ticker = 1;
    trace.tasks.push_back(TaskInfo{main, 0, QStringLiteral("main")});
    trace.objects.push_back(ObjectInfo{ticker, ObjectKind::Ticker, QStringLiteral("ticker"), 1});
    auto &events = trace.events;
    events.push_back(ev(EventKind::TaskStart, 0, 0, main));
    const std::int64_t end = beats * interval + interval / 10;
    for (int n = 0; n < beats; ++n) {
        events.push_back(ev(EventKind::IdealBeat, n * interval, 0, 0, 0, n));
        const std::int64_t tick = n * interval + interval / 10;
        events.push_back(ev(EventKind::Tick, tick, 0, 0, ticker, n));
        const std::int64_t waitFrom = n == 0 ? 0 : (n - 1) * interval + interval / 10 + 20'000;
        events.push_back(ev(EventKind::ChanRecv, waitFrom, tick - waitFrom, main, ticker, 0, n, Blocked));
        const std::uint32_t child = std::uint32_t(n + 2);
        trace.tasks.push_back(TaskInfo{child, main, QStringLiteral("beat %1").arg(n)});
        events.push_back(ev(EventKind::TaskSpawn, tick + 10'000, 0, main, child));
        const std::int64_t start = tick + 30'000;
        events.push_back(ev(EventKind::TaskStart, start, 0, child));
        const std::int64_t measure = std::int64_t(delay(random) * double(interval));
        events.push_back(ev(EventKind::Measure, start, measure, child, 0, n, volumeOf(n)));
        events.push_back(ev(EventKind::Sleep, start, measure, child, 0, measure));
        const std::int64_t beatAt = start + measure + 5'000;
        events.push_back(ev(EventKind::Beat, beatAt, 0, child, 0, n, volumeOf(n),
                            std::uint8_t((n % 2 ? Tock : NoFlags) | (beatAt > end ? Lost : NoFlags))));
        events.push_back(ev(EventKind::TaskEnd, beatAt + 5'000, 0, child));
    }
    events.push_back(ev(EventKind::ProgramEnd, end, 0, main));
    events.push_back(ev(EventKind::TaskEnd, end, 0, main));
    sortByTime(trace);
    return trace;
}

// Like scenario 14, reduced: services joined by channels, some sends blocking.
inline TraceData servicesRun(int beats = 8, int bpm = 6000)
{
    TraceData trace;
    trace.settings.scenario = QStringLiteral("async_with_channels_services");
    trace.settings.strategy = QStringLiteral("async_with_channels_services");
    trace.settings.profile = QStringLiteral("random");
    trace.settings.bpm = bpm;
    trace.settings.beats = beats;
    const std::int64_t interval = trace.settings.intervalNs();
    const std::uint32_t main = 1, counting = 2, measuring = 3, performing = 4;
    const std::uint32_t counts = 1, volumes = 2;
    trace.tasks = {TaskInfo{main, 0, QStringLiteral("main")}, TaskInfo{counting, main, QStringLiteral("counting")},
                   TaskInfo{measuring, main, QStringLiteral("volume measuring")},
                   TaskInfo{performing, main, QStringLiteral("beat performing")}};
    trace.objects = {ObjectInfo{counts, ObjectKind::Channel, QStringLiteral("counts"), 0},
                     ObjectInfo{volumes, ObjectKind::Channel, QStringLiteral("volumes"), 5}};
    auto &events = trace.events;
    events.push_back(ev(EventKind::TaskStart, 0, 0, main));
    for (std::uint32_t task : {counting, measuring, performing}) {
        events.push_back(ev(EventKind::TaskSpawn, 1000 * task, 0, main, task));
        events.push_back(ev(EventKind::TaskStart, 1000 * task + 500, 0, task));
    }
    std::int64_t message = 1;
    for (int n = 0; n < beats; ++n) {
        const std::int64_t t = (n + 1) * interval;
        events.push_back(ev(EventKind::IdealBeat, n * interval, 0, 0, 0, n));
        // The counter blocks until the performer takes the count (a rendezvous).
        events.push_back(ev(EventKind::ChanSend, t - interval / 2, interval / 2, counting, counts, message, n, Blocked));
        events.push_back(ev(EventKind::ChanRecv, t - 1000, 1000, performing, counts, message, n));
        ++message;
        // The meter sends into the buffer without blocking; the performer takes it later.
        const std::int64_t measured = t - interval / 3;
        events.push_back(ev(EventKind::Measure, measured - interval / 2, interval / 2, measuring, 0, n, volumeOf(n)));
        events.push_back(ev(EventKind::ChanSend, measured, 2000, measuring, volumes, message, volumeOf(n)));
        events.push_back(ev(EventKind::ChanRecv, t + 1000, 1000, performing, volumes, message, volumeOf(n), InSelect));
        ++message;
        events.push_back(ev(EventKind::Beat, t + 3000, 0, performing, 0, n, volumeOf(n), n % 2 ? Tock : NoFlags));
        events.push_back(ev(EventKind::Spin, t + 4000, interval / 5, performing));
    }
    const std::int64_t end = (beats + 1) * interval;
    events.push_back(ev(EventKind::ChanClose, end - interval / 4, 0, counting, counts));
    events.push_back(ev(EventKind::ChanRecv, end - interval / 4 + 1000, 0, performing, counts, 0, 0, NotOk));
    for (std::uint32_t task : {counting, measuring, performing})
        events.push_back(ev(EventKind::TaskEnd, end - 10'000 + task, 0, task));
    events.push_back(ev(EventKind::ProgramEnd, end, 0, main));
    events.push_back(ev(EventKind::TaskEnd, end, 0, main));
    sortByTime(trace);
    return trace;
}

// A long continuous naive run (about nine events per beat), for the size and speed budgets.
inline TraceData longRun(std::size_t minEvents, int bpm = 240)
{
    const int beats = int(minEvents / 9 + 1);
    TraceData trace = asyncNaiveRun(beats, 3, bpm);
    trace.settings.beats = 0; // continuous
    return trace;
}

} // namespace cacophony::synthetic
