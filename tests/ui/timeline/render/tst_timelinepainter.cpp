// The painter's layout at presentation scale: every lane label is whole (none elided, as
// "counting ser…" was at 2.5x), in the window at a projector's 1024 px and in exports
// with --presentation-scale 2 and 2.5.

#include "../SyntheticTrace.h"
#include "export/ChartExporter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QFontMetricsF>
#include <QTest>
#include <qcustomplot.h>

using namespace cacophony;

class tst_TimelinePainter : public QObject
{
    Q_OBJECT

private slots:
    void laneLabelsWholeAtPresentationScale_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("width");
        for (double scale : {1.0, 2.0, 2.5}) {
            for (int width : {1024, ChartExporter::kPageWidth})
                QTest::newRow(qPrintable(QStringLiteral("%1x, %2 px").arg(scale).arg(width))) << scale << width;
        }
    }

    void laneLabelsWholeAtPresentationScale()
    {
        QFETCH(double, scale);
        QFETCH(int, width);
        TraceData trace = synthetic::servicesRun();
        trace.tasks.push_back(TaskInfo{99, 1, QStringLiteral("volume measuring service")});
        trace.events.push_back(synthetic::ev(EventKind::TaskStart, 0, 0, 99));
        trace.events.push_back(synthetic::ev(EventKind::TaskEnd, 1'000'000, 0, 99));
        synthetic::sortByTime(trace);
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(TimelineView::View::Tasks);
        view.setPresentationScale(scale);
        view.setTraceData(trace);
        view.resize(width, ChartExporter::fittedHeight(view));
        view.show();
        view.refresh();
        const QFontMetricsF fm(view.plot()->font());
        const int left = view.plot()->axisRect()->left();
        for (const QString &label : view.laneLabels()) {
            // The label, its padding either side, and a channel's cylinder before it.
            const double needed = fm.horizontalAdvance(label) + 20;
            QVERIFY2(needed <= left, qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3").arg(label).arg(needed).arg(left)));
        }
    }
};

QTEST_MAIN(tst_TimelinePainter)
#include "tst_timelinepainter.moc"
