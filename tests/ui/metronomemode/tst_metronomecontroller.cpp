#include "audio/OfflineRenderer.h"
#include "clicktrack/ClickTrackPlayer.h"
#include "metronomemode/MetronomeController.h"

#include <QSignalSpy>
#include <QTest>

using namespace cacophony;

// The flash follows the heard click: a click at run-clock t lights once "now" reaches
// epoch + t + the output's latency (the frame timer checks every kFrameMs), never before;
// a tempo change while playing does not restart the track.
class tst_MetronomeController : public QObject
{
    Q_OBJECT

private slots:
    void flashLightsWhenTheClickIsHeard_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("no latency") << 0;
        QTest::newRow("40 ms latency") << 40;
        QTest::newRow("120 ms latency") << 120;
    }
    void flashLightsWhenTheClickIsHeard()
    {
        QFETCH(int, latencyMs);
        using namespace std::chrono;
        OfflineRenderer sink;
        MetronomeController c(&sink);
        steady_clock::time_point now{}; // the test's clock: frozen until moved below
        c.setClock([&now] { return now; });
        c.setDisplayDelayNs(std::int64_t(latencyMs) * 1'000'000);
        QSignalSpy heard(&c, &MetronomeController::clickHeard);
        QSignalSpy events(&c, &MetronomeController::eventsArrived);
        ClickPattern p;
        p.subdivision = Subdivision::Eighths;
        c.start(120, p);
        QVERIFY(c.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000); // beat 0 was handed over
        const steady_clock::time_point firstHeard
            = c.epoch() + milliseconds(ClickTrackPlayer::kLeadInMs + latencyMs);

        now = firstHeard - microseconds(500); // half a millisecond early: nothing
        QTest::qWait(3 * MetronomeController::kFrameMs);
        QCOMPARE(heard.count(), 0);

        now = firstHeard; // heard now: the accent lights
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 1000);
        QCOMPARE(heard.at(0).at(0).toInt(), 0);    // beat 1 of the bar
        QCOMPARE(heard.at(0).at(1).toInt(), 0);    // the beat, not a subdivision
        QCOMPARE(heard.at(0).at(2).toBool(), true); // accented

        // A quarter beat later: nothing new; at the eighth: the subdivision.
        now = firstHeard + milliseconds(125);
        QTest::qWait(3 * MetronomeController::kFrameMs);
        QCOMPARE(heard.count(), 1);
        now = firstHeard + milliseconds(250);
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 2, 1000);
        QCOMPARE(heard.at(1).at(1).toInt(), 1);
        // The second beat: not accented.
        now = firstHeard + milliseconds(500);
        QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 3 && !heard.last().at(2).toBool()
                                     && heard.last().at(0).toInt() == 1 && heard.last().at(1).toInt() == 0,
                                 2000);
        c.stop();
        QVERIFY(!c.isPlaying());
    }

    void tempoChangeDoesNotRestart()
    {
        OfflineRenderer sink;
        MetronomeController c(&sink);
        QSignalSpy started(&c, &MetronomeController::started);
        QSignalSpy stopped(&c, &MetronomeController::stopped);
        QSignalSpy events(&c, &MetronomeController::eventsArrived);
        c.start(300, ClickPattern{});
        const auto epoch = c.epoch();
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);
        c.setBpm(310);
        QCOMPARE(c.bpm(), 310);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.begin(), events.end(), [](const QList<QVariant> &args) {
            const auto batch = args.at(0).value<EventBatch>();
            return std::any_of(batch.begin(), batch.end(), [](const Event &e) { return e.kind == EventKind::TempoChange && e.a == 310; });
        }), 5000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(stopped.count(), 0);
        QCOMPARE(c.epoch(), epoch);
        c.stop();
        QCOMPARE(stopped.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_MetronomeController)
#include "tst_metronomecontroller.moc"
