#pragma once

// Draws a TimelineModel: the lanes of the beat view or of the task view (each by its
// renderer in lanes/), their labels in the left margin, and the title and legend in the
// top margin. Independent of the widget: the on-screen layer (TimelineLayer) and the
// exports call it with a painter, the plot's viewport and axis rect, a TimeScale and a
// font, and a HitIndex to record into when the draw is for the screen.
//
// UI thread only (painting).

#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "timeline/TimelineViewKind.h"
#include "timeline/render/HitIndex.h"
#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"
#include "timeline/render/TimeScale.h"
#include "timeline/render/lanes/TaskMarks.h"

#include <QCoreApplication>
#include <QFont>
#include <QMargins>
#include <QRect>
#include <vector>

class QCPPainter;

namespace cacophony {

class TimelinePainter
{
    // The texts (lane names, legend) keep the context translators know them by.
    Q_DECLARE_TR_FUNCTIONS(cacophony::TimelineLayer)

public:
    using Band = LaneBand;
    using View = TimelineViewKind;

    explicit TimelinePainter(const TimelineModel *model);

    void setView(View view) { m_view = view; }
    View view() const { return m_view; }
    void setPalette(const TimelinePalette &palette) { m_palette = palette; }
    const TimelinePalette &palette() const { return m_palette; }
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    // Presentation: beat marks, arrows and the end-of-program line this many times their
    // size (text follows the font).
    void setMarkScale(double scale) { m_markScale = scale; }
    double markScale() const { return m_markScale; }
    // A line the chart says about itself, top right over the lanes (an automatic zoom);
    // empty: none.
    void setNote(const QString &note) { m_note = note; }
    QString note() const { return m_note; }

    // Margins the lanes need for their labels (left) and title and legend (top) in a
    // viewport `viewportWidth` pixels wide, text in `plotFont`; the bottom is left to the axis.
    QMargins margins(const QFont &plotFont, int viewportWidth) const;
    // The lanes of the current view, top to bottom, laid out in `rect` (text in `plotFont`).
    std::vector<Band> bands(const QRect &rect, const QFont &plotFont) const;
    // The lanes in `rect` (time mapped by `scale`), their labels left of it and the title
    // and legend at the top of `viewport`. Records into `hits` if given (after clearing it).
    void paint(QCPPainter *painter, const QRect &viewport, const QRect &rect, const TimeScale &scale,
               const QFont &plotFont, HitIndex *hits) const;

private:
    struct LegendEntry;

    void drawBeatView(const RenderContext &f, const std::vector<Band> &bands) const;
    void drawTaskView(const RenderContext &f, const std::vector<Band> &bands,
                      std::vector<TaskMarks::BeatNumber> *numbers) const;
    void drawLaneLabels(QCPPainter *painter, const QRect &viewport, const QRect &rect, const std::vector<Band> &bands,
                        const QFont &plotFont) const;
    void drawTitleAndLegend(QCPPainter *painter, const QRect &viewport, const QRect &rect, const QFont &plotFont) const;
    std::vector<LegendEntry> legend() const;
    bool hasBeatsMarked(std::uint32_t bit) const;
    std::int64_t activityEnd() const;

    const TimelineModel *m_model;
    View m_view = View::Beats;
    TimelinePalette m_palette;
    QString m_title;
    double m_markScale = 1.0;
    QString m_note;
};

} // namespace cacophony
