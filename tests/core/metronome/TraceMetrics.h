#pragma once

// Test helpers: run a scenario to its end and read what the series teaches straight from
// the recorded events (independent of core/analysis, so both can check each other).

#include "metronome/MetronomeRun.h"
#include "metronome/Scenario.h"
#include "trace/TraceData.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace cacophony::test {

inline RunSettings settingsFor(const Scenario &scenario, int bpm, int beats, std::uint64_t seed)
{
    RunSettings s;
    s.scenario = scenario.id;
    s.strategy = scenario.strategyId;
    s.profile = delayProfileName(scenario.profile);
    s.bpm = bpm;
    s.beats = beats;
    s.seed = seed;
    return s;
}

struct Finished
{
    bool ok = false;
    std::string error;
    TraceData trace;
};

// Runs to the end (ProgramEnd plus the grace period) or gives up after timeoutMs.
inline Finished runToEnd(const RunSettings &settings, int timeoutMs)
{
    MetronomeRun run(settings);
    run.start();
    Finished f;
    f.ok = run.wait(timeoutMs);
    f.error = run.error();
    f.trace = run.trace();
    return f;
}

inline std::vector<Event> eventsOf(const TraceData &trace, EventKind kind)
{
    std::vector<Event> out;
    for (const Event &e : trace.events) {
        if (e.kind == kind)
            out.push_back(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const Event &a, const Event &b) { return a.t < b.t; });
    return out;
}

inline std::int64_t programEnd(const TraceData &trace)
{
    const auto ends = eventsOf(trace, EventKind::ProgramEnd);
    return ends.empty() ? -1 : ends.front().t;
}

// Beats before the end of program, in performance order.
inline std::vector<Event> performedBeats(const TraceData &trace)
{
    std::vector<Event> out;
    for (const Event &e : eventsOf(trace, EventKind::Beat)) {
        if (!e.has(Lost))
            out.push_back(e);
    }
    return out;
}

inline std::vector<Event> lostBeats(const TraceData &trace)
{
    std::vector<Event> out;
    for (const Event &e : eventsOf(trace, EventKind::Beat)) {
        if (e.has(Lost))
            out.push_back(e);
    }
    return out;
}

// Gaps between consecutive beats, in intervals.
inline std::vector<double> gapsInIntervals(const std::vector<Event> &beats, std::int64_t intervalNs)
{
    std::vector<double> gaps;
    for (std::size_t i = 1; i < beats.size(); ++i)
        gaps.push_back(double(beats[i].t - beats[i - 1].t) / double(intervalNs));
    return gaps;
}

inline double mean(const std::vector<double> &v)
{
    if (v.empty())
        return 0;
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}

inline double stddev(const std::vector<double> &v)
{
    if (v.size() < 2)
        return 0;
    const double m = mean(v);
    double sq = 0;
    for (double x : v)
        sq += (x - m) * (x - m);
    return std::sqrt(sq / double(v.size()));
}

// Beats performed after a higher-numbered one.
inline int outOfOrder(const std::vector<Event> &beats)
{
    int count = 0;
    std::int64_t highest = -1;
    for (const Event &b : beats) {
        if (b.a < highest)
            ++count;
        highest = std::max(highest, b.a);
    }
    return count;
}

// Measurements whose span overlaps another's.
inline int overlappingMeasurements(const TraceData &trace)
{
    const auto m = eventsOf(trace, EventKind::Measure);
    int count = 0;
    for (std::size_t i = 0; i < m.size(); ++i) {
        for (std::size_t j = 0; j < m.size(); ++j) {
            if (i != j && m[i].t < m[j].end() && m[j].t < m[i].end()) {
                ++count;
                break;
            }
        }
    }
    return count;
}

// Beats that reuse the volume of the previous beat with no measurement completed in
// between: a stale volume.
inline int staleVolumes(const TraceData &trace)
{
    const auto beats = performedBeats(trace);
    const auto measures = eventsOf(trace, EventKind::Measure);
    int stale = 0;
    for (std::size_t i = 1; i < beats.size(); ++i) {
        const bool fresh = std::any_of(measures.begin(), measures.end(), [&](const Event &m) {
            return m.end() > beats[i - 1].t && m.end() <= beats[i].t;
        });
        if (!fresh && beats[i].b == beats[i - 1].b)
            ++stale;
    }
    return stale;
}

inline int droppedTicks(const TraceData &trace)
{
    int dropped = 0;
    for (const Event &e : trace.events)
        dropped += e.kind == EventKind::Tick && e.has(Dropped);
    return dropped;
}

// How long the machine demonstrably held up a thread: the worst oversleep of a Sleep
// span, or the worst lateness of a tick against its ticker's grid. On a quiet machine a
// fraction of a millisecond; tens of ms mean the run's timing says more about the
// machine than about the strategy.
inline std::int64_t worstStallNs(const TraceData &trace)
{
    std::int64_t worst = 0;
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::Sleep && !e.has(Cancelled))
            worst = std::max(worst, e.dur - e.a);
    }
    const std::int64_t interval = trace.settings.intervalNs();
    std::vector<Event> ticks = eventsOf(trace, EventKind::Tick);
    std::stable_sort(ticks.begin(), ticks.end(), [](const Event &x, const Event &y) { return x.object < y.object; });
    std::int64_t earliestStart = 0;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        // The grid of each ticker: its earliest tick puts it there.
        if (i == 0 || ticks[i].object != ticks[i - 1].object) {
            earliestStart = ticks[i].t - ticks[i].a * interval;
            for (std::size_t j = i; j < ticks.size() && ticks[j].object == ticks[i].object; ++j)
                earliestStart = std::min(earliestStart, ticks[j].t - ticks[j].a * interval);
        }
        worst = std::max(worst, ticks[i].t - (earliestStart + ticks[i].a * interval));
    }
    return worst;
}

} // namespace cacophony::test
