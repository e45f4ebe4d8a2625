#include "trace/TraceWindow.h"

#include "TraceBuilder.h"

#include <QTest>
#include <algorithm>

using namespace cacophony;
using testing::ev;

namespace {

constexpr std::int64_t kMs = 1'000'000;

bool has(const std::vector<Event> &events, const Event &e)
{
    return std::find(events.begin(), events.end(), e) != events.end();
}

} // namespace

class tst_TraceWindow : public QObject
{
    Q_OBJECT

private slots:
    void keepFromKeepsWhatReachesTheCutoffAndLiveTasks()
    {
        const Event spawnLong = ev(EventKind::TaskSpawn, 0, {.task = 1, .object = 2});
        const Event startLong = ev(EventKind::TaskStart, 1, {.task = 2});
        const Event spawnShort = ev(EventKind::TaskSpawn, 2, {.task = 1, .object = 3});
        const Event startShort = ev(EventKind::TaskStart, 3, {.task = 3});
        const Event endShort = ev(EventKind::TaskEnd, 50 * kMs, {.task = 3});
        const Event oldSleep = ev(EventKind::Sleep, 10 * kMs, {.dur = 20 * kMs, .task = 2});    // ends at 30 ms
        const Event straddling = ev(EventKind::Sleep, 80 * kMs, {.dur = 40 * kMs, .task = 2}); // ends at 120 ms
        const Event newBeat = ev(EventKind::Beat, 150 * kMs, {.task = 2});
        const std::vector<Event> all{spawnLong, startLong, spawnShort, startShort, endShort,
                                     oldSleep, straddling, newBeat};

        const std::vector<Event> kept = TraceWindow::keepFrom(all, 100 * kMs);
        QCOMPARE(kept.size(), std::size_t(4));
        QVERIFY(has(kept, spawnLong));   // task 2 lives on: its lane and name stay
        QVERIFY(has(kept, startLong));
        QVERIFY(!has(kept, spawnShort)); // task 3 ended before the cutoff: all of it goes
        QVERIFY(!has(kept, startShort));
        QVERIFY(!has(kept, endShort));
        QVERIFY(!has(kept, oldSleep));
        QVERIFY(has(kept, straddling)); // reaches into the window
        QVERIFY(has(kept, newBeat));
        // Order is kept.
        QCOMPARE(kept.front(), spawnLong);
        QCOMPARE(kept.back(), newBeat);

        QCOMPARE(TraceWindow::keepFrom(all, 0).size(), all.size());
    }

    void trimsBySpanWithHeadroom()
    {
        TraceWindow window(100 * kMs, 1'000'000);
        // Up to the last whole ms whose sleep still ends within the headroom.
        const std::int64_t within = std::int64_t(TraceWindow::kHeadroom * 100) - 1;
        QVERIFY(within > 100 && within < 130);
        for (std::int64_t t = 0; t <= within * kMs; t += kMs)
            window.append({ev(EventKind::Sleep, t, {.dur = kMs / 2, .task = 1})});
        QCOMPARE(window.trim(), std::int64_t(-1)); // within kHeadroom of the span
        QCOMPARE(window.dropped(), std::size_t(0));

        for (std::int64_t t = (within + 1) * kMs; t <= 130 * kMs; t += kMs)
            window.append({ev(EventKind::Sleep, t, {.dur = kMs / 2, .task = 1})});
        const std::int64_t cutoff = window.trim();
        QCOMPARE(cutoff, 130 * kMs + kMs / 2 - 100 * kMs);
        QCOMPARE(window.cutoff(), cutoff);
        // 0..29 ms went; the sleep at 30 ms ends on the cutoff, so 30..130 ms stayed.
        QCOMPARE(window.dropped(), std::size_t(30));
        QCOMPARE(window.events().size(), std::size_t(101));
        for (const Event &e : window.events())
            QVERIFY(e.end() >= cutoff);
        QCOMPARE(window.trim(), std::int64_t(-1)); // nothing more until it grows again
    }

