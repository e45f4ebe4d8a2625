#pragma once

// Go's select statement, built case by case and then run once:
//
//   Select(rt)
//       .recv(ticker.c(), [&](std::int64_t) { perform(); })        // case <-ticker.C:
//       .recv(volumes, [&](int v, bool ok) { volume = v; })        // case v, ok := <-volumes:
//       .send(requests, 1, [&] { ++pending; })                     // case requests <- 1:
//       .otherwise([&] { rt.spin(); })                             // default:
//       .run();
//
// Without otherwise() (or timeout()) it waits for the first ready case; when several
// are ready one is chosen at random. The handler runs on the calling thread after the
// channel operation completed. Not thread-safe: one Select per use, on one thread.

#include "runtime/Channel.h"

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace cacophony {

class Select
{
public:
    explicit Select(Runtime &runtime) : m_runtime(runtime) {}

    // Handler: void(T) or void(T, bool ok).
    template<typename T, typename Handler>
    Select &recv(Channel<T> &channel, Handler handler)
    {
        auto slot = std::make_shared<T>();
        m_cases.push_back(SelectCase{&channel, false, slot.get()});
        m_handlers.push_back([slot, handler = std::move(handler)](const SelectCase &c) mutable {
            if constexpr (std::is_invocable_v<Handler &, T, bool>)
                handler(std::move(*slot), c.ok);
            else
                handler(std::move(*slot));
        });
        return *this;
    }

    // Handler: void().
    template<typename T, typename Handler>
    Select &send(Channel<T> &channel, T value, Handler handler)
    {
        auto slot = std::make_shared<T>(std::move(value));
        m_cases.push_back(SelectCase{&channel, true, slot.get()});
        m_handlers.push_back([slot, handler = std::move(handler)](const SelectCase &) mutable { handler(); });
        return *this;
    }

    // Go's default: taken at once when no case is ready.
    template<typename Handler>
    Select &otherwise(Handler handler)
    {
        m_default = std::move(handler);
        return *this;
    }

    // Gives up after `after` (like a case <-time.After(after)).
    template<typename Handler>
    Select &timeout(std::chrono::nanoseconds after, Handler handler)
    {
        m_timeout = after;
        m_onTimeout = std::move(handler);
        return *this;
    }

    // Runs the select; returns the index of the case taken, -1 for default, -2 for timeout.
    int run();

private:
    Runtime &m_runtime;
    std::vector<SelectCase> m_cases;
    std::vector<std::function<void(const SelectCase &)>> m_handlers;
    std::function<void()> m_default;
    std::optional<std::chrono::nanoseconds> m_timeout;
    std::function<void()> m_onTimeout;
};

} // namespace cacophony
