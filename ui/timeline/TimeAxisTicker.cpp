#include "timeline/TimeAxisTicker.h"

namespace cacophony {

double TimeAxisTicker::getTickStep(const QCPRange &range)
{
    // generate() asks for the step before any label: the unit and places are set here.
    m_ticks.emplace(range.lower, range.upper);
    return m_ticks->stepMs();
}

QString TimeAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return m_ticks ? m_ticks->label(tick, locale) : QString();
}

} // namespace cacophony
