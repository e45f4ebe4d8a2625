#include "timeline/TimelineLayer.h"

#include "timeline/render/PaintPrimitives.h"
#include "timeline/render/PixelStrip.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainterPath>
#include <algorithm>
#include <climits>
#include <cmath>

namespace cacophony {

using namespace paint;

namespace {

constexpr int kMaxMeasureRows = 6;  // deeper overlaps share rows (still visible by their darker tint)
constexpr int kMaxBeatLevels = 4;   // stacked beat markers, as in the series' part 9
constexpr double kLabelPad = 10;
// A track with at most this many items in view is drawn item by item, always. Above it
// the track is walked by pixel column: items at least kDetailPx wide are still drawn as
// themselves, narrower ones become coverage in a strip (they would be a pixel or two of
// flat colour anyway), so the cost follows the columns, not the items.
constexpr std::size_t kSparseItems = 64;
constexpr double kDetailPx = 4;
constexpr int kArrowsPerColumn = 1; // zoomed out: more per pixel column wash the lanes out in grey

} // namespace

struct TimelineLayer::Frame
{
    QCPPainter *p = nullptr;
    QRect rect;
    TimeScale scale;
    std::int64_t from = 0, to = 0; // visible time range, ns
    double nsPerPx = 1;
    QFont font, small;
    double pxPerNs = 1;

