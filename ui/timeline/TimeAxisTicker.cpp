#include "timeline/TimeAxisTicker.h"

#include <QCoreApplication>
#include <cmath>

namespace cacophony {

QString TimeAxisTicker::titleFor(Unit unit)
{
    return unit == Unit::Seconds ? QCoreApplication::translate("cacophony::TimeAxisTicker", "time (s)")
                                 : QCoreApplication::translate("cacophony::TimeAxisTicker", "time (ms)");
}

double TimeAxisTicker::getTickStep(const QCPRange &range)
{
    // generate() asks for the step before any label: the unit and places are set here.
    m_scale = unitFor(range.size()) == Unit::Seconds ? 1000.0 : 1.0;
    const double step = QCPAxisTicker::getTickStep(QCPRange(range.lower / m_scale, range.upper / m_scale));
    m_decimals = step > 0 && step < 1 ? int(std::ceil(-std::log10(step) - 1e-9)) : 0;
    return step * m_scale;
}

QString TimeAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const double value = tick / m_scale;
    // A tick at zero computed as -1e-13 must not read "-0".
    return locale.toString(std::abs(value) < 1e-12 ? 0.0 : value, 'f', m_decimals);
}

} // namespace cacophony
