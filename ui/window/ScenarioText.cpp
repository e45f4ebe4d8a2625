#include "window/ScenarioText.h"

#include <QCoreApplication>

namespace cacophony {

namespace {

// The core's English texts, listed here so that the translation tools see them. Keep in
// step with core/metronome/Scenario.cpp; a text missing here is simply shown in English.
[[maybe_unused]] constexpr const char *kTexts[] = {
    QT_TRANSLATE_NOOP("ScenarioText", "short"),
    QT_TRANSLATE_NOOP("ScenarioText", "oscillating"),
    QT_TRANSLATE_NOOP("ScenarioText", "random"),
};

QString translated(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QByteArray utf8 = english.toUtf8();
    return QCoreApplication::translate("ScenarioText", utf8.constData());
}

} // namespace

QString ScenarioText::title(const Scenario &scenario)
{
    return translated(scenario.title);
}

QString ScenarioText::lesson(const Scenario &scenario)
{
    return translated(scenario.lesson);
}

QString ScenarioText::numbered(const Scenario &scenario)
{
    return QStringLiteral("%1 · %2").arg(scenario.number).arg(title(scenario));
}

QString ScenarioText::title(const Strategy &strategy)
{
    return translated(strategy.title);
}

QString ScenarioText::profile(const QString &profileName)
{
    return translated(profileName);
}

QString ScenarioText::describe(const QString &scenarioId, const QString &strategyId, const QString &profileName)
{
    if (const Scenario *s = ScenarioRegistry::findScenario(scenarioId))
        return numbered(*s);
    const Strategy *st = ScenarioRegistry::findStrategy(strategyId);
    return QCoreApplication::translate("ScenarioText", "Custom: %1, %2")
        .arg(st ? title(*st) : strategyId, profile(profileName));
}

} // namespace cacophony
