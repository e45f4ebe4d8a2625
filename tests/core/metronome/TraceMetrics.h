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

// The grid of the first ticker in the trace: the run-clock time of its tick 0, in ns; -1
// if none of its ticks was received. Exact: a received tick's value is its deadline
// (grid + number * interval), and the receive event records it, matched to the Tick
// event's number through the message id.
inline std::int64_t tickerGrid(const TraceData &trace)
{
    const std::int64_t interval = trace.settings.intervalNs();
    std::uint32_t ticker = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> sent; // message id, tick number
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::Tick && (ticker == 0 || e.object == ticker) && !e.has(Dropped)) {
            ticker = e.object;
            sent.emplace_back(e.b, e.a);
        }
    }
    for (const Event &e : trace.events) {
        if (e.kind != EventKind::ChanRecv || e.object != ticker || e.has(NotOk))
            continue;
        for (const auto &[message, number] : sent) {
            if (message == e.a)
                return e.b - number * interval;
        }
    }
    return -1;
}

// How long the machine demonstrably held up a thread, by the kind of evidence: the worst
// oversleep of a Sleep span, the worst lateness of a tick against its ticker's grid, and
// the longest a spawned task waited to start running (the pool needed a thread and the
// machine had no core for it). On a quiet machine each is a fraction of a millisecond;
// tens of ms mean the run's timing says more about the machine than about the strategy.
struct StallEvidence
{
    std::int64_t oversleepNs = 0;
    std::int64_t lateTickNs = 0;
    std::int64_t lateStartNs = 0;
    std::int64_t worstNs() const { return std::max({oversleepNs, lateTickNs, lateStartNs}); }
};

inline StallEvidence stallEvidence(const TraceData &trace)
{
    StallEvidence s;
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::Sleep && !e.has(Cancelled))
            s.oversleepNs = std::max(s.oversleepNs, e.dur - e.a);
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
        s.lateTickNs = std::max(s.lateTickNs, ticks[i].t - (earliestStart + ticks[i].a * interval));
    }
    std::vector<std::int64_t> spawnedAt;
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::TaskSpawn) {
            if (spawnedAt.size() <= e.object)
                spawnedAt.resize(e.object + 1, -1);
            spawnedAt[e.object] = e.t;
        }
    }
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::TaskStart && e.task < spawnedAt.size() && spawnedAt[e.task] >= 0)
            s.lateStartNs = std::max(s.lateStartNs, e.t - spawnedAt[e.task]);
    }
    return s;
}

inline std::int64_t worstStallNs(const TraceData &trace)
{
    return stallEvidence(trace).worstNs();
}

// "oversleep 1.2 ms, tick 35.0 ms late, task start 0.1 ms"
inline QString describeStall(const TraceData &trace)
{
    const StallEvidence s = stallEvidence(trace);
    return QStringLiteral("oversleep %1 ms, tick %2 ms late, task start %3 ms late, %4 ticks dropped")
        .arg(double(s.oversleepNs) / 1e6, 0, 'f', 1)
        .arg(double(s.lateTickNs) / 1e6, 0, 'f', 1)
        .arg(double(s.lateStartNs) / 1e6, 0, 'f', 1)
        .arg(droppedTicks(trace));
}

} // namespace cacophony::test
