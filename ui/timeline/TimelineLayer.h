#pragma once

// Draws a TimelineModel into a QCustomPlot: the lanes of the beat view or of the task view,
// their labels in the left margin, and the title and legend in the top margin. One
// layerable instead of one QCPItem per event: each draw binary-searches the visible time
// range of every track, and where items are denser than the pixels it walks the track by
// pixel column (a binary search to the next occupied column) and draws coverage and
// density as one strip image per lane instead of shapes per item, so a replot costs
// about the same at a thousand events as at a million.
//
// It remembers where it drew what (hit boxes) at its last on-screen draw, for tooltips
// and clicks; exports draw with recording off so they do not disturb that. A strip is
// one box whose item is looked up in its track when pointed at.
//
// UI thread only.

#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "timeline/TimelineView.h"
#include "timeline/render/HitIndex.h"
#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"
#include "timeline/render/lanes/TaskMarks.h"

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
    void setPalette(const TimelinePalette &palette);
    const TimelinePalette &palette() const { return m_palette; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setRecordHits(bool on) { m_recordHits = on; }
    // Presentation: beat marks, arrows and the end-of-program line this many times their
    // size (text follows the plot's font).
    void setMarkScale(double scale) { m_markScale = scale; }
    double markScale() const { return m_markScale; }

    // Margins the axis rect needs for lane labels (left) and title and legend (top) in a
    // plot `viewportWidth` pixels wide; the bottom margin is left to the time axis.
    QMargins margins(int viewportWidth) const;
    // The lanes of the current view, top to bottom, laid out in `rect` (the axis rect).
    std::vector<Band> bands(const QRect &rect) const;
    // What the last recorded draw put under `pos`; its box in *box.
    TimelineHit hitAt(const QPointF &pos, QRectF *box = nullptr) const { return m_hitIndex.hitAt(pos, box); }
    // Where the last recorded draw put `hit` (empty if not drawn).
    QRectF boxOf(const TimelineHit &hit) const { return m_hitIndex.boxOf(hit); }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    struct LegendEntry;
    using Resolver = HitIndex::Resolver;

    // The lanes of a view, each drawn by its renderer (render/lanes/).
    void drawBeatView(const RenderContext &f, const std::vector<Band> &bands);
    void drawTaskView(const RenderContext &f, const std::vector<Band> &bands, std::vector<TaskMarks::BeatNumber> *numbers);
    void drawLaneLabels(QCPPainter *painter, const QRect &rect, const std::vector<Band> &bands);
    void drawTitleAndLegend(QCPPainter *painter, const QRect &rect);
    std::vector<LegendEntry> legend() const;

    const TimelineModel *m_model;
    TimelineView::View m_view = TimelineView::View::Beats;
    TimelinePalette m_palette;
    QString m_title;
    bool m_recordHits = true;
    double m_markScale = 1.0;
    bool m_recording = false; // this draw records hit boxes

    HitIndex m_hitIndex;
};

} // namespace cacophony
