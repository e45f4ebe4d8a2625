#include "window/ShownRun.h"

namespace cacophony {

ShownRun::ShownRun(QObject *parent)
    : QObject(parent)
{
}

RunKind ShownRun::kind() const
{
    return m_origin == Origin::Recorded ? RunKind::of(*m_trace) : RunKind::of(m_settings);
}

void ShownRun::showPending(const RunSettings &settings, const QString &note)
{
    if (!m_trace->events.empty() && m_trace->settings == settings)
        return; // that run is on screen: nothing to wait for
    set(Origin::Pending, settings, nullptr, {}, note);
}

void ShownRun::showLive(const RunSettings &settings)
{
    set(Origin::Live, settings, nullptr, {}, {});
}

void ShownRun::showRecorded(std::shared_ptr<const TraceData> trace, RunAnalysis analysis, const QString &note)
{
    const RunSettings settings = trace->settings;
    set(Origin::Recorded, settings, std::move(trace), std::move(analysis), note);
}

void ShownRun::showClickTrack(const RunSettings &settings)
{
    set(Origin::ClickTrack, settings, nullptr, {}, {});
}

void ShownRun::endLive(std::shared_ptr<const TraceData> trace, RunAnalysis analysis)
{
    m_origin = Origin::Recorded;
    m_trace = std::move(trace);
    m_analysis = std::move(analysis);
    emit liveRunEnded();
}

void ShownRun::set(Origin origin, const RunSettings &settings, std::shared_ptr<const TraceData> trace,
    RunAnalysis analysis, const QString &note)
{
    m_origin = origin;
    m_settings = settings;
    m_trace = trace ? std::move(trace) : std::make_shared<const TraceData>();
    m_analysis = std::move(analysis);
    m_note = note;
    emit changed();
}

} // namespace cacophony
