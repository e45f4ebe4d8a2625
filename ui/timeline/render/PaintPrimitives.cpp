#include "timeline/render/PaintPrimitives.h"

#include <QLineF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony::paint {

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * factor))));
    font.setBold(bold);
    return font;
}

void roundedBox(QCPPainter *p, const QRectF &r, const QBrush &fill, const QPen &pen, double radius)
{
    p->setPen(pen);
    p->setBrush(fill);
    const double rr = std::min(radius, std::min(r.width(), r.height()) / 2);
    p->drawRoundedRect(r, rr, rr);
}

void drawCylinder(QCPPainter *p, const QRectF &r, const QColor &fill, const QColor &edge, double penWidth)
{
    const double capW = std::min(r.height() * 0.5, r.width() / 3);
    QPainterPath body;
    body.moveTo(r.left() + capW / 2, r.top());
    body.lineTo(r.right() - capW / 2, r.top());
    body.arcTo(QRectF(r.right() - capW, r.top(), capW, r.height()), 90, -180);
    body.lineTo(r.left() + capW / 2, r.bottom());
    body.arcTo(QRectF(r.left(), r.top(), capW, r.height()), 270, -180);
    body.closeSubpath();
    p->setPen(QPen(edge, penWidth));
    p->setBrush(fill);
    p->drawPath(body);
    p->setBrush(fill.lighter(106));
    p->drawEllipse(QRectF(r.left(), r.top(), capW, r.height()));
}

void drawArrow(QCPPainter *p, QPointF from, QPointF to, const QColor &color, bool filledHead, bool dashed,
               const QColor &background, double width)
{
    const QLineF line(from, to);
    const double length = line.length();
    if (length < 1)
        return;
    const double head = std::min(7.5, length * 0.6);
    const double half = head * 0.5;
    const QPointF u = (to - from) / length;
    const QPointF n(-u.y(), u.x());
    const QPointF base = to - u * head;
    // A halo in the background colour keeps the arrow legible where it crosses boxes.
    QPen halo(background, width + 2.2);
    halo.setCapStyle(Qt::FlatCap);
    p->setPen(halo);
    p->drawLine(QLineF(from, base));
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    if (dashed)
        pen.setDashPattern({3.0, 2.5});
    p->setPen(pen);
    p->drawLine(QLineF(from, base));
    QPen headPen(color, 1.0);
    headPen.setJoinStyle(Qt::MiterJoin);
    p->setPen(headPen);
    p->setBrush(filledHead ? QBrush(color) : QBrush(background));
    const QPointF tri[3] = {to, base + n * half, base - n * half};
    p->drawPolygon(tri, 3);
}

} // namespace cacophony::paint
