#pragma once

// The Audio menu and what it shows: the output device (asked afresh each time the menu
// opens: devices come and go), Mute, the master volume, and the lasting status label
// that says whether there is sound. Reads and writes the audio group of the settings.
// Lives in the UI thread.

#include <QObject>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace cacophony {

struct AppSettings;
class AudioOutput;

class AudioMenu : public QObject
{
    Q_OBJECT
public:
    // Fills `menu` (Output Device, then mute); the label goes into the status bar.
    AudioMenu(AudioOutput *audio, QMenu *menu, QAction *mute, QObject *parent = nullptr);

    QLabel *statusLabel() const { return m_status; }
    QMenu *deviceMenu() const { return m_deviceMenu; }
    // Nothing is heard: muted, or no output.
    bool isSilent() const;

    // The stored device (a missing one falls back to the default, said in a message).
    void apply(const AppSettings &settings);

public slots:
    void selectDevice(const QString &device);
    void setVolume(int percent);

signals:
    // A run holds the sink: the window stops a playing run before the switch and
    // plays it again after.
    void switching();
    void switched();
    // The device or volume chosen changed (for the settings).
    void deviceChosen(const QString &device);
    // Muted, unmuted, lost or found an output; why (for the volume icon's tooltip).
    void silenceChanged(bool silent, const QString &why);
    void message(const QString &text, int ms);
    void failed(const QString &title, const QString &text);

private:
    void populate();
    void updateStatus();

    AudioOutput *m_audio;
    QMenu *m_deviceMenu;
    QActionGroup *m_deviceGroup = nullptr;
    QAction *m_mute;
    QLabel *m_status;
    int m_volume = 80;
};

} // namespace cacophony
