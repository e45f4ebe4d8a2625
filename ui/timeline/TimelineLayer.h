#pragma once

// The timeline in a QCustomPlot: one layerable that hands the plot's painter, viewport,
// axis rect, time range and font to a TimelinePainter, and keeps the HitIndex of its last
// on-screen draw for tooltips and clicks (exports draw with recording off so they do not
// disturb it). One layerable instead of one QCPItem per event: each renderer
// binary-searches the visible range of its tracks and walks dense ones by pixel column,
// so a replot costs about the same at a thousand events as at a million.
//
// UI thread only.

#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "timeline/TimelineView.h"
#include "timeline/render/HitIndex.h"
#include "timeline/render/TimelinePainter.h"

#include <QMargins>
#include <QRectF>
#include <qcustomplot.h>
#include <vector>

namespace cacophony {

class TimelineLayer : public QCPLayerable
{
    Q_OBJECT
public:
    using Band = LaneBand;

    TimelineLayer(QCustomPlot *plot, const TimelineModel *model);

    void setView(TimelineView::View view);
    TimelineView::View view() const { return m_view; }
    void setPalette(const TimelinePalette &palette) { m_painter.setPalette(palette); }
    const TimelinePalette &palette() const { return m_painter.palette(); }
    void setTitle(const QString &title) { m_painter.setTitle(title); }
    QString title() const { return m_painter.title(); }
    void setRecordHits(bool on) { m_recordHits = on; }
    // Presentation: beat marks, arrows and the end-of-program line this many times their
    // size (text follows the plot's font).
    void setMarkScale(double scale) { m_painter.setMarkScale(scale); }
    double markScale() const { return m_painter.markScale(); }
    void setNote(const QString &note) { m_painter.setNote(note); }

    // Margins the axis rect needs for lane labels (left) and title and legend (top) in a
    // plot `viewportWidth` pixels wide; the bottom margin is left to the time axis.
    QMargins margins(int viewportWidth) const { return m_painter.margins(mParentPlot->font(), viewportWidth); }
    // The lanes of the current view, top to bottom, laid out in `rect` (the axis rect).
    std::vector<Band> bands(const QRect &rect) const { return m_painter.bands(rect, mParentPlot->font()); }
    // What the last recorded draw put under `pos`; its box in *box.
    TimelineHit hitAt(const QPointF &pos, QRectF *box = nullptr) const { return m_hitIndex.hitAt(pos, box); }
    // Where the last recorded draw put `hit` (empty if not drawn).
    QRectF boxOf(const TimelineHit &hit) const { return m_hitIndex.boxOf(hit); }
    const HitIndex &hitIndex() const { return m_hitIndex; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    TimelinePainter m_painter;
    HitIndex m_hitIndex;
    TimelineView::View m_view = TimelineView::View::Beats;
    bool m_recordHits = true;
};

} // namespace cacophony
