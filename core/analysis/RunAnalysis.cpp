#include "analysis/RunAnalysis.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace cacophony {

namespace {

constexpr double kNsPerMs = 1e6;

double toMs(std::int64_t ns)
{
    return static_cast<double>(ns) / kNsPerMs;
}

// Microsecond resolution is plenty for people and keeps a trace file (microsecond
// timestamps) and the live run printing the same figures.
double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

// Events of one kind, sorted by time; stable so equal times keep recording order.
std::vector<const Event *> eventsOf(const TraceData &trace, EventKind kind)
{
    std::vector<const Event *> out;
    for (const Event &e : trace.events)
        if (e.kind == kind)
            out.push_back(&e);
    std::stable_sort(out.begin(), out.end(),
                     [](const Event *x, const Event *y) { return x->t < y->t; });
    return out;
}

IntervalStats intervalStats(const std::vector<const Event *> &beats)
{
    IntervalStats s;
    if (beats.size() < 2)
        return s;
    std::vector<double> gaps;
    gaps.reserve(beats.size() - 1);
    for (std::size_t i = 1; i < beats.size(); ++i)
        gaps.push_back(toMs(beats[i]->t - beats[i - 1]->t));
    double sum = 0;
    for (double g : gaps)
        sum += g;
    s.mean = sum / static_cast<double>(gaps.size());
    double squares = 0;
    for (double g : gaps)
        squares += (g - s.mean) * (g - s.mean);
    s.sd = std::sqrt(squares / static_cast<double>(gaps.size()));
    const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
    s.min = *lo;
    s.max = *hi;
    return s;
}

LatenessStats latenessStats(const std::vector<const Event *> &beats, std::int64_t intervalNs)
{
    LatenessStats s;
    if (beats.empty())
        return s;
    std::vector<double> late;
    late.reserve(beats.size());
    for (const Event *b : beats)
        late.push_back(toMs(b->t - b->a * intervalNs));
    double sum = 0;
    for (double l : late)
        sum += l;
    s.mean = sum / static_cast<double>(late.size());
    std::sort(late.begin(), late.end());
    s.max = late.back();
    // Nearest rank: the smallest value with at least 99 % of the samples at or below it.
    // Integer arithmetic: ceil(0.99 * n) in doubles can round up one rank too far.
    const std::size_t rank = (99 * late.size() + 99) / 100;
    s.p99 = late[rank - 1];
    return s;
}

int countOverlapping(std::vector<const Event *> measures) // sorted by start
{
    // Sweep by start time, remembering the span that reaches furthest: a span starting
    // before that end overlaps it (and both count).
    std::vector<bool> overlaps(measures.size(), false);
    std::size_t furthest = 0;
    for (std::size_t i = 1; i < measures.size(); ++i) {
        const Event *m = measures[i];
        const Event *f = measures[furthest];
        if (m->t < f->end() && f->t < m->end()) {
            overlaps[i] = true;
            overlaps[furthest] = true;
        }
        if (m->end() > f->end())
            furthest = i;
    }
    return static_cast<int>(std::count(overlaps.begin(), overlaps.end(), true));
}

int countRepeatedVolumes(const std::vector<const Event *> &beats, // performed, by time
                         const std::vector<const Event *> &measures)
{
    // Measurements in order of completion: the candidates for a beat are a prefix, which
    // only grows as the beats go on, so one pass keeps "latest with this volume".
    std::vector<const Event *> byEnd = measures;
    std::stable_sort(byEnd.begin(), byEnd.end(),
                     [](const Event *x, const Event *y) { return x->end() < y->end(); });
    std::map<std::int64_t, const Event *> latestByVolume;
    std::map<std::pair<std::uint32_t, std::int64_t>, const Event *> latestByTaskVolume;
    std::set<const Event *> used;
    std::size_t next = 0;
    int repeated = 0;
    for (const Event *beat : beats) {
        for (; next < byEnd.size() && byEnd[next]->end() <= beat->t; ++next) {
            latestByVolume[byEnd[next]->b] = byEnd[next];
            latestByTaskVolume[{byEnd[next]->task, byEnd[next]->b}] = byEnd[next];
        }
        const Event *source = nullptr;
        if (auto own = latestByTaskVolume.find({beat->task, beat->b}); own != latestByTaskVolume.end())
            source = own->second;
        else if (auto any = latestByVolume.find(beat->b); any != latestByVolume.end())
            source = any->second;
        if (source && !used.insert(source).second)
            ++repeated;
    }
    return repeated;
}

} // namespace

