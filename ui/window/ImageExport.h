#pragma once

// What File > Export does with the window's timelines: picks the format from the file
// name (png, jpg/jpeg, pdf, svg) and writes atomically, so a failed export leaves no
// half-written file.

#include "trace/TraceData.h"

#include <QList>
#include <QString>

namespace cacophony {

class TimelineView;

class ImageExport
{
public:
    // "png", "jpg", "pdf", "svg" from the path's suffix; empty if not supported.
    static QString formatOf(const QString &path);

    static bool exportTimeline(TimelineView *view, const QString &path, QString *error);
    // Several timelines stacked top to bottom in one image (a comparison).
    static bool exportStacked(const QList<TimelineView *> &views, const QString &path, QString *error);
    // Runs the 14 scenarios with base's tempo, beats and seed and stacks their charts,
    // as the series' page does.
    static bool exportSeriesPage(const RunSettings &base, const QString &path, QString *error);
};

} // namespace cacophony
