// TimeAxisTicker: a timeline's time axis reads plain milliseconds for short spans and
// plain seconds for long ones (an hour-long run must not read "3.6·10⁶"), with as many
// decimal places as its step needs, and the axis title names the same unit.

#include "timeline/TimeAxisTicker.h"
#include "timeline/TimeAxisTicks.h"
#include "timeline/TimelineView.h"

#include <QTest>

using namespace cacophony;

class tst_TimeAxisTicker : public QObject
{
    Q_OBJECT

private:
    // The labels and title a shown view gives the range [fromMs, toMs].
    static QPair<QVector<QString>, QString> axisOf(double fromMs, double toMs)
    {
        TimelineView view;
        view.resize(800, 300);
        view.show();
        view.setTimeRange(fromMs, toMs);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        return {view.plot()->xAxis->tickVectorLabels(), view.plot()->xAxis->label()};
    }

    static bool allPlain(const QVector<QString> &labels)
    {
        for (const QString &l : labels) {
            bool ok = false;
            l.toDouble(&ok); // the view's locale is C: no group separators
            if (!ok)
                return false;
        }
        return !labels.isEmpty();
    }

private slots:
    void unitFollowsTheSpan()
    {
        QCOMPARE(TimeAxisTicker::unitFor(0), TimeAxisTicker::Unit::Milliseconds);
        QCOMPARE(TimeAxisTicker::unitFor(9'999), TimeAxisTicker::Unit::Milliseconds);
        QCOMPARE(TimeAxisTicker::unitFor(10'000), TimeAxisTicker::Unit::Seconds);
        QCOMPARE(TimeAxisTicker::unitFor(3'600'000), TimeAxisTicker::Unit::Seconds);
    }

    void shortSpanInMilliseconds()
    {
        const auto [labels, title] = axisOf(0, 1000);
        QCOMPARE(title, QStringLiteral("time (ms)"));
        QVERIFY2(allPlain(labels), qPrintable(labels.toList().join(u' ')));
        QVERIFY2(labels.contains(QStringLiteral("200")) && labels.contains(QStringLiteral("400")), qPrintable(labels.toList().join(u' ')));
    }

    void anHourInSeconds()
    {
        const auto [labels, title] = axisOf(0, 3'600'000);
        QCOMPARE(title, QStringLiteral("time (s)"));
        QVERIFY2(allPlain(labels), qPrintable(labels.toList().join(u' ')));
        QVERIFY2(labels.contains(QStringLiteral("3000")) || labels.contains(QStringLiteral("2000")),
                 qPrintable(labels.toList().join(u' ')));
        for (const QString &l : labels)
            QVERIFY2(!l.contains(u'e') && !l.contains(u'·') && l.toDouble() <= 3600, qPrintable(l));
    }

    void zoomedInLateInALongRun()
    {
        // 100 ms an hour in: milliseconds, each label distinct and exact.
        const auto [labels, title] = axisOf(3'600'000, 3'600'100);
        QCOMPARE(title, QStringLiteral("time (ms)"));
        QVERIFY2(allPlain(labels), qPrintable(labels.toList().join(u' ')));
        QVERIFY2(labels.contains(QStringLiteral("3600040")), qPrintable(labels.toList().join(u' ')));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    void fractionsGetTheirPlaces()
    {
        // 0.5 ms shown: steps of 0.1 or less need decimals.
        const auto [labels, title] = axisOf(10, 10.5);
        QVERIFY2(allPlain(labels), qPrintable(labels.toList().join(u' ')));
        QVERIFY2(labels.contains(QStringLiteral("10.2")) || labels.contains(QStringLiteral("10.20")),
                 qPrintable(labels.toList().join(u' ')));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        // 20 s shown a little after the start: whole seconds.
        const auto [seconds, secondsTitle] = axisOf(1'000, 21'000);
        QCOMPARE(secondsTitle, QStringLiteral("time (s)"));
        QVERIFY2(seconds.contains(QStringLiteral("10")), qPrintable(seconds.toList().join(u' ')));
    }

    // The screen's axis is TimeAxisTicks's: every tick it draws inside the range is one of
    // TimeAxisTicks's positions, labelled as TimeAxisTicks labels it (the exports draw
    // those), the 2.5-step bug of old ("0, 3, 5, 8") included.
    void screenAgreesWithTheTicks_data()
    {
        QTest::addColumn<double>("fromMs");
        QTest::addColumn<double>("toMs");
        QTest::newRow("2.5 s steps") << 0.0 << 12'500.0;
        QTest::newRow("2.5 s steps, 200 s in") << 202'000.0 << 214'500.0;
        QTest::newRow("0.25 ms steps") << 0.0 << 1.25;
        QTest::newRow("an hour") << 0.0 << 3'600'000.0;
        QTest::newRow("a beat") << 495.0 << 505.0;
    }

    void screenAgreesWithTheTicks()
    {
        QFETCH(double, fromMs);
        QFETCH(double, toMs);
        TimelineView view;
        view.resize(800, 300);
        view.show();
        view.setTimeRange(fromMs, toMs);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        const QCPAxis *axis = view.plot()->xAxis;
        const TimeAxisTicks ticks(axis->range().lower, axis->range().upper);
        QCOMPARE(axis->label(), TimeAxisTicks::titleFor(ticks.unit()));
        QStringList screen, expected;
        for (int i = 0; i < axis->tickVector().size(); ++i) {
            if (axis->range().contains(axis->tickVector()[i]))
                screen << axis->tickVectorLabels()[i];
        }
        for (double t : ticks.positionsMs())
            expected << ticks.label(t, QLocale::c());
        QCOMPARE(screen.join(u' '), expected.join(u' '));
    }
};

QTEST_MAIN(tst_TimeAxisTicker)
#include "tst_timeaxisticker.moc"
