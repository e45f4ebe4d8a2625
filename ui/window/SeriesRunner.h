#pragma once

// Runs several settings one after another, silently, for the series page: never two at
// once (they would disturb each other's timing), without blocking the UI thread. Each
// run goes through its own RunController, so the window's run is not touched.

#include "trace/TraceData.h"

#include <QObject>
#include <vector>

namespace cacophony {

class RunController;

class SeriesRunner : public QObject
{
    Q_OBJECT
public:
    explicit SeriesRunner(QObject *parent = nullptr);
    ~SeriesRunner() override;

    // The series page's runs: the 14 scenarios with base's tempo, beats and seed.
    static std::vector<RunSettings> seriesOf(const RunSettings &base);

    void start(std::vector<RunSettings> runs);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    void finished(const std::vector<cacophony::TraceData> &traces);
    void failed(const QString &message);

private:
    void next();

    RunController *m_controller;
    std::vector<RunSettings> m_runs;
    std::vector<TraceData> m_traces;
    bool m_running = false;
};

} // namespace cacophony
