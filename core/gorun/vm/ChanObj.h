#pragma once

#include "gorun/sched/Chan.h"
#include "gorun/vm/Value.h"

namespace cacophony::gorun {

// A channel value: the scheduler's Chan, owned by the heap object. A timer's channel carries
// run-clock nanoseconds (RuntimeTimer sends them); timeValues makes a receive turn them into
// time.Time values.
struct ChanObj : HeapObj
{
    ChanObj(Scheduler &s, std::size_t capacity, bool elemIsRef, bool times = false)
        : HeapObj(ObjKind::Chan), chan(s, capacity, elemIsRef), timeValues(times)
    {
    }
    Chan chan;
    const bool timeValues;
};

} // namespace cacophony::gorun
