// View > Presentation in the window: full screen, only the stage, scaled, high contrast,
// a remembered scale, and everything back as it was on leaving. Also the pictures of
// docs/images (presentation mode, a replay in progress) when asked for.

#include "../timeline/SyntheticTrace.h"
#include "WindowTestTools.h"
#include "export/ChartExporter.h"
#include "timeline/TimelineView.h"
#include "window/FirstStartBanner.h"
#include "window/MainWindow.h"
#include "window/Theme.h"
#include "window/PresentationMode.h"
#include "window/ReplayBar.h"
#include "window/ReplayController.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <qcustomplot.h>

using namespace cacophony;
using namespace std::chrono;

class tst_PresentationMode : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        return windowtest::shownWindow(m_dir->filePath(QStringLiteral("cacophony.ini")), QSize(1200, 800));
    }
    // The widgets a user sees, by object name or class, to compare before and after.
    static QStringList visibleParts(MainWindow &w)
    {
        QStringList parts;
        for (QWidget *child : w.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                parts << QStringLiteral("%1/%2").arg(QLatin1String(child->metaObject()->className()), child->objectName());
        }
        if (QWidget *strip = w.findChild<QWidget *>(QStringLiteral("controlStrip")); strip && strip->isVisible())
            parts << QStringLiteral("controlStrip");
        parts.sort();
        return parts;
    }
    static QLabel *header(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("scenarioHeader")); }

