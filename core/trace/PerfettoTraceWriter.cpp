#include "trace/PerfettoTraceWriter.h"

#include "io/OutputFile.h"
#include "trace/PerfettoPackets.h"
#include "trace/TraceLabels.h"

#include <QFileDevice>
#include <QHash>
#include <algorithm>
#include <limits>
#include <map>
#include <queue>
#include <set>
#include <unordered_map>

namespace cacophony {

namespace {

using W = PerfettoTraceWriter;
using P = PerfettoPackets;
using perfetto::protos::DebugAnnotation;
using perfetto::protos::TracePacket;
using perfetto::protos::TrackEvent;

constexpr std::size_t kChunk = std::size_t(1) << 20; // bytes handed to the sink at a time
constexpr std::size_t kMaxInternedNames = 1 << 16;   // beyond: names inline ("beat #123456")

std::string utf8(const QString &s)
{
    return s.toStdString();
}

std::uint64_t taskUuid(std::uint32_t task)
{
    return W::trackUuid(W::TaskTrack, task);
}

std::uint64_t objectUuid(std::uint32_t object)
{
    return W::trackUuid(W::ObjectTrack, object);
}

std::uint64_t counterUuid(std::uint32_t object)
{
    return W::trackUuid(W::CounterTrack, object);
}

std::int64_t endOf(const Event &e)
{
    return TraceLabels::endOf(e);
}

// The event's name without its number ("beat #3 (lost)" -> "beat (lost)"): the number is
// the `a` annotation beside it, and numbered names would each be interned once (or
// written inline past kMaxInternedNames), the largest share of a file otherwise.
QString unnumbered(QString name)
{
    const qsizetype at = name.indexOf(QLatin1String(" #"));
    if (at < 0)
        return name;
    qsizetype end = at + 2;
    if (end < name.size() && name[end] == QLatin1Char('-'))
        ++end;
    while (end < name.size() && name[end].isDigit())
        ++end;
    return name.remove(at, end - at);
}

DebugAnnotation *arg(TrackEvent *event, W::Arg name, std::int64_t value)
{
    DebugAnnotation *a = event->add_debug_annotations();
    a->set_name_iid(name);
    a->set_int_value(value);
    return a;
}

DebugAnnotation *named(google::protobuf::RepeatedPtrField<DebugAnnotation> *list, const char *name)
{
    DebugAnnotation *a = list->Add();
    a->set_name(name);
    return a;
}

class Encoder
{
public:
    using Sink = std::function<bool(const std::string &bytes)>;

    Encoder(const TraceData &trace, const W::Progress &progress, const Sink &sink)
        : m_trace(trace)
        , m_labels(trace)
        , m_progress(progress)
        , m_sink(sink)
    {
    }

    // False if the sink failed or progress cancelled.
    bool encode();

private:
    struct Pending
    {
        std::int64_t time = 0;
        std::uint64_t order = 0;
        std::uint64_t track = 0; // lane of a slice end; counter track
        std::int64_t delta = 0;  // counters: +1 sent, -1 received
    };
    // Slice ends: earliest first, and at one time the deepest (latest begun) first.
    struct EndLater
    {
        bool operator()(const Pending &x, const Pending &y) const
        {
            return x.time != y.time ? x.time > y.time : x.order < y.order;
        }
    };
    // Counter changes: earliest first, at one time in the order they happened.
    struct ChangeLater
    {
        bool operator()(const Pending &x, const Pending &y) const
        {
            return x.time != y.time ? x.time > y.time : x.order > y.order;
        }
    };

    bool put();
    void matchFlows();
    void describeTracks();
    void runPacket();
    void flushUntil(std::int64_t t);
    std::uint64_t primaryTrack(const Event &e) const;
    std::uint64_t laneFor(std::uint64_t track, const Event &e);
    void eventPacket(std::size_t index);
    void flowEnd(std::uint64_t id, const Event &receive, std::uint64_t lane, std::int64_t at);
    void setName(TrackEvent *event, const QString &name);

