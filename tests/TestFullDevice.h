#pragma once

// A "full disk" to write to: a character device like /dev/full (every write fails with
// ENOSPC). As root, a private node of it in `folder`: a writer that replaced its target
// with a renamed temporary (as QSaveFile does where the folder is writable) would
// otherwise replace the system's /dev/full. Empty if there is none.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace cacophony::test {

inline QString fullDevice(const QString &folder)
{
    if (geteuid() == 0) {
        const QString node = QDir(folder).filePath(QStringLiteral("full"));
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
            return node;
        return {};
    }
    struct stat st {};
    const bool isDevice = ::stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode);
    return isDevice ? QStringLiteral("/dev/full") : QString();
}

// Whether `path` is still a character device (not replaced by a regular file).
inline bool isCharDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace cacophony::test
