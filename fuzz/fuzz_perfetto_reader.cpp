// Feeds arbitrary bytes to the Perfetto trace reader: any input must give a TraceData or
// a clear error, never a crash, a hang or undefined behaviour. A TraceData that comes
// back must survive a write/read round trip unchanged. Seeds: fuzz/corpus/perfetto_reader
// (files the writer wrote: `cacophony run --trace x.pftrace`; the "-incremental" one in
// today's layout; the older ones have absolute timestamps and an earlier track uuid
// layout, so the reader now refuses them with a reason, which still seeds its checks).

#include "trace/PerfettoTraceReader.h"
#include "trace/PerfettoTraceWriter.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto trace = cacophony::PerfettoTraceReader::fromBytes(input, &error);
    if (!trace) {
        if (error.isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    const QByteArray written = cacophony::PerfettoTraceWriter::toBytes(*trace);
    const auto again = cacophony::PerfettoTraceReader::fromBytes(written, &error);
    if (!again || !(*again == *trace))
        std::abort(); // what we read, we must be able to write and read back exactly
    return 0;
}
