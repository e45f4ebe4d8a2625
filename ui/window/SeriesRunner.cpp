#include "window/SeriesRunner.h"

#include "metronome/DelayProfile.h"
#include "metronome/Scenario.h"
#include "session/RunController.h"

namespace cacophony {

SeriesRunner::SeriesRunner(QObject *parent)
    : QObject(parent)
    , m_controller(new RunController(this))
{
    connect(m_controller, &RunController::runEnded, this, [this](const TraceData &trace, bool completed) {
        if (!m_running)
            return;
        if (!completed) {
            m_running = false;
            emit failed(tr("The run of %1 did not complete.").arg(trace.settings.scenario));
            return;
        }
        m_traces.push_back(trace);
        emit progress(int(m_traces.size()), int(m_runs.size()));
        next();
    });
    connect(m_controller, &RunController::runFailed, this, [this](const QString &message) {
        if (!m_running)
            return;
        m_running = false;
        m_controller->stop();
        emit failed(message);
    });
}

SeriesRunner::~SeriesRunner() = default;

std::vector<RunSettings> SeriesRunner::seriesOf(const RunSettings &base)
{
    std::vector<RunSettings> runs;
    for (const Scenario &scenario : ScenarioRegistry::scenarios()) {
        RunSettings s = base;
        s.scenario = scenario.id;
        s.strategy = scenario.strategyId;
        s.profile = delayProfileName(scenario.profile);
        runs.push_back(s);
    }
    return runs;
}

void SeriesRunner::start(std::vector<RunSettings> runs)
{
    cancel();
    m_runs = std::move(runs);
    m_traces.clear();
    m_running = true;
    emit progress(0, int(m_runs.size()));
    next();
}

void SeriesRunner::cancel()
{
    m_running = false;
    m_controller->stop();
}

void SeriesRunner::next()
{
    if (!m_running)
        return;
    if (m_traces.size() == m_runs.size()) {
        m_running = false;
        emit finished(m_traces);
        return;
    }
    m_controller->start(m_runs[m_traces.size()]); // failures arrive through runFailed
}

} // namespace cacophony
