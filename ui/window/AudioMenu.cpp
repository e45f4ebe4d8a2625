#include "window/AudioMenu.h"

#include "window/AppSettings.h"
#include "window/AudioOutput.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>

namespace cacophony {

AudioMenu::AudioMenu(AudioOutput *audio, QMenu *menu, QAction *mute, QObject *parent)
    : QObject(parent)
    , m_audio(audio)
    , m_mute(mute)
{
    m_deviceMenu = menu->addMenu(tr("Output &Device"));
    m_deviceMenu->setObjectName(QStringLiteral("deviceMenu"));
    m_deviceMenu->setToolTipsVisible(true);
    connect(m_deviceMenu, &QMenu::aboutToShow, this, &AudioMenu::populate);
    menu->addAction(mute);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("audioStatus"));
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        setVolume(m_volume);
        emit message(muted ? tr("Muted") : tr("Sound on"), 2000);
    });
    // The engine reports a lost or recovered output from its own threads.
    connect(
        m_audio->engine(), &AudioEngine::statusChanged, this,
        [this](const AudioStatus &status) {
            updateStatus();
            if (status.state == AudioStatus::Lost)
                emit message(status.message, 10000);
        },
        Qt::QueuedConnection);
}

bool AudioMenu::isSilent() const
{
    return m_mute->isChecked() || !m_audio->isAvailable();
}

void AudioMenu::apply(const AppSettings &s)
{
    m_volume = s.volume;
    m_audio->setVolume(s.volume / 100.0);
    if (!s.audioDevice.isEmpty() && !m_audio->open(s.audioDevice))
        emit message(tr("Audio device \"%1\" is not available; using the default.").arg(s.audioDevice), 10000);
    updateStatus();
}

void AudioMenu::setVolume(int percent)
{
    m_volume = percent;
    m_audio->setVolume(m_mute->isChecked() ? 0.0 : percent / 100.0);
    updateStatus();
}

void AudioMenu::populate()
{
    m_deviceMenu->clear();
    delete m_deviceGroup;
    m_deviceGroup = new QActionGroup(m_deviceMenu);
    const QString current = m_audio->isAvailable() ? m_audio->currentDevice() : QString();
    auto add = [this](const QString &text, const QString &device, bool checked) {
        QAction *action = m_deviceMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        action->setActionGroup(m_deviceGroup);
        connect(action, &QAction::triggered, this, [this, device] { selectDevice(device); });
    };
    const QStringList devices = m_audio->devices();
    for (const QString &device : devices)
        add(device, device, current.startsWith(device)); // current is "name (api)"
    if (devices.isEmpty()) {
        QAction *none = m_deviceMenu->addAction(tr("No output device found"));
        none->setEnabled(false);
        none->setToolTip(m_audio->status());
    }
    m_deviceMenu->addSeparator();
    add(tr("No Sound"), QString::fromLatin1(AudioOutput::kNoSound), current.isEmpty());
}

void AudioMenu::selectDevice(const QString &device)
{
    emit switching();
    if (m_audio->open(device)) {
        emit deviceChosen(device);
        emit message(m_audio->isAvailable() ? tr("Sound goes to %1.").arg(m_audio->currentDevice())
                                            : m_audio->status(),
            5000);
    } else {
        emit failed(tr("Audio device"), tr("Cannot open %1: %2").arg(device, m_audio->status()));
    }
    updateStatus();
    emit switched();
}

void AudioMenu::updateStatus()
{
    // The one place that says whether there is sound: a lasting label, its reason in the
    // tooltip (no second message in the status bar).
    m_status->setText(m_audio->isAvailable() ? m_audio->currentDevice() : tr("No sound"));
    m_status->setToolTip(m_audio->isAvailable()
            ? m_audio->status()
            : tr("The metronome plays silently: %1 Choose a device in Audio > Output Device.")
                  .arg(m_audio->status()));
    const QString why = m_mute->isChecked() ? tr("Muted (Audio > Mute)") : m_status->toolTip();
    emit silenceChanged(isSilent(), why);
}

} // namespace cacophony
