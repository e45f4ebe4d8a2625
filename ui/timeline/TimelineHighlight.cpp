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

void TimelineHighlight::draw(QCPPainter *painter)
{
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
