#pragma once

// Two runs stacked on one shared time axis, as the series' page puts its charts one
// under the other: the same x range in both, zoom and pan in one followed by the other.

#include "timeline/TimelineView.h"
#include "trace/TraceData.h"

#include <QWidget>

namespace cacophony {

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setRuns(
        const TraceData &top, const QString &topTitle, const TraceData &bottom, const QString &bottomTitle);
    void setView(TimelineView::View view);
    void resetView();

    TimelineView *top() const { return m_top; }
    TimelineView *bottom() const { return m_bottom; }
    // The shared x range, ms.
    double rangeFrom() const { return m_from; }
    double rangeTo() const { return m_to; }

    // The end of the later of the two runs, ms (last event end, or the end of program).
    static double extentMs(const TraceData &trace);

signals:
    void closeRequested();
    void itemSelected(const QString &details);

private:
    void linkAxes();

    TimelineView *m_top;
    TimelineView *m_bottom;
    double m_from = 0;
    double m_to = 1;
    bool m_syncing = false;
};

} // namespace cacophony
