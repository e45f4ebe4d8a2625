#pragma once

// Running the real cacophony binary from a test (CACOPHONY_BINARY): its exit status,
// stdout and stderr, with bounded waits.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>

namespace cacophony::test {

constexpr int kStartMs = 10000;  // process start on a loaded machine
constexpr int kFinishMs = 60000; // short runs, but several builds share 2 cores

struct Result
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// childSetup, if given, runs in the child before exec (limits, signal dispositions).
inline Result runCacophony(const QStringList &args, int timeoutMs = kFinishMs,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                           const std::function<void()> &childSetup = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(CACOPHONY_BINARY), args);
    Result r;
    if (!p.waitForStarted(kStartMs))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(kStartMs);
        return r;
    }
    r.exitCode = p.exitCode();
    r.exitStatus = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString describe(const Result &r)
{
    return QStringLiteral("exit %1 (%2)\nstdout: %3\nstderr: %4")
        .arg(r.exitCode)
        .arg(r.exitStatus == QProcess::NormalExit ? "normal" : "crash/timeout",
             QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
}

} // namespace cacophony::test
