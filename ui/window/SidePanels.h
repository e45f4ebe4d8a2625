#pragma once

// The window's docks: Statistics, Details (of the item clicked in a chart), History and
// the Log Console. Makes them and places them; the window connects what they show.
// Lives in the UI thread.

#include <QObject>

class QDockWidget;
class QMainWindow;
class QTextBrowser;

namespace cacophony {

class HistoryPanel;
class LogConsole;
class RunHistory;
class StatsPanel;

class SidePanels : public QObject
{
    Q_OBJECT
public:
    SidePanels(QMainWindow *window, RunHistory *history);

    StatsPanel *stats() const { return m_stats; }
    QTextBrowser *details() const { return m_details; }
    HistoryPanel *history() const { return m_history; }
    LogConsole *console() const { return m_console; }
    QList<QDockWidget *> docks() const;

public slots:
    // The details of a clicked item; its dock comes back if it was closed.
    void showDetails(const QString &details);
    void showConsole();

private:
    StatsPanel *m_stats;
    QTextBrowser *m_details;
    HistoryPanel *m_history;
    LogConsole *m_console;
};

} // namespace cacophony
