#include "timeline/render/lanes/Arrows.h"

#include "timeline/render/SpanWalk.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
using Resolver = HitIndex::Resolver;

namespace {

constexpr int kArrowsPerColumn = 1; // zoomed out: more per pixel column wash the lanes out in grey

} // namespace

void Arrows::draw(const RenderContext &f, const std::vector<LaneBand> &bandList)
{
    const TimelineTrack &arrows = f.model->arrows();
    const std::size_t first = arrows.lowerBound(f.from);
    const std::size_t last = arrows.lowerBound(f.to + 1);
    if (first >= last)
        return;
    // Band index of each model lane, to find where an arrow starts and ends.
    std::vector<int> taskBand(f.model->taskLanes().size(), -1);
    std::vector<int> channelBand(f.model->channelLanes().size(), -1);
    for (std::size_t i = 0; i < bandList.size(); ++i) {
        if (bandList[i].kind == LaneBand::Task)
            taskBand[std::size_t(bandList[i].lane)] = int(i);
        else if (bandList[i].kind == LaneBand::Channel)
            channelBand[std::size_t(bandList[i].lane)] = int(i);
    }
    auto bandOfTask = [&](std::uint32_t task) {
        const int lane = f.model->laneOfTask(task);
        return lane >= 0 ? taskBand[std::size_t(lane)] : -1;
    };
    auto bandOfChannel = [&](std::uint32_t object) {
        const int lane = f.model->laneOfChannel(object);
        return lane >= 0 ? channelBand[std::size_t(lane)] : -1;
    };
    auto area = [&](int band) {
        const LaneBand &b = bandList[std::size_t(band)];
        return b.kind == LaneBand::Task ? taskBoxArea(b) : channelBodyArea(b);
    };

    QCPPainter *p = f.p;
    auto endpoints = [&](const TrackItem &item, int *from, int *to, bool *filled, bool *dashed, QColor *color) {
        const Event &e = f.model->event(item.ev);
        *filled = false;
        *dashed = false;
        *color = f.palette.arrow;
        switch (TimelineModel::ArrowKind(item.extra)) {
        case TimelineModel::ArrowKind::Spawn:
            *from = bandOfTask(e.task);
            *to = bandOfTask(e.object);
            *color = f.palette.spawnArrow;
            break;
        case TimelineModel::ArrowKind::Send:
        case TimelineModel::ArrowKind::Close:
            *from = bandOfTask(e.task);
            *to = bandOfChannel(e.object);
            *filled = e.has(Blocked);
            break;
        case TimelineModel::ArrowKind::Recv:
            *from = bandOfChannel(e.object);
            *to = bandOfTask(e.task);
            *filled = e.has(Blocked);
            break;
        case TimelineModel::ArrowKind::Return:
            *from = bandOfTask(e.task);
            *to = bandOfTask(std::uint32_t(item.aux));
            *dashed = true;
            *color = f.palette.returnArrow;
            break;
        }
        return *from >= 0 && *to >= 0 && *from != *to;
    };
    auto span = [&](int from, int to) {
        const QRectF a = area(from), b = area(to);
        const bool down = from < to;
        return std::pair<double, double>(down ? a.bottom() : a.top(), down ? b.top() : b.bottom());
    };

    if (last - first > std::size_t(f.rect.width()) / 3) {
        // More arrows than room for them: per pixel column, a faint line for each of the
        // first few there, painted into one image (thin tall lines one by one are dear);
        // found by a search per column, so the cost follows the width, not the count.
        // Their hit boxes go under the lanes': the lanes' items stay easy to point at.
        QImage image(f.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(0);
        auto *pixels = reinterpret_cast<QRgb *>(image.bits()); // once: scanLine() checks for a detach each call
        const std::size_t stride = std::size_t(image.bytesPerLine()) / sizeof(QRgb);
        const int top = f.rect.top(), height = f.rect.height();
        std::size_t i = first;
        while (i < last) {
            const int x = int(floorToInt(f.xf(arrows[i].t)));
            if (x > f.rect.right())
                break;
            const std::size_t j = std::max(i + 1, arrows.lowerBoundFrom(i + 1, f.nsAt(x + 1)));
            if (x >= f.rect.left()) {
                for (std::size_t k = i; k < std::min(j, i + kArrowsPerColumn); ++k) {
                    int from = -1, to = -1;
                    bool filled = false, dashed = false;
                    QColor color;
                    if (!endpoints(arrows[k], &from, &to, &filled, &dashed, &color))
                        continue;
                    const auto [y0, y1] = span(from, to);
                    const int a = std::clamp(int(std::lround(std::min(y0, y1))) - top, 0, height);
                    const int b = std::clamp(int(std::lround(std::max(y0, y1))) - top, 0, height);
                    const QRgb px = PixelStrip::premultiplied(withAlpha(color, 90));
                    for (int y = a; y < b; ++y)
                        pixels[std::size_t(y) * stride + std::size_t(x - f.rect.left())] = px;
                    f.recordUnder(QRectF(x, top + a, 1, b - a), TimelineHit{TimelineHit::Arrow, arrows[k].ev, arrows[k].extra});
                }
            }
            i = j;
        }
        p->drawImage(f.rect.topLeft(), image);
        return;
    }
    for (std::size_t i = first; i < last; ++i) {
        int from = -1, to = -1;
        bool filled = false, dashed = false;
        QColor color;
        if (!endpoints(arrows[i], &from, &to, &filled, &dashed, &color))
            continue;
        const double x = std::round(f.px(arrows[i].t)) + 0.5;
        const auto [y0, y1] = span(from, to);
        drawArrow(p, QPointF(x, y0), QPointF(x, y1), color, filled, dashed, f.palette.background, 1.2 * f.markScale);
        f.record(QRectF(x - 2, std::min(y0, y1), 4, std::abs(y1 - y0)),
               TimelineHit{TimelineHit::Arrow, arrows[i].ev, arrows[i].extra});
    }
}

} // namespace cacophony
