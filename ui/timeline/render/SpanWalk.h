#pragma once

// The level-of-detail walks: a track with at most kSparseItems items in view is drawn
// item by item, always. Above it the track is walked by pixel column: items at least
// kDetailPx wide are still drawn as themselves, narrower ones become coverage in a strip
// (they would be a pixel or two of flat colour anyway), so the cost follows the columns,
// not the items.
//
// UI thread only (painting).

#include "timeline/TimelineTrack.h"
#include "timeline/render/PaintPrimitives.h"
#include "timeline/render/RenderContext.h"

#include <QColor>
#include <QRectF>
#include <algorithm>
#include <cstddef>
#include <limits>

namespace cacophony {

constexpr std::size_t kSparseItems = 64;
constexpr double kDetailPx = 4;

// Walks the items [first, last) of a span track (aux = running max end) by pixel column.
// An item that may be at least kDetailPx wide goes to detail(i), which draws it and
// returns true, or returns false when it is narrower after all. A narrow item is covered
// with every other item that starts in its pixel column, up to the largest end among
// them, by cover(i, j, x0, x1) for the items [i, j) in whole columns [x0, x1): one galloping search per occupied
// column, so the cost follows the columns, not the items.
//
// skipTo(col), if given, returns the first column at or after col whose colour is already
// settled (columns in between are painted over whatever this track does there); the walk
// then takes all items starting in the columns before it in one search and covers them
// together, as the column-by-column walk would have covered them beyond it. Only for a
// track in which no item is wide enough to be drawn as itself (detail(i) false for every
// item in view).
template<typename Frame, typename Detail, typename Cover, typename SkipTo>
void walkSpans(const Frame &f, const TimelineTrack &track, std::size_t first, std::size_t last, Detail &&detail,
               Cover &&cover, SkipTo &&skipTo)
{
    const double left = f.rect.left(), right = f.rect.right() + 1;
    std::size_t i = first;
    std::int64_t before = first > 0 ? track[first - 1].aux : std::numeric_limits<std::int64_t>::min();
    while (i < last) {
        const TrackItem &item = track[i];
        const double x = f.xf(item.t);
        if (x >= right)
            break;
        // aux bounds this item's end from above.
        if (f.xf(item.aux) - x >= kDetailPx && detail(i)) {
            before = item.aux;
            ++i;
            continue;
        }
        const int col = int(paint::floorToInt(std::max(x, left - 1)));
        if (const int settled = col >= left ? skipTo(col) : col; settled > col) {
            // Up to column `settled`: the items the walk would take there, and how far the
            // widest of them reaches (its coverage beyond `settled` still shows).
            const std::size_t k = std::min(last, std::max(i + 1, track.lowerBoundFrom(i + 1, f.nsAt(settled))));
            const std::int64_t reach = track[k - 1].aux;
            int x1 = int(paint::floorToInt(std::max(f.xf(track[k - 1].t), left - 1))) + 1;
            if (reach > before)
                x1 = std::max(x1, int(paint::floorToInt(std::min(f.xf(reach), right))) + 1);
            cover(i, k, col, x1);
            before = reach;
            i = k;
            continue;
        }
        const std::size_t j = std::min(last, std::max(i + 1, track.lowerBoundFrom(i + 1, f.nsAt(col + 1))));
        // The largest end among i..j-1 is aux[j-1] if that grew past the items before i;
        // otherwise they all end inside an earlier item, which covers them.
        const std::int64_t reach = j == i + 1 ? item.aux : track[j - 1].aux;
        const std::int64_t end = reach > before ? reach : item.t;
        const double xEnd = std::min(f.xf(end), right);
        if (xEnd >= left)
            cover(i, j, std::max(col, int(left)), std::max(col, int(paint::floorToInt(xEnd))) + 1);
        before = reach;
        i = j;
    }
}

template<typename Frame, typename Detail, typename Cover>
void walkSpans(const Frame &f, const TimelineTrack &track, std::size_t first, std::size_t last, Detail &&detail,
               Cover &&cover)
{
    walkSpans(f, track, first, last, detail, cover, [](int col) { return col; });
}


// More instants than pixels: one mark per occupied column, darker where more fall; a
// galloping search per column, all of it one strip.
void drawDenseInstants(const RenderContext &f, const TimelineTrack &track, const QRectF &area, const QColor &color,
                       TimelineHit::Kind kind);

} // namespace cacophony
