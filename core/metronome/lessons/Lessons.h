#pragma once

// The series' small goroutine programs (page 4/14), played as lessons. Each is a
// StrategyFunction like the metronome implementations; ScenarioRegistry::lessons() lists
// them. The bedtime programs print log lines (BeatPerformer::print) instead of beats.

#include <QString>

namespace cacophony {

class MetronomeContext;

// The lines the bedtime programs print, by number: the number is what a Print event
// records and what "in order" means.
enum BedtimeLine : int {
    WalkIntoBathroom,
    Undress,
    TakeShower,
    PutPyjamasOn,
    HugYourParents,
    ProgramEnds,  // the sequential, go and wait-group programs
    ProgramEnded, // the program with a pause, as in the seed
    BedtimeLineCount
};

// The line as the program prints it ("walk into bathroom"); "line N" beyond the table.
QString bedtimeLineText(int line);

void bedtimeSequential(MetronomeContext &m);
void bedtimeGo(MetronomeContext &m);
void bedtimeGoPause(MetronomeContext &m);
void bedtimeWaitGroup(MetronomeContext &m);
void asyncNaiveClosure(MetronomeContext &m);

} // namespace cacophony
