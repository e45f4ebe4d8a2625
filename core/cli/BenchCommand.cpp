#include "cli/BenchCommand.h"

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

// Cumulative drift: how far the last beat strays from the grid the first beat set, so the
// start-up offset (a ticker's first tick, the first measurement) does not count as drift.
double cumulativeDriftMs(const TraceData &trace)
{
    const Event *first = nullptr;
    const Event *last = nullptr;
    for (const Event &e : trace.events) {
        if (e.kind != EventKind::Beat || e.has(EventFlag::Lost))
            continue;
        if (!first || e.a < first->a)
            first = &e;
        if (!last || e.a > last->a)
            last = &e;
    }
    if (!first)
        return 0;
    const std::int64_t interval = trace.settings.intervalNs();
    return double((last->t - first->t) - (last->a - first->a) * interval) / 1e6;
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
        const double drift = cumulativeDriftMs(trace);
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
                                {QStringLiteral("interval_mean_ms"), a.interval.mean},
                                {QStringLiteral("interval_sd_ms"), a.interval.sd},
                                {QStringLiteral("offset_ms"), a.driftMs - drift},
                                {QStringLiteral("drift_ms"), drift}};
            console::outLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            console::outLine(row(QString::number(scenario->number),
                                 QStringLiteral("%1/%2").arg(a.beatsPerformed).arg(a.beatsExpected),
                                 QString::number(a.interval.mean, 'f', 3), QString::number(a.interval.sd, 'f', 3),
                                 QString::number(a.driftMs - drift, 'f', 3), QString::number(drift, 'f', 3),
                                 QString::number(a.beatsLost), settings.scenario));
        }
    }
    return failed ? 1 : 0;
}

} // namespace cacophony
