#pragma once

// Reads a trace written by PerfettoTraceWriter back into the exact TraceData that was
// saved (docs/trace-format.md, "Perfetto format").
//
// Contract:
//  - The file is read one packet at a time (any size opens, memory for the events plus
//    a 1 MiB read buffer, or one packet if larger). Bad input never crashes and never yields a half-filled TraceData: the
//    result is complete, or std::nullopt with *error set to one sentence naming the
//    packet ("packet[12].track_event.track_uuid = 7: no track 7 was described before it.").
//  - Checked while reading, as Perfetto needs it: the first packet clears incremental
//    state, packets using interned data say so and use only what was interned, tracks
//    are described before use, timestamps never go back, slice ends match begins on
//    their track, every flow has one start and one end. Then TraceValidator checks the
//    whole, as for every reader.
//  - Events of other categories (another tool's) are skipped; a file without the
//    "cacophony_run" event is rejected as not ours.

#include "trace/TraceData.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace cacophony {

class PerfettoTraceReader
{
public:
    // One packet larger than this means a damaged length (a run's source is far smaller).
    static constexpr qint64 kMaxPacketBytes = qint64(256) * 1024 * 1024;

    // Called now and then with the share done (0..1000); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    // Whether `head` (the first bytes of a file) starts like a Perfetto trace (a
    // Trace.packet field). Thread-safe (pure).
    static bool looksLikePerfetto(const QByteArray &head);
    // Thread-safe (pure). A cancelled read is an error too ("... was cancelled").
    static std::optional<TraceData> read(const QString &path, QString *error = nullptr,
                                         const Progress &progress = {});
    static std::optional<TraceData> fromBytes(const QByteArray &bytes, QString *error = nullptr,
                                              const Progress &progress = {});
};

} // namespace cacophony
