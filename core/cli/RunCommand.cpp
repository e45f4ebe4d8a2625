#include "cli/RunCommand.h"

#include "analysis/RunAnalysis.h"
#include "audio/AudioEngine.h"
#include "audio/OfflineRenderer.h"
#include "audio/SoundSink.h"
#include "audio/WavWriter.h"
#include "cli/Console.h"
#include "cli/InterruptGuard.h"
#include "cli/TeeSink.h"
#include "io/OutputFile.h"
#include "metronome/MetronomeRun.h"
#include "metronome/lessons/LogFormat.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QFileDevice>
#include <algorithm>
#include <cstdlib>

namespace cacophony {

namespace {

// How often the live output and Ctrl-C are checked: each check wakes an idle process, so
// not at 100 Hz (docs/performance.md, *CPU while playing*). A line is printed within
// 50 ms; with --json nothing is printed live, and Ctrl-C is still seen within 250 ms.
constexpr int kPollMs = 50;
constexpr int kQuietPollMs = 250;
constexpr int kStopGraceMs = 800;    // an interrupted run must be gone within 1 s
constexpr int kAudioSettleMs = 5000; // for the output clock to lock (PulseAudio's first write stalls ~2 s)
constexpr int kAudioDrainMs = 2000;  // for the last clicks to be heard

QString ms(double value, int decimals = 2)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

QString signedMs(double value)
{
    return QString::number(value, 'f', 2);
}

std::unique_ptr<QFileDevice> openOutput(const QString &path, QString *error)
{
    QString reason;
    std::unique_ptr<QFileDevice> file = OutputFile::open(path, &reason);
    if (!file)
        *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return file;
}

// Writes and commits an output opened before the run; says why not on stderr.
bool finishOutput(QFileDevice &file, const QByteArray &bytes)
{
    QString reason;
    if (OutputFile::commit(file, bytes, &reason))
        return true;
    console::error(QStringLiteral("cannot write %1: %2").arg(file.fileName(), reason));
    return false;
}

} // namespace

RunCommand::RunCommand(const RunOptions &options)
    : m_options(options)
{
    for (const Scenario *s : m_options.scenarios)
        m_settings.push_back(m_options.settingsFor(s));

    using Align = TextTable::Align;
    if (m_options.lessons()) {
        // Lessons print lines (or, for the closure bug, beats): what came through, what
        // was cut off, what came out of order, and which beat numbers repeated.
        m_summary.addColumn(QStringLiteral("printed"));
        m_summary.addColumn(QStringLiteral("lost"));
        m_summary.addColumn(QStringLiteral("disorder"));
        m_summary.addColumn(QStringLiteral("dup"));
        m_summary.addColumn(QStringLiteral("end"));
        m_summary.addColumn(QStringLiteral("lesson"), Align::Left);
        return;
    }
    m_summary.addColumn(QStringLiteral("#"));
    m_summary.addColumn(QStringLiteral("beats"));
    m_summary.addColumn(QStringLiteral("lost"));
    m_summary.addColumn(QStringLiteral("disorder"));
    m_summary.addColumn(QStringLiteral("interval"));
    m_summary.addColumn(QStringLiteral("sd"));
    m_summary.addColumn(QStringLiteral("late"));
    m_summary.addColumn(QStringLiteral("p99"));
    m_summary.addColumn(QStringLiteral("max"));
    m_summary.addColumn(QStringLiteral("first"));
    m_summary.addColumn(QStringLiteral("end"));
    m_summary.addColumn(QStringLiteral("meas"));
    m_summary.addColumn(QStringLiteral("overlap"));
    m_summary.addColumn(QStringLiteral("stale"));
    m_summary.addColumn(QStringLiteral("spin"));
    m_summary.addColumn(QStringLiteral("scenario"), Align::Left);
}

RunCommand::~RunCommand() = default;

QString RunCommand::outputPath(const QString &path, const QString &scenarioId, bool many)
{
    if (!many)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    QString base = path;
    if (!suffix.isEmpty())
        base.chop(suffix.size() + 1);
    QString out = base + QLatin1Char('.') + scenarioId;
    if (!suffix.isEmpty())
        out += QLatin1Char('.') + suffix;
    return out;
}

bool RunCommand::openOutputs(QString *error)
{
    if (!m_options.tracePath.isEmpty()) {
        // Before any file is created: an unknown extension is the user's mistake.
        const std::optional<TraceFiles::Format> format = TraceFiles::formatForOutput(m_options.tracePath);
        if (!format) {
            *error = QStringLiteral("--trace %1: unknown extension (use .json for Chrome JSON, .perfetto-trace or "
                                    ".pftrace for Perfetto)")
                         .arg(m_options.tracePath);
            return false;
        }
        m_traceFormat = *format;
    }
    for (const RunSettings &s : m_settings) {
        if (!m_options.tracePath.isEmpty()) {
            auto file = openOutput(outputPath(m_options.tracePath, s.scenario, m_options.many()), error);
            if (!file)
                return false;
            m_traceFiles.push_back(std::move(file));
        }
        if (!m_options.wavPath.isEmpty()) {
            auto file = openOutput(outputPath(m_options.wavPath, s.scenario, m_options.many()), error);
            if (!file)
                return false;
            m_wavFiles.push_back(std::move(file));
        }
    }
    return true;
}

int RunCommand::exec()
{
    InterruptGuard interrupts;
    QString error;
    if (!openOutputs(&error)) {
        console::error(error);
        return 2; // the outputs opened so far are discarded by their destructors
    }
    if (m_options.audio) {
        m_audio = std::make_unique<AudioEngine>();
        if (m_audio->open({}, &error)) {
            m_audio->waitForSteadyClock(kAudioSettleMs);
        } else {
            // No sound is no reason to lose the run: say so once and go on silently.
            console::error(QStringLiteral("%1; running silently").arg(error)); // the reason names the audio output
            m_audio.reset();
        }
    }

    bool failed = false;
    for (std::size_t i = 0; i < m_settings.size(); ++i) {
        int signal = 0;
        const Outcome outcome = runOne(i, &signal);
        if (outcome == Outcome::Interrupted) {
            console::error(QStringLiteral("interrupted; unfinished output discarded"));
            return InterruptGuard::exitStatus(signal);
        }
        failed |= outcome == Outcome::Failed;
    }
    if (!m_options.json) {
        console::outLine(QString());
        console::out(m_summary.toString());
        console::outLine(m_options.lessons()
                             ? QStringLiteral("(printed = lines, or beats, before the end of program; lost = cut off "
                                              "by it; dup = repeated beat numbers; end in ms)")
                             : QStringLiteral("(times in ms; late = mean lateness vs the ideal beat; stale = "
                                              "beats reusing a volume)"));
    }
    return failed ? 1 : 0;
}

RunCommand::Outcome RunCommand::runOne(std::size_t index, int *signal)
{
    const RunSettings &settings = m_settings[index];
    const Scenario *scenario = m_options.scenarios[index];
    const Strategy *program = ScenarioRegistry::findStrategy(settings.strategy);
    if (!m_options.json && scenario && scenario->isLesson()) {
        console::outLine(program && program->prints
                             ? QStringLiteral("== lesson %1 (%2 BPM, seed %3)")
                                   .arg(settings.scenario)
                                   .arg(settings.bpm)
                                   .arg(settings.seed)
                             : QStringLiteral("== lesson %1 (%2 delays, %3 BPM, %4 beats, seed %5)")
                                   .arg(settings.scenario, settings.profile)
                                   .arg(settings.bpm)
                                   .arg(settings.beats)
                                   .arg(settings.seed));
    } else if (!m_options.json) {
        const QString strategy = settings.strategy == settings.scenario
                                     ? QString()
                                     : QStringLiteral("strategy %1, ").arg(settings.strategy);
        console::outLine(QStringLiteral("== %1%2 (%3%4 delays, %5 BPM, %6 beats, seed %7)")
                             .arg(scenario ? QStringLiteral("#%1 ").arg(scenario->number) : QString(),
                                  settings.scenario, strategy, settings.profile)
                             .arg(settings.bpm)
                             .arg(settings.beats)
                             .arg(settings.seed));
    }

    std::unique_ptr<OfflineRenderer> renderer;
    std::vector<SoundSink *> sinks;
    if (m_audio)
        sinks.push_back(m_audio.get());
    if (!m_wavFiles.empty()) {
        renderer = std::make_unique<OfflineRenderer>();
        sinks.push_back(renderer.get());
    }
    TeeSink tee(sinks);
    SoundSink *sink = sinks.empty() ? nullptr : sinks.size() == 1 ? sinks.front() : &tee;

    MetronomeRun run(settings, sink);
    m_runStart = QDateTime::currentDateTime();
    run.start();
    bool endPrinted = false;
    for (;;) {
        const bool done = run.wait(m_options.json ? kQuietPollMs : kPollMs);
        printLive(run, &endPrinted); // after wait(): the last events are in when done
        if (done)
            break;
        if ((*signal = InterruptGuard::pending()) != 0) {
            run.stop();
            if (!run.wait(kStopGraceMs)) {
                // Leave now rather than hang in the run's destructor: discard the
                // outputs by hand, since no destructor will run after _Exit.
                for (auto &f : m_traceFiles)
                    OutputFile::discard(*f), f.reset();
                for (auto &f : m_wavFiles)
                    OutputFile::discard(*f), f.reset();
                console::error(QStringLiteral("interrupted; the run did not stop in time"));
                std::_Exit(InterruptGuard::exitStatus(*signal));
            }
            return Outcome::Interrupted;
        }
    }

    if (m_audio)
        m_audio->waitUntilIdle(kAudioDrainMs);

    TraceData trace = run.trace();
    trace.settings = settings;
    const RunAnalysis analysis = RunAnalysis::analyse(trace);
    const std::string runError = run.error();

    bool ok = runError.empty();
    if (!ok)
        console::error(QStringLiteral("%1 failed: %2").arg(settings.scenario, QString::fromStdString(runError)));

    if (!m_traceFiles.empty()) {
        ok = finishOutput(*m_traceFiles[index], TraceFiles::toBytes(trace, m_traceFormat)) && ok;
    }

    if (renderer) {
        QFileDevice &file = *m_wavFiles[index];
        if (const std::int64_t endNs = run.programEndNs(); endNs > 0)
            renderer->setMinimumDurationNs(endNs); // the WAV lasts at least as long as the run
        const std::vector<float> samples = renderer->render();
        const QByteArray bytes = WavWriter::encode(samples.data(), samples.size(), renderer->sampleRate());
        if (bytes.isEmpty()) {
            OutputFile::discard(file);
            console::error(QStringLiteral("cannot write %1: too long for a WAV file").arg(file.fileName()));
            ok = false;
        } else {
            ok = finishOutput(file, bytes) && ok;
        }
    }

    if (m_options.json) {
        QJsonObject object = analysis.toJson();
        if (!runError.empty())
            object.insert(QStringLiteral("error"), QString::fromStdString(runError));
        console::outLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    } else {
        addSummaryRow(scenario, analysis);
    }
    return ok ? Outcome::Finished : Outcome::Failed;
}

void RunCommand::printLive(MetronomeRun &run, bool *endPrinted)
{
    EventBatch batch = run.tracer().takeNew();
    if (m_options.json)
        return;
    // A batch is in per-thread order; across threads, time order is what a listener heard.
    std::stable_sort(batch.begin(), batch.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
    const std::int64_t endNs = run.programEndNs();
    for (const Event &e : batch) {
        if (e.kind == EventKind::ProgramEnd && !*endPrinted) {
            *endPrinted = true;
            console::outLine(QStringLiteral("%1 ms  end of program").arg(double(e.t) / 1e6, 10, 'f', 3));
        } else if (e.kind == EventKind::Print) {
            const bool lost = e.has(Lost) || (endNs >= 0 && e.t > endNs);
            console::outLine(QStringLiteral("%1 ms  %2%3")
                                 .arg(double(e.t) / 1e6, 10, 'f', 3)
                                 .arg(LogFormat::line(m_runStart, e.t, int(e.a)),
                                      lost ? QStringLiteral("  LOST (would have printed)") : QString()));
        } else if (e.kind == EventKind::Beat) {
            const bool lost = e.has(Lost) || (endNs >= 0 && e.t > endNs);
            console::outLine(QStringLiteral("%1 ms  beat %2  volume %3  %4%5")
                                 .arg(double(e.t) / 1e6, 10, 'f', 3)
                                 .arg(e.a, 5)
                                 .arg(e.b, 3)
                                 .arg(e.has(Tock) ? QLatin1Char('O') : QLatin1Char('I'))
                                 .arg(lost ? QStringLiteral("  LOST") : QString()));
        }
    }
}

void RunCommand::addSummaryRow(const Scenario *scenario, const RunAnalysis &a)
{
    if (m_options.lessons()) {
        const bool lines = a.beatsExpected == 0;
        m_summary.addRow({lines ? QStringLiteral("%1/%2").arg(a.linesPrinted).arg(a.linesPrinted + a.linesLost)
                                : QStringLiteral("%1/%2").arg(a.beatsPerformed).arg(a.beatsExpected),
                          QString::number(lines ? a.linesLost : a.beatsLost),
                          QString::number(lines ? a.linesOutOfOrder : a.outOfOrder),
                          lines ? QStringLiteral("-") : QString::number(a.duplicateBeats), ms(a.endMs, 3),
                          a.settings.scenario});
        return;
    }
    m_summary.addRow({scenario ? QString::number(scenario->number) : QStringLiteral("-"),
                      QStringLiteral("%1/%2").arg(a.beatsPerformed).arg(a.beatsExpected),
                      QString::number(a.beatsLost),
                      QString::number(a.outOfOrder),
                      ms(a.interval.mean),
                      ms(a.interval.sd),
                      signedMs(a.lateness.mean),
                      signedMs(a.lateness.p99),
                      signedMs(a.lateness.max),
                      ms(a.firstBeatMs),
                      ms(a.endMs),
                      QString::number(a.measurements),
                      QString::number(a.overlappingMeasurements),
                      QString::number(a.repeatedVolumes),
                      ms(a.spinMs),
                      a.settings.scenario});
}

} // namespace cacophony
