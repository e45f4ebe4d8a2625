#include "audio/OfflineRenderer.h"
#include "clicktrack/ClickTrackPlayer.h"
#include "core/audio/AudioTestTools.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace cacophony;

// The feeder thread in real time, into the offline renderer (which places each click at
// its run-clock time exactly): a live tempo change is in place, recorded as an event,
// and the beat view's events are the clicks' beats.
class tst_ClickTrackPlayer : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 48000;

    // Appends what the player has for the views; true once `beats` beats came.
    static bool collect(ClickTrackPlayer &player, EventBatch &events, int beats)
    {
        const EventBatch more = player.takeEvents();
        events.insert(events.end(), more.begin(), more.end());
        return beatsIn(events) >= beats;
    }
    static int beatsIn(const EventBatch &events)
    {
        return int(std::count_if(events.begin(), events.end(), [](const Event &e) { return e.kind == EventKind::Beat; }));
    }

private slots:
    void liveTempoChangeIsInPlace_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("120 -> 122") << 120 << 122;
        QTest::newRow("122 -> 120") << 122 << 120;
        QTest::newRow("300 -> 150") << 300 << 150;
        QTest::newRow("200 -> 400") << 200 << 400;
    }
    void liveTempoChangeIsInPlace()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        OfflineRenderer sink(kRate);
        ClickTrackPlayer player(&sink);
        EventBatch events;
        player.start(from, ClickPattern{});
        QVERIFY(player.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(collect(player, events, 3), 10000);
        player.setBpm(to);
        QCOMPARE(player.bpm(), to);
        QTRY_VERIFY_WITH_TIMEOUT(collect(player, events, 8), 10000);
        player.stop();
        QVERIFY(!player.isPlaying());
        collect(player, events, 0);

        std::vector<std::int64_t> beats;
        const Event *change = nullptr;
        for (const Event &e : events) {
            if (e.kind == EventKind::Beat) {
                QCOMPARE(e.a, std::int64_t(beats.size()));
                QCOMPARE(e.has(Tock), e.a % 2 == 1);
                beats.push_back(e.t);
            } else if (e.kind == EventKind::TempoChange) {
                QVERIFY(!change);
                change = &e;
            }
        }
        QVERIFY(change);
        QCOMPARE(change->a, std::int64_t(to));
        QCOMPARE(change->b, std::int64_t(from));
        // The change takes effect at a beat the feeder had not handed over yet, where it
        // would have fallen; every interval from it on is the new one: no gap, no restart.
        const auto at = std::find(beats.begin(), beats.end(), change->t);
        QVERIFY(at != beats.end() && at != beats.begin() && at + 1 != beats.end());
        const std::int64_t oldNs = ClickTrack::kNsPerMinute / from, newNs = ClickTrack::kNsPerMinute / to;
        for (auto it = beats.begin() + 1; it != beats.end(); ++it)
            QVERIFY(std::abs((*it - *(it - 1)) - (it <= at ? oldNs : newNs)) <= 1);

        // What the sink got renders with the same intervals, to the sample.
        const std::vector<float> samples = sink.render();
        const std::vector<std::int64_t> onsets
            = audiotest::detectOnsets(samples, 0.5f * ClickSynth::kTrackSubdivisionGain, kRate / 100);
        QCOMPARE(onsets.size(), beats.size());
        const std::size_t first = std::size_t(at - beats.begin());
        QVERIFY(std::abs(double(onsets[first] - onsets[first - 1]) - 60.0 * kRate / from) <= 1.0);
        QVERIFY(std::abs(double(onsets[first + 1] - onsets[first]) - 60.0 * kRate / to) <= 1.0);
    }

    void restartStartsOver()
    {
        OfflineRenderer sink(kRate);
        ClickTrackPlayer player(&sink);
        player.start(600, ClickPattern{});
        EventBatch events;
        QTRY_VERIFY_WITH_TIMEOUT(collect(player, events, 1), 10000); // (the macro evaluates twice)
        player.start(600, ClickPattern{});
        events.clear();
        QTRY_VERIFY_WITH_TIMEOUT(collect(player, events, 1), 10000);
        const auto firstBeat = std::find_if(events.begin(), events.end(), [](const Event &e) { return e.kind == EventKind::Beat; });
        QCOMPARE(firstBeat->a, 0);
        QCOMPARE(firstBeat->t, std::int64_t(ClickTrackPlayer::kLeadInMs) * 1'000'000);
        player.stop();
        player.stop(); // twice is harmless
    }

    void takeClicksGivesEveryClick()
    {
        OfflineRenderer sink(kRate);
        ClickTrackPlayer player(&sink);
        ClickPattern p;
        p.subdivision = Subdivision::Triplets;
        QVERIFY(p.setSignature(QStringLiteral("3/4")));
        player.start(300, p);
        std::vector<TrackClick> clicks;
        QTRY_VERIFY_WITH_TIMEOUT((std::ranges::copy(player.takeClicks(), std::back_inserter(clicks)), clicks.size() >= 12), 10000);
        player.stop();
        for (std::size_t i = 0; i < 12; ++i) {
            QCOMPARE(clicks[i].sub, int(i % 3));
            QCOMPARE(clicks[i].beatInBar, int(i / 3 % 3));
            QCOMPARE(clicks[i].role, i % 9 == 0 ? ClickRole::Accent : i % 3 == 0 ? ClickRole::Beat : ClickRole::Subdivision);
        }
    }
};

QTEST_APPLESS_MAIN(tst_ClickTrackPlayer)
#include "tst_clicktrackplayer.moc"
