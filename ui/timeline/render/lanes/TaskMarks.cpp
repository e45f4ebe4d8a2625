#include "timeline/render/lanes/TaskMarks.h"

#include "timeline/render/SpanWalk.h"

#include <QFontMetricsF>
#include <algorithm>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

// Measurements along the bottom edge of a task's box and beats as diamonds on it: what the
// task was busy with. Drawn from the shared beat-view tracks, each in its task's lane.
void TaskMarks::draw(const RenderContext &f, const std::vector<LaneBand> &bandList, std::vector<BeatNumber> *numbers)
{
    std::vector<const LaneBand *> bandOfLane(f.model->taskLanes().size(), nullptr);
    for (const LaneBand &band : bandList) {
        if (band.kind == LaneBand::Task)
            bandOfLane[std::size_t(band.lane)] = &band;
    }
    auto bandOf = [&](std::uint32_t task) -> const LaneBand * {
        const int lane = f.model->laneOfTask(task);
        return lane >= 0 ? bandOfLane[std::size_t(lane)] : nullptr;
    };
    QCPPainter *p = f.p;
    {
        const TimelineTrack &track = f.model->measurements();
        const std::size_t first = track.firstReaching(f.from);
        const std::size_t last = track.lowerBound(f.to);
        // Too many to tell apart: the sleeps they consist of already show.
        if (last > first && last - first <= std::size_t(f.rect.width()) * 2) {
            p->setPen(Qt::NoPen);
            p->setBrush(f.palette.measuring);
            for (std::size_t i = first; i < last; ++i) {
                const Event &e = f.model->event(track[i].ev);
                const LaneBand *band = bandOf(e.task);
                if (!band || e.end() < f.from)
                    continue;
                const QRectF area = taskBoxArea(*band);
                const double h = std::clamp(area.height() * 0.16, 2.0, 4.0);
                const double x0 = f.px(e.t);
                const QRectF r(x0, area.bottom() - h - 1, std::max(f.px(e.end()), x0 + 1) - x0, h);
                p->drawRect(r);
                f.record(r.adjusted(0, -2, 0, 1), TimelineHit{TimelineHit::TaskMeasure, track[i].ev, 0});
            }
        }
    }
    const TimelineTrack &track = f.model->beats();
    const std::size_t first = track.lowerBound(f.from);
    const std::size_t last = track.lowerBound(f.to);
    if (last > first && last - first > std::size_t(f.rect.width()) / 2) {
        // Per pixel column, a tick in the lanes of its first few beats (a strip per lane).
        constexpr int kBeatsPerColumn = 8;
        std::vector<PixelStrip> strips(f.model->taskLanes().size(), PixelStrip(f.rect.left(), 0));
        const QRgb tick = PixelStrip::premultiplied(f.palette.beatEdge);
        std::size_t i = first;
        while (i < last) {
            const int x = int(floorToInt(f.xf(track[i].t)));
            if (x > f.rect.right())
                break;
            const std::size_t j = std::max(i + 1, track.lowerBoundFrom(i + 1, f.nsAt(x + 1)));
            for (std::size_t k = i; k < std::min(j, i + kBeatsPerColumn); ++k) {
                const int lane = f.model->laneOfTask(f.model->event(track[k].ev).task);
                if (lane < 0 || !bandOfLane[std::size_t(lane)])
                    continue;
                PixelStrip &strip = strips[std::size_t(lane)];
                if (strip.empty())
                    strip = PixelStrip(f.rect.left(), f.rect.width());
                strip.put(x, tick);
            }
            i = j;
        }
        for (std::size_t lane = 0; lane < strips.size(); ++lane) {
            if (strips[lane].empty())
                continue;
            const QRectF area = taskBoxArea(*bandOfLane[lane]);
            const QRectF rows(f.rect.left(), area.top() + 2, f.rect.width(), area.height() - 4);
            f.drawStrip(strips[lane], rows,
                      Resolver{Resolver::Instants, TimelineHit::TaskBeat, &track, int(lane), rows.top(), rows.bottom()});
        }
        return;
    }
    const QFontMetricsF numberMetrics(f.small);
    // Where the next beat drawn in the same lane starts (numbers must not run into it).
    auto nextLeft = [&](std::size_t i) {
        const std::uint32_t task = f.model->event(track[i].ev).task;
        const int lane = f.model->laneOfTask(task);
        for (std::size_t k = i + 1; k < last && k < i + 64; ++k) {
            const Event &next = f.model->event(track[k].ev);
            if (f.model->laneOfTask(next.task) == lane)
                return f.px(next.t) - 6;
        }
        return 1e12;
    };
    // A lesson's printed lines are not beats: a round mark, numbered in the order they
    // were printed (the track is in time order), which is what the lesson is about.
    const bool prints = f.model->printsLines();
    for (std::size_t i = first; i < last; ++i) {
        const Event &e = f.model->event(track[i].ev);
        const LaneBand *band = bandOf(e.task);
        if (!band)
            continue;
        const QRectF area = taskBoxArea(*band);
        const double radius = std::clamp(area.height() * 0.2, 2.5, 5.0);
        const QPointF c(f.px(e.t), area.center().y());
        const bool lost = e.has(Lost);
        if (prints) {
            p->setPen(QPen(lost ? f.palette.lostEdge : f.palette.text, 1));
            p->setBrush(lost ? f.palette.lostFill : f.palette.background);
            p->drawEllipse(c, radius * 1.1, radius * 1.1);
        } else {
            p->setPen(QPen(lost ? f.palette.lostEdge : f.palette.beatEdge, 1));
            p->setBrush(lost ? f.palette.lostFill : f.palette.beatFill);
            const QPointF diamond[4] = {c + QPointF(0, -radius * 1.3), c + QPointF(radius, 0),
                                        c + QPointF(0, radius * 1.3), c + QPointF(-radius, 0)};
            p->drawPolygon(diamond, 4);
        }
        f.record(QRectF(c.x() - radius - 1, c.y() - radius * 1.3 - 1, 2 * radius + 2, radius * 2.6 + 2),
               TimelineHit{TimelineHit::TaskBeat, track[i].ev, 0});
        // Its number beside it, where there is room, so a beat out of order can be named.
        const QString number = prints ? QStringLiteral("#%1").arg(i + 1) : QString::number(e.a);
        const double w = numberMetrics.horizontalAdvance(number) + 2;
        if (c.x() + radius + 2 + w < nextLeft(i) || i + 1 == last) {
            numbers->push_back(BeatNumber{QRectF(c.x() + radius + 1, c.y() - radius * 1.3 - numberMetrics.height() * 0.6,
                                                 w + 2, numberMetrics.height()),
                                          number, lost ? f.palette.lostText : f.palette.text});
        }
    }
}

// The beats' numbers last, on a patch of the background: an arrow passing by (the next
// beat's spawn, a message) or the end of program must not hide which beat this is.
void TaskMarks::drawNumbers(const RenderContext &f, const std::vector<BeatNumber> &numbers)
{
    QCPPainter *p = f.p;
    p->setFont(f.small);
    for (const BeatNumber &number : numbers) {
        p->setPen(Qt::NoPen);
        p->setBrush(withAlpha(f.palette.background, 215));
        p->drawRoundedRect(number.box.adjusted(-1, 1, 1, -1), 2, 2);
        p->setPen(number.color);
        p->drawText(number.box, Qt::AlignCenter, number.text);
    }
}

} // namespace cacophony
