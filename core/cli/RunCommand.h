#pragma once

// `cacophony run`: runs each chosen scenario in turn, printing every beat as it happens
// (or, with --json, one analysis object per scenario), then a summary table.
//
// Output files are opened (OutputFile: a temporary, renamed at the end) for every
// scenario before the first run, so an unwritable path is reported before anything runs;
// each is committed only once its run has finished, and an interrupted run leaves nothing
// behind. Main thread only.

#include "cli/RunOptions.h"
#include "cli/TextTable.h"

#include "trace/TraceFiles.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

class QFileDevice;

namespace cacophony {

class AudioEngine;
class MetronomeRun;
class SoundSink;
struct RunAnalysis;

class RunCommand
{
public:
    explicit RunCommand(const RunOptions &options);
    ~RunCommand();

    // The process exit status: 0, 1 if a run failed, a file could not be written or
    // --audio found no output, 2 for bad input (unwritable output path), 128 + signal if
    // interrupted.
    int exec();

    // FILE as given for one scenario; with several scenarios, the id goes before the
    // extension: "out/t.json" -> "out/t.<id>.json", "t" -> "t.<id>".
    static QString outputPath(const QString &path, const QString &scenarioId, bool many);

private:
    enum class Outcome { Finished, Failed, Interrupted };

    bool openOutputs(QString *error);
    Outcome runOne(std::size_t index, int *signal);
    void printLive(MetronomeRun &run, bool *endPrinted);
    void addSummaryRow(const Scenario *scenario, const RunAnalysis &analysis);

    const RunOptions &m_options;
    std::vector<RunSettings> m_settings;                 // one per scenario
    std::vector<std::unique_ptr<QFileDevice>> m_traceFiles; // one per scenario with --trace
    TraceFiles::Format m_traceFormat = TraceFiles::Format::ChromeJson; // by --trace's extension
    std::vector<std::unique_ptr<QFileDevice>> m_wavFiles;   // one per scenario with --wav
    std::unique_ptr<AudioEngine> m_audio;                 // --audio: plays while running
    TextTable m_summary;
    QDateTime m_runStart; // wall clock when the current run started (lessons' log lines)
};

} // namespace cacophony
