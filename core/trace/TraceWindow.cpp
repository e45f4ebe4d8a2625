#include "trace/TraceWindow.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <unordered_set>

namespace cacophony {

namespace {

// The rule of the window: what ends at or after the cutoff stays, and the spawn and start
// of every task that has not ended before it.
class KeepRule
{
public:
    KeepRule(const std::vector<Event> &events, std::int64_t cutoff)
        : m_cutoff(cutoff)
    {
        for (const Event &e : events) {
            if (e.kind == EventKind::TaskEnd && e.t < cutoff)
                m_ended.insert(e.task);
        }
    }
    bool keeps(const Event &e) const
    {
        if (e.end() >= m_cutoff)
            return true;
        if (e.kind == EventKind::TaskStart)
            return !m_ended.contains(e.task);
        if (e.kind == EventKind::TaskSpawn)
            return !m_ended.contains(e.object);
        return false;
    }

private:
    std::int64_t m_cutoff;
    std::unordered_set<std::uint32_t> m_ended; // tasks whose end is before the cutoff
};

} // namespace

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
    // In place: a copy would allocate ~15 MB at every trim of a full window, and blocks
    // that size, freed and allocated again, are what fragments the heap over an hour.
    const KeepRule rule(m_events, cutoff);
    m_dropped += std::erase_if(m_events, [&rule](const Event &e) { return !rule.keeps(e); });
    m_cutoff = cutoff;
    m_oldest = cutoff; // the spawns and starts kept from before it do not count
    return cutoff;
}

std::vector<Event> TraceWindow::keepFrom(const std::vector<Event> &events, std::int64_t cutoff)
{
    const KeepRule rule(events, cutoff);
    std::vector<Event> kept;
    kept.reserve(events.size());
    std::copy_if(events.begin(), events.end(), std::back_inserter(kept), [&rule](const Event &e) { return rule.keeps(e); });
    return kept;
}

} // namespace cacophony
