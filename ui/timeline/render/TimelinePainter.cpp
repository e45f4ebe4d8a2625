#include "timeline/render/TimelinePainter.h"

#include "timeline/render/Decorations.h"
#include "timeline/render/PaintPrimitives.h"
#include "timeline/render/lanes/Arrows.h"
#include "timeline/render/lanes/BeatsLane.h"
#include "timeline/render/lanes/ChannelLane.h"
#include "timeline/render/lanes/IdealBeatsLane.h"
#include "timeline/render/lanes/MeasurementsLane.h"
#include "timeline/render/lanes/TaskLane.h"
#include "timeline/text/TimelineText.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainterPath>
#include <algorithm>
#include <climits>
#include <cmath>

namespace cacophony {

using namespace paint;

namespace {

constexpr double kLabelPad = 10;
constexpr double kSmallFont = 0.86; // the marks' text, of the plot's font
constexpr double kChannelGlyphW = 26; // the cylinder before a channel's name, at mark scale 1
constexpr std::size_t kArrowsWalked = 4096;

} // namespace

struct TimelinePainter::LegendEntry
{
    enum Glyph {
        Ghost, MeasureBar, BeatBox, Disorder, Duplicate, LostBox, EndLine, TaskBox, Cylinder, SyncArrow, AsyncArrow,
        ReturnArrow, Sleeping, Blocked, Spinning, Measuring, Message, Tick, TaskBeat, PrintedLine
    };
    Glyph glyph;
    QString text;
};

std::vector<TimelinePainter::LegendEntry> TimelinePainter::legend() const
{
    if (m_view == View::Beats) {
        std::vector<LegendEntry> entries = {
            {LegendEntry::Ghost, tr("ideal beat")},
            {LegendEntry::MeasureBar, tr("volume measurement")},
            {LegendEntry::BeatBox, tr("beat")},
        };
        // Only what this run has: the closure lesson's beats are in order but duplicated.
        if (m_model->orderMatters() && hasBeatsMarked(TimelineModel::BeatOutOfOrder))
            entries.push_back({LegendEntry::Disorder, tr("out of order")});
        if (hasBeatsMarked(TimelineModel::BeatDuplicate))
            entries.push_back({LegendEntry::Duplicate, tr("duplicate")});
        if (m_model->endOfProgramMatters()) {
            entries.push_back({LegendEntry::LostBox, tr("lost")});
            entries.push_back({LegendEntry::EndLine, tr("end of program")});
        }
        return entries;
    }
    // The task view's legend offers only what this run has (a lesson has no channels).
    bool channels = false, messages = false, ticks = false, sleeps = false, blocks = false, spins = false;
    for (const TimelineModel::ChannelLane &lane : m_model->channelLanes()) {
        channels = true;
        messages = messages || lane.carriesValues;
        const ObjectInfo *info = m_model->objectInfo(lane.object);
        ticks = ticks || (info && info->kind == ObjectKind::Ticker);
    }
    for (const TimelineModel::TaskLane &lane : m_model->taskLanes()) {
        sleeps = sleeps || !lane.sleeps.empty();
        blocks = blocks || !lane.blocked.empty();
        spins = spins || !lane.spins.empty();
    }
    // Arrows by kind (a long run has all three: not worth a walk over all its arrows).
    const TimelineTrack &arrowTrack = m_model->arrows();
    bool sync = false, async = false, returns = false;
    if (arrowTrack.size() > kArrowsWalked) {
        sync = async = returns = true;
    } else {
        for (std::size_t i = 0; i < arrowTrack.size(); ++i) {
            const auto kind = TimelineModel::ArrowKind(arrowTrack[i].extra);
            if (kind == TimelineModel::ArrowKind::Return)
                returns = true;
            else if (kind != TimelineModel::ArrowKind::Spawn && m_model->event(arrowTrack[i].ev).has(Blocked))
                sync = true;
            else
                async = true;
        }
    }
    std::vector<LegendEntry> entries = {{LegendEntry::TaskBox, tr("task")}};
    if (m_model->printsLines())
        entries.push_back({LegendEntry::PrintedLine, tr("printed line (# in the order printed)")});
    else if (!m_model->beats().empty())
        entries.push_back({LegendEntry::TaskBeat, tr("beat (its number)")});
    if (channels)
        entries.push_back({LegendEntry::Cylinder, tr("channel (its buffer size)")});
    if (messages)
        entries.push_back({LegendEntry::Message, tr("message in a channel")});
    if (ticks)
        entries.push_back({LegendEntry::Tick, tr("tick")});
    if (sync)
        entries.push_back({LegendEntry::SyncArrow, tr("synchronous")});
    if (async)
        entries.push_back({LegendEntry::AsyncArrow, tr("asynchronous")});
    if (returns)
        entries.push_back({LegendEntry::ReturnArrow, tr("return")});
    if (sleeps)
        entries.push_back({LegendEntry::Sleeping, tr("sleeping")});
    if (blocks)
        entries.push_back({LegendEntry::Blocked, tr("blocked")});
    if (spins)
        entries.push_back({LegendEntry::Spinning, tr("spinning")});
    if (!m_model->measurements().empty())
        entries.push_back({LegendEntry::Measuring, tr("measuring volume")});
    return entries;
}

// Where what happened so far ends: the latest end of anything but the ideal beats, which
// a run plans ahead of it (a live run's unfinished tasks must not reach into their future).
std::int64_t TimelinePainter::activityEnd() const
{
    std::int64_t end = 0;
    auto last = [&end](const TimelineTrack &track, bool spans) {
        if (!track.empty())
            end = std::max(end, spans ? track[track.size() - 1].aux : track[track.size() - 1].t);
    };
    last(m_model->beats(), false);
    last(m_model->measurements(), true);
    last(m_model->arrows(), false);
    for (const TimelineModel::TaskLane &lane : m_model->taskLanes()) {
        for (const TimelineTrack *track : {&lane.sleeps, &lane.blocked, &lane.spins})
            last(*track, true);
        if (!lane.lives.empty())
            end = std::max(end, lane.lives.back().end == TimelineModel::kOpen ? lane.lives.back().start
                                                                              : lane.lives.back().end);
    }
    for (const TimelineModel::ChannelLane &lane : m_model->channelLanes()) {
        last(lane.messages, true);
        last(lane.marks, false);
    }
    if (m_model->programEnd() >= 0)
        end = std::max(end, m_model->programEnd());
    return std::min(end, m_model->lastTime());
}

// Whether a beat of the run carries `bit` (BeatBits): a walk over the beats that stops at
// the first.
bool TimelinePainter::hasBeatsMarked(std::uint32_t bit) const
{
    const TimelineTrack &beats = m_model->beats();
    for (std::size_t i = 0; i < beats.size(); ++i) {
        if (beats[i].extra & bit)
            return true;
    }
    return false;
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
                           double width, double glyphScale)
{
    TopLayout layout;
    const QFontMetricsF fm(font);
    layout.rowH = std::ceil(fm.height() + 10);
    const double available = std::max(100.0, width - 2 * kLabelPad);
    std::vector<int> row;
    double rowW = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const double w = (kGlyphW + 5) * glyphScale + fm.horizontalAdvance(texts[i]) + (i + 1 < texts.size() ? kEntryGap * glyphScale : 0);
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

QMargins TimelinePainter::margins(const QFont &plotFont, int viewportWidth) const
{
    const QFont font = plotFont;
    const QFontMetricsF fm(font);
    double labelW = 40;
    const std::vector<Band> lanes = bands(QRect(0, 0, 100, 100), font);
    for (const Band &band : lanes) {
        const double glyph = band.kind == Band::Channel ? kChannelGlyphW * m_markScale + 4 : 0;
        labelW = std::max(labelW, fm.horizontalAdvance(band.label) + glyph);
    }
    // Labels are whole up to 240 px at normal size; presentation text is larger and gets
    // as much more room (never over 45 % of the chart).
    const double most = std::max(240.0 * m_markScale * 1.05, 240.0);
    const double cap = std::min(most, std::max(240.0, viewportWidth * 0.45));
    const int left = int(std::ceil(std::clamp(labelW + 2 * kLabelPad + 6, 70.0, cap)));
    QStringList texts;
    for (const LegendEntry &entry : legend())
        texts << entry.text;
    const TopLayout top = layoutTop(texts, m_title, scaledFont(font, 0.92), scaledFont(font, 1.08, true),
                                    viewportWidth, m_markScale);
    return QMargins(left, int(top.rows() * top.rowH + 4), 18, 0);
}

std::vector<TimelinePainter::Band> TimelinePainter::bands(const QRect &rect, const QFont &plotFont) const
{
    struct Spec
    {
        Band::Kind kind;
        int lane;
        double weight;
        QString label;
        double minHeight = 0; // pixels the lane needs whatever the chart's height
    };
    std::vector<Spec> specs;
    if (m_view == View::Beats) {
        const int rows = std::min(m_model->measurementRows(), kMaxMeasureRows);
        specs.push_back({Band::Ideal, 0, 1.0, tr("Ideal beats")});
        specs.push_back({Band::Measures, 0, 0.9 + 0.35 * (rows - 1), tr("Volume measurements")});
        // Room for the stacked markers it draws (up to kMaxBeatLevels), not an empty half.
        // The rows of stacked markers and the overflow row always fit (beats out of order
        // crowd most).
        const bool crowds = m_model->orderMatters();
        specs.push_back({Band::Beats, 0, crowds ? 1.05 : 0.8, tr("Actual beats"),
                         BeatsLane::minHeight(scaledFont(plotFont, kSmallFont), m_markScale,
                                              crowds ? BeatsLane::kMaxLevels : BeatsLane::kInOrderLevels)});
    } else {
        for (const TimelineModel::LaneRef &ref : m_model->taskViewOrder()) {
            if (ref.channel)
                specs.push_back({Band::Channel, ref.index, 0.78, TimelineText(*m_model).channelLaneLabel(ref.index)});
            else
                specs.push_back({Band::Task, ref.index, 1.0, TimelineText(*m_model).taskLaneLabel(ref.index)});
        }
    }
    // Heights by weight; a lane short of its minimum takes it, the others share the rest.
    double total = 0, fixed = 0;
    for (const Spec &spec : specs)
        total += spec.weight;
    for (Spec &spec : specs) {
        if (spec.minHeight > 0 && total > 0 && rect.height() * spec.weight / total < spec.minHeight
            && spec.minHeight < rect.height() * 0.8) {
            fixed += spec.minHeight;
            total -= spec.weight;
            spec.weight = -1; // fixed
        }
    }
    std::vector<Band> result;
    double y = rect.top();
    for (const Spec &spec : specs) {
        const double h = spec.weight < 0 ? spec.minHeight
                                         : (total > 0 ? (rect.height() - fixed) * spec.weight / total : 0);
        result.push_back(Band{spec.kind, spec.lane, y, y + h, spec.label});
        y += h;
    }
    return result;
}

void TimelinePainter::paint(QCPPainter *painter, const QRect &viewport, const QRect &rect, const TimeScale &scale,
                            const QFont &plotFont, HitIndex *hits) const
{
    if (hits)
        hits->clear();
    if (rect.width() < 4 || rect.height() < 4)
        return;
    const std::vector<Band> bandList = bands(rect, plotFont);

    RenderContext f;
    f.p = painter;
    f.rect = rect;
    f.setScale(scale);
    f.font = plotFont;
    f.small = scaledFont(f.font, kSmallFont);
    f.model = m_model;
    f.palette = m_palette;
    f.markScale = m_markScale;
    f.now = activityEnd();
    if (hits) {
        hits->begin(f.scale);
        f.hits = hits;
    }

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
    if (m_view == View::Beats) {
        // Under the beats: one performed just before the end (scenario 14's last) stays
        // readable instead of hiding under the red line, and the beat a tempo change
        // starts on under its line.
        Decorations::drawEndOfProgram(f, rect.top(), rect.bottom());
        Decorations::drawTempoChanges(f, rect.top(), rect.bottom());
        drawBeatView(f, bandList);
    } else {
        std::vector<TaskMarks::BeatNumber> numbers;
        drawTaskView(f, bandList, &numbers);
        Decorations::drawEndOfProgram(f, rect.top(), rect.bottom());
        TaskMarks::drawNumbers(f, numbers);
    }
    if (!m_note.isEmpty()) {
        // On a patch of the background, over whatever lies under it.
        painter->setFont(f.small);
        const QFontMetricsF fm(f.small);
        const double w = std::min(fm.horizontalAdvance(m_note) + 12, double(rect.width()));
        const QRectF box(rect.right() - w - 2, rect.top() + 2, w, fm.height() + 4);
        painter->setPen(QPen(m_palette.laneLine, 1));
        painter->setBrush(withAlpha(m_palette.background, 235));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(m_palette.text);
        painter->drawText(box, Qt::AlignCenter, fm.elidedText(m_note, Qt::ElideRight, w - 8));
    }
    painter->restore();

    drawLaneLabels(painter, viewport, rect, bandList, plotFont);
    drawTitleAndLegend(painter, viewport, rect, plotFont);
}

// ---- beat view ----------------------------------------------------------------------------

void TimelinePainter::drawBeatView(const RenderContext &f, const std::vector<Band> &bandList) const
{
    if (bandList.size() < 3)
        return;
    IdealBeatsLane::draw(f, bandList[0], bandList[2].bottom - 4);
    MeasurementsLane::draw(f, bandList[1]);
    BeatsLane::draw(f, bandList[2]);
}

// ---- task view ----------------------------------------------------------------------------

void TimelinePainter::drawTaskView(const RenderContext &f, const std::vector<Band> &bandList,
                                   std::vector<TaskMarks::BeatNumber> *numbers) const
{
    for (const Band &band : bandList) {
        if (band.kind == Band::Task)
            TaskLane::draw(f, band);
        else
            ChannelLane::draw(f, band);
    }
    TaskMarks::draw(f, bandList, numbers);
    Arrows::draw(f, bandList);
}

// ---- shared -------------------------------------------------------------------------------

void TimelinePainter::drawLaneLabels(QCPPainter *painter, const QRect &viewport, const QRect &rect,
                                     const std::vector<Band> &bandList, const QFont &plotFont) const
{
    const QFont font = plotFont;
    const QFontMetricsF fm(font);
    const double left = viewport.left() + kLabelPad;
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
                const double h = std::min(15.0 * m_markScale, band.height() * 0.7);
                const QRectF glyph(x, band.center() - h / 2, kChannelGlyphW * m_markScale, h);
                drawCylinder(painter, glyph, m_palette.channelBody, m_palette.channelEdge);
                const QString capacity = info ? QString::number(info->capacity) : QStringLiteral("?");
                painter->setFont(scaledFont(font, 0.78, true));
                painter->setPen(m_palette.channelEdge.darker(m_palette.dark ? 70 : 150));
                painter->drawText(glyph.adjusted(glyph.height() * 0.5, 0, 0, 0), Qt::AlignCenter, capacity);
                x += glyph.width() + 4;
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

void TimelinePainter::drawTitleAndLegend(QCPPainter *painter, const QRect &viewport, const QRect &rect,
                                         const QFont &plotFont) const
{
    const QFont font = scaledFont(plotFont, 0.92);
    const QFont titleFont = scaledFont(plotFont, 1.08, true);
    const std::vector<LegendEntry> entries = legend();
    QStringList texts;
    for (const LegendEntry &entry : entries)
        texts << entry.text;
    const TopLayout top = layoutTop(texts, m_title, font, titleFont, viewport.width(), m_markScale);
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
            // Each glyph drawn at mark scale 1 in a box of its own, scaled as the marks are.
            painter->save();
            painter->translate(x, cy - 6 * m_markScale);
            painter->scale(m_markScale, m_markScale);
            const QRectF g(0, 0, kGlyphW, 12);
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
            case LegendEntry::Duplicate: {
                QPen pen(m_palette.duplicate, 2, Qt::SolidLine, Qt::FlatCap);
                pen.setDashPattern({1, 1});
                roundedBox(painter, g.adjusted(5, -1, -5, 1), m_palette.beatFill, pen, 2);
                break;
            }
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
                painter->setFont(scaledFont(font, 0.8 / m_markScale, true));
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
            case LegendEntry::PrintedLine: // as TaskMarks draws a printed line
                painter->setPen(QPen(m_palette.text, 1));
                painter->setBrush(m_palette.background);
                painter->drawEllipse(g.center(), 5, 5);
                break;
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
            painter->restore();
            x += (kGlyphW + 5) * m_markScale;
            painter->setFont(font);
            painter->setPen(m_palette.mutedText);
            const double w = fm.horizontalAdvance(entry.text);
            painter->drawText(QRectF(x, y, w + 12, top.rowH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, entry.text);
            x += w + kEntryGap * m_markScale;
        }
        y += top.rowH;
    }
}

TimelinePainter::TimelinePainter(const TimelineModel *model)
    : m_model(model)
{
}

} // namespace cacophony
