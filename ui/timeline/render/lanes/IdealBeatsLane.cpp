#include "timeline/render/lanes/IdealBeatsLane.h"

#include "timeline/render/lanes/MarkerMetrics.h"
#include "timeline/render/SpanWalk.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

void IdealBeatsLane::draw(const RenderContext &f, const LaneBand &band, double guideBottom)
{
    const TimelineTrack &track = f.model->idealBeats();
    const double intervalPx = double(f.model->settings().intervalNs()) / f.nsPerPx;
    const MarkerMetrics m = markerMetrics(f.small, band.height(), intervalPx, false, f.markScale);
    const std::int64_t slack = std::int64_t(m.w * f.nsPerPx);
    const std::size_t first = track.lowerBound(f.from - slack);
    const std::size_t last = track.lowerBound(f.to + slack);
    if (last - first > std::size_t(f.rect.width()) / 2) {
        drawDenseInstants(f, track, QRectF(f.rect.left(), band.top + 4, f.rect.width(), band.height() - 8),
                          f.palette.ghostEdge, TimelineHit::IdealBeat);
        return;
    }
    QCPPainter *p = f.p;
    const double top = band.center() - m.h / 2;
    // Guides: the ghost grid carried down through the lanes, so lateness can be read off.
    QPen guide(f.palette.guide, 1);
    guide.setDashPattern({2, 3});
    p->setPen(guide);
    for (std::size_t i = first; i < last; ++i) {
        const double x = std::round(f.px(track[i].t)) + 0.5;
        p->drawLine(QLineF(x, top + m.h, x, guideBottom));
    }
    p->setFont(f.small);
    for (std::size_t i = first; i < last; ++i) {
        const Event &e = f.model->event(track[i].ev);
        const double x = f.px(e.t);
        const QRectF r(x - m.w / 2, top, m.w, m.h);
        // A number never performed (skipped by the closure bug, or lost): a red dashed ghost.
        QPen edge(f.palette.ghostEdge, 1);
        if (f.model->neverPerformed(e.a)) {
            edge = QPen(f.palette.disorder, 1.5);
            edge.setDashPattern({2, 1.5});
        }
        roundedBox(p, r, f.palette.ghostFill, edge, 3);
        if (m.labels) {
            p->setPen(f.palette.ghostText);
            p->drawText(r, Qt::AlignCenter, (e.a % 2) ? QStringLiteral("O") : QStringLiteral("I"));
        }
        f.record(r, TimelineHit{TimelineHit::IdealBeat, track[i].ev, 0});
    }
}

} // namespace cacophony
