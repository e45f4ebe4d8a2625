#pragma once

// The size of a beat marker (ideal and actual beats share it): its box, and whether its
// label fits at this zoom.

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <algorithm>

namespace cacophony {

struct MarkerMetrics
{
    double h = 18;          // box height
    double labelledW = 16;  // width of a labelled box ("I", "O"; numbers are wider)
    double w = 16;          // box width at this zoom
    bool labels = true;
};

inline MarkerMetrics markerMetrics(const QFont &font, double bandHeight, double intervalPx, bool numbers, double scale)
{
    MarkerMetrics m;
    const QFontMetricsF fm(font);
    m.h = std::clamp(bandHeight * 0.56, 10.0 * scale, 26.0 * scale);
    m.labelledW = std::max(fm.horizontalAdvance(numbers ? QStringLiteral("88") : QStringLiteral("O")) + 10, m.h * 0.72);
    m.labels = intervalPx >= m.labelledW * (numbers ? 0.9 : 1.25);
    m.w = m.labels ? m.labelledW : std::clamp(intervalPx * 0.45, 2.0, m.labelledW);
    return m;
}

} // namespace cacophony
