#pragma once

// A Go channel: unbuffered (a rendezvous: a send completes only when a receiver takes the
// value) or buffered(N). See ChannelBase.h for the invariants.
//
//   Channel<int> volumes(rt, "volumes", 5);
//   volumes.send(42);                       // volumes <- 42
//   auto [v, ok] = volumes.receive();       // v, ok := <-volumes
//   for (int v : volumes) { ... }           // for v := range volumes
//   volumes.close();                        // close(volumes)
//
// All operations are thread-safe. Blocking ones throw TaskCancelled when the runtime stops;
// sending on a closed channel and closing twice throw RuntimeError.

#include "runtime/ChannelBase.h"

#include <algorithm>
#include <bit>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace cacophony {

template<typename T>
struct Received
{
    T value{};
    bool ok = false;
};

enum class TryStatus { Done, WouldBlock, Closed };

template<typename T>
class Channel : public ChannelBase
{
public:
    Channel(Runtime &runtime, const QString &name, std::size_t capacity = 0,
            ObjectKind kind = ObjectKind::Channel)
        : ChannelBase(runtime, name, capacity, kind)
    {
    }

    // Blocks until a receiver (or buffer space) takes the value.
    void send(T value)
    {
        SelectCase c{this, true, &value};
        ChannelBase::select(runtime(), &c, 1, true);
    }
    // Never blocks: false if the send would have to wait.
    bool trySend(T value)
    {
        SelectCase c{this, true, &value};
        return ChannelBase::select(runtime(), &c, 1, false) == 0;
    }
    // Blocks until a value arrives; ok is false once the channel is closed and drained.
    Received<T> receive()
    {
        Received<T> r;
        SelectCase c{this, false, &r.value};
        ChannelBase::select(runtime(), &c, 1, true);
        r.ok = c.ok;
        return r;
    }
    // Never blocks.
    TryStatus tryReceive(T &out)
    {
        SelectCase c{this, false, &out};
        if (ChannelBase::select(runtime(), &c, 1, false) < 0)
            return TryStatus::WouldBlock;
        return c.ok ? TryStatus::Done : TryStatus::Closed;
    }

    // for (T v : channel): receives until the channel is closed and drained.
    class Iterator
    {
    public:
        explicit Iterator(Channel *channel) : m_channel(channel) { advance(); }
        const T &operator*() const { return m_current.value; }
        Iterator &operator++()
        {
            advance();
            return *this;
        }
        bool operator!=(std::nullptr_t) const { return m_current.ok; }

    private:
        void advance() { m_current = m_channel->receive(); }
        Channel *m_channel;
        Received<T> m_current;
    };
    Iterator begin() { return Iterator(this); }
    std::nullptr_t end() { return nullptr; }

protected:
    void pushBuffer(void *value) override
    {
        if (m_size == m_slots)
            grow();
        m_ring[(m_head + m_size) & (m_slots - 1)] = std::move(*static_cast<T *>(value));
        ++m_size;
    }
    void popBuffer(void *out) override
    {
        *static_cast<T *>(out) = std::move(m_ring[m_head]);
        m_head = (m_head + 1) & (m_slots - 1);
        --m_size;
    }
    void moveValue(void *to, void *from) override
    {
        *static_cast<T *>(to) = std::move(*static_cast<T *>(from));
    }
    void resetValue(void *value) override { *static_cast<T *>(value) = T{}; }
    std::int64_t traceValue(const void *value) const override
    {
        if constexpr (std::is_integral_v<T> || std::is_enum_v<T>)
            return static_cast<std::int64_t>(*static_cast<const T *>(value));
        else
            return 0;
    }

private:
    // Doubles the ring (a power of two, so indices wrap with a mask), from 16 slots up to
    // the capacity rounded up: a large buffer that holds little stays small.
    void grow()
    {
        const std::size_t newSize = m_slots == 0 ? std::min<std::size_t>(16, std::bit_ceil(capacity())) : 2 * m_slots;
        auto ring = std::make_unique<T[]>(newSize);
        for (std::size_t i = 0; i < m_size; ++i)
            ring[i] = std::move(m_ring[(m_head + i) & (m_slots - 1)]);
        m_ring = std::move(ring);
        m_slots = newSize;
        m_head = 0;
    }

    // The buffer: a ring of m_slots slots holding m_size values from m_head; all guarded by
    // ChannelBase's mutex.
    std::unique_ptr<T[]> m_ring;
    std::size_t m_slots = 0;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace cacophony
