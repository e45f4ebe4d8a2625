// Selecting a beat highlights its measurement and its ideal beat: relatedTo finds, for
// every beat of a run in order and of a naive run out of order, the ideal beat and the
// measurement with its number (the measurement of the task that performed it); a printed
// line and a measurement bring nothing along.

#include "SyntheticTrace.h"
#include "timeline/TimelineHighlight.h"
#include "timeline/TimelineModel.h"

#include <QTest>

using namespace cacophony;


class tst_TimelineHighlight : public QObject
{
    Q_OBJECT

private slots:
    void beatBringsItsMeasurementAndIdealBeat_data()
    {
        QTest::addColumn<TraceData>("trace");
        QTest::newRow("in order") << synthetic::syncRun();
        for (std::uint64_t seed : {1, 2, 3})
            QTest::newRow(qPrintable(QStringLiteral("naive, seed %1").arg(seed))) << synthetic::asyncNaiveRun(15, seed);
    }

    void beatBringsItsMeasurementAndIdealBeat()
    {
        QFETCH(TraceData, trace);
        TimelineModel model;
        model.clear(trace.settings);
        model.updateNames(trace.tasks, trace.objects);
        model.append(trace.events);
        const TimelineTrack &beats = model.beats();
        QVERIFY(beats.size() > 0);
        for (std::size_t i = 0; i < beats.size(); ++i) {
            const Event &beat = model.event(beats[i].ev);
            const std::vector<TimelineHit> related
                = TimelineHighlight::relatedTo(model, TimelineHit{TimelineHit::Beat, beats[i].ev, 0});
            QCOMPARE(int(related.size()), 2);
            QCOMPARE(related[0].kind, TimelineHit::IdealBeat);
            QCOMPARE(model.event(related[0].ev).a, beat.a);
            QCOMPARE(related[1].kind, TimelineHit::Measure);
            QCOMPARE(model.event(related[1].ev).a, beat.a);
            QCOMPARE(model.event(related[1].ev).task, beat.task);
            // From the task view, the measurement drawn on the task's lane.
            const std::vector<TimelineHit> inTasks
                = TimelineHighlight::relatedTo(model, TimelineHit{TimelineHit::TaskBeat, beats[i].ev, 0});
            QCOMPARE(int(inTasks.size()), 2);
            QCOMPARE(inTasks[1].kind, TimelineHit::TaskMeasure);
        }
        const TimelineHit measure{TimelineHit::Measure, model.measurements()[0].ev, 0};
        QVERIFY(TimelineHighlight::relatedTo(model, measure).empty());
    }
};

QTEST_MAIN(tst_TimelineHighlight)
#include "tst_timelinehighlight.moc"
