#pragma once

// What is drawn over the lanes rather than in one: the end of the program (a red line,
// the time after it shaded).
//
// UI thread only (painting).

#include "timeline/render/RenderContext.h"

namespace cacophony {

class Decorations
{
public:
    // Over the rows [top, bottom], if the run's kind draws its end (a program that can
    // outlive its beats) and it is in view.
    static void drawEndOfProgram(const RenderContext &f, double top, double bottom);
};

} // namespace cacophony
