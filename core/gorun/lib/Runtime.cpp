// Package runtime: NumGoroutine, Gosched, GOMAXPROCS, NumCPU.
#include "gorun/lib/Natives.h"

#include "gorun/vm/Machine.h"

#include <thread>

namespace cacophony::gorun {

std::vector<Native> runtimeNatives()
{
    return {
        {"runtime.NumGoroutine", [](NativeCall &c) {
             c.results[0] = 1;
             return NativeStatus::Done;
         }},
        {"runtime.Gosched", [](NativeCall &) { return NativeStatus::Yield; }},
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
