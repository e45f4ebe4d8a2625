#include "metronomemode/MetronomeController.h"

#include <optional>

namespace cacophony {

MetronomeController::MetronomeController(SoundSink *sink, QObject *parent)
    : QObject(parent)
    , m_player(sink)
{
    registerTraceMetaTypes();
    qRegisterMetaType<ClickPattern>();
    m_frame.setTimerType(Qt::PreciseTimer);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &MetronomeController::onFrame);
}

MetronomeController::~MetronomeController()
{
    m_player.stop();
}

bool MetronomeController::isPlaying() const
{
    return m_player.isPlaying();
}

int MetronomeController::bpm() const
{
    return m_player.bpm();
}

ClickPattern MetronomeController::pattern() const
{
    return m_player.pattern();
}

std::chrono::steady_clock::time_point MetronomeController::epoch() const
{
    return m_player.epoch();
}

RunSettings MetronomeController::runSettings(int bpm, const ClickPattern &pattern)
{
    RunSettings s;
    s.scenario = QStringLiteral("metronome");
    s.strategy = QStringLiteral("click_track");
    s.profile = pattern.signatureName();
    s.bpm = bpm;
    s.beats = 0; // until Stop
    return s;
}

void MetronomeController::start(int bpm, const ClickPattern &pattern)
{
    m_player.start(bpm, pattern);
    m_toShow.clear();
    m_frame.start();
    emit started(runSettings(m_player.bpm(), pattern));
}

void MetronomeController::stop()
{
    if (!m_player.isPlaying())
        return;
    m_player.stop();
    m_frame.stop();
    onFrame(); // the last beats still reach the view
    m_toShow.clear();
    emit stopped();
}

void MetronomeController::setBpm(int bpm)
{
    m_player.setBpm(bpm);
}

void MetronomeController::setPattern(const ClickPattern &pattern)
{
    m_player.setPattern(pattern);
}

std::chrono::steady_clock::time_point MetronomeController::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

void MetronomeController::onFrame()
{
    const EventBatch events = m_player.takeEvents();
    if (!events.empty())
        emit eventsArrived(events);
    for (const TrackClick &c : m_player.takeClicks())
        m_toShow.push_back(c);
    const std::int64_t heardNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(now() - m_player.epoch()).count() - m_displayDelayNs;
    // Only the newest click due is shown: a late frame skips, it never replays a burst.
    std::optional<TrackClick> due;
    while (!m_toShow.empty() && m_toShow.front().tNs <= heardNs) {
        due = m_toShow.front();
        m_toShow.pop_front();
    }
    if (due && m_player.isPlaying())
        emit clickHeard(due->beatInBar, due->sub, due->role == ClickRole::Accent);
}

} // namespace cacophony
