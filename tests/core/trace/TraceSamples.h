#pragma once

// Hand-made traces for the trace file tests: exactly known, repeatable, and together
// using every kind, flag, object kind, end reason and table of the schema.

#include "trace/TraceData.h"

#include <algorithm>
#include <limits>
#include <random>

namespace cacophony::samples {

inline Event ev(EventKind kind, std::int64_t t, std::uint32_t task, std::uint32_t object = 0, std::int64_t a = 0,
                std::int64_t b = 0, std::int64_t dur = 0, std::uint8_t flags = 0, std::uint32_t pos = 0)
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
    e.pos = pos;
    return e;
}

inline void sortByTime(TraceData &d)
{
    std::stable_sort(d.events.begin(), d.events.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
}

inline TraceData sampleTrace()
{
    TraceData d;
    d.settings = RunSettings{QStringLiteral("async_naive"), QStringLiteral("async_naive"), QStringLiteral("random"),
                             6000, 15, 7};
    d.tasks = {{1, 0, QStringLiteral("main")}, {2, 1, QStringLiteral("beat 0")}};
    d.objects = {{1, ObjectKind::Channel, QStringLiteral("ticks"), 1}, {2, ObjectKind::WaitGroup, QStringLiteral("wg"), 0}};
    d.events = {
        ev(EventKind::TaskStart, 0, 1),
        ev(EventKind::TaskSpawn, 10, 1, 2),
        ev(EventKind::TaskStart, 20, 2),
        ev(EventKind::ChanSend, 30, 1, 1, 1, 5, 100, Blocked | InSelect),
        ev(EventKind::ChanRecv, 25, 2, 1, 1, 5, 110),
        ev(EventKind::Measure, 200, 2, 0, 0, 77, 5'000),
        ev(EventKind::Beat, 6'000, 2, 0, 0, 77),
        ev(EventKind::IdealBeat, 0, 0, 0, 0),
        ev(EventKind::ProgramEnd, 7'000, 1),
        ev(EventKind::TaskEnd, 8'000, 2, 0, 0, 0, 0, Failed),
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
        ev(EventKind::Sleep, 0, maxId, maxId, lo, hi, maxT, 0xff, 2),
        ev(EventKind::Beat, 0, 0, 0, hi, lo),
        ev(EventKind::Spin, 1, 1, 1, -1, 1, 1),
        ev(EventKind::Lock, 2, 3, 7, 1, lo, 5, Blocked, 1),
        ev(EventKind::LogLine, 3, 3, 0, 2, 2, 0, Lost, 2),
        ev(EventKind::Tick, maxT, 3, 3, 0, 0, 0, Dropped),
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
        d.events.push_back(ev(kind, t, std::uint32_t(rng() % 51), std::uint32_t(rng() % 11), a,
                              std::int64_t(rng() % 101), std::int64_t(rng() % 10'000'000), std::uint8_t(rng()),
                              std::uint32_t(rng() % 31)));
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
        ev(EventKind::IdealBeat, 0, 0, 0, 0),
        ev(EventKind::TaskStart, 100, 1),
        ev(EventKind::WgAdd, 150, 1, 2, 1, 1),
        ev(EventKind::TaskSpawn, 200, 1, 2),
        ev(EventKind::TaskStart, 300, 2),
        ev(EventKind::Measure, 400, 2, 0, 1, 58, 2'000),
        ev(EventKind::ChanRecv, 500, 1, 1, 1, 58, 2'600, Blocked),
        ev(EventKind::ChanSend, 2'500, 2, 1, 1, 58, 500),
        ev(EventKind::Spin, 3'200, 1, 0, 0, 0, 700),
        ev(EventKind::TaskSpawn, 4'000, 1, 3),
        ev(EventKind::TaskStart, 4'100, 3),
        ev(EventKind::Beat, 4'200, 3, 0, 0, 58),
        ev(EventKind::Print, 4'300, 3, 0, 12, 0, 0, Lost),
        ev(EventKind::TaskEnd, 4'400, 3),
        ev(EventKind::Sleep, 5'000, 2, 0, 5'000, 0, 5'100, Cancelled),
        ev(EventKind::ChanClose, 6'000, 1, 1),
        ev(EventKind::ChanRecv, 6'100, 1, 1, 0, 0, 0, NotOk | InSelect),
        ev(EventKind::Tick, 7'000, 0, 3, 1, 0, 0, Dropped),
        ev(EventKind::WgAdd, 8'000, 2, 2, -1, 0),
        ev(EventKind::WgWait, 7'500, 1, 2, 0, 0, 600, Blocked),
        ev(EventKind::IdealBeat, 10'000'000, 0, 0, 1),
        ev(EventKind::Beat, 10'000'050, 1, 0, 1, 60, 0, Tock),
        ev(EventKind::ProgramEnd, 10'000'100, 1),
        ev(EventKind::TaskEnd, 10'000'200, 2, 0, 0, 0, 0, Failed),
        ev(EventKind::TaskEnd, 10'000'300, 1),
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
        ev(EventKind::TaskStart, 0, 1),
        ev(EventKind::TaskSpawn, 100, 1, 2, 0, 0, 0, 0, 7),
        ev(EventKind::TaskStart, 200, 2),
        ev(EventKind::Lock, 300, 2, 1, 0, 0, 0, 0, 1),
        ev(EventKind::Select, 150, 1, 2, 0, 1, 350, Blocked, 4),
        ev(EventKind::ChanRecv, 150, 1, 2, 1, 1, 350, Blocked | InSelect, 4),
        ev(EventKind::ChanSend, 400, 2, 2, 1, 1, 100, 0, 2),
        ev(EventKind::Unlock, 600, 2, 1, 0, 0, 0, 0, 3),
        ev(EventKind::TaskEnd, 700, 2),
        ev(EventKind::LogLine, 800, 1, 0, 1, 2, 0, 0, 5),
        ev(EventKind::ChanClose, 900, 1, 2, 0, 0, 0, 0, 6),
        ev(EventKind::Panic, 1'000, 1, 0, 2, 0, 0, 0, 6),
        ev(EventKind::TaskEnd, 1'100, 1, 0, 0, 0, 0, Failed),
        ev(EventKind::FatalError, 1'200, 0, 0, 3),
    };
    sortByTime(d);
    return d;
}

} // namespace cacophony::samples
