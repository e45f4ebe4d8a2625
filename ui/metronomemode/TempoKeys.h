#pragma once

// The keys musicians expect, window-wide: Up/Down one BPM, Page Up/Down ten, wherever
// the focus is in the window except in a text field (a line edit or spin box types or
// steps its own value; the BPM field steps the tempo the same way). Installed on the
// application; keys for other windows (dialogs) pass through.

#include <QObject>

class QWidget;

namespace cacophony {

class TempoKeys : public QObject
{
    Q_OBJECT
public:
    // Watches the key presses reaching `window` or any of its children.
    explicit TempoKeys(QWidget *window);
    ~TempoKeys() override;

    // True where typing goes to the focused widget: keys are left to it.
    static bool isTextField(const QWidget *widget);

signals:
    void stepRequested(int deltaBpm);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace cacophony
