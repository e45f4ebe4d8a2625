#pragma once

// What kind of run a trace or a set of run settings is, and so how it is shown: the one
// place the window, the timeline, the exports and the statistics ask.
//
//  - Scenario: one of the series' 14 (or a custom strategy × profile); performs beats.
//  - Lesson: one of the series' small goroutine programs; the bedtime lessons print
//    lines instead of performing beats, the closure lesson performs beats.
//  - Program: a Go program run from its source (the trace carries the source); prints.
// A value type: cheap to copy, safe to use from any thread.

#include "trace/TraceData.h"

namespace cacophony {

struct Scenario;
struct Strategy;

class RunKind
{
public:
    enum class Source { Scenario, Lesson, Program };

    // From the settings alone (a run not played yet, the control strip's choice).
    static RunKind of(const RunSettings &settings);
    // From a recorded run: also a program (its source) and a trace that printed lines
    // though its strategy is unknown (a file of another version, a program): only then
    // are the events read.
    static RunKind of(const TraceData &trace);

    Source source() const { return m_source; }
    bool isLesson() const { return m_source == Source::Lesson; }
    // Log lines instead of beats: the statistics count lines, there is no beat to count.
    bool printsLines() const { return m_printsLines; }
    // Beats are labelled with their numbers (their order is the point), not with I/O.
    bool orderMatters() const { return m_orderMatters; }
    // Other tasks may outlive the main one: the end of program is drawn.
    bool endOfProgramMatters() const { return m_endOfProgramMatters; }
    // The beat view has something to show (ideal beats, measurements, beats).
    bool beatViewOffered() const { return m_source != Source::Program && !m_printsLines; }

    // Of the registry; nullptr for a custom run, a program or an unknown id.
    const Scenario *scenario() const { return m_scenario; }
    const Strategy *strategy() const { return m_strategy; }

private:
    Source m_source = Source::Scenario;
    const Scenario *m_scenario = nullptr;
    const Strategy *m_strategy = nullptr;
    bool m_printsLines = false;
    bool m_orderMatters = false;
    bool m_endOfProgramMatters = true;
};

} // namespace cacophony
