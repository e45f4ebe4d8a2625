#include "window/LiveRunPresenter.h"

#include "analysis/RunAnalysis.h"
#include "session/RunController.h"
#include "session/RunKind.h"
#include "timeline/TimelineView.h"
#include "window/LiveAnalysis.h"
#include "window/LogConsole.h"
#include "window/RunHistory.h"
#include "window/ShownRun.h"
#include "window/StatsPanel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

namespace cacophony {

namespace {

// Live statistics keep up with the chart (a beat drawn red is counted within a tenth of a
// second), unless analysing (on a worker: LiveAnalysis) costs more than a tenth of a core.
constexpr int kLiveStatsMs = 100;

} // namespace

LiveRunPresenter::LiveRunPresenter(
    RunController *controller, RunHistory *history, ShownRun *shown, const Views &views, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_history(history)
    , m_shown(shown)
    , m_views(views)
    , m_analysis(new LiveAnalysis(this))
    , m_progress(new QProgressBar)
    , m_retention(new QLabel)
{
    m_progress->setObjectName(QStringLiteral("progress"));
    // Wide enough for its longest text in the user's language.
    const int textWidth = m_progress->fontMetrics().horizontalAdvance(
        tr("%1 / %2 beats, %3 lost").arg(9999).arg(9999).arg(9999));
    m_progress->setMinimumWidth(std::min(360, textWidth + 24));
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(true);
    m_progress->setToolTip(tr("Beats performed in this run, of those expected"));
    m_progress->hide();
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->hide();

    m_statsTimer.setInterval(kLiveStatsMs);
    connect(&m_statsTimer, &QTimer::timeout, this, &LiveRunPresenter::updateLiveStats);
    connect(m_analysis, &LiveAnalysis::ready, this, [this](const RunAnalysis &analysis, qint64 workerMs) {
        if (!m_controller->isRunning() || !m_shown->isLive())
            return;
        m_views.stats->setAnalysis(analysis, false);
        // A long continuous run makes analysis costly: then refresh less often, never
        // spending more than about a tenth of a core on it.
        m_statsTimer.setInterval(std::max(kLiveStatsMs, int(workerMs * 10)));
    });
    // A picked run that has not played yet has no progress to show.
    connect(m_shown, &ShownRun::changed, this, [this] {
        if (m_shown->origin() == ShownRun::Origin::Pending)
            m_progress->hide();
    });

    connect(m_controller, &RunController::runStarted, this, &LiveRunPresenter::onStarted);
    // The live run feeds the views only while it is the run on screen.
    connect(m_controller, &RunController::eventsArrived, this, [this](const EventBatch &batch) {
        if (m_shown->isLive()) {
            m_views.timeline->appendEvents(batch);
            m_views.console->appendEvents(batch);
        }
    });
    connect(m_controller, &RunController::namesChanged, this,
        [this](const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &objects) {
            if (m_shown->isLive())
                m_views.timeline->updateNames(tasks, objects);
        });
    connect(m_controller, &RunController::eventsDropped, this, [this](qint64 cutoff, quint64) {
        if (m_shown->isLive())
            m_views.timeline->dropBefore(cutoff);
        updateRetention();
    });
    connect(m_controller, &RunController::progressChanged, this, &LiveRunPresenter::onProgress);
    connect(m_controller, &RunController::runEnded, this, &LiveRunPresenter::onEnded);
    connect(m_controller, &RunController::runFailed, this, [this](const QString &text) { emit message(text, 10000); });
}

std::shared_ptr<const TraceData> LiveRunPresenter::shownTrace() const
{
    if (m_shown->isLive() && m_controller->isRunning())
        return std::make_shared<const TraceData>(m_controller->trace());
    return m_shown->trace();
}

void LiveRunPresenter::onStarted(const RunSettings &settings)
{
    m_shown->showLive(settings);
    m_statsEvents = 0;
    m_analysis->discard(); // a result for the run before must not land on this one
    m_statsTimer.start();
    updateRetention();
    emit runStarted();
}

void LiveRunPresenter::onProgress(int done, int expected)
{
    m_progress->show();
    if (expected > 0) {
        m_progress->setRange(0, expected);
        m_progress->setValue(std::min(done, expected));
        m_progress->setFormat(tr("%1 / %2 beats").arg(done).arg(expected));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("%1 beats").arg(done));
    }
}

void LiveRunPresenter::updateRetention()
{
    const bool continuous = m_controller->settings().beats == 0;
    m_retention->setVisible(continuous);
    if (!continuous)
        return;
    const QLocale locale;
    const std::int64_t seconds = m_controller->retentionSpanNs() / 1'000'000'000;
    const QString span = seconds >= 60 ? tr("%1 min").arg(seconds / 60)
                                       : tr("%1 s").arg(std::max<std::int64_t>(1, seconds));
    const std::size_t dropped = m_controller->droppedEvents();
    m_retention->setText(dropped == 0 ? tr("keeps the last %1").arg(span)
                                      : tr("last %1 kept, %2 older events dropped")
                                            .arg(span, locale.toString(qulonglong(dropped))));
    m_retention->setToolTip(
        tr("A continuous run keeps only its newest %1 (at most %2 events) in memory, so it "
           "can play for hours. Older events leave the timeline, the statistics and the "
           "saved trace.")
            .arg(span, locale.toString(qulonglong(m_controller->retentionMaxEvents()))));
}

void LiveRunPresenter::updateLiveStats()
{
    if (!m_controller->isRunning()) {
        m_statsTimer.stop();
        return;
    }
    const std::size_t events = m_controller->eventCount();
    if (events == m_statsEvents || m_analysis->busy())
        return;
    m_statsEvents = events;
    // A copy of what the run kept (a memcpy); sorting and analysing it is the worker's.
    m_analysis->start(m_controller->unsortedTrace());
}

void LiveRunPresenter::onEnded(const TraceData &trace, bool completed)
{
    m_statsTimer.stop();
    m_analysis->discard(); // the final analysis below has the last word
    m_statsTimer.setInterval(kLiveStatsMs);

    // A run the user stopped is kept if it has something to show.
    RunAnalysis analysis;
    std::shared_ptr<const TraceData> kept;
    int id = 0;
    if (completed || std::any_of(trace.events.cbegin(), trace.events.cend(), [](const Event &e) {
            return e.kind == EventKind::Beat || e.kind == EventKind::Print;
        })) {
        id = m_history->add(trace, completed);
        const RunHistory::Entry *entry = m_history->entry(m_history->rowOfId(id));
        analysis = entry->analysis;
        kept = entry->trace;
    } else {
        analysis = RunAnalysis::analyse(trace);
        kept = std::make_shared<const TraceData>(trace);
    }

    // Unless the user has meanwhile turned to another run, this one stays on screen.
    if (m_shown->isLive()) {
        m_shown->endLive(std::move(kept), analysis);
        m_views.stats->setAnalysis(analysis, true);
        const bool lines = RunKind::of(trace).printsLines();
        if (lines) {
            m_progress->hide(); // a lesson that prints has no beats to count
        } else if (trace.settings.beats > 0) {
            onProgress(analysis.beatsPerformed, trace.settings.beats);
            if (analysis.beatsLost > 0)
                m_progress->setFormat(tr("%1 / %2 beats, %3 lost")
                                          .arg(analysis.beatsPerformed)
                                          .arg(trace.settings.beats)
                                          .arg(analysis.beatsLost));
        }
        emit message(!completed ? tr("Stopped.")
                         : lines ? tr("Run finished. Lines printed: %1, lost: %2, out of order: %3.")
                                       .arg(analysis.linesPrinted)
                                       .arg(analysis.linesLost)
                                       .arg(analysis.linesOutOfOrder)
                                 : tr("Run finished. Beats: %1, lost: %2, out of order: %3.")
                                       .arg(analysis.beatsPerformed)
                                       .arg(analysis.beatsLost)
                                       .arg(analysis.outOfOrder),
            8000);
    }
    emit runEnded(completed, id);
}

} // namespace cacophony
