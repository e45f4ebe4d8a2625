#include "trace/ChromeTraceWriter.h"

#include "trace/TraceLabels.h"
#include "io/OutputFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileDevice>
#include <QStringList>
#include <limits>
#include <map>
#include <utility>

namespace cacophony {

namespace {

using Writer = ChromeTraceWriter;

// Run-clock nanoseconds as Chrome's microseconds. Printed shortest-round-trip, so
// 1234567 ns reads back as 1234.567 and viewers recover the exact nanosecond.
double micros(std::int64_t ns)
{
    return static_cast<double>(ns) / 1000.0;
}

std::int64_t endOf(const Event &e)
{
    return TraceLabels::endOf(e);
}

std::int64_t taskTid(std::uint32_t task)
{
    return Writer::kTaskTidBase + task;
}

std::int64_t objectTid(std::uint32_t object)
{
    return Writer::kObjectTidBase + object;
}

class Builder
{
public:
    Builder(const TraceData &trace, const ChromeTraceWriter::Progress &progress)
        : m_trace(trace)
        , m_labels(trace)
        , m_progress(progress)
    {
    }

    // Empty if the progress callback cancelled.
    QByteArray build();

private:
    QJsonObject args(const Event &e) const;
    std::int64_t primaryTid(const Event &e) const;
    void matchFlows();
    void append(const QJsonObject &o);
    void appendMetadata();
    void appendEvent(std::size_t index);
    void appendMirror(const Event &e);
    QJsonObject header() const;

    struct Flow
    {
        std::int64_t id = 0;
        const char *name = nullptr;
        std::int64_t ts = 0;  // ns
        std::int64_t tid = 0; // lane of the event the point binds to
        bool isMessage = false; // send -> receive (flow v2); otherwise spawn -> start (v1)
    };

