#include "audio/SoundSink.h"
#include "metronome/BeatPerformer.h"
#include "runtime/Runtime.h"
#include "trace/Tracer.h"

#include <QTest>
#include <mutex>
#include <vector>

using namespace cacophony;

namespace {

class RecordingSink : public SoundSink
{
public:
    void beginRun(std::chrono::steady_clock::time_point) override {}
    void click(const Click &c) override
    {
        std::lock_guard lock(mutex);
        clicks.push_back(c);
    }
    std::mutex mutex;
    std::vector<Click> clicks;
};

std::vector<Event> eventsOf(const Tracer &tracer, EventKind kind)
{
    std::vector<Event> out;
    for (const Event &e : tracer.snapshot().events) {
        if (e.kind == kind)
            out.push_back(e);
    }
    return out;
}

} // namespace

class tst_BeatPerformer : public QObject
{
    Q_OBJECT

private slots:
    void beatsAlternateTickAndTock_data();
    void beatsAlternateTickAndTock();
    void beatsAfterTheEndAreLostAndSilent();
    void endOfProgramIsMarkedOnce();
    void linesAfterTheEndAreLostAndSilent();
    void concurrentBeatsAreOrderedAgainstTheEnd();
};

void tst_BeatPerformer::beatsAlternateTickAndTock_data()
{
    QTest::addColumn<int>("beat");
    QTest::addColumn<bool>("tock");
    for (int beat = 0; beat < 6; ++beat)
        QTest::addRow("beat %d", beat) << beat << (beat % 2 == 1);
}

void tst_BeatPerformer::beatsAlternateTickAndTock()
{
    QFETCH(int, beat);
    QFETCH(bool, tock);
    Tracer tracer;
    Runtime rt(&tracer);
    RecordingSink sink;
    BeatPerformer performer(rt, &sink);
    performer(beat, 58);

    const auto beats = eventsOf(tracer, EventKind::Beat);
    QCOMPARE(beats.size(), std::size_t(1));
    QCOMPARE(beats[0].a, std::int64_t(beat));
    QCOMPARE(beats[0].b, std::int64_t(58));
    QCOMPARE(beats[0].has(Tock), tock);
    QVERIFY(!beats[0].has(Lost));
    QCOMPARE(sink.clicks.size(), std::size_t(1));
    QCOMPARE(sink.clicks[0].beat, beat);
    QCOMPARE(sink.clicks[0].volume, 58);
    QCOMPARE(sink.clicks[0].tock, tock);
    QCOMPARE(sink.clicks[0].t, beats[0].t);
    QCOMPARE(performer.performed(), 1);
}

void tst_BeatPerformer::beatsAfterTheEndAreLostAndSilent()
{
    Tracer tracer;
    Runtime rt(&tracer);
    RecordingSink sink;
    BeatPerformer performer(rt, &sink);
    performer(0, 10);
    QCOMPARE(performer.programEndNs(), std::int64_t(-1));
    const std::int64_t end = performer.markProgramEnd();
    QVERIFY(end >= 0);
    performer(1, 20);

    const auto beats = eventsOf(tracer, EventKind::Beat);
    QCOMPARE(beats.size(), std::size_t(2));
    QVERIFY(!beats[0].has(Lost));
    QVERIFY(beats[1].has(Lost));
    QVERIFY(beats[1].has(Tock));
    QVERIFY(beats[1].t >= end);
    QCOMPARE(sink.clicks.size(), std::size_t(1)); // the lost beat is never heard
    QCOMPARE(performer.performed(), 1);
    QCOMPARE(performer.lost(), 1);

    // Silent performers work too.
    BeatPerformer silent(rt, nullptr);
    silent(3, 30);
    QCOMPARE(silent.performed(), 1);
}

void tst_BeatPerformer::linesAfterTheEndAreLostAndSilent()
{
    Tracer tracer;
    Runtime rt(&tracer);
    RecordingSink sink;
    BeatPerformer logger(rt, &sink);
    logger.print(2);
    const std::int64_t end = logger.markProgramEnd();
    logger.print(0);

    const auto lines = eventsOf(tracer, EventKind::Print);
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines[0].a, std::int64_t(2));
    QVERIFY(!lines[0].has(Lost));
    QVERIFY(lines[1].has(Lost)); // would have printed
    QVERIFY(lines[1].t >= end);
    QCOMPARE(sink.clicks.size(), std::size_t(1));
    QCOMPARE(sink.clicks[0].line, 2); // its own timbre
    QCOMPARE(eventsOf(tracer, EventKind::Beat).size(), std::size_t(0));
}

void tst_BeatPerformer::endOfProgramIsMarkedOnce()
{
    Tracer tracer;
    Runtime rt(&tracer);
    BeatPerformer performer(rt, nullptr);
    const std::int64_t first = performer.markProgramEnd();
    QCOMPARE(performer.markProgramEnd(), first);
    QCOMPARE(performer.programEndNs(), first);
    const auto ends = eventsOf(tracer, EventKind::ProgramEnd);
    QCOMPARE(ends.size(), std::size_t(1));
    QCOMPARE(ends[0].t, first);
}

void tst_BeatPerformer::concurrentBeatsAreOrderedAgainstTheEnd()
{
    Tracer tracer;
    Runtime rt(&tracer);
    RecordingSink sink;
    BeatPerformer performer(rt, &sink);
    for (int t = 0; t < 4; ++t) {
        rt.go(QStringLiteral("drummer %1").arg(t), [&performer, t] {
            for (int i = 0; i < 2000; ++i)
                performer(t * 2000 + i, 50);
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(performer.performed() > 100, 4000);
    const std::int64_t end = performer.markProgramEnd();
    QVERIFY(rt.wait(10000));

    int lost = 0;
    for (const Event &e : eventsOf(tracer, EventKind::Beat)) {
        if (e.has(Lost)) {
            QVERIFY(e.t >= end);
            ++lost;
        } else {
            QVERIFY(e.t <= end);
        }
    }
    QCOMPARE(lost, performer.lost());
    QCOMPARE(performer.performed() + performer.lost(), 8000);
    QCOMPARE(int(sink.clicks.size()), performer.performed());
}

QTEST_GUILESS_MAIN(tst_BeatPerformer)
#include "tst_beatperformer.moc"
