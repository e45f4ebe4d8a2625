#pragma once

// Hand-made traces for the trace file tests: exactly known, repeatable, and together
// using every kind, flag, object kind, end reason and table of the schema.

#include "TraceBuilder.h"
#include "trace/TraceData.h"

#include <algorithm>
#include <limits>
#include <random>

namespace cacophony::samples {

using testing::ev;
using testing::sortByTime;

inline TraceData sampleTrace()
{
    TraceData d;
    d.settings = RunSettings{QStringLiteral("async_naive"), QStringLiteral("async_naive"), QStringLiteral("random"),
                             6000, 15, 7};
    d.tasks = {{1, 0, QStringLiteral("main")}, {2, 1, QStringLiteral("beat 0")}};
    d.objects = {{1, ObjectKind::Channel, QStringLiteral("ticks"), 1}, {2, ObjectKind::WaitGroup, QStringLiteral("wg"), 0}};
    d.events = {
        ev(EventKind::TaskStart, 0, {.task = 1}),
        ev(EventKind::TaskSpawn, 10, {.task = 1, .object = 2}),
        ev(EventKind::TaskStart, 20, {.task = 2}),
        ev(EventKind::ChanSend, 30, {.dur = 100, .task = 1, .object = 1, .a = 1, .b = 5, .flags = Blocked | InSelect}),
        ev(EventKind::ChanRecv, 25, {.dur = 110, .task = 2, .object = 1, .a = 1, .b = 5}),
        ev(EventKind::Measure, 200, {.dur = 5'000, .task = 2, .b = 77}),
        ev(EventKind::Beat, 6'000, {.task = 2, .b = 77}),
        ev(EventKind::IdealBeat, 0),
        ev(EventKind::ProgramEnd, 7'000, {.task = 1}),
        ev(EventKind::TaskEnd, 8'000, {.task = 2, .flags = Failed}),
    };
    sortByTime(d);
    return d;
}

// Every field at its limits: what a writer must not round or truncate.
inline TraceData extremeTrace()
{
    TraceData d;
    d.settings = RunSettings{QString(), QStringLiteral("s\u00e9q \"x\""), QStringLiteral("short"), 1, 0,
                             std::numeric_limits<std::uint64_t>::max()};
    const std::uint32_t maxId = std::numeric_limits<std::uint32_t>::max();
    d.tasks = {{maxId, maxId - 1, QStringLiteral("\u266b\n\t\\")}, {5, 0, QString()}, {1, 5, QStringLiteral("one")},
               {3, 0, QStringLiteral("three")}};
    d.objects = {{maxId, ObjectKind::Ticker, QStringLiteral("t"), 0}, {3, ObjectKind::Channel, QString(), 1LL << 40},
                 {7, ObjectKind::RWMutex, QStringLiteral("rw"), 0}};
    d.end = RunEnd::Deadlocked;
    d.source = QStringLiteral("package main\n\n// \u266b \"quoted\" \\ \t\nfunc main() {}");
    d.positions = {{1, 1}, {4, std::numeric_limits<std::int32_t>::max()}};
    d.texts = {QString(), QStringLiteral("\u266b\n\"x\"\\\t\u0001")};
    const std::int64_t lo = std::numeric_limits<std::int64_t>::min();
    const std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    const std::int64_t maxT = std::int64_t(1) << 53;
    d.events = {
        ev(EventKind::Sleep, 0, {.dur = maxT, .task = maxId, .object = maxId, .a = lo, .b = hi, .flags = 0xff, .pos = 2}),
        ev(EventKind::Beat, 0, {.a = hi, .b = lo}),
        ev(EventKind::Spin, 1, {.dur = 1, .task = 1, .object = 1, .a = -1, .b = 1}),
        ev(EventKind::Lock, 2, {.dur = 5, .task = 3, .object = 7, .a = 1, .b = lo, .flags = Blocked, .pos = 1}),
        ev(EventKind::LogLine, 3, {.task = 3, .a = 2, .b = 2, .flags = Lost, .pos = 2}),
        ev(EventKind::Tick, maxT, {.task = 3, .object = 3, .flags = Dropped}),
    };
    return d;
}

// Seeded random events of every kind: a long run's worth of variety, consistent (every
// task, object, position and text an event names is in the trace).
inline TraceData randomTrace(std::uint64_t seed, int count)
{
    std::mt19937_64 rng(seed);
    TraceData d;
    d.settings = RunSettings{QStringLiteral("custom"), QStringLiteral("sync_ticker"), QStringLiteral("oscillating"),
                             int(rng() % 6000) + 1, int(rng() % 100), rng()};
    for (std::uint32_t i = 1; i <= 50; ++i)
        d.tasks.push_back({i, std::uint32_t(rng() % i), QStringLiteral("task %1").arg(i)});
    for (std::uint32_t i = 1; i <= 10; ++i)
        d.objects.push_back({i, ObjectKind(rng() % 5), QStringLiteral("object %1").arg(i), std::int64_t(rng() % 8)});
    d.end = RunEnd(rng() % 5);
    for (int line = 1; line <= 40; ++line)
        d.source += QStringLiteral("\tline(%1)\n").arg(line);
    for (int i = 0; i < 30; ++i)
        d.positions.push_back({int(rng() % 40) + 1, int(rng() % 80) + 1});
    for (int i = 0; i < 20; ++i)
        d.texts.push_back(QStringLiteral("text %1").arg(rng()));
    std::int64_t t = 0;
    for (int i = 0; i < count; ++i) {
        t += std::int64_t(rng() % 100'000);
        const auto kind = EventKind(rng() % std::uint64_t(EventKind::Count));
        const bool text = kind == EventKind::LogLine || kind == EventKind::Panic || kind == EventKind::FatalError;
        const std::int64_t a = text ? std::int64_t(rng() % 21) : std::int64_t(rng());
        d.events.push_back(ev(kind, t, {.dur = std::int64_t(rng() % 10'000'000), .task = std::uint32_t(rng() % 51), .object = std::uint32_t(rng() % 11), .a = a, .b = std::int64_t(rng() % 101), .flags = std::uint8_t(rng()), .pos = std::uint32_t(rng() % 31)}));
    }
    return d;
}

// The run in data/trace-v1.json, a file written by the version 1 writer: every kind and
// flag of version 1.
inline TraceData v1Trace()
{
    TraceData d;
    d.settings = RunSettings{QStringLiteral("async_with_channels"), QStringLiteral("async_with_channels"),
                             QStringLiteral("random"), 6000, 2, 42};
    d.tasks = {{1, 0, QStringLiteral("main")}, {2, 1, QStringLiteral("meter")}, {3, 1, QStringLiteral("beat 0")}};
    d.objects = {{1, ObjectKind::Channel, QStringLiteral("volumes"), 5},
                 {2, ObjectKind::WaitGroup, QStringLiteral("done"), 0},
                 {3, ObjectKind::Ticker, QStringLiteral("ticker"), 1}};
    d.events = {
        ev(EventKind::IdealBeat, 0),
        ev(EventKind::TaskStart, 100, {.task = 1}),
        ev(EventKind::WgAdd, 150, {.task = 1, .object = 2, .a = 1, .b = 1}),
        ev(EventKind::TaskSpawn, 200, {.task = 1, .object = 2}),
        ev(EventKind::TaskStart, 300, {.task = 2}),
        ev(EventKind::Measure, 400, {.dur = 2'000, .task = 2, .a = 1, .b = 58}),
        ev(EventKind::ChanRecv, 500, {.dur = 2'600, .task = 1, .object = 1, .a = 1, .b = 58, .flags = Blocked}),
        ev(EventKind::ChanSend, 2'500, {.dur = 500, .task = 2, .object = 1, .a = 1, .b = 58}),
        ev(EventKind::Spin, 3'200, {.dur = 700, .task = 1}),
        ev(EventKind::TaskSpawn, 4'000, {.task = 1, .object = 3}),
        ev(EventKind::TaskStart, 4'100, {.task = 3}),
        ev(EventKind::Beat, 4'200, {.task = 3, .b = 58}),
        ev(EventKind::Print, 4'300, {.task = 3, .a = 12, .flags = Lost}),
        ev(EventKind::TaskEnd, 4'400, {.task = 3}),
        ev(EventKind::Sleep, 5'000, {.dur = 5'100, .task = 2, .a = 5'000, .flags = Cancelled}),
        ev(EventKind::ChanClose, 6'000, {.task = 1, .object = 1}),
        ev(EventKind::ChanRecv, 6'100, {.task = 1, .object = 1, .flags = NotOk | InSelect}),
        ev(EventKind::Tick, 7'000, {.object = 3, .a = 1, .flags = Dropped}),
        ev(EventKind::WgAdd, 8'000, {.task = 2, .object = 2, .a = -1}),
        ev(EventKind::WgWait, 7'500, {.dur = 600, .task = 1, .object = 2, .flags = Blocked}),
        ev(EventKind::IdealBeat, 10'000'000, {.a = 1}),
        ev(EventKind::Beat, 10'000'050, {.task = 1, .a = 1, .b = 60, .flags = Tock}),
        ev(EventKind::ProgramEnd, 10'000'100, {.task = 1}),
        ev(EventKind::TaskEnd, 10'000'200, {.task = 2, .flags = Failed}),
        ev(EventKind::TaskEnd, 10'000'300, {.task = 1}),
    };
    sortByTime(d);
    return d;
}

// A small Go program's run: every kind that version 2 added.
inline TraceData goTrace()
{
    TraceData d;
    d.settings = RunSettings{QStringLiteral("custom"), QStringLiteral("go"), QString(), 60, 0, 3};
    d.source = QStringLiteral("package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n"
                              "\tch := make(chan int)\n\tgo func() { mu.Lock(); ch <- 1; mu.Unlock() }()\n"
                              "\tselect {\n\tcase v := <-ch:\n\t\tprintln(v)\n\t}\n\tclose(ch)\n\tclose(ch)\n}\n");
    d.positions = {{8, 13}, {8, 23}, {8, 34}, {9, 2}, {11, 3}, {14, 2}, {8, 2}};
    d.texts = {QStringLiteral("1"), QStringLiteral("close of closed channel"),
               QStringLiteral("all goroutines are asleep - deadlock!")};
    d.end = RunEnd::Panicked;
    d.tasks = {{1, 0, QStringLiteral("main")}, {2, 1, QStringLiteral("main.func1")}};
    d.objects = {{1, ObjectKind::Mutex, QStringLiteral("mu"), 0}, {2, ObjectKind::Channel, QStringLiteral("ch"), 0}};
    d.events = {
        ev(EventKind::TaskStart, 0, {.task = 1}),
        ev(EventKind::TaskSpawn, 100, {.task = 1, .object = 2, .pos = 7}),
        ev(EventKind::TaskStart, 200, {.task = 2}),
        ev(EventKind::Lock, 300, {.task = 2, .object = 1, .pos = 1}),
        ev(EventKind::Select, 150, {.dur = 350, .task = 1, .object = 2, .b = 1, .flags = Blocked, .pos = 4}),
        ev(EventKind::ChanRecv, 150, {.dur = 350, .task = 1, .object = 2, .a = 1, .b = 1, .flags = Blocked | InSelect, .pos = 4}),
        ev(EventKind::ChanSend, 400, {.dur = 100, .task = 2, .object = 2, .a = 1, .b = 1, .pos = 2}),
        ev(EventKind::Unlock, 600, {.task = 2, .object = 1, .pos = 3}),
        ev(EventKind::TaskEnd, 700, {.task = 2}),
        ev(EventKind::LogLine, 800, {.task = 1, .a = 1, .b = 2, .pos = 5}),
        ev(EventKind::ChanClose, 900, {.task = 1, .object = 2, .pos = 6}),
        ev(EventKind::Panic, 1'000, {.task = 1, .a = 2, .pos = 6}),
        ev(EventKind::TaskEnd, 1'100, {.task = 1, .flags = Failed}),
        ev(EventKind::FatalError, 1'200, {.a = 3}),
    };
    sortByTime(d);
    return d;
}

} // namespace cacophony::samples
