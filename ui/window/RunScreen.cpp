#include "window/RunScreen.h"

#include "metronomemode/MetronomeMode.h"
#include "session/RunKind.h"
#include "window/AppSettings.h"
#include "window/ComparisonView.h"
#include "window/ControlStrip.h"
#include "window/LogConsole.h"
#include "window/ReplayBar.h"
#include "window/RunHistory.h"
#include "window/ScenarioHeader.h"
#include "window/ShownRun.h"
#include "window/SidePanels.h"
#include "window/StatsPanel.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QStackedWidget>
#include <QTextBrowser>

namespace cacophony {

RunScreen::RunScreen(const Parts &parts, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_settings(settings)
{
    connect(m_parts.shown, &ShownRun::changed, this, &RunScreen::follow);
}

bool RunScreen::isComparing() const
{
    return m_parts.stack->currentWidget() == m_parts.comparison;
}

void RunScreen::showMetronomeHeader()
{
    m_parts.header->setText(m_metronome->headerText()); // the beat view keeps the track's beats
    m_parts.panels->stats()->clear(); // a scenario's numbers do not describe the click track
    emit titleChanged(tr("Cacophony — Metronome"));
}

void RunScreen::follow()
{
    // The one place where the screen turns to another run: every view follows it.
    closeComparison();
    m_parts.replay->stop(); // it replays the run that leaves the screen
    m_parts.panels->details()->clear();
    const RunSettings &s = m_parts.shown->settings();
    switch (m_parts.shown->origin()) {
    case ShownRun::Origin::ClickTrack:
        // The beat view shows the click track; the log keeps the scenario run's lines.
        m_parts.timeline->clear(s);
        m_parts.timeline->setFollowLatest(true);
        showMetronomeHeader();
        return;
    case ShownRun::Origin::Pending:
        m_parts.timeline->clear(s);
        m_parts.panels->stats()->showPending(s);
        break;
    case ShownRun::Origin::Live:
        m_parts.timeline->clear(s);
        m_parts.panels->console()->clear(s);
        m_parts.timeline->setFollowLatest(m_parts.actions->followAction->isChecked());
        m_parts.panels->stats()->clear();
        break;
    case ShownRun::Origin::Recorded:
        m_parts.timeline->setTraceData(*m_parts.shown->trace());
        m_parts.panels->console()->setTraceData(*m_parts.shown->trace());
        m_parts.panels->stats()->setAnalysis(m_parts.shown->analysis(), true);
        // Play repeats the run on screen: the strip names it, without restarting anything.
        m_parts.strip->showRun(s);
        m_parts.strip->store(m_settings);
        emit settingsChanged();
        break;
    }
    offerViewsFor(s);
    m_parts.header->showRun(s, m_parts.shown->note());
    emit titleChanged(tr("Cacophony — %1").arg(RunHistory::runTitle(s)));
}

void RunScreen::offerViewsFor(const RunSettings &settings)
{
    const RunKind kind = RunKind::of(settings);
    const auto view = !kind.beatViewOffered() || m_settings.timelineView == QLatin1String("tasks")
        ? TimelineView::View::Tasks
        : TimelineView::View::Beats;
    m_parts.actions->beatsViewAction->setEnabled(kind.beatViewOffered());
    m_parts.actions->beatsViewAction->setChecked(view == TimelineView::View::Beats);
    m_parts.actions->tasksViewAction->setChecked(view == TimelineView::View::Tasks);
    m_parts.timeline->setView(view);
    m_parts.comparison->setView(view);
    if (kind.isLesson())
        m_parts.panels->showConsole();
}

void RunScreen::compare(int rowA, int rowB)
{
    const RunHistory::Entry *a = m_parts.history->entry(rowA);
    const RunHistory::Entry *b = m_parts.history->entry(rowB);
    if (!a || !b || rowA == rowB)
        return;
    m_parts.replay->stop();
    m_parts.comparison->setView(
        m_parts.actions->tasksViewAction->isChecked() ? TimelineView::View::Tasks : TimelineView::View::Beats);
    m_parts.comparison->setRuns(*a->trace, RunHistory::compareTitle(*a), *b->trace, RunHistory::compareTitle(*b));
    m_parts.stack->setCurrentWidget(m_parts.comparison);
    m_parts.actions->closeCompareAction->setEnabled(true);
    m_parts.header->hide();
    emit message(tr("Comparing two runs on one time axis. Esc returns to the timeline."), 8000);
}

void RunScreen::closeComparison()
{
    m_parts.stack->setCurrentWidget(m_parts.timeline);
    m_parts.actions->closeCompareAction->setEnabled(false);
    m_parts.header->show();
}

void RunScreen::setTimelineView(TimelineView::View view)
{
    m_parts.timeline->setView(view);
    m_parts.comparison->setView(view);
    m_parts.actions->beatsViewAction->setChecked(view == TimelineView::View::Beats);
    m_parts.actions->tasksViewAction->setChecked(view == TimelineView::View::Tasks);
    m_settings.timelineView
        = view == TimelineView::View::Tasks ? QStringLiteral("tasks") : QStringLiteral("beats");
    emit settingsChanged();
}

} // namespace cacophony
