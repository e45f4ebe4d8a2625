#pragma once

// The headless commands of the cacophony binary: run, scenarios, bench, --help.
// Needs only a QCoreApplication (created by run()); no display. docs/cli.md describes
// the commands; `cacophony --help` prints the same.

namespace cacophony {

class CommandLine
{
public:
    // True if argv names a headless command (or --help / --version) handled here, or
    // is a word that is neither an option nor an existing file (a mistyped command,
    // answered with an error rather than a window).
    static bool handles(int argc, char **argv);
    // Runs it; returns the process exit status (0 ok, 1 failure, 2 bad input,
    // 128 + signal when interrupted by SIGINT/SIGTERM).
    static int run(int argc, char **argv);
};

} // namespace cacophony
