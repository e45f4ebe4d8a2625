#include "timeline/TimelineLayer.h"

namespace cacophony {

TimelineLayer::TimelineLayer(QCustomPlot *plot, const TimelineModel *model)
    : QCPLayerable(plot)
    , m_painter(model)
    , m_hitIndex(model)
{
}

void TimelineLayer::setView(TimelineView::View view)
{
    m_view = view;
    m_painter.setView(view == TimelineView::View::Beats ? TimelineViewKind::Beats : TimelineViewKind::Tasks);
    m_hitIndex.clear();
}

void TimelineLayer::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

void TimelineLayer::draw(QCPPainter *painter)
{
    QCPAxis *axis = mParentPlot->xAxis;
    const QRect rect = axis->axisRect()->rect();
    m_painter.paint(painter, mParentPlot->viewport(), rect, TimeScale(axis->range().lower, axis->range().upper, rect),
                    mParentPlot->font(), m_recordHits ? &m_hitIndex : nullptr);
}

} // namespace cacophony
