#pragma once

// `cacophony bench timing`: how well the ticker-driven scenarios keep time over a long
// run. For each scenario prints the inter-beat standard deviation, the first beat's offset
// and the grid drift (RunAnalysis), one row as each run finishes, and under it where the
// beats' time after their ticks went, stage by stage (BeatStages). Silent; main thread only.

#include "cli/RunOptions.h"

namespace cacophony {

class BenchCommand
{
public:
    explicit BenchCommand(const RunOptions &options);
    // 0, 1 if a run failed, 128 + signal if interrupted.
    int exec();

private:
    const RunOptions &m_options;
};

} // namespace cacophony
