#pragma once

// What the screen shows: the run on screen (ShownRun) in every view that follows it (the
// timeline, log console, statistics, details, header, title and the control strip), or
// two runs of the history stacked for comparison, in the beat or the task view that the
// run's kind offers. Lives in the UI thread.

#include "timeline/TimelineView.h"

#include <QObject>

class QStackedWidget;

namespace cacophony {

struct AppSettings;
class ComparisonView;
class ControlStrip;
class MetronomeMode;
class ReplayBar;
class RunHistory;
class ScenarioHeader;
class ShownRun;
class SidePanels;
class WindowActions;

class RunScreen : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ShownRun *shown = nullptr;
        RunHistory *history = nullptr;
        QStackedWidget *stack = nullptr; // the timeline or the comparison
        TimelineView *timeline = nullptr;
        ComparisonView *comparison = nullptr;
        ScenarioHeader *header = nullptr;
        SidePanels *panels = nullptr;
        ControlStrip *strip = nullptr;
        ReplayBar *replay = nullptr;
        WindowActions *actions = nullptr;
    };

    RunScreen(const Parts &parts, AppSettings &settings, QObject *parent = nullptr);
    // Metronome mode shows its header instead of a run's (made after the screen).
    void setMetronomeMode(MetronomeMode *metronome) { m_metronome = metronome; }

    bool isComparing() const;

public slots:
    // Every view follows the run on screen (ShownRun::changed).
    void follow();
    void showMetronomeHeader();
    void compare(int rowA, int rowB);
    void closeComparison();
    void setTimelineView(cacophony::TimelineView::View view);

signals:
    void titleChanged(const QString &title);
    void settingsChanged();
    void message(const QString &text, int ms);

private:
    // A run that prints lines has no beats: only the task view is offered; a lesson shows
    // the log console.
    void offerViewsFor(const RunSettings &settings);

    Parts m_parts;
    AppSettings &m_settings;
    MetronomeMode *m_metronome = nullptr;
};

} // namespace cacophony
