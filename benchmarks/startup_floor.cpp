// The floor of start-up: a minimal QApplication showing one empty QMainWindow, timed to
// its first paint by the app's own probe (FirstPaintProbe, compiled in: this links Qt
// Widgets and nothing else of the app). scripts/measure-startup launches it alternately
// with the app and reports the app's time as a ratio to it.

#include "window/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1024, 700);
    cacophony::FirstPaintProbe::installIfAsked(&window);
    window.show();
    return app.exec();
}
