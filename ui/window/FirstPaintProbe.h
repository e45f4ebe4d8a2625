#pragma once

// Measures start-up from outside: once the watched widget has painted for the first time,
// prints "first-paint-ns <CLOCK_REALTIME nanoseconds>" on stderr and quits the app, so a
// script that noted the time before launching knows how long the user waited for a window
// (scripts/measure-startup). Switched on by CACOPHONY_STARTUP_PROBE=1; otherwise unused.
// UI thread only.

#include <QObject>

class QWidget;

namespace cacophony {

class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Watches `widget` if CACOPHONY_STARTUP_PROBE is set; does nothing otherwise.
    static void installIfAsked(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *widget);
    bool m_seen = false;
};

} // namespace cacophony
