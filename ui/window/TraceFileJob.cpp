#include "window/TraceFileJob.h"

#include "trace/TraceFiles.h"

#include <QThread>

namespace cacophony {

TraceFileJob::TraceFileJob(Kind kind, const QString &path, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_path(path)
{
}

TraceFileJob *TraceFileJob::save(std::shared_ptr<const TraceData> trace, const QString &path, QObject *parent)
{
    auto *job = new TraceFileJob(Kind::Save, path, parent);
    job->m_toSave = trace ? std::move(trace) : std::make_shared<const TraceData>();
    job->startWorker();
    return job;
}

TraceFileJob *TraceFileJob::open(const QString &path, QObject *parent)
{
    auto *job = new TraceFileJob(Kind::Open, path, parent);
    job->startWorker();
    return job;
}

TraceFileJob::~TraceFileJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void TraceFileJob::cancel()
{
    m_cancel.store(true, std::memory_order_relaxed);
}

void TraceFileJob::startWorker()
{
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->setObjectName(QStringLiteral("cacophony trace file"));
    m_thread->start(QThread::LowPriority);
}

void TraceFileJob::reportProgress(int permille)
{
    // Worker thread. Only whole-percent steps are posted: a few hundred events per run.
    if (permille / 10 == m_lastPermille.exchange(permille) / 10)
        return;
    QMetaObject::invokeMethod(this, [this, permille] {
        if (!m_finished)
            emit progressChanged(permille);
    }, Qt::QueuedConnection);
}

void TraceFileJob::work()
{
    // Worker thread: m_toSave and m_trace belong to it until finished() is posted.
    const auto progress = [this](int permille) {
        if (m_cancel.load(std::memory_order_relaxed))
            return false;
        reportProgress(permille);
        return true;
    };
    QString error;
    bool ok = false;
    if (m_kind == Kind::Save) {
        ok = TraceFiles::write(*m_toSave, m_path, &error, progress);
        m_toSave.reset(); // the job's share is not needed any more
    } else {
        std::optional<TraceData> read = TraceFiles::read(m_path, &error, progress);
        ok = read.has_value();
        if (ok) {
            m_trace = std::move(*read);
            m_analysis = RunAnalysis::analyse(m_trace);
        }
    }
    const bool cancelled = !ok && m_cancel.load(std::memory_order_relaxed);
    QMetaObject::invokeMethod(this, [this, ok, error, cancelled] {
        m_thread->wait(); // the worker is past its last touch of m_toSave and m_trace
        m_finished = true;
        emit finished(ok, error, cancelled);
    }, Qt::QueuedConnection);
}

} // namespace cacophony
