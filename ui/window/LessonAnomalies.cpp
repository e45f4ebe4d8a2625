#include "window/LessonAnomalies.h"

#include "metronome/Scenario.h"

namespace cacophony {

LessonAnomalies::Anomalies LessonAnomalies::of(const QString &scenarioId)
{
    const Scenario *scenario = ScenarioRegistry::findScenario(scenarioId);
    if (!scenario)
        return All;
    if (scenario->isLesson()) {
        // A bedtime lesson shows its anomaly in the printed lines (always coloured); the
        // closure lesson is scenario 9 with one more bug (duplicates, always coloured).
        const Strategy *strategy = ScenarioRegistry::findStrategy(scenario->strategyId);
        return strategy && strategy->prints ? Anomalies {} : of(QStringLiteral("9")) | Duplicates;
    }
    // The "what the listener hears / the chart shows" column of the series, one by one.
    switch (scenario->number) {
    case 1: return Stale; // the volume never changes
    case 2: return Lateness | Drift; // too slow, the error accumulates
    case 3: return {}; // tempo restored
    case 4: return Lateness | Drift | Jitter; // late while measurements are long
    case 5: return Offset | Lateness; // the first beat an interval + a measurement late
    case 6: return {}; // beats land on ticks
    case 7:
    case 8: return Lateness | Jitter | Drift | DroppedTicks; // irregular, ticks dropped
    case 9: return Lost | OutOfOrder | Lateness | Jitter | Drift | Overlap;
    case 10: return OutOfOrder | Lateness | Jitter | Drift | Overlap;
    case 11:
    case 12: return Stale | Spin; // regular, some volumes repeat
    case 13: return Offset | Spin; // the first beat waits for the first measurement
    case 14: return {}; // regular, in order, on time
    default: return All;
    }
}

} // namespace cacophony
