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

QTEST_GUILESS_MAIN(tst_BpmScale)
#include "tst_bpmscale.moc"
