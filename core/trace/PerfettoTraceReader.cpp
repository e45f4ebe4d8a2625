#include "trace/PerfettoTraceReader.h"

#include "io/InputFile.h"

#include "trace/PerfettoPackets.h"
#include "trace/PerfettoRunReader.h"
#include "trace/PerfettoTraceWriter.h"
#include "trace/TraceValidator.h"

#include <cstdio>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cacophony {

namespace {

using W = PerfettoTraceWriter;
using perfetto::protos::DebugAnnotation;
using perfetto::protos::TracePacket;
using perfetto::protos::TrackEvent;
using Annotations = google::protobuf::RepeatedPtrField<DebugAnnotation>;

constexpr qint64 kMaxTimeNs = TraceValidator::kMaxTimeNs;
constexpr qint64 kMaxU32 = TraceValidator::kMaxU32;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Bytes in memory, or a file read in chunks into a buffer: packets are parsed where
// they lie, never copied one by one, and single bytes come without a call into stdio.
class Input
{
public:
    static constexpr std::size_t kChunk = std::size_t(1) << 20;

    Input(const QByteArray *bytes, std::FILE *file, std::size_t size)
        : m_bytes(bytes)
        , m_file(file)
        , m_size(size)
    {
    }
    std::size_t position() const { return m_pos; }
    std::size_t size() const { return m_size; }
    bool atEnd() const { return m_pos >= m_size; }
    // The next n bytes (valid until the next call), or nullptr at the end of the input.
    const char *take(std::size_t n)
    {
        if (n > m_size - std::min(m_pos, m_size) || !have(n))
            return nullptr;
        const char *at = m_bytes ? m_bytes->constData() + m_pos : m_buffer.data() + m_at;
        m_pos += n;
        m_at += n;
        return at;
    }
    int byte()
    {
        const char *b = take(1);
        return b ? std::uint8_t(*b) : -1;
    }

private:
    // Whether n bytes of the file are in the buffer from m_at (reading more if not).
    bool have(std::size_t n)
    {
        if (m_bytes || m_end - m_at >= n)
            return true;
        std::copy(m_buffer.begin() + std::ptrdiff_t(m_at), m_buffer.begin() + std::ptrdiff_t(m_end), m_buffer.begin());
        m_end -= m_at;
        m_at = 0;
        const std::size_t want = std::min(std::max(n, kChunk), m_size - m_pos);
        if (m_buffer.size() < want)
            m_buffer.resize(want);
        m_end += std::fread(m_buffer.data() + m_end, 1, want - m_end, m_file);
        return m_end >= n;
    }

    const QByteArray *m_bytes;
    std::FILE *m_file;
    std::size_t m_size;
    std::size_t m_pos = 0;
    std::vector<char> m_buffer; // file bytes [m_at, m_end) not taken yet
    std::size_t m_at = 0;
    std::size_t m_end = 0;
};

struct Track
{
    bool counter = false;
};

class Parser
{
public:
    explicit Parser(const PerfettoTraceReader::Progress &progress)
        : m_progress(progress)
    {
    }
    std::optional<TraceData> parse(Input &in);
    QString error() const { return m_error; }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

private:
    QString at() const { return QStringLiteral("packet[%1]").arg(m_index); }
    const char *frame(Input &in, std::size_t *length);
    bool packet(const TracePacket &p);
    bool intern(const TracePacket &p);
    bool describe(const perfetto::protos::TrackDescriptor &d);
    bool clocks(const TracePacket &p);
    bool timestamp(const TracePacket &p);
    bool trackEvent(const TracePacket &p);
    bool flows(const TrackEvent &e);
    bool event(const TracePacket &p, EventKind kind, std::uint64_t track, Event *out);
    bool argument(const DebugAnnotation &a, Event *e, bool *hasDur);
    bool run(const TrackEvent &e);
    bool finish();
    // eventKindFromName(), remembered per name: this runs once per event.
    EventKind kindOf(const std::string &category)
    {
        auto it = m_kinds.find(category);
        if (it == m_kinds.end())
            it = m_kinds.emplace(category, eventKindFromName(category.c_str())).first;
        return it->second;
    }

