#pragma once

// Earliest time each beat number was performed (not Lost): a vector by number, as a run
// numbers its beats 0, 1, 2, ... (8 bytes a beat where a hash map took ~40); numbers far
// beyond those seen (a foreign trace) go to a hash map. A continuous run's trim forgets
// the beats first performed before its cutoff, and the vector then starts at the first
// number still held, so an hour-long run keeps only its window's.
//
// Not thread-safe: owned by the UI thread, through TimelineModel.

#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace cacophony {

class FirstBeats
{
public:
    static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();

    // kNone if never performed. Inline: asked for every beat the model files.
    std::int64_t at(std::int64_t beat) const
    {
        if (beat >= m_base && std::uint64_t(beat - m_base) < m_dense.size())
            return m_dense[std::size_t(beat - m_base)];
        const auto it = m_sparse.find(beat);
        return it == m_sparse.end() ? kNone : it->second;
    }
    void note(std::int64_t beat, std::int64_t t); // keeps the earliest
    void dropBefore(std::int64_t cutoffNs);
    void clear();
    std::size_t capacityBytes() const;
    std::size_t count() const { return m_count; }

private:
    std::vector<std::int64_t> m_dense;  // m_dense[i]: beat m_base + i
    std::int64_t m_base = 0;
    std::unordered_map<std::int64_t, std::int64_t> m_sparse;
    std::size_t m_count = 0; // numbers noted
};

} // namespace cacophony
