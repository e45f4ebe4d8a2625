#include "window/TapTempo.h"

#include <cmath>

namespace cacophony {

int TapTempo::tap(qint64 nowMs)
{
    if (!m_taps.isEmpty() && (nowMs - m_taps.last() > kResetMs || nowMs <= m_taps.last()))
        m_taps.clear();
    m_taps.append(nowMs);
    while (m_taps.size() > kMaxIntervals + 1)
        m_taps.removeFirst();
    return bpm();
}

int TapTempo::bpm() const
{
    if (m_taps.size() < 2)
        return 0;
    const double meanMs = double(m_taps.last() - m_taps.first()) / double(m_taps.size() - 1);
    return int(std::lround(60000.0 / meanMs));
}

void TapTempo::reset()
{
    m_taps.clear();
}

} // namespace cacophony
