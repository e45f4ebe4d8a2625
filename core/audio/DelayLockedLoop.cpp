#include "audio/DelayLockedLoop.h"

#include <cmath>
#include <numbers>

namespace cacophony {

void DelayLockedLoop::reset(std::int64_t nowNs, double periodNs, double bandwidthHz)
{
    m_started = true;
    m_base = nowNs;
    m_t0 = 0;
    m_nominal = periodNs;
    m_period = periodNs;
    m_t1 = periodNs;
    m_lastError = 0;
    m_updates = 0;
    setBandwidth(bandwidthHz);
}

void DelayLockedLoop::setBandwidth(double bandwidthHz)
{
    // Critically damped second-order loop: omega = 2 pi B T, b = sqrt(2) omega, c = omega^2.
    const double omega = 2 * std::numbers::pi * bandwidthHz * m_nominal * 1e-9;
    m_b = std::numbers::sqrt2 * omega;
    m_c = omega * omega;
}

double DelayLockedLoop::update(std::int64_t nowNs)
{
    const double now = double(nowNs - m_base);
    const double error = now - m_t1;
    m_t0 = m_t1;
    m_t1 += m_b * error + m_period;
    m_period += m_c * error;
    m_lastError = error;
    ++m_updates;
    return error;
}

} // namespace cacophony
