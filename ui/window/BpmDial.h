#pragma once

// The tempo dial. Unlike a plain QDial it never jumps to where it is touched: a click
// alone changes nothing, a drag moves the tempo relative to where it was (up or right
// is faster, one dial step per pixel, a quarter of that with Shift), and the wheel and
// the arrow keys ask for one fine step at a time (stepRequested), which TempoControl
// turns into one BPM in the musical range. Page Up/Down, Home and End stay as in QDial.
// Lives in the UI thread only.

#include <QDial>
#include <QPoint>

namespace cacophony {

class BpmDial : public QDial
{
    Q_OBJECT
public:
    explicit BpmDial(QWidget *parent = nullptr);

    static constexpr int kShiftDivisor = 4; // Shift-drag: this many pixels per dial step

signals:
    // The wheel or an arrow key: `steps` fine steps, positive = faster.
    void stepRequested(int steps);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_dragging = false;
    QPoint m_pressPos;
    int m_pressValue = 0;
    int m_wheelRemainder = 0; // eighths of a degree not yet turned into a step
};

} // namespace cacophony
