#include "window/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace cacophony {

void FirstPaintProbe::installIfAsked(QWidget *widget)
{
    if (qEnvironmentVariableIntValue("CACOPHONY_STARTUP_PROBE") == 1)
        new FirstPaintProbe(widget); // owned by the widget
}

FirstPaintProbe::FirstPaintProbe(QWidget *widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // After this paint (and the flush that follows it in the same loop pass).
        QTimer::singleShot(0, this, [] {
            timespec now {};
            clock_gettime(CLOCK_REALTIME, &now);
            std::fprintf(stderr, "first-paint-ns %lld\n",
                         static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
            std::fflush(stderr);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cacophony
