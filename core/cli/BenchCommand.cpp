#include "cli/BenchCommand.h"

#include "analysis/BeatStages.h"
#include "analysis/RunAnalysis.h"
#include "cli/Console.h"
#include "cli/InterruptGuard.h"
#include "metronome/MetronomeRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

namespace cacophony {

namespace {

constexpr int kPollMs = 10;
constexpr int kStopGraceMs = 800;

// Fixed widths, so that rows line up although each is printed as its run finishes.
QString row(const QString &number, const QString &beats, const QString &mean, const QString &sd,
            const QString &offset, const QString &drift, const QString &lost, const QString &scenario)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
        .arg(number, 2)
        .arg(beats, 11)
        .arg(mean, 11)
        .arg(sd, 9)
        .arg(offset, 10)
        .arg(drift, 10)
        .arg(lost, 5)
        .arg(scenario);
}

// One stage's median / p99 / max in microseconds, as "12.3/45.6/789.0".
QString stage(const StageStats &s)
{
    return QStringLiteral("%1/%2/%3").arg(s.median, 0, 'f', 1).arg(s.p99, 0, 'f', 1).arg(s.max, 0, 'f', 1);
}

// Where a beat's time after its tick's deadline goes (see BeatStages), printed under its row.
QString stagesLine(const BeatStages &s)
{
    return QStringLiteral("    stages of %1 ticked beats, us median/p99/max: wake %2  send %3  hand-off %4  "
                          "perform %5  total %6")
        .arg(s.total.count)
        .arg(stage(s.wake), stage(s.send), stage(s.handOff), stage(s.perform), stage(s.total));
}

} // namespace

BenchCommand::BenchCommand(const RunOptions &options)
    : m_options(options)
{
}

int BenchCommand::exec()
{
    InterruptGuard interrupts;
    if (!m_options.json) {
        console::outLine(QStringLiteral("timing over %1 beats at %2 BPM (ideal interval %3 ms), seed %4")
                             .arg(m_options.beats)
                             .arg(m_options.bpm)
                             .arg(60000.0 / m_options.bpm, 0, 'f', 3)
                             .arg(m_options.seed));
        console::outLine(row(QStringLiteral("#"), QStringLiteral("beats"), QStringLiteral("interval ms"),
                             QStringLiteral("sd ms"), QStringLiteral("offset ms"), QStringLiteral("drift ms"),
                             QStringLiteral("lost"), QStringLiteral("scenario")));
    }
    bool failed = false;
    for (const Scenario *scenario : m_options.scenarios) {
        const RunSettings settings = m_options.settingsFor(scenario);
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
        const RunAnalysis a = RunAnalysis::analyse(trace);
        const BeatStages stages = BeatStages::analyse(trace);
        if (const std::string error = run.error(); !error.empty()) {
            console::error(QStringLiteral("%1 failed: %2").arg(settings.scenario, QString::fromStdString(error)));
            failed = true;
        }
        if (m_options.json) {
            const QJsonObject o{{QStringLiteral("scenario"), settings.scenario},
                                {QStringLiteral("bpm"), settings.bpm},
                                {QStringLiteral("beats"), settings.beats},
                                {QStringLiteral("seed"), static_cast<double>(settings.seed)},
                                {QStringLiteral("beats_performed"), a.beatsPerformed},
                                {QStringLiteral("beats_lost"), a.beatsLost},
                                {QStringLiteral("out_of_order"), a.outOfOrder},
                                {QStringLiteral("dropped_ticks"), a.droppedTicks},
                                {QStringLiteral("interval_mean_ms"), a.interval.mean},
                                {QStringLiteral("interval_sd_ms"), a.interval.sd},
                                {QStringLiteral("offset_ms"), a.offsetMs},
                                {QStringLiteral("grid_drift_ms"), a.gridDriftMs},
                                {QStringLiteral("drift_ms"), a.gridDriftMs},
                                {QStringLiteral("stages"), stages.toJson()}};
            console::outLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            console::outLine(row(QString::number(scenario->number),
                                 QStringLiteral("%1/%2").arg(a.beatsPerformed).arg(a.beatsExpected),
                                 QString::number(a.interval.mean, 'f', 3), QString::number(a.interval.sd, 'f', 3),
                                 QString::number(a.offsetMs, 'f', 3), QString::number(a.gridDriftMs, 'f', 3),
                                 QString::number(a.beatsLost), settings.scenario));
            console::outLine(stagesLine(stages));
        }
    }
    return failed ? 1 : 0;
}

} // namespace cacophony
