#pragma once

// Internal to the channel machinery: a select parked on its channels (Go's sudog).
//
// A SelectGroup is shared by the waiters a select queues, one per case. Exactly one
// party wins the group by moving `state` from kOpen: a partner completing one case
// (state = that case's index), or the select itself giving up (kAbandoned, on stop or
// timeout). The winner partner transfers the value, then sets `done` inside the
// parker's lock; the select waits for `done` before touching the results or leaving.

#include "runtime/ChannelBase.h"

#include <atomic>

namespace cacophony {

struct SelectGroup
{
    static constexpr int kOpen = -1;
    static constexpr int kAbandoned = -2;

    explicit SelectGroup(Parker *p) : parker(p) {}

    bool claim(int index)
    {
        int expected = kOpen;
        return state.compare_exchange_strong(expected, index, std::memory_order_acq_rel);
    }

    Parker *parker;
    std::atomic<int> state{kOpen};
    std::atomic<bool> done{false};
};

struct SelectWaiter
{
    SelectGroup *group = nullptr;
    SelectCase *c = nullptr;
    int index = 0;
};

} // namespace cacophony
