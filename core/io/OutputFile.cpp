#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace cacophony {

namespace {

void say(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

// The file's own error, or the system's for the call that just failed: Qt's text can be
// empty or "Unknown error" while errno says what happened.
QString reasonFor(const QFileDevice &file, int savedErrno)
{
    const QString qt = file.errorString();
    if (savedErrno != 0 && (qt.isEmpty() || qt == QLatin1String("Unknown error")))
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return qt.isEmpty() ? QStringLiteral("the write failed") : qt;
}

} // namespace

std::unique_ptr<QFileDevice> OutputFile::open(const QString &path, QString *reason)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        say(reason, QStringLiteral("no file name given"));
        return nullptr;
    }
    if (info.isDir()) {
        say(reason, QStringLiteral("it is a folder"));
        return nullptr;
    }
    if (!info.absoluteDir().exists()) {
        say(reason, QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
        return nullptr;
    }
    std::unique_ptr<QFileDevice> file;
    if (info.exists() && !info.isFile())
        file = std::make_unique<QFile>(path); // a device or a pipe: never replaced
    else
        file = std::make_unique<QSaveFile>(path);
    errno = 0;
    if (!file->open(QIODevice::WriteOnly)) {
        say(reason, reasonFor(*file, errno));
        return nullptr;
    }
    return file;
}

bool OutputFile::commit(QFileDevice &file, const QByteArray &bytes, QString *reason)
{
    errno = 0;
    bool ok = file.write(bytes) == bytes.size();
    ok = ok && file.flush() && file.error() == QFileDevice::NoError;
    if (!ok) {
        say(reason, reasonFor(file, errno));
        discard(file);
        return false;
    }
    errno = 0;
    auto *save = qobject_cast<QSaveFile *>(&file);
    if (save ? !save->commit() : (file.close(), file.error() != QFileDevice::NoError)) {
        say(reason, reasonFor(file, errno));
        return false;
    }
    return true;
}

void OutputFile::discard(QFileDevice &file)
{
    // A cancelled QSaveFile removes its temporary when destroyed (its close() is fatal).
    if (auto *save = qobject_cast<QSaveFile *>(&file))
        save->cancelWriting();
    else
        file.close();
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *reason)
{
    const std::unique_ptr<QFileDevice> file = open(path, reason);
    return file && commit(*file, bytes, reason);
}

} // namespace cacophony
