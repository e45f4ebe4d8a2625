#pragma once

// What every lane renderer draws with: the painter, the lanes' area, the time scale, the
// palette, the fonts, the mark scale of presentation mode, the model, and the hit index
// to record into (none for an export). Built once per draw by whoever paints (the
// on-screen layer, the exporter); the renderers only read it.
//
// UI thread only (painting).

#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "timeline/render/HitIndex.h"
#include "timeline/render/PixelStrip.h"
#include "timeline/render/TimeScale.h"

#include <QFont>
#include <QRect>

class QCPPainter;

namespace cacophony {

struct RenderContext
{
    QCPPainter *p = nullptr;
    QRect rect; // the lanes' area: the plot's axis rect
    TimeScale scale;
    // Of `scale`, read per item by the lanes.
    std::int64_t from = 0, to = 0; // visible time range, ns
    double nsPerPx = 1;
    double pxPerNs = 1;
    QFont font, small;
    const TimelineModel *model = nullptr;
    TimelinePalette palette;
    double markScale = 1.0;    // presentation: beat marks, arrows and lines this many times their size
    std::int64_t now = 0;      // where what happened ends: a task still running is drawn up to here
    HitIndex *hits = nullptr;  // null: this draw records nothing (an export)

    void setScale(const TimeScale &s)
    {
        scale = s;
        from = s.from();
        to = s.to();
        nsPerPx = s.nsPerPx();
        pxPerNs = s.pxPerNs();
    }
    double px(std::int64_t ns) const { return scale.px(ns); }
    std::int64_t ns(double pixel) const { return scale.ns(pixel); }
    double xf(std::int64_t ns) const { return scale.xf(ns); }
    std::int64_t nsAt(double pixel) const { return scale.nsAt(pixel); }

    // Into the hit index, when this draw records.
    void record(const QRectF &box, const TimelineHit &hit) const
    {
        if (hits)
            hits->add(box, hit);
    }
    void recordUnder(const QRectF &box, const TimelineHit &hit) const
    {
        if (hits)
            hits->addUnder(box, hit);
    }
    // Draws `strip` over `rows` and records it, its items found through `resolver`.
    void drawStrip(const PixelStrip &strip, const QRectF &rows, const HitIndex::Resolver &resolver) const
    {
        if (strip.empty())
            return;
        strip.draw(p, rows);
        if (hits)
            hits->addStrip(QRectF(strip.left(), resolver.top, strip.right() - strip.left() + 1,
                                  resolver.bottom - resolver.top),
                           resolver);
    }
};

} // namespace cacophony
