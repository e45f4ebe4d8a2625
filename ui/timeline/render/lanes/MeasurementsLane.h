#pragma once

// The beat view's volume measurements: one bar per measurement, overlapping ones in rows.
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class MeasurementsLane
{
public:
    static void draw(const RenderContext &f, const LaneBand &band);
};

} // namespace cacophony
