#pragma once

// One time-sorted row of timeline items (beats of a lane, sleeps of a task, ...), searched
// by binary search so that drawing touches only what is visible.
//
// Invariants: items are sorted by t (stable: of equal t, the earlier inserted comes
// first). For span tracks the owner keeps `aux` = the running maximum of span ends up to
// and including the item, so aux is non-decreasing and firstReaching() can find the first
// span that may overlap a window even when one span is very long.
//
// Not thread-safe: owned by the UI thread.

#include "timeline/ChunkedArray.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cacophony {

struct TrackItem
{
    std::int64_t t = 0;     // start (ns)
    std::int64_t aux = 0;   // per track: running max of span ends, running max beat number, ...
    std::uint32_t ev = 0;   // index of the event in the model's event store
    std::uint32_t extra = 0; // per track: sub-row, flags, partner event, ...
};

class TimelineTrack
{
public:
    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    const TrackItem &operator[](std::size_t i) const { return m_items[i]; }
    TrackItem &operator[](std::size_t i) { return m_items[i]; }
    void clear()
    {
        m_items.clear();
        m_longest = 0;
    }
    std::size_t capacityBytes() const { return m_items.capacityBytes(); }
    const TrackItem &back() const { return m_items.back(); }
    // Appends an item no earlier than back() (sorted order kept; the owner refreshes aux).
    void push_back(const TrackItem &item) { m_items.push_back(item); }

    // Span tracks: the longest span (end - t), kept by the owner with aux; a walk can tell
    // from it that no item is wide enough to be drawn as itself.
    std::int64_t longest() const { return m_longest; }
    void setLongest(std::int64_t ns) { m_longest = ns; }

    // The owner's bookkeeping while it ingests a batch: where this track's pending items
    // are (kNoSlot: none), so it needs no map from tracks to them.
    static constexpr std::uint32_t kNoSlot = ~std::uint32_t(0);
    std::uint32_t pendingSlot() const { return m_pendingSlot; }
    void setPendingSlot(std::uint32_t slot) { m_pendingSlot = slot; }

    // Merges `items` (any order; sorted in place) into the track. Returns the index of the
    // first item that moved or is new, so the owner can refresh `aux` from there on.
    // Out-of-order arrivals cost only the tail after their position.
    std::size_t insert(std::vector<TrackItem> &items)
    {
        if (items.empty())
            return m_items.size();
        std::stable_sort(items.begin(), items.end(),
                         [](const TrackItem &x, const TrackItem &y) { return x.t < y.t; });
        const std::size_t from = upperBound(items.front().t);
        if (from == m_items.size()) {
            for (const TrackItem &item : items)
                m_items.push_back(item);
            return from;
        }
        std::vector<TrackItem> tail;
        tail.reserve(m_items.size() - from);
        for (std::size_t i = from; i < m_items.size(); ++i)
            tail.push_back(m_items[i]);
        m_items.truncate(from);
        std::size_t i = 0, j = 0;
        while (i < tail.size() || j < items.size()) {
            // Existing items first on equal t keeps the merge stable.
            if (j == items.size() || (i < tail.size() && tail[i].t <= items[j].t))
                m_items.push_back(tail[i++]);
            else
                m_items.push_back(items[j++]);
        }
        return from;
    }

    // Keeps, in order, the items for which update(item) returns true; update may change
    // an item's fields other than t. In place: no copy, no re-sort.
    template<typename Update>
    void retain(Update update)
    {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            TrackItem item = m_items[i];
            if (update(item))
                m_items[kept++] = item;
        }
        m_items.truncate(kept);
    }

    // First index with item.t >= t.
    std::size_t lowerBound(std::int64_t t) const
    {
        return partitionPoint([t](const TrackItem &item) { return item.t < t; });
    }
    // First index with item.t > t.
    std::size_t upperBound(std::int64_t t) const
    {
        return partitionPoint([t](const TrackItem &item) { return item.t <= t; });
    }
    // First index >= from with item.t >= t, for walks that move forward: gallops from
    // `from`, so a step to a near item costs O(log distance), not O(log n). Items before
    // `from` must have item.t < t.
    std::size_t lowerBoundFrom(std::size_t from, std::int64_t t) const
    {
        std::size_t lo = from, step = 1;
        while (lo < m_items.size() && m_items[lo].t < t) {
            const std::size_t next = lo + step;
            if (next >= m_items.size() || m_items[next].t >= t) {
                // The answer is in (lo, min(next, size)].
                std::size_t a = lo + 1, b = std::min(next, m_items.size());
                while (a < b) {
                    const std::size_t mid = a + (b - a) / 2;
                    if (m_items[mid].t < t)
                        a = mid + 1;
                    else
                        b = mid;
                }
                return a;
            }
            lo = next;
            step *= 2;
        }
        return lo;
    }
    // Span tracks: first index whose running max end reaches `from` (no earlier span can
    // overlap [from, ...)).
    std::size_t firstReaching(std::int64_t from) const
    {
        return partitionPoint([from](const TrackItem &item) { return item.aux < from; });
    }

private:
    template<typename Pred>
    std::size_t partitionPoint(Pred pred) const
    {
        std::size_t lo = 0, hi = m_items.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (pred(m_items[mid]))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    ChunkedArray<TrackItem> m_items;
    std::uint32_t m_pendingSlot = kNoSlot;
    std::int64_t m_longest = 0;
};

} // namespace cacophony
