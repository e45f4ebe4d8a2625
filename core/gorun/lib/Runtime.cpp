// Package runtime: NumGoroutine, Gosched, GOMAXPROCS, NumCPU.
#include "gorun/lib/Natives.h"

#include "gorun/sched/Scheduler.h"
#include "gorun/vm/Machine.h"

#include <thread>

namespace cacophony::gorun {

std::vector<Native> runtimeNatives()
{
    return {
        {"runtime.NumGoroutine", [](NativeCall &c) {
             c.results[0] = Word(c.m.scheduler().numGoroutine());
             return NativeStatus::Done;
         }},
        {"runtime.Gosched", [](NativeCall &c) {
             c.m.scheduler().gosched(*c.g);
             return NativeStatus::Park;
         }},
        {"runtime.GOMAXPROCS", [](NativeCall &c) {
             c.results[0] = Word(c.m.gomaxprocs());
             return NativeStatus::Done;
         }},
        {"runtime.NumCPU", [](NativeCall &c) {
             c.results[0] = Word(std::max(1u, std::thread::hardware_concurrency()));
             return NativeStatus::Done;
         }},
    };
}

} // namespace cacophony::gorun
