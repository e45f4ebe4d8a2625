#pragma once

// The small shapes every lane draws with: rounded boxes, the channel's cylinder, arrows
// with a halo, and font and colour helpers. They take a QCPPainter, not a QPainter: its
// drawLine snaps to whole pixels when antialiasing is off, and the lanes rely on that.
//
// UI thread only (painting).

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <cstdint>

class QCPPainter;

namespace cacophony::paint {

// floor and ceil without the library call: the column walks do them per pixel column.
inline std::int64_t floorToInt(double v)
{
    const auto t = std::int64_t(v);
    return t - (double(t) > v);
}
inline std::int64_t ceilToInt(double v)
{
    const auto t = std::int64_t(v);
    return t + (double(t) < v);
}

inline QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}
// `base` at `factor` times its size (point or pixel sized), bold or not.
QFont scaledFont(const QFont &base, double factor, bool bold = false);
void roundedBox(QCPPainter *p, const QRectF &r, const QBrush &fill, const QPen &pen, double radius);
// A cylinder on its side: the series' part 13 glyph for a channel.
void drawCylinder(QCPPainter *p, const QRectF &r, const QColor &fill, const QColor &edge, double penWidth = 1.1);
// Filled head: a synchronous (blocking) operation; empty head: an asynchronous one.
void drawArrow(QCPPainter *p, QPointF from, QPointF to, const QColor &color, bool filledHead, bool dashed,
               const QColor &background, double width = 1.2);

} // namespace cacophony::paint
