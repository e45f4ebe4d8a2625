#include "timeline/TimelineHighlight.h"

#include "timeline/TimelineLayer.h"

namespace cacophony {

TimelineHighlight::TimelineHighlight(QCustomPlot *plot, const TimelineLayer *layer, const TimelineModel *model)
    : QCPLayerable(plot, QStringLiteral("overlay"))
    , m_layer(layer)
    , m_model(model)
    , m_color(Qt::blue)
{
}

std::vector<TimelineHit> TimelineHighlight::relatedTo(const TimelineModel &model, const TimelineHit &hit)
{
    std::vector<TimelineHit> related;
    if ((hit.kind != TimelineHit::Beat && hit.kind != TimelineHit::TaskBeat) || hit.other != 0
        || hit.ev >= model.eventCount())
        return related;
    const Event &beat = model.event(hit.ev);
    if (beat.kind != EventKind::Beat)
        return related; // a printed line has neither
    // Both lie near the beat: its ideal time, and a measurement that ended before it
    // (at most a few intervals long). Searched in a window of the tracks, not all of them.
    const std::int64_t interval = std::max<std::int64_t>(model.settings().intervalNs(), 1);
    const std::int64_t from = std::min(beat.t, beat.a * interval) - 4 * interval;
    auto find = [&](const TimelineTrack &track, TimelineHit::Kind kind, std::int64_t to) {
        for (std::size_t i = track.lowerBound(from); i < track.size() && track[i].t <= to; ++i) {
            const Event &e = model.event(track[i].ev);
            if (e.a == beat.a && (kind == TimelineHit::IdealBeat || e.task == beat.task)) {
                related.push_back(TimelineHit{kind, track[i].ev, 0});
                return;
            }
        }
    };
    find(model.idealBeats(), TimelineHit::IdealBeat, std::max(beat.t, beat.a * interval) + interval);
    find(model.measurements(), hit.kind == TimelineHit::Beat ? TimelineHit::Measure : TimelineHit::TaskMeasure, beat.t);
    return related;
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
    for (const TimelineHit &hit : relatedTo(*m_model, m_selected))
        outline(hit, 1.5, 200);
    if (!(m_hover == m_selected))
        outline(m_hover, 1.5, 170);
}

} // namespace cacophony
