#pragma once

// Metronome mode, put together: the mode switch, the meter controls, the beat flash, the
// window-wide tempo keys and the click track's controller. The window only places the
// widgets and routes Play, Stop and the tempo here while the mode is on.
//
// Contract: switching to the scenarios stops the click track; in metronome mode the
// scenario-only widgets given to setScenarioWidgets() are hidden and the meter controls
// and the flash shown. Lives in the UI thread only.

#include "clicktrack/ClickPattern.h"
#include "metronomemode/ModeSwitch.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace cacophony {

class BeatFlash;
class MeterControls;
class MetronomeController;
class SoundSink;
class TempoKeys;
struct AppSettings;

class MetronomeMode : public QObject
{
    Q_OBJECT
public:
    MetronomeMode(QWidget *window, SoundSink *sink);
    ~MetronomeMode() override; // stops the click track

    ModeSwitch *modeSwitch() const { return m_switch; }
    MeterControls *meterControls() const { return m_meter; }
    BeatFlash *beatFlash() const { return m_flash; }
    MetronomeController *controller() const { return m_controller; }
    TempoKeys *tempoKeys() const { return m_keys; }

    bool isActive() const;
    bool isPlaying() const;
    ClickPattern pattern() const;
    // The line over the chart in metronome mode: the pattern and the keys.
    QString headerText() const;
    // Hidden while the metronome mode is on.
    void setScenarioWidgets(const QList<QWidget *> &widgets);

    // Mode, signature, subdivision and accents from and to the settings.
    void apply(const AppSettings &settings);
    void store(AppSettings &settings) const;

public slots:
    void setActive(bool metronome);
    void play(int bpm);
    void stop();
    void setBpm(int bpm);

signals:
    // The user switched modes, or changed the pattern: the settings are to be saved.
    void modeChanged(bool metronome);
    void patternChanged();

private:
    void showMode();

    ModeSwitch *m_switch;
    MeterControls *m_meter;
    BeatFlash *m_flash;
    MetronomeController *m_controller;
    TempoKeys *m_keys;
    QList<QPointer<QWidget>> m_scenarioWidgets;
};

} // namespace cacophony
