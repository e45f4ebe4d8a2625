#pragma once

// The timeline's time axis on screen: a QCustomPlot ticker whose steps and labels are
// TimeAxisTicks's, the same the exports draw. The axis title must name the same unit:
// TimeAxisTicks::titleFor.

#include "timeline/TimeAxisTicks.h"

#include <QString>
#include <qcustomplot.h>
#include <optional>

namespace cacophony {

class TimeAxisTicker : public QCPAxisTicker
{
public:
    using Unit = TimeAxisTicks::Unit;
    static Unit unitFor(double spanMs) { return TimeAxisTicks::unitFor(spanMs); }
    static QString titleFor(Unit unit) { return TimeAxisTicks::titleFor(unit); }

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    std::optional<TimeAxisTicks> m_ticks; // of the range generate() asked for last
};

} // namespace cacophony
