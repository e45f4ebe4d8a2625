#include "export/ChartExporter.h"

#include "io/OutputFile.h"
#include "metronome/Scenario.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <functional>
#include <memory>
#include <qcustomplot.h>

namespace cacophony {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

constexpr int kBeatChartHeight = 230;
constexpr int kPageGap = 14;
constexpr double kRangePad = 0.03;

// Paints page `page` (0 unless a PDF of several pages).
using Painting = std::function<void(QCPPainter &painter, int page)>;

// Paints into memory, then writes the file only if everything succeeded (OutputFile: a
// full disk is "No space left on device", never a half-written file taken for good).
// `pages` > 1: a PDF of that many pages of `size` each.
bool writeAtomically(const QString &path, ChartExporter::Format format, const QSize &size, double scale, int quality,
                     const QColor &background, const Painting &paint, QString *error, int pages = 1)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.isDir())
        return fail(tr("it is a folder"));
    if (size.width() < ChartExporter::kMinSize || size.height() < ChartExporter::kMinSize
        || size.width() > ChartExporter::kMaxSize || size.height() > ChartExporter::kMaxSize * 4)
        return fail(tr("the size %1\u00d7%2 is out of range").arg(size.width()).arg(size.height()));

    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);

    bool ok = false;
    QString reason;
    switch (format) {
    case ChartExporter::Format::Png:
    case ChartExporter::Format::Jpg: {
        const QSize pixels(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
        if (qint64(pixels.width()) * pixels.height() > qint64(400) * 1000 * 1000) {
            reason = tr("%1\u00d7%2 pixels is too large").arg(pixels.width()).arg(pixels.height());
            break;
        }
        QImage image(pixels, format == ChartExporter::Format::Png ? QImage::Format_ARGB32_Premultiplied
                                                                  : QImage::Format_RGB32);
        if (image.isNull()) {
            reason = tr("out of memory for %1\u00d7%2 pixels").arg(pixels.width()).arg(pixels.height());
            break;
        }
        image.setDevicePixelRatio(scale);
        image.fill(format == ChartExporter::Format::Jpg && background.alpha() < 255 ? QColor(Qt::white) : background);
        {
            QCPPainter painter(&image);
            paint(painter, 0);
        }
        QImageWriter writer(&file, format == ChartExporter::Format::Png ? "png" : "jpeg");
        if (format == ChartExporter::Format::Jpg)
            writer.setQuality(quality);
        ok = writer.write(image);
        if (!ok)
            reason = writer.errorString();
        break;
    }
    case ChartExporter::Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Cacophony"));
        pdf.setResolution(72); // one logical pixel = one point
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
        QCPPainter painter;
        if (!painter.begin(&pdf)) {
            reason = tr("the PDF writer could not start");
            break;
        }
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                pdf.newPage();
            painter.fillRect(QRect(QPoint(0, 0), size), background);
            paint(painter, page);
        }
        ok = painter.end();
        break;
    }
    case ChartExporter::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("Cacophony"));
        QCPPainter painter;
        if (!painter.begin(&svg)) {
            reason = tr("the SVG writer could not start");
            break;
        }
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.fillRect(QRect(QPoint(0, 0), size), background);
        paint(painter, 0);
        ok = painter.end();
        break;
    }
    }
    if (!ok)
        return fail(reason.isEmpty() ? tr("the image could not be encoded") : reason);
    return OutputFile::write(path, bytes, &reason) || fail(reason);
}

// Draws `view` into the painter's current origin at `size`, without touching its on-screen
// hover targets.
void paintView(QCPPainter &painter, TimelineView &view, const QSize &size)
{
    view.prepareRender(size);
    view.setRecordHits(false);
    view.plot()->toPainter(&painter, size.width(), size.height());
    view.setRecordHits(true);
}

std::int64_t traceEnd(const TraceData &trace)
{
    std::int64_t end = 0;
    std::int64_t programEnd = -1;
    for (const Event &e : trace.events) {
        end = std::max(end, e.end());
        if (e.kind == EventKind::ProgramEnd)
            programEnd = programEnd < 0 ? e.t : std::min(programEnd, e.t);
    }
    const std::int64_t interval = trace.settings.intervalNs();
    if (trace.settings.beats > 0 && interval > 0)
        end = std::max(end, trace.settings.beats * interval);
    return std::max(end, programEnd);
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return Format::Jpg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

QString ChartExporter::formatName(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("PNG");
    case Format::Jpg: return QStringLiteral("JPG");
    case Format::Pdf: return QStringLiteral("PDF");
    case Format::Svg: return QStringLiteral("SVG");
    }
    return {};
}

