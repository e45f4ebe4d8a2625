#pragma once

// Plays clicks through RtAudio, each at the output sample that corresponds to the moment
// its performer was called, behind one constant latency: the intervals you hear are the
// strategy's, not the audio buffer's.
//
// How: beat threads push (click, run epoch) into a preallocated lock-free queue. The audio
// callback reports each block to an OutputClock (a delay-locked loop plus a deliberately
// stiff time-to-sample mapping), maps each click's steady time to an absolute output
// sample through it and mixes it with the ClickScheduler (the offline renderer's code).
// The latency covers the callback's jitter, so a click's sample is normally still ahead;
// one that misses it plays at once and is counted late (more than kMaxLateMs late:
// dropped and counted).
//
// Threads:
//  - The audio callback never locks, allocates, logs or emits. It owns the loop and the
//    scheduler while the stream runs and talks to others through the queue and atomics.
//  - A watcher thread, alive while a stream runs, notices a failed stream (RtAudio's error
//    callback, or a callback spinning far faster than real time), closes it and reports
//    Lost: the run goes on silently. The next beginRun() tries to play again.
//  - open(), close(), beginRun(), endRun() are serialised by one mutex that the callback
//    never takes. statusChanged is emitted from whichever non-audio thread changed the
//    status (that caller, or the watcher): UI code connects with a queued connection.

#include "audio/ClickSynth.h"
#include "audio/SoundSink.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace cacophony {

struct AudioApi
{
    QString name;        // RtAudio's short name: "pulse", "alsa", "jack"
    QString displayName; // "PulseAudio", ...
};

struct AudioDevice
{
    int id = -1;         // RtAudio's index within its API
    QString name;
    int outputChannels = 0;
    bool isDefault = false;
    int preferredSampleRate = 0;
};

struct AudioSettings
{
    QString api;          // empty: the first API with an output device; "none": no sound
    int deviceId = -1;    // -1: the API's default output device
    QString deviceName;   // if set, wins over deviceId (ids shift when devices come and go)
    int sampleRate = 48000;
    int bufferFrames = 256;
    int latencyMs = 0;    // extra scheduling latency; 0: automatic (enough for the jitter)
};

struct AudioStatus
{
    enum State {
        Closed,   // not opened, or closed
        Playing,  // a stream is running
        NoDevice, // open failed: no device, bad settings, server unreachable
        Lost,     // the stream failed while playing
    };
    State state = Closed;
    QString message; // one sentence for the user, e.g. for a status bar

    bool operator==(const AudioStatus &) const = default;
};

// Counters since the stream was opened; approximate while it runs.
struct AudioStats
{
    std::int64_t callbacks = 0;
    std::int64_t framesRendered = 0;
    std::int64_t clicksPlayed = 0;  // scheduled into the output
    std::int64_t lateClicks = 0;    // played later than their sample
    std::int64_t droppedClicks = 0; // queue full, all voices busy, or far too late
    std::int64_t underflows = 0;    // reported by the device
    std::int64_t clockResyncs = 0;  // the loop had to jump (stall, underrun, start)
    std::int64_t stalledCallbacks = 0; // callbacks held up (OutputClock::kStallMs late)
    double maxLateMs = 0;
    double maxClockErrorMs = 0;     // largest callback-time prediction error while steady
    double clockSlewMs = 0;         // how far the time-to-sample mapping slewed (drift)
    int latencySamples = 0;
    int sampleRate = 0;
    int bufferFrames = 0;
    bool clockSteady = false;
};

// Where the callback put one click: what its clock mapping said and where it went. For
// checking the placement itself (tests), independent of what a sound server does later.
struct PlacedClick
{
    std::int64_t steadyNs = 0;    // the click's time on the steady clock (epoch + t)
    std::int64_t mappedSample = 0; // the output clock's sample for that time
    std::int64_t startSample = 0;  // where it starts: mappedSample, or later if late
    std::int64_t clockEpoch = 0;   // the output clock's resync count when it was placed
    bool clockSteady = false;      // the clock had settled (after a resync it follows its
                                   // loop for a while: intervals are not exact then)
    bool played = false;           // false: dropped (too late, or every voice busy)
};

class AudioEngine : public QObject, public SoundSink
{
    Q_OBJECT

public:
    static constexpr int kQueueCapacity = 1024;
    static constexpr int kMaxLateMs = 100;
    static constexpr int kPlacedLogCapacity = 4096;

    explicit AudioEngine(QObject *parent = nullptr);
    ~AudioEngine() override; // closes

    // The APIs RtAudio was built with. Thread-safe.
    static QList<AudioApi> apis();
    // Output devices of an API (empty name: the API open() would pick). Thread-safe; may
    // take a moment (it asks the sound server).
    static QList<AudioDevice> outputDevices(const QString &api = {});

    // Opens and starts a stream (closing any former one). False with a one-line reason
    // in *error and status NoDevice if there is no usable output; the engine then stays
    // silent and every SoundSink call still works. Thread-safe.
    bool open(const AudioSettings &settings = {}, QString *error = nullptr);
    // Thread-safe. Stops playing; status Closed.
    void close();

    // Thread-safe, never blocks.
    AudioStatus status() const;
    bool isPlaying() const;
    // Thread-safe; waits briefly while a stream is being opened or closed.
    AudioStats stats() const;
    // Thread-safe: the device and API actually playing, e.g. "Null Output (pulse)".
    QString outputName() const;

    // Thread-safe; applies to the next click. Waits briefly while a stream is being
    // opened or closed (the synth is rebuilt for the stream's sample rate).
    void setClickSettings(const ClickSettings &settings);
    ClickSettings clickSettings() const;

    // Thread-safe. Waits (bounded) until the callback clock has settled after opening,
    // so that intervals are exact from the first click; false on timeout or if not playing.
    bool waitForSteadyClock(int timeoutMs);
    // Thread-safe. Waits (bounded) until every click handed over has been played out.
    // True at once if not playing.
    bool waitUntilIdle(int timeoutMs);

    // Thread-safe. The clicks the callback placed since the stream was opened, in order
    // (the first kPlacedLogCapacity; later ones are not logged).
    std::vector<PlacedClick> placedClicks() const;

    // SoundSink. beginRun() also retries a lost or failed output.
    void beginRun(std::chrono::steady_clock::time_point epoch) override;
    // Thread-safe, never blocks, never allocates. Ignored while not playing.
    void click(const Click &click) override;
    void endRun() override;

    struct Private; // public for the RtAudio C callbacks; defined in the .cpp only

signals:
    void statusChanged(const cacophony::AudioStatus &status);

private:
    friend struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cacophony

Q_DECLARE_METATYPE(cacophony::AudioStatus)
