#pragma once

// A map from task or object ids to small values. A Tracer hands out ids 1, 2, 3, ..., so
// a vector indexed by id costs a few bytes per id where a hash map costs ~40. The vector
// covers only a dense range of ids [base, base + n), not 0..highest: a continuous run
// keeps the tasks of its last minutes (ids in the hundreds of thousands after an hour)
// and a few long-lived ones (main, id 1), and a vector from 0 would grow by ~20 bytes for
// every task ever spawned. Ids outside the range go to a hash map; when that holds more
// than the range, the range is chosen again (the highest ids at least half present), so
// no id (a hand-made or foreign trace's) can make it allocate a huge vector, and memory
// stays proportional to the ids held.
//
// Not thread-safe: owned by the UI thread.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cacophony {

template<typename T>
class IdMap
{
public:
    // Up to this span the range may be sparse, however few ids it holds.
    static constexpr std::size_t kMinSpan = 1024;

    const T *find(std::uint32_t id) const
    {
        if (id >= m_base && id - m_base < m_dense.size() && m_dense[id - m_base])
            return &*m_dense[id - m_base];
        // Not in the range, or in it but set before the range grew over it.
        if (m_sparse.empty())
            return nullptr;
        auto it = m_sparse.find(id);
        return it == m_sparse.end() ? nullptr : &it->second;
    }
    T *find(std::uint32_t id) { return const_cast<T *>(static_cast<const IdMap *>(this)->find(id)); }

    // Inserts or replaces.
    void set(std::uint32_t id, const T &value)
    {
        if (T *old = find(id)) {
            *old = value;
            return;
        }
        ++m_size;
        if (takeIntoRange(id)) {
            m_dense[id - m_base] = value;
            ++m_denseCount;
            return;
        }
        m_sparse.emplace(id, value);
        if (m_sparse.size() >= m_nextRebalance)
            rebalance();
    }

    std::size_t size() const { return m_size; }
    // Forgets everything and gives the memory back.
    void clear() { *this = IdMap(); }
    std::size_t capacityBytes() const { return m_dense.capacity() * sizeof(std::optional<T>) + m_sparse.size() * 48; }
    // The dense range, for tests: [first, second).
    std::pair<std::uint32_t, std::uint32_t> denseRange() const
    {
        return {m_base, m_base + static_cast<std::uint32_t>(m_dense.size())};
    }

private:
    // Widens the range to hold id if it stays dense enough; false: id goes to the hash map.
    bool takeIntoRange(std::uint32_t id)
    {
        if (m_dense.empty()) {
            m_base = id;
            m_dense.resize(1);
            return true;
        }
        const std::uint64_t end = std::uint64_t(m_base) + m_dense.size();
        const std::uint64_t lo = std::min<std::uint64_t>(id, m_base);
        const std::uint64_t hi = std::max<std::uint64_t>(std::uint64_t(id) + 1, end);
        if (hi - lo > std::max<std::uint64_t>(kMinSpan, 4 * (m_denseCount + 1)))
            return false;
        if (id >= end) {
            m_dense.resize(std::max<std::size_t>(id - m_base + 1, m_dense.size() * 3 / 2));
        } else if (id < m_base) {
            const std::uint32_t slack = std::min<std::uint32_t>(id, std::uint32_t(m_dense.size() / 2));
            const std::uint32_t newBase = id - slack;
            m_dense.insert(m_dense.begin(), m_base - newBase, std::nullopt);
            m_base = newBase;
        }
        return true;
    }

    // Puts the highest ids, down to where they are at least half present, in the range
    // and the rest in the hash map. Amortised: the next one waits for the map to double.
    void rebalance()
    {
        std::vector<std::pair<std::uint32_t, T>> all;
        all.reserve(m_size);
        for (std::size_t i = 0; i < m_dense.size(); ++i) {
            if (m_dense[i])
                all.emplace_back(m_base + std::uint32_t(i), *m_dense[i]);
        }
        for (const auto &entry : m_sparse)
            all.push_back(entry);
        std::sort(all.begin(), all.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
        std::size_t first = all.size() - 1; // the lowest entry of the range
        for (std::size_t k = all.size(); k-- > 0;) {
            const std::uint64_t span = std::uint64_t(all.back().first) - all[k].first + 1;
            if (2 * (all.size() - k) >= span || span <= kMinSpan)
                first = k;
        }
        m_dense.clear();
        m_dense.shrink_to_fit();
        m_sparse.clear();
        m_base = all[first].first;
        m_dense.resize(all.back().first - m_base + 1);
        m_denseCount = all.size() - first;
        for (std::size_t k = 0; k < all.size(); ++k) {
            if (k >= first)
                m_dense[all[k].first - m_base] = std::move(all[k].second);
            else
                m_sparse.emplace(all[k].first, std::move(all[k].second));
        }
        m_nextRebalance = std::max(kMinSpan, 2 * std::max(m_sparse.size(), m_denseCount));
    }

    std::vector<std::optional<T>> m_dense; // ids m_base, m_base + 1, ...
    std::uint32_t m_base = 0;
    std::size_t m_denseCount = 0;          // engaged entries of m_dense
    std::unordered_map<std::uint32_t, T> m_sparse;
    std::size_t m_size = 0;
    std::size_t m_nextRebalance = kMinSpan; // m_sparse's size that triggers rebalance()
};

} // namespace cacophony
