#pragma once

// Where the time between a tick's deadline and the beat it triggered goes, stage by stage,
// computed from a run's recorded events alone (like RunAnalysis: a pure function, events
// need not be sorted). For every performed beat whose performing followed the receipt of a
// ticker's tick:
//  - wake:    the tick thread's wait over (Tick event's t) minus the deadline (the tick's
//             value, which the receive records);
//  - send:    the tick thread's send, waking the receiver included (Tick event's dur);
//  - handOff: the receiver running with the tick (end of its ChanRecv) minus the tick
//             thread's wait over: the send, the receiver's wake-up and its bookkeeping;
//  - perform: the beat's timestamp minus the end of that ChanRecv (for scenario 14 this
//             includes the timing service's hand-off to the performer);
//  - total:   wake + handOff + perform, the beat's time minus the tick's deadline.
// The tick of a beat is the latest receive from a ticker channel that ended at or before
// the beat, if no earlier beat was matched to it (a beat performed without a new tick,
// e.g. the first beat of scenarios 13 and 14, has none). A tick's receive is matched to
// its Tick event by message id. All figures in microseconds.

#include "trace/TraceData.h"

#include <QJsonObject>

namespace cacophony {

struct StageStats
{
    int count = 0;
    double median = 0, p99 = 0, max = 0; // microseconds; p99 is the nearest-rank percentile
};

struct BeatStages
{
    StageStats wake, send, handOff, perform, total;

    static BeatStages analyse(const TraceData &trace);
    // {"wake": {"median_us": .., "p99_us": .., "max_us": ..}, "send": .., ..., "beats": count}
    QJsonObject toJson() const;
};

} // namespace cacophony
