#include "gorun/sched/SleepTimer.h"

#include "gorun/sched/Scheduler.h"

namespace cacophony::gorun {

std::int64_t SleepTimer::fire(std::int64_t, std::int64_t now)
{
    if (scheduler->tracer()) {
        Event e;
        e.kind = EventKind::Sleep;
        e.t = g->waitSince;
        e.dur = now - g->waitSince;
        e.a = g->sleepNs;
        e.task = g->task;
        e.pos = g->pos;
        scheduler->record(e);
    }
    scheduler->ready(*g);
    return -1;
}

} // namespace cacophony::gorun
