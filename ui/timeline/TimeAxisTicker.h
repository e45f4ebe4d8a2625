#pragma once

// The timeline's time axis: ticks at round steps, labelled in milliseconds while the
// range shown spans less than kSecondsFromMs, in seconds beyond, always as plain
// decimals with as many places as the step needs. QCustomPlot's default labels turn a
// long run's times into powers of ten ("3.6·10⁶" an hour in); here they read "3600".
// The axis title must name the same unit: titleFor().

#include <QString>
#include <qcustomplot.h>

namespace cacophony {

class TimeAxisTicker : public QCPAxisTicker
{
public:
    enum class Unit { Milliseconds, Seconds };
    // Spans of this many ms or more are labelled in seconds.
    static constexpr double kSecondsFromMs = 10'000;

    static Unit unitFor(double spanMs) { return spanMs >= kSecondsFromMs ? Unit::Seconds : Unit::Milliseconds; }
    // "time (ms)" or "time (s)", translated.
    static QString titleFor(Unit unit);

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    double m_scale = 1;  // ms per unit of the labels
    int m_decimals = 0;  // places the step needs, in that unit
};

} // namespace cacophony
