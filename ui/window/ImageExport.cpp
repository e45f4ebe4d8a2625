#include "window/ImageExport.h"

#include "timeline/TimelineView.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace cacophony {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImageExport", text);
}

// Paints the views one under the other into any paint device of the given size.
void paintStacked(QCPPainter &painter, const QList<TimelineView *> &views, int width, const QList<int> &heights)
{
    int y = 0;
    for (int i = 0; i < views.size(); ++i) {
        painter.save();
        painter.translate(0, y);
        views[i]->plot()->toPainter(&painter, width, heights[i]);
        painter.restore();
        y += heights[i];
    }
}

} // namespace

QString ImageExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jpeg"))
        return QStringLiteral("jpg");
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("pdf")
        || suffix == QLatin1String("svg"))
        return suffix;
    return {};
}

bool ImageExport::exportTimeline(TimelineView *view, const QString &path, QString *error)
{
    return exportStacked({view}, path, error);
}

bool ImageExport::exportStacked(const QList<TimelineView *> &views, const QString &path, QString *error)
{
    const QString format = formatOf(path);
    if (format.isEmpty()) {
        if (error)
            *error = tr("Unsupported file type \"%1\": use .png, .jpg, .pdf or .svg.").arg(QFileInfo(path).suffix());
        return false;
    }
    int width = 0;
    QList<int> heights;
    for (TimelineView *v : views) {
        width = std::max(width, v->plot()->width());
        heights.append(v->plot()->height());
    }
    const int height = std::accumulate(heights.begin(), heights.end(), 0);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = true;
    if (format == QLatin1String("png") || format == QLatin1String("jpg")) {
        QImage image(width * 2, height * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QCPPainter painter(&image);
        paintStacked(painter, views, width, heights);
        painter.end();
        ok = image.save(&file, format == QLatin1String("png") ? "PNG" : "JPG", 92);
    } else if (format == QLatin1String("pdf")) {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        pdf.setPageMargins({});
        pdf.setResolution(72);
        QCPPainter painter(&pdf);
        paintStacked(painter, views, width, heights);
        ok = painter.end();
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(QStringLiteral("Cacophony"));
        QCPPainter painter(&svg);
        paintStacked(painter, views, width, heights);
        ok = painter.end();
    }
    if (!ok || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ImageExport::exportSeriesPage(const RunSettings &, const QString &, QString *error)
{
    if (error)
        *error = tr("The series page export is not available in this build.");
    return false;
}

} // namespace cacophony
