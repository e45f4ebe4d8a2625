#pragma once

// Bounded lock-free queue of small trivially-copyable messages (D. Vyukov's bounded MPMC
// array queue), used to hand clicks from beat threads to the audio callback.
//
// Invariants:
//  - All storage is allocated in the constructor; push() and pop() never allocate, never
//    lock, never block: push() on a full queue fails at once (the caller counts the drop).
//  - Each cell's sequence number says whose turn it is: seq == pos means free for the
//    producer claiming pos; seq == pos + 1 means full for the consumer claiming pos.
//    A message is published by the release store of its cell's sequence number.
//  - Messages pushed by one thread are popped in that thread's order.
//  - Any number of producers and consumers (the project uses one consumer).

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>

namespace cacophony {

template<typename T>
class ClickQueue
{
    static_assert(std::is_trivially_copyable_v<T>, "messages cross threads as plain bytes");

public:
    // capacity is rounded up to a power of two (at least 2).
    explicit ClickQueue(std::size_t capacity = 1024)
    {
        std::size_t size = 2;
        while (size < capacity)
            size *= 2;
        m_mask = size - 1;
        m_cells = std::make_unique<Cell[]>(size);
        for (std::size_t i = 0; i < size; ++i)
            m_cells[i].seq.store(i, std::memory_order_relaxed);
    }
    ClickQueue(const ClickQueue &) = delete;
    ClickQueue &operator=(const ClickQueue &) = delete;

    std::size_t capacity() const { return m_mask + 1; }

    // Thread-safe, lock-free, never blocks or allocates. False if the queue is full.
    bool push(const T &value)
    {
        std::size_t pos = m_tail.load(std::memory_order_relaxed);
        for (;;) {
            Cell &cell = m_cells[pos & m_mask];
            const std::size_t seq = cell.seq.load(std::memory_order_acquire);
            const auto diff = std::intptr_t(seq) - std::intptr_t(pos);
            if (diff == 0) {
                if (m_tail.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
                    cell.value = value;
                    cell.seq.store(pos + 1, std::memory_order_release);
                    return true;
                }
            } else if (diff < 0) {
                return false; // full: the cell still holds an unconsumed message
            } else {
                pos = m_tail.load(std::memory_order_relaxed);
            }
        }
    }

    // Thread-safe, lock-free, never blocks or allocates. False if the queue is empty.
    bool pop(T &value)
    {
        std::size_t pos = m_head.load(std::memory_order_relaxed);
        for (;;) {
            Cell &cell = m_cells[pos & m_mask];
            const std::size_t seq = cell.seq.load(std::memory_order_acquire);
            const auto diff = std::intptr_t(seq) - std::intptr_t(pos + 1);
            if (diff == 0) {
                if (m_head.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
                    value = cell.value;
                    cell.seq.store(pos + m_mask + 1, std::memory_order_release);
                    return true;
                }
            } else if (diff < 0) {
                return false; // empty
            } else {
                pos = m_head.load(std::memory_order_relaxed);
            }
        }
    }

    // Thread-safe; approximate while others push or pop.
    bool isEmpty() const
    {
        return m_head.load(std::memory_order_acquire) == m_tail.load(std::memory_order_acquire);
    }

private:
    struct Cell
    {
        std::atomic<std::size_t> seq{0};
        T value{};
    };

    // Producers and consumers each hammer their own index: keep them on separate lines.
    static constexpr std::size_t kLine = 64;
    std::unique_ptr<Cell[]> m_cells;
    std::size_t m_mask = 0;
    alignas(kLine) std::atomic<std::size_t> m_tail{0};
    alignas(kLine) std::atomic<std::size_t> m_head{0};
};

} // namespace cacophony
