#pragma once

// The beat view's actual beats: a marker per beat, stacked in up to kMaxLevels rows where
// they crowd (as the series' chart 10 does), never over one another: a beat that finds no
// row free is hidden behind an overflow mark ("+n") in a row of its own above them, which
// says how many are hidden there. Out of order outlined red, duplicates dotted, lost ones
// dashed.
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <QFont>
#include <vector>

namespace cacophony {

class BeatsLane
{
public:
    static constexpr int kMaxLevels = 3;
    static constexpr int kInOrderLevels = 2; // a run whose order does not matter crowds less

    static void draw(const RenderContext &f, const LaneBand &band);
    // The height the lane needs for `levels` rows of labelled markers and the overflow
    // row, text in `small` (the context's small font), marks `markScale` times their size.
    static double minHeight(const QFont &small, double markScale, int levels);
};

} // namespace cacophony
