#pragma once

// Compiles one Go file with the installed Go toolchain (Debian's golang-go, offline) and
// returns its compile errors as `cacophony check` prints them: "line:col: message" without
// the file name, continuation lines with a tab. Shared by the front end's tests.

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace cacophony::go::test {

// Removes the file name gc puts before each position, continuation lines included.
inline void stripFileName(QStringList &lines, const QString &fileName)
{
    const QString prefix = fileName + QLatin1Char(':');
    for (QString &line : lines) {
        if (line.startsWith(prefix))
            line.remove(0, prefix.size());
        else if (line.startsWith(QLatin1Char('\t') + prefix))
            line.remove(1, prefix.size());
    }
}

// nullopt when no Go toolchain is installed (or it could not be run).
inline std::optional<QStringList> compileWithGo(const QByteArray &program, const QString &cacheDir)
{
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    QTemporaryDir dir;
    if (go.isEmpty() || !dir.isValid())
        return std::nullopt;
    QFile file(dir.filePath(QStringLiteral("prog.go")));
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.write(program);
    file.close();
    QProcess compile;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOFLAGS"), QStringLiteral("-buildvcs=false"));
    env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOCACHE"), cacheDir);
    compile.setProcessEnvironment(env);
    compile.setWorkingDirectory(dir.path());
    compile.setProcessChannelMode(QProcess::MergedChannels);
    // The compiler itself (not `go build`, whose import pre-scan words some errors
    // differently); its output into the temporary folder, never a device.
    compile.start(go, {QStringLiteral("tool"), QStringLiteral("compile"), QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("prog.o")), QStringLiteral("prog.go")});
    if (!compile.waitForFinished(60000))
        return std::nullopt;
    QStringList lines = QString::fromUtf8(compile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    stripFileName(lines, QStringLiteral("prog.go"));
    return lines;
}

} // namespace cacophony::go::test
