#pragma once

// Plays a recorded run back at a chosen speed: a cursor that moves through run time
// 1/speed times slower than real time, and the run's heard beats handed to a SoundSink
// (the window's AudioEngine) so that each sounds as the cursor passes it, placed to the
// sample at its scaled time.
//
// Contract:
//  - The cursor and the clicks come from one anchor: (run time, steady time) taken at
//    play, resume or a speed change. At steady time T the cursor is at
//    anchorRun + (T - anchorTime) * speed; the sink gets beginRun(anchorTime) and each
//    click with t = ReplaySchedule::toReplayNs(click.t - anchorRun, speed), the same
//    clicks ReplaySchedule::replayClicks() gives `cacophony export --wav --speed`.
//  - Clicks go to the sink at most kLookaheadNs before they are due, so a pause silences
//    all but those few (which are not sent again on resuming); the engine's latency
//    absorbs the frame timer's lateness.
//  - The cursor can run displayDelayNs() behind that (the output's latency), so that it
//    passes a beat when the beat is heard, not when it is handed over.
//  - The UI pulls: advance() runs on a frame timer (~60 Hz) while playing; it moves the
//    cursor and hands over the clicks due. Tests call advance() with their own clock.
//  Lives in the UI thread; none of its methods may be called from another thread.

#include "replay/ReplaySchedule.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace cacophony {

class SoundSink;

class ReplayController : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Ready, Playing, Paused, Finished };
    Q_ENUM(State)
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    static constexpr int kFrameMs = 16;
    static constexpr std::int64_t kLookaheadNs = 50'000'000;

    explicit ReplayController(QObject *parent = nullptr);
    ~ReplayController() override;

    // The sink must outlive the controller or the next setSoundSink() (null: silent).
    void setSoundSink(SoundSink *sink);
    // Where "now" comes from (default: std::chrono::steady_clock). For tests.
    void setClock(Clock clock);
    // How far the cursor runs behind the clicks' scheduled times (the sound's output
    // latency; 0 by default).
    void setDisplayDelayNs(std::int64_t ns) { m_displayDelayNs = std::max<std::int64_t>(0, ns); }
    std::int64_t displayDelayNs() const { return m_displayDelayNs; }

    // Takes a run to replay: state Ready (Empty if it has no events), cursor at 0.
    void load(const TraceData &trace);
    const ReplaySchedule &schedule() const { return m_schedule; }

    double speed() const { return m_speed; }
    // Spread: clicks at least ReplaySchedule::kSpreadGapNs apart, in their order (they lag
    // the cursor by what that adds); SampleExact: each when it happened. From the next click on.
    void setSpacing(ReplaySchedule::Spacing spacing) { m_spacing = spacing; }
    ReplaySchedule::Spacing spacing() const { return m_spacing; }
    void setSteps(ReplaySchedule::Steps steps) { m_steps = steps; }
    ReplaySchedule::Steps steps() const { return m_steps; }

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Playing || m_state == State::Paused; }
    // The cursor, run-clock ns.
    std::int64_t position() const { return m_position; }
    // Clicks handed to the sink since load().
    std::size_t clicksSent() const { return m_sent; }

public slots:
    // From the start (Ready, Finished) or on from the cursor (Paused).
    void play();
    void pause();
    void togglePause();
    // Kept while playing: the cursor goes on from where it is at the new speed.
    void setSpeed(double speed);
    // Pause and move the cursor to the next / previous step; a heard beat there sounds.
    void stepForward();
    void stepBack();
    // Back to Ready at the start (or Empty): silent at once, nothing more to the sink.
    void stop();
    // One frame: moves the cursor by the clock and hands over the clicks due.
    void advance();

signals:
    void positionChanged(qint64 runNs);
    void stateChanged(cacophony::ReplayController::State state);

private:
    std::chrono::steady_clock::time_point now() const;
    void setState(State state);
    // continuing: the cursor goes on from where clicks were last handed over (resume
    // without a step, a speed change), so a click already handed over is not sent twice.
    void anchor(std::int64_t runNs, bool continuing);
    void moveTo(std::int64_t runNs);
    void sendDue(std::int64_t replayNowNs);

    ReplaySchedule m_schedule;
    SoundSink *m_sink = nullptr;
    Clock m_clock;
    QTimer m_frame;
    State m_state = State::Empty;
    ReplaySchedule::Steps m_steps = ReplaySchedule::Steps::Beats;
    double m_speed = 1.0;
    ReplaySchedule::Spacing m_spacing = ReplaySchedule::Spacing::SampleExact;
    std::optional<std::int64_t> m_lastOnset; // the last click handed over in this sink run, replay ns
    std::int64_t m_position = 0;
    std::int64_t m_anchorRun = 0;
    std::chrono::steady_clock::time_point m_anchorTime;
    std::size_t m_nextClick = 0; // index in m_schedule.clicks() of the next click to send
    std::size_t m_sent = 0;
    bool m_sinkRunning = false; // beginRun() given, endRun() not yet
    std::int64_t m_pausedAt = -1; // where pause() left the cursor
    std::int64_t m_displayDelayNs = 0;
};

} // namespace cacophony
