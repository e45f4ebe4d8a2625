#pragma once

// Hands every click to several sinks (--audio and --wav together). Holds no state of its
// own, so it is exactly as thread-safe as its sinks: click() is thread-safe and never
// blocks if theirs are. The sinks must outlive it.

#include "audio/SoundSink.h"

#include <vector>

namespace cacophony {

class TeeSink : public SoundSink
{
public:
    explicit TeeSink(std::vector<SoundSink *> sinks);

    void beginRun(std::chrono::steady_clock::time_point epoch) override;
    // Thread-safe, never blocks, never allocates (if the sinks' click() does not).
    void click(const Click &click) override;
    void endRun() override;

private:
    const std::vector<SoundSink *> m_sinks; // fixed at construction: read-only afterwards
};

} // namespace cacophony
