#include "timeline/TimelineHighlight.h"

#include "timeline/TimelineLayer.h"

namespace cacophony {

TimelineHighlight::TimelineHighlight(QCustomPlot *plot, const TimelineLayer *layer)
    : QCPLayerable(plot, QStringLiteral("overlay"))
    , m_layer(layer)
    , m_color(Qt::blue)
{
}

void TimelineHighlight::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

void TimelineHighlight::setCursor(std::int64_t ns, const QColor &color, double width, const QColor &veil)
{
    m_cursorNs = ns;
    m_cursorColor = color;
    m_cursorWidth = width;
    m_veil = veil;
}

void TimelineHighlight::draw(QCPPainter *painter)
{
    if (m_cursorNs >= 0) {
        const QRect rect = mParentPlot->axisRect()->rect();
        const double x = mParentPlot->xAxis->coordToPixel(double(m_cursorNs) / 1e6);
        if (x >= rect.left() - m_cursorWidth && x <= rect.right() + m_cursorWidth) {
            painter->save();
            if (m_veil.isValid() && x < rect.right()) {
                const double from = std::max<double>(x, rect.left());
                painter->fillRect(QRectF(from, rect.top(), rect.right() - from + 1, rect.height()), m_veil);
            }
            painter->setClipRect(rect.adjusted(-1, -6, 1, 0));
            painter->setPen(QPen(m_cursorColor, m_cursorWidth, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QLineF(x, rect.top() - 6, x, rect.bottom()));
            // A small head above the lanes, so the cursor is found at a glance.
            const double h = 4 + 2 * m_cursorWidth;
            painter->setBrush(m_cursorColor);
            painter->setPen(Qt::NoPen);
            const QPointF head[3] = {{x - h, double(rect.top() - 6)}, {x + h, double(rect.top() - 6)},
                                     {x, rect.top() - 6 + h}};
            painter->drawPolygon(head, 3);
            painter->restore();
        }
    }
    auto outline = [&](const TimelineHit &hit, double width, int alpha) {
        if (!hit.isValid())
            return;
        const QRectF box = m_layer->boxOf(hit);
        if (box.isNull())
            return;
        QColor c = m_color;
        c.setAlpha(alpha);
        painter->setPen(QPen(c, width));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), 3, 3);
    };
    outline(m_selected, 2.2, 255);
    if (!(m_hover == m_selected))
        outline(m_hover, 1.5, 170);
}

} // namespace cacophony
