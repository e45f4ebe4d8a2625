// Tests of core/cli/BenchStatistics.h: the interval sd, the median's confidence interval,
// and the rounding of bench timing's JSON figures.

#include "cli/BenchStatistics.h"

#include <QTest>
#include <cmath>

using namespace cacophony;

class tst_BenchStatistics : public QObject
{
    Q_OBJECT
private slots:
    void intervalSd_data();
    void intervalSd();
    void summarise_data();
    void summarise();
    void rounded_data();
    void rounded();
};

void tst_BenchStatistics::intervalSd_data()
{
    QTest::addColumn<QList<qint64>>("timesNs");
    QTest::addColumn<double>("sdMs");
    QTest::newRow("too few") << QList<qint64>{0, 10'000'000} << 0.0;
    QTest::newRow("regular") << QList<qint64>{0, 10'000'000, 20'000'000, 30'000'000} << 0.0;
    // Gaps 9, 11, 9, 11 ms: mean 10, population sd 1 ms.
    QTest::newRow("alternating") << QList<qint64>{0, 9'000'000, 20'000'000, 29'000'000, 40'000'000} << 1.0;
    // Gaps 10, 10, 13 ms: mean 11, deviations -1, -1, 2: sd sqrt(6/3).
    QTest::newRow("one late") << QList<qint64>{5, 10'000'005, 20'000'005, 33'000'005} << std::sqrt(2.0);
}

void tst_BenchStatistics::intervalSd()
{
    QFETCH(QList<qint64>, timesNs);
    QFETCH(double, sdMs);
    const std::vector<std::int64_t> times(timesNs.cbegin(), timesNs.cend());
    QVERIFY2(std::abs(BenchStatistics::intervalSdMs(times) - sdMs) < 1e-9,
             qPrintable(QString::number(BenchStatistics::intervalSdMs(times), 'g', 12)));
}

void tst_BenchStatistics::summarise_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("coverage");
    QTest::newRow("none") << QList<double>{} << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("one") << QList<double>{3} << 3.0 << 3.0 << 3.0 << 0.0;
    QTest::newRow("even") << QList<double>{4, 1, 3, 2} << 2.5 << 1.0 << 4.0 << 0.875;
    // n = 5: even [min, max] holds the median only with 1 - 2/32 = 93.75 %.
    QTest::newRow("five") << QList<double>{5, 1, 4, 2, 3} << 3.0 << 1.0 << 5.0 << 0.9375;
    // n = 6: [x1, x6] has 1 - 2/64 = 96.9 %; [x2, x5] only 78 %.
    QTest::newRow("six") << QList<double>{6, 5, 4, 3, 2, 1} << 3.5 << 1.0 << 6.0 << 0.96875;
    // n = 15: [x4, x12] with 1 - 2 * 576/32768 = 96.5 %; [x5, x11] would be 88 %.
    QList<double> fifteen;
    for (int i = 15; i >= 1; --i)
        fifteen.append(i * 0.1);
    QTest::newRow("fifteen") << fifteen << 0.8 << 0.4 << 1.2 << 1 - 2 * 576.0 / 32768;
}

void tst_BenchStatistics::summarise()
{
    QFETCH(QList<double>, values);
    QFETCH(double, median);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, coverage);
    const auto s = BenchStatistics::summarise(std::vector<double>(values.cbegin(), values.cend()));
    QCOMPARE(s.count, int(values.size()));
    QVERIFY(qFuzzyCompare(1 + s.median, 1 + median));
    QVERIFY2(qFuzzyCompare(1 + s.low, 1 + low), qPrintable(QString::number(s.low)));
    QVERIFY2(qFuzzyCompare(1 + s.high, 1 + high), qPrintable(QString::number(s.high)));
    QVERIFY2(std::abs(s.coverage - coverage) < 1e-12, qPrintable(QString::number(s.coverage, 'g', 12)));
    if (!values.isEmpty()) {
        QCOMPARE(s.min, *std::min_element(values.cbegin(), values.cend()));
        QCOMPARE(s.max, *std::max_element(values.cbegin(), values.cend()));
    }
}

void tst_BenchStatistics::rounded_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("json");
    QTest::newRow("sd to the microsecond") << 0.7123456789 << 3 << QStringLiteral("0.712");
    QTest::newRow("rounds up") << 1.23456 << 3 << QStringLiteral("1.235");
    QTest::newRow("negative drift") << -0.0104999 << 3 << QStringLiteral("-0.01");
    QTest::newRow("load") << 6.239999 << 2 << QStringLiteral("6.24");
    QTest::newRow("whole") << 10.0000001 << 3 << QStringLiteral("10");
}

void tst_BenchStatistics::rounded()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, json);
    // As QJsonDocument writes it: the shortest text that reads back as the double.
    QCOMPARE(QString::number(BenchStatistics::rounded(value, decimals), 'g', QLocale::FloatingPointShortest), json);
}

QTEST_APPLESS_MAIN(tst_BenchStatistics)
#include "tst_benchstatistics.moc"
