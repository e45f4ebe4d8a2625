#pragma once

// Outlines the hovered and the selected timeline item on QCustomPlot's buffered overlay
// layer, so that moving the mouse repaints this layer alone and never the whole timeline.
// It asks the TimelineLayer where the item was drawn at each draw, so the outline
// follows zooming and live updates.
//
// UI thread only.

#include "timeline/TimelineModel.h"

#include <QColor>
#include <qcustomplot.h>

namespace cacophony {

class TimelineLayer;

class TimelineHighlight : public QCPLayerable
{
    Q_OBJECT
public:
    TimelineHighlight(QCustomPlot *plot, const TimelineLayer *layer);

    void setHover(const TimelineHit &hit) { m_hover = hit; }
    void setSelected(const TimelineHit &hit) { m_selected = hit; }
    void setColor(const QColor &color) { m_color = color; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    const TimelineLayer *m_layer;
    TimelineHit m_hover, m_selected;
    QColor m_color;
};

} // namespace cacophony
