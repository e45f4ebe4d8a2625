#pragma once

// An append-mostly array stored in fixed-size chunks, for the timeline's long runs:
// growing it never copies what is already stored and never leaves more than one partly
// filled chunk of slack (a std::vector would double and keep up to half its capacity
// unused). Indexing is O(1); elements keep their index until truncate().
//
// Not thread-safe: owned by the UI thread.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace cacophony {

template<typename T, std::size_t ChunkBits = 12>
class ChunkedArray
{
public:
    static constexpr std::size_t kChunkSize = std::size_t(1) << ChunkBits;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    T &operator[](std::size_t i) { return m_chunks[i >> ChunkBits][i & (kChunkSize - 1)]; }
    const T &operator[](std::size_t i) const { return m_chunks[i >> ChunkBits][i & (kChunkSize - 1)]; }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }

    void push_back(const T &value)
    {
        if (m_chunks.empty() || m_chunks.back().size() == kChunkSize)
            m_chunks.emplace_back();
        std::vector<T> &chunk = m_chunks.back();
        if (chunk.size() == chunk.capacity()) // grow the last chunk geometrically, capped at a chunk
            chunk.reserve(std::min(kChunkSize, std::max<std::size_t>(16, chunk.capacity() * 2)));
        chunk.push_back(value);
        ++m_size;
    }

    // Keeps the first n elements.
    void truncate(std::size_t n)
    {
        if (n >= m_size)
            return;
        const std::size_t chunks = (n + kChunkSize - 1) / kChunkSize;
        m_chunks.resize(chunks);
        if (chunks > 0)
            m_chunks.back().resize(n - (chunks - 1) * kChunkSize);
        m_size = n;
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    // Heap bytes held, for the memory budget.
    std::size_t capacityBytes() const
    {
        std::size_t bytes = m_chunks.capacity() * sizeof(std::vector<T>);
        for (const std::vector<T> &chunk : m_chunks)
            bytes += chunk.capacity() * sizeof(T);
        return bytes;
    }

private:
    std::vector<std::vector<T>> m_chunks; // every chunk but the last holds exactly kChunkSize
    std::size_t m_size = 0;
};

} // namespace cacophony