RunAnalysis RunAnalysis::analyse(const TraceData &trace)
{
    RunAnalysis r;
    r.settings = trace.settings;
    const std::int64_t intervalNs = trace.settings.intervalNs();

    const auto ideals = eventsOf(trace, EventKind::IdealBeat);
    const auto allBeats = eventsOf(trace, EventKind::Beat);
    const auto measures = eventsOf(trace, EventKind::Measure);
    const auto ends = eventsOf(trace, EventKind::ProgramEnd);
    const auto lines = eventsOf(trace, EventKind::Print);

    r.beatsExpected = !lines.empty() ? 0
        : trace.settings.beats > 0   ? trace.settings.beats
                                     : static_cast<int>(ideals.size());
    const bool ended = !ends.empty();
    const std::int64_t endNs = ended ? ends.front()->t : std::numeric_limits<std::int64_t>::max();
    if (ended)
        r.endMs = toMs(endNs);
    r.stopped = !ended;

    std::int64_t highestLine = std::numeric_limits<std::int64_t>::min();
    for (const Event *l : lines) {
        if (l->has(Lost) || l->t > endNs) {
            ++r.linesLost;
            continue;
        }
        ++r.linesPrinted;
        if (l->a < highestLine)
            ++r.linesOutOfOrder;
        highestLine = std::max(highestLine, l->a);
    }

    std::vector<const Event *> beats; // performed, by time
    for (const Event *b : allBeats)
        if (!b->has(Lost) && b->t <= endNs)
            beats.push_back(b);
    r.beatsPerformed = static_cast<int>(beats.size());

    std::vector<bool> heard(static_cast<std::size_t>(r.beatsExpected), false);
    std::int64_t highest = std::numeric_limits<std::int64_t>::min();
    std::set<std::int64_t> numbers;
    for (const Event *b : beats) {
        if (!numbers.insert(b->a).second)
            ++r.duplicateBeats;
        if (b->a >= 0 && b->a < r.beatsExpected)
            heard[static_cast<std::size_t>(b->a)] = true;
        if (b->a < highest)
            ++r.outOfOrder;
        highest = std::max(highest, b->a);
    }
    // A stopped run was cut short by the stop, not by an end of program: the beats after
    // the highest one performed were not yet due then, so they are not lost.
    const std::int64_t due = !r.stopped ? r.beatsExpected
        : beats.empty()                 ? 0
                                        : std::clamp<std::int64_t>(highest + 1, 0, r.beatsExpected);
    r.beatsLost = static_cast<int>(std::count(heard.begin(), heard.begin() + due, false));

    r.interval = intervalStats(beats);
    r.lateness = latenessStats(beats, intervalNs);
    if (!beats.empty()) {
        r.firstBeatMs = toMs(beats.front()->t);
        r.driftMs = toMs(beats.back()->t - beats.back()->a * intervalNs);
        const Event *first = *std::min_element(beats.cbegin(), beats.cend(),
                                               [](const Event *x, const Event *y) { return x->a < y->a; });
        r.offsetMs = toMs(first->t - first->a * intervalNs);
        r.gridDriftMs = r.driftMs - r.offsetMs;
    }

    r.measurements = static_cast<int>(measures.size());
    r.overlappingMeasurements = countOverlapping(measures);
    r.repeatedVolumes = countRepeatedVolumes(beats, measures);

    std::int64_t spinNs = 0;
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::Spin)
            spinNs += e.dur;
        else if (e.kind == EventKind::Tick && e.has(Dropped))
            ++r.droppedTicks;
    }
    r.spinMs = toMs(spinNs);
    return r;
}

QJsonObject RunAnalysis::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("scenario"), settings.scenario);
    o.insert(QStringLiteral("strategy"), settings.strategy);
    o.insert(QStringLiteral("profile"), settings.profile);
    o.insert(QStringLiteral("bpm"), settings.bpm);
    o.insert(QStringLiteral("beats"), settings.beats);
    // Seeds are 64-bit; JSON numbers are doubles, exact up to 2^53.
    o.insert(QStringLiteral("seed"), static_cast<double>(settings.seed));
    o.insert(QStringLiteral("beats_expected"), beatsExpected);
    o.insert(QStringLiteral("beats_performed"), beatsPerformed);
    o.insert(QStringLiteral("beats_lost"), beatsLost);
    o.insert(QStringLiteral("out_of_order"), outOfOrder);
    o.insert(QStringLiteral("interval_ms"),
             QJsonObject{{QStringLiteral("mean"), rounded(interval.mean)},
                         {QStringLiteral("sd"), rounded(interval.sd)},
                         {QStringLiteral("min"), rounded(interval.min)},
                         {QStringLiteral("max"), rounded(interval.max)}});
    o.insert(QStringLiteral("lateness_ms"),
             QJsonObject{{QStringLiteral("mean"), rounded(lateness.mean)},
                         {QStringLiteral("p99"), rounded(lateness.p99)},
                         {QStringLiteral("max"), rounded(lateness.max)}});
    o.insert(QStringLiteral("first_beat_ms"), rounded(firstBeatMs));
    o.insert(QStringLiteral("end_ms"), rounded(endMs));
    o.insert(QStringLiteral("measurements"), measurements);
    o.insert(QStringLiteral("overlapping_measurements"), overlappingMeasurements);
    o.insert(QStringLiteral("repeated_volumes"), repeatedVolumes);
    o.insert(QStringLiteral("spin_ms"), rounded(spinMs));
    o.insert(QStringLiteral("drift_ms"), rounded(driftMs));
    o.insert(QStringLiteral("dropped_ticks"), droppedTicks);
    o.insert(QStringLiteral("duplicate_beats"), duplicateBeats);
    o.insert(QStringLiteral("lines_printed"), linesPrinted);
    o.insert(QStringLiteral("lines_lost"), linesLost);
    o.insert(QStringLiteral("lines_out_of_order"), linesOutOfOrder);
    return o;
}

} // namespace cacophony
