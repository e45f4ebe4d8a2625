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

#include <deque>
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
    void pushBuffer(void *value, std::uint64_t message) override
    {
        m_buffer.emplace_back(std::move(*static_cast<T *>(value)), message);
    }
    std::uint64_t popBuffer(void *out) override
    {
        auto &front = m_buffer.front();
        *static_cast<T *>(out) = std::move(front.first);
        const std::uint64_t message = front.second;
        m_buffer.pop_front();
        return message;
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
    std::deque<std::pair<T, std::uint64_t>> m_buffer; // guarded by ChannelBase's mutex
};

} // namespace cacophony
