#pragma once

// `cacophony export`: runs scenarios silently to completion (or reads a trace file) and
// renders their timeline to an image or PDF, or their beats to a WAV slowed down as the
// window's Replay plays them, without a window.
//
//   cacophony export --scenario ID|all --png FILE|--pdf FILE|--svg FILE|--jpg FILE
//   cacophony export --lesson ID|all ...   (the lessons; all = the lessons page)
//                    [--view beats|tasks] [--width N --height N] [--scale F]
//                    [--presentation-scale F]
//                    [--bpm N --beats N --seed N --profile P] [--trace-in FILE]
//                    [--theme light|dark]
//   cacophony export --scenario ID|--trace-in FILE --wav FILE [--speed S] [run options]
//
// Contract: every option is validated before anything runs or is written; bad input
// prints one line on stderr and exits 2 leaving no file; a failed run or write exits 1
// (and, writes being atomic, leaves no partial file either). `--scenario all` renders
// the series page: the 14 scenarios stacked on one time axis.

#include "export/ChartExporter.h"
#include "timeline/TimelineView.h"
#include "trace/TraceData.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cacophony {

class ExportCommand
{
public:
    struct Options
    {
        QString scenario;            // id or number; "all" = the series page; empty with traceIn
        QString lesson;              // lesson id; "all" = the lessons page; excludes scenario and traceIn
        QString traceIn;             // a trace file to render instead of running
        QString output;
        ChartExporter::Format format = ChartExporter::Format::Png;
        TimelineView::View view = TimelineView::View::Beats;
        ChartExporter::Options chart;
        int bpm = 6000;
        bool bpmGiven = false;       // --bpm given: it overrides a lesson's own tempo (as `run`)
        int beats = 15;
        std::uint64_t seed = 1;
        QString profile;             // empty: each scenario's own
        bool dark = false;           // --theme dark: for slides on a dark background
        bool wav = false;            // --wav: the beats as heard, at `speed`
        double speed = 1.0;          // --speed: 1, 0.5, 0.25, 0.1, 0.01 or anything between
        bool help = false;
    };

    // args: the words after "export". nullopt and a one-line *error on bad input.
    static std::optional<Options> parse(const QStringList &args, QString *error);
    static QString usage();
    // The whole command; needs (and creates, if there is none) a QApplication.
    static int run(int argc, char **argv);
    // With a QApplication already running.
    static int run(const Options &options);
};

} // namespace cacophony
