#pragma once

// The transport of a replay, as a toolbar under the timeline: Replay (R), Pause/Resume
// (P), step back (←) and forward (→), the speed (1×, 1/2, 1/4, 1/10, 1/100) and where the
// cursor is. It owns the ReplayController and drives the timeline's cursor from it; the
// window hands it the run on screen when Replay is asked for (replayRequested → replay()).
//
// Contract:
//  - A replay and a live run never play at once: setRunPlaying(true) stops a replay and
//    disables Replay until the run ends.
//  - Steps follow the timeline's view: beat-view happenings in the beat view, every
//    event in the task view.
//  - narrationChanged() says what is under the cursor (TimelineNarrator), only when it
//    changes, for the details panel.
//  UI thread only.

#include "replay/ReplaySchedule.h"
#include "trace/TraceData.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace cacophony {

class ReplayController;
class TimelineView;

class ReplayBar : public QToolBar
{
    Q_OBJECT
public:
    // Run time shown around the cursor while replaying: what ~8 s of replay covers.
    static constexpr std::int64_t kReplayWindowNs = 8'000'000'000;

    explicit ReplayBar(TimelineView *timeline, QWidget *parent = nullptr);

    ReplayController *controller() const { return m_controller; }
    QAction *replayAction() const { return m_replay; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stepBackAction() const { return m_back; }
    QAction *stepForwardAction() const { return m_forward; }
    QComboBox *speedBox() const { return m_speedBox; }
    // Checked: the spread replay (ReplaySchedule::Spacing::Spread), said beside the position.
    QAction *spreadAction() const { return m_spread; }
    QLabel *positionLabel() const { return m_position; }

    // One of ReplaySchedule::kPresetSpeeds (the nearest is taken).
    void setSpeed(double speed);
    double speed() const;
    void setRunPlaying(bool playing);

public slots:
    // Shows `trace` in the timeline and plays it back from the start.
    void replay(const cacophony::TraceData &trace);
    // Ends the replay: the cursor goes, the sound stops.
    void stop();

signals:
    // Replay was asked for: the window answers with replay(the run on screen).
    void replayRequested();
    void narrationChanged(const QString &text);
    void speedChanged(double speed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPosition(qint64 ns);
    void updateActions();
    void updateTexts();
    void useTimelineSteps();

    TimelineView *m_timeline;
    ReplayController *m_controller;
    QAction *m_replay = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QComboBox *m_speedBox = nullptr;
    QAction *m_spread = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_position = nullptr;
    bool m_runPlaying = false;
    bool m_loaded = false; // a replay is on screen (its cursor drawn)
    QString m_narration;
};

} // namespace cacophony
