// `cacophony export` interrupted: SIGTERM in the middle of a long series-page export
// must end the process promptly with a failure status and leave no file behind — not
// the image, not a temporary of the atomic write.

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <signal.h>
#include <sys/types.h>

namespace {

constexpr int kStartMs = 10000; // process start on a loaded machine
constexpr int kRunningMs = 300; // well inside the runs of the series page
constexpr qint64 kStopBoundMs = 1000;

} // namespace

class tst_ExportInterrupt : public QObject
{
    Q_OBJECT
private slots:
    void signalDuringSeriesExport_data();
    void signalDuringSeriesExport();
};

void tst_ExportInterrupt::signalDuringSeriesExport_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_ExportInterrupt::signalDuringSeriesExport()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("series.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    // 14 runs of 15 beats at 600 BPM, one after another: 20 s or more unless stopped.
    p.start(QStringLiteral(CACOPHONY_BINARY),
        { "export", "--scenario", "all", "--bpm", "600", "--beats", "15", "--png", file });
    QVERIFY(p.waitForStarted(kStartMs));
    QTest::qWait(kRunningMs);
    QCOMPARE(p.state(), QProcess::Running); // still busy: the signal lands mid-export

    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
    const bool finished = p.waitForFinished(int(kStopBoundMs * 5));
    const qint64 tookMs = sinceSignal.elapsed();
    if (!finished) {
        p.kill();
        p.waitForFinished(kStartMs);
        QFAIL("export did not end after the signal");
    }
    qInfo("ended %lld ms after the signal: %s, code %d", tookMs,
        p.exitStatus() == QProcess::CrashExit ? "killed by the signal" : "exited", p.exitCode());
    QVERIFY2(tookMs <= kStopBoundMs, qPrintable(QStringLiteral("took %1 ms to end").arg(tookMs)));
    // A failure either way: killed by the signal, or exiting with a non-zero status.
    const bool failed = p.exitStatus() == QProcess::CrashExit || p.exitCode() != 0;
    QVERIFY2(failed, qPrintable(QStringLiteral("exit status %1, code %2").arg(p.exitStatus()).arg(p.exitCode())));
    if (p.exitStatus() == QProcess::NormalExit)
        QCOMPARE(p.exitCode(), 128 + signal); // the convention of the other commands
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
}

QTEST_GUILESS_MAIN(tst_ExportInterrupt)
#include "tst_exportinterrupt.moc"