private slots:
    void initTestCase() { windowtest::quietTestMode(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void f11ShowsOnlyTheStageAndRestores()
    {
        auto w = makeWindow();
        PresentationMode *p = w->presentation();
        const QStringList before = visibleParts(*w);
        const QFont headerFont = header(*w)->font();
        const QColor base = w->timeline()->palette().color(QPalette::Base);
        QVERIFY(w->menuBar()->isVisible());
        QVERIFY(!w->isFullScreen());

        QTest::keyClick(w.get(), Qt::Key_F11);
        QVERIFY(p->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(w->isFullScreen(), 5000);
        QVERIFY(p->toggleAction()->isChecked());
        // Only the stage: the explanation, the timeline, Play and Replay.
        QVERIFY(!w->menuBar()->isVisible());
        QVERIFY(!w->statusBar()->isVisible());
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("controlStrip"))->isVisible());
        for (QDockWidget *dock : w->findChildren<QDockWidget *>())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        for (QToolBar *bar : w->findChildren<QToolBar *>())
            QCOMPARE(bar->isVisible(), bar == w->replayBar());
        QVERIFY(header(*w)->isVisible());
        QVERIFY(w->timeline()->isVisible());
        QVERIFY(w->replayBar()->actions().contains(w->playAction()));
        QTRY_VERIFY_WITH_TIMEOUT(w->replayBar()->widgetForAction(w->playAction())->isVisible(), 5000);
        // Scaled for a projector, high contrast.
        QCOMPARE(w->timeline()->presentationScale(), p->scale());
        QVERIFY(w->timeline()->highContrast());
        QVERIFY(header(*w)->font().pointSizeF() >= headerFont.pointSizeF() * p->scale());
        QVERIFY(w->timeline()->plot()->font().pointSizeF() > headerFont.pointSizeF());
        const QPalette presenting = w->palette();
        QCOMPARE(presenting.color(QPalette::Base).lightness() > 128 ? 255 : 0,
                 presenting.color(QPalette::Base).lightness()); // pure white or black

        // The same key (or the bar's button) leaves, and everything is back.
        QTest::keyClick(w.get(), Qt::Key_F11);
        QVERIFY(!p->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!w->isFullScreen(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(visibleParts(*w), before, 5000);
        QCOMPARE(header(*w)->font(), headerFont);
        QCOMPARE(w->timeline()->presentationScale(), 1.0);
        QVERIFY(!w->timeline()->highContrast());
        QCOMPARE(w->timeline()->palette().color(QPalette::Base), base);
        QVERIFY(!w->replayBar()->actions().contains(w->playAction()));
    }

    // Esc leaves too; the panels come back at the sizes they had, also after a restart.
    void escapeLeavesAndPanelsKeepTheirSizes()
    {
        QMap<QString, QSize> sizes;
        {
            auto w = makeWindow();
            QCoreApplication::processEvents();
            for (QDockWidget *dock : w->findChildren<QDockWidget *>())
                sizes.insert(dock->objectName(), dock->size());
            QTest::keyClick(w.get(), Qt::Key_F11);
            QTRY_VERIFY_WITH_TIMEOUT(w->isFullScreen(), 5000);
            QTest::keyClick(w.get(), Qt::Key_Escape);
            QVERIFY(!w->presentation()->isActive());
            QTRY_VERIFY_WITH_TIMEOUT(!w->isFullScreen(), 5000);
            for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
                if (dock->isVisible())
                    QTRY_COMPARE_WITH_TIMEOUT(dock->size(), sizes.value(dock->objectName()), 5000);
            }
            w->close();
        }
        auto w = makeWindow();
        QCoreApplication::processEvents();
        for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
            if (dock->isVisible())
                QTRY_COMPARE_WITH_TIMEOUT(dock->size(), sizes.value(dock->objectName()), 5000);
        }
    }

    // High contrast keeps disabled controls grey: Resume after a replay has ended (or
    // before any) does not look as if it could be pressed.
    void disabledLooksDisabledWhilePresenting_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << "light";
        QTest::newRow("dark") << "dark";
    }
    void disabledLooksDisabledWhilePresenting()
    {
        QFETCH(QString, theme);
        auto w = makeWindow();
        w->setTheme(Theme::fromName(theme));
        w->presentation()->setActive(true);
        QAction *resume = w->replayBar()->pauseAction();
        QVERIFY(!resume->isEnabled());
        QWidget *button = w->replayBar()->widgetForAction(resume);
        const QPalette p = button->palette();
        for (QPalette::ColorRole role : { QPalette::ButtonText, QPalette::WindowText }) {
            const QColor off = p.color(QPalette::Disabled, role);
            const QColor on = p.color(QPalette::Active, role);
            QVERIFY2(std::abs(off.lightness() - on.lightness()) >= 64,
                qPrintable(QStringLiteral("%1 vs %2").arg(off.name(), on.name())));
        }
        w->presentation()->setActive(false);
    }

    void panelsHiddenBeforeStayHidden()
    {
        auto w = makeWindow();
        QDockWidget *history = w->findChild<QDockWidget *>(QStringLiteral("historyDock"));
        history->hide();
        w->presentation()->setActive(true);
        w->presentation()->setActive(false);
        QVERIFY(!history->isVisible());
        QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("statsDock"))->isVisible());
    }

    void closingWhilePresentingRemembersTheUsualLayout()
    {
        {
            auto w = makeWindow();
            w->presentation()->setActive(true);
            QTRY_VERIFY_WITH_TIMEOUT(w->isFullScreen(), 5000);
            w->close();
        }
        auto w = makeWindow();
        QVERIFY(!w->presentation()->isActive());
        QVERIFY(!w->isFullScreen());
        QVERIFY(w->menuBar()->isVisible());
        QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("statsDock"))->isVisible());
        QVERIFY(w->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
    }

    void scaleIsChosenAppliedAndRemembered()
    {
        {
            auto w = makeWindow();
            PresentationMode *p = w->presentation();
            QCOMPARE(p->scale(), PresentationMode::kDefaultScale);
            p->setActive(true);
            const double before = w->timeline()->plot()->font().pointSizeF();
            QAction *twice = nullptr;
            for (QAction *a : p->scaleActions()) {
                if (a->data().toDouble() == 2.0)
                    twice = a;
            }
            QVERIFY(twice);
            twice->trigger();
            QCOMPARE(p->scale(), 2.0);
            QVERIFY(twice->isChecked());
            QCOMPARE(w->timeline()->presentationScale(), 2.0); // at once, while presenting
            QVERIFY(w->timeline()->plot()->font().pointSizeF() > before);
            p->setActive(false);
        }
        auto w = makeWindow();
        QCOMPARE(w->presentation()->scale(), 2.0);
    }

    void exportsCanUseTheScale()
    {
        auto w = makeWindow();
        TimelineView *t = w->timeline();
        t->setTraceData(synthetic::syncRun(8, 6000));
        const QString normal = m_dir->filePath(QStringLiteral("normal.png"));
        const QString big = m_dir->filePath(QStringLiteral("big.png"));
        ChartExporter::Options options;
        options.width = 900;
        options.height = 400;
        QVERIFY(w->exportImageFile(normal, options));
        options.presentationScale = 2.0;
        QVERIFY(w->exportImageFile(big, options));
        QCOMPARE(t->presentationScale(), 1.0); // the screen is left as it was
        // Larger text and marks: more dark ink in the same size.
        auto ink = [](const QImage &image) {
            qint64 n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += qGray(image.pixel(x, y)) < 110;
            return n;
        };
        QVERIFY(ink(QImage(big)) > ink(QImage(normal)) * 1.3);
    }

    void screenshots()
    {
        // The pictures of docs/images: CACOPHONY_SCREENSHOT_PRESENTATION=file.png and
        // CACOPHONY_SCREENSHOT_REPLAY=file.png (CACOPHONY_SCREENSHOT_VIEW=tasks and
        // CACOPHONY_SCREENSHOT_SCENARIO=N for other pictures).
        const QString presentation = qEnvironmentVariable("CACOPHONY_SCREENSHOT_PRESENTATION");
        const QString replay = qEnvironmentVariable("CACOPHONY_SCREENSHOT_REPLAY");
        if (presentation.isEmpty() && replay.isEmpty())
            QSKIP("set CACOPHONY_SCREENSHOT_PRESENTATION or _REPLAY to file.png to take screenshots");
        auto w = makeWindow();
        w->resize(1440, 860);
        w->banner()->hide();
        // Room for the details of what is under the cursor.
        w->findChild<QDockWidget *>(QStringLiteral("historyDock"))->hide();
        w->setTimelineView(qEnvironmentVariable("CACOPHONY_SCREENSHOT_VIEW") == QLatin1String("tasks")
                               ? TimelineView::View::Tasks
                               : TimelineView::View::Beats);
        w->tempoControl()->setBpm(6000);
        w->beatsBox()->setValue(15);
        w->seedBox()->setValue(9);
        w->playScenario(qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_SCENARIO") > 0
                            ? qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_SCENARIO")
                            : 9);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, 10000);

        // A replay in progress: 1/10 speed, stopped by the test's clock a little past beat 6.
        ReplayController *c = w->replayBar()->controller();
        steady_clock::time_point now = steady_clock::now();
        c->setClock([&now] { return now; });
        w->replayBar()->setSpeed(0.1);
        w->replay();
        while (c->position() < 68'000'000 && c->state() == ReplayController::State::Playing) {
            now += milliseconds(16);
            c->advance();
        }
        c->pause();
        QTest::qWait(300);
        if (!replay.isEmpty())
            QVERIFY(w->grab().save(replay));
        if (!presentation.isEmpty()) {
            w->presentation()->setActive(true);
            QTRY_VERIFY_WITH_TIMEOUT(w->isFullScreen(), 5000);
            c->play();
            for (int i = 0; i < 30; ++i) {
                now += milliseconds(16);
                c->advance();
            }
            c->pause();
            QTest::qWait(400);
            QVERIFY(w->grab().save(presentation));
            w->presentation()->setActive(false);
        }
    }
};

QTEST_MAIN(tst_PresentationMode)
#include "tst_presentationmode.moc"
