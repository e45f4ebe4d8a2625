#include "timeline/TimelineView.h"

#include "timeline/TimelineHighlight.h"
#include "timeline/PrintFocus.h"
#include "timeline/TimelineLayer.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "timeline/TimeAxisTicker.h"
#include "timeline/text/TimelineText.h"

#include <QEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace cacophony {

namespace {

constexpr int kFrameMs = 16;                 // replot at most ~60 times a second
constexpr int kContinuousFollowBeats = 24;   // beats visible while a continuous run scrolls by
constexpr std::int64_t kFallbackIntervalNs = 500'000'000;
// A lesson that prints lines is shown at least this long (its lines may all come within it).
constexpr std::int64_t kLeastPrintSpanNs = 1'000'000;
constexpr double kPadFraction = 0.03;

// What a replay has not reached yet is dimmed, still readable.
QColor veilOf(const TimelinePalette &palette)
{
    QColor veil = palette.background;
    veil.setAlpha(palette.dark ? 120 : 105);
    return veil;
}

} // namespace

struct TimelineView::Private
{
    TimelineView *q = nullptr;
    QCustomPlot *plot = nullptr;
    TimelineModel model;
    TimelineLayer *layer = nullptr;
    TimelineHighlight *highlight = nullptr;
    QTimer frame;
    View view = View::Beats;
    bool follow = true;
    bool live = true;
    bool dirty = true;
    bool fixed = false;
    double fixedFrom = 0, fixedTo = 0;
    bool settingRange = false;
    TimelineHit hover, selected;
    QPoint pressPos;
    std::int64_t cursor = -1;      // replay cursor, run ns; < 0: none
    double scale = 1.0;            // presentation scale of text and marks
    bool highContrast = false;

    void markDirty()
    {
        dirty = true;
        if (!frame.isActive())
            frame.start();
    }

    void tick()
    {
        if (!dirty) {
            frame.stop();
            return;
        }
        update(true);
    }

    void update(bool queued)
    {
        dirty = false;
        if (!qFuzzyCompare(plot->bufferDevicePixelRatio(), plot->devicePixelRatioF()))
            plot->setBufferDevicePixelRatio(plot->devicePixelRatioF());
        applyLayout(plot->size());
        if (fixed)
            setRange(fixedFrom, fixedTo);
        else if (follow && cursor >= 0)
            followCursor();
        else if (follow)
            followRange();
        plot->replot(queued ? QCustomPlot::rpQueuedRefresh : QCustomPlot::rpImmediateRefresh);
    }

    // Keeps the replay cursor between 5% and 70% of the visible range: the view scrolls
    // smoothly with it while it plays and jumps back with it when it steps back, never
    // further out than the run's padded ends. True if the range moved.
    bool followCursor()
    {
        const QCPRange range = plot->xAxis->range();
        const double c = double(cursor) / 1e6;
        const double w = range.size();
        const double pad = w * kPadFraction;
        const double minLower = std::min(range.lower, -pad);
        const double maxLower = std::max(range.lower, double(dataEnd()) / 1e6 + pad - w);
        double lower = range.lower;
        if (c > range.lower + 0.7 * w)
            lower = c - 0.7 * w;
        else if (c < range.lower + 0.05 * w)
            lower = c - 0.3 * w;
        lower = std::clamp(lower, minLower, maxLower);
        if (lower == range.lower)
            return false;
        setRange(lower, lower + w);
        return true;
    }

