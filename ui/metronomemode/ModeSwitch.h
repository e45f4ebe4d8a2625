#pragma once

// One click between the two things the window is: a metronome for musicians, and the
// concurrency scenarios. Two exclusive buttons side by side.

#include <QWidget>

class QToolButton;

namespace cacophony {

class ModeSwitch : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Metronome, Scenarios };

    explicit ModeSwitch(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Shows this mode; emits nothing.
    void setMode(Mode mode);

    QToolButton *metronomeButton() const { return m_metronome; }
    QToolButton *scenariosButton() const { return m_scenarios; }

    // "metronome" / "scenarios": the settings' names.
    static QString name(Mode mode);
    static Mode fromName(const QString &name);

signals:
    void modeChanged(cacophony::ModeSwitch::Mode mode);

private:
    void choose(Mode mode);

    QToolButton *m_metronome;
    QToolButton *m_scenarios;
    Mode m_mode = Mode::Scenarios;
};

} // namespace cacophony
