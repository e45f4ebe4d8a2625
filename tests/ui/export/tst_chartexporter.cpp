// Exports checked by their pixels and their files: the end-of-program line, one marker per
// beat, every format, and atomic writes (never a truncated or stray file).

#include "../timeline/SyntheticTrace.h"
#include "export/ChartExporter.h"
#include "timeline/TimelineView.h"

#include <QDir>
#include <QImage>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <qcustomplot.h>

using namespace cacophony;
using namespace cacophony::synthetic;

namespace {

bool near(QRgb pixel, const QColor &color, int tolerance)
{
    return qAbs(qRed(pixel) - color.red()) <= tolerance && qAbs(qGreen(pixel) - color.green()) <= tolerance
        && qAbs(qBlue(pixel) - color.blue()) <= tolerance;
}

bool stronglyRed(QRgb pixel)
{
    return qRed(pixel) > 170 && qGreen(pixel) < 90 && qBlue(pixel) < 90;
}

// Columns that are strongly red over at least `fraction` of the image height: the
// end-of-program line (out-of-order outlines are red too, but only marker-high).
int redColumns(const QImage &image, double fraction)
{
    int columns = 0;
    for (int x = 0; x < image.width(); ++x) {
        int red = 0;
        for (int y = 0; y < image.height(); ++y)
            red += stronglyRed(image.pixel(x, y));
        columns += red >= fraction * image.height();
    }
    return columns;
}

// Connected blobs (4-neighbour) of `color` inside `area`, ignoring specks (and the
// holes of glyphs such as "O" and "0", filled with the box colour but far smaller).
int blobs(const QImage &image, const QRect &area, const QColor &color, int tolerance, int minPixels = 80)
{
    const QRect r = area.intersected(image.rect());
    std::vector<char> seen(std::size_t(image.width()) * std::size_t(image.height()), 0);
    int count = 0;
    std::vector<QPoint> stack;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const std::size_t i = std::size_t(y) * std::size_t(image.width()) + std::size_t(x);
            if (seen[i] || !near(image.pixel(x, y), color, tolerance))
                continue;
            int pixels = 0;
            stack.assign(1, QPoint(x, y));
            seen[i] = 1;
            while (!stack.empty()) {
                const QPoint p = stack.back();
                stack.pop_back();
                ++pixels;
                for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                    const QPoint q = p + d;
                    if (!r.contains(q))
                        continue;
                    const std::size_t j = std::size_t(q.y()) * std::size_t(image.width()) + std::size_t(q.x());
                    if (!seen[j] && near(image.pixel(q), color, tolerance)) {
                        seen[j] = 1;
                        stack.push_back(q);
                    }
                }
            }
            count += pixels >= minPixels;
        }
    }
    return count;
}

} // namespace

