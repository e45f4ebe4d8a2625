#include "trace/PerfettoPackets.h"

namespace cacophony {

using perfetto::protos::CounterDescriptor;
using perfetto::protos::TracePacket;

void PerfettoPackets::begin(Packet *packet)
{
    packet->Clear();
    packet->set_trusted_packet_sequence_id(kSequenceId);
}

void PerfettoPackets::clearIncrementalState(Packet *packet)
{
    packet->set_sequence_flags(TracePacket::SEQ_INCREMENTAL_STATE_CLEARED);
}

void PerfettoPackets::incrementalClock(Packet *packet)
{
    packet->mutable_trace_packet_defaults()->set_timestamp_clock_id(kIncrementalClock);
    auto *snapshot = packet->mutable_clock_snapshot();
    auto *boot = snapshot->add_clocks();
    boot->set_clock_id(kBootTimeClock);
    boot->set_timestamp(0);
    auto *incremental = snapshot->add_clocks();
    incremental->set_clock_id(kIncrementalClock);
    incremental->set_timestamp(0);
    incremental->set_is_incremental(true);
}

void PerfettoPackets::processTrack(Packet *packet, std::uint64_t uuid, std::int32_t pid, const std::string &name)
{
    auto *track = packet->mutable_track_descriptor();
    track->set_uuid(uuid);
    track->mutable_process()->set_pid(pid);
    track->mutable_process()->set_process_name(name);
}

void PerfettoPackets::childTrack(Packet *packet, std::uint64_t uuid, std::uint64_t parent, const std::string &name)
{
    auto *track = packet->mutable_track_descriptor();
    track->set_uuid(uuid);
    track->set_parent_uuid(parent);
    track->set_name(name);
}

void PerfettoPackets::counterTrack(Packet *packet, std::uint64_t uuid, std::uint64_t parent, const std::string &name)
{
    childTrack(packet, uuid, parent, name);
    packet->mutable_track_descriptor()->mutable_counter()->set_unit(CounterDescriptor::UNIT_COUNT);
}

PerfettoPackets::TrackEvent *PerfettoPackets::event(Packet *packet, std::uint64_t timestamp, TrackEvent::Type type,
                                                    std::uint64_t track, bool needsState)
{
    packet->set_timestamp(timestamp);
    if (needsState)
        packet->set_sequence_flags(packet->sequence_flags() | TracePacket::SEQ_NEEDS_INCREMENTAL_STATE);
    TrackEvent *event = packet->mutable_track_event();
    event->set_type(type);
    event->set_track_uuid(track);
    return event;
}

void PerfettoPackets::counter(Packet *packet, std::uint64_t timestamp, std::uint64_t track, std::int64_t value)
{
    event(packet, timestamp, TrackEvent::TYPE_COUNTER, track, false)->set_counter_value(value);
}

void PerfettoPackets::appendFramed(std::string *out, const Packet &packet)
{
    const std::size_t size = packet.ByteSizeLong();
    out->push_back(char(kPacketTag));
    std::size_t n = size;
    do {
        const std::uint8_t low = n & 0x7f;
        n >>= 7;
        out->push_back(char(n ? (low | 0x80) : low));
    } while (n);
    const std::size_t at = out->size();
    out->resize(at + size);
    packet.SerializeWithCachedSizesToArray(reinterpret_cast<std::uint8_t *>(out->data() + at));
}

} // namespace cacophony
