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

// The packets with absolute timestamps on Perfetto's default clock, as files were
// written before the incremental clock (deltas after a clock_snapshot) came in.
inline Packets withAbsoluteTimes(Packets packets)
{
    std::uint32_t clock = 0;
    std::uint64_t time = 0;
    Packets out;
    for (auto &p : packets) {
        if (p.has_trace_packet_defaults())
            clock = p.trace_packet_defaults().timestamp_clock_id();
        p.clear_trace_packet_defaults();
        if (p.has_clock_snapshot())
            p.clear_clock_snapshot();
        const std::uint32_t own = p.has_timestamp_clock_id() ? p.timestamp_clock_id() : clock;
        if (p.has_timestamp() && own == PerfettoPackets::kIncrementalClock)
            p.set_timestamp(time += p.timestamp());
        out.push_back(p);
    }
    return out;
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
