#pragma once

// The numbers a run is judged by, computed from its recorded events alone (so a saved
// trace file gives the same figures as the live run). analyse() is a pure function of
// its input: no clocks, no randomness; the events need not be sorted.
//
// Definitions (all times in milliseconds of the run clock):
//  - A beat is *performed* if its Beat event is not flagged Lost and is not later than
//    ProgramEnd (when there is one). Every other expected beat number is *lost*, except
//    in a *stopped* run (one without ProgramEnd: Stop, Ctrl-C, or still running): there
//    the beats after the highest-numbered one performed were not yet due when the run
//    was stopped, and are neither performed nor lost; only a beat missing below it is.
//  - Expected beats: settings.beats, or the number of IdealBeat events when continuous;
//    0 for a run that prints log lines (a bedtime lesson: it has no beats).
//  - A beat is a *duplicate* if a performed beat with the same number came before it.
//  - Log lines (Print events, the bedtime lessons) count like beats: *printed* unless
//    flagged Lost or later than ProgramEnd, *lost* otherwise ("would have printed"), and
//    *out of order* if printed after a higher-numbered line.
//  - Ideal time of beat n: n * interval (interval = 60 s / bpm).
//  - Order, intervals and the first beat use performed beats sorted by time (ties keep
//    recording order). A beat is *out of order* if a higher-numbered beat was performed
//    before it.
//  - Lateness = actual minus ideal time, signed (early beats are negative); p99 is the
//    nearest-rank 99th percentile. Drift = lateness of the last performed beat.
//  - Offset = lateness of the lowest-numbered performed beat: a constant start-up delay
//    (a ticker's first tick, the first measurement) that the later beats inherit. Grid
//    drift = drift minus offset: how far the last beat strays from the grid the first
//    beat set, as `cacophony bench timing` reports it.
//  - Interval sd is the population standard deviation of consecutive differences.
//  - A measurement *overlaps* if its span shares time with another measurement's span
//    (touching end to start does not count).
//  - The *source* of a beat's volume is the latest measurement that ended at or before
//    the beat and produced the same volume, preferring one recorded by the beat's own
//    task (scenarios 2-10 measure on the performing task; 11-14 on another one). A beat
//    has a *repeated* (stale) volume if its source was already the source of an earlier
//    performed beat. Beats with no such measurement have no source and never count.
//  - Spin time is the sum of all Spin spans, whatever the task.

#include "trace/TraceData.h"

#include <QJsonObject>
#include <cstdint>

namespace cacophony {

struct IntervalStats
{
    double mean = 0, sd = 0, min = 0, max = 0; // milliseconds
};

struct LatenessStats
{
    double mean = 0, p99 = 0, max = 0; // milliseconds, actual beat minus its ideal time
};

struct RunAnalysis
{
    RunSettings settings;
    int beatsExpected = 0;
    int beatsPerformed = 0;    // before the end of program
    int beatsLost = 0;         // performed after the end of program, or never (see stopped)
    bool stopped = false;      // no end of program: stopped before the metronome returned
    int outOfOrder = 0;        // beats performed after a higher-numbered one
    int duplicateBeats = 0;    // performed beats whose number was performed before
    int linesPrinted = 0;      // log lines printed before the end of program
    int linesLost = 0;         // log lines printed after it (cut off)
    int linesOutOfOrder = 0;   // printed lines printed after a higher-numbered one
    IntervalStats interval;    // between consecutive performed beats, in performance order
    LatenessStats lateness;
    double firstBeatMs = -1;   // -1: no beat
    double endMs = -1;         // end of program; -1: never reached
    int measurements = 0;
    int overlappingMeasurements = 0; // measurements that overlap another one in time
    int repeatedVolumes = 0;   // beats whose volume came from a measurement already used
    double spinMs = 0;         // total time in Spin spans
    double driftMs = 0;        // last performed beat minus its ideal time; 0 without beats
    double offsetMs = 0;       // lowest-numbered performed beat minus its ideal time
    double gridDriftMs = 0;    // driftMs - offsetMs: drift from the first beat's grid
    int droppedTicks = 0;      // Tick events flagged Dropped

    static RunAnalysis analyse(const TraceData &trace);
    // The --json object: scenario, bpm, seed, beats_expected, ... (see docs/cli.md);
    // extra keys: strategy, profile, beats, drift_ms, dropped_ticks, duplicate_beats,
    // lines_printed, lines_lost, lines_out_of_order.
    QJsonObject toJson() const;
};

} // namespace cacophony
