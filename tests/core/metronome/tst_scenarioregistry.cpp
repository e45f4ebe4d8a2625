#include "metronome/DelayProfile.h"
#include "metronome/Scenario.h"

#include <QSet>
#include <QTest>

using namespace cacophony;

class tst_ScenarioRegistry : public QObject
{
    Q_OBJECT

private slots:
    void scenariosInSeriesOrder_data();
    void scenariosInSeriesOrder();
    void elevenStrategies();
    void findScenario();
    void findStrategy();
    void delayProfileNames();
};

void tst_ScenarioRegistry::scenariosInSeriesOrder_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("profile");
    const struct
    {
        const char *id, *strategy, *profile;
    } table[] = {
        {"sync_sleep_premeter_volume", "sync_sleep_premeter_volume", "short"},
        {"sync_constant_delay", "sync_constant_delay", "short"},
        {"sync_adaptive_delay", "sync_adaptive_delay", "short"},
        {"sync_adaptive_delay_oscillating_execution_time", "sync_adaptive_delay", "oscillating"},
        {"sync_ticker", "sync_ticker", "short"},
        {"sync_ticker_fire_immediately", "sync_ticker_fire_immediately", "short"},
        {"sync_ticker_fire_immediately_oscillating_execution_time", "sync_ticker_fire_immediately", "oscillating"},
        {"sync_ticker_fire_immediately_randomised_execution_time", "sync_ticker_fire_immediately", "random"},
        {"async_naive", "async_naive", "random"},
        {"async_naive_waiting_for_completion", "async_naive_waiting_for_completion", "random"},
        {"async_with_atomic", "async_with_atomic", "random"},
        {"async_with_mutex", "async_with_mutex", "random"},
        {"async_with_channels", "async_with_channels", "random"},
        {"async_with_channels_services", "async_with_channels_services", "random"},
    };
    int number = 1;
    for (const auto &row : table) {
        QTest::addRow("%d %s", number, row.id)
            << number << QString::fromLatin1(row.id) << QString::fromLatin1(row.strategy)
            << QString::fromLatin1(row.profile);
        ++number;
    }
}

void tst_ScenarioRegistry::scenariosInSeriesOrder()
{
    QFETCH(int, number);
    QFETCH(QString, id);
    QFETCH(QString, strategy);
    QFETCH(QString, profile);
    const auto &list = ScenarioRegistry::scenarios();
    QCOMPARE(int(list.size()), 14);
    const Scenario &s = list.at(number - 1);
    QCOMPARE(s.number, number);
    QCOMPARE(s.id, id);
    QCOMPARE(s.strategyId, strategy);
    QCOMPARE(delayProfileName(s.profile), profile);
    QVERIFY(!s.title.isEmpty() && !s.title.contains(QLatin1Char('\n')));
    QVERIFY(s.lesson.size() > 20);
    QVERIFY(ScenarioRegistry::findStrategy(s.strategyId));
}

void tst_ScenarioRegistry::elevenStrategies()
{
    const auto &list = ScenarioRegistry::strategies();
    QCOMPARE(int(list.size()), 11);
    QSet<QString> ids;
    for (const Strategy &s : list) {
        QVERIFY(s.run);
        QVERIFY(!s.title.isEmpty());
        ids.insert(s.id);
        // Only the naive asynchronous ones reorder beats, so only they label beats by number.
        QCOMPARE(s.orderMatters, s.id.startsWith(QLatin1String("async_naive")));
    }
    QCOMPARE(ids.size(), 11);
    // Every strategy is used by some scenario.
    for (const Strategy &st : list) {
        bool used = false;
        for (const Scenario &sc : ScenarioRegistry::scenarios())
            used = used || sc.strategyId == st.id;
        QVERIFY2(used, qPrintable(st.id));
    }
}

void tst_ScenarioRegistry::findScenario()
{
    QCOMPARE(ScenarioRegistry::findScenario(u"9")->id, QStringLiteral("async_naive"));
    QCOMPARE(ScenarioRegistry::findScenario(u" 14 ")->number, 14);
    QCOMPARE(ScenarioRegistry::findScenario(u"async_with_mutex")->number, 12);
    QCOMPARE(ScenarioRegistry::findScenario(u"ASYNC_WITH_MUTEX")->number, 12);
    QCOMPARE(ScenarioRegistry::findScenario(u"0"), nullptr);
    QCOMPARE(ScenarioRegistry::findScenario(u"15"), nullptr);
    QCOMPARE(ScenarioRegistry::findScenario(u"-1"), nullptr);
    QCOMPARE(ScenarioRegistry::findScenario(u""), nullptr);
    QCOMPARE(ScenarioRegistry::findScenario(u"async"), nullptr);
}

void tst_ScenarioRegistry::findStrategy()
{
    QCOMPARE(ScenarioRegistry::findStrategy(u"sync_ticker")->id, QStringLiteral("sync_ticker"));
    QVERIFY(ScenarioRegistry::findStrategy(u"async_naive")->orderMatters);
    QCOMPARE(ScenarioRegistry::findStrategy(u"sync_adaptive_delay_oscillating_execution_time"), nullptr);
    QCOMPARE(ScenarioRegistry::findStrategy(u""), nullptr);
}

void tst_ScenarioRegistry::delayProfileNames()
{
    for (DelayProfile p : {DelayProfile::Short, DelayProfile::Oscillating, DelayProfile::Random})
        QCOMPARE(delayProfileFromName(delayProfileName(p)), p);
    QCOMPARE(delayProfileFromName(u"Random"), DelayProfile::Random);
    QCOMPARE(delayProfileFromName(u"long"), std::nullopt);
    QCOMPARE(delayProfileFromName(u""), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_ScenarioRegistry)
#include "tst_scenarioregistry.moc"
