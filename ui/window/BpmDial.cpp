#include "window/BpmDial.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace cacophony {

BpmDial::BpmDial(QWidget *parent)
    : QDial(parent)
{
    setTracking(true);
}

void BpmDial::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    // Remember where the hand took hold; the value stays until it moves.
    m_dragging = true;
    m_pressPos = event->position().toPoint();
    m_pressValue = value();
    setSliderDown(true);
    event->accept();
}

void BpmDial::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton)) {
        event->ignore();
        return;
    }
    const QPoint d = event->position().toPoint() - m_pressPos;
    int pixels = d.x() - d.y(); // right and up are faster
    if (event->modifiers() & Qt::ShiftModifier)
        pixels /= kShiftDivisor;
    setSliderPosition(m_pressValue + pixels); // clamped to the range; emits valueChanged
    event->accept();
}

void BpmDial::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        event->ignore();
        return;
    }
    m_dragging = false;
    setSliderDown(false);
    event->accept();
}

void BpmDial::wheelEvent(QWheelEvent *event)
{
    // One notch (15 degrees, 120 eighths) is one fine step; touchpads send less at a time.
    m_wheelRemainder += event->angleDelta().y() + event->angleDelta().x();
    const int steps = m_wheelRemainder / 120;
    m_wheelRemainder -= steps * 120;
    if (steps != 0)
        emit stepRequested(steps);
    event->accept();
}

void BpmDial::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Right:
        emit stepRequested(+1);
        event->accept();
        return;
    case Qt::Key_Down:
    case Qt::Key_Left:
        emit stepRequested(-1);
        event->accept();
        return;
    default:
        QDial::keyPressEvent(event);
    }
}

} // namespace cacophony
