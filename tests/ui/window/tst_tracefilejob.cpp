#include "window/TraceFileJob.h"

#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cacophony;

namespace {

// A run big enough that writing it takes a while (~100k events).
TraceData bigTrace()
{
    TraceData trace;
    trace.settings.scenario = trace.settings.strategy = QStringLiteral("async_naive");
    trace.settings.profile = QStringLiteral("random");
    trace.settings.beats = 0;
    for (std::uint32_t task = 1; task <= 20'000; ++task) {
        trace.tasks.push_back(TaskInfo{task, 0, QStringLiteral("beat %1").arg(task)});
        const std::int64_t t = std::int64_t(task) * 10'000'000;
        for (EventKind kind : {EventKind::TaskSpawn, EventKind::TaskStart, EventKind::Sleep, EventKind::Beat,
                               EventKind::TaskEnd}) {
            Event e;
            e.kind = kind;
            e.t = t + int(kind) * 1000;
            e.task = kind == EventKind::TaskSpawn ? 0 : task;
            e.object = kind == EventKind::TaskSpawn ? task : 0;
            e.dur = kind == EventKind::Sleep ? 500 : 0;
            e.a = kind == EventKind::Beat ? task : 0;
            trace.events.push_back(e);
        }
    }
    std::stable_sort(trace.events.begin(), trace.events.end(),
                     [](const Event &x, const Event &y) { return x.t < y.t; });
    return trace;
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

// Saving and opening traces off the UI thread: results, progress, cancellation, and no
// partial file whatever happens.
class tst_TraceFileJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_trace = bigTrace(); }

    void savesInTheBackgroundWithProgress_data()
    {
        QTest::addColumn<QString>("name"); // its extension chooses the format
        QTest::newRow("json") << "run.json";
        QTest::newRow("perfetto") << "run.perfetto-trace";
    }

    void savesInTheBackgroundWithProgress()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        TraceFileJob *job = TraceFileJob::save(std::make_shared<const TraceData>(m_trace), path, this);
        QSignalSpy progress(job, &TraceFileJob::progressChanged);
        QSignalSpy finished(job, &TraceFileJob::finished);
        // The UI thread is free meanwhile: this wait processes events.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(job->isFinished());
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(progress.size() >= 10); // whole percents, not one per event
        QVERIFY(progress.size() <= 101);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        delete job;

        TraceFileJob *open = TraceFileJob::open(path, this);
        QSignalSpy opened(open, &TraceFileJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
        QCOMPARE(opened.at(0).at(0).toBool(), true);
        QVERIFY(open->trace() == m_trace);
        // Analysed by the worker too, as the window's history needs it.
        QCOMPARE(open->analysis().toJson(), RunAnalysis::analyse(m_trace).toJson());
        QVERIFY(open->analysis().beatsPerformed > 0);
        QVERIFY(open->takeTrace() == m_trace);
        QVERIFY(open->trace().events.empty());
        delete open;
    }

    void cancelledSaveLeavesNoFile_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("over an existing file") << true;
    }

    void cancelledSaveLeavesNoFile()
    {
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        if (existing) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        TraceFileJob *job = TraceFileJob::save(std::make_shared<const TraceData>(m_trace), path, this);
        connect(job, &TraceFileJob::progressChanged, job, &TraceFileJob::cancel); // at the first sign of work
        QSignalSpy finished(job, &TraceFileJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toBool(), true); // cancelled
        QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("cancelled")));
        delete job;
        if (existing) {
            QCOMPARE(filesIn(dir), QStringList {QStringLiteral("run.json")}); // no temporary either
            QFile old(path);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old"));
        } else {
            QVERIFY2(filesIn(dir).isEmpty(), qPrintable(filesIn(dir).join(QLatin1Char(' '))));
        }
    }

    void failedSaveLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/run.json"));
        TraceFileJob *job = TraceFileJob::save(std::make_shared<const TraceData>(m_trace), path, this);
        QSignalSpy finished(job, &TraceFileJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("missing")));
        QVERIFY(filesIn(dir).isEmpty());
        delete job;
    }

    void cancelledOpenGivesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QVERIFY(ChromeTraceWriter::write(m_trace, path));
        TraceFileJob *job = TraceFileJob::open(path, this);
        connect(job, &TraceFileJob::progressChanged, job, &TraceFileJob::cancel);
        QSignalSpy finished(job, &TraceFileJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QVERIFY(job->trace().events.empty());
        delete job;
    }

    void destroyingARunningJobCancelsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        TraceFileJob *job = TraceFileJob::save(std::make_shared<const TraceData>(m_trace), path, nullptr);
        QSignalSpy progress(job, &TraceFileJob::progressChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
        delete job; // cancels and waits
        QVERIFY(filesIn(dir).isEmpty());
    }

private:
    TraceData m_trace;
};

QTEST_GUILESS_MAIN(tst_TraceFileJob)
#include "tst_tracefilejob.moc"
