#include "window/TapTempo.h"

#include <QTest>

using cacophony::TapTempo;

class tst_TapTempo : public QObject
{
    Q_OBJECT
private slots:
    void tempo_data();
    void tempo();
    void oneTapIsNoTempo();
    void pauseStartsOver();
    void averagesOnlyTheLastTaps();
};

void tst_TapTempo::tempo_data()
{
    QTest::addColumn<QList<qint64>>("taps");
    QTest::addColumn<int>("bpm");
    QTest::newRow("120") << QList<qint64> { 1000, 1500, 2000, 2500 } << 120;
    QTest::newRow("60, two taps") << QList<qint64> { 0, 1000 } << 60;
    QTest::newRow("uneven, averaged") << QList<qint64> { 0, 400, 1000, 1500 } << 120;
    QTest::newRow("fast") << QList<qint64> { 0, 100, 200 } << 600;
    QTest::newRow("clock going back starts over") << QList<qint64> { 5000, 5500, 100, 350 } << 240;
}

void tst_TapTempo::tempo()
{
    QFETCH(QList<qint64>, taps);
    QFETCH(int, bpm);
    TapTempo t;
    for (qint64 at : taps)
        t.tap(at);
    QCOMPARE(t.bpm(), bpm);
}

void tst_TapTempo::oneTapIsNoTempo()
{
    TapTempo t;
    QCOMPARE(t.tap(100), 0);
    QCOMPARE(t.bpm(), 0);
}

void tst_TapTempo::pauseStartsOver()
{
    TapTempo t;
    t.tap(0);
    t.tap(1000); // 60
    QCOMPARE(t.tap(1000 + TapTempo::kResetMs + 1), 0); // a new series: one tap so far
    QCOMPARE(t.taps(), 1);
    QCOMPARE(t.tap(1000 + TapTempo::kResetMs + 1 + 250), 240);
}

void tst_TapTempo::averagesOnlyTheLastTaps()
{
    TapTempo t;
    qint64 at = 0;
    t.tap(at);
    for (int i = 0; i < 6; ++i)
        t.tap(at += 1000); // 60 BPM
    for (int i = 0; i < TapTempo::kMaxIntervals; ++i)
        t.tap(at += 500); // then 120 BPM: the old taps have left the window
    QCOMPARE(t.bpm(), 120);
    QCOMPARE(t.taps(), TapTempo::kMaxIntervals + 1);
}

QTEST_GUILESS_MAIN(tst_TapTempo)
#include "tst_taptempo.moc"
