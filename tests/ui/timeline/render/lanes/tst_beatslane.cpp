// Beats that would overlap stack in rows (up to three), and a beat that finds no free row
// is counted by an overflow mark instead of being drawn under its neighbours: through the
// hit index, no two beat boxes overlap, and every beat is either drawn or counted, at the
// default export size (`cacophony export --scenario 10 --png`), on the series page (its
// shared time axis), in the timeline of a 1024x768 window and in presentation mode;
// recorded runs of scenarios 9 and 10, seeded runs, and six beats piled up at one point.

#include "../../SyntheticTrace.h"
#include "export/ChartExporter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "timeline/TimelineView.h"
#include "timeline/render/HitIndex.h"
#include "trace/ChromeTraceReader.h"

#include <QDir>
#include <QImage>
#include <qcustomplot.h>
#include <QTest>
#include <set>

using namespace cacophony;

namespace {

enum class Where { Export, SeriesPage, Window, Presentation };

// Beats 3 to 8 of a naive run performed within 0.6 ms: more than three rows can hold.
TraceData piledUp()
{
    TraceData trace = synthetic::asyncNaiveRun(15, 1);
    std::int64_t at = -1;
    for (Event &e : trace.events) {
        if (e.kind == EventKind::Beat && e.a >= 3 && e.a <= 8) {
            if (at < 0)
                at = 40'000'000;
            e.t = at + e.a * 100'000;
        }
    }
    synthetic::sortByTime(trace);
    return trace;
}

TraceData recorded(const QString &id)
{
    QString error;
    std::optional<TraceData> trace
        = ChromeTraceReader::read(QDir(QStringLiteral(CACOPHONY_PICTURES_DIR)).filePath(QStringLiteral("traces/%1.json").arg(id)),
                                  &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return std::move(*trace);
}

} // namespace

Q_DECLARE_METATYPE(Where)

class tst_BeatsLane : public QObject
{
    Q_OBJECT

private slots:
    void noBeatHidesAnother_data()
    {
        QTest::addColumn<TraceData>("trace");
        QTest::addColumn<Where>("where");
        QTest::addColumn<bool>("overflows");
        std::vector<std::pair<QString, TraceData>> runs = {
            {QStringLiteral("scenario 10, recorded"), recorded(QStringLiteral("async_naive_waiting_for_completion"))},
            {QStringLiteral("scenario 9, recorded"), recorded(QStringLiteral("async_naive"))},
        };
        for (std::uint64_t seed = 1; seed <= 6; ++seed)
            runs.emplace_back(QStringLiteral("naive, seed %1").arg(seed), synthetic::asyncNaiveRun(15, seed));
        const std::pair<Where, const char *> places[] = {
            {Where::Export, "default export"}, {Where::SeriesPage, "series page"}, {Where::Window, "1024x768 window"},
            {Where::Presentation, "presentation 2.5x"}};
        for (const auto &[name, trace] : runs) {
            for (const auto &[where, place] : places)
                QTest::newRow(qPrintable(name + QStringLiteral(", ") + QLatin1String(place))) << trace << where << false;
        }
        for (const auto &[where, place] : places)
            QTest::newRow(qPrintable(QStringLiteral("six beats piled up, ") + QLatin1String(place)))
                << piledUp() << where << true;
    }

    void noBeatHidesAnother()
    {
        QFETCH(TraceData, trace);
        QFETCH(Where, where);
        QFETCH(bool, overflows);
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(TimelineView::View::Beats);
        if (where == Where::Presentation)
            view.setPresentationScale(2.5);
        view.setTraceData(trace);
        view.setTitle(ChartExporter::captionFor(trace.settings));
        QSize size(ChartExporter::kPageWidth, ChartExporter::fittedHeight(view));
        switch (where) {
        case Where::SeriesPage: // the page's axis: the series' longest run, 3 % either side
            view.setTimeRange(-6, 206);
            break;
        case Where::Window: // what the timeline gets of a 1024x768 window beside its docks
            size = QSize(700, 380);
            break;
        default:
            break;
        }
        view.resize(size);
        view.show();
        view.refresh();

        const std::vector<std::pair<QRectF, TimelineHit>> boxes = view.hitIndex().boxes(TimelineHit::Beat);
        QVERIFY(!boxes.empty());
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const QRectF overlap = boxes[i].first.intersected(boxes[j].first);
                QVERIFY2(overlap.width() <= 0 || overlap.height() <= 0,
                         qPrintable(QStringLiteral("beat boxes %1 and %2 overlap: (%3,%4 %5x%6) and (%7,%8 %9x%10)")
                                        .arg(boxes[i].second.ev).arg(boxes[j].second.ev)
                                        .arg(boxes[i].first.x()).arg(boxes[i].first.y())
                                        .arg(boxes[i].first.width()).arg(boxes[i].first.height())
                                        .arg(boxes[j].first.x()).arg(boxes[j].first.y())
                                        .arg(boxes[j].first.width()).arg(boxes[j].first.height())));
            }
        }
        // Every beat is drawn, or counted by an overflow mark (its `other`: how many it hides).
        std::size_t counted = 0;
        std::set<std::uint32_t> drawn;
        for (const auto &[box, hit] : boxes) {
            counted += hit.other > 0 ? hit.other : 1;
            if (hit.other == 0)
                drawn.insert(hit.ev);
        }
        QCOMPARE(counted, view.model().beats().size());
        // Three rows are room enough for a run of 15 beats; six at one point are not.
        QCOMPARE(drawn.size() < view.model().beats().size(), overflows);
    }

    void duplicatesDottedNotRed()
    {
        // The closure lesson's duplicates: outlined in their own colour (dotted), not in
        // the red of a beat out of order, which none of them is.
        const TraceData trace = recorded(QStringLiteral("async_naive_closure"));
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setTraceData(trace);
        view.resize(ChartExporter::kPageWidth, ChartExporter::fittedHeight(view));
        view.show();
        view.refresh();
        const TimelinePalette palette = TimelinePalette::fromPalette(view.palette());
        const QImage image = view.plot()->toPixmap().toImage();
        const TimelineTrack &beats = view.model().beats();
        int duplicates = 0;
        for (std::size_t i = 0; i < beats.size(); ++i) {
            if (!(beats[i].extra & TimelineModel::BeatDuplicate))
                continue;
            QVERIFY(!(beats[i].extra & TimelineModel::BeatOutOfOrder));
            ++duplicates;
            const QRect box = view.hitIndex().boxOf(TimelineHit{TimelineHit::Beat, beats[i].ev, 0}).toAlignedRect();
            QVERIFY(!box.isEmpty());
            int own = 0, red = 0;
            for (int x = box.left(); x <= box.right(); ++x) {
                for (int y : {box.top(), box.top() + 1, box.bottom() - 1, box.bottom()}) {
                    const QColor c = image.pixelColor(x, y);
                    own += c == palette.duplicate;
                    red += c == palette.disorder;
                }
            }
            QVERIFY2(own > 0 && red == 0, qPrintable(QStringLiteral("%1 pixels of its colour, %2 red").arg(own).arg(red)));
        }
        QVERIFY(duplicates > 0);
    }
};

QTEST_MAIN(tst_BeatsLane)
#include "tst_beatslane.moc"