    void applyFont()
    {
        QFont font = q->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * scale);
        else
            font.setPixelSize(int(std::lround(font.pixelSize() * scale)));
        plot->setFont(font);
        plot->xAxis->setTickLabelFont(font);
        plot->xAxis->setLabelFont(font);
    }

    void applyLayout(const QSize &size)
    {
        const QMargins m = layer->margins(size.width());
        QCPAxisRect *rect = plot->axisRect();
        rect->setMargins(QMargins(m.left(), m.top(), m.right(), rect->margins().bottom()));
    }

    void setRange(double fromMs, double toMs)
    {
        if (!(toMs > fromMs))
            toMs = fromMs + 1;
        settingRange = true;
        plot->xAxis->setRange(fromMs, toMs);
        settingRange = false;
    }

    std::int64_t interval() const
    {
        const std::int64_t i = model.settings().intervalNs();
        return i > 0 ? i : kFallbackIntervalNs;
    }

    // Beats the run plans to play; none for a lesson that prints lines (its few lines
    // last microseconds to a pause, whatever the beats box says).
    int plannedBeats() const { return model.printsLines() ? 0 : model.settings().beats; }

    std::int64_t dataEnd() const
    {
        std::int64_t end = std::max(model.lastTime(), model.programEnd());
        if (plannedBeats() > 0)
            end = std::max(end, plannedBeats() * interval());
        return end;
    }

    // A run with a set number of beats grows into view as it plays (the whole run stays
    // visible, like the series' charts); a continuous one scrolls with the newest events.
    void followRange()
    {
        if (model.printsLines()) {
            fitAll();
            return;
        }
        const int beats = model.settings().beats;
        const double window = double(beats > 0 ? (beats + 2) * interval() : kContinuousFollowBeats * interval());
        const double last = double(std::max(model.lastTime(), model.programEnd()));
        const double pad = window * kPadFraction;
        if (beats > 0 || last + pad <= window)
            setRange(-pad / 1e6, std::max(window, last + pad) / 1e6);
        else
            setRange((last + pad - window) / 1e6, (last + pad) / 1e6);
    }

    void fitAll()
    {
        const std::int64_t least = model.printsLines() ? kLeastPrintSpanNs : interval();
        // A lesson that prints: on its goroutines, saying so on the chart.
        const std::optional<PrintFocus::Range> focus = PrintFocus::of(model, std::max(dataEnd(), least));
        layer->setNote(focus ? PrintFocus::note(*focus, std::max(dataEnd(), least)) : QString());
        if (focus) {
            setRange(double(focus->from) / 1e6, double(focus->to) / 1e6);
            return;
        }
        const double end = double(std::max<std::int64_t>(dataEnd(), least));
        const double pad = end * kPadFraction;
        setRange(-pad / 1e6, (end + pad) / 1e6);
    }

    void applyPalette()
    {
        const TimelinePalette palette = highContrast ? TimelinePalette::highContrast(q->palette())
                                                     : TimelinePalette::fromPalette(q->palette());
        layer->setPalette(palette);
        highlight->setColor(palette.highlight);
        highlight->setCursor(cursor, palette.cursor, 2 * scale, veilOf(palette));
        plot->setBackground(palette.background);
        QCPAxis *x = plot->xAxis;
        x->setBasePen(QPen(palette.laneLine, 1));
        x->setTickPen(QPen(palette.laneLine, 1));
        x->setSubTickPen(QPen(palette.laneLine, 1));
        x->setTickLabelColor(palette.mutedText);
        x->setLabelColor(palette.mutedText);
        x->grid()->setPen(QPen(palette.grid, 1));
        x->grid()->setZeroLinePen(QPen(palette.laneLine, 1));
    }

    void updateHighlight()
    {
        highlight->setHover(hover);
        highlight->setSelected(selected);
        if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
            overlay->replot();
    }

    void clearHighlight()
    {
        hover = selected = {};
        highlight->setHover({});
        highlight->setSelected({});
    }

    void hoverAt(const QPoint &pos, const QPoint &globalPos)
    {
        QRectF box;
        const TimelineHit hit = layer->hitAt(pos, &box);
        if (hit == hover)
            return;
        hover = hit;
        updateHighlight();
        if (hit.isValid()) {
            // Never over the lane labels: the box starts right of them (Qt draws a tooltip
            // a little right of and below the point it is given).
            const int labelsRight = plot->axisRect()->rect().left();
            const QPoint at(std::max(pos.x(), labelsRight + 4), pos.y());
            QToolTip::showText(globalPos + (at - pos), TimelineText(model).describe(hit, false), plot,
                               box.toAlignedRect().adjusted(-3, -3, 3, 3));
        } else
            QToolTip::hideText();
    }
};

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    d->q = this;
    d->plot = new QCustomPlot(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    setMinimumSize(320, 160);

    QCustomPlot *plot = d->plot;
    plot->setMouseTracking(true);
    plot->installEventFilter(this);
    plot->setNoAntialiasingOnDrag(false);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPAxisRect *rect = plot->axisRect();
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeZoomFactor(0.85);
    rect->setAutoMargins(QCP::msBottom);
    plot->yAxis->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setTicker(QSharedPointer<TimeAxisTicker>::create());
    plot->xAxis->setLabel(TimeAxisTicker::titleFor(TimeAxisTicker::Unit::Milliseconds));
    plot->xAxis->grid()->setSubGridVisible(false);
    plot->xAxis->setTickLength(0, 4);
    plot->xAxis->setSubTicks(false);

    d->layer = new TimelineLayer(plot, &d->model);
    if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmBuffered); // hover repaints this layer alone
    d->highlight = new TimelineHighlight(plot, d->layer, &d->model);
    d->applyPalette();

    d->frame.setInterval(kFrameMs);
    d->frame.setTimerType(Qt::PreciseTimer);
    connect(&d->frame, &QTimer::timeout, this, [this] { d->tick(); });

    connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &range) {
        if (range.size() < 1e-4) { // keep at least 0.1 µs visible
            d->setRange(range.center() - 5e-5, range.center() + 5e-5);
            return;
        }
        d->plot->xAxis->setLabel(TimeAxisTicker::titleFor(TimeAxisTicker::unitFor(range.size())));
        if (!d->settingRange) {
            setFollowLatest(false);
            d->layer->setNote(QString()); // the user's zoom now, not the automatic one
        }
    });
    connect(plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (event->buttons() != Qt::NoButton) {
            QToolTip::hideText();
            return;
        }
        d->hoverAt(event->position().toPoint(), event->globalPosition().toPoint());
    });
    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        d->pressPos = event->position().toPoint();
    });
    connect(plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton || (event->position().toPoint() - d->pressPos).manhattanLength() > 3)
            return;
        const TimelineHit hit = d->layer->hitAt(event->position());
        if (hit == d->selected)
            return;
        d->selected = hit;
        d->updateHighlight();
        emit itemSelected(TimelineText(d->model).describe(hit, true));
    });
    connect(plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });

    clear(RunSettings{});
}

