#include "timeline/IdMap.h"

#include <QTest>
#include <map>
#include <random>

using namespace cacophony;

namespace {

struct Slot
{
    int lane = 0;
    std::uint32_t life = 0;
};

// Every id of the reference is found with its value, and no other id of `probe` is.
QString compareWith(const IdMap<Slot> &map, const std::map<std::uint32_t, Slot> &reference,
                    const std::vector<std::uint32_t> &probe)
{
    if (map.size() != reference.size())
        return QStringLiteral("size %1, expected %2").arg(map.size()).arg(reference.size());
    for (const auto &[id, slot] : reference) {
        const Slot *found = map.find(id);
        if (!found || found->lane != slot.lane || found->life != slot.life)
            return QStringLiteral("id %1 lost or wrong").arg(id);
    }
    for (std::uint32_t id : probe) {
        if (!reference.contains(id) && map.find(id))
            return QStringLiteral("id %1 found but never set").arg(id);
    }
    return {};
}

} // namespace

class tst_IdMap : public QObject
{
    Q_OBJECT

private slots:
    void behavesLikeAMap_data();
    void behavesLikeAMap();
    void continuousRunStaysBounded();
    void hugeIdsAllocateLittle();
    void clearGivesTheMemoryBack();
};

void tst_IdMap::behavesLikeAMap_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("ascending") << QStringLiteral("ascending");
    QTest::newRow("descending") << QStringLiteral("descending");
    QTest::newRow("old and new") << QStringLiteral("old and new");
    QTest::newRow("random, wide") << QStringLiteral("random");
}

void tst_IdMap::behavesLikeAMap()
{
    QFETCH(QString, pattern);
    std::mt19937 random(11);
    std::vector<std::uint32_t> ids;
    for (std::uint32_t i = 0; i < 20000; ++i) {
        if (pattern == QLatin1String("ascending"))
            ids.push_back(i + 1);
        else if (pattern == QLatin1String("descending"))
            ids.push_back(50000 - i);
        else if (pattern == QLatin1String("old and new")) // main and the spawner, then recent beats
            ids.push_back(i < 3 ? i + 1 : 700000 + (i * 7919) % 30000);
        else
            ids.push_back(std::uint32_t(random()));
    }
    IdMap<Slot> map;
    std::map<std::uint32_t, Slot> reference;
    for (std::size_t k = 0; k < ids.size(); ++k) {
        const Slot slot{int(k % 97), std::uint32_t(k)};
        map.set(ids[k], slot);
        reference[ids[k]] = slot;
        if (k % 1000 == 0) {
            const QString error = compareWith(map, reference, ids);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    // Replacing keeps the size.
    map.set(ids[5], Slot{-1, 0});
    reference[ids[5]] = Slot{-1, 0};
    std::vector<std::uint32_t> probe = ids;
    for (std::uint32_t id : ids)
        probe.push_back(id + 1);
    const QString error = compareWith(map, reference, probe);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_IdMap::continuousRunStaysBounded()
{
    // A continuous run as the timeline sees it: main (1) lives on, beat tasks are spawned
    // 100 a second and the window keeps the last 60,000; at every trim the map is built
    // again from what is kept. Its memory must follow what it holds, not the highest id
    // (an hour of such a run spawns 360,000 tasks).
    constexpr std::uint32_t kKept = 60000;
    IdMap<std::uint32_t> map;
    std::size_t firstBytes = 0;
    for (std::uint32_t highest = 100000; highest <= 400000; highest += 75000) {
        map.clear();
        map.set(1, 0);
        for (std::uint32_t id = highest - kKept; id < highest; ++id)
            map.set(id, id - 1);
        QCOMPARE(map.size(), std::size_t(kKept + 1));
        QCOMPARE(*map.find(1), 0u);
        QCOMPARE(*map.find(highest - 1), highest - 2);
        QVERIFY(!map.find(highest - kKept - 1));
        const auto range = map.denseRange();
        QVERIFY2(range.second - range.first <= 2 * kKept,
                 qPrintable(QStringLiteral("range %1..%2").arg(range.first).arg(range.second)));
        if (firstBytes == 0)
            firstBytes = map.capacityBytes();
        QVERIFY2(map.capacityBytes() <= firstBytes + firstBytes / 4,
                 qPrintable(QStringLiteral("%1 bytes at id %2, %3 at first")
                                .arg(map.capacityBytes()).arg(highest).arg(firstBytes)));
    }
}

void tst_IdMap::hugeIdsAllocateLittle()
{
    IdMap<Slot> map;
    map.set(4'000'000'000u, Slot{1, 2});
    map.set(7, Slot{3, 4});
    map.set(2'000'000'000u, Slot{5, 6});
    QCOMPARE(map.find(4'000'000'000u)->life, 2u);
    QCOMPARE(map.find(7)->lane, 3);
    QCOMPARE(map.find(2'000'000'000u)->lane, 5);
    QVERIFY(!map.find(8));
    QVERIFY(map.capacityBytes() < 64 * 1024);
}

void tst_IdMap::clearGivesTheMemoryBack()
{
    IdMap<std::uint32_t> map;
    for (std::uint32_t id = 1; id <= 100000; ++id)
        map.set(id, id);
    QVERIFY(map.capacityBytes() >= 100000 * sizeof(std::optional<std::uint32_t>));
    map.clear();
    QCOMPARE(map.size(), std::size_t(0));
    QCOMPARE(map.capacityBytes(), std::size_t(0));
    QVERIFY(!map.find(5));
    map.set(200000, 1);
    QCOMPARE(*map.find(200000), 1u);
    QVERIFY(map.capacityBytes() < 1024);
}

QTEST_GUILESS_MAIN(tst_IdMap)
#include "tst_idmap.moc"
