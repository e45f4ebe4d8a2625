#pragma once

// Outlines the hovered and the selected timeline item, and draws the replay cursor, on
// QCustomPlot's buffered overlay layer, so that moving the mouse or the cursor repaints
// this layer alone and never the whole timeline.
// It asks the TimelineLayer where the item was drawn at each draw, so the outline
// follows zooming and live updates.
//
// UI thread only.

#include "timeline/TimelineModel.h"

#include <QColor>
#include <vector>
#include <qcustomplot.h>

namespace cacophony {

class TimelineLayer;

class TimelineHighlight : public QCPLayerable
{
    Q_OBJECT
public:
    TimelineHighlight(QCustomPlot *plot, const TimelineLayer *layer, const TimelineModel *model);

    // What a selected item brings along: a beat its measurement and its ideal beat (the
    // same beat number), so the lateness and the volume's source show at a click.
    static std::vector<TimelineHit> relatedTo(const TimelineModel &model, const TimelineHit &hit);

    void setHover(const TimelineHit &hit) { m_hover = hit; }
    void setSelected(const TimelineHit &hit) { m_selected = hit; }
    void setColor(const QColor &color) { m_color = color; }
    // The replay cursor at run time `ns` (< 0: none), `width` pixels wide. What lies
    // after it (not yet replayed) is veiled in `veil`.
    void setCursor(std::int64_t ns, const QColor &color, double width, const QColor &veil = {});

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    const TimelineLayer *m_layer;
    const TimelineModel *m_model;
    TimelineHit m_hover, m_selected;
    QColor m_color;
    std::int64_t m_cursorNs = -1;
    QColor m_cursorColor;
    double m_cursorWidth = 2;
    QColor m_veil;
};

} // namespace cacophony
