// Soak test of the real main window: thousands of seeded random user actions (play, stop,
// switch scenario, turn the tempo while playing, change beats, flip views and history,
// export) must not crash, hang, leave a run or thread behind, or grow memory without
// bound. The seed is fixed so a failure can be replayed; set CACOPHONY_SOAK_SEED and
// CACOPHONY_SOAK_ACTIONS to explore further.

#include "metronome/Scenario.h"
#include "window/ComparisonView.h"
#include "window/MainWindow.h"
#include "session/RunController.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>
#include <random>

using namespace cacophony;

namespace {

constexpr int kDefaultActions = 2000;
constexpr std::uint32_t kDefaultSeed = 20240611;
constexpr long long kMaxRssGrowthKb = 200 * 1024;
// Threads Qt may start and keep on its own (global pool, offscreen platform helpers).
constexpr int kThreadSlack = 3;
constexpr int kSettleMs = 10000;

// A field of /proc/self/status in its own unit (kB for memory); -1 if unreadable.
long long procStatus(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int threadCount()
{
    return int(procStatus("Threads"));
}

// The offscreen platform warns on every tooltip or popup resize; thousands of those lines
// would bury what matters.
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("propagateSizeHints")))
        return;
    g_previousHandler(type, context, message);
}

void closeErrorBoxes(MainWindow &w, int *closed)
{
    for (QMessageBox *box : w.findChildren<QMessageBox *>(QStringLiteral("errorBox"))) {
        if (box->isVisible()) {
            ++*closed;
            qWarning("error box: %s", qPrintable(box->text()));
        }
        box->close();
        box->deleteLater();
    }
}

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void randomActions();
};

void tst_Soak::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CACOPHONY_AUDIO", "none"); // no dependence on the machine's sound
    if (threadCount() <= 0)
        QSKIP("needs /proc/self/status (Linux)");
}

