#pragma once

// Shared by the window's GUI tests: a real MainWindow on a settings file of its own,
// shown and active (so that window shortcuts fire), without sound.

#include "window/MainWindow.h"

#include <QStandardPaths>
#include <QTest>
#include <memory>

namespace windowtest {

// In initTestCase(): no user settings or folders touched, no audio device needed.
inline void quietTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CACOPHONY_AUDIO", "none");
}

inline std::unique_ptr<cacophony::MainWindow> shownWindow(const QString &settingsFile, QSize size = {})
{
    auto w = std::make_unique<cacophony::MainWindow>(settingsFile);
    if (size.isValid())
        w->resize(size);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active: shortcuts may not fire");
    return w;
}

} // namespace windowtest
