// TimeScale maps time to pixels exactly as the plot's time axis does, so what the
// renderers draw without a plot lands on the same pixels as on screen.

#include "timeline/render/TimeScale.h"

#include <QTest>
#include <qcustomplot.h>

using namespace cacophony;

class tst_TimeScale : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheAxis_data()
    {
        QTest::addColumn<double>("lowerMs");
        QTest::addColumn<double>("upperMs");
        QTest::addColumn<QSize>("size");
        QTest::newRow("a run") << -4.5 << 154.5 << QSize(640, 300);
        QTest::newRow("zoomed in") << 612.125 << 612.375 << QSize(1600, 900);
        QTest::newRow("an hour") << 0.0 << 3.6e6 << QSize(1201, 400);
        QTest::newRow("narrow") << 10.0 << 11.0 << QSize(120, 120);
    }

    void matchesTheAxis()
    {
        QFETCH(double, lowerMs);
        QFETCH(double, upperMs);
        QFETCH(QSize, size);
        QCustomPlot plot;
        plot.resize(size);
        plot.xAxis->setRange(lowerMs, upperMs);
        plot.replot(QCustomPlot::rpImmediateRefresh); // lays out the axis rect
        const QRect rect = plot.axisRect()->rect();
        QVERIFY(rect.width() > 10);
        const TimeScale scale(lowerMs, upperMs, rect);

        QCOMPARE(scale.from(), std::int64_t(std::floor(lowerMs * 1e6)));
        QCOMPARE(scale.to(), std::int64_t(std::ceil(upperMs * 1e6)));
        const double spanNs = (upperMs - lowerMs) * 1e6;
        for (int i = 0; i <= 40; ++i) {
            const auto ns = std::int64_t(lowerMs * 1e6 + spanNs * i / 40);
            const double expected = std::clamp(plot.xAxis->coordToPixel(double(ns) / 1e6), rect.left() - 100.0,
                                               rect.right() + 100.0);
            // Bit for bit (QCOMPARE on doubles would be fuzzy): the same operations in the same order.
            QVERIFY2(scale.px(ns) == expected, qPrintable(QStringLiteral("%1 ns: %2, the axis %3")
                                                              .arg(ns)
                                                              .arg(scale.px(ns), 0, 'g', 17)
                                                              .arg(expected, 0, 'g', 17)));
            QCOMPARE(scale.xf(ns), scale.x0() + double(ns) * scale.pxPerNs());
        }
        for (int x = rect.left(); x <= rect.right(); x += 7)
            QCOMPARE(scale.ns(x), std::int64_t(std::floor(plot.xAxis->pixelToCoord(x) * 1e6)));
    }

    void clampsFarTimes()
    {
        const TimeScale scale(0, 100, QRect(50, 0, 500, 100));
        QCOMPARE(scale.px(std::int64_t(-1e12)), 50 - 100.0);
        QCOMPARE(scale.px(std::int64_t(1e12)), 549 + 100.0);
        QCOMPARE(scale.px(0), 50.0);
    }

    void nsAtIsTheFirstTimeAtOrAfterAPixel()
    {
        const TimeScale scale(0, 1, QRect(0, 0, 1000, 10)); // 1 us per pixel
        for (double x : {0.0, 1.0, 10.5, 999.0}) {
            const std::int64_t t = scale.nsAt(x);
            QVERIFY(scale.xf(t) >= x - 1e-9);
            QVERIFY(scale.xf(t - 1) < x);
        }
    }
};

QTEST_MAIN(tst_TimeScale)
#include "tst_timescale.moc"
