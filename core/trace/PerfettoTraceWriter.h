#pragma once

// Saves a TraceData in Perfetto's native trace format (.perfetto-trace, .pftrace), which
// ui.perfetto.dev opens with exact flows, and PerfettoTraceReader turns back into the
// exact same TraceData (docs/trace-format.md, "Perfetto format").
//
// Contract:
//  - One packet sequence. The first packet clears incremental state, makes an
//    incremental clock the sequence's default (every timestamp is the delta from the
//    packet before, as Perfetto's SDK writes them) and interns the categories (one per event kind) and argument names; names and source locations are
//    interned where first used; every packet that uses interned data says so.
//  - Tracks: one process track for the run; nested under it a track per task, per object
//    (channel, wait group, ticker, mutex), "ideal beats", and a counter track per
//    buffered channel (its occupancy). Every track is described before it is used.
//  - Every Event is one TrackEvent (its "primary" packet) in TraceData order: a slice
//    (BEGIN, later END) for a span with a duration, an instant otherwise; its category
//    is the kind's name; the raw fields Perfetto has no place for are debug annotations.
//    Slices on one track nest; a span that would not nest goes on an overlap track of
//    its own under its track. Timestamps never go back.
//  - Sends to the receive that took the message and spawns to the child's start are
//    flows (flow_ids / terminating_flow_ids), each with both ends.
//  - The settings, tasks, objects, end reason, source and interned tables are the debug
//    annotations of one "run" instant on the process track, before every event.
//  - Written packet by packet, never as one message.

#include "trace/TraceData.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace cacophony {

class PerfettoTraceWriter
{
public:
    // Track uuids: ((lane << 32 | id) << 2) | class, so that the tracks of small ids have
    // uuids of one or two bytes; lane 0 is the track itself, lane n its n-th overlap track.
    enum TrackClass : std::uint64_t { SpecialTrack = 0, TaskTrack = 1, ObjectTrack = 2, CounterTrack = 3 };
    static constexpr std::uint64_t trackUuid(TrackClass cls, std::uint32_t id, std::uint32_t lane = 0)
    {
        return (((std::uint64_t(lane) << 32) | id) << 2) | cls;
    }
    static constexpr TrackClass trackClass(std::uint64_t uuid) { return TrackClass(uuid & 3); }
    static constexpr std::uint32_t trackId(std::uint64_t uuid) { return std::uint32_t(uuid >> 2); }
    static constexpr std::uint32_t trackLane(std::uint64_t uuid) { return std::uint32_t(uuid >> 34); }
    static constexpr std::uint64_t trackBase(std::uint64_t uuid) { return uuid & ((std::uint64_t(1) << 34) - 1); }
    static constexpr std::uint64_t kProcessUuid = (1 << 2) | SpecialTrack;    // trackUuid(SpecialTrack, 1)
    static constexpr std::uint64_t kIdealBeatsUuid = (2 << 2) | SpecialTrack; // trackUuid(SpecialTrack, 2)
    static constexpr std::int32_t kPid = 1;

    // Interned debug annotation names (iid = index + 1), categories beyond the kinds'.
    enum Arg : std::uint64_t { ArgA = 1, ArgB, ArgTask, ArgObject, ArgFlags, ArgDur, ArgCount };
    static const char *argName(Arg arg);
    // Category iids: EventKind k is k + 1; then these.
    static constexpr std::uint64_t kFlowCategory = std::uint64_t(EventKind::Count) + 1; // flow ends only
    static constexpr std::uint64_t kRunCategory = std::uint64_t(EventKind::Count) + 2;  // the run's tables
    static constexpr const char *kFlowCategoryName = "flow";
    static constexpr const char *kRunCategoryName = "cacophony_run";

    // Called now and then with the share done (0..1000); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    // Thread-safe (pure). The whole file's contents; empty if progress cancelled.
    static QByteArray toBytes(const TraceData &trace, const Progress &progress = {});
    // Thread-safe. Streams the packets into the file through OutputFile: on failure or
    // when progress cancels, returns false, sets *error (if given) to a message naming
    // the path and the reason, and leaves no file behind (an old one stays).
    static bool write(const TraceData &trace, const QString &path, QString *error = nullptr,
                      const Progress &progress = {});
};

static_assert(PerfettoTraceWriter::kProcessUuid == PerfettoTraceWriter::trackUuid(PerfettoTraceWriter::SpecialTrack, 1));
static_assert(PerfettoTraceWriter::kIdealBeatsUuid == PerfettoTraceWriter::trackUuid(PerfettoTraceWriter::SpecialTrack, 2));

} // namespace cacophony
