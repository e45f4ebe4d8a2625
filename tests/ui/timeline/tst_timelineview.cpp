// The live timeline widget: batches in, lanes out, zoom/pan/reset, tooltips, clicks,
// following the newest events, and replotting at most once per frame.

#include "SyntheticTrace.h"
#include "metronome/MetronomeRun.h"
#include "metronome/Scenario.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePalette.h"
#include "trace/EventStream.h"
#include "timeline/TimelineView.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

using namespace cacophony;
using namespace cacophony::synthetic;
using namespace Qt::StringLiterals;

class tst_TimelineView : public QObject
{
    Q_OBJECT

private:
    static void appendInBatches(TimelineView &view, const TraceData &trace, int batches)
    {
        view.clear(trace.settings);
        view.updateNames(trace.tasks, trace.objects);
        const std::size_t per = (trace.events.size() + std::size_t(batches) - 1) / std::size_t(batches);
        for (std::size_t i = 0; i < trace.events.size(); i += per)
            view.appendEvents(EventBatch(trace.events.begin() + std::ptrdiff_t(i),
                                         trace.events.begin()
                                             + std::ptrdiff_t(std::min(trace.events.size(), i + per))));
    }

    // Where beat `n` is drawn: scan its column in the actual-beats lane for its tooltip.
    static QPoint pointOfBeat(TimelineView &view, const TraceData &trace, int n)
    {
        std::int64_t t = -1;
        for (const Event &e : trace.events) {
            if (e.kind == EventKind::Beat && e.a == n)
                t = e.t;
        }
        const int x = int(std::lround(view.plot()->xAxis->coordToPixel(double(t) / 1e6)));
        const QRectF lane = view.laneRect(2);
        const QString wanted = QStringLiteral("beat #%1 ").arg(n);
        for (int y = int(lane.top()); y < int(lane.bottom()); ++y) {
            if (view.toolTipAt(QPoint(x, y)).startsWith(wanted))
                return QPoint(x, y);
        }
        return {};
    }

