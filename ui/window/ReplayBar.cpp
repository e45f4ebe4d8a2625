#include "window/ReplayBar.h"

#include "timeline/TimelineModel.h"
#include "timeline/TimelineNarrator.h"
#include "timeline/TimelineView.h"
#include "window/ReplayController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <cmath>

namespace cacophony {

namespace {

QIcon barIcon(const char *name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    return QFile::exists(path) ? QIcon(path) : QApplication::style()->standardIcon(fallback);
}

} // namespace

ReplayBar::ReplayBar(TimelineView *timeline, QWidget *parent)
    : QToolBar(parent)
    , m_timeline(timeline)
    , m_controller(new ReplayController(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(20, 20));

    m_replay = new QAction(barIcon("replay", QStyle::SP_MediaSeekBackward), QString(), this);
    m_replay->setObjectName(QStringLiteral("replayAction"));
    m_replay->setShortcut(Qt::Key_R);
    m_pause = new QAction(barIcon("pause", QStyle::SP_MediaPause), QString(), this);
    m_pause->setObjectName(QStringLiteral("replayPauseAction"));
    m_pause->setShortcut(Qt::Key_P);
    m_back = new QAction(barIcon("step-back", QStyle::SP_MediaSkipBackward), QString(), this);
    m_back->setObjectName(QStringLiteral("replayBackAction"));
    m_back->setShortcut(Qt::Key_Left);
    m_forward = new QAction(barIcon("step-forward", QStyle::SP_MediaSkipForward), QString(), this);
    m_forward->setObjectName(QStringLiteral("replayForwardAction"));
    m_forward->setShortcut(Qt::Key_Right);
    for (QAction *a : {m_replay, m_pause, m_back, m_forward})
        a->setShortcutContext(Qt::WindowShortcut);

    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("replaySpeed"));
    m_speedBox->setFocusPolicy(Qt::NoFocus); // ← and → stay the steps
    for (double s : ReplaySchedule::kPresetSpeeds)
        m_speedBox->addItem(ReplaySchedule::speedLabel(s), s);
    m_speedBox->setCurrentIndex(3); // 1/10: a 6000 BPM run becomes 600 BPM
    m_spread = new QAction(this);
    m_spread->setObjectName(QStringLiteral("replaySpread"));
    m_spread->setCheckable(true);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speedBox);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("replayPosition"));
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(QStringLiteral("0000.000 ms / 0000.000 ms")));

    addAction(m_replay);
    addAction(m_pause);
    addAction(m_back);
    addAction(m_forward);
    addSeparator();
    addWidget(m_speedLabel);
    addWidget(m_speedBox);
    addAction(m_spread);
    addSeparator();
    addWidget(m_position);
    // The steps are icons only: their tooltips name them and their keys.
    for (QAction *a : {m_back, m_forward}) {
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    connect(m_replay, &QAction::triggered, this, &ReplayBar::replayRequested);
    connect(m_pause, &QAction::triggered, m_controller, &ReplayController::togglePause);
    connect(m_back, &QAction::triggered, this, [this] {
        useTimelineSteps();
        m_controller->stepBack();
    });
    connect(m_forward, &QAction::triggered, this, [this] {
        useTimelineSteps();
        m_controller->stepForward();
    });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this, [this] {
        m_controller->setSpeed(speed());
        emit speedChanged(speed());
    });
    connect(m_spread, &QAction::toggled, this, [this](bool spread) {
        m_controller->setSpacing(spread ? ReplaySchedule::Spacing::Spread : ReplaySchedule::Spacing::SampleExact);
        onPosition(m_controller->position());
    });
    connect(m_controller, &ReplayController::positionChanged, this, &ReplayBar::onPosition);
    connect(m_controller, &ReplayController::stateChanged, this, [this] {
        updateActions();
        onPosition(m_controller->position()); // paused or at the end: say where, with the time
    });
    m_controller->setSpeed(speed());
    updateTexts();
    updateActions();
}

void ReplayBar::setSpeed(double speed)
{
    int best = 0;
    for (int i = 0; i < m_speedBox->count(); ++i) {
        if (std::abs(std::log(m_speedBox->itemData(i).toDouble() / speed))
            < std::abs(std::log(m_speedBox->itemData(best).toDouble() / speed)))
            best = i;
    }
    m_speedBox->setCurrentIndex(best);
}

double ReplayBar::speed() const
{
    return m_speedBox->currentData().toDouble();
}

void ReplayBar::setRunPlaying(bool playing)
{
    m_runPlaying = playing;
    if (playing)
        stop();
    updateActions();
}

