#pragma once

// The timeline's colours, derived from the widget palette so that the charts stay calm
// and legible in light and dark themes alike. Colours that carry meaning keep their hue
// in both (beats green, measurements red, blocked amber, the end of program red); only
// lightness and opacity follow the theme.

#include <QColor>

class QPalette;

namespace cacophony {

struct TimelinePalette
{
    bool dark = false;
    QColor background, text, mutedText, laneAlt, laneLine, grid;
    QColor ghostFill, ghostEdge, ghostText, guide;
    QColor measureFill, measureEdge, measureText;
    QColor beatFill, beatEdge, beatText, lostFill, lostEdge, lostText, disorder, duplicate;
    QColor endLine, afterEnd;
    QColor running, runningEdge, sleeping, blocked, spinning, spinningHatch, measuring;
    QColor channelBody, channelEdge, message, tick, dropped;
    QColor arrow, spawnArrow, returnArrow, highlight, titleAccent;

    static TimelinePalette fromPalette(const QPalette &palette);
    // For a projector (presentation mode): the same hues, with lines, edges and text
    // pushed toward full contrast and fills made more opaque, so a washed-out beamer
    // still shows them.
    static TimelinePalette highContrast(const QPalette &palette);
    // The replay cursor: a saturated colour that differs from every mark's.
    QColor cursor;
};

} // namespace cacophony
