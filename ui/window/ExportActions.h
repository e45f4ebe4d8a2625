#pragma once

// File > Export Image and Export Series Page: the file dialogs, the export options
// (size, scale, range, quality; remembered), and the exports themselves (ChartExporter)
// of the chart on screen or of two runs compared. Reads and writes the export group of
// the settings. Lives in the UI thread.

#include "export/ChartExporter.h"
#include "trace/TraceData.h"

#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QStackedWidget;
class QWidget;

namespace cacophony {

struct AppSettings;
class ComparisonView;
class ControlStrip;
class PresentationMode;
class SeriesRunner;
class TimelineView;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        QStackedWidget *stack = nullptr; // shows the timeline or the comparison
        TimelineView *timeline = nullptr;
        ComparisonView *comparison = nullptr;
        PresentationMode *presentation = nullptr;
        QAction *tasksView = nullptr; // checked: the task view
        ControlStrip *strip = nullptr; // the series page takes its seed
    };
    using TraceSource = std::function<std::shared_ptr<const TraceData>()>;

    ExportActions(QWidget *window, AppSettings &settings, const Views &views, TraceSource shown,
        QAction *exportImage, QAction *exportPage);

    // At the size and scale last chosen in the export dialog (at first: as on screen, 2x).
    bool exportImageFile(const QString &path);
    // At options' size (0 = as on screen; comparing: the height of each chart, 0 = fitted).
    bool exportImageFile(const QString &path, const ChartExporter::Options &options);
    // Asks for the size and scale (a window-modal dialog, not waited for), then remembers
    // them and exports to `path`.
    void chooseExportOptions(const QString &path);
    // Runs the 14 scenarios in the background, then writes their charts stacked;
    // seriesPageExported() tells the end. False at once for a bad file type or while a
    // page is being made.
    bool exportSeriesPageFile(const QString &path);

public slots:
    void exportImage(); // asks for the file
    void exportSeriesPage();

signals:
    void seriesPageExported(bool ok);
    // The series page's runs must not share the machine with a playing one.
    void stopRequested();
    void settingsChanged();
    void message(const QString &text, int ms);
    void failed(const QString &title, const QString &text);

private:
    bool isComparing() const;
    QSize screenSize() const; // what an export "as on screen" measures
    void remember(const QString &path); // after a successful export

    QWidget *m_window;
    AppSettings &m_settings;
    Views m_views;
    TraceSource m_shown;
    SeriesRunner *m_series = nullptr;
};

} // namespace cacophony
