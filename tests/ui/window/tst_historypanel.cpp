#include "window/HistoryPanel.h"

#include "window/RunHistory.h"

#include "TraceBuilder.h"
#include "WindowTestTools.h"

#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

using namespace cacophony;

namespace {

// A continuous run of `scenario` (its numbers come with the analysis).
TraceData wideRun(const QString &scenario)
{
    TraceData trace;
    trace.settings = testing::settingsOf(scenario, QStringLiteral("random"), 6000, 0, 1);
    return trace;
}

} // namespace

class tst_HistoryPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { windowtest::quietTestMode(); }

    // In a 1024×768 window the History table shows every column without scrolling
    // sideways, in each language of the app.
    void noHorizontalScrollingAt1024_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << "de";
        QTest::newRow("Polish") << "pl";
    }
    void noHorizontalScrollingAt1024()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY2(translator.load(QLocale(language), QStringLiteral("cacophony"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n")),
                     "no compiled translation under :/i18n");
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QLocale::setDefault(language.isEmpty() ? QLocale(QLocale::English) : QLocale(language));
        auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });

        QTemporaryDir dir;
        auto w = windowtest::shownWindow(dir.filePath(QStringLiteral("cacophony.ini")), QSize(1024, 768));
        RunHistory *history = w->history();
        RunAnalysis wide;
        wide.beatsPerformed = 1500;
        wide.beatsLost = 12;
        wide.outOfOrder = 345;
        history->add(wideRun(QStringLiteral("14")), wide, false);
        history->add(wideRun(QStringLiteral("bedtime_go_pause")), wide, true);
        QCoreApplication::processEvents();

        QTreeView *view = w->historyPanel()->view();
        QTRY_VERIFY(view->isVisible());
        // What the shown columns need in full, and a report of them.
        const auto measure = [&](QString *report) {
            int needed = 0;
            QStringList shown;
            for (int column = 0; column < RunHistory::ColumnCount; ++column) {
                if (view->isColumnHidden(column))
                    continue;
                const int need = std::max(view->header()->sectionSizeHint(column),
                                          static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column));
                needed += need;
                shown << QStringLiteral("%1 %2 px").arg(history->headerData(column, Qt::Horizontal).toString()).arg(need);
            }
            *report = QStringLiteral("columns need %1 px (%2), the table has %3 px")
                          .arg(needed)
                          .arg(shown.join(QStringLiteral(", ")))
                          .arg(view->viewport()->width());
            return needed;
        };
        QString report;
        // The layout settles over a few events (the dock follows its contents).
        QTRY_VERIFY_WITH_TIMEOUT(measure(&report) <= view->viewport()->width(), 2000);
        const int needed = measure(&report);
        qInfo("%s", qPrintable(report));
        QVERIFY2(needed <= view->viewport()->width(), qPrintable(report));
        QVERIFY2(view->horizontalScrollBar()->maximum() == 0, qPrintable(report));
        QVERIFY(!view->isColumnHidden(RunHistory::RunColumn));
        // What a hidden column would say is in the row's tooltip.
        const QString tip = history->data(history->index(0, RunHistory::RunColumn), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLocale().toString(1500)) || tip.contains(QStringLiteral("1500")), qPrintable(tip));
    }
};

QTEST_MAIN(tst_HistoryPanel)
#include "tst_historypanel.moc"