    const PerfettoTraceReader::Progress &m_progress;
    QString m_error;
    std::size_t m_index = 0; // packet being read
    std::size_t m_inputSize = 0;
    std::uint64_t m_lastTime = 0;
    std::uint64_t m_time = 0;         // the packet's timestamp, absolute
    std::uint32_t m_defaultClock = 0; // trace_packet_defaults.timestamp_clock_id
    bool m_incremental = false;       // kIncrementalClock was given by a snapshot
    std::uint64_t m_incrementalAt = 0; // its reading: the last packet's time on it
    bool m_haveRun = false;
    qint64 m_expected = 0;
    TraceData m_trace;
    std::vector<std::uint32_t> m_packetOf; // packet of each event, for messages
    std::unordered_map<std::uint64_t, std::string> m_categories, m_names, m_argNames;
    std::unordered_set<std::uint64_t> m_locations;
    std::unordered_map<std::string, EventKind> m_kinds;
    std::unordered_map<std::uint64_t, Track> m_tracks;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> m_open; // track -> events begun (kNone: not ours)
    std::unordered_set<std::uint64_t> m_flowsOpen;
};

// The next packet's bytes (*length of them), or nullptr after fail().
const char *Parser::frame(Input &in, std::size_t *size)
{
    const auto bad = [this](const QString &message) -> const char * {
        fail(message);
        return nullptr;
    };
    const std::size_t start = in.position();
    if (in.byte() != PerfettoPackets::kPacketTag)
        return bad(QStringLiteral("%1 at byte %2 is not a Trace.packet field: not a Perfetto trace, or a damaged one.")
                        .arg(at())
                        .arg(start));
    std::uint64_t length = 0;
    for (int shift = 0;; shift += 7) {
        const int b = in.byte();
        if (b < 0)
            return bad(QStringLiteral("%1 is cut short: the file ends in its length.").arg(at()));
        if (shift > 56)
            return bad(QStringLiteral("%1 has a damaged length.").arg(at()));
        length |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    if (length > std::uint64_t(PerfettoTraceReader::kMaxPacketBytes))
        return bad(QStringLiteral("%1 says it is %2 bytes long (at most %3): the file is damaged.")
                        .arg(at())
                        .arg(length)
                        .arg(PerfettoTraceReader::kMaxPacketBytes));
    const char *bytes = in.take(std::size_t(length));
    if (!bytes)
        return bad(QStringLiteral("%1 is cut short: it is %2 bytes long but the file ends %3 bytes into it.")
                       .arg(at())
                       .arg(length)
                       .arg(in.size() - in.position()));
    *size = std::size_t(length);
    return bytes;
}

bool Parser::intern(const TracePacket &p)
{
    if (!p.has_interned_data())
        return true;
    auto add = [this](auto &table, const auto &entries, const char *what) {
        for (const auto &entry : entries) {
            if (entry.iid() == 0)
                return fail(QStringLiteral("%1.interned_data.%2 has iid 0 (iids count from 1).").arg(at(), QLatin1String(what)));
            auto [it, added] = table.emplace(entry.iid(), entry.name());
            if (!added && it->second != entry.name())
                return fail(QStringLiteral("%1.interned_data.%2: iid %3 is given a second, different value.")
                                .arg(at(), QLatin1String(what))
                                .arg(entry.iid()));
        }
        return true;
    };
    const auto &d = p.interned_data();
    if (!add(m_categories, d.event_categories(), "event_categories") || !add(m_names, d.event_names(), "event_names")
        || !add(m_argNames, d.debug_annotation_names(), "debug_annotation_names"))
        return false;
    for (const auto &l : d.source_locations()) {
        if (l.iid() == 0)
            return fail(QStringLiteral("%1.interned_data.source_locations has iid 0 (iids count from 1).").arg(at()));
        m_locations.insert(l.iid());
    }
    return true;
}

bool Parser::describe(const perfetto::protos::TrackDescriptor &d)
{
    if (d.uuid() == 0)
        return fail(QStringLiteral("%1.track_descriptor.uuid is 0, the trace-global track.").arg(at()));
    if (d.has_parent_uuid() && !m_tracks.count(d.parent_uuid()))
        return fail(QStringLiteral("%1.track_descriptor.parent_uuid = %2: no track %2 was described before it.")
                        .arg(at())
                        .arg(d.parent_uuid()));
    if (!m_tracks.emplace(d.uuid(), Track{d.has_counter()}).second)
        return fail(QStringLiteral("%1.track_descriptor: track %2 is described twice.").arg(at()).arg(d.uuid()));
    return true;
}

bool Parser::packet(const TracePacket &p)
{
    const std::uint32_t flags = p.sequence_flags();
    const bool cleared = (flags & TracePacket::SEQ_INCREMENTAL_STATE_CLEARED) || p.incremental_state_cleared();
    if (m_index == 0 && !cleared)
        return fail(QStringLiteral("packet[0] does not clear the incremental state (sequence_flags), so its "
                                   "interned data cannot be trusted."));
    if (p.trusted_packet_sequence_id() != PerfettoPackets::kSequenceId)
        return fail(QStringLiteral("%1 is on packet sequence %2; Cacophony's traces are on sequence %3 alone.")
                        .arg(at())
                        .arg(p.trusted_packet_sequence_id())
                        .arg(PerfettoPackets::kSequenceId));
    if (cleared && m_index > 0) {
        m_categories.clear();
        m_names.clear();
        m_argNames.clear();
        m_locations.clear();
        m_defaultClock = 0;
        m_incremental = false;
    }
    if (!intern(p) || !clocks(p))
        return false;
    if (p.has_track_descriptor())
        return describe(p.track_descriptor());
    if (!p.has_track_event())
        return true;
    if (!timestamp(p))
        return false;
    if (m_time < m_lastTime)
        return fail(QStringLiteral("%1.timestamp = %2 is earlier than the packet before it (%3): packets out of "
                                   "time order.")
                        .arg(at())
                        .arg(m_time)
                        .arg(m_lastTime));
    m_lastTime = m_time;
    return trackEvent(p);
}

// The sequence's default clock and its incremental clock (files written before it
// have neither: their timestamps are absolute).
bool Parser::clocks(const TracePacket &p)
{
    if (p.has_trace_packet_defaults())
        m_defaultClock = p.trace_packet_defaults().timestamp_clock_id();
    if (!p.has_clock_snapshot())
        return true;
    for (const auto &c : p.clock_snapshot().clocks()) {
        if (c.clock_id() != PerfettoPackets::kIncrementalClock)
            continue;
        if (!c.is_incremental() || c.unit_multiplier_ns() > 1)
            return fail(QStringLiteral("%1.clock_snapshot: clock %2 must be incremental, in nanoseconds.")
                            .arg(at())
                            .arg(c.clock_id()));
        m_incremental = true;
        m_incrementalAt = c.timestamp();
    }
    return true;
}

// m_time: the packet's timestamp, absolute (a delta on the incremental clock).
bool Parser::timestamp(const TracePacket &p)
{
    const std::uint32_t clock = p.has_timestamp_clock_id() ? p.timestamp_clock_id() : m_defaultClock;
    if (clock == 0 || clock == PerfettoPackets::kBootTimeClock) {
        m_time = p.timestamp();
        return true;
    }
    if (clock != PerfettoPackets::kIncrementalClock || !m_incremental)
        return fail(QStringLiteral("%1 is timed on clock %2, which no clock_snapshot of the sequence gave.").arg(at()).arg(clock));
    if (!(p.sequence_flags() & TracePacket::SEQ_NEEDS_INCREMENTAL_STATE))
        return fail(QStringLiteral("%1 has a timestamp relative to the one before but does not say it needs "
                                   "incremental state.")
                        .arg(at()));
    // Both at most kMaxTimeNs (far below 2^62): the sum cannot wrap.
    const std::uint64_t t = std::min<std::uint64_t>(m_incrementalAt, kMaxTimeNs) + std::min<std::uint64_t>(p.timestamp(), kMaxTimeNs);
    if (t > std::uint64_t(kMaxTimeNs))
        return fail(TraceValidator::outOfRange(at() + QStringLiteral(".timestamp"), qint64(t), 0, kMaxTimeNs));
    m_time = t;
    m_incrementalAt = m_time;
    return true;
}

bool Parser::flows(const TrackEvent &e)
{
    for (std::uint64_t id : e.flow_ids()) {
        // An id may come back once its flow has ended (Perfetto allows it); not before.
        if (!m_flowsOpen.insert(id).second)
            return fail(QStringLiteral("%1.track_event.flow_ids: flow %2 starts again before it ended.").arg(at()).arg(id));
    }
    for (std::uint64_t id : e.terminating_flow_ids()) {
        if (!m_flowsOpen.erase(id))
            return fail(QStringLiteral("%1.track_event.terminating_flow_ids: flow %2 ends where it never started.")
                            .arg(at())
                            .arg(id));
    }
    return true;
}

bool Parser::trackEvent(const TracePacket &p)
{
    const TrackEvent &e = p.track_event();
    const std::uint64_t track = e.track_uuid();
    const auto t = m_tracks.find(track);
    if (t == m_tracks.end())
        return fail(QStringLiteral("%1.track_event.track_uuid = %2: no track %2 was described before it.").arg(at()).arg(track));
    const bool usesInterned = e.category_iids_size() > 0 || e.has_name_iid() || e.has_source_location_iid();
    if (usesInterned && !(p.sequence_flags() & TracePacket::SEQ_NEEDS_INCREMENTAL_STATE))
        return fail(QStringLiteral("%1 uses interned data but does not say it needs incremental state.").arg(at()));
    if (t->second.counter != (e.type() == TrackEvent::TYPE_COUNTER))
        return fail(QStringLiteral("%1.track_event.type = %2 on %3 track %4.")
                        .arg(at())
                        .arg(int(e.type()))
                        .arg(t->second.counter ? QStringLiteral("counter") : QStringLiteral("slice"))
                        .arg(track));
    if (!flows(e))
        return false;
    if (e.type() == TrackEvent::TYPE_COUNTER)
        return true;
    std::vector<std::size_t> &open = m_open[track];
    if (e.type() == TrackEvent::TYPE_SLICE_END) {
        if (open.empty())
            return fail(QStringLiteral("%1 ends a slice on track %2 where none is open.").arg(at()).arg(track));
        if (open.back() != kNone) {
            Event &begun = m_trace.events[open.back()];
            begun.dur = qint64(m_time) - begun.t;
        }
        open.pop_back();
        return true;
    }
    if (e.type() != TrackEvent::TYPE_SLICE_BEGIN && e.type() != TrackEvent::TYPE_INSTANT)
        return fail(QStringLiteral("%1.track_event.type = %2 is not a slice, an instant or a counter.").arg(at()).arg(int(e.type())));
    const std::string *category = nullptr;
    if (e.category_iids_size() > 0) {
        const auto c = m_categories.find(e.category_iids(0));
        if (c == m_categories.end())
            return fail(QStringLiteral("%1.track_event.category_iids = %2: no such category was interned.")
                            .arg(at())
                            .arg(e.category_iids(0)));
        category = &c->second;
    } else if (e.categories_size() > 0) {
        category = &e.categories(0);
    }
    static const std::string kNoCategory;
    const std::string &name = category ? *category : kNoCategory;
    if (e.has_name_iid() && !m_names.count(e.name_iid()))
        return fail(QStringLiteral("%1.track_event.name_iid = %2: no such name was interned.").arg(at()).arg(e.name_iid()));
    const bool begins = e.type() == TrackEvent::TYPE_SLICE_BEGIN;
    std::size_t index = kNone;
    if (name == W::kRunCategoryName) {
        if (!run(e))
            return false;
    } else if (const EventKind kind = kindOf(name); kind != EventKind::Count) {
        if (!m_haveRun)
            return fail(QStringLiteral("%1 is an event before the run's \"%2\" event.").arg(at(), QLatin1String(W::kRunCategoryName)));
        Event ev;
        if (!event(p, kind, track, &ev))
            return false;
        index = m_trace.events.size();
        m_trace.events.push_back(ev);
        m_packetOf.push_back(std::uint32_t(m_index));
    }
    if (begins)
        open.push_back(index);
    return true;
}

bool Parser::argument(const DebugAnnotation &a, Event *e, bool *hasDur)
{
    if (!a.has_name_iid())
        return true; // a readable extra
    if (!m_argNames.count(a.name_iid()))
        return fail(QStringLiteral("%1.track_event.debug_annotations: name_iid %2 was not interned.").arg(at()).arg(a.name_iid()));
    if (a.name_iid() >= W::ArgCount)
        return true;
    // The place is formatted only for a message: this runs several times per event.
    const auto where = [&] {
        return QStringLiteral("%1.track_event.%2").arg(at(), QLatin1String(W::argName(W::Arg(a.name_iid()))));
    };
    if (!a.has_int_value() && !a.has_uint_value())
        return fail(QStringLiteral("%1 must be an integer.").arg(where()));
    if (a.has_uint_value() && a.uint_value() > std::uint64_t(std::numeric_limits<qint64>::max()))
        return fail(QStringLiteral("%1 = %2 does not fit in 64 signed bits.").arg(where()).arg(a.uint_value()));
    const qint64 v = a.has_int_value() ? a.int_value() : qint64(a.uint_value());
    auto within = [&](qint64 min, qint64 max) { return (v >= min && v <= max) || fail(TraceValidator::outOfRange(where(), v, min, max)); };
    switch (W::Arg(a.name_iid())) {
    case W::ArgA:
        e->a = v;
        return true;
    case W::ArgB:
        e->b = v;
        return true;
    case W::ArgTask:
        e->task = std::uint32_t(v);
        return within(0, kMaxU32);
    case W::ArgObject:
        e->object = std::uint32_t(v);
        return within(0, kMaxU32);
    case W::ArgFlags:
        e->flags = std::uint8_t(v);
        return within(0, 255);
    case W::ArgDur:
        e->dur = v;
        *hasDur = true;
        return within(0, kMaxTimeNs);
    case W::ArgCount:
        break;
    }
    return true;
}

bool Parser::event(const TracePacket &p, EventKind kind, std::uint64_t track, Event *out)
{
    const TrackEvent &e = p.track_event();
    if (m_time > std::uint64_t(kMaxTimeNs))
        return fail(TraceValidator::outOfRange(at() + QStringLiteral(".timestamp"), qint64(std::min<std::uint64_t>(m_time, std::numeric_limits<qint64>::max())), 0, kMaxTimeNs));
    out->kind = kind;
    out->t = qint64(m_time);
    if (W::trackClass(track) == W::TaskTrack)
        out->task = W::trackId(track);
    else if (W::trackClass(track) == W::ObjectTrack)
        out->object = W::trackId(track);
    bool hasDur = false;
    for (const DebugAnnotation &a : e.debug_annotations()) {
        if (!argument(a, out, &hasDur))
            return false;
    }
    if (hasDur && e.type() == TrackEvent::TYPE_SLICE_BEGIN)
        return fail(QStringLiteral("%1.track_event: a slice's duration is its end, not an argument.").arg(at()));
    if (e.has_source_location_iid()) {
        if (!m_locations.count(e.source_location_iid()))
            return fail(QStringLiteral("%1.track_event.source_location_iid = %2: no such source location was interned.")
                            .arg(at())
                            .arg(e.source_location_iid()));
        if (e.source_location_iid() > std::uint64_t(kMaxU32))
            return fail(TraceValidator::outOfRange(at() + QStringLiteral(".track_event.source_location_iid"),
                                                   qint64(std::min<std::uint64_t>(e.source_location_iid(), kMaxTimeNs)), 1, kMaxU32));
        out->pos = std::uint32_t(e.source_location_iid());
    }
    return true;
}

bool Parser::run(const TrackEvent &e)
{
    if (m_haveRun)
        return fail(QStringLiteral("%1 is a second \"%2\" event.").arg(at(), QLatin1String(W::kRunCategoryName)));
    m_haveRun = true;
    PerfettoRunReader reader;
    if (!reader.read(e.debug_annotations(), &m_trace, &m_expected))
        return fail(reader.error());
    // Room for what the run announces, within what the input can hold (an event takes
    // over 16 bytes): the events never grow by doubling.
    const auto room = std::size_t(std::min<qint64>(m_expected, qint64(m_inputSize / 16 + 16)));
    m_trace.events.reserve(room);
    m_packetOf.reserve(room);
    return true;
}

bool Parser::finish()
{
    for (const auto &[track, open] : m_open) {
        if (!open.empty())
            return fail(QStringLiteral("A slice on track %1 never ends: the file is incomplete.").arg(track));
    }
    if (!m_flowsOpen.empty())
        return fail(QStringLiteral("Flow %1 has a start but no end: the file is incomplete.").arg(*m_flowsOpen.begin()));
    if (!m_haveRun)
        return fail(QStringLiteral("Not a Cacophony trace: there is no \"%1\" event (was it written by another tool?).")
                        .arg(QLatin1String(W::kRunCategoryName)));
    if (qint64(m_trace.events.size()) != m_expected)
        return fail(QStringLiteral("run.event_count says %1 events but the file holds %2: the file is incomplete or "
                                   "was edited.")
                        .arg(m_expected)
                        .arg(m_trace.events.size()));
    TraceValidator::Locator where;
    where.settings = QStringLiteral("run.settings");
    where.taskTable = QStringLiteral("run.tasks");
    where.objectTable = QStringLiteral("run.objects");
    where.positionTable = QStringLiteral("run.positions");
    where.textTable = QStringLiteral("run.texts");
    where.event = [this](std::size_t i) { return QStringLiteral("packet[%1].track_event").arg(m_packetOf[i]); };
    where.task = [](std::size_t i) { return QStringLiteral("run.tasks[%1]").arg(i); };
    where.object = [](std::size_t i) { return QStringLiteral("run.objects[%1]").arg(i); };
    where.time = QStringLiteral("timestamp");
    where.duration = QStringLiteral("duration");
    if (const QString problem = TraceValidator::check(m_trace, where); !problem.isEmpty())
        return fail(problem);
    return true;
}

std::optional<TraceData> Parser::parse(Input &in)
{
    if (in.size() == 0) {
        fail(QStringLiteral("The trace is empty."));
        return std::nullopt;
    }
    m_inputSize = in.size();
    // Packets are parsed into an arena, dropped every kArenaPackets: a packet's track
    // event (a oneof member, which protobuf frees on every Clear()) and its annotations
    // are then bump-allocated instead of a malloc and free each, packet after packet.
    constexpr std::size_t kArenaPackets = 4096;
    google::protobuf::Arena arena;
    TracePacket *p = nullptr;
    for (m_index = 0; !in.atEnd(); ++m_index) {
        if (m_index % kArenaPackets == 0) {
            arena.Reset();
            p = google::protobuf::Arena::CreateMessage<TracePacket>(&arena);
        }
        if (m_progress && m_index % 4096 == 0 && !m_progress(int(double(in.position()) * 950.0 / double(in.size())))) {
            fail(QStringLiteral("Reading was cancelled."));
            return std::nullopt;
        }
        std::size_t length = 0;
        const char *bytes = frame(in, &length);
        if (!bytes)
            return std::nullopt;
        if (!p->ParseFromArray(bytes, int(length))) {
            fail(QStringLiteral("%1 is not a valid TracePacket: the file is damaged.").arg(at()));
            return std::nullopt;
        }
        if (!packet(*p))
            return std::nullopt;
    }
    if (!finish())
        return std::nullopt;
    return std::move(m_trace);
}

} // namespace

bool PerfettoTraceReader::looksLikePerfetto(const QByteArray &head)
{
    return !head.isEmpty() && std::uint8_t(head[0]) == PerfettoPackets::kPacketTag;
}

std::optional<TraceData> PerfettoTraceReader::fromBytes(const QByteArray &bytes, QString *error, const Progress &progress)
{
    Parser parser(progress);
    Input in(&bytes, nullptr, std::size_t(bytes.size()));
    std::optional<TraceData> trace = parser.parse(in);
    if (!trace && error)
        *error = parser.error();
    return trace;
}

std::optional<TraceData> PerfettoTraceReader::read(const QString &path, QString *error, const Progress &progress)
{
    std::optional<TraceData> trace;
    QString why;
    const auto parse = [&](std::FILE *stream, std::size_t size, QString *reason) {
        Parser parser(progress);
        Input in(nullptr, stream, size);
        trace = parser.parse(in);
        *reason = parser.error();
        return trace.has_value();
    };
    if (InputFile::read(path, parse, &why))
        return trace;
    if (error)
        *error = QStringLiteral("Cannot read the trace \"%1\": %2").arg(path, why);
    return std::nullopt;
}

} // namespace cacophony
