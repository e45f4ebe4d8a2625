#include "window/ExportActions.h"

#include "export/ExportOptionsDialog.h"
#include "timeline/TimelineView.h"
#include "window/AppSettings.h"
#include "window/ComparisonView.h"
#include "window/ControlStrip.h"
#include "window/PresentationMode.h"
#include "window/RunHistory.h"
#include "window/SeriesRunner.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStackedWidget>

#include <algorithm>
#include <qcustomplot.h>

namespace cacophony {

ExportActions::ExportActions(QWidget *window, AppSettings &settings, const Views &views, TraceSource shown,
    QAction *exportImage, QAction *exportPage)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_views(views)
    , m_shown(std::move(shown))
{
    connect(exportImage, &QAction::triggered, this, &ExportActions::exportImage);
    connect(exportPage, &QAction::triggered, this, &ExportActions::exportSeriesPage);
}

bool ExportActions::isComparing() const
{
    return m_views.stack->currentWidget() == m_views.comparison;
}

bool ExportActions::exportImageFile(const QString &path)
{
    ChartExporter::Options options;
    options.width = m_settings.exportWidth;
    options.height = isComparing() ? 0 : m_settings.exportHeight; // a comparison's charts fit their lanes
    options.scale = m_settings.exportScale;
    options.presentationScale = m_views.timeline->presentationScale(); // as on screen
    options.quality = m_settings.exportQuality;
    options.wholeRun = m_settings.exportWholeRun;
    return exportImageFile(path, options);
}

bool ExportActions::exportImageFile(const QString &path, const ChartExporter::Options &chosen)
{
    QString error;
    const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
    bool ok = false;
    if (!format) {
        error
            = tr("Unsupported file type \"%1\": use .png, .jpg, .pdf or .svg.").arg(QFileInfo(path).suffix());
    } else {
        ChartExporter::Options options = chosen;
        if (isComparing()) {
            // Stacked on their shared axis, as on screen.
            if (options.width <= 0)
                options.width = m_views.comparison->width();
            ok = ChartExporter::exportSeriesPage(
                { m_views.comparison->top()->traceData(), m_views.comparison->bottom()->traceData() },
                m_views.comparison->top()->view(), path, *format, options, &error);
        } else {
            // Titled like `cacophony export`: which run, at what tempo, how many beats, which seed.
            if (options.title.isEmpty())
                options.title = ChartExporter::captionFor(m_views.timeline->settings());
            ok = ChartExporter::exportView(m_views.timeline, path, *format, options, &error);
        }
    }
    if (!ok) {
        emit failed(tr("Cannot export image"), error);
        return false;
    }
    remember(path);
    emit message(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QSize ExportActions::screenSize() const
{
    if (isComparing())
        return m_views.comparison->size();
    return m_views.timeline->plot()->size(); // what ChartExporter::exportView takes for 0
}

void ExportActions::chooseExportOptions(const QString &path)
{
    const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
    if (!format) {
        exportImageFile(path); // says why
        return;
    }
    const QSize screen = screenSize();
    auto *dialog = new ExportOptionsDialog(path, *format, screen, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeightFitted(isComparing());
    dialog->setRangeChoice(!isComparing()); // a comparison is drawn whole
    dialog->setWholeRun(m_settings.exportWholeRun);
    dialog->setQuality(m_settings.exportQuality);
    if (m_settings.exportWidth > 0) {
        const int height = m_settings.exportHeight > 0 ? m_settings.exportHeight : screen.height();
        dialog->setExportSize(QSize(m_settings.exportWidth, height));
    }
    dialog->setScale(m_settings.exportScale);
    dialog->setKeepAspectRatio(m_settings.exportKeepAspect);
    dialog->setPresentationScale(m_views.presentation->scale(), m_views.presentation->isActive());
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        m_settings.exportWidth = dialog->exportSize().width();
        if (!dialog->isHeightFitted()) // a fitted height was not chosen: keep the last one that was
            m_settings.exportHeight = dialog->exportSize().height();
        m_settings.exportScale = dialog->scale();
        m_settings.exportKeepAspect = dialog->keepAspectRatio();
        if (!isComparing())
            m_settings.exportWholeRun = dialog->wholeRun();
        if (dialog->format() == ChartExporter::Format::Jpg)
            m_settings.exportQuality = dialog->quality();
        emit settingsChanged();
        exportImageFile(path, dialog->options());
    });
    dialog->open();
}

void ExportActions::remember(const QString &path)
{
    // Only a file that was written makes its folder and format the next default: a
    // failed export to a missing folder must not become one.
    const QFileInfo info(path);
    m_settings.exportDir = info.absolutePath();
    if (const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path))
        m_settings.exportFormat = ChartExporter::formatName(*format).toLower();
    emit settingsChanged();
}

void ExportActions::exportImage()
{
    // The last format chosen comes first, and names the suggested file.
    const QStringList filters { tr("PNG image (*.png)"), tr("JPEG image (*.jpg *.jpeg)"),
        tr("PDF document (*.pdf)"), tr("SVG drawing (*.svg)") };
    const QStringList suffixes { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("pdf"),
        QStringLiteral("svg") };
    const int chosen = std::max<int>(0, suffixes.indexOf(m_settings.exportFormat));
    QString selected = filters.at(chosen);
    const QString suggested = QDir(WindowActions::dialogDir(m_settings.exportDir))
                                  .filePath(QStringLiteral("cacophony-%1.%2")
                                          .arg(RunHistory::shortTitle(m_shown()->settings), suffixes.at(chosen)));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Image"), suggested, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    chooseExportOptions(path);
}

bool ExportActions::exportSeriesPageFile(const QString &path)
{
    const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
    if (!format) {
        emit failed(tr("Cannot export the series page"),
            tr("Unsupported file type \"%1\": use .png, .jpg, .pdf or .svg.").arg(QFileInfo(path).suffix()));
        return false;
    }
    if (m_series && m_series->isRunning())
        return false;
    emit stopRequested(); // the page's runs must not share the machine with a playing one

    // The series' own settings: 6000 BPM and 15 beats, with the seed chosen here.
    RunSettings base = m_views.strip->runSettings();
    base.bpm = 6000;
    base.beats = 15;
    if (!m_series)
        m_series = new SeriesRunner(this);
    m_series->disconnect(); // the previous page's dialog and file
    auto *progress = new QProgressDialog(tr("Running the 14 scenarios…"), tr("Cancel"), 0, 14, m_window);
    progress->setObjectName(QStringLiteral("seriesProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_series, &SeriesRunner::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, m_series, &SeriesRunner::cancel);
    connect(progress, &QProgressDialog::canceled, progress, &QObject::deleteLater);
    connect(m_series, &SeriesRunner::failed, this, [this, progress](const QString &why) {
        progress->close();
        emit failed(tr("Cannot export the series page"), why);
        emit seriesPageExported(false);
    });
    connect(m_series, &SeriesRunner::finished, this,
        [this, progress, path, format](const std::vector<TraceData> &traces) {
            progress->close();
            ChartExporter::Options options;
            QString error;
            const TimelineView::View view
                = m_views.tasksView->isChecked() ? TimelineView::View::Tasks : TimelineView::View::Beats;
            if (!ChartExporter::exportSeriesPage(traces, view, path, *format, options, &error)) {
                emit failed(tr("Cannot export the series page"), error);
                emit seriesPageExported(false);
                return;
            }
            remember(path);
            emit message(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
            emit seriesPageExported(true);
        });
    m_series->start(SeriesRunner::seriesOf(base));
    return true;
}

void ExportActions::exportSeriesPage()
{
    const QString suggested
        = QDir(WindowActions::dialogDir(m_settings.exportDir)).filePath(QStringLiteral("cacophony-series.png"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Series Page"), suggested,
        tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    exportSeriesPageFile(path);
}

} // namespace cacophony
