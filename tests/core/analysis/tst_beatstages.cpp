// BeatStages on hand-made event lists: each stage's figure, which beats are matched to
// which tick, and what is left out (beats without a new tick, other channels' receives,
// dropped ticks, lost beats).

#include "analysis/BeatStages.h"
#include "TraceBuilder.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace cacophony;

namespace {

constexpr std::uint32_t kTicker = 7; // the ticker's channel
constexpr std::uint32_t kOther = 8;  // some other channel

// Times in µs, through the tests' one event builder.
Event make(EventKind kind, std::int64_t tUs, std::int64_t durUs, std::int64_t a, std::int64_t b,
           std::uint32_t object = 0, std::uint8_t flags = NoFlags)
{
    return testing::ev(kind, tUs * 1000, {.dur = durUs * 1000, .object = object, .a = a, .b = b, .flags = flags});
}

// Tick number n of a 10 ms ticker (due at n * 10 ms), its wait over `wakeUs` late, its
// send taking `sendUs`; sent as message `message`.
Event tick(int n, std::int64_t wakeUs, std::int64_t sendUs, std::int64_t message)
{
    return make(EventKind::Tick, n * 10'000 + wakeUs, sendUs, n, message, kTicker);
}

// The receive of that message, from `startUs` to `endUs`; its value is the tick's deadline.
Event receive(int n, std::int64_t startUs, std::int64_t endUs, std::int64_t message, std::uint32_t channel = kTicker)
{
    return make(EventKind::ChanRecv, startUs, endUs - startUs, message, std::int64_t(n) * 10'000'000, channel);
}

Event beat(int n, std::int64_t tUs, std::uint8_t flags = NoFlags)
{
    return make(EventKind::Beat, tUs, 0, n, 50, 0, flags);
}

TraceData traceOf(EventBatch events)
{
    TraceData t;
    t.events = std::move(events);
    return t;
}

} // namespace

class tst_BeatStages : public QObject
{
    Q_OBJECT

private slots:
    void stagesOfOneBeat();
    void medianP99AndMax();
    void onlyBeatsAfterANewTickCount();
    void otherChannelsDroppedTicksAndLostBeatsDoNotCount();
    void unsortedInputGivesTheSameFigures();
    void noTicksNoFigures();
    void messageNumbersCountPerTicker();
};

void tst_BeatStages::stagesOfOneBeat()
{
    // Tick 1 due at 10,000 us: wait over 5 us late, send 20 us; the receiver, parked since
    // 2,000 us, has it at 10,045 us; the beat at 10,047 us.
    const BeatStages s = BeatStages::analyse(traceOf({tick(1, 5, 20, 3), receive(1, 2'000, 10'045, 3), beat(1, 10'047)}));
    QCOMPARE(s.total.count, 1);
    QCOMPARE(s.wake.median, 5.0);
    QCOMPARE(s.send.median, 20.0);
    QCOMPARE(s.handOff.median, 40.0);
    QCOMPARE(s.perform.median, 2.0);
    QCOMPARE(s.total.median, 47.0);
    QCOMPARE(s.total.max, 47.0);
}

void tst_BeatStages::medianP99AndMax()
{
    // 100 beats, beat k performed k us after its receive; the receive at the wait's end.
    EventBatch events;
    for (int k = 1; k <= 100; ++k) {
        events.push_back(tick(k, 0, 0, k));
        events.push_back(receive(k, k * 10'000 - 100, k * 10'000, k));
        events.push_back(beat(k, k * 10'000 + k));
    }
    const BeatStages s = BeatStages::analyse(traceOf(events));
    QCOMPARE(s.perform.count, 100);
    QCOMPARE(s.perform.median, 50.0); // nearest rank: the 50th of 100
    QCOMPARE(s.perform.p99, 99.0);
    QCOMPARE(s.perform.max, 100.0);
    QCOMPARE(s.wake.max, 0.0);
}

void tst_BeatStages::onlyBeatsAfterANewTickCount()
{
    // Beat 0 before any tick (scenarios 13 and 14 perform it at once); beat 1 after tick 1;
    // beat 2 again after tick 1's receive only (no new tick): only beat 1 counts. Beat 3
    // after tick 3, whose receive is the latest of two (tick 2's was never used).
    const BeatStages s = BeatStages::analyse(traceOf({
        beat(0, 1),
        tick(1, 1, 1, 1), receive(1, 5'000, 10'010, 1), beat(1, 10'011),
        beat(2, 10'500),
        tick(2, 1, 1, 2), receive(2, 15'000, 20'010, 2),
        tick(3, 2, 1, 3), receive(3, 25'000, 30'020, 3), beat(3, 30'030),
    }));
    QCOMPARE(s.total.count, 2);
    QCOMPARE(s.perform.median, 1.0);
    QCOMPARE(s.perform.max, 10.0);
    QCOMPARE(s.total.max, 30.0);
}

void tst_BeatStages::otherChannelsDroppedTicksAndLostBeatsDoNotCount()
{
    const BeatStages s = BeatStages::analyse(traceOf({
        make(EventKind::Tick, 10'001, 1, 1, 0, kTicker, Dropped), // dropped: nothing sent
        tick(2, 3, 1, 5), receive(2, 15'000, 20'010, 5), beat(2, 20'012),
        receive(2, 20'100, 20'200, 6, kOther), beat(3, 20'300),  // a receive on another channel
        tick(4, 3, 1, 7), receive(4, 35'000, 40'010, 7), beat(4, 40'020, Lost),
    }));
    QCOMPARE(s.total.count, 1);
    QCOMPARE(s.total.median, 12.0);
}

void tst_BeatStages::unsortedInputGivesTheSameFigures()
{
    EventBatch events;
    for (int k = 1; k <= 50; ++k) {
        events.push_back(tick(k, k % 7, k % 3, k));
        events.push_back(receive(k, k * 10'000 - 500, k * 10'000 + 20 + k % 11, k));
        events.push_back(beat(k, k * 10'000 + 40 + k % 13));
    }
    const BeatStages sorted = BeatStages::analyse(traceOf(events));
    std::mt19937 random(12);
    std::shuffle(events.begin(), events.end(), random);
    const BeatStages shuffled = BeatStages::analyse(traceOf(events));
    QCOMPARE(shuffled.total.count, 50);
    QCOMPARE(shuffled.toJson(), sorted.toJson());
}

void tst_BeatStages::noTicksNoFigures()
{
    const BeatStages s = BeatStages::analyse(traceOf({beat(0, 1), beat(1, 10'000)}));
    QCOMPARE(s.total.count, 0);
    QCOMPARE(s.total.max, 0.0);
}

void tst_BeatStages::messageNumbersCountPerTicker()
{
    // Message numbers count per channel: a second ticker's tick 1 is message 1 too. The
    // receive on kTicker belongs to kTicker's tick (5 us late), not to the other's (500 us).
    constexpr std::uint32_t kSecondTicker = 9;
    const BeatStages s = BeatStages::analyse(traceOf({
        tick(1, 5, 20, 1),
        make(EventKind::Tick, 10'000 + 500, 20, 1, 1, kSecondTicker),
        receive(1, 2'000, 10'045, 1),
        beat(1, 10'047),
    }));
    QCOMPARE(s.total.count, 1);
    QCOMPARE(s.wake.median, 5.0);
    QCOMPARE(s.handOff.median, 40.0);
}

QTEST_GUILESS_MAIN(tst_BeatStages)
#include "tst_beatstages.moc"
