#pragma once

// A plausible run of any size for benchmarks: a few tasks and channels, ideal beats,
// measurements, beats, sends and receives, spins, in the proportions of a naive async
// run (scenario 9) at 6000 BPM. Deterministic for a given size.

#include "trace/TraceData.h"

#include <random>

namespace cacophony::bench {

inline TraceData syntheticTrace(std::size_t eventCount)
{
    TraceData data;
    data.settings.scenario = QStringLiteral("async_naive");
    data.settings.strategy = QStringLiteral("async_naive");
    data.settings.profile = QStringLiteral("random");
    data.settings.bpm = 6000;
    const std::int64_t interval = data.settings.intervalNs();
    constexpr std::uint32_t kTasks = 64, kChannels = 4;
    data.tasks.push_back(TaskInfo{1, 0, QStringLiteral("main")});
    for (std::uint32_t t = 2; t <= kTasks; ++t)
        data.tasks.push_back(TaskInfo{t, 1, QStringLiteral("beat %1").arg(t - 2)});
    for (std::uint32_t c = 1; c <= kChannels; ++c)
        data.objects.push_back(ObjectInfo{c, ObjectKind::Channel, QStringLiteral("channel %1").arg(c), c - 1});

    std::mt19937_64 rng(42);
    std::uniform_int_distribution<int> volume(0, 100);
    std::uniform_int_distribution<std::uint32_t> task(1, kTasks), channel(1, kChannels);
    data.events.reserve(eventCount);
    std::int64_t beat = 0, message = 1;
    std::uint32_t sentOn = 1; // a message is received on the channel it was sent on
    for (std::size_t i = 0; data.events.size() < eventCount; ++i) {
        const std::int64_t t = static_cast<std::int64_t>(i) * interval / 8;
        Event e;
        e.t = t;
        e.task = task(rng);
        switch (i % 8) {
        case 0:
            e.kind = EventKind::IdealBeat;
            e.a = beat;
            break;
        case 1:
            e.kind = EventKind::Measure;
            e.dur = interval;
            e.a = beat;
            e.b = volume(rng);
            break;
        case 2:
            e.kind = EventKind::Beat;
            e.a = beat;
            e.b = volume(rng);
            e.flags = (beat % 2) ? EventFlag::Tock : NoFlags;
            ++beat;
            break;
        case 3:
        case 4:
            e.kind = (i % 8 == 3) ? EventKind::ChanSend : EventKind::ChanRecv;
            e.object = channel(rng); // drawn for both, so the rest of the run stays as it was
            if (i % 8 == 3)
                sentOn = e.object;
            else
                e.object = sentOn;
            e.dur = interval / 20;
            e.a = (i % 8 == 3) ? message : message++;
            e.flags = EventFlag::Blocked;
            break;
        case 5:
            e.kind = EventKind::Sleep;
            e.dur = interval / 2;
            break;
        case 6:
            e.kind = EventKind::Spin;
            e.dur = interval / 4;
            break;
        default:
            e.kind = EventKind::TaskStart;
            break;
        }
        data.events.push_back(e);
    }
    Event end;
    end.kind = EventKind::ProgramEnd;
    end.t = data.events.back().t;
    data.events.back() = end;
    return data;
}

} // namespace cacophony::bench