void tst_Soak::randomActions()
{
    const int actions = qEnvironmentVariableIsSet("CACOPHONY_SOAK_ACTIONS")
        ? qEnvironmentVariableIntValue("CACOPHONY_SOAK_ACTIONS")
        : kDefaultActions;
    const std::uint32_t seed = qEnvironmentVariableIsSet("CACOPHONY_SOAK_SEED")
        ? std::uint32_t(qEnvironmentVariableIntValue("CACOPHONY_SOAK_SEED"))
        : kDefaultSeed;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const int threadsBeforeWindow = threadCount();
    auto w = std::make_unique<MainWindow>(dir.filePath(QStringLiteral("cacophony.ini")));
    w->resize(800, 520); // smaller exports: the soak is about robustness, not pictures
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));

    // Warm-up: one run to its end and one export, so lazily created Qt state (fonts,
    // glyph caches, image plugins) is in the baseline rather than counted as growth.
    w->tempoControl()->setBpm(6000);
    w->beatsBox()->setValue(15);
    w->playScenario(14);
    QTRY_VERIFY_WITH_TIMEOUT(!w->isPlaying(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w->history()->rowCount(), 1, 15000);
    QVERIFY(w->exportImageFile(dir.filePath(QStringLiteral("warmup.png"))));
    QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBeforeWindow + kThreadSlack + 2, kSettleMs);
    const int threadsBaseline = threadCount();
    const long long rssBefore = procStatus("VmRSS");
    QVERIFY(rssBefore > 0);

    std::mt19937 rng(seed);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const std::array<int, 8> bpms = { 600, 750, 1000, 1500, 2400, 3000, 4500, 6000 };
    const int scenarioCount = w->scenarioPicker()->scenarioBox()->count(); // 14 + custom
    const std::array<const char *, 4> exportNames = { "a.png", "b.svg", "a.png", "c.jpg" };

    QElapsedTimer clock;
    clock.start();
    int plays = 0;
    int runsWithBeats = 0;
    int exports = 0;
    int errorBoxes = 0;
    int maxThreads = threadsBaseline;
    QString lastAction;
    QMap<QString, qint64> byKindNs;
    qint64 actionNs = 0; // in the actions themselves, the rest is the pauses between them
    for (int i = 0; i < actions; ++i) {
        const int action = pick(0, 99);
        QElapsedTimer actionClock;
        actionClock.start();
        if (action < 12) {
            lastAction = QStringLiteral("play");
            w->play();
            ++plays;
        } else if (action < 22) {
            lastAction = QStringLiteral("stop");
            w->stop();
            QVERIFY2(!w->isPlaying(), qPrintable(QStringLiteral("action %1: still playing after stop").arg(i)));
        } else if (action < 30) {
            lastAction = QStringLiteral("toggle");
            w->togglePlay();
        } else if (action < 42) {
            const int index = pick(0, scenarioCount - 1);
            lastAction = QStringLiteral("scenario %1").arg(index);
            w->scenarioPicker()->scenarioBox()->setCurrentIndex(index);
        } else if (action < 54) {
            const int bpm = bpms[std::size_t(pick(0, int(bpms.size()) - 1))];
            lastAction = QStringLiteral("bpm %1").arg(bpm);
            w->tempoControl()->setBpm(bpm);
        } else if (action < 58) {
            // The series' tempo and straight back, faster than the restart debounce.
            lastAction = QStringLiteral("bpm 6000 and back");
            const int was = w->tempoControl()->bpm();
            w->tempoControl()->setBpm(6000);
            QCoreApplication::processEvents();
            w->tempoControl()->setBpm(was);
        } else if (action < 66) {
            // Mostly short finite runs; now and then a continuous one (0) until stopped.
            const int beats = pick(0, 9) == 0 ? 0 : pick(1, 15);
            lastAction = QStringLiteral("beats %1").arg(beats);
            w->beatsBox()->setValue(beats);
        } else if (action < 72) {
            lastAction = QStringLiteral("view");
            w->setTimelineView(w->timeline()->view() == TimelineView::View::Beats ? TimelineView::View::Tasks
                                                                                   : TimelineView::View::Beats);
        } else if (action < 74) {
            const QString path = dir.filePath(QString::fromLatin1(exportNames[std::size_t(exports % 4)]));
            lastAction = QStringLiteral("export %1").arg(path);
            // Nothing on screen yet is the only acceptable refusal.
            const bool hasData = !w->timeline()->traceData().events.empty() || w->isComparing();
            const bool ok = w->exportImageFile(path);
            if (hasData && !w->isPlaying())
                QVERIFY2(ok, qPrintable(lastAction));
            if (ok)
                QVERIFY(QFileInfo(path).size() > 0);
            ++exports;
        } else if (action < 82) {
            const int rows = w->history()->rowCount();
            lastAction = QStringLiteral("history flip");
            if (rows > 0) {
                w->showHistoryRun(pick(0, rows - 1));
                QVERIFY(!w->isPlaying()); // flipping stops a live run
            }
        } else if (action < 85) {
            const int rows = w->history()->rowCount();
            lastAction = QStringLiteral("compare");
            if (rows >= 2 && !w->isPlaying())
                w->compareRuns(pick(0, rows - 1), pick(0, rows - 1));
            else
                w->closeComparison();
        } else if (action < 88) {
            lastAction = QStringLiteral("seed");
            w->seedBox()->setValue(pick(0, 1000));
        } else if (action < 94) {
            const int n = pick(1, 14);
            lastAction = QStringLiteral("play scenario %1").arg(n);
            w->playScenario(n);
            ++plays;
        } else {
            // Let the run really get going: wait (bounded) for its first beats.
            lastAction = QStringLiteral("wait for beats");
            if (w->isPlaying()) {
                QElapsedTimer t;
                t.start();
                while (w->isPlaying() && w->controller()->beatsDone() < 1 && t.elapsed() < 1000)
                    QTest::qWait(5);
                if (w->controller()->beatsDone() >= 1)
                    ++runsWithBeats;
            }
        }
        closeErrorBoxes(*w, &errorBoxes);
        actionNs += actionClock.nsecsElapsed();
        byKindNs[lastAction.section(QLatin1Char(' '), 0, 0)] += actionClock.nsecsElapsed();
        // Events in between, mostly immediate, sometimes long enough for the restart
        // debounce and a few beats at these tempi.
        const int pause = pick(0, 9);
        if (pause < 5)
            QCoreApplication::processEvents();
        else if (pause < 9)
            QTest::qWait(pick(1, 8));
        else
            QTest::qWait(pick(20, 60));
        if (i % 50 == 0) {
            const int threads = threadCount();
            maxThreads = std::max(maxThreads, threads);
            // A leak of runs would pile up threads; a few hundred means something never ends.
            QVERIFY2(threads < threadsBaseline + 200,
                qPrintable(QStringLiteral("action %1 (%2): %3 threads").arg(i).arg(lastAction).arg(threads)));
        }
    }
    const qint64 actionsMs = clock.elapsed();

    // The end: stop, and nothing of any run may be left.
    QElapsedTimer stopClock;
    stopClock.start();
    w->stop();
    const qint64 stopMs = stopClock.elapsed();
    QVERIFY(!w->isPlaying());
    QVERIFY2(stopMs < RunController::kStopWaitMs + 500, qPrintable(QStringLiteral("stop took %1 ms").arg(stopMs)));
    closeErrorBoxes(*w, &errorBoxes);
    // Parked (slow to stop) runs are collected on the controller's timer; their threads go.
    QTRY_VERIFY2_WITH_TIMEOUT(threadCount() <= threadsBaseline + kThreadSlack,
        qPrintable(QStringLiteral("%1 threads, baseline %2").arg(threadCount()).arg(threadsBaseline)), kSettleMs);
    QVERIFY(!w->isPlaying());

    const long long rssAfter = procStatus("VmRSS");
    const long long growthKb = rssAfter - rssBefore;
    qInfo("soak: seed %u, %d actions in %lld ms (%lld ms in actions), %d plays, %d runs seen beating, %d exports, %d error boxes, "
          "history %d, threads %d..%d (baseline %d), final stop %lld ms, RSS %lld -> %lld kB (%+lld kB)",
        seed, actions, actionsMs, actionNs / 1000000, plays, runsWithBeats, exports, errorBoxes, w->history()->rowCount(), threadsBaseline,
        maxThreads, threadsBaseline, stopMs, rssBefore, rssAfter, growthKb);
    for (auto it = byKindNs.cbegin(); it != byKindNs.cend(); ++it)
        qInfo("  %-18s %6lld ms", qPrintable(it.key()), it.value() / 1000000);
    QVERIFY2(growthKb < kMaxRssGrowthKb, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(growthKb)));
    QVERIFY(plays > actions / 20);
    QVERIFY2(runsWithBeats > 0, "no run ever performed a beat: the soak did not exercise runs");

    // Closing the window waits for every parked run; it must not hang.
    QElapsedTimer closeClock;
    closeClock.start();
    w.reset();
    QVERIFY2(closeClock.elapsed() < 5000, qPrintable(QStringLiteral("closing took %1 ms").arg(closeClock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBeforeWindow + kThreadSlack + 2, kSettleMs);
}

QTEST_MAIN(tst_Soak)
#include "tst_soak.moc"