    static std::unique_ptr<TimelineView> shownView()
    {
        auto view = std::make_unique<TimelineView>();
        view->resize(1000, 420);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

private slots:
    // The beats lane gets room for its stacked markers, not an empty half (at the main
    // window's default height the timeline is about 540 px tall).
    void actualBeatsLaneFitsItsMarkers()
    {
        TimelineView view;
        view.resize(1080, 540);
        const TraceData trace = asyncNaiveRun(15);
        view.setTraceData(trace);
        view.refresh();
        const QRectF measuresRect = view.laneRect(1);
        const QRectF beatsRect = view.laneRect(2);
        const QRectF idealRect = view.laneRect(0);
        const double measures = std::abs(measuresRect.height()), beats = std::abs(beatsRect.height());
        const double all = std::abs(idealRect.height()) + measures + beats;
        QVERIFY2(beats < measures, qPrintable(QStringLiteral("%1 vs %2").arg(beats).arg(measures)));
        QVERIFY2(beats < all * 0.4, qPrintable(QStringLiteral("%1 of %2").arg(beats).arg(all)));
    }

    void lanesAndCountsFromBatches()
    {
        TimelineView view;
        view.resize(900, 400);
        const TraceData trace = servicesRun(6);
        appendInBatches(view, trace, 7);
        view.refresh();
        QCOMPARE(view.eventCount(), trace.events.size());
        QCOMPARE(view.laneLabels(),
                 QStringList({QStringLiteral("Ideal beats"), QStringLiteral("Volume measurements"),
                              QStringLiteral("Actual beats")}));
        view.setView(TimelineView::View::Tasks);
        view.refresh();
        const QStringList tasks = view.laneLabels();
        // 4 tasks + 2 channels, as the data flows down to the performer; main, which
        // only spawns, above it.
        QCOMPARE(tasks, QStringList({u"counting"_s, u"counts"_s, u"volume measuring"_s, u"volumes"_s, u"main"_s,
                                     u"beat performing"_s}));
        // Lanes tile the plot top to bottom.
        for (int i = 1; i < tasks.size(); ++i)
            QVERIFY(qAbs(view.laneRect(i).top() - view.laneRect(i - 1).bottom()) < 0.5);
        QCOMPARE(view.traceData().events.size(), trace.events.size());
    }

    // A real run, delivered as the app delivers it: batches from an EventStream.
    void liveRunThroughAnEventStream()
    {
        TimelineView view;
        view.resize(900, 300);
        RunSettings settings;
        settings.scenario = QStringLiteral("async_naive");
        settings.strategy = QStringLiteral("async_naive");
        settings.profile = QStringLiteral("random");
        settings.beats = 8;
        settings.seed = 5;
        MetronomeRun run(settings);
        EventStream stream;
        connect(&stream, &EventStream::batchReady, &view, [&](const EventBatch &batch) {
            view.updateNames(run.tracer().tasks(), run.tracer().objects());
            view.appendEvents(batch);
        });
        view.clear(settings);
        stream.start(&run.tracer());
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        stream.stop();
        const TraceData trace = run.trace();
        QTRY_COMPARE_WITH_TIMEOUT(view.eventCount(), trace.events.size(), 5000);
        view.refresh();
        QCOMPARE(view.model().beats().size(), std::size_t(8));
        QCOMPARE(view.model().idealBeats().size(), std::size_t(8));
        QVERIFY(view.model().programEnd() > 0);
        // It followed the run: its end is in view.
        QVERIFY(view.timeRange().second * 1e6 >= double(view.model().programEnd()));
        view.setView(TimelineView::View::Tasks);
        view.refresh();
        QVERIFY2(view.laneLabels().contains(QStringLiteral("main")), qPrintable(view.laneLabels().join(u',')));
        QCOMPARE(view.traceData().events.size(), trace.events.size());
    }

    // The task view reads top to bottom as the data flows to where beats are performed,
    // each channel right below the task that sends on it (a ticker right above the task
    // it ticks for), so arrows run between neighbouring lanes: real runs of the scenarios.
    void taskLanesFollowTheFlow_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("lanes");
        QTest::newRow("14 services") << QStringLiteral("14")
                                     << QStringList{u"ticker"_s, u"timing service"_s, u"timings"_s,
                                                    u"counting service"_s, u"counts"_s,
                                                    u"volume measuring service"_s, u"ready"_s, u"volumes"_s,
                                                    u"main"_s, u"terminate"_s};
        QTest::newRow("13 channels") << QStringLiteral("13")
                                     << QStringList{u"volume meter"_s, u"volumes"_s, u"ticker"_s, u"main"_s,
                                                    u"requests"_s};
        QTest::newRow("9 naive") << QStringLiteral("9")
                                 << QStringList{u"ticker"_s, u"main"_s, u"beat 0"_s, u"beat 1"_s, u"beat 2"_s,
                                                u"beat 3"_s, u"beat 4"_s, u"beat 5"_s};
    }

