#include "cli/RunOptions.h"

#include "metronome/DelayProfile.h"

#include <limits>

namespace cacophony {

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

// Which options each command accepts.
constexpr OptionSpec kRunOptions[] = {
    {"scenario", true}, {"strategy", true}, {"profile", true}, {"bpm", true},   {"beats", true},
    {"seed", true},     {"trace", true},    {"wav", true},     {"json", false}, {"audio", false},
    {"help", false},    {"lesson", true},
};
constexpr OptionSpec kBenchOptions[] = {
    {"scenario", true}, {"bpm", true}, {"beats", true}, {"seed", true}, {"json", false}, {"help", false},
    {"rounds", true},
};

std::optional<std::int64_t> parseWholeNumber(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

bool parseRange(const QString &option, const QString &text, std::int64_t min, std::int64_t max, int *out,
                QString *error)
{
    const auto value = parseWholeNumber(text);
    if (!value || *value < min || *value > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(option)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    *out = static_cast<int>(*value);
    return true;
}

} // namespace

std::optional<RunOptions> RunOptions::parse(Command command, const QStringList &args, QString *error)
{
    RunOptions o;
    o.beats = command == Command::Run ? kRunBeats : kBenchBeats;

    // Pass 1: split into name/value pairs, rejecting anything unknown.
    QList<QPair<QString, QString>> given;
    const bool run = command == Command::Run;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h")) {
            given.append({QStringLiteral("help"), {}});
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            *error = QStringLiteral("unexpected argument \"%1\" (see cacophony --help)").arg(arg);
            return std::nullopt;
        }
        QString name = arg.mid(2);
        std::optional<QString> value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        const OptionSpec *spec = nullptr;
        const auto lookUp = [&](const auto &table) {
            for (const OptionSpec &s : table)
                if (name == QLatin1String(s.name))
                    spec = &s;
        };
        run ? lookUp(kRunOptions) : lookUp(kBenchOptions);
        if (!spec) {
            *error = QStringLiteral("unknown option \"--%1\" for %2 (see cacophony --help)")
                         .arg(name, run ? QStringLiteral("run") : QStringLiteral("bench timing"));
            return std::nullopt;
        }
        if (spec->takesValue && !value) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("--%1 needs a value").arg(name);
                return std::nullopt;
            }
            value = args[++i]; // taken as is, even if it starts with '-' ("--bpm -5")
        } else if (!spec->takesValue && value) {
            *error = QStringLiteral("--%1 takes no value").arg(name);
            return std::nullopt;
        }
        given.append({name, value.value_or(QString())});
    }

    // Pass 2: interpret the values.
    QString scenarioArg;
    QString lessonArg;
    for (const auto &[name, value] : given) {
        if (name == QLatin1String("help")) {
            o.help = true;
            return o;
        }
        if (name == QLatin1String("scenario")) {
            scenarioArg = value;
        } else if (name == QLatin1String("lesson")) {
            lessonArg = value;
            if (lessonArg.isEmpty()) {
                *error = QStringLiteral("--lesson needs a lesson id or all (cacophony lessons lists them)");
                return std::nullopt;
            }
        } else if (name == QLatin1String("strategy")) {
            o.strategy = ScenarioRegistry::findStrategy(value);
            if (!o.strategy) {
                *error = QStringLiteral("unknown strategy \"%1\" (cacophony scenarios lists them)").arg(value);
                return std::nullopt;
            }
        } else if (name == QLatin1String("profile")) {
            o.profile = delayProfileFromName(value);
            if (!o.profile) {
                *error = QStringLiteral("unknown delay profile \"%1\" (short, oscillating or random)").arg(value);
                return std::nullopt;
            }
        } else if (name == QLatin1String("bpm")) {
            if (!parseRange(name, value, kMinBpm, kMaxBpm, &o.bpm, error))
                return std::nullopt;
            o.bpmGiven = true;
        } else if (name == QLatin1String("beats")) {
            if (!parseRange(name, value, kMinBeats, kMaxBeats, &o.beats, error))
                return std::nullopt;
        } else if (name == QLatin1String("rounds")) {
            if (!parseRange(name, value, 1, kMaxRounds, &o.rounds, error))
                return std::nullopt;
        } else if (name == QLatin1String("seed")) {
            bool ok = false;
            const qulonglong seed = value.trimmed().toULongLong(&ok, 10);
            if (!ok || value.trimmed().startsWith(QLatin1Char('-'))) {
                *error = QStringLiteral("--seed must be a whole number from 0 to %1, not \"%2\"")
                             .arg(std::numeric_limits<std::uint64_t>::max())
                             .arg(value);
                return std::nullopt;
            }
            o.seed = seed;
        } else if (name == QLatin1String("trace")) {
            if (value.isEmpty()) {
                *error = QStringLiteral("--trace needs a file name");
                return std::nullopt;
            }
            o.tracePath = value;
        } else if (name == QLatin1String("wav")) {
            if (value.isEmpty()) {
                *error = QStringLiteral("--wav needs a file name");
                return std::nullopt;
            }
            o.wavPath = value;
        } else if (name == QLatin1String("json")) {
            o.json = true;
        } else if (name == QLatin1String("audio")) {
            o.audio = true;
        }
    }

    // Pass 3: what to run.
    if (!lessonArg.isEmpty()) {
        if (!scenarioArg.isEmpty() || o.strategy || o.profile) {
            *error = QStringLiteral("--lesson cannot be combined with --%1: a lesson is its own program")
                         .arg(!scenarioArg.isEmpty() ? QStringLiteral("scenario")
                                  : o.strategy       ? QStringLiteral("strategy")
                                                     : QStringLiteral("profile"));
            return std::nullopt;
        }
        if (lessonArg == QLatin1String("all")) {
            for (const Scenario &s : ScenarioRegistry::lessons())
                o.scenarios.push_back(&s);
        } else if (const Scenario *lesson = ScenarioRegistry::findLesson(lessonArg)) {
            o.scenarios.push_back(lesson);
        } else {
            *error = QStringLiteral("unknown lesson \"%1\" (cacophony lessons lists them)").arg(lessonArg);
            return std::nullopt;
        }
        return o;
    }
    if (scenarioArg == QLatin1String("all")) {
        if (run) {
            for (const Scenario &s : ScenarioRegistry::scenarios())
                o.scenarios.push_back(&s);
        } else {
            for (int number : kBenchScenarios)
                o.scenarios.push_back(ScenarioRegistry::findScenario(QString::number(number)));
        }
    } else if (!scenarioArg.isEmpty()) {
        const Scenario *s = ScenarioRegistry::findScenario(scenarioArg);
        if (!s) {
            *error = QStringLiteral("unknown scenario \"%1\" (cacophony scenarios lists them)").arg(scenarioArg);
            return std::nullopt;
        }
        if (s->isLesson()) {
            *error = QStringLiteral("\"%1\" is a lesson: run it with --lesson %1").arg(s->id);
            return std::nullopt;
        }
        o.scenarios.push_back(s);
    } else if (run && o.strategy) {
        o.scenarios.push_back(nullptr); // a custom run of that strategy
    } else if (run) {
        *error = QStringLiteral("run needs --scenario ID|NUMBER|all or --strategy ID (see cacophony scenarios)");
        return std::nullopt;
    } else {
        for (int number : kBenchScenarios)
            o.scenarios.push_back(ScenarioRegistry::findScenario(QString::number(number)));
    }
    for (const Scenario *s : o.scenarios) {
        if (run || s)
            continue;
        *error = QStringLiteral("the scenario registry is missing a ticker scenario");
        return std::nullopt;
    }
    return o;
}

RunSettings RunOptions::settingsFor(const Scenario *scenario) const
{
    RunSettings s;
    s.bpm = scenario && scenario->defaultBpm > 0 && !bpmGiven ? scenario->defaultBpm : bpm;
    s.beats = beats;
    s.seed = seed;
    if (scenario) {
        s.scenario = scenario->id;
        s.strategy = strategy ? strategy->id : scenario->strategyId;
        s.profile = delayProfileName(profile.value_or(scenario->profile));
        return s;
    }
    // A custom run: the strategy's first scenario gives the default profile.
    s.scenario = QStringLiteral("custom");
    s.strategy = strategy ? strategy->id : QString();
    DelayProfile p = DelayProfile::Short;
    for (const Scenario &candidate : ScenarioRegistry::scenarios()) {
        if (candidate.strategyId == s.strategy) {
            p = candidate.profile;
            break;
        }
    }
    s.profile = delayProfileName(profile.value_or(p));
    return s;
}

} // namespace cacophony