    void trimsByCount()
    {
        TraceWindow window(3600'000 * kMs, 1000);
        const int full = int(TraceWindow::kHeadroom * 1000); // kHeadroom over the limit
        QVERIFY(full > 1000);
        for (int i = 0; i < full; ++i)
            window.append({ev(EventKind::Beat, i * kMs, {.task = 1})});
        QCOMPARE(window.trim(), std::int64_t(-1));
        window.append({ev(EventKind::Beat, full * kMs, {.task = 1})});
        const std::int64_t cutoff = window.trim();
        QVERIFY(cutoff > 0);
        QCOMPARE(window.events().size(), std::size_t(1000)); // the newest 1,000
        QCOMPARE(window.events().front().t, (full + 1 - 1000) * kMs);
        QCOMPARE(window.dropped(), std::size_t(full + 1 - 1000));
    }

    void trimsInPlace()
    {
        // A continuous run trims a full window every few minutes for hours. Trimming in
        // the same buffer (no copy of the kept part) means no block of the window's size is
        // allocated and freed again and again; the buffer stops growing once it holds the
        // headroom, and what is kept is what keepFrom() keeps.
        TraceWindow window(3600'000 * kMs, 1000);
        std::vector<Event> all;
        const Event *buffer = nullptr;
        for (int i = 0; i < 20000; ++i) {
            const auto task = std::uint32_t(i - i % 7 + 1);
            const EventKind kind = i % 7 == 0 ? EventKind::TaskStart
                                 : i % 7 == 6 ? EventKind::TaskEnd
                                              : EventKind::Beat;
            const Event e = ev(kind, i * kMs, {.task = task});
            window.append({e});
            all.push_back(e);
            const std::int64_t cutoff = window.trim();
            if (cutoff < 0)
                continue;
            all = TraceWindow::keepFrom(all, cutoff);
            QCOMPARE(window.events(), all);
            if (i > 5000) {
                if (buffer)
                    QCOMPARE(window.events().data(), buffer);
                buffer = window.events().data();
            }
        }
        QVERIFY(buffer != nullptr);
    }

    void idealBeatsAheadDoNotMoveTheWindow()
    {
        TraceWindow window(100 * kMs, 1'000'000);
        const std::int64_t within = std::int64_t(TraceWindow::kHeadroom * 100) - 1;
        for (std::int64_t t = 0; t <= within * kMs; t += kMs)
            window.append({ev(EventKind::Beat, t, {.task = 1})});
        // A continuous run's ghost grid, half a second ahead of the run.
        for (std::int64_t t = 0; t <= 620 * kMs; t += 10 * kMs)
            window.append({ev(EventKind::IdealBeat, t)});
        QCOMPARE(window.trim(), std::int64_t(-1)); // so much run is within the headroom
        for (std::int64_t t = (within + 1) * kMs; t <= 130 * kMs; t += kMs)
            window.append({ev(EventKind::Beat, t, {.task = 1})});
        QCOMPARE(window.trim(), 30 * kMs);
        int beats = 0, ghostsAhead = 0;
        for (const Event &e : window.events()) {
            beats += e.kind == EventKind::Beat;
            ghostsAhead += e.kind == EventKind::IdealBeat && e.t > 130 * kMs;
        }
        QCOMPARE(beats, 101);
        QCOMPARE(ghostsAhead, 49);
    }

    void longLivedTasksDoNotKeepTheWindowTrimming()
    {
        // The kept spawn and start of a task that runs all along are older than the span,
        // yet once trimmed the window waits for new growth before trimming again.
        TraceWindow window(100 * kMs, 1'000'000);
        window.append({ev(EventKind::TaskStart, 0, {.task = 1})});
        for (std::int64_t t = 1; t <= 200; ++t)
            window.append({ev(EventKind::Beat, t * kMs, {.task = 1})});
        QVERIFY(window.trim() > 0);
        QCOMPARE(window.events().front().kind, EventKind::TaskStart);
        window.append({ev(EventKind::Beat, 201 * kMs, {.task = 1})}); // 1 ms more: within the headroom
        QCOMPARE(window.trim(), std::int64_t(-1));
    }
};

QTEST_GUILESS_MAIN(tst_TraceWindow)
#include "tst_tracewindow.moc"
