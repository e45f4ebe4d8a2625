#include "window/HistoryStore.h"

#include "window/RunHistory.h"

#include "TraceBuilder.h"
#include "core/trace/ScenarioRuns.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cacophony;

namespace {

// A small run of scenario 9 with `beats` beats, each a task of its own.
TraceData traceOf(std::uint64_t seed, std::uint32_t beats)
{
    using namespace cacophony::testing;
    TraceData trace;
    trace.settings = settingsOf(QStringLiteral("9"), QStringLiteral("random"), 120, int(beats), seed);
    for (std::uint32_t task = 1; task <= beats; ++task) {
        trace.tasks.push_back(TaskInfo{task, 0, QStringLiteral("beat %1").arg(task)});
        const std::int64_t t = std::int64_t(task) * 10'000'000;
        trace.events.push_back(ev(EventKind::TaskSpawn, t, {.object = task}));
        trace.events.push_back(ev(EventKind::TaskStart, t + 1000, {.task = task}));
        trace.events.push_back(ev(EventKind::Beat, t + 2000, {.task = task, .a = task}));
        trace.events.push_back(ev(EventKind::TaskEnd, t + 3000, {.task = task}));
    }
    sortByTime(trace);
    return trace;
}

// A model re-created on the folder, as at start-up; `messages` counts what the store said.
struct Reloaded
{
    explicit Reloaded(const QString &folder)
        : store(folder)
        , messages(&store, &HistoryStore::message)
    {
        history.setStore(&store);
    }
    HistoryStore store;
    QSignalSpy messages;
    RunHistory history;
};

QStringList runFiles(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.perfetto-trace") }, QDir::Files, QDir::Name);
}

const QDateTime kStart(QDate(2026, 12, 7), QTime(14, 2, 11, 250));

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT
private slots:
    // A run added, a new model on the same folder shows it: title, settings, time, how it
    // ended and every trace event equal.
    void runSurvivesRestart_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("stopAfterMs"); // -1: played to its end
        QTest::newRow("scenario 9, completed") << "async_naive" << -1;
        QTest::newRow("scenario 14, stopped") << "async_with_channels_services" << 20;
        QTest::newRow("a lesson that prints") << "bedtime_go_pause" << -1;
    }
    void runSurvivesRestart()
    {
        QFETCH(QString, id);
        QFETCH(int, stopAfterMs);
        const bool completed = stopAfterMs < 0;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("history"));
        const TraceData trace = samples::scenarioRun(id, stopAfterMs);
        QVERIFY(!trace.events.empty());
        QString title;
        QString compareTitle;
        {
            HistoryStore store(folder);
            RunHistory history;
            history.setStore(&store);
            QCOMPARE(history.rowCount(), 0);
            history.add(trace, completed, kStart);
            title = history.data(history.index(0, RunHistory::RunColumn)).toString();
            compareTitle = RunHistory::compareTitle(*history.entry(0));
            store.waitForSaves();
        }
        Reloaded again(folder);
        QCOMPARE(again.messages.size(), 0);
        QCOMPARE(again.history.rowCount(), 1);
        const RunHistory::Entry *e = again.history.entry(0);
        QCOMPARE(again.history.data(again.history.index(0, RunHistory::RunColumn)).toString(), title);
        QCOMPARE(RunHistory::compareTitle(*e), compareTitle);
        QCOMPARE(e->trace->settings, trace.settings);
        QCOMPARE(e->trace->events.size(), trace.events.size());
        QVERIFY(*e->trace == trace); // every event, task, object, text and how it ended
        QCOMPARE(e->when, kStart);
        QCOMPARE(e->completed, completed);
        // Loaded runs are not written again.
        again.store.waitForSaves();
        QCOMPARE(runFiles(folder).size(), 1);
    }

    // Only the newest runs stay, by count and by size on disk; the newest always stays.
    void bounds_data()
    {
        QTest::addColumn<int>("maxRuns");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("kept");
        QTest::newRow("by count") << 3 << HistoryStore::kMaxBytes << 5 << 3;
        QTest::newRow("under both") << 20 << HistoryStore::kMaxBytes << 5 << 5;
        QTest::newRow("by size") << 20 << qint64(-1) << 5 << 2; // -1: two runs' size, measured below
        QTest::newRow("one run over the size") << 20 << qint64(1) << 3 << 1;
    }
    void bounds()
    {
        QFETCH(int, maxRuns);
        QFETCH(qint64, maxBytes);
        QFETCH(int, added);
        QFETCH(int, kept);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("history"));
        if (maxBytes < 0) {
            // Room for two runs and a half: each run is the same size.
            HistoryStore probe(dir.filePath(QStringLiteral("probe")));
            probe.save(std::make_shared<const TraceData>(traceOf(1, 40)), kStart, true);
            probe.waitForSaves();
            maxBytes = QFileInfo(dir.filePath(QStringLiteral("probe/") + HistoryStore::fileName(kStart, true))).size() * 5 / 2;
            QVERIFY(maxBytes > 0);
        }
        HistoryStore store(folder, maxRuns, maxBytes);
        for (int i = 0; i < added; ++i)
            store.save(std::make_shared<const TraceData>(traceOf(std::uint64_t(i), 40)),
                       kStart.addSecs(i), true);
        store.waitForSaves();
        QCOMPARE(runFiles(folder).size(), kept);
        // The newest are the ones kept.
        RunHistory history;
        history.setStore(&store);
        QCOMPARE(history.rowCount(), kept);
        for (int row = 0; row < kept; ++row)
            QCOMPARE(history.entry(row)->trace->settings.seed, std::uint64_t(added - 1 - row));
    }

    // A corrupt or unreadable file is skipped with a one-line message naming it; the
    // others load.
    void corruptFileSkipped_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage");
        QTest::newRow("truncated JSON") << QByteArray("{\"traceEvents\": [");
    }
    void corruptFileSkipped()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("history"));
        {
            HistoryStore store(folder);
            store.save(std::make_shared<const TraceData>(traceOf(1, 5)), kStart, true);
            store.waitForSaves();
        }
        const QString bad = HistoryStore::fileName(kStart.addSecs(60), true);
        QFile file(QDir(folder).filePath(bad));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();

        Reloaded again(folder);
        QCOMPARE(again.history.rowCount(), 1);
        QCOMPARE(again.messages.size(), 1);
        const QString text = again.messages.at(0).at(0).toString();
        QVERIFY2(text.contains(bad) && !text.contains(QLatin1Char('\n')), qPrintable(text));
    }

    // A folder that cannot be written: a clear message, and the history in memory works.
    void unwritableFolder()
    {
        QTemporaryDir dir;
        // A file where the folder should be: it can neither be created nor written.
        const QString folder = dir.filePath(QStringLiteral("history"));
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        HistoryStore store(folder);
        QSignalSpy messages(&store, &HistoryStore::message);
        RunHistory history;
        history.setStore(&store);
        history.add(traceOf(1, 5), true, kStart);
        history.add(traceOf(2, 5), true, kStart.addSecs(1));
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 1, 5000);
        const QString text = messages.at(0).at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("not kept on disk")) && text.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(text));
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.entry(0)->trace->settings.seed, std::uint64_t(2));
    }

    // Not a test of speed (see docs/performance.md): prints what one save of a typical run
    // costs the UI thread (queueing) and the worker (encoding and writing).
    void saveCost()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history")));
        auto trace = std::make_shared<const TraceData>(traceOf(1, 200));
        QElapsedTimer timer;
        timer.start();
        store.save(trace, kStart, true);
        const qint64 queued = timer.nsecsElapsed();
        store.waitForSaves();
        qInfo("one save of %zu events: %.3f ms on the UI thread, %.3f ms in all", trace->events.size(),
              double(queued) / 1e6, double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(runFiles(dir.filePath(QStringLiteral("history"))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
