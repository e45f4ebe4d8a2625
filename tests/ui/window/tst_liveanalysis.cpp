// LiveAnalysis: a playing run's statistics, analysed on a worker. The result is the
// analysis of the trace sorted by time, one analysis at a time, and a discarded one
// never arrives.

#include "../timeline/SyntheticTrace.h"
#include "window/LiveAnalysis.h"

#include <QSignalSpy>
#include <QTest>
#include <random>

using namespace cacophony;
using namespace cacophony::synthetic;

namespace {

// A run's events in the order batches bring them: sorted within a stretch, shuffled
// between stretches.
TraceData arrivalOrder(TraceData trace)
{
    std::mt19937 random(5);
    for (std::size_t i = 0; i + 64 <= trace.events.size(); i += 64)
        std::shuffle(trace.events.begin() + std::ptrdiff_t(i), trace.events.begin() + std::ptrdiff_t(i + 64), random);
    return trace;
}

} // namespace

class tst_LiveAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void analysesTheTraceSortedByTime()
    {
        const TraceData sorted = asyncNaiveRun(400);
        const TraceData shuffled = arrivalOrder(sorted);
        QVERIFY(!std::is_sorted(shuffled.events.begin(), shuffled.events.end(),
                                [](const Event &x, const Event &y) { return x.t < y.t; }));
        LiveAnalysis live;
        QSignalSpy ready(&live, &LiveAnalysis::ready);
        QVERIFY(live.start(shuffled));
        QVERIFY(live.busy());
        QVERIFY(!live.start(shuffled)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QVERIFY(!live.busy());
        const auto analysis = ready.at(0).at(0).value<RunAnalysis>();
        QCOMPARE(analysis.toJson(), RunAnalysis::analyse(sorted).toJson());
        QVERIFY(analysis.beatsPerformed > 0);
        QVERIFY(ready.at(0).at(1).toLongLong() >= 0);

        QVERIFY(live.start(sorted)); // free again
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 30000);
    }

    void discardedResultNeverArrives()
    {
        const TraceData first = asyncNaiveRun(2000, 1);
        const TraceData second = asyncNaiveRun(30, 2);
        LiveAnalysis live;
        QSignalSpy ready(&live, &LiveAnalysis::ready);
        QVERIFY(live.start(first));
        live.discard();
        QVERIFY(!live.busy());
        // The worker does one at a time, in order: once the second's result is in, the
        // first's would have come before it.
        QVERIFY(live.start(second));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QCOMPARE(ready.at(0).at(0).value<RunAnalysis>().toJson(), RunAnalysis::analyse(second).toJson());
        QCoreApplication::processEvents();
        QCOMPARE(ready.size(), 1);
    }

    void destroyedWhileBusy()
    {
        // The destructor waits for the worker; nothing arrives at a dead object.
        QSignalSpy *spy = nullptr;
        {
            LiveAnalysis live;
            spy = new QSignalSpy(&live, &LiveAnalysis::ready);
            QVERIFY(live.start(asyncNaiveRun(2000)));
        }
        QCoreApplication::processEvents();
        QCOMPARE(spy->size(), 0);
        delete spy;
    }
};

QTEST_GUILESS_MAIN(tst_LiveAnalysis)
#include "tst_liveanalysis.moc"
