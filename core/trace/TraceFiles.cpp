#include "trace/TraceFiles.h"

#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"
#include "trace/PerfettoTraceReader.h"
#include "trace/PerfettoTraceWriter.h"

#include <QFile>
#include <QFileInfo>

namespace cacophony {

std::optional<TraceFiles::Format> TraceFiles::formatForPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".json")))
        return Format::ChromeJson;
    if (name.endsWith(QLatin1String(".perfetto-trace")) || name.endsWith(QLatin1String(".pftrace")))
        return Format::Perfetto;
    return std::nullopt;
}

std::optional<TraceFiles::Format> TraceFiles::formatForOutput(const QString &path)
{
    if (const std::optional<Format> byName = formatForPath(path))
        return byName;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir())
        return Format::ChromeJson;
    return std::nullopt;
}

QString TraceFiles::unknownExtension(const QString &path)
{
    return QStringLiteral("Cannot save the trace to \"%1\": unknown extension (use .json for Chrome JSON, "
                          ".perfetto-trace or .pftrace for Perfetto).")
        .arg(path);
}

std::optional<TraceFiles::Format> TraceFiles::sniff(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i < head.size() && (head[i] == '{' || head[i] == '['))
        return Format::ChromeJson;
    if (PerfettoTraceReader::looksLikePerfetto(head))
        return Format::Perfetto;
    return std::nullopt;
}

QByteArray TraceFiles::toBytes(const TraceData &trace, Format format, const Progress &progress)
{
    return format == Format::Perfetto ? PerfettoTraceWriter::toBytes(trace, progress)
                                      : ChromeTraceWriter::toJson(trace, progress);
}

bool TraceFiles::write(const TraceData &trace, const QString &path, QString *error, const Progress &progress)
{
    const std::optional<Format> format = formatForOutput(path);
    if (!format) {
        if (error)
            *error = path.isEmpty() ? QStringLiteral("Cannot save the trace: no file name given.") : unknownExtension(path);
        return false;
    }
    return *format == Format::Perfetto ? PerfettoTraceWriter::write(trace, path, error, progress)
                                       : ChromeTraceWriter::write(trace, path, error, progress);
}

std::optional<TraceData> TraceFiles::read(const QString &path, QString *error, const Progress &progress)
{
    QFile file(path);
    QByteArray head;
    if (!QFileInfo(path).isDir() && file.open(QIODevice::ReadOnly)) {
        head = file.read(64);
        file.close();
        if (head.isEmpty()) {
            if (error)
                *error = QStringLiteral("Cannot read the trace \"%1\": The trace is empty.").arg(path);
            return std::nullopt;
        }
        const std::optional<Format> format = sniff(head);
        if (!format) {
            if (error)
                *error = QStringLiteral("Cannot read the trace \"%1\": it is neither a Chrome JSON trace nor a "
                                        "Perfetto trace.")
                             .arg(path);
            return std::nullopt;
        }
        if (*format == Format::Perfetto)
            return PerfettoTraceReader::read(path, error, progress);
    }
    // JSON, or a file that cannot be opened: the JSON reader says why.
    return ChromeTraceReader::read(path, error, progress);
}

} // namespace cacophony
