#pragma once

// A channel lane of the task view: the channel as a cylinder, its messages inside, ticks
// and its close.
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class ChannelLane
{
public:
    static void draw(const RenderContext &f, const LaneBand &band);
};

} // namespace cacophony
