#include "cli/CommandLine.h"

#include "cli/BenchCommand.h"
#include "cli/CheckCommand.h"
#include "cli/RunGoCommand.h"
#include "cli/Console.h"
#include "cli/RunCommand.h"
#include "cli/RunOptions.h"
#include "cli/TextTable.h"
#include "metronome/Scenario.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstring>

#ifndef CACOPHONY_VERSION
#define CACOPHONY_VERSION "0.0.0"
#endif

namespace cacophony {

namespace {

const char *const kCommands[] = {"run", "check", "scenarios", "lessons", "bench", "help", "--help", "-h", "--version", "-v"};

const char kUsage[] = R"(Usage: cacophony [COMMAND [OPTIONS]]

A metronome that lets you hear and see concurrency go wrong. Without a command it
opens the window; the commands below run headless (no display needed).

Commands:
  run              Run scenarios, printing each beat as it happens, then a summary
  scenarios        List the 14 scenarios and the strategies
  lessons          List the lessons: the series' small goroutine programs
  run FILE.go      Run a Go program on Cacophony's runtime: its output as it happens,
                   then a summary (--seed N, --json, --go 1.N, --gomaxprocs N)
  check FILE.go    Check a Go program as `go build` would: its compile errors, or
                   nothing (exit 0); see docs/language.md for the Go subset
  bench timing     Tempo accuracy of the ticker-driven scenarios over a long run
  export           Render charts to image files, or beats to a WAV slowed down
                   like Replay (cacophony export --help)
  --help, -h       This text
  --version, -v    The version

cacophony run --scenario ID|NUMBER|all [options]
cacophony run --lesson ID|all [--bpm N] [--beats N] [--seed N] [--json] [--trace FILE] ...
  --scenario S     Scenario id or number (see cacophony scenarios), or all (1 to 14)
  --lesson L       Lesson id (see cacophony lessons), or all; prints each log line
                   (or beat) as it happens, then printed, lost and out of order.
                   The pause of bedtime_go_pause is one beat (default 60 BPM: 1 s)
  --strategy ID    Use this strategy instead of the scenario's own; alone, a custom
                   run of that strategy
  --profile P      Delay profile short, oscillating or random (default: the
                   scenario's own)
  --bpm N          Tempo, 1 to 6000 (default 6000: one beat every 10 ms)
  --beats N        Beats to play, 1 to 100000 (default 15)
  --seed N         Seed of the simulated delays and volumes (default 1)
  --json           Print one JSON object per scenario per line instead of beats
                   and table: scenario, bpm, seed, beats_expected, beats_performed,
                   beats_lost, out_of_order, interval_ms {mean, sd, min, max},
                   lateness_ms {mean, p99, max}, first_beat_ms, end_ms,
                   measurements, overlapping_measurements, repeated_volumes,
                   spin_ms, duplicate_beats, lines_printed, lines_lost,
                   lines_out_of_order, ...
  --trace FILE     Save the run as a trace: FILE.json in Chrome Trace JSON,
                   FILE.perfetto-trace or FILE.pftrace in Perfetto's format
                   (ui.perfetto.dev, chrome://tracing for JSON, or the app:
                   File > Open Trace)
  --wav FILE       Render the beats that were heard into a WAV file
  --audio          Play the beats on the default audio device while running
  With several scenarios, each output file gets the scenario id before its
  extension: --trace t.json writes t.sync_ticker.json, t.async_naive.json, ...

cacophony bench timing [--scenario S|all] [--beats N] [--bpm N] [--seed N] [--rounds N] [--json]
  Runs scenarios 6, 11, 12, 13 and 14 (or the one given) silently, 200 beats in each
  of 5 rounds by default, alternating with the same scenario in Go (where its program
  is built; CACOPHONY_GO_METRONOME names another) and with a bare tick loop (the floor),
  and prints per round the inter-beat standard deviation of each and the drift (the
  last beat's actual minus ideal time), then the medians with confidence intervals and
  the ratios to Go and to the floor.

Output files are written only when complete. Bad input exits with status 2 and one
line on stderr, before anything runs; Ctrl-C or SIGTERM stops a run within a second,
discards its unfinished files and exits with 130 or 143. A failed run exits with 1.
)";

int printUsage()
{
    console::out(QString::fromUtf8(kUsage));
    return 0;
}

int badInput(const QString &message)
{
    console::error(message);
    return 2;
}

int listScenarios(const QStringList &args)
{
    if (!args.isEmpty())
        return badInput(QStringLiteral("scenarios takes no arguments, not \"%1\"").arg(args.first()));

    using Align = TextTable::Align;
    TextTable scenarios;
    scenarios.addColumn(QStringLiteral("#"));
    scenarios.addColumn(QStringLiteral("scenario"), Align::Left);
    scenarios.addColumn(QStringLiteral("profile"), Align::Left);
    scenarios.addColumn(QStringLiteral("title"), Align::Left);
    for (const Scenario &s : ScenarioRegistry::scenarios())
        scenarios.addRow({QString::number(s.number), s.id, delayProfileName(s.profile), s.title});

    TextTable strategies;
    strategies.addColumn(QStringLiteral("strategy"), Align::Left);
    strategies.addColumn(QStringLiteral("title"), Align::Left);
    for (const Strategy &s : ScenarioRegistry::strategies())
        strategies.addRow({s.id, s.title});

    console::out(QStringLiteral("Scenarios (run --scenario NUMBER|ID):\n"));
    console::out(scenarios.toString());
    console::out(QStringLiteral("\nStrategies (run --strategy ID):\n"));
    console::out(strategies.toString());
    return 0;
}

int listLessons(const QStringList &args)
{
    if (!args.isEmpty())
        return badInput(QStringLiteral("lessons takes no arguments, not \"%1\"").arg(args.first()));

    using Align = TextTable::Align;
    TextTable lessons;
    lessons.addColumn(QStringLiteral("lesson"), Align::Left);
    lessons.addColumn(QStringLiteral("title"), Align::Left);
    lessons.addColumn(QStringLiteral("what happens"), Align::Left);
    for (const Scenario &s : ScenarioRegistry::lessons())
        lessons.addRow({s.id, s.title, s.lesson});
    console::out(QStringLiteral("Lessons (run --lesson ID|all):\n"));
    console::out(lessons.toString());
    return 0;
}

int runCommand(RunOptions::Command command, const QStringList &args)
{
    QString error;
    const std::optional<RunOptions> options = RunOptions::parse(command, args, &error);
    if (!options)
        return badInput(error);
    if (options->help)
        return printUsage();
    if (command == RunOptions::Command::BenchTiming)
        return BenchCommand(*options).exec();
    return RunCommand(*options).exec();
}

} // namespace

bool CommandLine::handles(int argc, char **argv)
{
    if (argc < 2 || !argv[1])
        return false;
    const char *word = argv[1];
    for (const char *command : kCommands)
        if (std::strcmp(word, command) == 0)
            return true;
    // Options (-platform, -style, ...) and files to open belong to the window; any
    // other word is a mistyped command, answered here rather than with a window.
    if (word[0] == '-')
        return false;
    return !QFileInfo::exists(QString::fromLocal8Bit(word));
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cacophony"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CACOPHONY_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);

    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h"))
        return printUsage();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        console::outLine(QStringLiteral("cacophony %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (command == QLatin1String("scenarios"))
        return listScenarios(rest);
    if (command == QLatin1String("lessons"))
        return listLessons(rest);
    if (command == QLatin1String("run") && RunGoCommand::wants(rest))
        return RunGoCommand(rest).exec();
    if (command == QLatin1String("run"))
        return runCommand(RunOptions::Command::Run, rest);
    if (command == QLatin1String("check"))
        return CheckCommand(rest).exec();
    if (command == QLatin1String("bench")) {
        if (rest.value(0) == QLatin1String("--help") || rest.value(0) == QLatin1String("-h"))
            return printUsage();
        if (rest.value(0) != QLatin1String("timing"))
            return badInput(QStringLiteral("unknown benchmark \"%1\"; the one benchmark is: bench timing")
                                .arg(rest.value(0)));
        return runCommand(RunOptions::Command::BenchTiming, rest.mid(1));
    }
    return badInput(QStringLiteral("unknown command \"%1\" (see cacophony --help)").arg(command));
}

} // namespace cacophony
