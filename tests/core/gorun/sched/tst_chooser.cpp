#include "gorun/sched/Chooser.h"

#include <QTest>
#include <vector>

using namespace cacophony::gorun;

class tst_Chooser : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameChoices_data();
    void sameSeedSameChoices();
    void uniform_data();
    void uniform();
};

namespace {
std::vector<std::uint64_t> choices(std::uint64_t seed)
{
    Chooser c(seed);
    std::vector<std::uint64_t> out;
    for (int i = 0; i < 100; ++i)
        out.push_back(c.choose(Chooser::Choice::SelectCase, 7));
    out.push_back(c.draw(Chooser::Choice::RandSeed));
    return out;
}
} // namespace

void tst_Chooser::sameSeedSameChoices_data()
{
    QTest::addColumn<std::uint64_t>("seed");
    for (std::uint64_t seed : {0, 1, 12345})
        QTest::newRow(QByteArray::number(static_cast<qulonglong>(seed))) << seed;
}

void tst_Chooser::sameSeedSameChoices()
{
    QFETCH(std::uint64_t, seed);
    QCOMPARE(choices(seed), choices(seed));
    QVERIFY(choices(seed) != choices(seed + 1));
    Chooser c(seed);
    QCOMPARE(c.choose(Chooser::Choice::NextGoroutine, 1), std::uint64_t(0)); // one option
}

void tst_Chooser::uniform_data()
{
    QTest::addColumn<std::uint64_t>("seed");
    QTest::addColumn<int>("n");
    for (std::uint64_t seed : {1, 2, 3})
        for (int n : {2, 3, 10})
            QTest::newRow(qPrintable(QStringLiteral("seed %1, n %2").arg(seed).arg(n))) << seed << n;
}

void tst_Chooser::uniform()
{
    QFETCH(std::uint64_t, seed);
    QFETCH(int, n);
    constexpr int kDraws = 20000;
    Chooser c(seed);
    std::vector<int> counts(static_cast<std::size_t>(n));
    for (int i = 0; i < kDraws; ++i)
        ++counts[c.choose(Chooser::Choice::SelectCase, static_cast<std::uint64_t>(n))];
    const double expected = double(kDraws) / n;
    for (int k : counts) // within 6 standard deviations
        QVERIFY2(std::abs(k - expected) < 6 * std::sqrt(expected), qPrintable(QString::number(k)));
}

QTEST_GUILESS_MAIN(tst_Chooser)
#include "tst_chooser.moc"
