#pragma once

// Line output of the headless commands. Each call writes whole text and flushes, so a
// reader on a pipe (a test, `tee`) sees every line as soon as it is printed.
// Main thread only.

#include <QString>

namespace cacophony::console {

void out(const QString &text);     // stdout, as given
void outLine(const QString &line); // stdout, plus a newline
// One line on stderr: "cacophony: <message>".
void error(const QString &message);

} // namespace cacophony::console
