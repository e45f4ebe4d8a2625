#include "cli/BenchCommand.h"

#include "analysis/RunAnalysis.h"
#include "cli/BenchStatistics.h"
#include "cli/Console.h"
#include "cli/InterruptGuard.h"
#include "metronome/MetronomeRun.h"
#include "runtime/TickerFloor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <optional>

namespace cacophony {

namespace {

constexpr int kPollMs = 50; // a waking main thread would compete with the run it measures
constexpr int kStopGraceMs = 800;
constexpr int kGoStartMs = 10000; // besides the run itself: a cold start of the Go program
constexpr int kMsDecimals = 3;    // JSON: ms figures to the microsecond
constexpr int kRatioDecimals = 3;

enum class Contender { Cacophony, Go, Floor };
constexpr Contender kOrder[] = {Contender::Cacophony, Contender::Go, Contender::Floor};

// One round of one scenario: the three contenders' figures.
struct Round
{
    RunAnalysis analysis;
    BeatStages stages;
    std::optional<double> goSdMs; // nullopt: no Go program, or it failed
    double floorSdMs = 0;
    double load = -1; // 1-minute load average at the round's end; -1: unknown
    bool failed = false;
};

// Fixed widths, so that rows line up although each is printed as its round finishes.
QString row(const QStringList &c)
{
    return QStringLiteral("%1 %2  %3  %4  %5  %6  %7  %8  %9  %10  %11  %12")
        .arg(c[0], 2)
        .arg(c[1], 5)
        .arg(c[2], 11)
        .arg(c[3], 11)
        .arg(c[4], 8)
        .arg(c[5], 8)
        .arg(c[6], 11)
        .arg(c[7], 10)
        .arg(c[8], 10)
        .arg(c[9], 4)
        .arg(c[10], 5)
        .arg(c[11]);
}

QString ms(double value)
{
    return QString::number(value, 'f', 3);
}

// One stage's median / p99 / max in microseconds, as "12.3/45.6/789.0".
QString stage(const StageStats &s)
{
    return QStringLiteral("%1/%2/%3").arg(s.median, 0, 'f', 1).arg(s.p99, 0, 'f', 1).arg(s.max, 0, 'f', 1);
}

// The Go program ports the ticker scenarios only.
bool hasGoPort(int number)
{
    return std::find(std::begin(RunOptions::kBenchScenarios), std::end(RunOptions::kBenchScenarios), number) !=
           std::end(RunOptions::kBenchScenarios);
}

double loadAverage()
{
    double load = -1;
    return getloadavg(&load, 1) == 1 ? load : -1;
}

// Runs one scenario in Go; the interval sd of its beats, or nullopt (with a message on
// stderr) if the program failed.
std::optional<double> goSd(const QString &program, const RunSettings &settings, int number)
{
    QProcess go;
    go.start(program, {QStringLiteral("-scenario"), QString::number(number), QStringLiteral("-profile"),
                       settings.profile, QStringLiteral("-bpm"),
                       QString::number(settings.bpm), QStringLiteral("-beats"), QString::number(settings.beats),
                       QStringLiteral("-seed"), QString::number(settings.seed)});
    const qint64 runMs = static_cast<qint64>(settings.beats) * 60000 / std::max(settings.bpm, 1);
    QElapsedTimer waited;
    waited.start();
    // In steps, so that Ctrl-C is seen within a second here too.
    bool finished = false;
    while (!(finished = go.waitForFinished(kPollMs)) && go.state() != QProcess::NotRunning &&
           !InterruptGuard::pending() && waited.elapsed() < 3 * runMs + kGoStartMs) {
    }
    if (!finished || go.exitStatus() != QProcess::NormalExit || go.exitCode() != 0) {
        go.kill();
        go.waitForFinished(kStopGraceMs);
        if (!InterruptGuard::pending())
            console::error(QStringLiteral("the Go program %1 failed: %2").arg(program, go.errorString()));
        return std::nullopt;
    }
    const QJsonArray beats =
        QJsonDocument::fromJson(go.readAllStandardOutput()).object().value(QStringLiteral("beat_ns")).toArray();
    std::vector<std::int64_t> times;
    times.reserve(static_cast<std::size_t>(beats.size()));
    for (const QJsonValue &t : beats)
        times.push_back(static_cast<std::int64_t>(t.toDouble()));
    if (times.size() != static_cast<std::size_t>(settings.beats)) {
        console::error(QStringLiteral("the Go program %1 reported %2 of %3 beats")
                           .arg(program)
                           .arg(times.size())
                           .arg(settings.beats));
        return std::nullopt;
    }
    return BenchStatistics::intervalSdMs(times);
}

QJsonObject summaryJson(const BenchStatistics::Summary &s, int decimals)
{
    if (s.count == 0)
        return {};
    const auto r = [decimals](double v) { return BenchStatistics::rounded(v, decimals); };
    return QJsonObject{{QStringLiteral("rounds"), s.count},
                       {QStringLiteral("median"), r(s.median)},
                       {QStringLiteral("ci_low"), r(s.low)},
                       {QStringLiteral("ci_high"), r(s.high)},
                       {QStringLiteral("ci_coverage"), BenchStatistics::rounded(s.coverage, 3)},
                       {QStringLiteral("min"), r(s.min)},
                       {QStringLiteral("max"), r(s.max)}};
}

QJsonObject roundJson(const Round &r)
{
    const RunAnalysis &a = r.analysis;
    const auto msValue = [](double v) { return BenchStatistics::rounded(v, kMsDecimals); };
    QJsonObject o{{QStringLiteral("beats_performed"), a.beatsPerformed},
                  {QStringLiteral("beats_lost"), a.beatsLost},
                  {QStringLiteral("out_of_order"), a.outOfOrder},
                  {QStringLiteral("dropped_ticks"), a.droppedTicks},
                  {QStringLiteral("interval_mean_ms"), msValue(a.interval.mean)},
                  {QStringLiteral("interval_sd_ms"), msValue(a.interval.sd)},
                  {QStringLiteral("floor_interval_sd_ms"), msValue(r.floorSdMs)},
                  {QStringLiteral("go_interval_sd_ms"), r.goSdMs ? QJsonValue(msValue(*r.goSdMs)) : QJsonValue()},
                  {QStringLiteral("offset_ms"), msValue(a.offsetMs)},
                  {QStringLiteral("grid_drift_ms"), msValue(a.gridDriftMs)},
                  {QStringLiteral("drift_ms"), msValue(a.gridDriftMs)},
                  {QStringLiteral("load_average"), r.load < 0 ? QJsonValue() : QJsonValue(BenchStatistics::rounded(r.load, 2))},
                  {QStringLiteral("stages"), r.stages.toJson()}};
    return o;
}

QString summaryText(const BenchStatistics::Summary &s)
{
    if (s.count == 0)
        return QStringLiteral("n/a");
    return QStringLiteral("%1 [%2, %3]").arg(ms(s.median), ms(s.low), ms(s.high));
}

} // namespace

BenchCommand::BenchCommand(const RunOptions &options)
    : m_options(options)
{
}

QString BenchCommand::stagesLine(const BeatStages &s)
{
    if (s.total.count == 0)
        return QStringLiteral("    stages: n/a (no beat followed a tick)");
    return QStringLiteral("    stages of %1 ticked beats, us median/p99/max: wake %2  send %3  hand-off %4  "
                          "perform %5  total %6")
        .arg(s.total.count)
        .arg(stage(s.wake), stage(s.send), stage(s.handOff), stage(s.perform), stage(s.total));
}

QString BenchCommand::goProgram()
{
    const QString given = qEnvironmentVariable("CACOPHONY_GO_METRONOME");
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? given : QString();
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                        : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QString beside = appDir + QStringLiteral("/../benchmarks/go/metronome");
    return QFileInfo(beside).isExecutable() ? QFileInfo(beside).canonicalFilePath() : QString();
}

int BenchCommand::exec()
{
    InterruptGuard interrupts;
    const QString go = goProgram();
    if (!m_options.json) {
        console::outLine(QStringLiteral("timing over %1 beats at %2 BPM (ideal interval %3 ms), seed %4 + round, "
                                        "%5 rounds alternating the scenario, Go and the floor (a bare tick loop)")
                             .arg(m_options.beats)
                             .arg(m_options.bpm)
                             .arg(60000.0 / m_options.bpm, 0, 'f', 3)
                             .arg(m_options.seed)
                             .arg(m_options.rounds));
        console::outLine(go.isEmpty() ? QStringLiteral("Go: n/a (no program; build benchmarks/go or set "
                                                       "CACOPHONY_GO_METRONOME)")
                                      : QStringLiteral("Go: %1").arg(go));
        console::outLine(row({QStringLiteral("#"), QStringLiteral("round"), QStringLiteral("beats"),
                              QStringLiteral("interval ms"), QStringLiteral("sd ms"), QStringLiteral("Go sd"),
                              QStringLiteral("floor sd"), QStringLiteral("offset ms"), QStringLiteral("drift ms"),
                              QStringLiteral("lost"), QStringLiteral("load"), QStringLiteral("scenario")}));
    }
    bool failed = false;
    for (const Scenario *scenario : m_options.scenarios) {
        std::vector<double> sd, goSds, floorSds, toGo, toFloor;
        QJsonArray rounds;
        RunSettings settings = m_options.settingsFor(scenario);
        const std::uint64_t firstSeed = settings.seed;
        for (int index = 0; index < m_options.rounds; ++index) {
            settings.seed = firstSeed + static_cast<std::uint64_t>(index);
            Round r;
            // Each round starts with the next contender, so none is always first or last.
            for (int k = 0; k < 3; ++k) {
                switch (kOrder[(index + k) % 3]) {
                case Contender::Cacophony: {
                    MetronomeRun run(settings);
                    run.start();
                    while (!run.wait(kPollMs)) {
                        run.tracer().takeNew(); // nobody else reads them; keep the backlog small
                        if (const int signal = InterruptGuard::pending()) {
                            run.stop();
                            if (!run.wait(kStopGraceMs)) {
                                console::error(QStringLiteral("interrupted; the run did not stop in time"));
                                std::_Exit(InterruptGuard::exitStatus(signal));
                            }
                            console::error(QStringLiteral("interrupted"));
                            return InterruptGuard::exitStatus(signal);
                        }
                    }
                    TraceData trace = run.trace();
                    trace.settings = settings;
                    r.analysis = RunAnalysis::analyse(trace);
                    r.stages = BeatStages::analyse(trace);
                    if (const std::string error = run.error(); !error.empty()) {
                        console::error(QStringLiteral("%1 failed: %2")
                                           .arg(settings.scenario, QString::fromStdString(error)));
                        r.failed = true;
                    }
                    break;
                }
                case Contender::Go:
                    if (!go.isEmpty() && scenario && hasGoPort(scenario->number))
                        r.goSdMs = goSd(go, settings, scenario->number);
                    break;
                case Contender::Floor:
                    r.floorSdMs = BenchStatistics::intervalSdMs(
                        TickerFloor::run(std::chrono::nanoseconds(60'000'000'000LL / settings.bpm), settings.beats,
                                         [] { return InterruptGuard::pending() != 0; }));
                    break;
                }
                if (const int signal = InterruptGuard::pending()) {
                    console::error(QStringLiteral("interrupted"));
                    return InterruptGuard::exitStatus(signal);
                }
            }
            r.load = loadAverage();
            failed = failed || r.failed;
            const RunAnalysis &a = r.analysis;
            sd.push_back(a.interval.sd);
            floorSds.push_back(r.floorSdMs);
            if (r.floorSdMs > 0)
                toFloor.push_back(a.interval.sd / r.floorSdMs);
            if (r.goSdMs) {
                goSds.push_back(*r.goSdMs);
                if (*r.goSdMs > 0)
                    toGo.push_back(a.interval.sd / *r.goSdMs);
            }
            if (m_options.json) {
                rounds.append(roundJson(r));
                continue;
            }
            console::outLine(row({scenario ? QString::number(scenario->number) : QStringLiteral("-"),
                                  QString::number(index + 1),
                                  QStringLiteral("%1/%2").arg(a.beatsPerformed).arg(a.beatsExpected),
                                  ms(a.interval.mean), ms(a.interval.sd),
                                  r.goSdMs ? ms(*r.goSdMs) : QStringLiteral("n/a"), ms(r.floorSdMs),
                                  ms(a.offsetMs), ms(a.gridDriftMs), QString::number(a.beatsLost),
                                  r.load < 0 ? QStringLiteral("n/a") : QString::number(r.load, 'f', 2),
                                  settings.scenario}));
            console::outLine(stagesLine(r.stages));
        }
        const auto s = BenchStatistics::summarise(sd);
        const auto g = BenchStatistics::summarise(goSds);
        const auto f = BenchStatistics::summarise(floorSds);
        const auto rg = BenchStatistics::summarise(toGo);
        const auto rf = BenchStatistics::summarise(toFloor);
        if (m_options.json) {
            const QJsonObject o{{QStringLiteral("scenario"), settings.scenario},
                                {QStringLiteral("bpm"), settings.bpm},
                                {QStringLiteral("beats"), settings.beats},
                                {QStringLiteral("seed"), static_cast<double>(firstSeed)},
                                {QStringLiteral("rounds"), rounds},
                                {QStringLiteral("interval_sd_ms"), summaryJson(s, kMsDecimals)},
                                {QStringLiteral("go_interval_sd_ms"), summaryJson(g, kMsDecimals)},
                                {QStringLiteral("floor_interval_sd_ms"), summaryJson(f, kMsDecimals)},
                                {QStringLiteral("ratio_to_go"), summaryJson(rg, kRatioDecimals)},
                                {QStringLiteral("ratio_to_floor"), summaryJson(rf, kRatioDecimals)}};
            console::outLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            console::outLine(QStringLiteral("%1  sd ms, median [%2 % CI] of %3 rounds: scenario %4  Go %5  floor %6;  "
                                            "per round ÷ Go %7  ÷ floor %8")
                                 .arg(scenario ? QString::number(scenario->number) : QStringLiteral("-"), 2)
                                 .arg(qRound(s.coverage * 100))
                                 .arg(s.count)
                                 .arg(summaryText(s), summaryText(g), summaryText(f), summaryText(rg), summaryText(rf)));
        }
    }
    return failed ? 1 : 0;
}

} // namespace cacophony