TimelineView::~TimelineView()
{
    delete d->plot; // its layers draw from d->model
    delete d;
}

void TimelineView::setView(View view)
{
    if (d->view == view)
        return;
    d->view = view;
    d->layer->setView(view);
    d->clearHighlight();
    d->markDirty();
}

TimelineView::View TimelineView::view() const
{
    return d->view;
}

void TimelineView::clear(const RunSettings &settings)
{
    d->model.clear(settings);
    d->live = true;
    d->cursor = -1; // a new run is not replayed
    d->highlight->setCursor(-1, {}, 0);
    d->clearHighlight();
    setFollowLatest(true);
    d->markDirty();
}

void TimelineView::appendEvents(const EventBatch &batch)
{
    d->model.append(batch);
    d->markDirty();
}

void TimelineView::updateNames(const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &objects)
{
    if (d->model.updateNames(tasks, objects))
        d->markDirty();
}

void TimelineView::dropBefore(std::int64_t cutoffNs)
{
    d->model.dropBefore(cutoffNs);
    d->clearHighlight(); // items are numbered anew
    d->markDirty();
}

void TimelineView::setTraceData(const TraceData &trace)
{
    d->model.clear(trace.settings);
    d->model.updateNames(trace.tasks, trace.objects);
    d->model.append(trace.events);
    d->live = false;
    d->clearHighlight();
    setFollowLatest(false);
    if (d->fixed)
        d->setRange(d->fixedFrom, d->fixedTo);
    else
        d->fitAll();
    d->markDirty();
}

TraceData TimelineView::traceData() const
{
    return d->model.traceData();
}

const RunSettings &TimelineView::settings() const
{
    return d->model.settings();
}

void TimelineView::setFollowLatest(bool follow)
{
    if (d->follow == follow)
        return;
    d->follow = follow;
    if (follow) {
        d->fixed = false;
        d->markDirty();
    }
    emit followLatestChanged(follow);
}

bool TimelineView::followLatest() const
{
    return d->follow;
}

void TimelineView::setTimeRange(double fromMs, double toMs)
{
    d->fixed = true;
    d->fixedFrom = fromMs;
    d->fixedTo = toMs;
    setFollowLatest(false);
    d->setRange(fromMs, toMs);
    d->markDirty();
}

void TimelineView::resetView()
{
    if (d->fixed)
        d->setRange(d->fixedFrom, d->fixedTo);
    else if (d->live)
        setFollowLatest(true);
    else
        d->fitAll();
    if (d->follow)
        d->followRange();
    d->markDirty();
}