QString ChartExporter::titleFor(const RunSettings &settings)
{
    if (const Scenario *scenario = ScenarioRegistry::findScenario(settings.scenario); scenario && scenario->isLesson())
        return QStringLiteral("Lesson: %1 \u2014 %2").arg(scenario->id, scenario->title);
    if (const Scenario *scenario = ScenarioRegistry::findScenario(settings.scenario)) {
        QString title = QStringLiteral("%1. %2 \u2014 %3").arg(scenario->number).arg(scenario->id, scenario->title);
        if (settings.profile != delayProfileName(scenario->profile) && !settings.profile.isEmpty())
            title += QStringLiteral(" (%1 delays)").arg(settings.profile);
        return title;
    }
    if (const Strategy *strategy = ScenarioRegistry::findStrategy(settings.strategy))
        return QStringLiteral("%1 \u2014 %2 (%3 delays)").arg(strategy->id, strategy->title, settings.profile);
    return settings.scenario.isEmpty() ? tr("Timeline") : settings.scenario;
}

QString ChartExporter::captionFor(const RunSettings &settings)
{
    const QLocale locale;
    const QString beats = settings.beats > 0 ? tr("%1 beats").arg(locale.toString(settings.beats)) : tr("continuous");
    return tr("%1 \u00b7 %2 BPM \u00b7 %3 \u00b7 seed %4")
        .arg(titleFor(settings), QString::number(settings.bpm), beats, QString::number(settings.seed)); // "6000 BPM", as everywhere
}

int ChartExporter::fittedHeight(const TimelineView &view)
{
    const double scale = view.presentationScale();
    if (view.view() == TimelineView::View::Beats)
        return int(std::lround(scale * (kBeatChartHeight + (view.model().measurementRows() > 2 ? 20 : 0)
                                        + (view.model().orderMatters() ? 30 : 0))));
    int tasks = 0, channels = 0;
    for (const TimelineModel::LaneRef &ref : view.model().taskViewOrder())
        (ref.channel ? channels : tasks) += 1;
    return std::clamp(int(std::lround(scale * (100 + 34 * tasks + 28 * channels))), 200, 4000);
}

bool ChartExporter::exportView(TimelineView *view, const QString &path, Format format, const Options &options,
                               QString *error)
{
    const QSize size(options.width > 0 ? options.width : view->plot()->width(),
                     options.height > 0 ? options.height : view->plot()->height());
    const QColor background = TimelinePalette::fromPalette(view->palette()).background;
    const double screenScale = view->presentationScale();
    if (options.wholeRun) {
        // A fresh view of the same run fits all of it, whatever the screen shows.
        TimelineView whole;
        whole.setAttribute(Qt::WA_DontShowOnScreen);
        whole.setPalette(view->palette());
        whole.setView(view->view());
        whole.setTraceData(view->traceData());
        whole.setTitle(options.title.isEmpty() ? view->title() : options.title);
        whole.setPresentationScale(options.presentationScale);
        whole.resize(size);
        return writeAtomically(path, format, size, options.scale, options.quality, background,
                               [&](QCPPainter &painter, int) { paintView(painter, whole, size); }, error);
    }
    const QString shownTitle = view->title();
    if (!options.title.isEmpty())
        view->setTitle(options.title);
    view->setPresentationScale(options.presentationScale);
    const bool ok = writeAtomically(path, format, size, options.scale, options.quality, background,
                                    [&](QCPPainter &painter, int) { paintView(painter, *view, size); }, error);
    view->setPresentationScale(screenScale);
    view->setTitle(shownTitle);
    view->refresh(); // back to the on-screen layout
    return ok;
}

bool ChartExporter::exportSeriesPage(const std::vector<TraceData> &traces, TimelineView::View view,
                                     const QString &path, Format format, const Options &options, QString *error)
{
    return exportPage(traces, view, path, format, options, true, error);
}

bool ChartExporter::exportLessonsPage(const std::vector<TraceData> &traces, TimelineView::View view,
                                      const QString &path, Format format, const Options &options, QString *error)
{
    return exportPage(traces, view, path, format, options, false, error);
}

