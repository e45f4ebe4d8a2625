// The bedtime lessons show what they teach without any interaction: fitted, the window's
// timeline and the lessons page zoom in on the goroutines (PrintFocus), every goroutine's
// life is a box at least 6 pixels wide, and the printed lines stand in the order they
// were printed, none over another in its lane (through the hit index), in a 1024x768
// window's timeline and at the lessons page's size.

#include "export/ChartExporter.h"
#include "timeline/PrintFocus.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"
#include "timeline/render/HitIndex.h"
#include "trace/ChromeTraceReader.h"

#include <QDir>
#include <QTest>
#include <algorithm>

using namespace cacophony;

class tst_PrintFocus : public QObject
{
    Q_OBJECT

private slots:
    void goroutinesAndLinesReadable_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QSize>("size"); // empty: the lessons page's
        for (const char *lesson : {"bedtime_sequential", "bedtime_go", "bedtime_go_pause", "bedtime_wait_group"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1, lessons page").arg(QLatin1String(lesson))))
                << QString::fromLatin1(lesson) << QSize();
            QTest::newRow(qPrintable(QStringLiteral("%1, 1024x768 window").arg(QLatin1String(lesson))))
                << QString::fromLatin1(lesson) << QSize(700, 380);
        }
    }

    void goroutinesAndLinesReadable()
    {
        QFETCH(QString, lesson);
        QFETCH(QSize, size);
        QString error;
        const std::optional<TraceData> trace = ChromeTraceReader::read(
            QDir(QStringLiteral(CACOPHONY_PICTURES_DIR)).filePath(QStringLiteral("traces/%1.json").arg(lesson)), &error);
        QVERIFY2(trace, qPrintable(error));
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(TimelineView::View::Tasks);
        view.setTraceData(*trace);
        view.setTitle(ChartExporter::titleFor(trace->settings));
        if (size.isEmpty())
            size = QSize(ChartExporter::kPageWidth, ChartExporter::fittedHeight(view));
        view.resize(size);
        view.show();
        view.refresh();
        const HitIndex &hits = view.hitIndex();

        // Zoomed in on the goroutines where they take a small part of the run (the pause
        // lesson: about 1 ms of 15); the whole run where they fill it.
        const auto [fromMs, toMs] = view.timeRange();
        std::int64_t whole = 0;
        for (const Event &e : trace->events)
            whole = std::max(whole, e.end());
        if (lesson == QLatin1String("bedtime_go_pause") || lesson == QLatin1String("bedtime_sequential"))
            QVERIFY2((toMs - fromMs) * 1e6 < PrintFocus::kShare * double(whole),
                     qPrintable(QStringLiteral("%1 to %2 ms shown of %3 ms").arg(fromMs).arg(toMs).arg(double(whole) / 1e6)));

        // Every task that lives in the run is a box one can see and point at.
        const std::vector<std::pair<QRectF, TimelineHit>> lives = hits.boxes(TimelineHit::TaskLife);
        QVERIFY(!lives.empty());
        for (const auto &[box, hit] : lives)
            QVERIFY2(box.width() >= 6, qPrintable(QStringLiteral("%1: %2 px wide").arg(hit.ev).arg(box.width())));
        QCOMPARE(int(lives.size()), int(view.model().taskLanes().size()));

        // Every printed line in view is drawn (all the goroutines' at least: main's last may
        // come after a long pause), left to right in the order printed, none over another
        // in its lane.
        std::vector<std::pair<QRectF, TimelineHit>> lines = hits.boxes(TimelineHit::TaskBeat);
        std::size_t inView = 0;
        for (std::size_t i = 0; i < view.model().beats().size(); ++i) {
            const double t = double(view.model().beats()[i].t) / 1e6;
            inView += t >= fromMs && t <= toMs;
        }
        QCOMPARE(lines.size(), inView);
        QVERIFY(lines.size() + 1 >= view.model().taskLanes().size());
        std::sort(lines.begin(), lines.end(), [&](const auto &a, const auto &b) {
            return view.model().event(a.second.ev).t < view.model().event(b.second.ev).t;
        });
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const QRectF &before = lines[i - 1].first, &after = lines[i].first;
            QVERIFY(after.center().x() >= before.center().x());
            const bool sameLane = view.model().event(lines[i - 1].second.ev).task == view.model().event(lines[i].second.ev).task;
            if (sameLane)
                QVERIFY2(!before.intersects(after), qPrintable(QStringLiteral("lines %1 and %2 overlap").arg(i - 1).arg(i)));
        }
    }

    void saysSoOnScreen()
    {
        PrintFocus::Range range{214'000, 216'000};
        const QString note = PrintFocus::note(range, 1'000'000);
        QVERIFY2(note.contains(QLatin1String("Zoomed in")) && note.contains(QString::fromUtf8("2.00 µs")), qPrintable(note));
    }
};

QTEST_MAIN(tst_PrintFocus)
#include "tst_printfocus.moc"
