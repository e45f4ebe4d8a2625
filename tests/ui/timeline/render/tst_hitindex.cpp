// The hit index answers "what is under the mouse" with the topmost recorded item, names
// its event, finds where an item was drawn, and forgets everything when a draw begins.

#include "timeline/TimelineModel.h"
#include "timeline/render/HitIndex.h"

#include <QTest>

using namespace cacophony;

Q_DECLARE_METATYPE(TimelineHit)

namespace {

TimelineHit hit(TimelineHit::Kind kind, std::uint32_t ev)
{
    return TimelineHit{kind, ev, 0};
}

} // namespace

class tst_HitIndex : public QObject
{
    Q_OBJECT

private:
    TimelineModel m_model;

private slots:
    void hitAt_data()
    {
        QTest::addColumn<QPointF>("pos");
        QTest::addColumn<TimelineHit>("expected");
        QTest::newRow("inside the lower box only") << QPointF(12, 50) << hit(TimelineHit::TaskLife, 1);
        QTest::newRow("where both are: the later drawn") << QPointF(40, 50) << hit(TimelineHit::Beat, 2);
        QTest::newRow("beside a thin box: its slack") << QPointF(102, 50) << hit(TimelineHit::Tick, 3);
        QTest::newRow("below everything: under") << QPointF(300, 50) << hit(TimelineHit::Arrow, 4);
        QTest::newRow("nothing") << QPointF(500, 50) << TimelineHit{};
    }

    void hitAt()
    {
        QFETCH(QPointF, pos);
        QFETCH(TimelineHit, expected);
        HitIndex index(&m_model);
        index.begin(TimeScale(0, 100, QRect(0, 0, 600, 100)));
        index.add(QRectF(10, 40, 100, 20), hit(TimelineHit::TaskLife, 1));
        index.add(QRectF(30, 40, 20, 20), hit(TimelineHit::Beat, 2));
        index.add(QRectF(99, 40, 1, 20), hit(TimelineHit::Tick, 3));
        index.addUnder(QRectF(200, 0, 200, 100), hit(TimelineHit::Arrow, 4));
        QRectF box;
        QCOMPARE(index.hitAt(pos, &box), expected);
        if (expected.isValid())
            QVERIFY(box.adjusted(-4, -1, 4, 1).contains(pos));
    }

    void boxOfFindsWhereItWasDrawn()
    {
        HitIndex index(&m_model);
        index.begin(TimeScale(0, 100, QRect(0, 0, 600, 100)));
        index.add(QRectF(10, 40, 100, 20), hit(TimelineHit::Measure, 7));
        index.addUnder(QRectF(200, 0, 1, 100), hit(TimelineHit::Arrow, 8));
        QCOMPARE(index.boxOf(hit(TimelineHit::Measure, 7)), QRectF(10, 40, 100, 20));
        QCOMPARE(index.boxOf(hit(TimelineHit::Arrow, 8)), QRectF(200, 0, 1, 100));
        QVERIFY(index.boxOf(hit(TimelineHit::Measure, 9)).isNull());
    }

    void aNewDrawForgetsTheLast()
    {
        HitIndex index(&m_model);
        index.begin(TimeScale(0, 100, QRect(0, 0, 600, 100)));
        index.add(QRectF(10, 40, 100, 20), hit(TimelineHit::Beat, 1));
        index.begin(TimeScale(0, 100, QRect(0, 0, 600, 100)));
        QVERIFY(!index.hitAt(QPointF(20, 50)).isValid());
        index.add(QRectF(10, 40, 100, 20), hit(TimelineHit::Beat, 1));
        index.clear();
        QVERIFY(!index.hitAt(QPointF(20, 50)).isValid());
    }
};

QTEST_MAIN(tst_HitIndex)
#include "tst_hitindex.moc"
