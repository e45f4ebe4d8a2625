// The pictures do not move: every scenario and lesson in both views and both themes, and
// the series and lessons pages, rendered from recorded traces (pictures/traces, so timing
// noise never enters) with a shipped font (pictures/fonts), compared pixel for pixel with
// the reviewed references in pictures/references.
//
// After a reviewed change to the drawing, scripts/update-reference-images rewrites the
// references (this binary with CACOPHONY_UPDATE_REFERENCES=1). A failing row leaves the
// render and a difference image (changed pixels in magenta) in the build folder.

#include "export/ChartExporter.h"
#include "metronome/Scenario.h"
#include "timeline/TimelineView.h"
#include "trace/ChromeTraceReader.h"
#include "window/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace cacophony;

namespace {

constexpr int kWidth = 640; // narrow keeps the references small; every lane still shows
constexpr int kFontPointSize = 9;

enum class Page { One, Series, Lessons };

QString picturesDir()
{
    return QStringLiteral(CACOPHONY_PICTURES_DIR);
}

QString viewName(TimelineView::View view)
{
    return view == TimelineView::View::Beats ? QStringLiteral("beats") : QStringLiteral("tasks");
}

bool updating()
{
    return qEnvironmentVariableIntValue("CACOPHONY_UPDATE_REFERENCES") == 1;
}

// Pixels that differ, painted magenta over a faded copy of the reference.
QImage differenceImage(const QImage &reference, const QImage &actual, int *changed)
{
    QImage diff = reference.convertToFormat(QImage::Format_ARGB32);
    *changed = 0;
    for (int y = 0; y < diff.height(); ++y) {
        for (int x = 0; x < diff.width(); ++x) {
            if (actual.pixel(x, y) != reference.pixel(x, y)) {
                diff.setPixel(x, y, qRgb(255, 0, 255));
                ++*changed;
            } else {
                const QRgb p = diff.pixel(x, y);
                diff.setPixel(x, y, qRgba(qRed(p), qGreen(p), qBlue(p), 60));
            }
        }
    }
    return diff;
}

} // namespace

