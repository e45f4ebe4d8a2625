#pragma once

// A task lane of the task view: each task's life as a box, and what it waited for
// inside it (sleeping, blocked, spinning).
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class TaskLane
{
public:
    static void draw(const RenderContext &f, const LaneBand &band);
};

} // namespace cacophony
