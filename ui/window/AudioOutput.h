#pragma once

// The window's sound: owns the AudioEngine, opens the chosen (or default) output and
// offers the device list for the Audio menu. With no device at all it stays silent and
// everything else works: sink() is always a valid SoundSink.

#include "audio/AudioEngine.h"

#include <QStringList>
#include <memory>

namespace cacophony {

class AudioOutput
{
public:
    static constexpr const char *kNoSound = "none"; // device "name" that turns sound off

    // Opens the system's default output unless CACOPHONY_AUDIO=none.
    AudioOutput();
    ~AudioOutput();

    SoundSink *sink() const { return m_engine.get(); }
    AudioEngine *engine() const { return m_engine.get(); }

    bool isAvailable() const;
    // One sentence for the user about the current state.
    QString status() const;
    // The output playing now, e.g. "Null Output (pulse)"; empty when silent.
    QString currentDevice() const;
    // Output device names of the default API. May take a moment (asks the sound server).
    QStringList devices() const;
    // Opens the named output (kNoSound: silence). False if it cannot be opened.
    bool open(const QString &deviceName);
    // Master volume 0..1; applies to the next click.
    void setVolume(double volume);

private:
    std::unique_ptr<AudioEngine> m_engine;
    QString m_error;
};

} // namespace cacophony