class tst_ChartExporterPictures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<QString, TraceData> m_traces; // by scenario or lesson id

    const TraceData *traceOf(const QString &id)
    {
        auto it = m_traces.find(id);
        if (it != m_traces.end())
            return &it->second;
        QString error;
        std::optional<TraceData> trace
            = ChromeTraceReader::read(QDir(picturesDir()).filePath(QStringLiteral("traces/%1.json").arg(id)), &error);
        if (!trace) {
            qWarning("%s (scripts/update-reference-images --traces records them)", qPrintable(error));
            return nullptr;
        }
        return &m_traces.emplace(id, std::move(*trace)).first->second;
    }

    bool tracesOf(const std::vector<Scenario> &runs, std::vector<TraceData> *traces)
    {
        for (const Scenario &run : runs) {
            const TraceData *trace = traceOf(run.id);
            if (!trace)
                return false;
            traces->push_back(*trace);
        }
        return true;
    }

    // What `cacophony export --scenario ID --png FILE --width kWidth` draws for the trace.
    bool renderOne(const TraceData &trace, TimelineView::View wanted, const QString &path, QString *error)
    {
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(ChartExporter::viewFor(trace, wanted));
        view.setTraceData(trace);
        view.setTitle(ChartExporter::captionFor(trace.settings));
        ChartExporter::Options options;
        options.width = kWidth;
        options.height = ChartExporter::fittedHeight(view);
        view.resize(options.width, options.height);
        return ChartExporter::exportView(&view, path, ChartExporter::Format::Png, options, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The shipped font, and nothing of the machine's, draws every text.
        for (const char *file : {":/pictures/fonts/DejaVuSans.ttf", ":/pictures/fonts/DejaVuSans-Bold.ttf"})
            QVERIFY2(QFontDatabase::addApplicationFont(QLatin1String(file)) >= 0, file);
        QFont font(QStringLiteral("DejaVu Sans"), kFontPointSize);
        QApplication::setFont(font);
        QVERIFY(QFontInfo(QApplication::font()).family() == QLatin1String("DejaVu Sans"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (updating())
            QVERIFY(QDir(picturesDir()).mkpath(QStringLiteral("references")));
    }

    void cleanupTestCase() { Theme::apply(Theme::Mode::Light); }

    void matchesReference_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("view");
        QTest::addColumn<bool>("dark");
        for (bool dark : {false, true}) {
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            for (TimelineView::View view : {TimelineView::View::Beats, TimelineView::View::Tasks}) {
                for (const auto *runs : {&ScenarioRegistry::scenarios(), &ScenarioRegistry::lessons()}) {
                    for (const Scenario &run : *runs) {
                        // A run that prints lines has no beat view: its beat row would repeat the task row.
                        const TraceData *trace = traceOf(run.id);
                        if (trace && ChartExporter::viewFor(*trace, view) != view)
                            continue;
                        const QString name = QStringLiteral("%1-%2-%3").arg(run.id, viewName(view), theme);
                        QTest::newRow(qPrintable(name)) << int(Page::One) << run.id << int(view) << dark;
                    }
                }
                if (dark)
                    continue; // the pages repeat the charts above: one theme keeps the references small
                QTest::newRow(qPrintable(QStringLiteral("series-%1-%2").arg(viewName(view), theme)))
                    << int(Page::Series) << QString() << int(view) << dark;
                QTest::newRow(qPrintable(QStringLiteral("lessons-%1-%2").arg(viewName(view), theme)))
                    << int(Page::Lessons) << QString() << int(view) << dark;
            }
        }
    }

    void matchesReference()
    {
        QFETCH(int, page);
        QFETCH(QString, id);
        QFETCH(int, view);
        QFETCH(bool, dark);
        const auto kind = TimelineView::View(view);
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);

        const QString name = QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png");
        const QString path = m_dir.filePath(name);
        QString error;
        bool ok = false;
        if (Page(page) == Page::One) {
            const TraceData *trace = traceOf(id);
            QVERIFY2(trace, qPrintable(id));
            ok = renderOne(*trace, kind, path, &error);
        } else {
            const bool series = Page(page) == Page::Series;
            std::vector<TraceData> traces;
            QVERIFY(tracesOf(series ? ScenarioRegistry::scenarios() : ScenarioRegistry::lessons(), &traces));
            ChartExporter::Options options;
            options.width = kWidth;
            ok = series ? ChartExporter::exportSeriesPage(traces, kind, path, ChartExporter::Format::Png, options, &error)
                        : ChartExporter::exportLessonsPage(traces, kind, path, ChartExporter::Format::Png, options,
                                                           &error);
        }
        QVERIFY2(ok, qPrintable(error));

        const QString referencePath = QDir(picturesDir()).filePath(QStringLiteral("references/") + name);
        if (updating()) {
            QFile::remove(referencePath);
            QVERIFY(QFile::copy(path, referencePath));
            return;
        }
        const QImage actual = QImage(path).convertToFormat(QImage::Format_ARGB32);
        const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!reference.isNull(),
                 qPrintable(QStringLiteral("no reference %1 (scripts/update-reference-images makes it)").arg(referencePath)));
        QVERIFY(!actual.isNull());

        const QString failures = QStringLiteral(CACOPHONY_PICTURE_FAILURES_DIR);
        auto keep = [&](const QImage &diff) {
            QDir().mkpath(failures);
            QFile::remove(QDir(failures).filePath(name));
            QFile::copy(path, QDir(failures).filePath(name));
            if (!diff.isNull())
                diff.save(QDir(failures).filePath(QString(name).replace(QStringLiteral(".png"), QStringLiteral(".diff.png"))));
        };
        if (actual.size() != reference.size()) {
            keep({});
            QFAIL(qPrintable(QStringLiteral("%1: %2x%3, the reference is %4x%5 (render kept in %6)")
                                 .arg(name)
                                 .arg(actual.width()).arg(actual.height())
                                 .arg(reference.width()).arg(reference.height())
                                 .arg(failures)));
        }
        int changed = 0;
        const QImage diff = differenceImage(reference, actual, &changed);
        if (changed > 0) {
            keep(diff);
            QFAIL(qPrintable(QStringLiteral("%1: %2 pixels differ from the reference (render and difference in %3)")
                                 .arg(name).arg(changed).arg(failures)));
        }
    }
};

QTEST_MAIN(tst_ChartExporterPictures)
#include "tst_chartexporterpictures.moc"