std::pair<double, double> TimelineView::timeRange() const
{
    const QCPRange range = d->plot->xAxis->range();
    return {range.lower, range.upper};
}

QCustomPlot *TimelineView::plot() const
{
    return d->plot;
}

void TimelineView::setTitle(const QString &title)
{
    d->layer->setTitle(title);
    d->markDirty();
}

QString TimelineView::title() const
{
    return d->layer->title();
}

QStringList TimelineView::laneLabels() const
{
    QStringList labels;
    for (const TimelineLayer::Band &band : d->layer->bands(d->plot->axisRect()->rect()))
        labels << band.label;
    return labels;
}

QRectF TimelineView::laneRect(int lane) const
{
    const QRect rect = d->plot->axisRect()->rect();
    const std::vector<TimelineLayer::Band> bands = d->layer->bands(rect);
    if (lane < 0 || std::size_t(lane) >= bands.size())
        return {};
    const TimelineLayer::Band &band = bands[std::size_t(lane)];
    return QRectF(rect.left(), band.top, rect.width(), band.height());
}

std::size_t TimelineView::eventCount() const
{
    return d->model.eventCount();
}

std::size_t TimelineView::memoryBytes() const
{
    return d->model.memoryBytes();
}

const HitIndex &TimelineView::hitIndex() const
{
    return d->layer->hitIndex();
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    return TimelineText(d->model).describe(hitAt(pos), false);
}

TimelineHit TimelineView::hitAt(const QPoint &pos) const
{
    return d->layer->hitAt(pos);
}

void TimelineView::refresh()
{
    d->update(false);
}

void TimelineView::prepareRender(const QSize &size)
{
    d->applyLayout(size);
    if (d->fixed)
        d->setRange(d->fixedFrom, d->fixedTo);
    else if (d->follow)
        d->followRange();
    d->dirty = true; // the screen layout comes back at the next frame
    if (!d->frame.isActive())
        d->frame.start();
}

void TimelineView::setRecordHits(bool on)
{
    d->layer->setRecordHits(on);
}

const TimelineModel &TimelineView::model() const
{
    return d->model;
}

void TimelineView::setReplayCursor(std::int64_t ns)
{
    if (ns == d->cursor)
        return;
    d->cursor = ns;
    const TimelinePalette palette = d->layer->palette();
    d->highlight->setCursor(ns, palette.cursor, 2 * d->scale, veilOf(palette));
    if (ns >= 0 && d->follow && !d->fixed && d->followCursor()) {
        d->markDirty(); // scrolled: everything moves
        return;
    }
    if (QCPLayer *overlay = d->plot->layer(QStringLiteral("overlay")))
        overlay->replot();
}

std::int64_t TimelineView::replayCursor() const
{
    return d->cursor;
}

void TimelineView::followReplayCursor(std::int64_t spanNs)
{
    const double whole = double(std::max<std::int64_t>(d->dataEnd(), d->interval()));
    const double span = std::min(double(std::max<std::int64_t>(spanNs, 1000)), whole * (1 + 2 * kPadFraction));
    const double c = double(std::max<std::int64_t>(d->cursor, 0));
    double from = c - span * 0.05;
    if (span >= whole)
        from = -whole * kPadFraction; // it all fits: show it all
    d->fixed = false;
    d->setRange(from / 1e6, (from + span) / 1e6);
    setFollowLatest(true);
    d->markDirty();
}

void TimelineView::setPresentationScale(double scale)
{
    if (scale == d->scale)
        return;
    d->scale = scale;
    d->layer->setMarkScale(scale);
    d->applyFont();
    d->applyPalette();
    d->markDirty();
}

double TimelineView::presentationScale() const
{
    return d->scale;
}

void TimelineView::setHighContrast(bool on)
{
    if (on == d->highContrast)
        return;
    d->highContrast = on;
    d->applyPalette();
    d->markDirty();
}

bool TimelineView::highContrast() const
{
    return d->highContrast;
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange) {
        if (event->type() == QEvent::FontChange)
            d->applyFont();
        d->applyPalette();
        d->markDirty();
    }
    QWidget::changeEvent(event);
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->plot) {
        if (event->type() == QEvent::Resize)
            d->markDirty();
        else if (event->type() == QEvent::Leave && d->hover.isValid()) {
            d->hover = {};
            d->updateHighlight();
            QToolTip::hideText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cacophony
