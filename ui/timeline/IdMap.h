#pragma once

// A map from task or object ids to small values. A Tracer hands out ids 1, 2, 3, ...,
// so a vector indexed by id costs a few bytes per id where a hash map costs ~40; ids
// beyond kDenseLimit (a hand-made or foreign trace) go to a hash map, so no id can make
// it allocate a huge vector.
//
// Not thread-safe: owned by the UI thread.

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cacophony {

template<typename T>
class IdMap
{
public:
    static constexpr std::uint32_t kDenseLimit = 1u << 22;

    const T *find(std::uint32_t id) const
    {
        if (id < kDenseLimit)
            return id < m_dense.size() && m_dense[id] ? &*m_dense[id] : nullptr;
        auto it = m_sparse.find(id);
        return it == m_sparse.end() ? nullptr : &it->second;
    }
    T *find(std::uint32_t id) { return const_cast<T *>(static_cast<const IdMap *>(this)->find(id)); }

    // Inserts or replaces.
    void set(std::uint32_t id, const T &value)
    {
        if (id < kDenseLimit) {
            if (id >= m_dense.size())
                m_dense.resize(std::max<std::size_t>(id + 1, m_dense.size() * 3 / 2));
            if (!m_dense[id])
                ++m_size;
            m_dense[id] = value;
        } else if (m_sparse.insert_or_assign(id, value).second) {
            ++m_size;
        }
    }

    std::size_t size() const { return m_size; }
    void clear()
    {
        m_dense.clear();
        m_sparse.clear();
        m_size = 0;
    }
    std::size_t capacityBytes() const { return m_dense.capacity() * sizeof(std::optional<T>) + m_sparse.size() * 48; }

private:
    std::vector<std::optional<T>> m_dense;
    std::unordered_map<std::uint32_t, T> m_sparse;
    std::size_t m_size = 0;
};

} // namespace cacophony