    const TraceData &m_trace;
    const TraceLabels m_labels;
    const ChromeTraceWriter::Progress &m_progress;
    QByteArray m_out;
    bool m_first = true;
    std::map<std::size_t, Flow> m_flowOut;     // event index -> flow starting there
    std::multimap<std::size_t, Flow> m_flowIn; // index to write the end after -> flow
};

// The raw fields (authoritative, read back by ChromeTraceReader) plus a few readable
// ones for people looking at the event in a viewer.
QJsonObject Builder::args(const Event &e) const
{
    QJsonObject o = m_labels.readableArgs(e);
    o.insert("kind", QLatin1String(eventKindName(e.kind)));
    o.insert("t_ns", qint64(e.t));
    o.insert("dur_ns", qint64(e.dur));
    o.insert("a", qint64(e.a));
    o.insert("b", qint64(e.b));
    o.insert("task", qint64(e.task));
    o.insert("object", qint64(e.object));
    o.insert("flags", int(e.flags));
    if (e.pos)
        o.insert("pos", qint64(e.pos));
    return o;
}

std::int64_t Builder::primaryTid(const Event &e) const
{
    switch (e.kind) {
    case EventKind::ChanClose:
    case EventKind::Tick:
        return objectTid(e.object);
    case EventKind::IdealBeat:
        return Writer::kIdealBeatsTid;
    default:
        return taskTid(e.task);
    }
}

// Arrows: each send to the receive that took its message (same channel, same message
// id), and each spawn to the child's start. Viewers drop an end read before its start,
// so: the start is the send's slice (flow v2, bind_id) or, for a spawn, a v1 point at the
// spawn right after it in the file (v1 points bind to the slice open on their lane at
// their timestamp: instants cannot carry v2 flows); the end is at max(receive start,
// send start), clamped into the receive span, written after both events (a receive
// often starts before its send: same timestamp, file order decides), as a zero-length
// slice with bind_id for a message, a v1 point for a spawn.
void Builder::matchFlows()
{
    const std::vector<Event> &ev = m_trace.events;
    std::int64_t nextId = 1;
    for (const TraceLabels::Flow &f : TraceLabels::flows(m_trace)) {
        const Event &e = ev[f.to];
        const std::int64_t start = ev[f.from].t;
        const std::int64_t end = std::min(std::max(e.t, start), endOf(e));
        const std::int64_t id = nextId++;
        const bool message = e.kind == EventKind::ChanRecv;
        const char *name = message ? "message" : "spawn";
        m_flowOut[f.from] = Flow{id, name, start, primaryTid(ev[f.from]), message};
        m_flowIn.emplace(std::max(f.from, f.to), Flow{id, name, end, primaryTid(e), message});
    }
}

void Builder::append(const QJsonObject &o)
{
    if (!m_first)
        m_out += ",\n";
    m_first = false;
    m_out += QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void Builder::appendMetadata()
{
    auto meta = [this](const char *what, std::int64_t tid, const QJsonObject &args) {
        append(QJsonObject{{"ph", "M"}, {"name", what}, {"pid", Writer::kPid}, {"tid", qint64(tid)},
                           {"args", args}});
    };
    auto track = [&](std::int64_t tid, const QString &name, std::int64_t sortIndex) {
        meta("thread_name", tid, QJsonObject{{"name", name}});
        meta("thread_sort_index", tid, QJsonObject{{"sort_index", qint64(sortIndex)}});
    };

    meta("process_name", Writer::kPid, QJsonObject{{"name", m_labels.runTitle()}});

    // Lanes in the order of the series' charts: ideal beats, beats, then tasks, objects.
    const TraceLabels::Lanes lanes = TraceLabels::lanes(m_trace);
    if (lanes.idealBeats)
        track(Writer::kIdealBeatsTid, QStringLiteral("ideal beats"), 0);
    if (lanes.beats)
        track(Writer::kBeatsTid, QStringLiteral("beats"), 1);
    for (std::uint32_t id : lanes.tasks)
        track(taskTid(id), m_labels.taskTrackName(id), taskTid(id));
    for (std::uint32_t id : lanes.objects)
        track(objectTid(id), m_labels.objectTrackName(id), objectTid(id));
}

void Builder::appendEvent(std::size_t index)
{
    const Event &e = m_trace.events[index];
    const std::int64_t tid = primaryTid(e);
    QJsonObject o{
        {"name", m_labels.eventName(e)},
        {"cat", TraceLabels::category(e.kind)},
        {"ts", micros(e.t)},
        {"pid", Writer::kPid},
        {"tid", qint64(tid)},
        {"args", args(e)},
    };
    if (TraceLabels::isSpan(e.kind)) {
        o.insert("ph", "X");
        o.insert("dur", micros(e.dur));
    } else {
        o.insert("ph", "i");
        // The end of program and a fatal error are a line across every lane.
        const bool global = e.kind == EventKind::ProgramEnd || e.kind == EventKind::FatalError;
        o.insert("s", global ? "g" : "t");
    }
    // A message's arrow starts on the send's own slice, by id (flow v2: Perfetto pairs
    // bind_id exactly, where v1 "s"/"f" events bind to whatever slice encloses them).
    const auto out = m_flowOut.find(index);
    const bool message = out != m_flowOut.end() && out->second.isMessage;
    if (message) {
        o.insert("bind_id", qint64(out->second.id));
        o.insert("flow_out", true);
    }
    append(o);

    // At equal timestamps viewers keep file order: a flow start right after its slice
    // finds it open, and a flow end comes after its start (see matchFlows()).
    if (out != m_flowOut.end() && !message) {
        append(QJsonObject{{"ph", "s"}, {"name", out->second.name}, {"cat", "flow"},
                           {"id", qint64(out->second.id)}, {"ts", micros(out->second.ts)},
                           {"pid", Writer::kPid}, {"tid", qint64(out->second.tid)}});
    }
    const auto [first, last] = m_flowIn.equal_range(index);
    for (auto it = first; it != last; ++it) {
        const Flow &f = it->second;
        if (f.isMessage) {
            // Its own zero-length slice where the message arrived, within the receive: a
            // receiver that waited started before the send, and Perfetto reads slices in
            // time order, dropping a flow_in seen before its flow_out.
            append(QJsonObject{{"ph", "X"}, {"dur", 0}, {"name", "received"}, {"cat", "flow"},
                               {"bind_id", qint64(f.id)}, {"flow_in", true}, {"ts", micros(f.ts)},
                               {"pid", Writer::kPid}, {"tid", qint64(f.tid)}});
        } else {
            append(QJsonObject{{"ph", "f"}, {"bp", "e"}, {"name", f.name}, {"cat", "flow"}, {"id", qint64(f.id)},
                               {"ts", micros(f.ts)}, {"pid", Writer::kPid}, {"tid", qint64(f.tid)}});
        }
    }
    appendMirror(e);
}

// A copy of an operation as an instant on its object's lane (or on the beats lane), at
// the moment it completed, so each channel lane shows its traffic. Mirrors carry no
// args.kind: readers skip them.
void Builder::appendMirror(const Event &e)
{
    std::int64_t tid = 0;
    QString name;
    QJsonObject args{{"mirror_of", QLatin1String(eventKindName(e.kind))},
                     {"by_task", QStringLiteral("%1 (%2)").arg(m_labels.taskName(e.task)).arg(e.task)}};
    switch (e.kind) {
    case EventKind::ChanSend:
        tid = objectTid(e.object);
        name = QStringLiteral("sent %1").arg(e.b);
        args.insert("message", qint64(e.a));
        break;
    case EventKind::ChanRecv:
        tid = objectTid(e.object);
        name = e.has(NotOk) ? QStringLiteral("received (closed)") : QStringLiteral("received %1").arg(e.b);
        args.insert("message", qint64(e.a));
        break;
    case EventKind::WgAdd:
        tid = objectTid(e.object);
        name = QStringLiteral("add %1%2 = %3").arg(e.a >= 0 ? QStringLiteral("+") : QString()).arg(e.a).arg(e.b);
        break;
    case EventKind::WgWait:
        tid = objectTid(e.object);
        name = QStringLiteral("wait returned");
        break;
    case EventKind::Lock:
    case EventKind::Unlock:
        tid = objectTid(e.object);
        name = e.kind == EventKind::Lock ? QStringLiteral("locked") : QStringLiteral("unlocked");
        break;
    case EventKind::Beat:
        tid = Writer::kBeatsTid;
        name = m_labels.eventName(e);
        args.insert("label", e.has(Tock) ? "O" : "I");
        args.insert("volume", qint64(e.b));
        break;
    default:
        return;
    }
    append(QJsonObject{{"ph", "i"}, {"s", "t"}, {"name", name}, {"cat", QStringLiteral("%1,mirror").arg(TraceLabels::category(e.kind))},
                       {"ts", micros(endOf(e))}, {"pid", Writer::kPid}, {"tid", qint64(tid)}, {"args", args}});
}

QJsonObject Builder::header() const
{
    const RunSettings &s = m_trace.settings;
    QJsonArray tasks;
    for (const TaskInfo &t : m_trace.tasks)
        tasks.append(QJsonObject{{"id", qint64(t.id)}, {"parent", qint64(t.parent)}, {"name", t.name}});
    QJsonArray objects;
    for (const ObjectInfo &o : m_trace.objects) {
        objects.append(QJsonObject{{"id", qint64(o.id)}, {"kind", QLatin1String(objectKindName(o.kind))},
                                   {"name", o.name}, {"capacity", qint64(o.capacity)}});
    }
    QJsonArray positions;
    for (const SourcePosition &p : m_trace.positions)
        positions.append(QJsonArray{p.line, p.column});
    QJsonArray texts;
    for (const QString &t : m_trace.texts)
        texts.append(t);
    return QJsonObject{
        {"format", QLatin1String(Writer::kFormatName)},
        {"version", Writer::kFormatVersion},
        {"settings",
         QJsonObject{{"scenario", s.scenario},
                     {"strategy", s.strategy},
                     {"profile", s.profile},
                     {"bpm", s.bpm},
                     {"beats", s.beats},
                     // A string: seeds are unsigned 64-bit, JSON numbers are not.
                     {"seed", QString::number(s.seed)},
                     {"interval_ns", qint64(s.intervalNs())}}},
        {"event_count", qint64(m_trace.events.size())},
        {"tasks", tasks},
        {"objects", objects},
        {"end_reason", QLatin1String(runEndName(m_trace.end))},
        {"source", m_trace.source},
        {"positions", positions},
        {"texts", texts},
        {"tracks",
         QJsonObject{{"pid", Writer::kPid},
                     {"ideal_beats_tid", qint64(Writer::kIdealBeatsTid)},
                     {"beats_tid", qint64(Writer::kBeatsTid)},
                     {"task_tid_base", qint64(Writer::kTaskTidBase)},
                     {"object_tid_base", qint64(Writer::kObjectTidBase)}}},
    };
}

QByteArray Builder::build()
{
    matchFlows();
    m_out.reserve(qsizetype(512 + m_trace.events.size() * 420));
    // Settings first so a person opening the file sees what run it is.
    m_out += "{\"displayTimeUnit\":\"ns\",\n\"cacophony\":";
    m_out += QJsonDocument(header()).toJson(QJsonDocument::Compact);
    m_out += ",\n\"traceEvents\":[\n";
    appendMetadata();
    const std::size_t n = m_trace.events.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (m_progress && i % 2048 == 0 && !m_progress(int(i * 950 / n)))
            return {};
        appendEvent(i);
    }
    m_out += "\n]}\n";
    return m_out;
}

} // namespace

QByteArray ChromeTraceWriter::toJson(const TraceData &trace, const Progress &progress)
{
    return Builder(trace, progress).build();
}

bool ChromeTraceWriter::write(const TraceData &trace, const QString &path, QString *error, const Progress &progress)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("Cannot save the trace: no file name given."));
    const QByteArray json = toJson(trace, progress);
    // Cancelled while building: the file was not even opened.
    if (json.isEmpty() || (progress && !progress(950)))
        return fail(QStringLiteral("Saving the trace to \"%1\" was cancelled.").arg(path));
    // Through OutputFile: a regular file is replaced only once every byte is on disk, a
    // device (/dev/full) is written in place, and a failed write or flush fails.
    QString reason;
    std::unique_ptr<QFileDevice> file = OutputFile::open(path, &reason);
    if (!file)
        return fail(QStringLiteral("Cannot save the trace to \"%1\": %2").arg(path, reason));
    if (progress && !progress(990)) {
        OutputFile::discard(*file);
        return fail(QStringLiteral("Saving the trace to \"%1\" was cancelled.").arg(path));
    }
    if (!OutputFile::commit(*file, json, &reason))
        return fail(QStringLiteral("Cannot save the trace to \"%1\": %2").arg(path, reason));
    if (progress)
        progress(1000);
    return true;
}

} // namespace cacophony
