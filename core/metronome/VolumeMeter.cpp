#include "metronome/VolumeMeter.h"

#include "runtime/Runtime.h"
#include "trace/Event.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

VolumeMeter::VolumeMeter(Runtime &runtime, DelayProfile profile, std::chrono::nanoseconds baseline,
                         std::uint64_t seed)
    : m_runtime(runtime)
    , m_profile(profile)
    , m_baseline(baseline)
    , m_random(seed)
{
}

double VolumeMeter::delayFactor(DelayProfile profile, std::int64_t startNs, std::int64_t baselineNs,
                                double uniform01)
{
    switch (profile) {
    case DelayProfile::Short:
        return kShortFactor;
    case DelayProfile::Oscillating: {
        if (baselineNs <= 0)
            return kMinFactor;
        // One level per baseline: up through the 10 levels, then back down.
        const std::int64_t period = kOscillationPeriod * baselineNs;
        const std::int64_t phase = ((startNs % period) + period) % period;
        const int step = static_cast<int>(phase / baselineNs); // 0 .. 19
        const int level = step < kOscillationLevels ? step : kOscillationPeriod - 1 - step;
        return kMinFactor + level * (kMaxFactor - kMinFactor) / (kOscillationLevels - 1);
    }
    case DelayProfile::Random:
        return kMinFactor + std::clamp(uniform01, 0.0, 1.0) * (kMaxFactor - kMinFactor);
    }
    return kShortFactor;
}

VolumeMeter::Draw VolumeMeter::draw(std::int64_t startNs)
{
    std::uint64_t volumeBits = 0;
    std::uint64_t delayBits = 0;
    Draw d;
    {
        std::lock_guard lock(m_mutex);
        d.number = m_next++;
        volumeBits = m_random();
        delayBits = m_random();
    }
    // Plain arithmetic rather than std:: distributions, whose output differs between
    // standard libraries: a seed means the same run everywhere.
    d.volume = static_cast<int>(volumeBits % 101);
    const double uniform01 = static_cast<double>(delayBits >> 11) * 0x1.0p-53;
    const double factor = delayFactor(m_profile, startNs, m_baseline.count(), uniform01);
    d.delayNs = std::llround(factor * static_cast<double>(m_baseline.count()));
    return d;
}

int VolumeMeter::measure()
{
    m_runtime.checkCancelled();
    const std::int64_t start = m_runtime.now();
    const Draw d = draw(start);
    m_runtime.sleep(std::chrono::nanoseconds(d.delayNs));

    Event e;
    e.kind = EventKind::Measure;
    e.t = start;
    e.dur = m_runtime.now() - start;
    e.a = d.number;
    e.b = d.volume;
    m_runtime.record(e);
    return d.volume;
}

int VolumeMeter::started() const
{
    std::lock_guard lock(m_mutex);
    return m_next;
}

} // namespace cacophony
