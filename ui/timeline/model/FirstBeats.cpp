#include "timeline/model/FirstBeats.h"

#include <algorithm>

namespace cacophony {

void FirstBeats::note(std::int64_t beat, std::int64_t t)
{
    // Dense up to twice the numbers noted, so odd numbers cannot make it allocate much.
    if (beat >= m_base && std::uint64_t(beat - m_base) < 2 * m_count + 4096) {
        const auto i = std::size_t(beat - m_base);
        if (i >= m_dense.size()) {
            m_dense.resize(std::max(i + 1, m_dense.size() * 3 / 2), kNone);
            for (auto it = m_sparse.begin(); it != m_sparse.end();) { // now in the dense range
                if (it->first >= m_base && std::uint64_t(it->first - m_base) < m_dense.size()) {
                    m_dense[std::size_t(it->first - m_base)] = it->second;
                    it = m_sparse.erase(it);
                } else {
                    ++it;
                }
            }
        }
        m_count += m_dense[i] == kNone;
        m_dense[i] = std::min(m_dense[i], t);
        return;
    }
    auto [it, inserted] = m_sparse.try_emplace(beat, t);
    m_count += inserted;
    if (!inserted)
        it->second = std::min(it->second, t);
}

void FirstBeats::dropBefore(std::int64_t cutoffNs)
{
    // The dense range now starts at the first beat performed at or after the cutoff (those
    // before it not performed yet go to the hash map if they come); in place, so the
    // vector's capacity stays what the window needs.
    std::size_t k = 0;
    while (k < m_dense.size() && (m_dense[k] == kNone || m_dense[k] < cutoffNs))
        ++k;
    m_dense.erase(m_dense.begin(), m_dense.begin() + std::ptrdiff_t(k));
    m_base += std::int64_t(k);
    std::erase_if(m_sparse, [cutoffNs](const auto &entry) { return entry.second < cutoffNs; });
    m_count = m_sparse.size()
            + std::size_t(std::count_if(m_dense.begin(), m_dense.end(), [](std::int64_t t) { return t != kNone; }));
}

void FirstBeats::clear()
{
    m_dense = {};
    m_base = 0;
    m_sparse.clear();
    m_count = 0;
}

std::size_t FirstBeats::capacityBytes() const
{
    return m_dense.capacity() * sizeof(std::int64_t) + m_sparse.size() * 40;
}

} // namespace cacophony