void ReplayBar::replay(const TraceData &trace)
{
    if (m_runPlaying)
        return;
    m_timeline->setTraceData(trace); // the model in time order, as the narrator reads it
    m_controller->load(trace);
    m_controller->setSpeed(speed());
    m_loaded = m_controller->state() != ReplayController::State::Empty;
    if (!m_loaded)
        return;
    m_narration.clear();
    m_timeline->setReplayCursor(0);
    const std::int64_t interval = std::max<std::int64_t>(trace.settings.intervalNs(), 1'000'000);
    m_timeline->followReplayCursor(
        std::max(ReplaySchedule::toRunNs(kReplayWindowNs, speed()), 6 * interval));
    m_controller->play();
}

void ReplayBar::stop()
{
    const bool wasLoaded = m_loaded;
    m_loaded = false; // first: the controller's last moves are not the timeline's any more
    m_controller->stop();
    if (wasLoaded)
        m_timeline->setReplayCursor(-1);
    m_position->clear();
    updateActions();
}

void ReplayBar::useTimelineSteps()
{
    m_controller->setSteps(m_timeline->view() == TimelineView::View::Beats ? ReplaySchedule::Steps::Beats
                                                                          : ReplaySchedule::Steps::All);
}

void ReplayBar::onPosition(qint64 ns)
{
    if (!m_loaded)
        return;
    m_timeline->setReplayCursor(ns);
    const QString end = TimelineModel::formatMs(m_controller->schedule().endNs());
    QString position = tr("%1 of %2", "replay position: time of the run, of its length")
                           .arg(TimelineModel::formatMs(ns), end);
    if (m_spread->isChecked()) // the sound is not where the cursor is: say so
        position += QStringLiteral(" \u00b7 ")
                  + tr("spread: clicks %1 ms apart or more, in their order")
                        .arg(ReplaySchedule::kSpreadGapNs / 1'000'000);
    m_position->setText(position);
    // While it plays, the panel changes only when the cursor passes something; paused, it
    // also says when.
    const bool playing = m_controller->state() == ReplayController::State::Playing;
    const QString text = TimelineNarrator::narrate(m_timeline->model(), ns, m_timeline->view(), !playing);
    if (text != m_narration) {
        m_narration = text;
        emit narrationChanged(text);
    }
}

void ReplayBar::updateActions()
{
    using State = ReplayController::State;
    const State state = m_controller->state();
    const bool loaded = m_loaded && state != State::Empty;
    m_replay->setEnabled(!m_runPlaying);
    m_pause->setEnabled(loaded && state != State::Finished);
    m_back->setEnabled(loaded);
    m_forward->setEnabled(loaded);
    const bool playing = state == State::Playing;
    m_pause->setText(playing ? tr("Pa&use") : tr("Res&ume"));
    m_pause->setIcon(playing ? barIcon("pause", QStyle::SP_MediaPause) : barIcon("play", QStyle::SP_MediaPlay));
    m_pause->setToolTip(playing ? tr("Pause the replay (P)") : tr("Resume the replay from the cursor (P)"));
}

void ReplayBar::updateTexts()
{
    setWindowTitle(tr("Replay"));
    m_replay->setText(tr("R&eplay"));
    m_replay->setToolTip(tr("Play the run on screen back slowly: a cursor sweeps the timeline and each "
                            "beat sounds as it passes (R)"));
    m_replay->setStatusTip(m_replay->toolTip());
    m_back->setText(tr("Step &Back"));
    m_back->setToolTip(tr("Pause and go back to the previous event (\u2190)"));
    m_forward->setText(tr("Step F&orward"));
    m_forward->setToolTip(tr("Pause and go on to the next event; a beat there sounds (\u2192)"));
    m_speedLabel->setText(tr("Spee&d"));
    m_speedBox->setToolTip(tr("Replay speed: 1/10 plays the run ten times slower, so a 6000 BPM run "
                              "is heard at 600 BPM"));
    m_spread->setText(tr("Sp&read"));
    m_spread->setToolTip(tr("Spread the clicks at least %1 ms apart, in their order, so that clicks "
                            "that nearly coincide (a lesson's printed lines) are heard one by one, "
                            "each by its pitch; they then lag the cursor. Off: every click exactly "
                            "when it happened, slowed by the speed")
                             .arg(ReplaySchedule::kSpreadGapNs / 1'000'000));
    updateActions();
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QToolBar::changeEvent(event);
}

} // namespace cacophony
