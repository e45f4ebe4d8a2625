#include "window/ReplayController.h"

#include "audio/SoundSink.h"

#include <algorithm>

namespace cacophony {

ReplayController::ReplayController(QObject *parent)
    : QObject(parent)
{
    m_frame.setInterval(kFrameMs);
    m_frame.setTimerType(Qt::PreciseTimer);
    connect(&m_frame, &QTimer::timeout, this, &ReplayController::advance);
}

ReplayController::~ReplayController()
{
    if (m_sink && m_sinkRunning)
        m_sink->endRun();
}

void ReplayController::setSoundSink(SoundSink *sink)
{
    if (m_sink && m_sinkRunning)
        m_sink->endRun();
    m_sinkRunning = false;
    m_sink = sink;
}

void ReplayController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

std::chrono::steady_clock::time_point ReplayController::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

void ReplayController::setState(State state)
{
    if (state == State::Playing)
        m_frame.start();
    else
        m_frame.stop();
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ReplayController::load(const TraceData &trace)
{
    stop();
    m_schedule = ReplaySchedule(trace);
    m_sent = 0;
    moveTo(0);
    setState(m_schedule.isEmpty() ? State::Empty : State::Ready);
}

void ReplayController::moveTo(std::int64_t runNs)
{
    m_position = std::clamp<std::int64_t>(runNs, 0, m_schedule.endNs());
    emit positionChanged(m_position);
}

void ReplayController::anchor(std::int64_t runNs, bool continuing)
{
    m_anchorRun = runNs;
    m_anchorTime = now();
    const std::size_t first = m_schedule.firstClickFrom(runNs);
    m_nextClick = continuing ? std::max(first, m_nextClick) : first;
    m_lastOnset.reset();
    if (m_sink) {
        if (m_sinkRunning)
            m_sink->endRun();
        m_sink->beginRun(m_anchorTime);
        m_sinkRunning = true;
    }
}

void ReplayController::play()
{
    switch (m_state) {
    case State::Empty:
    case State::Playing:
        return;
    case State::Paused:
        anchor(m_position, m_position == m_pausedAt);
        break;
    case State::Ready:
    case State::Finished:
        moveTo(0);
        anchor(0, false);
        break;
    }
    setState(State::Playing);
    advance(); // a click at the cursor goes out now, not a frame later
}

void ReplayController::pause()
{
    if (m_state != State::Playing)
        return;
    advance(); // the cursor where it is now
    if (m_state != State::Playing)
        return; // it reached the end
    if (m_sink && m_sinkRunning) {
        m_sink->endRun();
        m_sinkRunning = false;
    }
    m_pausedAt = m_position;
    setState(State::Paused);
}

void ReplayController::togglePause()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void ReplayController::setSpeed(double speed)
{
    speed = std::clamp(speed, ReplaySchedule::kMinSpeed, ReplaySchedule::kMaxSpeed);
    if (speed == m_speed)
        return;
    if (m_state == State::Playing) {
        advance();
        m_speed = speed;
        if (m_state == State::Playing)
            anchor(m_position, true);
        return;
    }
    m_speed = speed;
}

void ReplayController::stepForward()
{
    if (m_state == State::Empty)
        return;
    pause();
    const std::optional<std::int64_t> next = m_schedule.nextStep(m_position, m_steps);
    if (!next)
        return;
    moveTo(*next);
    if (m_state != State::Paused)
        setState(State::Paused);
    // The beat the cursor lands on sounds, at once.
    const std::size_t i = m_schedule.firstClickFrom(*next);
    if (m_sink && i < m_schedule.clicks().size() && m_schedule.clicks()[i].t == *next) {
        m_sink->beginRun(now());
        std::optional<std::int64_t> previous;
        for (std::size_t j = i; j < m_schedule.clicks().size() && m_schedule.clicks()[j].t == *next; ++j) {
            Click c = m_schedule.clicks()[j];
            c.t = m_spacing == ReplaySchedule::Spacing::Spread ? ReplaySchedule::spreadOnset(0, previous) : 0;
            previous = c.t;
            m_sink->click(c);
            ++m_sent;
        }
        m_sink->endRun();
    }
}

void ReplayController::stepBack()
{
    if (m_state == State::Empty)
        return;
    pause();
    const std::optional<std::int64_t> previous = m_schedule.previousStep(m_position, m_steps);
    moveTo(previous ? *previous : 0);
    if (m_state != State::Paused)
        setState(State::Paused);
}

void ReplayController::stop()
{
    if (m_sink && m_sinkRunning) {
        m_sink->endRun();
        m_sinkRunning = false;
    }
    if (m_state == State::Empty)
        return;
    moveTo(0);
    setState(State::Ready);
}

void ReplayController::sendDue(std::int64_t replayNowNs)
{
    const std::vector<Click> &clicks = m_schedule.clicks();
    for (; m_nextClick < clicks.size(); ++m_nextClick) {
        Click c = clicks[m_nextClick];
        c.t = ReplaySchedule::toReplayNs(c.t - m_anchorRun, m_speed);
        if (m_spacing == ReplaySchedule::Spacing::Spread)
            c.t = ReplaySchedule::spreadOnset(c.t, m_lastOnset);
        if (c.t > replayNowNs + kLookaheadNs)
            break;
        if (m_sink)
            m_sink->click(c);
        m_lastOnset = c.t;
        ++m_sent;
    }
}

void ReplayController::advance()
{
    if (m_state != State::Playing)
        return;
    const std::int64_t replayNow
        = std::chrono::duration_cast<std::chrono::nanoseconds>(now() - m_anchorTime).count();
    sendDue(replayNow);
    const std::int64_t shown = std::max<std::int64_t>(0, replayNow - m_displayDelayNs);
    const std::int64_t position = m_anchorRun + ReplaySchedule::toRunNs(shown, m_speed);
    if (position >= m_schedule.endNs()) {
        moveTo(m_schedule.endNs());
        if (m_nextClick < m_schedule.clicks().size())
            return; // spread clicks lag the cursor: it waits at the end until they are handed over
        if (m_sink && m_sinkRunning) {
            m_sink->endRun();
            m_sinkRunning = false;
        }
        setState(State::Finished);
        return;
    }
    moveTo(position);
}

} // namespace cacophony
