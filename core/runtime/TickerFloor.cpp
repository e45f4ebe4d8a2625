#include "runtime/TickerFloor.h"

#include "runtime/Parker.h"
#include "runtime/Ticker.h"

#include <algorithm>
#include <cstring>
#include <thread>
#include <ctime>

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#endif

namespace cacophony {

namespace {

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void sleepUntil(std::int64_t steady)
{
#ifdef __linux__
    // steady_clock is CLOCK_MONOTONIC in libstdc++: an absolute deadline, no drift.
    timespec ts{static_cast<time_t>(steady / 1'000'000'000), static_cast<long>(steady % 1'000'000'000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) != 0) {
    }
#else
    std::this_thread::sleep_until(std::chrono::steady_clock::time_point(std::chrono::nanoseconds(steady)));
#endif
}

void applyPrivileges(const TickerFloor::Variant &variant)
{
#ifdef __linux__
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL); // as the Ticker's thread
    if (variant.realtime) {
        sched_param param{};
        param.sched_priority = 1;
        pthread_setschedparam(pthread_self(), SCHED_FIFO, &param);
    }
    if (variant.lockMemory)
        mlockall(MCL_CURRENT | MCL_FUTURE);
#else
    (void)variant;
#endif
}

void touchStack()
{
    // 64 KiB of this thread's stack, faulted in now rather than at the first tick.
    volatile char stack[64 * 1024];
    std::memset(const_cast<char *>(stack), 0, sizeof stack);
}

} // namespace

std::vector<std::int64_t> TickerFloor::run(std::chrono::nanoseconds interval, int beats, const Variant &variant,
                                           const std::function<bool()> &stopped)
{
    const std::int64_t intervalNs = std::max<std::int64_t>(1, interval.count());
    const std::int64_t spinNs = variant.spinNs >= 0 ? variant.spinNs : Ticker::spinNs(intervalNs);
    const std::int64_t start = steadyNs();
    std::vector<std::int64_t> times;
    std::thread thread([&] {
        applyPrivileges(variant);
        times.reserve(static_cast<std::size_t>(std::max(beats, 0)));
        if (variant.prefault) {
            touchStack();
            times.assign(static_cast<std::size_t>(std::max(beats, 0)), 0); // faults the buffer in
            times.clear();
        }
        for (int tick = 1; tick <= beats && !(stopped && stopped()); ++tick) {
            const std::int64_t due = start + tick * intervalNs;
            sleepUntil(due - spinNs);
            while (steadyNs() < due)
                Parker::cpuRelax();
            times.push_back(steadyNs() - start);
        }
#ifdef __linux__
        if (variant.lockMemory)
            munlockall();
#endif
    });
    thread.join();
    return times;
}

} // namespace cacophony
