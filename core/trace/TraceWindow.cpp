#include "trace/TraceWindow.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace cacophony {

TraceWindow::TraceWindow(std::int64_t spanNs, std::size_t maxEvents)
    : m_spanNs(std::max<std::int64_t>(1, spanNs))
    , m_maxEvents(std::max<std::size_t>(1, maxEvents))
{
}

void TraceWindow::append(const EventBatch &batch)
{
    if (m_events.empty() && !batch.empty())
        m_oldest = std::numeric_limits<std::int64_t>::max();
    for (const Event &e : batch) {
        m_oldest = std::min(m_oldest, e.t);
        // The ghost grid is recorded ahead of time: it does not say how far the run is.
        if (e.kind != EventKind::IdealBeat)
            m_newest = std::max(m_newest, e.end());
    }
    m_events.insert(m_events.end(), batch.begin(), batch.end());
}

void TraceWindow::clear()
{
    m_events.clear();
    m_oldest = m_newest = 0;
    m_cutoff = -1;
    m_dropped = 0;
}

std::int64_t TraceWindow::trim()
{
    const bool tooLong = double(m_newest - m_oldest) > kHeadroom * double(m_spanNs);
    const bool tooMany = double(m_events.size()) > kHeadroom * double(m_maxEvents);
    if (!tooLong && !tooMany)
        return -1;
    std::int64_t cutoff = m_newest - m_spanNs;
    if (m_events.size() > m_maxEvents) {
        // The time after which only maxEvents events start.
        std::vector<std::int64_t> starts(m_events.size());
        std::transform(m_events.begin(), m_events.end(), starts.begin(), [](const Event &e) { return e.t; });
        const auto nth = starts.end() - std::ptrdiff_t(m_maxEvents);
        std::nth_element(starts.begin(), nth, starts.end());
        cutoff = std::max(cutoff, *nth);
    }
    if (cutoff <= m_cutoff)
        return -1;
    std::vector<Event> kept = keepFrom(m_events, cutoff);
    m_dropped += m_events.size() - kept.size();
    m_events = std::move(kept);
    m_cutoff = cutoff;
    m_oldest = cutoff; // the spawns and starts kept from before it do not count
    return cutoff;
}

std::vector<Event> TraceWindow::keepFrom(const std::vector<Event> &events, std::int64_t cutoff)
{
    std::unordered_set<std::uint32_t> ended; // tasks whose end is before the cutoff
    for (const Event &e : events) {
        if (e.kind == EventKind::TaskEnd && e.t < cutoff)
            ended.insert(e.task);
    }
    std::vector<Event> kept;
    kept.reserve(events.size());
    for (const Event &e : events) {
        bool keep = e.end() >= cutoff;
        if (!keep && e.kind == EventKind::TaskStart)
            keep = !ended.contains(e.task);
        else if (!keep && e.kind == EventKind::TaskSpawn)
            keep = !ended.contains(e.object);
        if (keep)
            kept.push_back(e);
    }
    return kept;
}

} // namespace cacophony
