#include "session/RunKind.h"

#include "metronome/Scenario.h"

#include <algorithm>

namespace cacophony {

RunKind RunKind::of(const RunSettings &settings)
{
    RunKind kind;
    kind.m_scenario = ScenarioRegistry::findScenario(settings.scenario);
    kind.m_strategy = ScenarioRegistry::findStrategy(settings.strategy);
    if (kind.m_scenario && kind.m_scenario->isLesson())
        kind.m_source = Source::Lesson;
    if (const Strategy *s = kind.m_strategy) {
        kind.m_printsLines = s->prints;
        kind.m_orderMatters = s->orderMatters;
        kind.m_endOfProgramMatters = s->asynchronous;
    }
    // Unknown strategy: nothing is known to end with the main task, so its end is drawn.
    return kind;
}

RunKind RunKind::of(const TraceData &trace)
{
    RunKind kind = of(trace.settings);
    if (!trace.source.isEmpty())
        kind.m_source = Source::Program;
    // A known strategy says it; otherwise the events do (one pass, only then).
    if (!kind.m_strategy)
        kind.m_printsLines = std::any_of(trace.events.cbegin(), trace.events.cend(),
            [](const Event &e) { return e.kind == EventKind::Print; });
    return kind;
}

} // namespace cacophony
