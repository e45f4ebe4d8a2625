#pragma once

// `cacophony bench timing`: how well the ticker-driven scenarios keep time, as figures
// that hold on a loaded machine: each scenario runs in rounds, alternating with the same
// scenario in Go (benchmarks/go/metronome, where it is built) and with the floor (a bare
// tick loop, TickerFloor), so that all three meet the same conditions. Per round one row:
// the interval sd of each, the first beat's offset and the grid drift (RunAnalysis), the
// load average; under it where the beats' time after their ticks went (BeatStages). Per
// scenario then the medians with confidence intervals and the per-round ratios to Go and
// to the floor (BenchStatistics). Silent; main thread only.

#include "analysis/BeatStages.h"
#include "cli/RunOptions.h"

#include <QJsonObject>
#include <QString>

namespace cacophony {

class BenchCommand
{
public:
    explicit BenchCommand(const RunOptions &options);
    // 0, 1 if a run failed, 128 + signal if interrupted.
    int exec();

    // The stages line printed under a round's row; "n/a" where no beat followed a tick.
    static QString stagesLine(const BeatStages &stages);
    // The Go program that runs the scenarios: $CACOPHONY_GO_METRONOME, else the one the
    // build puts beside the app (benchmarks/go/metronome). Empty if there is none.
    static QString goProgram();

private:
    const RunOptions &m_options;
};

} // namespace cacophony
