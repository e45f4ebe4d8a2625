#pragma once

// The live timeline of a run, on QCustomPlot: a beat view like the series' charts and a
// task view with a lane per task and per channel. Lives in the UI thread; fed by batches
// (appendEvents) and replotted at most once per frame. Draws through custom plottables
// that paint only what is visible, not one QCPItem per event.

#include "trace/TraceData.h"

#include <QRectF>
#include <QStringList>
#include <QWidget>
#include <utility>

class QCustomPlot;

namespace cacophony {

class HitIndex;
class TimelineModel;
struct TimelineHit;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    enum class View { Beats, Tasks };
    Q_ENUM(View)

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setView(View view);
    View view() const;

    // Starts an empty live run with these settings.
    void clear(const RunSettings &settings);
    // Live events of the current run (any order within a batch).
    void appendEvents(const EventBatch &batch);
    // Names of tasks and objects known so far (they are registered while the run goes).
    void updateNames(const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &objects);
    // A continuous live run let go of everything before cutoffNs (RunController::
    // eventsDropped): drops the same from the view, keeping it live and where it looks.
    void dropBefore(std::int64_t cutoffNs);
    // Shows a whole recorded run (history, an opened trace file).
    void setTraceData(const TraceData &data);
    // What is shown now, as a TraceData (a copy of every event: costly for a long run).
    TraceData traceData() const;
    // The settings of the run shown.
    const RunSettings &settings() const;

    // Keep the newest events in view while a run plays (on by default; user zoom/pan turns it off).
    void setFollowLatest(bool follow);
    // Shared time axis for comparing runs: fixes the x range (ms) instead of fitting it.
    void setTimeRange(double fromMs, double toMs);
    void resetView();

    QCustomPlot *plot() const;

    // Additions beyond the first contract (UI thread, like everything here):
    bool followLatest() const;
    // The visible time range in ms.
    std::pair<double, double> timeRange() const;
    // A title drawn above the lanes (exports set "9. async_naive - ...").
    void setTitle(const QString &title);
    QString title() const;
    // Lanes of the current view, top to bottom, and where they are (plot coordinates,
    // as of the last layout).
    QStringList laneLabels() const;
    QRectF laneRect(int lane) const;
    std::size_t eventCount() const;
    // Heap bytes held for the events shown.
    std::size_t memoryBytes() const;
    // Tooltip text for a point of plot(), as of the last replot ("" where nothing is drawn).
    QString toolTipAt(const QPoint &pos) const;
    // What is drawn at a point of plot(), as of the last replot; model().eventOf() gives its event.
    TimelineHit hitAt(const QPoint &pos) const;
    // Applies pending changes (layout, follow) and replots now instead of at the next frame.
    void refresh();
    // Lays out margins for rendering at `size` (exports), without replotting;
    // refresh() restores the on-screen layout.
    void prepareRender(const QSize &size);
    // Exports draw without disturbing the hover and click targets of the screen.
    void setRecordHits(bool on);
    const TimelineModel &model() const;
    // Where the last on-screen draw put what (exports do not record into it).
    const HitIndex &hitIndex() const;

    // Replay: a cursor at run time `ns` (< 0: none). While the view follows
    // (setFollowLatest), it scrolls to keep the cursor in sight at its current width.
    // Moving the cursor repaints only the overlay unless the view has to scroll.
    void setReplayCursor(std::int64_t ns);
    std::int64_t replayCursor() const;
    // Shows `spanNs` of run time (at most the whole run) from the cursor on, and follows it.
    void followReplayCursor(std::int64_t spanNs);
    // Presentation: text, beat marks and lines `scale` times their size (1: normal).
    void setPresentationScale(double scale);
    double presentationScale() const;
    // Presentation: TimelinePalette::highContrast instead of the calm palette.
    void setHighContrast(bool on);
    bool highContrast() const;

signals:
    // The user clicked an item; details is human-readable text for the side panel.
    void itemSelected(const QString &details);
    void followLatestChanged(bool follow);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    Private *d;
};

} // namespace cacophony
