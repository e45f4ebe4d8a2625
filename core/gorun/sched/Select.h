#pragma once

// Go's select over channel cases.
//
// A ready case is taken uniformly at random among the ready ones (through the Chooser); with
// none ready, default is taken at once if there is one (a select with default never parks);
// otherwise g parks on every case's channel at once. Whoever completes one case claims g
// (Goroutine::claimed), so exactly one case completes; the waiters left on the other channels
// are removed by the worker before g runs again (Select::leave), or dropped by a channel that
// meets them first. A nil channel's case (ch == nullptr) is never ready; with no case at all
// and no default, g parks forever ("select (no cases)"; all cases nil: "select").
//
// Resume after a park: g.resume[0] = the case index | kSelectOk when ok; g.resume[1] = the
// received word (receive cases). ok is 0 for a receive from a closed, drained channel, and
// for a send case whose channel was closed while it waited: the VM then raises "send on
// closed channel".
//
// The channels a parked select waits on must stay alive until g runs again (the VM's frame
// holds them).

#include "gorun/sched/Chan.h"

#include <span>

namespace cacophony::gorun {

class Scheduler;

struct SelectCase
{
    Chan *ch = nullptr; // nullptr: a nil channel
    bool isSend = false;
    Word sendValue = 0;
};

// Decoding g.resume after a parked select (thread: g's own, when it runs again).
inline int selectedCase(const Goroutine &g)
{
    return static_cast<int>(g.resume[0] & 0xffffffffu);
}
inline bool selectedOk(const Goroutine &g)
{
    return (g.resume[0] & kSelectOk) != 0;
}

class Select
{
public:
    // Thread-safe, never blocks; for g running on the calling worker. Done: chosen is the case
    // taken (-1 for default), received and ok its result for a receive. Park: see above.
    // Panic: chosen is a send case on a closed channel ("send on closed channel").
    static OpResult select(Scheduler &scheduler, Goroutine &g, std::span<const SelectCase> cases, bool hasDefault,
                           int &chosen, Word &received, bool &ok);

    // The worker, before a goroutine woken from a select runs: its waiters leave the other
    // channels' queues.
    static void leave(Goroutine &g);
};

} // namespace cacophony::gorun
