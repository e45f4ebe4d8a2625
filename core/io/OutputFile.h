#pragma once

// Writing an output file (a trace, a WAV, an image) so that a failure is never taken for
// success and never leaves a half-written file that looks good:
//  - a regular file (or a new one) is written to a temporary beside it and renamed over
//    it only once every byte is written and flushed (QSaveFile); on failure the temporary
//    goes and an existing file is left as it was;
//  - anything else that exists (a device such as /dev/full or /dev/null, a pipe) is
//    written directly: QSaveFile would create its temporary beside it and rename it over
//    the device wherever that folder is writable (as root, /dev), and it does not report
//    a failed flush of a file it writes directly;
//  - a failed write, flush or close fails, with the system's own words ("No space left on
//    device"), never "Unknown error".
//
// Every function is reentrant: it touches only the file it is given. `reason` may be null.

#include <QByteArray>
#include <QString>
#include <memory>

class QFileDevice;

namespace cacophony {

class OutputFile
{
public:
    // Opens `path` for writing (see above). nullptr and the reason in *reason on failure
    // (a folder, a missing folder, no permission).
    static std::unique_ptr<QFileDevice> open(const QString &path, QString *reason);
    // Writes `bytes` to a file open() gave, flushes and finishes it (renames the
    // temporary, or closes the device). False and the reason on failure; a temporary is
    // then removed.
    static bool commit(QFileDevice &file, const QByteArray &bytes, QString *reason);
    // Gives up a file open() gave: a temporary is removed, the target left as it was.
    static void discard(QFileDevice &file);
    // open() and commit().
    static bool write(const QString &path, const QByteArray &bytes, QString *reason);
};

} // namespace cacophony
