#pragma once

// The arrows between lanes of the task view: spawns, sends, receives, closes and returns.
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class Arrows
{
public:
    static void draw(const RenderContext &f, const std::vector<LaneBand> &bands);
};

} // namespace cacophony
