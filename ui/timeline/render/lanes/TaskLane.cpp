#include "timeline/render/lanes/TaskLane.h"

#include "timeline/render/SpanWalk.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

namespace {

constexpr double kMinLifePx = 6;

} // namespace

void TaskLane::draw(const RenderContext &f, const LaneBand &band)
{
    const TimelineModel::TaskLane &lane = f.model->taskLanes()[std::size_t(band.lane)];
    QCPPainter *p = f.p;
    const QRectF area = taskBoxArea(band);
    const std::int64_t now = f.now;

    // Lives: one box per task ("a box is a process"); ends are sorted since lives are disjoint.
    auto firstLife = std::lower_bound(lane.lives.begin(), lane.lives.end(), f.from,
                                      [now](const TimelineModel::Life &life, std::int64_t from) {
                                          return (life.end == TimelineModel::kOpen ? now : life.end) < from;
                                      });
    auto lifeEnd = [now](const TimelineModel::Life &life) {
        return life.end == TimelineModel::kOpen ? std::max(now, life.start) : life.end;
    };
    auto lastLife = std::upper_bound(firstLife, lane.lives.end(), f.to,
                                     [](std::int64_t to, const TimelineModel::Life &life) { return to < life.start; });
    const bool denseLives = std::size_t(lastLife - firstLife) > kSparseItems;
    auto life = [&](std::vector<TimelineModel::Life>::const_iterator it) {
        const double x0 = f.px(it->start);
        // A task of a few microseconds (a bedtime goroutine) is still a box one can point at.
        const double x1 = std::max(f.px(lifeEnd(*it)), x0 + (denseLives ? 2.0 : kMinLifePx));
        if (denseLives && x1 - x0 < kDetailPx)
            return false;
        const QRectF r(x0, area.top(), x1 - x0, area.height());
        QPen edge(f.palette.runningEdge, 1);
        if (it->end == TimelineModel::kOpen)
            edge.setStyle(Qt::DashLine);
        roundedBox(p, r, f.palette.running, edge, 3);
        f.record(r, TimelineHit{TimelineHit::TaskLife, it->task, 0});
        return true;
    };
    if (!denseLives) {
        for (auto it = firstLife; it != lastLife; ++it)
            life(it);
    } else {
        // Tasks too short to box: per pixel column where one starts, the lives starting
        // there cover up to the end of the last of them (disjoint, so it ends last).
        PixelStrip strip(f.rect.left(), f.rect.width());
        const QRgb fill = PixelStrip::premultiplied(f.palette.running);
        const double left = f.rect.left(), right = f.rect.right() + 1;
        for (auto it = firstLife; it != lastLife;) {
            const double x = f.xf(it->start);
            if (x >= right)
                break;
            if (f.xf(lifeEnd(*it)) - x >= kDetailPx && life(it)) {
                ++it;
                continue;
            }
            const int col = int(std::floor(std::max(x, left - 1)));
            const auto next = std::lower_bound(it + 1, lastLife, f.nsAt(col + 1),
                                               [](const TimelineModel::Life &l, std::int64_t t) { return l.start < t; });
            const double xEnd = std::min(f.xf(lifeEnd(*(next - 1))), right);
            strip.fill(std::max(col, int(left)), std::max(col, int(std::floor(xEnd))) + 1, fill);
            it = next;
        }
        f.drawStrip(strip, area, Resolver{Resolver::Lives, TimelineHit::TaskLife, nullptr, band.lane, area.top(), area.bottom()});
    }

    // Sleeps, blocked waits and spins: a task does one at a time, so the narrow ones of
    // all three share one strip.
    const QRectF inner(f.rect.left(), area.top() + 1.5, f.rect.width(), area.height() - 3);
    PixelStrip strip(f.rect.left(), f.rect.width());
    struct StripHit
    {
        const TimelineTrack *track;
        TimelineHit::Kind kind;
        int lo, hi;
    };
    std::vector<StripHit> stripHits;
    bool reversed = false; // tracks walked last first (see below)
    const QBrush hatch(f.palette.spinningHatch, Qt::BDiagPattern);
    auto spans = [&](const TimelineTrack &track, const QColor &color, TimelineHit::Kind kind, bool hatched) {
        const std::size_t first = track.firstReaching(f.from);
        const std::size_t last = track.lowerBound(f.to);
        if (first >= last)
            return;
        const bool dense = last - first > kSparseItems;
        const QBrush brush(color);
        auto span = [&](std::size_t i) {
            const Event &e = f.model->event(track[i].ev);
            if (e.end() < f.from)
                return true;
            const double x0 = f.px(e.t);
            const double x1 = std::max(f.px(e.end()), x0 + 1);
            if (dense && x1 - x0 < kDetailPx)
                return false;
            const QRectF r(x0, inner.top(), x1 - x0, inner.height());
            p->setPen(Qt::NoPen);
            p->setBrush(brush);
            p->drawRect(r);
            if (r.width() > 4) // back-to-back waits stay countable
                p->fillRect(QRectF(x0, r.top(), 1, r.height()), color.darker(f.palette.dark ? 70 : 125));
            if (dense && hatched) {
                p->setBrush(hatch);
                p->drawRect(r);
            }
            f.record(r, TimelineHit{kind, track[i].ev, 0});
            return true;
        };
        if (!dense) {
            for (std::size_t i = first; i < last; ++i)
                span(i);
            if (hatched) { // over the fills, as always
                p->setPen(Qt::NoPen);
                p->setBrush(hatch);
                for (std::size_t i = first; i < last; ++i) {
                    const Event &e = f.model->event(track[i].ev);
                    const double x0 = f.px(e.t);
                    p->drawRect(QRectF(x0, inner.top(), std::max(f.px(e.end()), x0 + 1) - x0, inner.height()));
                }
            }
            return;
        }
        const QRgb fill = PixelStrip::premultiplied(color);
        StripHit hit{&track, kind, INT_MAX, INT_MIN};
        auto note = [&](int x0, int x1) {
            hit.lo = std::min(hit.lo, x0);
            hit.hi = std::max(hit.hi, x1);
        };
        if (reversed) {
            walkSpans(
                f, track, first, last, span,
                [&](std::size_t, std::size_t, int x0, int x1) {
                    strip.fillUnder(x0, x1, fill);
                    note(x0, x1);
                },
                [&](int col) { return strip.firstEmpty(col); });
        } else {
            walkSpans(f, track, first, last, span, [&](std::size_t, std::size_t, int x0, int x1) {
                strip.fill(x0, x1, fill);
                note(x0, x1);
            });
        }
        if (hit.lo < hit.hi)
            stripHits.push_back(hit);
    };
    struct Kind
    {
        const TimelineTrack &track;
        const QColor &color;
        TimelineHit::Kind kind;
        bool hatched;
    };
    const Kind kinds[3] = {{lane.sleeps, f.palette.sleeping, TimelineHit::Sleep, false},
                           {lane.blocked, f.palette.blocked, TimelineHit::Blocked, false},
                           {lane.spins, f.palette.spinning, TimelineHit::Spin, true}};
    // Zoomed out, where every track of the lane is a strip of opaque colours and none has
    // an item wide enough to be drawn as itself, the last drawn wins each column: walk them
    // last first and skip the columns already settled (a lane that spins all along needs
    // no walk of its sleeps and waits). The same pixels as the walk in drawing order.
    reversed = true;
    for (const Kind &k : kinds) {
        const std::size_t first = k.track.firstReaching(f.from), last = k.track.lowerBound(f.to);
        if (first < last
            && (last - first <= kSparseItems || k.color.alpha() != 255
                || double(k.track.longest()) * f.pxPerNs >= kDetailPx - 0.5)) {
            reversed = false;
            break;
        }
    }
    if (reversed) {
        for (int k = 2; k >= 0; --k)
            spans(kinds[k].track, kinds[k].color, kinds[k].kind, kinds[k].hatched);
        std::reverse(stripHits.begin(), stripHits.end()); // hit boxes in drawing order
    } else {
        for (const Kind &k : kinds)
            spans(k.track, k.color, k.kind, k.hatched);
    }
    strip.draw(p, inner);
    if (f.hits) {
        for (const StripHit &h : stripHits)
            f.hits->addStrip(QRectF(h.lo, inner.top(), h.hi - h.lo, inner.height()),
                                Resolver{Resolver::Spans, h.kind, h.track, band.lane, inner.top(), inner.bottom()});
    }
}

} // namespace cacophony
