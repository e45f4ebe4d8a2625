// TimeAxisTicks: ticks at 1, 2, 2.5 or 5 × 10ⁿ of the unit, and labels with the digits
// their spacing needs (a step of 2.5 s reads 0, 2.5, 5, 7.5, never 0, 3, 5, 8), over many
// magnitudes, in milliseconds and in seconds, from zero and far from it.

#include "timeline/TimeAxisTicks.h"

#include <QTest>
#include <cmath>

using namespace cacophony;

class tst_TimeAxisTicks : public QObject
{
    Q_OBJECT

private:
    static QString labelsOf(double fromMs, double toMs)
    {
        const TimeAxisTicks ticks(fromMs, toMs);
        QStringList labels;
        for (double t : ticks.positionsMs())
            labels << ticks.label(t, QLocale::c());
        return labels.join(u' ');
    }

private slots:
    // The cases users met, spelled out.
    void readsAsUsersExpect_data()
    {
        QTest::addColumn<double>("fromMs");
        QTest::addColumn<double>("toMs");
        QTest::addColumn<QString>("labels");
        QTest::newRow("2.5 s apart") << 0.0 << 12'500.0 << QStringLiteral("0 2.5 5 7.5 10 12.5");
        QTest::newRow("2.5 s apart, 200 s in") << 202'000.0 << 214'500.0 << QStringLiteral("202.5 205 207.5 210 212.5");
        QTest::newRow("0.25 ms apart") << 0.0 << 1.25 << QStringLiteral("0 0.25 0.5 0.75 1 1.25");
        QTest::newRow("20 ms apart") << 0.0 << 100.0 << QStringLiteral("0 20 40 60 80 100");
        QTest::newRow("an hour, 500 s apart") << 0.0 << 2'500'000.0 << QStringLiteral("0 500 1000 1500 2000 2500");
        QTest::newRow("0.0025 ms apart, an hour in")
            << 3'600'000.0 << 3'600'000.0125 << QStringLiteral("3600000 3600000.0025 3600000.005 3600000.0075 3600000.01 3600000.0125");
    }

    void readsAsUsersExpect()
    {
        QFETCH(double, fromMs);
        QFETCH(double, toMs);
        QFETCH(QString, labels);
        QCOMPARE(labelsOf(fromMs, toMs), labels);
    }

    // Every spacing 1, 2, 2.5, 5 × 10ⁿ in both units: the step is the one asked for (five
    // steps over the range), each label reads its tick exactly, has no more places than
    // the step needs, and no two labels are the same.
    void everySpacingReadsExactly_data()
    {
        QTest::addColumn<double>("fromMs");
        QTest::addColumn<double>("stepMs");
        QTest::addColumn<int>("places");
        const double mantissas[] = {1, 2, 2.5, 5};
        for (int unit = 0; unit < 2; ++unit) {
            const double scale = unit == 0 ? 1.0 : 1000.0;
            for (int n = unit == 0 ? -4 : 0; n <= (unit == 0 ? 2 : 4); ++n) {
                for (double m : mantissas) {
                    const double step = m * std::pow(10.0, n); // in the unit
                    const double span = 5 * step * scale;
                    if ((unit == 0) != (span < TimeAxisTicks::kSecondsFromMs))
                        continue; // that span is labelled in the other unit
                    const int places = std::max(0, -n + (m == 2.5 ? 1 : 0));
                    for (double offsetSteps : {0.0, 37.0, 123'456.0}) {
                        QTest::addRow("%s %g from %g steps", unit == 0 ? "ms" : "s", step, offsetSteps)
                            << offsetSteps * step * scale << step * scale << places;
                    }
                }
            }
        }
    }

    void everySpacingReadsExactly()
    {
        QFETCH(double, fromMs);
        QFETCH(double, stepMs);
        QFETCH(int, places);
        const TimeAxisTicks ticks(fromMs, fromMs + 5 * stepMs);
        QCOMPARE(ticks.stepMs(), stepMs);
        QCOMPARE(ticks.decimals(), places);
        const double scale = ticks.unit() == TimeAxisTicks::Unit::Seconds ? 1000.0 : 1.0;
        const std::vector<double> positions = ticks.positionsMs();
        QVERIFY2(positions.size() >= 5, qPrintable(QString::number(positions.size())));
        QSet<QString> seen;
        for (double t : positions) {
            const QString label = ticks.label(t, QLocale::c());
            const int dot = label.indexOf(u'.');
            QVERIFY2(dot < 0 || label.size() - dot - 1 <= places, qPrintable(label));
            bool ok = false;
            const double read = label.toDouble(&ok);
            QVERIFY2(ok, qPrintable(label));
            QVERIFY2(std::abs(read * scale - t) <= stepMs * 1e-6, qPrintable(label));
            QVERIFY2(!seen.contains(label), qPrintable(label));
            seen.insert(label);
        }
    }

    void zeroNeverReadsMinusZero()
    {
        const TimeAxisTicks ticks(-0.3, 1.0);
        QCOMPARE(ticks.label(-1e-13, QLocale::c()), QStringLiteral("0"));
    }

    void labelsUseTheLocalesDigits()
    {
        const TimeAxisTicks ticks(0, 12'500);
        QCOMPARE(ticks.label(7'500, QLocale(QLocale::German)), QStringLiteral("7,5"));
    }
};

QTEST_GUILESS_MAIN(tst_TimeAxisTicks)
#include "tst_timeaxisticks.moc"