bool ChartExporter::exportPage(const std::vector<TraceData> &traces, TimelineView::View view, const QString &path,
                               Format format, const Options &options, bool sharedAxis, QString *error)
{
    if (traces.empty()) {
        if (error)
            *error = tr("Nothing to export: no runs.");
        return false;
    }
    const int width = options.width > 0 ? options.width : kPageWidth;

    // One time axis for all: the longest run decides it.
    std::int64_t end = 1;
    for (const TraceData &trace : traces)
        end = std::max(end, traceEnd(trace));
    const double pad = double(end) * kRangePad;
    const double fromMs = -pad / 1e6, toMs = (double(end) + pad) / 1e6;

    // Views are made one at a time (a page of long runs need not hold them all at once),
    // first to measure, then to paint.
    auto makeView = [&](const TraceData &trace) {
        auto chart = std::make_unique<TimelineView>();
        chart->setAttribute(Qt::WA_DontShowOnScreen);
        chart->setView(viewFor(trace, view));
        chart->setPresentationScale(options.presentationScale);
        chart->setTraceData(trace);
        if (sharedAxis)
            chart->setTimeRange(fromMs, toMs);
        chart->setTitle(titleFor(trace.settings));
        return chart;
    };
    std::vector<int> heights;
    for (const TraceData &trace : traces)
        heights.push_back(options.height > 0 ? options.height : fittedHeight(*makeView(trace)));

    const RunSettings &first = traces.front().settings;
    const QString heading = sharedAxis ? tr("Metronome's Cacophony \u2014 %1 runs at %2 BPM, %3 beats, seed %4")
                                             .arg(traces.size())
                                             .arg(first.bpm)
                                             .arg(first.beats)
                                             .arg(first.seed)
                                       : tr("Metronome's Cacophony \u2014 the lessons, %1 BPM, seed %2")
                                             .arg(first.bpm)
                                             .arg(first.seed);
    QFont headingFont = QApplication::font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35 * options.presentationScale);
    headingFont.setBold(true);
    const int headingH = int(QFontMetricsF(headingFont).height() * 2.2);
    int height = headingH;
    for (int h : heights)
        height += h + kPageGap;

    const TimelinePalette palette = TimelinePalette::fromPalette(QApplication::palette());
    if (format == Format::Pdf && options.pages != Pages::One) {
        // A page per chart, the heading above each, the whole scaled down to fit the page.
        const QSize page = options.pages == Pages::A4 ? QSize(842, 595) : QSize(960, 540); // points, landscape
        const int margin = 24;
        return writeAtomically(
            path, format, page, 1.0, options.quality, palette.background,
            [&](QCPPainter &painter, int i) {
                const double fit = std::min(double(page.width() - 2 * margin) / width,
                                            double(page.height() - 2 * margin) / (headingH + heights[std::size_t(i)]));
                painter.save();
                painter.translate(margin, margin);
                painter.scale(fit, fit);
                painter.setFont(headingFont);
                painter.setPen(palette.text);
                painter.drawText(QRectF(12, 0, width - 24, headingH), Qt::AlignLeft | Qt::AlignVCenter, heading);
                painter.translate(0, headingH);
                paintView(painter, *makeView(traces[std::size_t(i)]), QSize(width, heights[std::size_t(i)]));
                painter.restore();
            },
            error, int(traces.size()));
    }
    return writeAtomically(
        path, format, QSize(width, height), options.scale, options.quality, palette.background,
        [&](QCPPainter &painter, int) {
            painter.setFont(headingFont);
            painter.setPen(palette.text);
            painter.drawText(QRectF(12, 0, width - 24, headingH), Qt::AlignLeft | Qt::AlignVCenter, heading);
            int y = headingH;
            for (std::size_t i = 0; i < traces.size(); ++i) {
                std::unique_ptr<TimelineView> chart = makeView(traces[i]);
                painter.save();
                painter.translate(0, y);
                paintView(painter, *chart, QSize(width, heights[i]));
                painter.restore();
                y += heights[i];
                if (i + 1 < traces.size()) {
                    painter.setPen(QPen(palette.laneLine, 1));
                    painter.drawLine(QLineF(12, y + kPageGap / 2.0, width - 12, y + kPageGap / 2.0));
                }
                y += kPageGap;
            }
        },
        error);
}

TimelineView::View ChartExporter::viewFor(const TraceData &trace, TimelineView::View wanted)
{
    const Strategy *program = ScenarioRegistry::findStrategy(trace.settings.strategy);
    const bool prints = (program && program->prints)
        || std::any_of(trace.events.begin(), trace.events.end(), [](const Event &e) { return e.kind == EventKind::Print; });
    return prints ? TimelineView::View::Tasks : wanted;
}

} // namespace cacophony
