#pragma once

// Metronome mode's engine room, in the UI thread: plays a ClickTrackPlayer into the
// window's sound sink, and pulls at frame rate what it played: the beats (and tempo
// changes) for the beat view, and each click for the beat flash at the moment it is
// heard (its run-clock time plus the output's latency, as the replay cursor is offset).
//
// Contract: a tempo or pattern change while playing never restarts the track (no new
// run, no History entry): it applies at the next beat. Lives in the UI thread only.

#include "clicktrack/ClickTrackPlayer.h"
#include "trace/TraceData.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace cacophony {

class SoundSink;

class MetronomeController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFrameMs = 4; // the flash is shown within this of its moment
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit MetronomeController(SoundSink *sink, QObject *parent = nullptr);
    ~MetronomeController() override; // stops

    bool isPlaying() const;
    int bpm() const;
    ClickPattern pattern() const;
    // The run clock's zero of the track playing (or last played).
    std::chrono::steady_clock::time_point epoch() const;
    // How far behind its run-clock time a click is heard (the output's latency).
    void setDisplayDelayNs(std::int64_t ns) { m_displayDelayNs = ns; }
    std::int64_t displayDelayNs() const { return m_displayDelayNs; }
    // Where "now" comes from for the flash (default: steady_clock). For tests.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The settings the beat view is cleared with for a track at this tempo.
    static RunSettings runSettings(int bpm, const ClickPattern &pattern);

public slots:
    void start(int bpm, const cacophony::ClickPattern &pattern);
    void stop();
    void setBpm(int bpm);
    void setPattern(const cacophony::ClickPattern &pattern);

signals:
    void started(const cacophony::RunSettings &settings);
    void stopped();
    void eventsArrived(const cacophony::EventBatch &batch);
    // A click is being heard now. sub > 0: a subdivision.
    void clickHeard(int beatInBar, int sub, bool accented);

private:
    void onFrame();
    std::chrono::steady_clock::time_point now() const;

    ClickTrackPlayer m_player;
    QTimer m_frame;
    std::deque<TrackClick> m_toShow;
    std::int64_t m_displayDelayNs = 0;
    Clock m_clock;
};

} // namespace cacophony
