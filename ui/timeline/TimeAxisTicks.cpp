#include "timeline/TimeAxisTicks.h"

#include <QCoreApplication>
#include <cmath>

namespace cacophony {

namespace {

// QCPAxisTicker::getTickStep with its default (readability) strategy: the mantissa of
// span / count, taken to the nearest of 1, 2, 2.5, 5 and 10.
double readableStep(double span)
{
    const double exact = span / double(TimeAxisTicks::kTickCount + 1e-10);
    if (!(exact > 0) || !std::isfinite(exact))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(exact)));
    const double mantissa = exact / magnitude;
    static constexpr double kCandidates[] = {1.0, 2.0, 2.5, 5.0, 10.0};
    const double *it = std::lower_bound(std::begin(kCandidates), std::end(kCandidates), mantissa);
    double pick;
    if (it == std::end(kCandidates))
        pick = *(it - 1);
    else if (it == std::begin(kCandidates))
        pick = *it;
    else
        pick = mantissa - *(it - 1) < *it - mantissa ? *(it - 1) : *it;
    return pick * magnitude;
}

} // namespace

QString TimeAxisTicks::titleFor(Unit unit)
{
    // The context is the ticker's, where these texts were first written.
    return unit == Unit::Seconds ? QCoreApplication::translate("cacophony::TimeAxisTicker", "time (s)")
                                 : QCoreApplication::translate("cacophony::TimeAxisTicker", "time (ms)");
}

int TimeAxisTicks::decimalsFor(double step)
{
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    // The fewest places at which the step is a whole number (to a relative 1e-6, which
    // absorbs the binary error of 0.1 or 0.25e-3), at most 12.
    double scaled = step;
    for (int places = 0; places < 12; ++places) {
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * scaled)
            return places;
        scaled *= 10;
    }
    return 12;
}

TimeAxisTicks::TimeAxisTicks(double fromMs, double toMs)
    : m_fromMs(std::min(fromMs, toMs))
    , m_toMs(std::max(fromMs, toMs))
    , m_unit(unitFor(m_toMs - m_fromMs))
    , m_scale(m_unit == Unit::Seconds ? 1000.0 : 1.0)
{
    const double step = readableStep((m_toMs - m_fromMs) / m_scale);
    m_stepMs = step * m_scale;
    m_decimals = decimalsFor(step);
}

std::vector<double> TimeAxisTicks::positionsMs() const
{
    std::vector<double> ticks;
    const double first = std::ceil(m_fromMs / m_stepMs - 1e-9);
    const double last = std::floor(m_toMs / m_stepMs + 1e-9);
    for (double k = first; k <= last && ticks.size() < 1000; ++k)
        ticks.push_back(k * m_stepMs);
    return ticks;
}

QString TimeAxisTicks::label(double tickMs, const QLocale &locale) const
{
    // Rounded to the step's places, then written with the digits it has: 5 and 7.5 on
    // one axis of step 2.5, never 5.0 beside 7.5 (nor 8 for 7.5).
    const double factor = std::pow(10.0, m_decimals);
    double value = std::round(tickMs / m_scale * factor) / factor;
    if (value == 0)
        value = 0; // a tick at zero computed as -1e-13 must not read "-0"
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace cacophony
