#include "window/LiveAnalysis.h"

#include <QElapsedTimer>
#include <algorithm>

namespace cacophony {

LiveAnalysis::LiveAnalysis(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("cacophony live analysis"));
}

LiveAnalysis::~LiveAnalysis()
{
    // The queued results die with this object (Qt drops events posted to it).
    m_pool.waitForDone();
}

bool LiveAnalysis::start(TraceData trace)
{
    if (m_busy)
        return false;
    m_busy = true;
    const quint64 generation = m_generation;
    m_pool.start([this, generation, trace = std::move(trace)]() mutable {
        // Worker thread: touches only its own trace, then posts the result.
        QElapsedTimer cost;
        cost.start();
        const auto byTime = [](const Event &x, const Event &y) { return x.t < y.t; };
        if (!std::is_sorted(trace.events.begin(), trace.events.end(), byTime))
            std::stable_sort(trace.events.begin(), trace.events.end(), byTime);
        RunAnalysis analysis = RunAnalysis::analyse(trace);
        const qint64 ms = cost.elapsed();
        trace = TraceData {}; // freed here, not in the UI thread
        QMetaObject::invokeMethod(this, [this, generation, analysis = std::move(analysis), ms] {
            if (generation != m_generation)
                return; // discarded; discard() already cleared m_busy
            m_busy = false;
            emit ready(analysis, ms);
        }, Qt::QueuedConnection);
    });
    return true;
}

void LiveAnalysis::discard()
{
    ++m_generation;
    m_busy = false;
}

} // namespace cacophony
