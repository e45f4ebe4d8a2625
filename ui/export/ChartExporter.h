#pragma once

// Renders timelines to files: the visible range of a TimelineView as PNG, JPG, PDF or
// SVG, and the "series page" (one chart per scenario, stacked, on a shared time axis).
//
// Contract:
//  - Every write is atomic (QSaveFile): the target is either the complete new file or
//    left as it was; a failed export never leaves a truncated file or a temporary behind.
//  - Errors come back as one sentence naming the file and the reason.
//  - Vector formats (PDF, SVG) stay vector; `scale` only multiplies the pixels of PNG
//    and JPG (2 = sharp on a high-DPI screen), never the layout.
//
// UI thread only (it drives widgets).

#include "timeline/TimelineView.h"
#include "trace/TraceData.h"

#include <QSize>
#include <QString>
#include <optional>
#include <vector>

namespace cacophony {

class ChartExporter
{
public:
    enum class Format { Png, Jpg, Pdf, Svg };
    // A series or lessons page as a PDF: one tall page, or a page per chart (A4 or 16:9
    // landscape, each chart scaled to fit under the page's heading).
    enum class Pages { One, A4, Wide };

    struct Options
    {
        int width = 0;      // logical pixels; 0 = the view's width (series page: kPageWidth)
        int height = 0;     // 0 = the view's height (series page: per chart, fitted to its lanes)
        double scale = 1.0; // raster formats: device pixels per logical pixel
        int quality = 92;   // JPG
        // Text and marks this many times their size, as View > Presentation draws them
        // (1: as usual). Unlike `scale` it changes the layout, in every format.
        double presentationScale = 1.0;
        // exportView: the whole run instead of the visible range, drawn afresh like
        // `cacophony export` draws it (the on-screen view is left as it is).
        bool wholeRun = false;
        // exportView: drawn above the lanes when not empty (captionFor the run).
        QString title;
        // exportSeriesPage / exportLessonsPage to a PDF; other formats are one picture.
        Pages pages = Pages::One;
    };

    static constexpr int kPageWidth = 1400;
    static constexpr int kMinSize = 100;
    static constexpr int kMaxSize = 20000;

    // By the file's suffix (png, jpg, jpeg, pdf, svg); nullopt if none fits.
    static std::optional<Format> formatFromPath(const QString &path);
    static QString formatName(Format format);

    // "9. async_naive — A task per beat, nobody waits for them" (or the strategy for a custom run).
    static QString titleFor(const RunSettings &settings);
    // titleFor, and what else names the run: "… · 240 BPM · 15 beats · seed 9".
    static QString captionFor(const RunSettings &settings);
    // A chart height that gives every lane of `view` room (task views grow with their
    // lanes; a presentation scale grows it too).
    static int fittedHeight(const TimelineView &view);

    // The visible time range of `view`, as it looks now, at the options' size (or the whole
    // run when options.wholeRun), with options.title above the lanes.
    static bool exportView(TimelineView *view, const QString &path, Format format, const Options &options,
                           QString *error);
    // One titled chart per trace, top to bottom, all on one time axis, in `view`.
    static bool exportSeriesPage(const std::vector<TraceData> &traces, TimelineView::View view, const QString &path,
                                 Format format, const Options &options, QString *error);
    // The lessons page: as the series page, but each chart on its own time axis (a
    // bedtime program lasts microseconds, the closure bug a whole run of beats).
    static bool exportLessonsPage(const std::vector<TraceData> &traces, TimelineView::View view, const QString &path,
                                  Format format, const Options &options, QString *error);
    // The view to draw `trace` in: `wanted`, except for a run that printed lines instead
    // of beats (a bedtime lesson), where only the task view means something.
    static TimelineView::View viewFor(const TraceData &trace, TimelineView::View wanted);

private:
    static bool exportPage(const std::vector<TraceData> &traces, TimelineView::View view, const QString &path,
                           Format format, const Options &options, bool sharedAxis, QString *error);
};

} // namespace cacophony
