#pragma once

// Translated display texts of the core's scenarios, strategies and delay profiles. The
// core speaks English only (it has no UI); the texts are looked up by their English
// originals, so a title the table does not know yet is shown in English, never lost.

#include "metronome/Scenario.h"

#include <QString>

namespace cacophony {

class ScenarioText
{
public:
    static QString title(const Scenario &scenario); // "Asynchronous metronome, naive"
    static QString lesson(const Scenario &scenario);
    // Lessons only: the series' explanation, one paragraph.
    static QString explanation(const Scenario &scenario);
    static QString numbered(const Scenario &scenario); // "9 · ...", "Lesson · ..."
    static QString title(const Strategy &strategy);
    static QString profile(const QString &profileName); // "random" -> translated
    // For settings: the scenario's numbered title, or "Custom: strategy, profile".
    static QString describe(const QString &scenarioId, const QString &strategyId, const QString &profile);
};

} // namespace cacophony
