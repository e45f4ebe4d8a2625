#include "timeline/render/SpanWalk.h"

#include <cmath>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

void drawDenseInstants(const RenderContext &f, const TimelineTrack &track, const QRectF &area, const QColor &color,
                       TimelineHit::Kind kind)
{
    PixelStrip strip(f.rect.left(), f.rect.width());
    const int left = f.rect.left(), right = f.rect.right();
    std::size_t i = track.lowerBound(f.nsAt(left));
    while (i < track.size()) {
        const double xi = double(floorToInt(f.xf(track[i].t)));
        if (xi > right)
            break;
        const int x = std::max(left, int(xi));
        const std::size_t j = std::max(i + 1, track.lowerBoundFrom(i + 1, f.nsAt(x + 1)));
        const std::size_t count = j - i;
        const int alpha = int(std::min(255.0, 90 + 40 * std::log2(double(count))));
        strip.put(x, PixelStrip::premultiplied(withAlpha(color, alpha)));
        i = j;
    }
    f.drawStrip(strip, area, Resolver{Resolver::Instants, kind, &track, -1, area.top(), area.bottom()});
}

} // namespace cacophony
