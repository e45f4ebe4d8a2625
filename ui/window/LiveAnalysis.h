#pragma once

// The statistics of a run while it plays, analysed on a worker thread: a continuous run at
// 6000 BPM holds 300,000 events, whose sorting and analysis took ~60 ms of the UI thread at
// every refresh (four frames lost every 0.6 s for as long as the run played).
//
// Contract:
//  - Created and used in the UI thread. start() hands the worker a trace it owns from then
//    on (it may come unsorted: RunAnalysis sorts what it uses); ready() comes queued in
//    the UI thread with the analysis and the worker's time for it.
//  - One analysis at a time: start() while busy() does nothing and returns false.
//  - discard() drops the result of the analysis in flight (a run ended or another
//    started): ready() does not come for it.
//  - The destructor waits for the worker (one analysis: at most a few hundred ms).

#include "analysis/RunAnalysis.h"
#include "trace/TraceData.h"

#include <QObject>
#include <QThreadPool>

namespace cacophony {

class LiveAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit LiveAnalysis(QObject *parent = nullptr);
    ~LiveAnalysis() override;

    bool start(TraceData trace);
    bool busy() const { return m_busy; }
    void discard();

signals:
    void ready(const cacophony::RunAnalysis &analysis, qint64 workerMs);

private:
    QThreadPool m_pool; // one thread, private (never the global pool)
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace cacophony
