#pragma once

// The first-start demonstration: scenario 9, then 14, then both stacked on one time axis.
// It asks the window to play and to compare; the user taking over (another choice,
// Stop, another scenario) ends it. Lives in the UI thread.

#include <QList>
#include <QObject>

namespace cacophony {

class Demonstration : public QObject
{
    Q_OBJECT
public:
    explicit Demonstration(QObject *parent = nullptr);

    bool isRunning() const { return !m_queue.isEmpty() || m_compareWhenDone; }

public slots:
    void start();
    void cancel();
    // A run of the window ended (historyId 0: not kept).
    void runEnded(bool completed, int historyId);

signals:
    void playRequested(int scenarioNumber);
    // Both runs played: stack them (their history ids, the first one on top).
    void compareRequested(int firstHistoryId, int secondHistoryId);
    void finished();

private:
    QList<int> m_queue; // scenario numbers still to play
    bool m_compareWhenDone = false;
    int m_firstId = 0; // history id of the first run
};

} // namespace cacophony
