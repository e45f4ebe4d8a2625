#pragma once

// Where the time axis's ticks go and how they read, without QCustomPlot: the on-screen
// axis (TimeAxisTicker, a QCustomPlot ticker) and the exports ask this one class, so both
// axes always agree.
//
//  - The unit: milliseconds while the range spans less than kSecondsFromMs, seconds
//    beyond; plain decimals always (an hour reads "3600", never "3.6·10⁶").
//  - The step: about kTickCount steps over the range, rounded to 1, 2, 2.5 or 5 × 10ⁿ
//    of the unit (the rule of QCustomPlot's readability ticker, so the screen's ticks
//    stay where they were).
//  - The labels: the digits the step needs, no fewer, and each no more than its own: a
//    step of 2.5 reads 0, 2.5, 5, 7.5; of 0.25 reads 0.25, 0.5, 0.75; of 20 reads 0, 20.
//
// A value type: any thread.

#include <QLocale>
#include <QString>
#include <vector>

namespace cacophony {

class TimeAxisTicks
{
public:
    enum class Unit { Milliseconds, Seconds };
    // Spans of this many ms or more are labelled in seconds.
    static constexpr double kSecondsFromMs = 10'000;
    static constexpr int kTickCount = 5; // steps wanted over the range, about

    static Unit unitFor(double spanMs) { return spanMs >= kSecondsFromMs ? Unit::Seconds : Unit::Milliseconds; }
    // "time (ms)" or "time (s)", translated.
    static QString titleFor(Unit unit);
    // The decimal places a step (in the labels' unit) needs for every multiple of it to
    // read exactly: 2.5 → 1, 0.25 → 2, 0.5 → 1, 20 → 0.
    static int decimalsFor(double step);

    // The ticks of the range [fromMs, toMs].
    TimeAxisTicks(double fromMs, double toMs);

    Unit unit() const { return m_unit; }
    double stepMs() const { return m_stepMs; }
    int decimals() const { return m_decimals; }
    // Every multiple of the step within the range, in ms.
    std::vector<double> positionsMs() const;
    // The label of the tick at `tickMs`, in the unit, in `locale`'s digits.
    QString label(double tickMs, const QLocale &locale = QLocale()) const;

private:
    double m_fromMs;
    double m_toMs;
    Unit m_unit;
    double m_scale;   // ms per unit of the labels
    double m_stepMs;
    int m_decimals;
};

} // namespace cacophony
