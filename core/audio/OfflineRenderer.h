#pragma once

// A SoundSink that records a run's clicks and renders them to audio afterwards, through
// the same ClickScheduler the live engine uses: `cacophony run ... --wav FILE`, and the
// reference for the exact-sample tests.
//
// Sample 0 of the rendering is the run's epoch; a click performed at run-clock t starts
// at sample round(t * rate / 1e9) exactly (no latency offline).
//
// Threads: click() may be called from any number of beat threads at once (lock-free,
// preallocated queue). beginRun(), endRun(), render(), writeWav() and the accessors are
// for the one thread that owns the run, called while no click() is in flight, i.e.
// before the run starts or after it has finished.

#include "audio/ClickQueue.h"
#include "audio/ClickSynth.h"
#include "audio/SoundSink.h"
#include "audio/WavWriter.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace cacophony {

class OfflineRenderer : public SoundSink
{
public:
    static constexpr std::size_t kDefaultCapacity = 1 << 16;
    static constexpr int kBlockFrames = 256;
    // Silence kept after the last click's end.
    static constexpr int kTailMs = 100;

    explicit OfflineRenderer(int sampleRate = 48000, std::size_t maxClicks = kDefaultCapacity);

    // Forgets the clicks of any former run.
    void beginRun(std::chrono::steady_clock::time_point epoch) override;
    // Thread-safe, never blocks, never allocates. A click beyond maxClicks is dropped
    // and counted.
    void click(const Click &click) override;
    void endRun() override;

    // Makes the rendering at least this long (e.g. up to the end of program), in run ns.
    void setMinimumDurationNs(std::int64_t ns);
    ClickSynth &synth() { return m_synth; }
    int sampleRate() const { return m_synth.sampleRate(); }

    // The clicks received, in arrival order per thread (takes the queued ones first).
    const std::vector<Click> &clicks();
    // Clicks lost because the queue was full or too many overlapped.
    std::int64_t droppedClicks() const;

    // Renders the run: mono float samples from the epoch to the last click's end + tail.
    std::vector<float> render();
    // Renders and writes a WAV file atomically. False with a reason in *error.
    bool writeWav(const QString &path, QString *error = nullptr,
                  WavWriter::Format format = WavWriter::Format::Pcm16);

    // Pure: the sample at which a click at run-clock t starts in an offline rendering.
    static std::int64_t onsetSample(std::int64_t tNs, int sampleRate);

private:
    void drain();

    ClickSynth m_synth;
    ClickQueue<Click> m_queue;
    std::atomic<std::int64_t> m_queueDrops{0};
    std::int64_t m_voiceDrops = 0;
    std::vector<Click> m_clicks;
    std::int64_t m_minimumNs = 0;
};

} // namespace cacophony
