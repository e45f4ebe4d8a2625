#include "clicktrack/ClickTrackPlayer.h"

#include "audio/SoundSink.h"

namespace cacophony {

namespace {

// The UI takes at frame rate; a stalled UI must not grow these without bound.
constexpr std::size_t kMaxKept = 1 << 16;

} // namespace

ClickTrackPlayer::ClickTrackPlayer(SoundSink *sink)
    : m_sink(sink)
{
}

ClickTrackPlayer::~ClickTrackPlayer()
{
    stop();
}

void ClickTrackPlayer::start(int bpm, const ClickPattern &pattern)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_bpm = bpm;
        m_pattern = pattern;
        m_track.emplace(bpm, pattern, std::int64_t(kLeadInMs) * 1'000'000);
        m_bpm = m_track->bpm();
        m_epoch = std::chrono::steady_clock::now();
        m_stopping = false;
        m_events.clear();
        m_clicks.clear();
    }
    if (m_sink)
        m_sink->beginRun(m_epoch);
    m_playing.store(true, std::memory_order_release);
    m_thread = std::thread([this] { run(); });
}

void ClickTrackPlayer::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    m_playing.store(false, std::memory_order_release);
    if (m_sink)
        m_sink->endRun();
    std::lock_guard lock(m_mutex);
    m_track.reset();
}

bool ClickTrackPlayer::isPlaying() const
{
    return m_playing.load(std::memory_order_acquire);
}

std::chrono::steady_clock::time_point ClickTrackPlayer::epoch() const
{
    std::lock_guard lock(m_mutex);
    return m_epoch;
}

void ClickTrackPlayer::setBpm(int bpm)
{
    std::lock_guard lock(m_mutex);
    if (!m_track) {
        m_bpm = bpm;
        return;
    }
    const int old = m_track->bpm();
    m_track->setBpm(bpm);
    m_bpm = m_track->bpm();
    if (m_bpm == old)
        return;
    Event e;
    e.kind = EventKind::TempoChange;
    e.t = m_track->nextBeatNs();
    e.a = m_bpm;
    e.b = old;
    if (m_events.size() < kMaxKept)
        m_events.push_back(e);
}

void ClickTrackPlayer::setPattern(const ClickPattern &pattern)
{
    std::lock_guard lock(m_mutex);
    m_pattern = pattern;
    if (m_track)
        m_track->setPattern(pattern);
}

int ClickTrackPlayer::bpm() const
{
    std::lock_guard lock(m_mutex);
    return m_bpm;
}

ClickPattern ClickTrackPlayer::pattern() const
{
    std::lock_guard lock(m_mutex);
    return m_pattern;
}

EventBatch ClickTrackPlayer::takeEvents()
{
    std::lock_guard lock(m_mutex);
    EventBatch out;
    out.swap(m_events);
    return out;
}

std::vector<TrackClick> ClickTrackPlayer::takeClicks()
{
    std::lock_guard lock(m_mutex);
    std::vector<TrackClick> out;
    out.swap(m_clicks);
    return out;
}

void ClickTrackPlayer::feedLocked(std::int64_t untilNs)
{
    while (m_track->peekNs() < untilNs) {
        const TrackClick c = m_track->next();
        if (m_sink)
            m_sink->click(c.toClick());
        if (m_clicks.size() < kMaxKept)
            m_clicks.push_back(c);
        if (c.sub == 0 && m_events.size() + 2 <= kMaxKept) {
            Event ideal;
            ideal.kind = EventKind::IdealBeat;
            ideal.t = c.tNs;
            ideal.a = c.beat;
            Event beat = ideal;
            beat.kind = EventKind::Beat;
            beat.b = 100;
            beat.flags = c.toClick().tock ? Tock : NoFlags;
            m_events.push_back(ideal);
            m_events.push_back(beat);
        }
    }
}

void ClickTrackPlayer::run()
{
    constexpr auto kWake = std::chrono::milliseconds(kWakeMs);
    constexpr std::int64_t kLookaheadNs = std::int64_t(kLookaheadMs) * 1'000'000;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const std::int64_t nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now() - m_epoch)
                                       .count();
        feedLocked(nowNs + kLookaheadNs);
        m_wake.wait_for(lock, kWake, [this] { return m_stopping; });
    }
}

} // namespace cacophony
