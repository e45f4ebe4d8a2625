#include "window/Demonstration.h"

namespace cacophony {

Demonstration::Demonstration(QObject *parent)
    : QObject(parent)
{
}

void Demonstration::start()
{
    m_queue = { 9, 14 };
    m_compareWhenDone = true;
    m_firstId = 0;
    emit playRequested(m_queue.takeFirst());
}

void Demonstration::cancel()
{
    m_queue.clear();
    m_compareWhenDone = false;
}

void Demonstration::runEnded(bool completed, int historyId)
{
    if (!isRunning())
        return;
    if (!completed) {
        cancel(); // stopped: the user took over
        return;
    }
    if (m_firstId == 0) {
        m_firstId = historyId;
    }
    if (!m_queue.isEmpty()) {
        emit playRequested(m_queue.takeFirst());
        return;
    }
    m_compareWhenDone = false;
    if (m_firstId != 0 && historyId != 0 && historyId != m_firstId)
        emit compareRequested(m_firstId, historyId);
    emit finished();
}

} // namespace cacophony
