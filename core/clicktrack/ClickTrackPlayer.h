#pragma once

// Plays a ClickTrack into a SoundSink (the audio engine) until stopped: a feeder thread
// wakes every kWakeMs and hands over each click due within the next kLookaheadMs, with
// its exact run-clock time. The sink places it at that time's output sample, so the
// beats you hear are the computed period to the sample, whatever the thread's jitter.
// A tempo change applies at the first beat not handed over yet (see ClickTrack): from it
// on every interval is the new one, with no gap and no restart.
//
// For the views it keeps what it handed over: beats as IdealBeat + Beat events (the
// beat view), tempo changes as TempoChange events, and every click (the beat flash);
// the UI takes them at frame rate.
//
// Threads: start(), stop() and the destructor belong to one owner thread. setBpm(),
// setPattern(), the accessors and the take*() calls are thread-safe (one mutex; the
// feeder holds it only to hand clicks over, and the sink's click() never blocks).

#include "clicktrack/ClickTrack.h"
#include "trace/Event.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cacophony {

class SoundSink;

class ClickTrackPlayer
{
public:
    static constexpr int kLookaheadMs = 30;
    static constexpr int kWakeMs = 4;
    static constexpr int kLeadInMs = 80; // from start() to the first click

    explicit ClickTrackPlayer(SoundSink *sink);
    ~ClickTrackPlayer(); // stops
    ClickTrackPlayer(const ClickTrackPlayer &) = delete;
    ClickTrackPlayer &operator=(const ClickTrackPlayer &) = delete;

    // Owner thread. (Re)starts at this tempo and pattern; the run clock's zero is now.
    void start(int bpm, const ClickPattern &pattern);
    // Owner thread. Returns when the feeder has ended; no-op when stopped.
    void stop();
    // Thread-safe.
    bool isPlaying() const;
    std::chrono::steady_clock::time_point epoch() const;

    // Thread-safe; apply while playing (see the class comment) and to the next start().
    void setBpm(int bpm);
    void setPattern(const ClickPattern &pattern);
    int bpm() const;
    ClickPattern pattern() const;

    // Thread-safe: what was handed to the sink since the last call.
    EventBatch takeEvents();
    std::vector<TrackClick> takeClicks();

private:
    void run();
    // Hands over every click due before runNs + lookahead. Caller holds m_mutex.
    void feedLocked(std::int64_t untilNs);

    SoundSink *m_sink;
    mutable std::mutex m_mutex;        // guards everything below except m_thread
    std::condition_variable m_wake;
    std::optional<ClickTrack> m_track; // while playing
    int m_bpm = 120;
    ClickPattern m_pattern;
    std::chrono::steady_clock::time_point m_epoch;
    bool m_stopping = false;
    EventBatch m_events;
    std::vector<TrackClick> m_clicks;
    std::atomic<bool> m_playing{false};
    std::thread m_thread;
};

} // namespace cacophony
