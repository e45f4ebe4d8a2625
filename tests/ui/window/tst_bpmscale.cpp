#include "window/BpmScale.h"

#include <QTest>

using cacophony::BpmScale;

class tst_BpmScale : public QObject
{
    Q_OBJECT
private slots:
    void endpoints_data();
    void endpoints();
    void monotonic();
    void musicalRangeTakesMostOfTheTravel();
    void roundTripInMusicalRangeIsExact();
    void roundTripAboveIsClose();
    void outOfRangeClamps();
    void fineStep_data();
    void fineStep();
    void stepAboveTheMusicalRangeAlwaysMoves();
};

void tst_BpmScale::endpoints_data()
{
    QTest::addColumn<int>("dial");
    QTest::addColumn<int>("bpm");
    QTest::newRow("start") << 0 << 20;
    QTest::newRow("musical end") << BpmScale::kMusicalSteps << 300;
    QTest::newRow("end") << BpmScale::kSteps << 6000;
}

void tst_BpmScale::endpoints()
{
    QFETCH(int, dial);
    QFETCH(int, bpm);
    QCOMPARE(BpmScale::dialToBpm(dial), bpm);
}

void tst_BpmScale::monotonic()
{
    for (int d = 1; d <= BpmScale::kSteps; ++d)
        QVERIFY2(BpmScale::dialToBpm(d) >= BpmScale::dialToBpm(d - 1), qPrintable(QString::number(d)));
}

void tst_BpmScale::musicalRangeTakesMostOfTheTravel()
{
    // At least 80 % of the dial is 20-300 BPM, and 120 BPM sits in its middle part.
    QVERIFY(BpmScale::bpmToDial(300) >= BpmScale::kSteps * 8 / 10);
    const int at120 = BpmScale::bpmToDial(120);
    QVERIFY(at120 > BpmScale::kSteps / 3 && at120 < BpmScale::kSteps * 3 / 4);
}

void tst_BpmScale::roundTripInMusicalRangeIsExact()
{
    for (int bpm = 20; bpm <= 300; ++bpm)
        QCOMPARE(BpmScale::dialToBpm(BpmScale::bpmToDial(bpm)), bpm);
}

void tst_BpmScale::roundTripAboveIsClose()
{
    for (int bpm = 301; bpm <= 6000; bpm += 7) {
        const int back = BpmScale::dialToBpm(BpmScale::bpmToDial(bpm));
        QVERIFY2(std::abs(back - bpm) <= bpm * 0.02 + 1,
            qPrintable(QStringLiteral("%1 -> %2").arg(bpm).arg(back)));
    }
}

void tst_BpmScale::outOfRangeClamps()
{
    QCOMPARE(BpmScale::bpmToDial(1), 0);
    QCOMPARE(BpmScale::bpmToDial(9000), BpmScale::kSteps);
    QCOMPARE(BpmScale::dialToBpm(-5), 20);
    QCOMPARE(BpmScale::dialToBpm(BpmScale::kSteps + 50), 6000);
}

void tst_BpmScale::fineStep_data()
{
    QTest::addColumn<int>("bpm");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("expected");
    QTest::newRow("one up") << 120 << 1 << 121;
    QTest::newRow("three down") << 120 << -3 << 117;
    QTest::newRow("below the dial") << 5 << -1 << 4;
    QTest::newRow("floor") << 1 << -1 << 1;
    QTest::newRow("ceiling") << 6000 << 1 << 6000;
    QTest::newRow("into the musical end") << 301 << -1 << 300;
    QTest::newRow("out of the musical end") << 300 << 1 << BpmScale::dialToBpm(BpmScale::kMusicalSteps + 1);
}

void tst_BpmScale::fineStep()
{
    QFETCH(int, bpm);
    QFETCH(int, steps);
    QFETCH(int, expected);
    QCOMPARE(BpmScale::step(bpm, steps), expected);
}

void tst_BpmScale::stepAboveTheMusicalRangeAlwaysMoves()
{
    for (int bpm = 300; bpm < 6000;) {
        const int next = BpmScale::step(bpm, 1);
        QVERIFY2(next > bpm && next <= bpm * 1.03 + 1, qPrintable(QStringLiteral("%1 -> %2").arg(bpm).arg(next)));
        QVERIFY2(BpmScale::step(next, -1) < next, qPrintable(QString::number(next)));
        bpm = next;
    }
}

QTEST_GUILESS_MAIN(tst_BpmScale)
#include "tst_bpmscale.moc"
