#pragma once

// Internal to the channel machinery: a select parked on its channels (Go's sudog).
//
// A SelectGroup is shared by the waiters a select queues, one per case. Exactly one
// party wins the group by moving `state` from kOpen: a partner completing one case
// (state = that case's index), or the select itself giving up (kAbandoned, on stop or
// timeout). The winner partner transfers the value, then signals the group; the select
// waits for the signal before touching the results or leaving.
//
// Signalling spares the parker's lock while the select still spins: `wake` goes from
// kSpinning either to kSignalled (a CAS by the partner, its last touch of the group) or
// to kSleeping (a CAS by the select before it sleeps on its parker); from kSleeping only
// the partner moves it, to kSignalled inside Parker::unpark(), so the sleeper cannot
// miss it and sees it only once the partner is done with the lock.

#include "runtime/ChannelBase.h"

#include <atomic>

namespace cacophony {

struct SelectGroup
{
    static constexpr int kOpen = -1;
    static constexpr int kAbandoned = -2;

    enum Wake : int { kSpinning, kSleeping, kSignalled };

    explicit SelectGroup(Parker *p) : parker(p) {}

    bool claim(int index)
    {
        int expected = kOpen;
        return state.compare_exchange_strong(expected, index, std::memory_order_acq_rel);
    }

    // The partner that won the group, after the transfer: wakes the select. The group may
    // be gone as soon as this returns (or, for a spinning select, as soon as the CAS did).
    void signal()
    {
        Parker *const p = parker;
        int expected = kSpinning;
        if (wake.compare_exchange_strong(expected, kSignalled, std::memory_order_acq_rel))
            return;
        p->unpark([this] { wake.store(kSignalled, std::memory_order_release); });
    }

    // The select's own thread.
    bool signalled() const { return wake.load(std::memory_order_acquire) == kSignalled; }
    // The select's own thread, before it sleeps: false if it was signalled meanwhile.
    bool prepareToSleep()
    {
        int expected = kSpinning;
        return wake.compare_exchange_strong(expected, kSleeping, std::memory_order_acq_rel);
    }

    Parker *parker;
    std::atomic<int> state{kOpen};
    std::atomic<int> wake{kSpinning};
};

struct SelectWaiter
{
    SelectGroup *group = nullptr;
    SelectCase *c = nullptr;
    int index = 0;
};

} // namespace cacophony
