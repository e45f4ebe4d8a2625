#pragma once

// Where the last recorded draw put what, for tooltips, clicks and the highlight. Every
// lane records into it through the same calls while it draws; an export draws without
// one. Each entry names its event (TimelineHit::ev; for a task's life, the task), so a
// point on the chart leads back to what happened.
//
// A box is one item, or a strip: a dense run drawn as one image, whose item under the
// mouse is looked up in its track when pointed at (Resolver).
//
// UI thread only.

#include "timeline/TimelineModel.h"
#include "timeline/render/TimeScale.h"

#include <QPointF>
#include <QRectF>
#include <utility>
#include <vector>

namespace cacophony {

class HitIndex
{
public:
    // How to find the item under the mouse in a strip.
    struct Resolver
    {
        enum Role { Spans, Messages, Instants, Lives };
        Role role = Spans;
        TimelineHit::Kind kind = TimelineHit::None; // Instants of marks: Tick or Close by event
        const TimelineTrack *track = nullptr;
        int lane = -1; // Lives: the task lane; Instants: only items of this task lane (-1: all)
        double top = 0, bottom = 0;
    };

    explicit HitIndex(const TimelineModel *model);

    // Forgets everything: a new draw on `scale` records from here.
    void begin(const TimeScale &scale);
    void clear();

    // An item drawn in `rect`, above what was recorded before it.
    void add(const QRectF &rect, const TimelineHit &hit);
    // An item below everything else (dense arrows cross every lane).
    void addUnder(const QRectF &rect, const TimelineHit &hit);
    // A strip covering `box`; its items are found through `resolver`.
    void addStrip(const QRectF &box, const Resolver &resolver);

    // What the last recorded draw put under `pos`; its box in *box.
    TimelineHit hitAt(const QPointF &pos, QRectF *box = nullptr) const;
    // Where the last recorded draw put `hit` (empty if not drawn).
    QRectF boxOf(const TimelineHit &hit) const;
    // Every item of `kind` the last recorded draw put in a box of its own (not in a
    // strip), in drawing order.
    std::vector<std::pair<QRectF, TimelineHit>> boxes(TimelineHit::Kind kind) const;

private:
    struct HitBox
    {
        QRectF rect;
        TimelineHit hit;
        int resolver = -1; // >= 0: a strip; its item is found in m_resolvers[resolver]'s track
    };
    struct Resolved
    {
        TimelineHit hit;
        std::int64_t start, end;
    };

    TimelineHit resolve(const Resolver &r, double x, QRectF *box) const;
    QRectF locate(const Resolver &r, const TimelineHit &hit) const;

    const TimelineModel *m_model;
    std::vector<HitBox> m_hits;      // in drawing order
    std::vector<HitBox> m_underHits; // below everything else
    std::vector<Resolver> m_resolvers;
    double m_x0 = 0, m_pxPerNs = 1; // the time axis of the recorded draw
    mutable std::vector<Resolved> m_resolved; // lives found in strips (not searchable by id)
};

} // namespace cacophony
