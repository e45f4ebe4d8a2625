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

#include <QMargins>
#include <QRectF>
#include <qcustomplot.h>
#include <vector>

namespace cacophony {

class PixelStrip;

class TimelineLayer : public QCPLayerable
{
    Q_OBJECT
public:
    struct Band
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
    struct Frame;
    struct LegendEntry;
    // A beat's number beside its diamond in the task view, drawn above the arrows.
    struct BeatNumber
    {
        QRectF box;
        QString text;
        QColor color;
    };
    using Resolver = HitIndex::Resolver;

    void drawBeatView(const Frame &f, const std::vector<Band> &bands);
    void drawIdealBeats(const Frame &f, const Band &band, double guideBottom);
    void drawMeasurements(const Frame &f, const Band &band);
    void drawBeats(const Frame &f, const Band &band);
    void drawTaskView(const Frame &f, const std::vector<Band> &bands, std::vector<BeatNumber> *numbers);
    void drawBeatNumbers(const Frame &f, const std::vector<BeatNumber> &numbers);
    void drawTaskLane(const Frame &f, const Band &band);
    void drawChannelLane(const Frame &f, const Band &band);
    void drawTaskMarks(const Frame &f, const std::vector<Band> &bands, std::vector<BeatNumber> *numbers);
    void drawArrows(const Frame &f, const std::vector<Band> &bands);
    void drawDenseInstants(const Frame &f, const TimelineTrack &track, const QRectF &area, const QColor &color,
                           TimelineHit::Kind kind);
    void drawStrip(const Frame &f, const PixelStrip &strip, const QRectF &rows, const Resolver &resolver);
    void drawEndOfProgram(const Frame &f, double top, double bottom);
    void drawLaneLabels(QCPPainter *painter, const QRect &rect, const std::vector<Band> &bands);
    void drawTitleAndLegend(QCPPainter *painter, const QRect &rect);
    std::vector<LegendEntry> legend() const;
    // Into the hit index, when this draw records.
    void record(const QRectF &rect, const TimelineHit &hit);
    void recordUnder(const QRectF &rect, const TimelineHit &hit);

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
