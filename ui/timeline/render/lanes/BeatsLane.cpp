#include "timeline/render/lanes/BeatsLane.h"

#include "timeline/render/lanes/MarkerMetrics.h"
#include "timeline/render/SpanWalk.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cacophony {

using namespace paint;
namespace {

constexpr double kStem = 8;      // from a marker's row down to the baseline
constexpr double kBaseline = 5;  // baseline above the lane's bottom
constexpr double kRowGap = 3;    // between stacked rows
constexpr double kTopPad = 3;
constexpr double kMarkerGap = 2; // between neighbours in a row

QFont overflowFont(const QFont &small)
{
    return scaledFont(small, 0.9, true);
}

double overflowRowHeight(const QFont &small)
{
    return std::ceil(QFontMetricsF(overflowFont(small)).height() + 2);
}

// A labelled marker no lower than its text.
double labelledHeight(const QFont &small, double markScale)
{
    return std::max(std::ceil(QFontMetricsF(small).height() + 5), 10.0 * markScale);
}

} // namespace

double BeatsLane::minHeight(const QFont &small, double markScale, int levels)
{
    return kBaseline + kStem + levels * (labelledHeight(small, markScale) + kRowGap) + overflowRowHeight(small)
        + kTopPad;
}

void BeatsLane::draw(const RenderContext &f, const LaneBand &band)
{
    const TimelineTrack &track = f.model->beats();
    const bool numbers = f.model->orderMatters();
    const double intervalPx = double(f.model->settings().intervalNs()) / f.nsPerPx;
    MarkerMetrics m = markerMetrics(f.small, band.height() / (numbers ? 1.9 : 1.3), intervalPx, numbers, f.markScale);
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
    const double baseline = band.bottom - kBaseline;
    const double overflowH = overflowRowHeight(f.small);
    // Rows for the markers (kMaxLevels where the order matters, numbered beats crowd):
    // lower them (not below their text) before giving up a row.
    const double rowsH = band.height() - kBaseline - kStem - overflowH - kTopPad;
    const int wanted = numbers ? kMaxLevels : kInOrderLevels;
    if (wanted * (m.h + kRowGap) > rowsH)
        m.h = std::max(m.labels ? labelledHeight(f.small, 1.0) : 4.0, rowsH / wanted - kRowGap);
    const int levels = std::clamp(int((rowsH + 0.5) / (m.h + kRowGap)), 1, kMaxLevels);
    std::vector<double> levelRight(std::size_t(levels), -1e9);
    const QFontMetricsF fm(f.small);
    const QFont markFont = overflowFont(f.small);
    const QFontMetricsF fmMark(markFont);
    struct Marker
    {
        QRectF box;
        double x;
        std::size_t item;
        QString label;
        bool hidden;
    };
    // Beats that found no free row, counted under one mark per crowd.
    struct Overflow
    {
        QRectF box;
        std::uint32_t ev; // the first beat hidden
        int count;
    };
    std::vector<Marker> markers;
    std::vector<Overflow> overflows;
    markers.reserve(last - first);
    const double overflowTop = baseline - kStem - levels * (m.h + kRowGap) - overflowH;
    for (std::size_t i = first; i < last; ++i) {
        const Event &e = f.model->event(track[i].ev);
        const QString label = numbers ? QString::number(e.a) : e.has(Tock) ? QStringLiteral("O") : QStringLiteral("I");
        const double w = m.labels ? std::max(m.w, fm.horizontalAdvance(label) + 10) : m.w;
        const double x = std::round(f.px(e.t)) + 0.5;
        // The lowest row with room (as the series does).
        int level = -1;
        for (int l = 0; l < levels; ++l) {
            if (levelRight[std::size_t(l)] + kMarkerGap <= x - w / 2) {
                level = l;
                break;
            }
        }
        if (level < 0) {
            if (!overflows.empty() && overflows.back().box.right() + 2 >= x - w / 2) {
                Overflow &o = overflows.back();
                ++o.count;
                o.box.setWidth(fmMark.horizontalAdvance(QStringLiteral("+%1").arg(o.count)) + 6);
            } else {
                const double mw = fmMark.horizontalAdvance(QStringLiteral("+1")) + 6;
                const double left = std::max(x - mw / 2, overflows.empty() ? -1e9 : overflows.back().box.right() + 2);
                overflows.push_back(Overflow{QRectF(left, overflowTop, mw, overflowH - 1), track[i].ev, 1});
            }
            markers.push_back(Marker{QRectF(x, baseline - kStem, 0, 0), x, i, label, true});
            continue;
        }
        levelRight[std::size_t(level)] = x + w / 2;
        const double top = baseline - kStem - (level + 1) * m.h - level * kRowGap;
        markers.push_back(Marker{QRectF(x - w / 2, top, w, m.h), x, i, label, false});
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
        if (marker.hidden)
            continue;
        const std::uint32_t bits = track[marker.item].extra;
        const bool lost = bits & TimelineModel::BeatLost;
        const bool disorder = bits & TimelineModel::BeatOutOfOrder;
        const bool duplicate = bits & TimelineModel::BeatDuplicate;
        const QColor edge = lost ? f.palette.lostEdge : f.palette.beatEdge;
        // Out of order: a solid red outline; a duplicate (a number already played, the
        // closure bug): a dotted one of its own colour; lost: dashed.
        QPen outline(edge, 1.0);
        if (duplicate) {
            outline = QPen(f.palette.duplicate, 2.0, Qt::SolidLine, Qt::FlatCap); // square caps fill the gaps
            outline.setDashPattern({1, 1});
        } else if (disorder) {
            outline = QPen(f.palette.disorder, 2.0);
        } else if (lost) {
            outline.setDashPattern({2.5, 2});
        }
        roundedBox(p, marker.box, lost ? f.palette.lostFill : f.palette.beatFill, outline, 3);
        if (m.labels) {
            p->setPen(lost ? f.palette.lostText : f.palette.beatText);
            p->drawText(marker.box, Qt::AlignCenter, marker.label);
        }
        f.record(marker.box, TimelineHit{TimelineHit::Beat, track[marker.item].ev, 0});
    }
    // The overflow marks: how many beats of this crowd are not drawn (zoom in to see them).
    p->setFont(markFont);
    for (const Overflow &o : overflows) {
        roundedBox(p, o.box, f.palette.ghostFill, QPen(f.palette.beatEdge, 1), 3);
        p->setPen(f.palette.text);
        p->drawText(o.box, Qt::AlignCenter, QStringLiteral("+%1").arg(o.count));
        f.record(o.box, TimelineHit{TimelineHit::Beat, o.ev, std::uint32_t(o.count)});
    }
}

} // namespace cacophony
