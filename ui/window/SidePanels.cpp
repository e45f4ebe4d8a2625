#include "window/SidePanels.h"

#include "window/HistoryPanel.h"
#include "window/LogConsole.h"
#include "window/StatsPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTextBrowser>

namespace cacophony {

namespace {

QDockWidget *dock(QMainWindow *window, QWidget *content, const QString &title, const char *name,
    Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(QLatin1String(name));
    d->setWidget(content);
    window->addDockWidget(area, d);
    return d;
}

} // namespace

SidePanels::SidePanels(QMainWindow *window, RunHistory *history)
    : QObject(window)
    , m_stats(new StatsPanel(window))
    , m_details(new QTextBrowser(window))
    , m_history(new HistoryPanel(history, window))
    , m_console(new LogConsole(window))
{
    QDockWidget *statsDock = dock(window, m_stats, tr("Statistics"), "statsDock", Qt::RightDockWidgetArea);
    statsDock->setToolTip(tr("The numbers of the run on screen"));

    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setPlaceholderText(tr("Click a beat, a measurement, a task or a channel operation in the "
                                     "timeline to see its details here."));
    m_details->setToolTip(tr("Details of the item clicked in the timeline"));
    QDockWidget *detailsDock = dock(window, m_details, tr("Details"), "detailsDock", Qt::RightDockWidgetArea);
    QDockWidget *historyDock = dock(window, m_history, tr("History"), "historyDock", Qt::RightDockWidgetArea);

    m_console->setObjectName(QStringLiteral("logConsole"));
    QDockWidget *consoleDock = dock(window, m_console, tr("Log Console"), "logConsoleDock", Qt::BottomDockWidgetArea);
    consoleDock->hide(); // shown for lessons; View > Log Console for scenarios

    window->resizeDocks({ statsDock, detailsDock, historyDock }, { 360, 120, 220 }, Qt::Vertical);
    window->resizeDocks({ statsDock }, { 330 }, Qt::Horizontal);
}

QList<QDockWidget *> SidePanels::docks() const
{
    QList<QDockWidget *> list;
    for (QWidget *content : { static_cast<QWidget *>(m_stats), static_cast<QWidget *>(m_details),
             static_cast<QWidget *>(m_history), static_cast<QWidget *>(m_console) })
        list.append(qobject_cast<QDockWidget *>(content->parentWidget()));
    return list;
}

void SidePanels::showDetails(const QString &details)
{
    m_details->setPlainText(details);
    m_details->parentWidget()->show(); // its dock
}

void SidePanels::showConsole()
{
    m_console->parentWidget()->show(); // its dock
}

} // namespace cacophony
