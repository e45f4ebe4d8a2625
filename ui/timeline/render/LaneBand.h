#pragma once

// One lane of a view as laid out for a draw: its kind, which task or channel lane of the
// model, and its pixel rows. A value type.

#include <QRectF>
#include <QString>
#include <algorithm>

namespace cacophony {

struct LaneBand
{
    enum Kind { Ideal, Measures, Beats, Task, Channel };
    Kind kind = Task;
    int lane = 0;      // task or channel lane index in the model
    double top = 0;    // pixels
    double bottom = 0;
    QString label;
    double height() const { return bottom - top; }
    double center() const { return (top + bottom) / 2; }
};

constexpr int kMaxMeasureRows = 6; // deeper overlaps share rows (still visible by their darker tint)

// The rows of a task's boxes and of a channel's body inside their lanes (x left to the caller).
inline QRectF taskBoxArea(const LaneBand &band)
{
    const double inset = std::clamp(band.height() * 0.2, 2.0, 12.0);
    return QRectF(0, band.top + inset, 0, band.height() - 2 * inset);
}

inline QRectF channelBodyArea(const LaneBand &band)
{
    const double inset = std::clamp(band.height() * 0.22, 2.0, 10.0);
    return QRectF(0, band.top + inset, 0, band.height() - 2 * inset);
}

} // namespace cacophony