class tst_ChartExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<TimelineView> viewOf(const TraceData &trace, TimelineView::View kind, QSize size = {1200, 300})
    {
        auto view = std::make_unique<TimelineView>();
        view->setPalette(QPalette(QColor(239, 239, 239), QColor(255, 255, 255))); // light, whatever the test style
        view->resize(size);
        view->setView(kind);
        view->setTraceData(trace);
        view->show(); // laid out at its size, so laneRect() matches an export at that size
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->refresh();
        return view;
    }

    QImage exportPng(TimelineView &view, const QString &name, QSize size = {1200, 300})
    {
        const QString path = m_dir.filePath(name);
        QString error;
        ChartExporter::Options options;
        options.width = size.width();
        options.height = size.height();
        if (!ChartExporter::exportView(&view, path, ChartExporter::Format::Png, options, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return QImage(path).convertToFormat(QImage::Format_RGB32);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("chart.png") << 1.0 << QByteArray("\x89PNG");
        QTest::newRow("png at 2x") << QStringLiteral("chart2x.png") << 2.0 << QByteArray("\x89PNG");
        QTest::newRow("jpg") << QStringLiteral("chart.jpg") << 1.0 << QByteArray("\xff\xd8\xff");
        QTest::newRow("jpeg") << QStringLiteral("chart.jpeg") << 1.5 << QByteArray("\xff\xd8\xff");
        QTest::newRow("pdf") << QStringLiteral("chart.pdf") << 1.0 << QByteArray("%PDF");
        QTest::newRow("svg") << QStringLiteral("chart.svg") << 1.0 << QByteArray("<?xml");
    }

    void everyFormat()
    {
        QFETCH(QString, name);
        QFETCH(double, scale);
        QFETCH(QByteArray, magic);
        auto view = viewOf(asyncNaiveRun(15), TimelineView::View::Tasks);
        const QString path = m_dir.filePath(name);
        const std::optional<ChartExporter::Format> format = ChartExporter::formatFromPath(path);
        QVERIFY(format);
        ChartExporter::Options options;
        options.width = 900;
        options.height = 420;
        options.scale = scale;
        QString error;
        QVERIFY2(ChartExporter::exportView(view.get(), path, *format, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(magic.size()) == magic);
        if (*format == ChartExporter::Format::Png || *format == ChartExporter::Format::Jpg) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(int(900 * scale), int(420 * scale)));
        }
        if (*format == ChartExporter::Format::Svg)
            QVERIFY(QFile(path).size() > 10'000); // drawn, not just a header
    }

    // The red line marks the end of program; a trace that never got there has none.
    // As in the series: the red end-of-program line where work can outlive the metronome
    // function (an asynchronous strategy), none for a synchronous one.
    void endOfProgramLine_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<bool>("line");
        QTest::newRow("async run") << true << true << true;
        QTest::newRow("sync run") << false << true << false;
        QTest::newRow("sync run, no end recorded") << false << false << false;
    }

    void endOfProgramLine()
    {
        QFETCH(bool, async);
        QFETCH(bool, ended);
        QFETCH(bool, line);
        TraceData trace = async ? asyncNaiveRun(15) : syncRun(15, 6000, ended);
        // The end is in the trace whenever it was recorded: no line is the rule, not a gap.
        QCOMPARE(std::any_of(trace.events.begin(), trace.events.end(),
                             [](const Event &e) { return e.kind == EventKind::ProgramEnd; }),
                 ended);
        for (TimelineView::View v : {TimelineView::View::Beats, TimelineView::View::Tasks}) {
            auto view = viewOf(trace, v);
            const QImage image = exportPng(*view, QStringLiteral("end.png"));
            QVERIFY(!image.isNull());
            const int columns = redColumns(image, 0.5);
            if (line)
                QVERIFY2(columns >= 2 && columns <= 4, qPrintable(QString::number(columns))); // 3 px line
            else
                QCOMPARE(columns, 0);
        }
    }

    // One green marker per beat in the actual-beats lane; lost beats are grey instead.
    void oneMarkerPerBeat_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<int>("beats");
        QTest::newRow("sync, 15") << false << 15;
        QTest::newRow("sync, 6") << false << 6;
        QTest::newRow("async naive, 15") << true << 15;
    }

    void oneMarkerPerBeat()
    {
        QFETCH(bool, async);
        QFETCH(int, beats);
        auto lostIn = [](const TraceData &t) {
            int n = 0;
            for (const Event &e : t.events)
                n += e.kind == EventKind::Beat && e.has(Lost);
            return n;
        };
        TraceData trace = syncRun(beats);
        for (std::uint64_t seed = 1; async && seed < 100; ++seed) { // a seed with stragglers
            trace = asyncNaiveRun(beats, seed);
            if (lostIn(trace) > 0)
                break;
        }
        const int lost = lostIn(trace);
        const QSize size(1400, async ? 330 : 280);
        auto view = viewOf(trace, TimelineView::View::Beats, size);
        const QImage image = exportPng(*view, QStringLiteral("beats.png"), size);
        QVERIFY(!image.isNull());
        // Below the hairline on its top edge (over the shade after the end it has the grey of a lost beat).
        const QRect lane = view->laneRect(2).toAlignedRect().adjusted(0, 2, 0, 0);
        QVERIFY(lane.height() > 30);
        const QColor beatFill(0x74, 0xc4, 0x78);
        const QColor lostFill(0xdd, 0xe2, 0xe5);
        QCOMPARE(blobs(image, lane, beatFill, 20), beats - lost);
        if (async) {
            QVERIFY(lost > 0); // the seed makes stragglers
            QCOMPARE(blobs(image, lane, lostFill, 5), lost);
        }
        // No beat colour outside the lane but the legend's sample.
        QCOMPARE(blobs(image, QRect(0, lane.bottom() + 2, image.width(), image.height()), beatFill, 20), 0);
    }

    void unwritableTargetFailsCleanly_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/chart.png") << QStringLiteral("does not exist");
        QTest::newRow("below a file") << QStringLiteral("afile.txt/chart.png") << QStringLiteral("does not exist");
        QTest::newRow("a folder") << QStringLiteral("afolder") << QStringLiteral("is a folder");
    }

    void unwritableTargetFailsCleanly()
    {
        QFETCH(QString, relative);
        QFETCH(QString, reason);
        {
            QFile file(m_dir.filePath(QStringLiteral("afile.txt")));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("afolder")));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        auto view = viewOf(syncRun(4), TimelineView::View::Beats);
        const QString path = m_dir.filePath(relative);
        QString error;
        ChartExporter::Options options;
        options.width = 400;
        options.height = 200;
        QVERIFY(!ChartExporter::exportView(view.get(), path, ChartExporter::Format::Png, options, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("chart.png")) || error.contains(QStringLiteral("afolder")), qPrintable(error));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        QVERIFY(!QFileInfo(path).isFile());
    }

    void replacesAnExistingFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older export, not an image");
        }
        auto view = viewOf(syncRun(8), TimelineView::View::Beats);
        ChartExporter::Options options;
        options.width = 640;
        options.height = 240;
        QString error;
        QVERIFY2(ChartExporter::exportView(view.get(), path, ChartExporter::Format::Png, options, &error), qPrintable(error));
        QCOMPARE(QImage(path).size(), QSize(640, 240));
        // Nothing else left behind (no temporary file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("chart.png")});

        // A failing export (absurd size) keeps the previous file as it was.
        const QByteArray good = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        options.width = 30;
        QVERIFY(!ChartExporter::exportView(view.get(), path, ChartExporter::Format::Png, options, &error));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), good);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    }

    void seriesPageStacksChartsOnOneAxis_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("page.png");
        QTest::newRow("pdf") << QStringLiteral("page.pdf");
    }

    void seriesPageStacksChartsOnOneAxis()
    {
        QFETCH(QString, name);
        const std::vector<TraceData> traces = {syncRun(15), asyncNaiveRun(15), servicesRun(8)};
        const QString path = m_dir.filePath(name);
        ChartExporter::Options options;
        options.height = 220;
        QString error;
        QVERIFY2(ChartExporter::exportSeriesPage(traces, TimelineView::View::Beats, path,
                                                 *ChartExporter::formatFromPath(path), options, &error),
                 qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
        if (name.endsWith(QLatin1String(".png"))) {
            const QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(image.width(), ChartExporter::kPageWidth);
            QVERIFY(image.height() > 3 * 220);
            // Each chart has its end line, at its own time on the shared axis: the three
            // runs end at different times, so at least two distinct positions show.
            int segments = 0;
            for (int x = 1; x < image.width(); ++x) {
                auto redRun = [&](int col) {
                    int red = 0;
                    for (int y = 0; y < image.height(); ++y)
                        red += stronglyRed(image.pixel(col, y));
                    return red >= 100;
                };
                segments += redRun(x) && !redRun(x - 1);
            }
            QVERIFY2(segments >= 2, qPrintable(QString::number(segments)));
        }
        QVERIFY(!ChartExporter::exportSeriesPage({}, TimelineView::View::Beats, path, ChartExporter::Format::Png,
                                                 options, &error));
    }

    void titles()
    {
        RunSettings settings;
        settings.scenario = QStringLiteral("async_naive");
        settings.strategy = QStringLiteral("async_naive");
        settings.profile = QStringLiteral("random");
        QVERIFY2(ChartExporter::titleFor(settings).startsWith(QStringLiteral("9. async_naive \u2014 ")),
                 qPrintable(ChartExporter::titleFor(settings)));
        // The tempo reads "6000 BPM" as on the command line and in the trace, in every locale.
        settings.bpm = 6000;
        settings.beats = 15;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        QVERIFY2(ChartExporter::captionFor(settings).contains(QStringLiteral(" 6000 BPM ")),
                 qPrintable(ChartExporter::captionFor(settings)));
        QCOMPARE(ChartExporter::formatFromPath(QStringLiteral("x.PNG")), ChartExporter::Format::Png);
        QCOMPARE(ChartExporter::formatFromPath(QStringLiteral("x.gif")), std::nullopt);
    }
};

QTEST_MAIN(tst_ChartExporter)
#include "tst_chartexporter.moc"
