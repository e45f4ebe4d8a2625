#pragma once

// The beat view's first lane: where each beat should have been, with a guide line down
// to the actual beats (drawn down to guideBottom).
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class IdealBeatsLane
{
public:
    static void draw(const RenderContext &f, const LaneBand &band, double guideBottom);
};

} // namespace cacophony