    const TraceData &m_trace;
    const TraceLabels m_labels;
    const W::Progress &m_progress;
    const Sink &m_sink;
    TracePacket m_packet;
    std::string m_out;
    bool m_ok = true;
    std::uint64_t m_order = 0;
    std::int64_t m_lastTime = 0;
    std::uint64_t m_written = 0; // the last timestamp written (absolute)
    std::priority_queue<Pending, std::vector<Pending>, EndLater> m_ends;
    std::priority_queue<Pending, std::vector<Pending>, ChangeLater> m_changes;
    std::unordered_map<std::uint64_t, std::vector<std::vector<std::int64_t>>> m_lanes; // track -> lanes' open ends
    std::unordered_map<std::uint64_t, QString> m_trackNames;
    std::unordered_map<std::uint64_t, std::int64_t> m_occupancy; // counter track -> value
    std::unordered_map<std::uint32_t, std::uint64_t> m_counterOf; // buffered channel -> counter track
    QHash<QString, std::uint64_t> m_names;                        // interned event names
    std::set<std::uint32_t> m_positionsSent;
    std::unordered_map<std::size_t, std::uint64_t> m_flowOut;     // event -> flow it starts
    std::unordered_map<std::size_t, std::uint64_t> m_flowIn;      // event -> flow it ends
    std::multimap<std::size_t, std::pair<std::size_t, std::uint64_t>> m_flowEndAfter; // after event: (receive, flow)
    std::unordered_map<std::size_t, std::uint64_t> m_laneOf;      // receives ending a flow later -> their lane
};

void Encoder::setName(TrackEvent *event, const QString &name)
{
    auto it = m_names.constFind(name);
    if (it != m_names.constEnd()) {
        event->set_name_iid(*it);
        return;
    }
    if (std::size_t(m_names.size()) >= kMaxInternedNames) {
        event->set_name(utf8(name));
        return;
    }
    const std::uint64_t iid = std::uint64_t(m_names.size()) + 1;
    m_names.insert(name, iid);
    auto *interned = m_packet.mutable_interned_data()->add_event_names();
    interned->set_iid(iid);
    interned->set_name(utf8(name));
    event->set_name_iid(iid);
}

// Timestamps go out as deltas on the incremental clock (see incrementalClock()), which
// makes the packet depend on the sequence's state.
bool Encoder::put()
{
    if (m_packet.has_timestamp()) {
        const std::uint64_t t = m_packet.timestamp();
        m_packet.set_timestamp(t - m_written);
        m_packet.set_sequence_flags(m_packet.sequence_flags() | TracePacket::SEQ_NEEDS_INCREMENTAL_STATE);
        m_written = t;
    }
    P::appendFramed(&m_out, m_packet);
    if (m_out.size() >= kChunk) {
        m_ok = m_ok && m_sink(m_out);
        m_out.clear();
    }
    return m_ok;
}

// The arrows of TraceLabels::flows(). A flow ends on the receive
// itself when it comes after the send; a receiver that waited began before the send, so
// its end is then a "received" instant on the receiver's lane right after the send
// (Perfetto links a flow from its earliest event).
void Encoder::matchFlows()
{
    std::uint64_t nextId = 1;
    for (const TraceLabels::Flow &f : TraceLabels::flows(m_trace)) {
        const std::uint64_t id = nextId++;
        m_flowOut[f.from] = id;
        if (f.from < f.to) {
            m_flowIn[f.to] = id;
        } else {
            m_flowEndAfter.emplace(f.from, std::make_pair(f.to, id));
            m_laneOf[f.to] = 0;
        }
    }
}

void Encoder::describeTracks()
{
    auto describe = [this](std::uint64_t uuid, std::uint64_t parent, const QString &name) {
        P::begin(&m_packet);
        P::childTrack(&m_packet, uuid, parent, utf8(name));
        m_trackNames[uuid] = name;
        put();
    };
    const TraceLabels::Lanes lanes = TraceLabels::lanes(m_trace);
    if (lanes.idealBeats)
        describe(W::kIdealBeatsUuid, W::kProcessUuid, QStringLiteral("ideal beats"));
    for (std::uint32_t id : lanes.tasks)
        describe(taskUuid(id), W::kProcessUuid, m_labels.taskTrackName(id));
    for (std::uint32_t id : lanes.objects)
        describe(objectUuid(id), W::kProcessUuid, m_labels.objectTrackName(id));
    for (const ObjectInfo &o : m_trace.objects) {
        if (o.kind != ObjectKind::Channel || o.capacity <= 0)
            continue;
        P::begin(&m_packet);
        P::counterTrack(&m_packet, counterUuid(o.id), W::kProcessUuid,
                        utf8(m_labels.objectTrackName(o.id) + QStringLiteral(" buffered")));
        put();
        m_counterOf[o.id] = counterUuid(o.id);
        P::begin(&m_packet);
        P::counter(&m_packet, 0, counterUuid(o.id), 0);
        put();
    }
}

// The run's tables, which Perfetto has no place for, as one instant's arguments.
void Encoder::runPacket()
{
    P::begin(&m_packet);
    TrackEvent *event = P::event(&m_packet, 0, TrackEvent::TYPE_INSTANT, W::kProcessUuid, true);
    event->add_category_iids(W::kRunCategory);
    event->set_name("run");
    auto *args = event->mutable_debug_annotations();
    const RunSettings &s = m_trace.settings;
    named(args, "format")->set_string_value("cacophony-trace");
    named(args, "version")->set_int_value(2);
    named(args, "event_count")->set_uint_value(m_trace.events.size());
    named(args, "end_reason")->set_string_value(runEndName(m_trace.end));
    DebugAnnotation *settings = named(args, "settings");
    named(settings->mutable_dict_entries(), "scenario")->set_string_value(utf8(s.scenario));
    named(settings->mutable_dict_entries(), "strategy")->set_string_value(utf8(s.strategy));
    named(settings->mutable_dict_entries(), "profile")->set_string_value(utf8(s.profile));
    named(settings->mutable_dict_entries(), "bpm")->set_int_value(s.bpm);
    named(settings->mutable_dict_entries(), "beats")->set_int_value(s.beats);
    named(settings->mutable_dict_entries(), "seed")->set_uint_value(s.seed);
    DebugAnnotation *tasks = named(args, "tasks");
    for (const TaskInfo &t : m_trace.tasks) {
        auto *entries = tasks->add_array_values()->mutable_dict_entries();
        named(entries, "id")->set_uint_value(t.id);
        named(entries, "parent")->set_uint_value(t.parent);
        named(entries, "name")->set_string_value(utf8(t.name));
    }
    DebugAnnotation *objects = named(args, "objects");
    for (const ObjectInfo &o : m_trace.objects) {
        auto *entries = objects->add_array_values()->mutable_dict_entries();
        named(entries, "id")->set_uint_value(o.id);
        named(entries, "kind")->set_string_value(objectKindName(o.kind));
        named(entries, "name")->set_string_value(utf8(o.name));
        named(entries, "capacity")->set_int_value(o.capacity);
    }
    named(args, "source")->set_string_value(utf8(m_trace.source));
    DebugAnnotation *positions = named(args, "positions");
    for (const SourcePosition &p : m_trace.positions) {
        DebugAnnotation *pair = positions->add_array_values();
        pair->add_array_values()->set_int_value(p.line);
        pair->add_array_values()->set_int_value(p.column);
    }
    DebugAnnotation *texts = named(args, "texts");
    for (const QString &t : m_trace.texts)
        texts->add_array_values()->set_string_value(utf8(t));
    put();
}

std::uint64_t Encoder::primaryTrack(const Event &e) const
{
    switch (e.kind) {
    case EventKind::ChanClose:
    case EventKind::Tick:
        return e.object ? objectUuid(e.object) : taskUuid(e.task);
    case EventKind::IdealBeat:
        return W::kIdealBeatsUuid;
    default:
        return taskUuid(e.task);
    }
}

// Ends of slices and counter changes up to `t`, in time order (slice ends first).
void Encoder::flushUntil(std::int64_t t)
{
    while (m_ok) {
        const bool end = !m_ends.empty() && m_ends.top().time <= t;
        const bool change = !m_changes.empty() && m_changes.top().time <= t;
        if (!end && !change)
            return;
        if (end && (!change || m_ends.top().time <= m_changes.top().time)) {
            const Pending p = m_ends.top();
            m_ends.pop();
            m_lanes[W::trackBase(p.track)][W::trackLane(p.track)].pop_back();
            P::begin(&m_packet);
            m_lastTime = std::max(m_lastTime, p.time);
            P::event(&m_packet, std::uint64_t(m_lastTime), TrackEvent::TYPE_SLICE_END, p.track, false);
        } else {
            const Pending p = m_changes.top();
            m_changes.pop();
            std::int64_t &value = m_occupancy[p.track];
            value = std::max<std::int64_t>(0, value + p.delta);
            P::begin(&m_packet);
            m_lastTime = std::max(m_lastTime, p.time);
            P::counter(&m_packet, std::uint64_t(m_lastTime), p.track, value);
        }
        put();
    }
}

// The first lane of `track` where the span nests: nothing open there, or the innermost
// open slice ends no earlier than it. A new lane gets its track first.
std::uint64_t Encoder::laneFor(std::uint64_t track, const Event &e)
{
    std::vector<std::vector<std::int64_t>> &lanes = m_lanes[track];
    const std::int64_t end = endOf(e);
    std::size_t lane = 0;
    while (lane < lanes.size() && !lanes[lane].empty() && lanes[lane].back() < end)
        ++lane;
    if (lane == lanes.size()) {
        lanes.emplace_back();
        if (lane > 0) {
            const std::uint64_t uuid = W::trackUuid(W::trackClass(track), W::trackId(track), std::uint32_t(lane));
            P::begin(&m_packet);
            P::childTrack(&m_packet, uuid, track, utf8(m_trackNames[track] + QStringLiteral(" · overlap %1").arg(lane)));
            put();
        }
    }
    lanes[lane].push_back(end);
    return W::trackUuid(W::trackClass(track), W::trackId(track), std::uint32_t(lane));
}

void Encoder::eventPacket(std::size_t index)
{
    const Event &e = m_trace.events[index];
    const std::uint64_t track = primaryTrack(e);
    const bool slice = TraceLabels::isSpan(e.kind) && e.dur > 0;
    const std::uint64_t lane = slice ? laneFor(track, e) : track;
    P::begin(&m_packet);
    TrackEvent *event = P::event(&m_packet, std::uint64_t(e.t), slice ? TrackEvent::TYPE_SLICE_BEGIN : TrackEvent::TYPE_INSTANT,
                                 lane, true);
    event->add_category_iids(std::uint64_t(e.kind) + 1);
    setName(event, unnumbered(m_labels.eventName(e)));
    const W::TrackClass cls = W::trackClass(track);
    if (e.a)
        arg(event, W::ArgA, e.a);
    if (e.b)
        arg(event, W::ArgB, e.b);
    if (e.task && cls != W::TaskTrack)
        arg(event, W::ArgTask, e.task);
    if (e.object && cls != W::ObjectTrack)
        arg(event, W::ArgObject, e.object);
    if (e.flags)
        arg(event, W::ArgFlags, e.flags);
    if (!slice && e.dur)
        arg(event, W::ArgDur, e.dur);
    if (e.pos) {
        event->set_source_location_iid(e.pos);
        if (m_positionsSent.insert(e.pos).second) {
            auto *location = m_packet.mutable_interned_data()->add_source_locations();
            location->set_iid(e.pos);
            location->set_file_name(m_trace.settings.scenario.isEmpty() ? "program.go" : utf8(m_trace.settings.scenario) + ".go");
            if (const SourcePosition *p = m_trace.position(e.pos))
                location->set_line_number(std::uint32_t(std::max(0, p->line)));
        }
    }
    if (auto it = m_flowOut.find(index); it != m_flowOut.end())
        event->add_flow_ids(it->second);
    if (auto it = m_flowIn.find(index); it != m_flowIn.end())
        event->add_terminating_flow_ids(it->second);
    if (slice)
        m_ends.push(Pending{endOf(e), m_order++, lane, 0});
    if (auto it = m_laneOf.find(index); it != m_laneOf.end())
        it->second = lane;
    m_lastTime = e.t;
    put();

    if ((e.kind == EventKind::ChanSend || e.kind == EventKind::ChanRecv) && e.a != 0 && !e.has(NotOk)) {
        if (auto it = m_counterOf.find(e.object); it != m_counterOf.end())
            m_changes.push(Pending{endOf(e), m_order++, it->second, e.kind == EventKind::ChanSend ? 1 : -1});
    }
    const auto [first, last] = m_flowEndAfter.equal_range(index);
    for (auto it = first; it != last; ++it)
        flowEnd(it->second.second, m_trace.events[it->second.first], m_laneOf[it->second.first], e.t);
}

// A flow's end on the receiver's lane, right after the send (see matchFlows()).
void Encoder::flowEnd(std::uint64_t id, const Event &receive, std::uint64_t lane, std::int64_t at)
{
    P::begin(&m_packet);
    TrackEvent *event = P::event(&m_packet, std::uint64_t(std::max(at, m_lastTime)), TrackEvent::TYPE_INSTANT, lane, true);
    event->add_category_iids(W::kFlowCategory);
    setName(event, receive.kind == EventKind::TaskStart ? QStringLiteral("started") : QStringLiteral("received"));
    event->add_terminating_flow_ids(id);
    put();
}

bool Encoder::encode()
{
    matchFlows();
    P::begin(&m_packet);
    P::clearIncrementalState(&m_packet);
    P::incrementalClock(&m_packet);
    auto *interned = m_packet.mutable_interned_data();
    for (std::uint64_t k = 0; k < std::uint64_t(EventKind::Count); ++k) {
        auto *c = interned->add_event_categories();
        c->set_iid(k + 1);
        c->set_name(eventKindName(EventKind(k)));
    }
    interned->add_event_categories()->set_iid(W::kFlowCategory);
    interned->mutable_event_categories()->rbegin()->set_name(W::kFlowCategoryName);
    interned->add_event_categories()->set_iid(W::kRunCategory);
    interned->mutable_event_categories()->rbegin()->set_name(W::kRunCategoryName);
    for (std::uint64_t a = W::ArgA; a < W::ArgCount; ++a) {
        auto *n = interned->add_debug_annotation_names();
        n->set_iid(a);
        n->set_name(W::argName(W::Arg(a)));
    }
    put();
    P::begin(&m_packet);
    P::processTrack(&m_packet, W::kProcessUuid, W::kPid, utf8(m_labels.runTitle()));
    put();
    describeTracks();
    runPacket();
    const std::size_t n = m_trace.events.size();
    for (std::size_t i = 0; i < n && m_ok; ++i) {
        if (m_progress && i % 4096 == 0 && !m_progress(int(i * 950 / n)))
            return false;
        flushUntil(m_trace.events[i].t);
        eventPacket(i);
    }
    flushUntil(std::numeric_limits<std::int64_t>::max());
    if (m_ok && !m_out.empty())
        m_ok = m_sink(m_out);
    return m_ok;
}

} // namespace

const char *PerfettoTraceWriter::argName(Arg arg)
{
    static constexpr const char *kNames[] = {"", "a", "b", "task", "object", "flags", "dur_ns"};
    return arg < ArgCount ? kNames[arg] : "";
}

QByteArray PerfettoTraceWriter::toBytes(const TraceData &trace, const Progress &progress)
{
    QByteArray out;
    const Encoder::Sink sink = [&out](const std::string &bytes) {
        out.append(bytes.data(), qsizetype(bytes.size()));
        return true;
    };
    if (!Encoder(trace, progress, sink).encode())
        return {};
    return out;
}

bool PerfettoTraceWriter::write(const TraceData &trace, const QString &path, QString *error, const Progress &progress)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why.isEmpty() ? QStringLiteral("Saving the trace to \"%1\" was cancelled.").arg(path)
                                   : QStringLiteral("Cannot save the trace to \"%1\": %2").arg(path, why);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name given"));
    QString reason;
    std::unique_ptr<QFileDevice> file = OutputFile::open(path, &reason);
    if (!file)
        return fail(reason);
    // Streamed: a chunk is written as soon as it is full, so memory stays small.
    const Encoder::Sink sink = [&](const std::string &bytes) {
        if (file->write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()))
            return true;
        reason = file->errorString().isEmpty() ? QStringLiteral("the write failed") : file->errorString();
        return false;
    };
    if (!Encoder(trace, progress, sink).encode()) {
        OutputFile::discard(*file);
        return fail(reason);
    }
    if (!OutputFile::commit(*file, QByteArray(), &reason))
        return fail(reason);
    if (progress)
        progress(1000);
    return true;
}

} // namespace cacophony
