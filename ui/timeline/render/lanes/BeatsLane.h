#pragma once

// The beat view's actual beats: a marker per beat, stacked where they crowd; out of order
// outlined, lost ones hatched.
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class BeatsLane
{
public:
    static void draw(const RenderContext &f, const LaneBand &band);
};

} // namespace cacophony
