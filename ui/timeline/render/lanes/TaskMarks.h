#pragma once

// What tasks were busy with, on their boxes: measurements along the bottom edge and beats
// as diamonds with their numbers.
//
// UI thread only (painting).

#include "timeline/render/LaneBand.h"
#include "timeline/render/RenderContext.h"

#include <vector>

namespace cacophony {

class TaskMarks
{
public:
    // A beat's number beside its diamond, drawn last (above the arrows).
    struct BeatNumber
    {
        QRectF box;
        QString text;
        QColor color;
    };

    static void draw(const RenderContext &f, const std::vector<LaneBand> &bands, std::vector<BeatNumber> *numbers);
    static void drawNumbers(const RenderContext &f, const std::vector<BeatNumber> &numbers);
};

} // namespace cacophony
