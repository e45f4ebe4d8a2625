#include "metronome/lessons/LogFormat.h"

#include "metronome/lessons/Lessons.h"

#include <algorithm>

namespace cacophony {

QString LogFormat::prefix(const QDateTime &runStart, std::int64_t tNs)
{
    const std::int64_t us = std::max<std::int64_t>(tNs, 0) / 1000;
    const QDateTime at = runStart.isValid() ? runStart.addMSecs(us / 1000)
                                            : QDateTime(QDate(2000, 1, 1), QTime(0, 0)).addMSecs(us / 1000);
    // Microseconds: the start's own milliseconds plus the run time's.
    const std::int64_t micros = (runStart.isValid() ? runStart.time().msec() * 1000 : 0) + us;
    const QString fraction = QStringLiteral("%1").arg(micros % 1'000'000, 6, 10, QLatin1Char('0'));
    const QString clock = runStart.isValid() ? at.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss"))
                                             : at.toString(QStringLiteral("HH:mm:ss"));
    return clock + QLatin1Char('.') + fraction;
}

QString LogFormat::line(const QDateTime &runStart, std::int64_t tNs, int line)
{
    return prefix(runStart, tNs) + QLatin1Char(' ') + bedtimeLineText(line);
}

} // namespace cacophony
