#pragma once

// The tempo controls: a BPM dial on the musical scale of BpmScale, a spin box beside it
// with the exact value (1-6000), and a tap tempo button. The spin box is the source of
// truth; the dial follows it without feeding back (a BPM the dial cannot show exactly
// is kept, the dial just points at the nearest position). The dial never jumps where it
// is clicked: it is dragged relative to where it was, or stepped by the wheel and keys.

#include <QElapsedTimer>
#include <QWidget>

#include "window/TapTempo.h"

class QSpinBox;
class QToolButton;

namespace cacophony {

class BpmDial;

class TempoControl : public QWidget
{
    Q_OBJECT
public:
    explicit TempoControl(QWidget *parent = nullptr);

    int bpm() const;
    void setBpm(int bpm); // clamped to 1..6000; emits bpmChanged if it changed

    BpmDial *dial() const { return m_dial; }
    QSpinBox *spinBox() const { return m_spin; }
    QToolButton *tapButton() const { return m_tap; }

public slots:
    void tap();

signals:
    void bpmChanged(int bpm);

private:
    void onDialMoved(int position);
    void onSpinChanged(int bpm);

    BpmDial *m_dial;
    QSpinBox *m_spin;
    QToolButton *m_tap;
    TapTempo m_tapTempo;
    QElapsedTimer m_clock;
};

} // namespace cacophony
