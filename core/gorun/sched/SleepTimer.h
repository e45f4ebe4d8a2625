#pragma once

// The timer of a goroutine in time.Sleep: part of its control block (no allocation per sleep,
// nothing to free if the run ends while it sleeps). Firing records the Sleep span and readies
// the goroutine.

#include "gorun/sched/TimerQueue.h"

namespace cacophony::gorun {

class Scheduler;
struct Goroutine;

class SleepTimer : public TimerTarget
{
public:
    Scheduler *scheduler = nullptr; // set by Scheduler::sleep
    Goroutine *g = nullptr;

    std::int64_t fire(std::int64_t due, std::int64_t now) override;
};

} // namespace cacophony::gorun
