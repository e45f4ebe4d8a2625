#pragma once

// How a lesson's printed line reads, in the style of Go's log package with microseconds
// (log.LstdFlags | log.Lmicroseconds): "2018/05/01 17:59:30.000061 walk into bathroom".
// Shared by the command line and the window's log console.

#include <QDateTime>
#include <QString>
#include <cstdint>

namespace cacophony {

class LogFormat
{
public:
    // The prefix for run-clock time tNs of a run that started at runStart (local time):
    // "2018/05/01 17:59:30.000061". Without a start (a trace read from a file) the run
    // time alone: "00:00:00.000061".
    static QString prefix(const QDateTime &runStart, std::int64_t tNs);
    // Prefix, a space and the text of printed line `line`.
    static QString line(const QDateTime &runStart, std::int64_t tNs, int line);
};

} // namespace cacophony
