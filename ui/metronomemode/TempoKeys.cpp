#include "metronomemode/TempoKeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace cacophony {

namespace {

int stepFor(int key)
{
    switch (key) {
    case Qt::Key_Up: return 1;
    case Qt::Key_Down: return -1;
    case Qt::Key_PageUp: return 10;
    case Qt::Key_PageDown: return -10;
    default: return 0;
    }
}

} // namespace

TempoKeys::TempoKeys(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

TempoKeys::~TempoKeys()
{
    qApp->removeEventFilter(this);
}

bool TempoKeys::isTextField(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || (qobject_cast<const QTextEdit *>(w) && !static_cast<const QTextEdit *>(w)->isReadOnly())
            || (qobject_cast<const QPlainTextEdit *>(w) && !static_cast<const QPlainTextEdit *>(w)->isReadOnly()))
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

bool TempoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const int step = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier ? stepFor(key->key()) : 0;
    if (step == 0 || isTextField(QApplication::focusWidget() ? QApplication::focusWidget() : widget))
        return false;
    if (event->type() == QEvent::ShortcutOverride)
        return false; // the key press follows; no shortcut of ours is bound to these keys
    emit stepRequested(step);
    return true; // consumed: a combo box or list does not also move
}

} // namespace cacophony
