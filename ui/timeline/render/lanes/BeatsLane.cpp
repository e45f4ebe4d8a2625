#include "timeline/render/lanes/BeatsLane.h"

#include "timeline/render/lanes/MarkerMetrics.h"
#include "timeline/render/SpanWalk.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

namespace {

constexpr int kMaxBeatLevels = 4; // stacked beat markers, as in the series' part 9

} // namespace

void BeatsLane::draw(const RenderContext &f, const LaneBand &band)
{
    const TimelineTrack &track = f.model->beats();
    const bool numbers = f.model->orderMatters();
    const double intervalPx = double(f.model->settings().intervalNs()) / f.nsPerPx;
    const MarkerMetrics m = markerMetrics(f.small, band.height() / (numbers ? 1.9 : 1.3), intervalPx, numbers, f.markScale);
    const std::int64_t slack = std::int64_t(m.w * f.nsPerPx);
    const std::size_t first = track.lowerBound(f.from - slack);
    const std::size_t last = track.lowerBound(f.to + slack);
    if (first >= last)
        return;
    if (last - first > std::size_t(f.rect.width()) / 2) {
        drawDenseInstants(f, track, QRectF(f.rect.left(), band.top + 6, f.rect.width(), band.height() - 12),
                          f.palette.beatEdge, TimelineHit::Beat);
        return;
    }
    QCPPainter *p = f.p;
    const double baseline = band.bottom - 5;
    const double stem = 8;
    const int levels = std::clamp(int((band.height() - stem - 10) / (m.h + 3)), 1, kMaxBeatLevels);
    std::vector<double> levelRight(std::size_t(levels), -1e9);
    const QFontMetricsF fm(f.small);
    struct Marker
    {
        QRectF box;
        double x;
        std::size_t item;
        QString label;
    };
    std::vector<Marker> markers;
    markers.reserve(last - first);
    for (std::size_t i = first; i < last; ++i) {
        const Event &e = f.model->event(track[i].ev);
        const QString label = numbers ? QString::number(e.a) : e.has(Tock) ? QStringLiteral("O") : QStringLiteral("I");
        const double w = m.labels ? std::max(m.w, fm.horizontalAdvance(label) + 10) : m.w;
        const double x = std::round(f.px(e.t)) + 0.5;
        // Stack markers that would overlap, lowest level first (as the series does).
        int level = -1;
        for (int l = 0; l < levels; ++l) {
            if (levelRight[std::size_t(l)] + 2 <= x - w / 2) {
                level = l;
                break;
            }
        }
        if (level < 0)
            level = int(std::min_element(levelRight.begin(), levelRight.end()) - levelRight.begin());
        levelRight[std::size_t(level)] = x + w / 2;
        const double top = baseline - stem - (level + 1) * m.h - level * 3;
        markers.push_back(Marker{QRectF(x - w / 2, top, w, m.h), x, i, label});
    }
    // Stems first, all of them, so that none crosses a box stacked below another.
    for (const Marker &marker : markers) {
        const QColor edge = (track[marker.item].extra & TimelineModel::BeatLost) ? f.palette.lostEdge : f.palette.beatEdge;
        p->setPen(QPen(edge, 1));
        p->drawLine(QLineF(marker.x, marker.box.bottom(), marker.x, baseline));
        p->setPen(Qt::NoPen);
        p->setBrush(edge);
        p->drawEllipse(QPointF(marker.x, baseline), 2.2, 2.2);
    }
    p->setFont(f.small);
    for (const Marker &marker : markers) {
        const std::uint32_t bits = track[marker.item].extra;
        const bool lost = bits & TimelineModel::BeatLost;
        const bool disorder = bits & TimelineModel::BeatOutOfOrder;
        const bool duplicate = bits & TimelineModel::BeatDuplicate;
        const QColor edge = lost ? f.palette.lostEdge : f.palette.beatEdge;
        QPen outline(disorder || duplicate ? f.palette.disorder : edge, disorder || duplicate ? 2.0 : 1.0);
        if (lost && !disorder)
            outline.setDashPattern({2.5, 2});
        if (duplicate) // a number already played (the closure bug): dotted
            outline.setDashPattern({1, 1});
        roundedBox(p, marker.box, lost ? f.palette.lostFill : f.palette.beatFill, outline, 3);
        if (m.labels) {
            p->setPen(lost ? f.palette.lostText : f.palette.beatText);
            p->drawText(marker.box, Qt::AlignCenter, marker.label);
        }
        f.record(marker.box, TimelineHit{TimelineHit::Beat, track[marker.item].ev, 0});
    }
}

} // namespace cacophony
