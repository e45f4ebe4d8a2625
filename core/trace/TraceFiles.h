#pragma once

// The one place that picks a trace file's format: by the name's extension when saving
// (.json: Chrome Trace Event JSON; .perfetto-trace or .pftrace: Perfetto's native
// format), by the content when opening (a file may have been renamed). Save Trace,
// --trace, Open Trace and export --trace-in all go through here.

#include "trace/TraceData.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace cacophony {

class TraceFiles
{
public:
    enum class Format { ChromeJson, Perfetto };

    // Called now and then with the share done (0..1000); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    // By extension, case-insensitive; nullopt for any other. Thread-safe (pure).
    static std::optional<Format> formatForPath(const QString &path);
    // For saving: by extension; a device or pipe that exists (/dev/stdout) gets JSON;
    // nullopt for any other name. Thread-safe.
    static std::optional<Format> formatForOutput(const QString &path);
    // "Unknown trace file extension ..." naming the path and the extensions known.
    static QString unknownExtension(const QString &path);
    // By the first bytes: '{' or '[' after white space is JSON, a Trace.packet field is
    // Perfetto; nullopt for anything else. Thread-safe (pure).
    static std::optional<Format> sniff(const QByteArray &head);

    // The file's contents in that format; empty if progress cancelled. Thread-safe.
    static QByteArray toBytes(const TraceData &trace, Format format, const Progress &progress = {});
    // Saves in the format of the path's extension (see ChromeTraceWriter::write and
    // PerfettoTraceWriter::write); an unknown extension is an error. Thread-safe.
    static bool write(const TraceData &trace, const QString &path, QString *error = nullptr,
                      const Progress &progress = {});
    // Opens either format, whatever the name. Thread-safe.
    static std::optional<TraceData> read(const QString &path, QString *error = nullptr,
                                         const Progress &progress = {});
};

} // namespace cacophony
