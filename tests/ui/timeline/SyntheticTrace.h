#pragma once

// Hand-made runs for the timeline and export tests: shaped like what the strategies
// record (same kinds, flags and payloads), but exactly known and repeatable, so a test
// can count what must be drawn.

#include "TraceBuilder.h"
#include "trace/TraceData.h"

#include <algorithm>
#include <random>

namespace cacophony::synthetic {

using testing::ev;
using testing::sortByTime;

inline int volumeOf(int n)
{
    return (n * 37 + 11) % 101;
}

// Like scenario 3: measure (half an interval), perform, sleep the rest. In order, on a grid.
inline TraceData syncRun(int beats = 15, int bpm = 6000, bool withProgramEnd = true)
{
    TraceData trace;
    trace.settings = testing::settingsOf(QStringLiteral("sync_adaptive_delay"), QStringLiteral("short"), bpm, beats);
    trace.tasks = {TaskInfo{1, 0, QStringLiteral("main")}};
    const std::int64_t interval = trace.settings.intervalNs();
    auto &events = trace.events;
    events.push_back(ev(EventKind::TaskStart, 0, {.task = 1}));
    for (int n = 0; n < beats; ++n) {
        const std::int64_t t = n * interval;
        events.push_back(ev(EventKind::IdealBeat, t, {.a = n}));
        events.push_back(ev(EventKind::Measure, t, {.dur = interval / 2, .task = 1, .a = n, .b = volumeOf(n)}));
        events.push_back(ev(EventKind::Sleep, t, {.dur = interval / 2, .task = 1, .a = interval / 2}));
        events.push_back(ev(EventKind::Beat, t + interval / 2, {.task = 1, .a = n, .b = volumeOf(n), .flags = n % 2 ? Tock : NoFlags}));
        events.push_back(ev(EventKind::Sleep, t + interval / 2, {.dur = interval / 2, .task = 1, .a = interval / 2}));
    }
    if (withProgramEnd)
        events.push_back(ev(EventKind::ProgramEnd, beats * interval, {.task = 1}));
    events.push_back(ev(EventKind::TaskEnd, beats * interval, {.task = 1}));
    sortByTime(trace);
    return trace;
}

// Like scenario 9: per tick a task measures (random 0.2-2.5 intervals) and performs; the
// program ends after the last tick, so stragglers are lost; beats come out of order.
inline TraceData asyncNaiveRun(int beats = 15, std::uint64_t seed = 7, int bpm = 6000)
{
    TraceData trace;
    trace.settings = testing::settingsOf(QStringLiteral("async_naive"), QStringLiteral("random"), bpm, beats, seed);
    const std::int64_t interval = trace.settings.intervalNs();
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> delay(0.2, 2.5);

    const std::uint32_t main = 1, ticker = 1;
    trace.tasks.push_back(TaskInfo{main, 0, QStringLiteral("main")});
    trace.objects.push_back(ObjectInfo{ticker, ObjectKind::Ticker, QStringLiteral("ticker"), 1});
    auto &events = trace.events;
    events.push_back(ev(EventKind::TaskStart, 0, {.task = main}));
    const std::int64_t end = beats * interval + interval / 10;
    for (int n = 0; n < beats; ++n) {
        events.push_back(ev(EventKind::IdealBeat, n * interval, {.a = n}));
        const std::int64_t tick = n * interval + interval / 10;
        events.push_back(ev(EventKind::Tick, tick, {.object = ticker, .a = n}));
        const std::int64_t waitFrom = n == 0 ? 0 : (n - 1) * interval + interval / 10 + 20'000;
        events.push_back(ev(EventKind::ChanRecv, waitFrom, {.dur = tick - waitFrom, .task = main, .object = ticker, .b = n, .flags = Blocked}));
        const std::uint32_t child = std::uint32_t(n + 2);
        trace.tasks.push_back(TaskInfo{child, main, QStringLiteral("beat %1").arg(n)});
        events.push_back(ev(EventKind::TaskSpawn, tick + 10'000, {.task = main, .object = child}));
        const std::int64_t start = tick + 30'000;
        events.push_back(ev(EventKind::TaskStart, start, {.task = child}));
        const std::int64_t measure = std::int64_t(delay(random) * double(interval));
        events.push_back(ev(EventKind::Measure, start, {.dur = measure, .task = child, .a = n, .b = volumeOf(n)}));
        events.push_back(ev(EventKind::Sleep, start, {.dur = measure, .task = child, .a = measure}));
        const std::int64_t beatAt = start + measure + 5'000;
        events.push_back(ev(EventKind::Beat, beatAt, {.task = child, .a = n, .b = volumeOf(n), .flags = std::uint8_t((n % 2 ? Tock : NoFlags) | (beatAt > end ? Lost : NoFlags))}));
        events.push_back(ev(EventKind::TaskEnd, beatAt + 5'000, {.task = child}));
    }
    events.push_back(ev(EventKind::ProgramEnd, end, {.task = main}));
    events.push_back(ev(EventKind::TaskEnd, end, {.task = main}));
    sortByTime(trace);
    return trace;
}

// Like scenario 14, reduced: services joined by channels, some sends blocking.
inline TraceData servicesRun(int beats = 8, int bpm = 6000)
{
    TraceData trace;
    trace.settings = testing::settingsOf(QStringLiteral("async_with_channels_services"), QStringLiteral("random"), bpm, beats);
    const std::int64_t interval = trace.settings.intervalNs();
    const std::uint32_t main = 1, counting = 2, measuring = 3, performing = 4;
    const std::uint32_t counts = 1, volumes = 2;
    trace.tasks = {TaskInfo{main, 0, QStringLiteral("main")}, TaskInfo{counting, main, QStringLiteral("counting")},
                   TaskInfo{measuring, main, QStringLiteral("volume measuring")},
                   TaskInfo{performing, main, QStringLiteral("beat performing")}};
    trace.objects = {ObjectInfo{counts, ObjectKind::Channel, QStringLiteral("counts"), 0},
                     ObjectInfo{volumes, ObjectKind::Channel, QStringLiteral("volumes"), 5}};
    auto &events = trace.events;
    events.push_back(ev(EventKind::TaskStart, 0, {.task = main}));
    for (std::uint32_t task : {counting, measuring, performing}) {
        events.push_back(ev(EventKind::TaskSpawn, 1000 * task, {.task = main, .object = task}));
        events.push_back(ev(EventKind::TaskStart, 1000 * task + 500, {.task = task}));
    }
    std::int64_t message = 1;
    for (int n = 0; n < beats; ++n) {
        const std::int64_t t = (n + 1) * interval;
        events.push_back(ev(EventKind::IdealBeat, n * interval, {.a = n}));
        // The counter blocks until the performer takes the count (a rendezvous).
        events.push_back(ev(EventKind::ChanSend, t - interval / 2, {.dur = interval / 2, .task = counting, .object = counts, .a = message, .b = n, .flags = Blocked}));
        events.push_back(ev(EventKind::ChanRecv, t - 1000, {.dur = 1000, .task = performing, .object = counts, .a = message, .b = n}));
        ++message;
        // The meter sends into the buffer without blocking; the performer takes it later.
        const std::int64_t measured = t - interval / 3;
        events.push_back(ev(EventKind::Measure, measured - interval / 2, {.dur = interval / 2, .task = measuring, .a = n, .b = volumeOf(n)}));
        events.push_back(ev(EventKind::ChanSend, measured, {.dur = 2000, .task = measuring, .object = volumes, .a = message, .b = volumeOf(n)}));
        events.push_back(ev(EventKind::ChanRecv, t + 1000, {.dur = 1000, .task = performing, .object = volumes, .a = message, .b = volumeOf(n), .flags = InSelect}));
        ++message;
        events.push_back(ev(EventKind::Beat, t + 3000, {.task = performing, .a = n, .b = volumeOf(n), .flags = n % 2 ? Tock : NoFlags}));
        events.push_back(ev(EventKind::Spin, t + 4000, {.dur = interval / 5, .task = performing}));
    }
    const std::int64_t end = (beats + 1) * interval;
    events.push_back(ev(EventKind::ChanClose, end - interval / 4, {.task = counting, .object = counts}));
    events.push_back(ev(EventKind::ChanRecv, end - interval / 4 + 1000, {.task = performing, .object = counts, .flags = NotOk}));
    for (std::uint32_t task : {counting, measuring, performing})
        events.push_back(ev(EventKind::TaskEnd, end - 10'000 + task, {.task = task}));
    events.push_back(ev(EventKind::ProgramEnd, end, {.task = main}));
    events.push_back(ev(EventKind::TaskEnd, end, {.task = main}));
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
