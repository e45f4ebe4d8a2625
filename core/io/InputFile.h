#pragma once

// Reading an input file (a trace) as a stream, in chunks, whatever its size: a folder, a
// file that cannot be opened and a read that fails before the end are errors in one
// sentence, the system's own words where it has them. Reentrant.

#include <QString>
#include <cstdio>
#include <functional>

namespace cacophony {

class InputFile
{
public:
    // Reads the stream (of `size` bytes); false and the reason in *reason on failure.
    using Parse = std::function<bool(std::FILE *stream, std::size_t size, QString *reason)>;

    // Opens `path` and hands it to `parse`. False and the reason in *reason (may be
    // null) if the file cannot be read, or parse's own reason if it fails.
    static bool read(const QString &path, const Parse &parse, QString *reason);
};

} // namespace cacophony
