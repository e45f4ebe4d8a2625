#pragma once

// What is drawn over the lanes rather than in one: the end of the program (a red line,
// the time after it shaded) and metronome mode's tempo changes (a thin line, labelled).
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
    // Over the rows [top, bottom], each tempo change in view: a thin dashed line at its
    // first beat at the new tempo, "old → new BPM" at the top (skipped where it would
    // overlap the previous label; the tooltip still tells).
    static void drawTempoChanges(const RenderContext &f, double top, double bottom);
};

} // namespace cacophony
