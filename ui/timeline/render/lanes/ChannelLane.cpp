#include "timeline/render/lanes/ChannelLane.h"

#include "timeline/render/SpanWalk.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

void ChannelLane::draw(const RenderContext &f, const LaneBand &band)
{
    const TimelineModel::ChannelLane &lane = f.model->channelLanes()[std::size_t(band.lane)];
    QCPPainter *p = f.p;
    const QRectF body = channelBodyArea(band);
    const ObjectInfo *info = f.model->objectInfo(lane.object);
    const bool ticker = info && info->kind == ObjectKind::Ticker;

    // The channel's body: a pipe along the lane, ended where the channel was closed.
    const std::int64_t closedAt = lane.closedAt;
    const double bodyRight = closedAt >= 0 ? std::min<double>(f.px(closedAt), f.rect.right() + 10) : f.rect.right() + 10;
    if (bodyRight > f.rect.left()) {
        p->setPen(QPen(withAlpha(f.palette.channelEdge, 110), 1));
        p->setBrush(withAlpha(f.palette.channelBody, 170));
        const double r = body.height() / 2;
        p->drawRoundedRect(QRectF(f.rect.left() - 20, body.top(), bodyRight - f.rect.left() + 20, body.height()), r, r);
    }

    // Messages waiting in the buffer, from send to receive; rows show how full it is.
    const TimelineTrack &messages = lane.messages;
    const std::size_t first = messages.firstReaching(f.from);
    const std::size_t last = messages.lowerBound(f.to);
    const int capacity = info ? int(std::clamp<std::int64_t>(info->capacity, 1, 5)) : 1;
    const QRectF inner = body.adjusted(0, 2, 0, -2);
    if (last > first) {
        const bool dense = last - first > kSparseItems;
        const double rowH = inner.height() / capacity;
        std::vector<double> rowRight(std::size_t(capacity), -1e9);
        auto message = [&](std::size_t i) {
            const Event &send = f.model->event(messages[i].ev);
            const Event &recv = f.model->event(messages[i].extra);
            const std::int64_t end = std::max(send.end(), recv.end());
            if (end < f.from)
                return true;
            const double x0 = f.px(send.end());
            if (dense && f.px(end) - x0 < kDetailPx)
                return false;
            const double x1 = std::max(f.px(end), x0 + 3);
            p->setPen(Qt::NoPen);
            int row = 0;
            while (row + 1 < capacity && rowRight[std::size_t(row)] > x0)
                ++row;
            rowRight[std::size_t(row)] = x1;
            const QRectF r(x0, inner.top() + row * rowH + 0.5, x1 - x0, std::max(1.5, rowH - 1));
            p->setBrush(withAlpha(f.palette.message, 170));
            const double radius = std::min(r.height(), r.width()) / 2;
            p->drawRoundedRect(r, radius, radius);
            f.record(r.adjusted(0, -1, 0, 1), TimelineHit{TimelineHit::Message, messages[i].ev, messages[i].extra});
            return true;
        };
        if (!dense) {
            for (std::size_t i = first; i < last; ++i)
                message(i);
        } else {
            // Too many to stack by how full the buffer is: where any is waiting.
            PixelStrip strip(f.rect.left(), f.rect.width());
            const QRgb fill = PixelStrip::premultiplied(withAlpha(f.palette.message, 150));
            walkSpans(f, messages, first, last, message,
                      [&](std::size_t, std::size_t, int x0, int x1) { strip.fill(x0, x1, fill); });
            f.drawStrip(strip, inner,
                      Resolver{Resolver::Messages, TimelineHit::Message, &messages, -1, inner.top(), inner.bottom()});
        }
    }

    // Ticks (a dropped tick hollow) and the close.
    const std::size_t m0 = lane.marks.lowerBound(f.from);
    const std::size_t m1 = lane.marks.lowerBound(f.to + 1);
    if (m1 - m0 > std::size_t(f.rect.width()) / 2) {
        drawDenseInstants(f, lane.marks, body, f.palette.tick, TimelineHit::None);
        return;
    }
    for (std::size_t i = m0; i < m1; ++i) {
        const Event &e = f.model->event(lane.marks[i].ev);
        const double x = std::round(f.px(e.t)) + 0.5;
        if (e.kind == EventKind::ChanClose) {
            p->setPen(QPen(f.palette.channelEdge.darker(130), 3, Qt::SolidLine, Qt::FlatCap));
            p->drawLine(QLineF(x, body.top() - 3, x, body.bottom() + 3));
            f.record(QRectF(x - 3, body.top() - 3, 6, body.height() + 6), TimelineHit{TimelineHit::Close, lane.marks[i].ev, 0});
        } else {
            const double h = body.height() * 0.5;
            const QRectF r(x - 3, body.center().y() - h / 2, 6, h);
            if (e.has(Dropped)) {
                p->setPen(QPen(f.palette.dropped, 1.2));
                p->setBrush(Qt::NoBrush);
                p->drawEllipse(QPointF(x, body.center().y()), 2.6, 2.6);
            } else {
                p->setPen(QPen(ticker ? f.palette.tick : f.palette.channelEdge, 1.6, Qt::SolidLine, Qt::FlatCap));
                p->drawLine(QLineF(x, r.top(), x, r.bottom()));
            }
            f.record(r, TimelineHit{TimelineHit::Tick, lane.marks[i].ev, 0});
        }
    }
}

} // namespace cacophony
