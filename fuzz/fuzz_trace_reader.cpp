// Feeds arbitrary bytes to the trace reader: any input must give a TraceData or a clear
// error, never a crash, a hang or undefined behaviour. A TraceData that comes back must
// survive a write/read round trip unchanged.

#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto trace = cacophony::ChromeTraceReader::fromJson(input, &error);
    if (!trace) {
        if (error.isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    const QByteArray written = cacophony::ChromeTraceWriter::toJson(*trace);
    const auto again = cacophony::ChromeTraceReader::fromJson(written, &error);
    if (!again || again->events.size() != trace->events.size() || again->tasks.size() != trace->tasks.size()
        || again->objects.size() != trace->objects.size())
        std::abort(); // what we read, we must be able to write and read back
    return 0;
}
