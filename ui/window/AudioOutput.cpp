#include "window/AudioOutput.h"

#include <QCoreApplication>
#include <algorithm>

namespace cacophony {

AudioOutput::AudioOutput()
    : m_engine(std::make_unique<AudioEngine>())
{
    if (qEnvironmentVariable("CACOPHONY_AUDIO") == QLatin1String(kNoSound))
        m_error = QCoreApplication::translate("AudioOutput", "Sound is off (CACOPHONY_AUDIO=none).");
    else
        m_engine->open({}, &m_error);
}

AudioOutput::~AudioOutput() = default;

bool AudioOutput::isAvailable() const
{
    return m_engine->isPlaying();
}

QString AudioOutput::status() const
{
    const AudioStatus s = m_engine->status();
    if (!s.message.isEmpty())
        return s.message;
    if (!m_error.isEmpty())
        return m_error;
    return isAvailable()
        ? QCoreApplication::translate("AudioOutput", "Playing through %1.").arg(currentDevice())
        : QCoreApplication::translate("AudioOutput", "No sound.");
}

QString AudioOutput::currentDevice() const
{
    return isAvailable() ? m_engine->outputName() : QString();
}

QStringList AudioOutput::devices() const
{
    QStringList names;
    for (const AudioDevice &device : AudioEngine::outputDevices())
        names.append(device.name);
    names.removeDuplicates();
    return names;
}

bool AudioOutput::open(const QString &deviceName)
{
    m_error.clear();
    if (deviceName == QLatin1String(kNoSound)) {
        m_engine->close();
        m_error = QCoreApplication::translate("AudioOutput", "Sound is off.");
        return true;
    }
    AudioSettings settings;
    settings.deviceName = deviceName;
    return m_engine->open(settings, &m_error);
}

void AudioOutput::setVolume(double volume)
{
    ClickSettings settings = m_engine->clickSettings();
    settings.master = std::clamp(volume, 0.0, 1.0);
    m_engine->setClickSettings(settings);
}

} // namespace cacophony
