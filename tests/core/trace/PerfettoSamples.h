#pragma once

// Helpers for the Perfetto format tests: a written trace as its packets, to inspect or
// to damage on purpose, and back to bytes.

#include "trace/PerfettoPackets.h"

#include <QByteArray>
#include <vector>

namespace cacophony::samples {

using Packets = std::vector<perfetto::protos::TracePacket>;

inline Packets packetsOf(const QByteArray &bytes)
{
    perfetto::protos::Trace trace;
    if (!trace.ParseFromArray(bytes.constData(), int(bytes.size())))
        return {};
    return Packets(trace.packet().begin(), trace.packet().end());
}

inline QByteArray bytesOf(const Packets &packets)
{
    std::string out;
    for (const auto &p : packets)
        PerfettoPackets::appendFramed(&out, p);
    return QByteArray(out.data(), qsizetype(out.size()));
}

// Index of the first packet that satisfies `match`; packets.size() if none.
template<typename Match>
std::size_t find(const Packets &packets, Match match)
{
    for (std::size_t i = 0; i < packets.size(); ++i) {
        if (match(packets[i]))
            return i;
    }
    return packets.size();
}

} // namespace cacophony::samples
