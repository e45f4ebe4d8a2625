#pragma once

namespace cacophony {

class GuiApp
{
public:
    // Opens the main window and runs the event loop; returns the exit status.
    static int run(int argc, char **argv);
    // `cacophony export ...`: renders charts to files without a window (offscreen
    // platform when no display); returns 0, or 2 for bad input, 1 for failure.
    static int runExport(int argc, char **argv);
};

} // namespace cacophony
