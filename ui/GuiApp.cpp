// GuiApp::run: the desktop app. (GuiApp::runExport lives with the exporter in export/.)

#include "GuiApp.h"

#include "window/FirstPaintProbe.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#ifndef CACOPHONY_VERSION
#define CACOPHONY_VERSION "0.0.0"
#endif

namespace cacophony {

int GuiApp::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cacophony"));
    QApplication::setOrganizationName(QStringLiteral("Cacophony"));
    QApplication::setApplicationVersion(QStringLiteral(CACOPHONY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("cacophony"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/cacophony.svg")));

    // Qt's own dialogs in the user's language, then ours (compiled into the binary).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(
            QLocale(), QStringLiteral("cacophony"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("GuiApp", "A metronome that lets you hear and see concurrency go wrong."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("trace"),
        QApplication::translate("GuiApp", "A trace file to open (optional)."),
        QStringLiteral("[trace.json]"));
    parser.process(app);

    MainWindow window;
    FirstPaintProbe::installIfAsked(&window);
    window.show();
    // Keys work from the start (Space plays) without a click first, also where no window
    // manager activates a new window.
    window.raise();
    window.activateWindow();
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        QTimer::singleShot(0, &window, [&window, path] { window.openTraceFile(path); });
    }
    return QApplication::exec();
}

} // namespace cacophony
