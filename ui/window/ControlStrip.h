#pragma once

// The control strip above the chart: Play, tempo, what to run (scenario or lesson, beats,
// seed) and the volume. It builds the RunSettings the controls describe, in one place,
// and says when they change; the volume icon says when nothing is heard.
// Lives in the UI thread.

#include "trace/TraceData.h"

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace cacophony {

struct AppSettings;
class ScenarioPicker;
class TempoControl;
class WindowActions;

class ControlStrip : public QWidget
{
    Q_OBJECT
public:
    ControlStrip(const WindowActions &actions, QWidget *parent = nullptr);

    TempoControl *tempo() const { return m_tempo; }
    ScenarioPicker *picker() const { return m_picker; }
    QSpinBox *beats() const { return m_beats; }
    QSpinBox *seed() const { return m_seed; }
    QSlider *volume() const { return m_volume; }

    // What the controls say a run should be.
    RunSettings runSettings() const;
    // The strip's group of the settings: in, without emitting; out.
    void apply(const AppSettings &settings);
    void store(AppSettings &settings) const;
    // Names this run (shown again from the history or a file), so Play repeats it.
    // Emits nothing: the run is on screen already.
    void showRun(const RunSettings &settings);
    // Picks scenario `number` with beats that end (the demonstration), then emits once.
    void pickScenario(int number);
    // The volume icon: a crossed-out speaker when muted or without sound.
    void setSilent(bool silent, const QString &why);
    bool isSilent() const { return m_silent; }

signals:
    // Tempo, scenario, beats or seed changed (not by apply() or showRun()).
    void settingsChanged(const cacophony::RunSettings &settings);
    void volumeChanged(int percent);

private:
    void emitChanged();

    TempoControl *m_tempo = nullptr;
    ScenarioPicker *m_picker = nullptr;
    QSpinBox *m_beats = nullptr;
    QSpinBox *m_seed = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_speaker = nullptr;
    bool m_silent = false;
};

} // namespace cacophony
