#pragma once

// The newest part of a continuous run, so that a run that plays for hours keeps its memory
// bounded: events older than a time span, or beyond a count, are dropped in steps.
//
// Invariants:
//  - What is kept is whole: every event that ends at or after the cutoff, plus the spawn
//    and start of every task that has not ended before it (so a long-lived task keeps its
//    lane and its name). Nothing newer than the cutoff is ever dropped.
//  - The newest time is that of what happened; ideal beats, recorded ahead of time,
//    do not count (they are kept like anything else that ends after the cutoff).
//  - Trimming happens in steps with headroom (kHeadroom): the window grows to 21/20 of
//    its limits, then drops back to them, so the cost of trimming is spread over many
//    events while what is held stays within 5 % of the limits (it was 25 %: an hour's
//    memory then swung by ~10 MB with the phase of the trims).
//
// Not thread-safe: owned by one thread (the UI thread's run controller).

#include "trace/Event.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cacophony {

class TraceWindow
{
public:
    static constexpr double kHeadroom = 1.05;

    // Keeps at least `spanNs` of the newest time, unless that would be more than
    // maxEvents events.
    TraceWindow(std::int64_t spanNs, std::size_t maxEvents);

    void append(const EventBatch &batch);
    void clear();

    // Drops what the limits no longer cover once they are exceeded by the headroom.
    // Returns the cutoff used (events before it are gone), or -1 if nothing was dropped.
    std::int64_t trim();

    // Events kept, in arrival order (not sorted).
    const std::vector<Event> &events() const { return m_events; }
    std::size_t dropped() const { return m_dropped; } // events dropped so far
    std::int64_t cutoff() const { return m_cutoff; }   // -1 until the first trim
    std::int64_t spanNs() const { return m_spanNs; }
    std::size_t maxEvents() const { return m_maxEvents; }

    // The rule of the window, for anyone holding a run's events: the events to keep when
    // everything before `cutoff` goes (order kept).
    static std::vector<Event> keepFrom(const std::vector<Event> &events, std::int64_t cutoff);

private:
    const std::int64_t m_spanNs;
    const std::size_t m_maxEvents;
    std::vector<Event> m_events;
    std::int64_t m_oldest = 0; // where the kept time begins: the cutoff, or the oldest start
    std::int64_t m_newest = 0; // latest instant or span end seen, ideal beats aside
    std::int64_t m_cutoff = -1;
    std::size_t m_dropped = 0;
};

} // namespace cacophony
