#pragma once

// Runs a Go program on Cacophony's runtime and on the installed Go toolchain, for the tests
// of core/gorun: output and exit status, with what differs between runs masked.

#include "gorun/GoRun.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

namespace cacophony::gorun::test {

struct Output
{
    QString out;
    QString err;
    int status = 0;
};

inline Output runOurs(const QByteArray &program, const QString &fileName = QStringLiteral("main.go"),
                      std::uint64_t seed = 1)
{
    Output o;
    GoRun::Options options;
    options.seed = seed;
    options.memoryLimit = std::size_t(256) << 20;
    QByteArray out, err;
    options.write = [&](bool toStderr, std::string_view t) { (toStderr ? err : out).append(t.data(), qsizetype(t.size())); };
    GoRun run(options);
    const GoRun::Result r = run.run(fileName, program);
    if (r.end == GoRun::End::CompileError)
        err = r.compileErrors.join(QLatin1Char('\n')).toUtf8();
    if (r.end == GoRun::End::Unsupported)
        err = "unsupported: " + r.message.toUtf8();
    o.out = QString::fromUtf8(out);
    o.err = QString::fromUtf8(err);
    o.status = r.status;
    return o;
}

// nullopt when no Go toolchain is installed.
inline std::optional<Output> runGo(const QByteArray &program, const QString &cacheDir)
{
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    QTemporaryDir dir;
    if (go.isEmpty() || !dir.isValid())
        return std::nullopt;
    QFile file(dir.filePath(QStringLiteral("main.go")));
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.write(program);
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOFLAGS"), QStringLiteral("-buildvcs=false"));
    env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOCACHE"), cacheDir);
    QProcess build;
    build.setProcessEnvironment(env);
    build.setWorkingDirectory(dir.path());
    build.setProcessChannelMode(QProcess::MergedChannels);
    build.start(go, {QStringLiteral("build"), QStringLiteral("-o"), dir.filePath(QStringLiteral("prog")), QStringLiteral("main.go")});
    if (!build.waitForFinished(120000) || build.exitCode() != 0)
        return std::nullopt;
    QProcess prog;
    prog.setWorkingDirectory(dir.path());
    prog.start(dir.filePath(QStringLiteral("prog")), {});
    if (!prog.waitForFinished(60000))
        return std::nullopt;
    Output o;
    o.out = QString::fromUtf8(prog.readAllStandardOutput());
    o.err = QString::fromUtf8(prog.readAllStandardError());
    o.status = prog.exitCode();
    return o;
}

// What differs from run to run or between the two: goroutine numbers (Go's runtime has
// goroutines of its own), addresses, +0x offsets, paths, the
// arguments in a traceback's function lines, the runtime's own frames (Go's, not ours).
inline QString maskTraceback(const QString &err)
{
    QStringList kept;
    const QStringList lines = err.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines[i];
        if (l.startsWith(QLatin1String("runtime.")) || l.startsWith(QLatin1String("sync.")) || l.startsWith(QLatin1String("panic(")) || l.contains(QLatin1String("/usr/lib/go"))
            || l.startsWith(QLatin1String("runtime: sp=")) || l.startsWith(QLatin1String("runtime stack:")))
            continue;
        l.replace(QRegularExpression(QStringLiteral(" \\+0x[0-9a-f]+")), QString());
        l.replace(QRegularExpression(QStringLiteral("^goroutine \\d+ \\[")), QStringLiteral("goroutine N ["));
        l.replace(QRegularExpression(QStringLiteral("0x[0-9a-f]{4,}")), QStringLiteral("0xADDR"));
        l.replace(QRegularExpression(QStringLiteral("pc=0x[0-9a-fA-Z]+")), QStringLiteral("pc=0xADDR"));
        l.replace(QRegularExpression(QStringLiteral("^(main\\.\\S+?)\\(.*\\)$")), QStringLiteral("\\1(...)"));
        l.replace(QRegularExpression(QStringLiteral("^\\t\\S*/([^/]+\\.go):")), QStringLiteral("\tFILE:"));
        l.replace(QRegularExpression(QStringLiteral("^(\\t.*\\.go:\\d+).*")), QStringLiteral("\\1"));
        kept << l;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace cacophony::gorun::test
