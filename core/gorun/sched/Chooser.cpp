#include "gorun/sched/Chooser.h"

namespace cacophony::gorun {

namespace {
std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

std::uint64_t Chooser::draw(Choice what)
{
    const std::uint64_t call = m_calls.fetch_add(1, std::memory_order_relaxed);
    return splitMix64(m_seed ^ splitMix64(call * 4 + static_cast<std::uint64_t>(what)));
}

std::uint64_t Chooser::choose(Choice what, std::uint64_t n)
{
    if (n <= 1)
        return 0;
    // Rejection sampling: exactly uniform (a rejection is rare for the small n of a program).
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x = draw(what);
    while (x >= limit)
        x = draw(what);
    return x % n;
}

} // namespace cacophony::gorun
