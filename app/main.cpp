// Cacophony: one binary. With a headless command (run, scenarios, bench, --help) it runs
// without a window; `export` renders charts offscreen; otherwise it opens the app.

#include "GuiApp.h"
#include "cli/CommandLine.h"

#include <cstring>

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return cacophony::GuiApp::runExport(argc, argv);
    if (cacophony::CommandLine::handles(argc, argv))
        return cacophony::CommandLine::run(argc, argv);
    return cacophony::GuiApp::run(argc, argv);
}
