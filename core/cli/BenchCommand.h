#pragma once

// `cacophony bench timing`: how well the ticker-driven scenarios keep time over a long
// run. For each scenario prints the inter-beat standard deviation and the cumulative
// drift (last beat's actual minus ideal time), one row as each run finishes. Silent;
// main thread only.

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
