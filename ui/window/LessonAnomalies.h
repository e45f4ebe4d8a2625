#pragma once

// What each scenario of the series is meant to show, as the statistics it should move.
// The statistics panel colours a figure only when it is one of these: red means "this
// is the lesson's anomaly", so the scenario that keeps time (14) is not painted as
// flagged by a start-up offset or by volumes it reuses on purpose. A custom run, whose
// lesson nobody wrote down, gets every figure checked.

#include <QFlags>
#include <QString>

namespace cacophony {

class LessonAnomalies
{
public:
    enum Anomaly {
        Lost = 0x1,
        OutOfOrder = 0x2,
        Lateness = 0x4,
        Jitter = 0x8,
        Drift = 0x10, // away from the grid the first beat set
        Offset = 0x20, // the first beat late, and every later one with it
        Stale = 0x40,
        Overlap = 0x80,
        DroppedTicks = 0x100,
        Spin = 0x200,
        All = 0x3ff, // every figure a custom run can move
        Duplicates = 0x400, // beats numbered like an earlier one: only the closure lesson
    };
    Q_DECLARE_FLAGS(Anomalies, Anomaly)

    // By scenario or lesson id; All for custom and unknown ids.
    static Anomalies of(const QString &scenarioId);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LessonAnomalies::Anomalies)

} // namespace cacophony