    void taskLanesFollowTheFlow()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, lanes);
        const Scenario *s = ScenarioRegistry::findScenario(scenario);
        QVERIFY(s);
        RunSettings settings;
        settings.scenario = s->id;
        settings.strategy = s->strategyId;
        settings.profile = delayProfileName(s->profile);
        settings.bpm = 3000;
        settings.beats = 6;
        settings.seed = 9;
        MetronomeRun run(settings);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        TimelineView view;
        view.resize(1000, 600);
        view.setView(TimelineView::View::Tasks);
        view.setTraceData(run.trace());
        view.refresh();
        QCOMPARE(view.laneLabels(), lanes);
    }

    // A beat's number stays readable where an arrow passes through it (scenario 9: the
    // next beat's spawn right after a beat): numbers are drawn over arrows, on a patch.
    void beatNumberAboveArrows()
    {
        auto trace = [](std::int64_t spawnAt) {
            TraceData t;
            t.settings.scenario = t.settings.strategy = QStringLiteral("async_naive");
            t.settings.profile = QStringLiteral("random");
            t.settings.bpm = 600;
            t.settings.beats = 2;
            t.tasks = {TaskInfo{1, 0, u"main"_s}, TaskInfo{2, 1, u"beat 0"_s}, TaskInfo{3, 1, u"beat 1"_s}};
            const std::int64_t ms = 1'000'000;
            t.events = {ev(EventKind::TaskStart, 0, {.task = 1}), ev(EventKind::TaskSpawn, 0, {.task = 1, .object = 2}),
                        ev(EventKind::TaskStart, 0, {.task = 2}), ev(EventKind::Beat, 20 * ms, {.task = 2, .b = 50}),
                        ev(EventKind::TaskEnd, 20 * ms, {.task = 2}), ev(EventKind::TaskStart, 40 * ms, {.task = 3}),
                        ev(EventKind::Beat, 60 * ms, {.task = 3, .a = 1, .b = 50}), ev(EventKind::TaskEnd, 60 * ms, {.task = 3}),
                        ev(EventKind::TaskEnd, 100 * ms, {.task = 1})};
            if (spawnAt >= 0) // beat 1 spawned by main: an arrow down through beat 0's lane
                t.events.push_back(ev(EventKind::TaskSpawn, spawnAt, {.task = 1, .object = 3}));
            sortByTime(t);
            return t;
        };
        auto render = [](TimelineView &view, const TraceData &t) {
            view.setTraceData(t);
            view.refresh();
            QCOMPARE(view.laneLabels(), QStringList({u"main"_s, u"beat 0"_s, u"beat 1"_s}));
        };
        auto shown = shownView();
        QVERIFY(shown);
        TimelineView &view = *shown;
        view.setView(TimelineView::View::Tasks);
        render(view, trace(-1));
        // Where beat 0's number is drawn: right of its diamond, above its centre.
        const QRectF lane = view.laneRect(1);
        const double x = view.plot()->xAxis->coordToPixel(20.0);
        QFont small = view.plot()->font(); // the numbers' font: 0.86 of the plot's
        QVERIFY(small.pointSizeF() > 0);
        small.setPointSizeF(small.pointSizeF() * 0.86);
        const QFontMetricsF fm(small);
        const QRectF number(x + 6, lane.center().y() - 6.5 - fm.height() * 0.6, fm.horizontalAdvance(u"0"_s) + 4,
                            fm.height());
        const QImage without = view.plot()->grab().toImage();
        // The arrow through the middle of the number.
        render(view, trace(std::int64_t(view.plot()->xAxis->pixelToCoord(number.center().x()) * 1e6)));
        const QImage with = view.plot()->grab().toImage();
        QCOMPARE(with.size(), without.size());
        int worst = 0;
        for (int py = int(number.top()) + 2; py < int(number.bottom()) - 2; ++py) {
            for (int px = int(number.left()) + 1; px < int(number.right()) - 1; ++px) {
                const QColor a = with.pixelColor(px, py), b = without.pixelColor(px, py);
                worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                  std::abs(a.blue() - b.blue())});
            }
        }
        // The arrow shows through the patch at most faintly; drawn over the number it
        // would replace it with its own colour.
        QVERIFY2(worst < 60, qPrintable(QString::number(worst)));
        // And it is there, above and below the number.
        const int ax = int(std::lround(number.center().x()));
        int changed = 0;
        for (int py = int(lane.top()); py < int(number.top()) - 1; ++py) {
            for (int px = ax - 1; px <= ax + 1; ++px)
                changed += with.pixelColor(px, py) != without.pixelColor(px, py);
        }
        QVERIFY(changed > 0);
    }

    void zoomAndResetChangeTheRange()
    {
        auto view = shownView();
        QVERIFY(view);
        view->setTraceData(asyncNaiveRun(15));
        view->refresh();
        const auto initial = view->timeRange();
        QVERIFY(initial.second > initial.first);
        QCustomPlot *plot = view->plot();
        const QPoint center = plot->axisRect()->rect().center();

        // Wheel zooms in x around the cursor.
        QWheelEvent wheel(center, plot->mapToGlobal(center), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        const auto zoomed = view->timeRange();
        QVERIFY2(zoomed.second - zoomed.first < 0.8 * (initial.second - initial.first), "wheel did not zoom in");

        // Drag pans.
        QTest::mousePress(plot, Qt::LeftButton, {}, center);
        QTest::mouseMove(plot, center + QPoint(120, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, center + QPoint(120, 0));
        const auto panned = view->timeRange();
        QVERIFY2(panned.first < zoomed.first, "drag to the right did not move the range to earlier times");
        QVERIFY(qAbs((panned.second - panned.first) - (zoomed.second - zoomed.first)) < 1e-6);

        // Double-click resets.
        QTest::mouseDClick(plot, Qt::LeftButton, {}, center);
        view->refresh();
        const auto reset = view->timeRange();
        QVERIFY(qAbs(reset.first - initial.first) < 1e-6);
        QVERIFY(qAbs(reset.second - initial.second) < 1e-6);
    }

    void tooltipAndClickOnABeat()
    {
        auto view = shownView();
        QVERIFY(view);
        const TraceData trace = syncRun(15);
        view->setTraceData(trace);
        view->refresh();
        const QPoint at = pointOfBeat(*view, trace, 3);
        QVERIFY2(!at.isNull(), "beat #3 not found under the mouse");
        QCOMPARE(view->toolTipAt(at), QStringLiteral("beat #3 at volume %1").arg(volumeOf(3)));
        // Empty space has no tooltip.
        QCOMPARE(view->toolTipAt(view->plot()->axisRect()->rect().topRight() + QPoint(-2, 2)), QString());

        QSignalSpy selected(view.get(), &TimelineView::itemSelected);
        QTest::mouseClick(view->plot(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.count(), 1);
        const QString details = selected.first().first().toString();
        QVERIFY2(details.startsWith(QStringLiteral("beat #3 at")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("after the ideal beat")), qPrintable(details));
    }

    // Metronome mode's tempo change: a line across the beat lanes at its first beat at
    // the new tempo, labelled, whose tooltip tells the change.
    void tempoChangeIsMarkedAndTold()
    {
        auto view = shownView();
        QVERIFY(view);
        const TraceData plain = syncRun(15, 120);
        TraceData trace = plain;
        const std::int64_t t = 5 * trace.settings.intervalNs() + trace.settings.intervalNs() / 2;
        trace.events.push_back(ev(EventKind::TempoChange, t, {.a = 132, .b = 120}));
        sortByTime(trace);

        view->setTraceData(plain);
        view->refresh();
        const QImage without = view->plot()->grab().toImage();
        view->setTraceData(trace);
        view->refresh();
        const QImage with = view->plot()->grab().toImage();
        if (qEnvironmentVariableIsSet("CACOPHONY_TEST_GRAB"))
            with.save(qEnvironmentVariable("CACOPHONY_TEST_GRAB"));

        const int x = int(std::lround(view->plot()->xAxis->coordToPixel(double(t) / 1e6)));
        const QString expected = QStringLiteral("tempo 120 → 132 BPM from the beat at %1").arg(TimelineModel::formatMs(t));
        const QRectF lanes = view->laneRect(0).united(view->laneRect(2));
        QCOMPARE(view->toolTipAt(QPoint(x, int(lanes.top()) + 3)), expected);
        QCOMPARE(view->toolTipAt(QPoint(x, int(view->laneRect(0).center().y()))), expected);
        // The beat it starts on is drawn over the line and still answers for itself.
        const QPoint beat = pointOfBeat(*view, trace, 5);
        QVERIFY(!beat.isNull());
        QVERIFY(view->toolTipAt(beat).startsWith(QStringLiteral("beat #5 ")));
        // Drawn: the column of the line and the label beside it at the top change.
        int changed = 0;
        for (int y = int(lanes.top()); y < int(lanes.bottom()); ++y)
            changed += without.pixel(x, y) != with.pixel(x, y);
        QVERIFY2(changed > lanes.height() / 3, qPrintable(QString::number(changed)));
        int labelPixels = 0;
        for (int dx = 4; dx < 60; ++dx)
            for (int y = int(lanes.top()); y < int(lanes.top()) + 14; ++y)
                labelPixels += without.pixel(x + dx, y) != with.pixel(x + dx, y);
        QVERIFY2(labelPixels > 20, qPrintable(QString::number(labelPixels)));
    }

    void tooltipsInTheTaskView()
    {
        auto view = shownView();
        QVERIFY(view);
        const TraceData trace = servicesRun(6);
        view->setTraceData(trace);
        view->setView(TimelineView::View::Tasks);
        view->refresh();
        // Somewhere in the counting lane there is the blocked send of each count.
        const QStringList labels = view->laneLabels();
        const int lane = int(labels.indexOf(QStringLiteral("counting")));
        QVERIFY(lane >= 0);
        const QRectF r = view->laneRect(lane);
        bool found = false;
        for (int x = int(r.left()); x < int(r.right()) && !found; x += 2)
            found = view->toolTipAt(QPoint(x, int(r.center().y()))) == QStringLiteral("send on counts, blocked 5.0 ms");
        QVERIFY(found);
    }

    // Every item the hit index holds leads back to its event (so a click can later lead
    // to a program's source line): each point of the chart, in both views of a run with
    // channels, wait-free sends and spawned tasks, gives an event of the kind drawn there.
    void everyHitNamesItsEvent_data()
    {
        QTest::addColumn<TimelineView::View>("kind");
        QTest::addColumn<bool>("naive"); // else: the services
        QTest::newRow("services, tasks") << TimelineView::View::Tasks << false;
        QTest::newRow("services, beats") << TimelineView::View::Beats << false;
        QTest::newRow("naive, tasks") << TimelineView::View::Tasks << true;
    }

    void everyHitNamesItsEvent()
    {
        QFETCH(TimelineView::View, kind);
        QFETCH(bool, naive);
        auto view = shownView();
        QVERIFY(view);
        view->setTraceData(naive ? asyncNaiveRun(6) : servicesRun(6));
        view->setView(kind);
        view->refresh();
        const TimelineModel &model = view->model();
        QSet<int> kinds;
        for (int y = 0; y < view->plot()->height(); y += 3) {
            for (int x = 0; x < view->plot()->width(); x += 3) {
                const TimelineHit hit = view->hitAt(QPoint(x, y));
                if (!hit.isValid())
                    continue;
                kinds.insert(hit.kind);
                const std::uint32_t index = model.eventOf(hit);
                QVERIFY2(index < model.eventCount(), qPrintable(QStringLiteral("kind %1 at %2,%3").arg(hit.kind).arg(x).arg(y)));
                const Event &e = model.event(index);
                switch (hit.kind) {
                case TimelineHit::TaskLife:
                    QCOMPARE(e.kind, EventKind::TaskStart);
                    QCOMPARE(e.task, hit.ev);
                    break;
                case TimelineHit::Beat:
                case TimelineHit::TaskBeat:
                    QCOMPARE(e.kind, EventKind::Beat);
                    break;
                case TimelineHit::Measure:
                case TimelineHit::TaskMeasure:
                    QCOMPARE(e.kind, EventKind::Measure);
                    break;
                case TimelineHit::IdealBeat:
                    QCOMPARE(e.kind, EventKind::IdealBeat);
                    break;
                case TimelineHit::Message:
                    QCOMPARE(e.kind, EventKind::ChanSend);
                    break;
                case TimelineHit::Sleep:
                    QCOMPARE(e.kind, EventKind::Sleep);
                    break;
                default:
                    break;
                }
            }
        }
        if (kind == TimelineView::View::Tasks)
            QVERIFY2(kinds.contains(TimelineHit::TaskLife) && kinds.contains(naive ? TimelineHit::TaskBeat : TimelineHit::Message),
                     "the scan met no task life, beat or message");
        else
            QVERIFY2(kinds.contains(TimelineHit::Beat) && kinds.contains(TimelineHit::IdealBeat), "the scan met no beat");
    }

    void followsTheLatestEvents()
    {
        TimelineView view;
        view.resize(900, 300);
        TraceData trace = longRun(3000, 240); // continuous, 250 ms a beat
        view.clear(trace.settings);
        view.updateNames(trace.tasks, trace.objects);
        QVERIFY(view.followLatest());
        auto upTo = [&](std::int64_t ns) {
            EventBatch batch;
            for (const Event &e : trace.events)
                if (e.t < ns && e.t >= ns - 10'000'000'000LL)
                    batch.push_back(e);
            view.appendEvents(batch);
            view.refresh();
            return view.timeRange();
        };
        const auto first = upTo(10'000'000'000LL);
        const auto second = upTo(20'000'000'000LL);
        QVERIFY2(second.second > first.second + 5000, "the view did not follow the newest events");
        QVERIFY(second.second >= 19'000 && second.first > 0);

        // The user's zoom stops following; events keep coming but the range stays.
        QSignalSpy followChanged(&view, &TimelineView::followLatestChanged);
        view.plot()->xAxis->setRange(second.first, second.first + 1000);
        QVERIFY(!view.followLatest());
        QCOMPARE(followChanged.count(), 1);
        const auto held = upTo(30'000'000'000LL);
        QVERIFY(qAbs(held.first - second.first) < 1e-6);
        // Asked to follow again, it jumps to the newest.
        view.setFollowLatest(true);
        view.refresh();
        QVERIFY(view.timeRange().second >= 29'000);
    }

    void sharedTimeRangeIsKept()
    {
        TimelineView view;
        view.resize(900, 300);
        view.setTimeRange(-5, 400);
        view.setTraceData(syncRun(15));
        view.refresh();
        QCOMPARE(view.timeRange().first, -5.0);
        QCOMPARE(view.timeRange().second, 400.0);
        view.plot()->xAxis->setRange(10, 20);
        view.resetView();
        QCOMPARE(view.timeRange().second, 400.0);
    }

    // appendEvents only stores; the frame timer replots once for many batches.
    void replotsAtMostOncePerFrame()
    {
        auto view = shownView();
        QVERIFY(view);
        const TraceData trace = asyncNaiveRun(200);
        view->clear(trace.settings);
        QTest::qWait(50);
        QSignalSpy replots(view->plot(), &QCustomPlot::afterReplot);
        for (const Event &e : trace.events)
            view->appendEvents(EventBatch{e});
        QCOMPARE(replots.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(replots.count() >= 1, 2000);
        QTest::qWait(100);
        QVERIFY2(replots.count() <= 3, qPrintable(QString::number(replots.count())));
        QCOMPARE(view->eventCount(), trace.events.size());
    }

    void replotStaysFastWithAMillionEvents_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("beats") << int(TimelineView::View::Beats);
        QTest::newRow("tasks") << int(TimelineView::View::Tasks);
    }

    void replotStaysFastWithAMillionEvents()
    {
        QFETCH(int, view);
        auto timeline = shownView();
        QVERIFY(timeline);
        const TraceData trace = longRun(1'000'000);
        timeline->setTraceData(trace);
        timeline->setView(TimelineView::View(view));
        timeline->refresh();
        QCustomPlot *plot = timeline->plot();
        QElapsedTimer timer;
        auto time = [&] {
            timer.start();
            plot->replot(QCustomPlot::rpImmediateRefresh);
            return timer.elapsed();
        };
        time(); // warm up
        const qint64 all = time();
        const auto range = timeline->timeRange();
        plot->xAxis->setRange(range.second / 2, range.second / 2 + 3000); // a dozen beats
        const qint64 close = time();
        qInfo("replot with %zu events: %lld ms zoomed out, %lld ms zoomed in", timeline->eventCount(), all, close);
        // 16 ms is the goal on a quiet machine; allow for several builds running beside us.
        QVERIFY2(all < 200, qPrintable(QString::number(all)));
        QVERIFY2(close < 200, qPrintable(QString::number(close)));
    }

    // Zoomed out over a long run the items are far denser than the pixels: each lane must
    // still show them (coverage and density per pixel column), and pointing at one must
    // still find an item of that lane.
    void denseZoomedOutRunIsDrawnAndHit()
    {
        auto view = shownView();
        QVERIFY(view);
        const TraceData trace = longRun(100'000);
        view->setTraceData(trace);
        view->refresh();
        QVERIFY(view->eventCount() >= 100'000);
        const QRect plotRect = view->plot()->axisRect()->rect();
        // Columns whose pixel in the middle of `lane` is clearly coloured (not the white or
        // faintly tinted background), and the first tooltip found along that row.
        auto scan = [&](const QRectF &lane, int *coloured, QString *tip) {
            const QImage image = view->plot()->grab().toImage();
            const int y = int(lane.center().y());
            *coloured = 0;
            tip->clear();
            for (int x = plotRect.left() + 2; x < plotRect.right() - 2; ++x) {
                const QColor c = image.pixelColor(x, y);
                *coloured += c.saturation() > 40 || c.lightness() < 225;
                if (tip->isEmpty() && x % 7 == 0)
                    *tip = view->toolTipAt(QPoint(x, y));
            }
        };
        const int width = plotRect.width();
        int coloured = 0;
        QString tip;
        scan(view->laneRect(0), &coloured, &tip);
        QVERIFY2(coloured > width * 0.8, qPrintable(QString::number(coloured)));
        QVERIFY2(tip.startsWith(QStringLiteral("ideal beat")), qPrintable(tip));
        scan(view->laneRect(2), &coloured, &tip);
        QVERIFY2(coloured > width * 0.8, qPrintable(QString::number(coloured)));
        QVERIFY2(tip.startsWith(QStringLiteral("beat #")), qPrintable(tip));

        view->setView(TimelineView::View::Tasks);
        view->refresh();
        const QStringList labels = view->laneLabels();
        int checked = 0;
        for (int lane = 0; lane < labels.size(); ++lane) {
            if (labels[lane] == QStringLiteral("ticker"))
                continue;
            scan(view->laneRect(lane), &coloured, &tip);
            QVERIFY2(coloured > width / 2, qPrintable(labels[lane] + u' ' + QString::number(coloured)));
            QVERIFY2(!tip.isEmpty(), qPrintable(labels[lane]));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    void followsThePalette()
    {
        TimelineView view;
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view.resize(600, 300);
        view.setPalette(dark);
        view.setTraceData(syncRun(4));
        view.refresh();
        const QImage image = view.plot()->toPixmap(600, 300).toImage();
        QVERIFY(QColor(image.pixel(3, 3)).lightness() < 60);
        view.setPalette(QPalette(QColor(240, 240, 240)));
        view.refresh();
        QVERIFY(QColor(view.plot()->toPixmap(600, 300).toImage().pixel(3, 3)).lightness() > 200);
    }

    // Replay: the cursor is a line at its time; following keeps it in view at the same
    // zoom; -1 takes it away.
    void replayCursorIsDrawnAndFollowed()
    {
        auto view = shownView();
        QVERIFY(view);
        QPalette light(QColor(240, 240, 240), QColor(255, 255, 255));
        view->setPalette(light);
        view->setTraceData(syncRun(200)); // 2 s at 6000 BPM
        view->followReplayCursor(300'000'000);
        auto [from, to] = view->timeRange();
        QVERIFY2(std::abs((to - from) - 300) < 1, qPrintable(QString::number(to - from)));
        const QColor cursor = TimelinePalette::fromPalette(view->palette()).cursor;
        auto cursorColumns = [&] {
            const QImage image = view->plot()->toPixmap(view->plot()->width(), view->plot()->height()).toImage();
            QList<int> columns;
            for (int x = 0; x < image.width(); ++x) {
                int hits = 0;
                for (int y = 0; y < image.height(); ++y)
                    hits += QColor(image.pixel(x, y)) == cursor;
                if (hits > image.height() / 2)
                    columns << x;
            }
            return columns;
        };
        QVERIFY(cursorColumns().isEmpty());

        view->setReplayCursor(150'000'000);
        view->refresh();
        const QList<int> columns = cursorColumns();
        QVERIFY2(!columns.isEmpty() && columns.size() <= 3, qPrintable(QString::number(columns.size())));
        const double x = view->plot()->xAxis->coordToPixel(150.0);
        QVERIFY(std::abs(columns.first() - x) <= 2);

        view->setReplayCursor(1'500'000'000); // far right of the view: it scrolls
        view->refresh();
        std::tie(from, to) = view->timeRange();
        QVERIFY(from > 1000 && from < 1500 && to > 1500);
        QVERIFY(std::abs((to - from) - 300) < 1);
        view->setReplayCursor(100'000'000); // stepped back before the view: it jumps back
        view->refresh();
        std::tie(from, to) = view->timeRange();
        QVERIFY(from < 100 && to > 100);

        view->setReplayCursor(-1);
        view->refresh();
        QVERIFY(cursorColumns().isEmpty());
    }

    // Presentation: larger text and beat marks, and a stronger palette.
    void presentationScaleAndContrast()
    {
        TimelineView view;
        view.setPalette(QPalette(QColor(240, 240, 240), QColor(255, 255, 255)));
        view.resize(900, 420);
        view.setTraceData(syncRun(6));
        view.refresh();
        auto pixels = [&view](auto match) {
            const QImage image = view.plot()->toPixmap(900, 420).toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += match(QColor(image.pixel(x, y)));
            return n;
        };
        const QColor beatFill = TimelinePalette::fromPalette(view.palette()).beatFill;
        auto green = [&beatFill](const QColor &c) { return c == beatFill; };
        auto ink = [](const QColor &c) { return c.lightness() < 100; };
        const int greenAt1 = pixels(green);
        const int inkAt1 = pixels(ink);
        const double fontAt1 = view.plot()->font().pointSizeF();

        view.setPresentationScale(2.0);
        view.refresh();
        QCOMPARE(view.presentationScale(), 2.0);
        QCOMPARE(view.plot()->font().pointSizeF(), 2 * fontAt1);
        QVERIFY2(pixels(green) > 1.5 * greenAt1, qPrintable(QStringLiteral("%1 vs %2").arg(pixels(green)).arg(greenAt1)));

        view.setPresentationScale(1.0);
        view.setHighContrast(true);
        view.refresh();
        QVERIFY(view.highContrast());
        QCOMPARE(view.plot()->font().pointSizeF(), fontAt1);
        QVERIFY2(pixels(ink) > 1.2 * inkAt1, qPrintable(QStringLiteral("%1 vs %2").arg(pixels(ink)).arg(inkAt1)));
    }

    // Lanes thinner than a line of text: labels are left out rather than drawn over each
    // other, and those drawn are whole (not clipped to the thin lane).
    void thinLanesLabelsDoNotOverlap()
    {
        auto view = shownView();
        QVERIFY(view);
        view->resize(1000, 300);
        view->setView(TimelineView::View::Tasks);
        // Eighty tasks alive at once: eighty lanes in 300 px.
        TraceData trace;
        trace.settings.beats = 80;
        for (std::uint32_t task = 1; task <= 80; ++task) {
            trace.tasks.push_back(TaskInfo{task, 0, QStringLiteral("task %1").arg(task)});
            trace.events.push_back(ev(EventKind::TaskStart, task * 1000, {.task = task}));
            trace.events.push_back(ev(EventKind::Sleep, task * 1000, {.dur = 1'000'000, .task = task, .a = 1'000'000}));
            trace.events.push_back(ev(EventKind::TaskEnd, 2'000'000, {.task = task}));
        }
        sortByTime(trace);
        view->setTraceData(trace);
        view->refresh();
        const int lanes = int(view->laneLabels().size());
        const double textH = QFontMetricsF(view->plot()->font()).height();
        QVERIFY2(view->laneRect(lanes - 1).height() < textH * 0.8,
                 qPrintable(QStringLiteral("%1 lanes of %2 px").arg(lanes).arg(view->laneRect(lanes - 1).height())));
        const QImage image = view->plot()->toPixmap().toImage();
        const int right = int(view->laneRect(0).left()) - 4;
        // Rows with ink in the label column, grouped into runs: one run per label.
        std::vector<int> runs;
        int run = 0;
        for (int y = int(view->laneRect(0).top()); y < int(view->laneRect(lanes - 1).bottom()); ++y) {
            bool ink = false;
            for (int x = 4; x < right && !ink; ++x)
                ink = qGray(image.pixel(x, y)) < 100;
            if (ink) {
                ++run;
            } else if (run > 0) {
                runs.push_back(run);
                run = 0;
            }
        }
        if (run > 0)
            runs.push_back(run);
        QVERIFY2(runs.size() >= 5, qPrintable(QStringLiteral("%1 labels").arg(runs.size())));
        const int tallest = *std::max_element(runs.begin(), runs.end());
        QVERIFY2(tallest <= textH, qPrintable(QStringLiteral("ink %1 px tall, a line is %2").arg(tallest).arg(textH)));
        // Whole glyphs: a lowercase line's ink is more than a thin lane's height.
        const int median = runs[runs.size() / 2];
        QVERIFY2(median > view->laneRect(lanes - 1).height() + 1,
                 qPrintable(QStringLiteral("ink %1 px, lane %2 px").arg(median).arg(view->laneRect(lanes - 1).height())));
    }
};

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