    double px(std::int64_t ns) const { return scale.px(ns); }
    std::int64_t ns(double pixel) const { return scale.ns(pixel); }
    double xf(std::int64_t ns) const { return scale.xf(ns); }
    std::int64_t nsAt(double pixel) const { return scale.nsAt(pixel); }
};

namespace {

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
        const int col = int(floorToInt(std::max(x, left - 1)));
        if (const int settled = col >= left ? skipTo(col) : col; settled > col) {
            // Up to column `settled`: the items the walk would take there, and how far the
            // widest of them reaches (its coverage beyond `settled` still shows).
            const std::size_t k = std::min(last, std::max(i + 1, track.lowerBoundFrom(i + 1, f.nsAt(settled))));
            const std::int64_t reach = track[k - 1].aux;
            int x1 = int(floorToInt(std::max(f.xf(track[k - 1].t), left - 1))) + 1;
            if (reach > before)
                x1 = std::max(x1, int(floorToInt(std::min(f.xf(reach), right))) + 1);
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
            cover(i, j, std::max(col, int(left)), std::max(col, int(floorToInt(xEnd))) + 1);
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

} // namespace

struct TimelineLayer::LegendEntry
{
    enum Glyph {
        Ghost, MeasureBar, BeatBox, Disorder, LostBox, EndLine, TaskBox, Cylinder, SyncArrow, AsyncArrow,
        ReturnArrow, Sleeping, Blocked, Spinning, Measuring, Message, Tick, TaskBeat
    };
    Glyph glyph;
    QString text;
};

TimelineLayer::TimelineLayer(QCustomPlot *plot, const TimelineModel *model)
    : QCPLayerable(plot)
    , m_model(model)
    , m_hitIndex(model)
{
}

void TimelineLayer::setView(TimelineView::View view)
{
    m_view = view;
    m_hitIndex.clear();
}

void TimelineLayer::setPalette(const TimelinePalette &palette)
{
    m_palette = palette;
}

void TimelineLayer::setTitle(const QString &title)
{
    m_title = title;
}

void TimelineLayer::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

std::vector<TimelineLayer::LegendEntry> TimelineLayer::legend() const
{
    if (m_view == TimelineView::View::Beats) {
        std::vector<LegendEntry> entries = {
            {LegendEntry::Ghost, tr("ideal beat")},
            {LegendEntry::MeasureBar, tr("volume measurement")},
            {LegendEntry::BeatBox, tr("beat")},
        };
        if (m_model->orderMatters())
            entries.push_back({LegendEntry::Disorder, tr("out of order")});
        if (m_model->endOfProgramMatters()) {
            entries.push_back({LegendEntry::LostBox, tr("lost")});
            entries.push_back({LegendEntry::EndLine, tr("end of program")});
        }
        return entries;
    }
    return {
        {LegendEntry::TaskBox, tr("task")},
        {LegendEntry::TaskBeat, tr("beat (its number)")},
        {LegendEntry::Cylinder, tr("channel (its buffer size)")},
        {LegendEntry::Message, tr("message in a channel")},
        {LegendEntry::Tick, tr("tick")},
        {LegendEntry::SyncArrow, tr("synchronous")},
        {LegendEntry::AsyncArrow, tr("asynchronous")},
        {LegendEntry::ReturnArrow, tr("return")},
        {LegendEntry::Sleeping, tr("sleeping")},
        {LegendEntry::Blocked, tr("blocked")},
        {LegendEntry::Spinning, tr("spinning")},
        {LegendEntry::Measuring, tr("measuring volume")},
    };
}

namespace {

constexpr double kGlyphW = 20;
constexpr double kEntryGap = 16;

struct TopLayout
{
    double rowH = 0;
    bool titleOwnRow = false;
    std::vector<std::vector<int>> legendRows;
    std::vector<double> rowWidths;
    int rows() const { return int(legendRows.size()) + (titleOwnRow ? 1 : 0); }
};

} // namespace

static TopLayout layoutTop(const QStringList &texts, const QString &title, const QFont &font, const QFont &titleFont,
                           double width)
{
    TopLayout layout;
    const QFontMetricsF fm(font);
    layout.rowH = std::ceil(fm.height() + 10);
    const double available = std::max(100.0, width - 2 * kLabelPad);
    std::vector<int> row;
    double rowW = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const double w = kGlyphW + 5 + fm.horizontalAdvance(texts[i]) + (i + 1 < texts.size() ? kEntryGap : 0);
        if (!row.empty() && rowW + w > available) {
            layout.legendRows.push_back(row);
            layout.rowWidths.push_back(rowW);
            row.clear();
            rowW = 0;
        }
        row.push_back(i);
        rowW += w;
    }
    if (!row.empty()) {
        layout.legendRows.push_back(row);
        layout.rowWidths.push_back(rowW);
    }
    if (!title.isEmpty()) {
        const double titleW = QFontMetricsF(titleFont).horizontalAdvance(title) + 24;
        layout.titleOwnRow = layout.legendRows.size() != 1 || titleW + 30 + layout.rowWidths[0] > available;
    }
    return layout;
}

QMargins TimelineLayer::margins(int viewportWidth) const
{
    const QFont font = mParentPlot->font();
    const QFontMetricsF fm(font);
    double labelW = 40;
    const std::vector<Band> lanes = bands(QRect(0, 0, 100, 100));
    for (const Band &band : lanes) {
        const double glyph = band.kind == Band::Channel ? 30 : 0;
        labelW = std::max(labelW, fm.horizontalAdvance(band.label) + glyph);
    }
    const int left = int(std::ceil(std::clamp(labelW + 2 * kLabelPad + 6, 70.0, 240.0)));
    QStringList texts;
    for (const LegendEntry &entry : legend())
        texts << entry.text;
    const TopLayout top = layoutTop(texts, m_title, scaledFont(font, 0.92), scaledFont(font, 1.08, true),
                                    viewportWidth);
    return QMargins(left, int(top.rows() * top.rowH + 4), 18, 0);
}

std::vector<TimelineLayer::Band> TimelineLayer::bands(const QRect &rect) const
{
    struct Spec
    {
        Band::Kind kind;
        int lane;
        double weight;
        QString label;
    };
    std::vector<Spec> specs;
    if (m_view == TimelineView::View::Beats) {
        const int rows = std::min(m_model->measurementRows(), kMaxMeasureRows);
        specs.push_back({Band::Ideal, 0, 1.0, tr("Ideal beats")});
        specs.push_back({Band::Measures, 0, 0.9 + 0.35 * (rows - 1), tr("Volume measurements")});
        // Room for the stacked markers it draws (up to kMaxBeatLevels), not an empty half.
        specs.push_back({Band::Beats, 0, m_model->orderMatters() ? 1.05 : 0.8, tr("Actual beats")});
    } else {
        for (const TimelineModel::LaneRef &ref : m_model->taskViewOrder()) {
            if (ref.channel)
                specs.push_back({Band::Channel, ref.index, 0.78, m_model->channelLaneLabel(ref.index)});
            else
                specs.push_back({Band::Task, ref.index, 1.0, m_model->taskLaneLabel(ref.index)});
        }
    }
    double total = 0;
    for (const Spec &spec : specs)
        total += spec.weight;
    std::vector<Band> result;
    double y = rect.top();
    for (const Spec &spec : specs) {
        const double h = total > 0 ? rect.height() * spec.weight / total : 0;
        result.push_back(Band{spec.kind, spec.lane, y, y + h, spec.label});
        y += h;
    }
    return result;
}

void TimelineLayer::record(const QRectF &rect, const TimelineHit &hit)
{
    if (m_recording)
        m_hitIndex.add(rect, hit);
}

void TimelineLayer::recordUnder(const QRectF &rect, const TimelineHit &hit)
{
    if (m_recording)
        m_hitIndex.addUnder(rect, hit);
}

void TimelineLayer::drawStrip(const Frame &f, const PixelStrip &strip, const QRectF &rows, const Resolver &resolver)
{
    if (strip.empty())
        return;
    strip.draw(f.p, rows);
    if (m_recording)
        m_hitIndex.addStrip(QRectF(strip.left(), resolver.top, strip.right() - strip.left() + 1,
                                   resolver.bottom - resolver.top),
                            resolver);
}

void TimelineLayer::draw(QCPPainter *painter)
{
    QCPAxis *axis = mParentPlot->xAxis;
    const QRect rect = axis->axisRect()->rect();
    m_recording = m_recordHits;
    if (m_recording)
        m_hitIndex.clear();
    if (rect.width() < 4 || rect.height() < 4)
        return;
    const std::vector<Band> bandList = bands(rect);

    Frame f;
    f.p = painter;
    f.rect = rect;
    f.scale = TimeScale(axis->range().lower, axis->range().upper, rect);
    f.from = f.scale.from();
    f.to = f.scale.to();
    f.nsPerPx = f.scale.nsPerPx();
    f.pxPerNs = f.scale.pxPerNs();
    if (m_recording)
        m_hitIndex.begin(f.scale);
    f.font = mParentPlot->font();
    f.small = scaledFont(f.font, 0.86);

    painter->save();
    painter->setClipRect(rect);
    // Lane bands: a faint alternate tint and a hairline between lanes.
    for (std::size_t i = 0; i < bandList.size(); ++i) {
        const Band &band = bandList[i];
        if (i % 2 == 1)
            painter->fillRect(QRectF(rect.left(), band.top, rect.width(), band.height()),
                              withAlpha(m_palette.text, m_palette.dark ? 12 : 7));
        if (i + 1 < bandList.size()) {
            painter->setPen(QPen(m_palette.laneLine, 1));
            painter->drawLine(QLineF(rect.left(), std::round(band.bottom) + 0.5, rect.right(),
                                     std::round(band.bottom) + 0.5));
        }
    }
    if (m_view == TimelineView::View::Beats) {
        // Under the beats: one performed just before the end (scenario 14's last) stays
        // readable instead of hiding under the red line.
        drawEndOfProgram(f, rect.top(), rect.bottom());
        drawBeatView(f, bandList);
    } else {
        std::vector<BeatNumber> numbers;
        drawTaskView(f, bandList, &numbers);
        drawEndOfProgram(f, rect.top(), rect.bottom());
        drawBeatNumbers(f, numbers);
    }
    painter->restore();

    drawLaneLabels(painter, rect, bandList);
    drawTitleAndLegend(painter, rect);
}

// ---- beat view ----------------------------------------------------------------------------

void TimelineLayer::drawBeatView(const Frame &f, const std::vector<Band> &bandList)
{
    if (bandList.size() < 3)
        return;
    drawIdealBeats(f, bandList[0], bandList[2].bottom - 4);
    drawMeasurements(f, bandList[1]);
    drawBeats(f, bandList[2]);
}

namespace {

struct MarkerMetrics
{
    double h = 18;          // box height
    double labelledW = 16;  // width of a labelled box ("I", "O"; numbers are wider)
    double w = 16;          // box width at this zoom
    bool labels = true;
};

MarkerMetrics markerMetrics(const QFont &font, double bandHeight, double intervalPx, bool numbers, double scale)
{
    MarkerMetrics m;
    const QFontMetricsF fm(font);
    m.h = std::clamp(bandHeight * 0.56, 10.0 * scale, 26.0 * scale);
    m.labelledW = std::max(fm.horizontalAdvance(numbers ? QStringLiteral("88") : QStringLiteral("O")) + 10, m.h * 0.72);
    m.labels = intervalPx >= m.labelledW * (numbers ? 0.9 : 1.25);
    m.w = m.labels ? m.labelledW : std::clamp(intervalPx * 0.45, 2.0, m.labelledW);
    return m;
}

} // namespace

void TimelineLayer::drawIdealBeats(const Frame &f, const Band &band, double guideBottom)
{
    const TimelineTrack &track = m_model->idealBeats();
    const double intervalPx = double(m_model->settings().intervalNs()) / f.nsPerPx;
    const MarkerMetrics m = markerMetrics(f.small, band.height(), intervalPx, false, m_markScale);
    const std::int64_t slack = std::int64_t(m.w * f.nsPerPx);
    const std::size_t first = track.lowerBound(f.from - slack);
    const std::size_t last = track.lowerBound(f.to + slack);
    if (last - first > std::size_t(f.rect.width()) / 2) {
        drawDenseInstants(f, track, QRectF(f.rect.left(), band.top + 4, f.rect.width(), band.height() - 8),
                          m_palette.ghostEdge, TimelineHit::IdealBeat);
        return;
    }
    QCPPainter *p = f.p;
    const double top = band.center() - m.h / 2;
    // Guides: the ghost grid carried down through the lanes, so lateness can be read off.
    QPen guide(m_palette.guide, 1);
    guide.setDashPattern({2, 3});
    p->setPen(guide);
    for (std::size_t i = first; i < last; ++i) {
        const double x = std::round(f.px(track[i].t)) + 0.5;
        p->drawLine(QLineF(x, top + m.h, x, guideBottom));
    }
    p->setFont(f.small);
    for (std::size_t i = first; i < last; ++i) {
        const Event &e = m_model->event(track[i].ev);
        const double x = f.px(e.t);
        const QRectF r(x - m.w / 2, top, m.w, m.h);
        // A number never performed (skipped by the closure bug, or lost): a red dashed ghost.
        QPen edge(m_palette.ghostEdge, 1);
        if (m_model->neverPerformed(e.a)) {
            edge = QPen(m_palette.disorder, 1.5);
            edge.setDashPattern({2, 1.5});
        }
        roundedBox(p, r, m_palette.ghostFill, edge, 3);
        if (m.labels) {
            p->setPen(m_palette.ghostText);
            p->drawText(r, Qt::AlignCenter, (e.a % 2) ? QStringLiteral("O") : QStringLiteral("I"));
        }
        record(r, TimelineHit{TimelineHit::IdealBeat, track[i].ev, 0});
    }
}

void TimelineLayer::drawMeasurements(const Frame &f, const Band &band)
{
    const TimelineTrack &track = m_model->measurements();
    const std::size_t first = track.firstReaching(f.from);
    const std::size_t last = track.lowerBound(f.to);
    const QRectF area(f.rect.left(), band.top + 5, f.rect.width(), band.height() - 10);
    if (first >= last)
        return;
    const bool dense = last - first > kSparseItems;
    QCPPainter *p = f.p;
    const int rows = std::clamp(m_model->measurementRows(), 1, kMaxMeasureRows);
    const double rowH = area.height() / rows;
    const QFontMetricsF fm(f.small);
    p->setFont(f.small);
    // Where the next measurement of the same row starts (sparse tracks only), or the edge.
    auto nextStartInRow = [&](std::size_t i, int row) {
        for (std::size_t k = i + 1; k < last && k < i + 64; ++k) {
            if (int(track[k].extra) % rows == row)
                return std::min(f.px(m_model->event(track[k].ev).t), double(f.rect.right()));
        }
        return double(f.rect.right());
    };
    auto measurement = [&](std::size_t i) {
        const Event &e = m_model->event(track[i].ev);
        if (e.end() < f.from)
            return true;
        const double x0 = f.px(e.t);
        const double x1 = std::max(f.px(e.end()), x0 + 1.5);
        if (dense && x1 - x0 < kDetailPx)
            return false;
        const int row = int(track[i].extra) % rows;
        const QRectF r(x0, area.top() + row * rowH + 1, x1 - x0, rowH - 2);
        p->setPen(Qt::NoPen);
        p->setBrush(m_palette.measureFill);
        p->drawRect(r);
        p->setPen(QPen(m_palette.measureEdge, 1));
        p->drawLine(QLineF(x0 + 0.5, r.top(), x0 + 0.5, r.bottom()));
        const QString value = QString::number(e.b);
        const double textW = fm.horizontalAdvance(value);
        if (r.width() >= textW + 7 && r.height() >= fm.height() * 0.8) {
            p->setPen(m_palette.measureText);
            p->drawText(r.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, value);
        } else if (!dense && r.height() >= fm.height() * 0.8 && x1 + textW + 6 <= nextStartInRow(i, row)) {
            // Too short to hold its value: beside it, while the row is free up to the next one.
            p->setPen(m_palette.measureText);
            p->drawText(QRectF(x1 + 2, r.top(), textW + 4, r.height()), Qt::AlignLeft | Qt::AlignVCenter, value);
        }
        record(r, TimelineHit{TimelineHit::Measure, track[i].ev, 0});
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
    const QRgb fill = PixelStrip::premultiplied(m_palette.measureFill);
    const QRgb edge = PixelStrip::premultiplied(m_palette.measureEdge);
    const QRgb crowded = PixelStrip::premultiplied(m_palette.measureFill.darker(115));
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
        drawStrip(f, strips[std::size_t(row)], QRectF(area.left(), area.top() + row * rowH + 1, area.width(), rowH - 2),
                  Resolver{Resolver::Spans, TimelineHit::Measure, &track, -1, area.top() + row * rowH + 1,
                           area.top() + (row + 1) * rowH - 1});
}

void TimelineLayer::drawBeats(const Frame &f, const Band &band)
{
    const TimelineTrack &track = m_model->beats();
    const bool numbers = m_model->orderMatters();
    const double intervalPx = double(m_model->settings().intervalNs()) / f.nsPerPx;
    const MarkerMetrics m = markerMetrics(f.small, band.height() / (numbers ? 1.9 : 1.3), intervalPx, numbers, m_markScale);
    const std::int64_t slack = std::int64_t(m.w * f.nsPerPx);
    const std::size_t first = track.lowerBound(f.from - slack);
    const std::size_t last = track.lowerBound(f.to + slack);
    if (first >= last)
        return;
    if (last - first > std::size_t(f.rect.width()) / 2) {
        drawDenseInstants(f, track, QRectF(f.rect.left(), band.top + 6, f.rect.width(), band.height() - 12),
                          m_palette.beatEdge, TimelineHit::Beat);
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
        const Event &e = m_model->event(track[i].ev);
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
        const QColor edge = (track[marker.item].extra & TimelineModel::BeatLost) ? m_palette.lostEdge : m_palette.beatEdge;
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
        const QColor edge = lost ? m_palette.lostEdge : m_palette.beatEdge;
        QPen outline(disorder || duplicate ? m_palette.disorder : edge, disorder || duplicate ? 2.0 : 1.0);
        if (lost && !disorder)
            outline.setDashPattern({2.5, 2});
        if (duplicate) // a number already played (the closure bug): dotted
            outline.setDashPattern({1, 1});
        roundedBox(p, marker.box, lost ? m_palette.lostFill : m_palette.beatFill, outline, 3);
        if (m.labels) {
            p->setPen(lost ? m_palette.lostText : m_palette.beatText);
            p->drawText(marker.box, Qt::AlignCenter, marker.label);
        }
        record(marker.box, TimelineHit{TimelineHit::Beat, track[marker.item].ev, 0});
    }
}

// ---- task view ----------------------------------------------------------------------------

void TimelineLayer::drawTaskView(const Frame &f, const std::vector<Band> &bandList, std::vector<BeatNumber> *numbers)
{
    for (const Band &band : bandList) {
        if (band.kind == Band::Task)
            drawTaskLane(f, band);
        else
            drawChannelLane(f, band);
    }
    drawTaskMarks(f, bandList, numbers);
    drawArrows(f, bandList);
}

// The beats' numbers last, on a patch of the background: an arrow passing by (the next
// beat's spawn, a message) or the end of program must not hide which beat this is.
void TimelineLayer::drawBeatNumbers(const Frame &f, const std::vector<BeatNumber> &numbers)
{
    QCPPainter *p = f.p;
    p->setFont(f.small);
    for (const BeatNumber &number : numbers) {
        p->setPen(Qt::NoPen);
        p->setBrush(withAlpha(m_palette.background, 215));
        p->drawRoundedRect(number.box.adjusted(-1, 1, 1, -1), 2, 2);
        p->setPen(number.color);
        p->drawText(number.box, Qt::AlignCenter, number.text);
    }
}

namespace {

QRectF taskBoxArea(const TimelineLayer::Band &band)
{
    const double inset = std::clamp(band.height() * 0.2, 2.0, 12.0);
    return QRectF(0, band.top + inset, 0, band.height() - 2 * inset);
}

QRectF channelBodyArea(const TimelineLayer::Band &band)
{
    const double inset = std::clamp(band.height() * 0.22, 2.0, 10.0);
    return QRectF(0, band.top + inset, 0, band.height() - 2 * inset);
}

} // namespace

void TimelineLayer::drawTaskLane(const Frame &f, const Band &band)
{
    const TimelineModel::TaskLane &lane = m_model->taskLanes()[std::size_t(band.lane)];
    QCPPainter *p = f.p;
    const QRectF area = taskBoxArea(band);
    const std::int64_t now = m_model->lastTime();

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
        const double x1 = std::max(f.px(lifeEnd(*it)), x0 + 2);
        if (denseLives && x1 - x0 < kDetailPx)
            return false;
        const QRectF r(x0, area.top(), x1 - x0, area.height());
        QPen edge(m_palette.runningEdge, 1);
        if (it->end == TimelineModel::kOpen)
            edge.setStyle(Qt::DashLine);
        roundedBox(p, r, m_palette.running, edge, 3);
        record(r, TimelineHit{TimelineHit::TaskLife, it->task, 0});
        return true;
    };
    if (!denseLives) {
        for (auto it = firstLife; it != lastLife; ++it)
            life(it);
    } else {
        // Tasks too short to box: per pixel column where one starts, the lives starting
        // there cover up to the end of the last of them (disjoint, so it ends last).
        PixelStrip strip(f.rect.left(), f.rect.width());
        const QRgb fill = PixelStrip::premultiplied(m_palette.running);
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
        drawStrip(f, strip, area, Resolver{Resolver::Lives, TimelineHit::TaskLife, nullptr, band.lane, area.top(), area.bottom()});
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
    const QBrush hatch(m_palette.spinningHatch, Qt::BDiagPattern);
    auto spans = [&](const TimelineTrack &track, const QColor &color, TimelineHit::Kind kind, bool hatched) {
        const std::size_t first = track.firstReaching(f.from);
        const std::size_t last = track.lowerBound(f.to);
        if (first >= last)
            return;
        const bool dense = last - first > kSparseItems;
        const QBrush brush(color);
        auto span = [&](std::size_t i) {
            const Event &e = m_model->event(track[i].ev);
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
                p->fillRect(QRectF(x0, r.top(), 1, r.height()), color.darker(m_palette.dark ? 70 : 125));
            if (dense && hatched) {
                p->setBrush(hatch);
                p->drawRect(r);
            }
            record(r, TimelineHit{kind, track[i].ev, 0});
            return true;
        };
        if (!dense) {
            for (std::size_t i = first; i < last; ++i)
                span(i);
            if (hatched) { // over the fills, as always
                p->setPen(Qt::NoPen);
                p->setBrush(hatch);
                for (std::size_t i = first; i < last; ++i) {
                    const Event &e = m_model->event(track[i].ev);
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
    const Kind kinds[3] = {{lane.sleeps, m_palette.sleeping, TimelineHit::Sleep, false},
                           {lane.blocked, m_palette.blocked, TimelineHit::Blocked, false},
                           {lane.spins, m_palette.spinning, TimelineHit::Spin, true}};
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
    if (m_recording) {
        for (const StripHit &h : stripHits)
            m_hitIndex.addStrip(QRectF(h.lo, inner.top(), h.hi - h.lo, inner.height()),
                                Resolver{Resolver::Spans, h.kind, h.track, band.lane, inner.top(), inner.bottom()});
    }
}

// Measurements along the bottom edge of a task's box and beats as diamonds on it: what the
// task was busy with. Drawn from the shared beat-view tracks, each in its task's lane.
void TimelineLayer::drawTaskMarks(const Frame &f, const std::vector<Band> &bandList, std::vector<BeatNumber> *numbers)
{
    std::vector<const Band *> bandOfLane(m_model->taskLanes().size(), nullptr);
    for (const Band &band : bandList) {
        if (band.kind == Band::Task)
            bandOfLane[std::size_t(band.lane)] = &band;
    }
    auto bandOf = [&](std::uint32_t task) -> const Band * {
        const int lane = m_model->laneOfTask(task);
        return lane >= 0 ? bandOfLane[std::size_t(lane)] : nullptr;
    };
    QCPPainter *p = f.p;
    {
        const TimelineTrack &track = m_model->measurements();
        const std::size_t first = track.firstReaching(f.from);
        const std::size_t last = track.lowerBound(f.to);
        // Too many to tell apart: the sleeps they consist of already show.
        if (last > first && last - first <= std::size_t(f.rect.width()) * 2) {
            p->setPen(Qt::NoPen);
            p->setBrush(m_palette.measuring);
            for (std::size_t i = first; i < last; ++i) {
                const Event &e = m_model->event(track[i].ev);
                const Band *band = bandOf(e.task);
                if (!band || e.end() < f.from)
                    continue;
                const QRectF area = taskBoxArea(*band);
                const double h = std::clamp(area.height() * 0.16, 2.0, 4.0);
                const double x0 = f.px(e.t);
                const QRectF r(x0, area.bottom() - h - 1, std::max(f.px(e.end()), x0 + 1) - x0, h);
                p->drawRect(r);
                record(r.adjusted(0, -2, 0, 1), TimelineHit{TimelineHit::TaskMeasure, track[i].ev, 0});
            }
        }
    }
    const TimelineTrack &track = m_model->beats();
    const std::size_t first = track.lowerBound(f.from);
    const std::size_t last = track.lowerBound(f.to);
    if (last > first && last - first > std::size_t(f.rect.width()) / 2) {
        // Per pixel column, a tick in the lanes of its first few beats (a strip per lane).
        constexpr int kBeatsPerColumn = 8;
        std::vector<PixelStrip> strips(m_model->taskLanes().size(), PixelStrip(f.rect.left(), 0));
        const QRgb tick = PixelStrip::premultiplied(m_palette.beatEdge);
        std::size_t i = first;
        while (i < last) {
            const int x = int(floorToInt(f.xf(track[i].t)));
            if (x > f.rect.right())
                break;
            const std::size_t j = std::max(i + 1, track.lowerBoundFrom(i + 1, f.nsAt(x + 1)));
            for (std::size_t k = i; k < std::min(j, i + kBeatsPerColumn); ++k) {
                const int lane = m_model->laneOfTask(m_model->event(track[k].ev).task);
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
            drawStrip(f, strips[lane], rows,
                      Resolver{Resolver::Instants, TimelineHit::TaskBeat, &track, int(lane), rows.top(), rows.bottom()});
        }
        return;
    }
    const QFontMetricsF numberMetrics(f.small);
    // Where the next beat drawn in the same lane starts (numbers must not run into it).
    auto nextLeft = [&](std::size_t i) {
        const std::uint32_t task = m_model->event(track[i].ev).task;
        const int lane = m_model->laneOfTask(task);
        for (std::size_t k = i + 1; k < last && k < i + 64; ++k) {
            const Event &next = m_model->event(track[k].ev);
            if (m_model->laneOfTask(next.task) == lane)
                return f.px(next.t) - 6;
        }
        return 1e12;
    };
    for (std::size_t i = first; i < last; ++i) {
        const Event &e = m_model->event(track[i].ev);
        const Band *band = bandOf(e.task);
        if (!band)
            continue;
        const QRectF area = taskBoxArea(*band);
        const double radius = std::clamp(area.height() * 0.2, 2.5, 5.0);
        const QPointF c(f.px(e.t), area.center().y());
        const bool lost = e.has(Lost);
        p->setPen(QPen(lost ? m_palette.lostEdge : m_palette.beatEdge, 1));
        p->setBrush(lost ? m_palette.lostFill : m_palette.beatFill);
        const QPointF diamond[4] = {c + QPointF(0, -radius * 1.3), c + QPointF(radius, 0), c + QPointF(0, radius * 1.3),
                                    c + QPointF(-radius, 0)};
        p->drawPolygon(diamond, 4);
        record(QRectF(c.x() - radius - 1, c.y() - radius * 1.3 - 1, 2 * radius + 2, radius * 2.6 + 2),
               TimelineHit{TimelineHit::TaskBeat, track[i].ev, 0});
        // Its number beside it, where there is room, so a beat out of order can be named.
        const QString number = QString::number(e.a);
        const double w = numberMetrics.horizontalAdvance(number) + 2;
        if (c.x() + radius + 2 + w < nextLeft(i) || i + 1 == last) {
            numbers->push_back(BeatNumber{QRectF(c.x() + radius + 1, c.y() - radius * 1.3 - numberMetrics.height() * 0.6,
                                                 w + 2, numberMetrics.height()),
                                          number, lost ? m_palette.lostText : m_palette.text});
        }
    }
}

void TimelineLayer::drawChannelLane(const Frame &f, const Band &band)
{
    const TimelineModel::ChannelLane &lane = m_model->channelLanes()[std::size_t(band.lane)];
    QCPPainter *p = f.p;
    const QRectF body = channelBodyArea(band);
    const ObjectInfo *info = m_model->objectInfo(lane.object);
    const bool ticker = info && info->kind == ObjectKind::Ticker;

    // The channel's body: a pipe along the lane, ended where the channel was closed.
    const std::int64_t closedAt = lane.closedAt;
    const double bodyRight = closedAt >= 0 ? std::min<double>(f.px(closedAt), f.rect.right() + 10) : f.rect.right() + 10;
    if (bodyRight > f.rect.left()) {
        p->setPen(QPen(withAlpha(m_palette.channelEdge, 110), 1));
        p->setBrush(withAlpha(m_palette.channelBody, 170));
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
            const Event &send = m_model->event(messages[i].ev);
            const Event &recv = m_model->event(messages[i].extra);
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
            p->setBrush(withAlpha(m_palette.message, 170));
            const double radius = std::min(r.height(), r.width()) / 2;
            p->drawRoundedRect(r, radius, radius);
            record(r.adjusted(0, -1, 0, 1), TimelineHit{TimelineHit::Message, messages[i].ev, messages[i].extra});
            return true;
        };
        if (!dense) {
            for (std::size_t i = first; i < last; ++i)
                message(i);
        } else {
            // Too many to stack by how full the buffer is: where any is waiting.
            PixelStrip strip(f.rect.left(), f.rect.width());
            const QRgb fill = PixelStrip::premultiplied(withAlpha(m_palette.message, 150));
            walkSpans(f, messages, first, last, message,
                      [&](std::size_t, std::size_t, int x0, int x1) { strip.fill(x0, x1, fill); });
            drawStrip(f, strip, inner,
                      Resolver{Resolver::Messages, TimelineHit::Message, &messages, -1, inner.top(), inner.bottom()});
        }
    }

    // Ticks (a dropped tick hollow) and the close.
    const std::size_t m0 = lane.marks.lowerBound(f.from);
    const std::size_t m1 = lane.marks.lowerBound(f.to + 1);
    if (m1 - m0 > std::size_t(f.rect.width()) / 2) {
        drawDenseInstants(f, lane.marks, body, m_palette.tick, TimelineHit::None);
        return;
    }
    for (std::size_t i = m0; i < m1; ++i) {
        const Event &e = m_model->event(lane.marks[i].ev);
        const double x = std::round(f.px(e.t)) + 0.5;
        if (e.kind == EventKind::ChanClose) {
            p->setPen(QPen(m_palette.channelEdge.darker(130), 3, Qt::SolidLine, Qt::FlatCap));
            p->drawLine(QLineF(x, body.top() - 3, x, body.bottom() + 3));
            record(QRectF(x - 3, body.top() - 3, 6, body.height() + 6), TimelineHit{TimelineHit::Close, lane.marks[i].ev, 0});
        } else {
            const double h = body.height() * 0.5;
            const QRectF r(x - 3, body.center().y() - h / 2, 6, h);
            if (e.has(Dropped)) {
                p->setPen(QPen(m_palette.dropped, 1.2));
                p->setBrush(Qt::NoBrush);
                p->drawEllipse(QPointF(x, body.center().y()), 2.6, 2.6);
            } else {
                p->setPen(QPen(ticker ? m_palette.tick : m_palette.channelEdge, 1.6, Qt::SolidLine, Qt::FlatCap));
                p->drawLine(QLineF(x, r.top(), x, r.bottom()));
            }
            record(r, TimelineHit{TimelineHit::Tick, lane.marks[i].ev, 0});
        }
    }
}

void TimelineLayer::drawArrows(const Frame &f, const std::vector<Band> &bandList)
{
    const TimelineTrack &arrows = m_model->arrows();
    const std::size_t first = arrows.lowerBound(f.from);
    const std::size_t last = arrows.lowerBound(f.to + 1);
    if (first >= last)
        return;
    // Band index of each model lane, to find where an arrow starts and ends.
    std::vector<int> taskBand(m_model->taskLanes().size(), -1);
    std::vector<int> channelBand(m_model->channelLanes().size(), -1);
    for (std::size_t i = 0; i < bandList.size(); ++i) {
        if (bandList[i].kind == Band::Task)
            taskBand[std::size_t(bandList[i].lane)] = int(i);
        else if (bandList[i].kind == Band::Channel)
            channelBand[std::size_t(bandList[i].lane)] = int(i);
    }
    auto bandOfTask = [&](std::uint32_t task) {
        const int lane = m_model->laneOfTask(task);
        return lane >= 0 ? taskBand[std::size_t(lane)] : -1;
    };
    auto bandOfChannel = [&](std::uint32_t object) {
        const int lane = m_model->laneOfChannel(object);
        return lane >= 0 ? channelBand[std::size_t(lane)] : -1;
    };
    auto area = [&](int band) {
        const Band &b = bandList[std::size_t(band)];
        return b.kind == Band::Task ? taskBoxArea(b) : channelBodyArea(b);
    };

    QCPPainter *p = f.p;
    auto endpoints = [&](const TrackItem &item, int *from, int *to, bool *filled, bool *dashed, QColor *color) {
        const Event &e = m_model->event(item.ev);
        *filled = false;
        *dashed = false;
        *color = m_palette.arrow;
        switch (TimelineModel::ArrowKind(item.extra)) {
        case TimelineModel::ArrowKind::Spawn:
            *from = bandOfTask(e.task);
            *to = bandOfTask(e.object);
            *color = m_palette.spawnArrow;
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
            *color = m_palette.returnArrow;
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
                    recordUnder(QRectF(x, top + a, 1, b - a), TimelineHit{TimelineHit::Arrow, arrows[k].ev, arrows[k].extra});
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
        drawArrow(p, QPointF(x, y0), QPointF(x, y1), color, filled, dashed, m_palette.background, 1.2 * m_markScale);
        record(QRectF(x - 2, std::min(y0, y1), 4, std::abs(y1 - y0)),
               TimelineHit{TimelineHit::Arrow, arrows[i].ev, arrows[i].extra});
    }
}

// ---- shared -------------------------------------------------------------------------------

// More instants than pixels: one mark per occupied column, darker where more fall; a
// galloping search per column, all of it one strip.
void TimelineLayer::drawDenseInstants(const Frame &f, const TimelineTrack &track, const QRectF &area, const QColor &color,
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
    drawStrip(f, strip, area, Resolver{Resolver::Instants, kind, &track, -1, area.top(), area.bottom()});
}

void TimelineLayer::drawEndOfProgram(const Frame &f, double top, double bottom)
{
    const std::int64_t end = m_model->programEnd();
    // A synchronous program ends with its last beat: nothing can outlive it, and the
    // series draws no line there.
    if (end < 0 || end > f.to || !m_model->endOfProgramMatters())
        return;
    QCPPainter *p = f.p;
    const double x = f.px(end);
    // Past the end the program no longer exists: shade it, so work still going on there
    // reads as cut off.
    p->fillRect(QRectF(x, top, f.rect.right() - x + 1, bottom - top), m_palette.afterEnd);
    p->setPen(QPen(m_palette.endLine, 3 * m_markScale, Qt::SolidLine, Qt::FlatCap));
    p->drawLine(QLineF(x, top, x, bottom));
    record(QRectF(x - 3, top, 6, bottom - top), TimelineHit{TimelineHit::ProgramEnd, 0, 0});
}

void TimelineLayer::drawLaneLabels(QCPPainter *painter, const QRect &rect, const std::vector<Band> &bandList)
{
    const QFont font = mParentPlot->font();
    const QFontMetricsF fm(font);
    const double left = mParentPlot->viewport().left() + kLabelPad;
    const double right = rect.left() - kLabelPad;
    // Lanes thinner than a line of text (a long run's dozens of lanes) cannot all be
    // labelled: a label is left out where it would overlap one already drawn, channels
    // first (they are few and name what the arrows go through), then tasks top down.
    std::vector<std::pair<double, double>> taken; // vertical extents of the labels drawn
    auto fits = [&](const Band &band) {
        const double top = band.center() - fm.height() / 2, bottom = band.center() + fm.height() / 2;
        for (const auto &[y0, y1] : taken) {
            if (top < y1 && y0 < bottom)
                return false;
        }
        taken.emplace_back(top, bottom);
        return true;
    };
    for (const bool channels : {true, false}) {
        for (const Band &band : bandList) {
            if ((band.kind == Band::Channel) != channels || !fits(band))
                continue;
            double x = left;
            if (band.kind == Band::Channel) {
                // The channel glyph holds its capacity: how many messages fit before a send blocks.
                const ObjectInfo *info = m_model->objectInfo(m_model->channelLanes()[std::size_t(band.lane)].object);
                const double h = std::min(15.0, band.height() * 0.7);
                const QRectF glyph(x, band.center() - h / 2, 26, h);
                drawCylinder(painter, glyph, m_palette.channelBody, m_palette.channelEdge);
                const QString capacity = info ? QString::number(info->capacity) : QStringLiteral("?");
                painter->setFont(scaledFont(font, 0.78, true));
                painter->setPen(m_palette.channelEdge.darker(m_palette.dark ? 70 : 150));
                painter->drawText(glyph.adjusted(glyph.height() * 0.5, 0, 0, 0), Qt::AlignCenter, capacity);
                x += 30;
            }
            painter->setFont(font);
            painter->setPen(band.kind == Band::Channel ? m_palette.mutedText : m_palette.text);
            const QString text = fm.elidedText(band.label, Qt::ElideRight, right - x);
            // drawText clips to its rectangle: at least a line high, around the lane's middle.
            const double h = std::max(band.height(), fm.height());
            painter->drawText(QRectF(x, band.center() - h / 2, right - x, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

void TimelineLayer::drawTitleAndLegend(QCPPainter *painter, const QRect &rect)
{
    const QRect viewport = mParentPlot->viewport();
    const QFont font = scaledFont(mParentPlot->font(), 0.92);
    const QFont titleFont = scaledFont(mParentPlot->font(), 1.08, true);
    const std::vector<LegendEntry> entries = legend();
    QStringList texts;
    for (const LegendEntry &entry : entries)
        texts << entry.text;
    const TopLayout top = layoutTop(texts, m_title, font, titleFont, viewport.width());
    const QFontMetricsF fm(font);
    double y = viewport.top() + 2;

    if (!m_title.isEmpty()) {
        const QRectF row(viewport.left() + kLabelPad, y, viewport.width() - 2 * kLabelPad, top.rowH);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette.titleAccent);
        painter->drawRoundedRect(QRectF(row.left(), row.top() + 6, 4, row.height() - 12), 2, 2);
        painter->setFont(titleFont);
        painter->setPen(m_palette.text);
        painter->drawText(row.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        if (top.titleOwnRow)
            y += top.rowH;
    }
    painter->setFont(font);
    for (std::size_t r = 0; r < top.legendRows.size(); ++r) {
        double x = rect.right() - top.rowWidths[r];
        x = std::max(x, double(viewport.left() + kLabelPad));
        const double cy = y + top.rowH / 2;
        for (int index : top.legendRows[r]) {
            const LegendEntry &entry = entries[std::size_t(index)];
            const QRectF g(x, cy - 6, kGlyphW, 12);
            switch (entry.glyph) {
            case LegendEntry::Ghost:
                roundedBox(painter, g.adjusted(5, -1, -5, 1), m_palette.ghostFill, QPen(m_palette.ghostEdge, 1), 2);
                break;
            case LegendEntry::MeasureBar:
                painter->fillRect(g.adjusted(0, 1, 0, -1), m_palette.measureFill);
                painter->fillRect(g.adjusted(0, 1, -g.width() + 1, -1), m_palette.measureEdge);
                break;
            case LegendEntry::BeatBox:
                roundedBox(painter, g.adjusted(5, -1, -5, 1), m_palette.beatFill, QPen(m_palette.beatEdge, 1), 2);
                break;
            case LegendEntry::Disorder:
                roundedBox(painter, g.adjusted(5, -1, -5, 1), m_palette.beatFill, QPen(m_palette.disorder, 2), 2);
                break;
            case LegendEntry::LostBox: {
                QPen pen(m_palette.lostEdge, 1);
                pen.setDashPattern({2.5, 2});
                roundedBox(painter, g.adjusted(5, -1, -5, 1), m_palette.lostFill, pen, 2);
                break;
            }
            case LegendEntry::EndLine:
                painter->setPen(QPen(m_palette.endLine, 3, Qt::SolidLine, Qt::FlatCap));
                painter->drawLine(QLineF(g.center().x(), g.top() - 2, g.center().x(), g.bottom() + 2));
                break;
            case LegendEntry::TaskBox:
                roundedBox(painter, g.adjusted(1, 1, -1, -1), m_palette.running, QPen(m_palette.runningEdge, 1), 2);
                break;
            case LegendEntry::Cylinder: { // as the lane labels draw it, with a buffer size
                const QRectF glyph = g.adjusted(-4, 0, 0, 0);
                drawCylinder(painter, glyph, m_palette.channelBody, m_palette.channelEdge);
                painter->setPen(m_palette.text);
                painter->setFont(scaledFont(font, 0.8, true));
                painter->drawText(glyph.adjusted(glyph.height() * 0.5, 0, 0, 0), Qt::AlignCenter, QStringLiteral("n"));
                painter->setFont(font);
                break;
            }
            case LegendEntry::Message: {
                const QRectF bar(g.left() + 1, g.center().y() - 1.5, g.width() - 2, 3);
                painter->setPen(Qt::NoPen);
                painter->setBrush(withAlpha(m_palette.message, 170));
                painter->drawRoundedRect(bar, 1.5, 1.5);
                break;
            }
            case LegendEntry::Tick:
                painter->setPen(QPen(m_palette.tick, 1.6, Qt::SolidLine, Qt::FlatCap));
                painter->drawLine(QLineF(g.center().x(), g.top() + 2, g.center().x(), g.bottom() - 2));
                break;
            case LegendEntry::TaskBeat: {
                const QPointF c = g.center();
                const QPointF diamond[4] = {c + QPointF(0, -6), c + QPointF(4.5, 0), c + QPointF(0, 6), c + QPointF(-4.5, 0)};
                painter->setPen(QPen(m_palette.beatEdge, 1));
                painter->setBrush(m_palette.beatFill);
                painter->drawPolygon(diamond, 4);
                break;
            }
            case LegendEntry::SyncArrow:
            case LegendEntry::AsyncArrow:
            case LegendEntry::ReturnArrow:
                drawArrow(painter, QPointF(g.left(), g.center().y()), QPointF(g.right(), g.center().y()),
                          entry.glyph == LegendEntry::ReturnArrow ? m_palette.returnArrow : m_palette.arrow,
                          entry.glyph == LegendEntry::SyncArrow, entry.glyph == LegendEntry::ReturnArrow,
                          m_palette.background);
                break;
            case LegendEntry::Sleeping:
                painter->fillRect(g.adjusted(1, 1, -1, -1), m_palette.sleeping);
                break;
            case LegendEntry::Blocked:
                painter->fillRect(g.adjusted(1, 1, -1, -1), m_palette.blocked);
                break;
            case LegendEntry::Spinning:
                painter->fillRect(g.adjusted(1, 1, -1, -1), m_palette.spinning);
                painter->fillRect(g.adjusted(1, 1, -1, -1), QBrush(m_palette.spinningHatch, Qt::BDiagPattern));
                break;
            case LegendEntry::Measuring: // the bar under a task while it measures
                painter->fillRect(QRectF(g.left() + 1, g.bottom() - 4, g.width() - 2, 3), m_palette.measuring);
                break;
            }
            x += kGlyphW + 5;
            painter->setFont(font);
            painter->setPen(m_palette.mutedText);
            const double w = fm.horizontalAdvance(entry.text);
            painter->drawText(QRectF(x, y, w + 12, top.rowH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, entry.text);
            x += w + kEntryGap;
        }
        y += top.rowH;
    }
}

} // namespace cacophony
