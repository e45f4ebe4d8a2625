#pragma once

// Trimming a continuous run's model to its window: drops what TraceWindow::keepFrom(events,
// cutoffNs) drops, in place. The kept events and items keep their order (no re-sort, no
// re-ingest), lanes left without a task go, the others keep their places; names of tasks
// with no event left go too.
//
// Not thread-safe: UI thread, like the model.

#include <cstdint>

namespace cacophony {

class TimelineModel;

class TimelineTrim
{
public:
    static void apply(TimelineModel &model, std::int64_t cutoffNs);
};

} // namespace cacophony
