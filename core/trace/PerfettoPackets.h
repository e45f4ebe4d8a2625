#pragma once

// Builders of the TracePackets Cacophony writes in Perfetto's format (the subset of its
// protos in trace/perfetto/perfetto_trace.proto), and the framing that makes a file of
// them a Perfetto Trace: each packet is field 1 of the outer Trace message,
// length-delimited, so a file is written and read one packet at a time.
//
// Every packet is on one sequence (kSequenceId). Every function is reentrant (it touches
// only the packet it is given).

#include "perfetto_trace.pb.h"

#include <cstdint>
#include <string>

namespace cacophony {

class PerfettoPackets
{
public:
    using Packet = perfetto::protos::TracePacket;
    using TrackEvent = perfetto::protos::TrackEvent;

    static constexpr std::uint32_t kSequenceId = 1;
    // Perfetto's BOOTTIME, its default clock, and our sequence's incremental clock (a
    // sequence-scoped id, 64..127) on which timestamps are deltas, as Perfetto's SDK writes.
    static constexpr std::uint32_t kBootTimeClock = 6;
    static constexpr std::uint32_t kIncrementalClock = 64;
    // Tag of Trace.packet (field 1, wire type 2: length-delimited).
    static constexpr std::uint8_t kPacketTag = (1 << 3) | 2;

    // A packet on our sequence, nothing else set.
    static void begin(Packet *packet);
    // The first packet of the sequence: clears incremental state (interning tables).
    static void clearIncrementalState(Packet *packet);
    // Makes kIncrementalClock, at 0 = BOOTTIME 0, the sequence's default clock: every
    // later timestamp is the delta from the packet before. Goes with clearIncrementalState.
    static void incrementalClock(Packet *packet);
    // The process track of a run (a process-global track with pid and name).
    static void processTrack(Packet *packet, std::uint64_t uuid, std::int32_t pid, const std::string &name);
    // A named track nested under `parent`.
    static void childTrack(Packet *packet, std::uint64_t uuid, std::uint64_t parent, const std::string &name);
    // A counter track (values are counts) nested under `parent`.
    static void counterTrack(Packet *packet, std::uint64_t uuid, std::uint64_t parent, const std::string &name);
    // A TrackEvent of `type` at `timestamp` on `track`; the caller fills in the rest.
    // needsState: it refers to interned data (SEQ_NEEDS_INCREMENTAL_STATE).
    static TrackEvent *event(Packet *packet, std::uint64_t timestamp, TrackEvent::Type type, std::uint64_t track,
                             bool needsState);
    // A new value of a counter track.
    static void counter(Packet *packet, std::uint64_t timestamp, std::uint64_t track, std::int64_t value);

    // Appends `packet` to `out` as one Trace.packet field (tag, length, bytes).
    static void appendFramed(std::string *out, const Packet &packet);
};

} // namespace cacophony
