#include "timeline/render/lanes/MeasurementsLane.h"

#include "timeline/render/SpanWalk.h"

#include <QFontMetricsF>
#include <algorithm>
#include <qcustomplot.h>

namespace cacophony {

using Resolver = HitIndex::Resolver;

void MeasurementsLane::draw(const RenderContext &f, const LaneBand &band)
{
    const TimelineTrack &track = f.model->measurements();
    const std::size_t first = track.firstReaching(f.from);
    const std::size_t last = track.lowerBound(f.to);
    const QRectF area(f.rect.left(), band.top + 5, f.rect.width(), band.height() - 10);
    if (first >= last)
        return;
    const bool dense = last - first > kSparseItems;
    QCPPainter *p = f.p;
    const int rows = std::clamp(f.model->measurementRows(), 1, kMaxMeasureRows);
    const double rowH = area.height() / rows;
    const QFontMetricsF fm(f.small);
    p->setFont(f.small);
    // Where the next measurement of the same row starts (sparse tracks only), or the edge.
    auto nextStartInRow = [&](std::size_t i, int row) {
        for (std::size_t k = i + 1; k < last && k < i + 64; ++k) {
            if (int(track[k].extra) % rows == row)
                return std::min(f.px(f.model->event(track[k].ev).t), double(f.rect.right()));
        }
        return double(f.rect.right());
    };
    auto measurement = [&](std::size_t i) {
        const Event &e = f.model->event(track[i].ev);
        if (e.end() < f.from)
            return true;
        const double x0 = f.px(e.t);
        const double x1 = std::max(f.px(e.end()), x0 + 1.5);
        if (dense && x1 - x0 < kDetailPx)
            return false;
        const int row = int(track[i].extra) % rows;
        const QRectF r(x0, area.top() + row * rowH + 1, x1 - x0, rowH - 2);
        p->setPen(Qt::NoPen);
        p->setBrush(f.palette.measureFill);
        p->drawRect(r);
        p->setPen(QPen(f.palette.measureEdge, 1));
        p->drawLine(QLineF(x0 + 0.5, r.top(), x0 + 0.5, r.bottom()));
        const QString value = QString::number(e.b);
        const double textW = fm.horizontalAdvance(value);
        if (r.width() >= textW + 7 && r.height() >= fm.height() * 0.8) {
            p->setPen(f.palette.measureText);
            p->drawText(r.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, value);
        } else if (!dense && r.height() >= fm.height() * 0.8 && x1 + textW + 6 <= nextStartInRow(i, row)) {
            // Too short to hold its value: beside it, while the row is free up to the next one.
            p->setPen(f.palette.measureText);
            p->drawText(QRectF(x1 + 2, r.top(), textW + 4, r.height()), Qt::AlignLeft | Qt::AlignVCenter, value);
        }
        f.record(r, TimelineHit{TimelineHit::Measure, track[i].ev, 0});
        return true;
    };
    if (!dense) {
        for (std::size_t i = first; i < last; ++i)
            measurement(i);
        return;
    }
    // Narrow ones in their row as they would look: the fill, and the edge where one starts
    // if there is room to tell them apart; a column where several start is density, in
    // every row, as a darker fill.
    std::vector<PixelStrip> strips(std::size_t(rows), PixelStrip(f.rect.left(), f.rect.width()));
    const QRgb fill = PixelStrip::premultiplied(f.palette.measureFill);
    const QRgb edge = PixelStrip::premultiplied(f.palette.measureEdge);
    const QRgb crowded = PixelStrip::premultiplied(f.palette.measureFill.darker(115));
    walkSpans(f, track, first, last, measurement, [&](std::size_t i, std::size_t j, int x0, int x1) {
        if (j - i == 1) {
            PixelStrip &strip = strips[std::size_t(int(track[i].extra) % rows)];
            strip.fill(x0, x1, fill);
            if (x1 - x0 >= 3)
                strip.put(x0, edge);
        } else {
            for (PixelStrip &strip : strips)
                strip.fill(x0, x1, crowded);
        }
    });
    for (int row = 0; row < rows; ++row)
        f.drawStrip(strips[std::size_t(row)], QRectF(area.left(), area.top() + row * rowH + 1, area.width(), rowH - 2),
                  Resolver{Resolver::Spans, TimelineHit::Measure, &track, -1, area.top() + row * rowH + 1,
                           area.top() + (row + 1) * rowH - 1});
}

} // namespace cacophony
