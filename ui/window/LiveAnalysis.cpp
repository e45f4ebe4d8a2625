#include "window/LiveAnalysis.h"

#include <QElapsedTimer>

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
        // Unsorted is fine: the analysis sorts each kind of event it uses by time, ties in
        // recording order, which is what sorting the whole window first gave (and a second
        // window-sized buffer: stable_sort's).
        QElapsedTimer cost;
        cost.start();
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
