#include "trace/TraceLabels.h"

#include <limits>
#include <map>
#include <set>

#include <QStringList>

namespace cacophony {

namespace {

QString signedDelta(std::int64_t a)
{
    return (a >= 0 ? QStringLiteral("+") : QString()) + QString::number(a);
}

} // namespace

TraceLabels::TraceLabels(const TraceData &trace)
    : m_trace(trace)
{
}

QString TraceLabels::taskName(std::uint32_t id) const
{
    if (const TaskInfo *t = m_trace.task(id))
        return t->name;
    return id == 0 ? QStringLiteral("outside the runtime") : QStringLiteral("task %1").arg(id);
}

QString TraceLabels::objectName(std::uint32_t id) const
{
    if (const ObjectInfo *o = m_trace.object(id))
        return o->name;
    return QStringLiteral("object %1").arg(id);
}

QString TraceLabels::objectTrackName(std::uint32_t id) const
{
    const ObjectInfo *o = m_trace.object(id);
    const char *prefix = "object";
    if (o) {
        switch (o->kind) {
        case ObjectKind::Channel:
            prefix = "chan";
            break;
        case ObjectKind::WaitGroup:
            prefix = "wg";
            break;
        case ObjectKind::Ticker:
            prefix = "ticker";
            break;
        case ObjectKind::Mutex:
            prefix = "mutex";
            break;
        case ObjectKind::RWMutex:
            prefix = "rwmutex";
            break;
        }
    }
    // A name that already says its kind ("ticker", "ticker 2") is not prefixed again.
    const QString name = objectName(id);
    if (name.section(QLatin1Char(' '), 0, 0).compare(QLatin1String(prefix), Qt::CaseInsensitive) == 0)
        return QStringLiteral("%1 (%2)").arg(name).arg(id);
    return QStringLiteral("%1 %2 (%3)").arg(QLatin1String(prefix), name).arg(id);
}

QString TraceLabels::text(std::int64_t id) const
{
    const QString *t = m_trace.text(id);
    return t ? *t : QString();
}

QString TraceLabels::runTitle() const
{
    const RunSettings &s = m_trace.settings;
    QString title = QStringLiteral("Cacophony: %1").arg(s.scenario.isEmpty() ? QStringLiteral("run") : s.scenario);
    if (!s.strategy.isEmpty())
        title += QStringLiteral(" (%1, %2, %3 BPM)").arg(s.strategy, s.profile).arg(s.bpm);
    return title;
}

QString TraceLabels::eventName(const Event &e) const
{
    switch (e.kind) {
    case EventKind::TaskSpawn:
        return QStringLiteral("spawn ") + taskName(e.object);
    case EventKind::TaskStart:
        return QStringLiteral("start");
    case EventKind::TaskEnd:
        if (e.has(Failed))
            return QStringLiteral("end (failed)");
        return e.has(Cancelled) ? QStringLiteral("end (cancelled)") : QStringLiteral("end");
    case EventKind::Sleep:
        return QStringLiteral("sleep");
    case EventKind::Spin:
        return QStringLiteral("spin");
    case EventKind::ChanSend:
        return QStringLiteral("send ") + objectName(e.object);
    case EventKind::ChanRecv:
        return QStringLiteral("recv ") + objectName(e.object) + (e.has(NotOk) ? QStringLiteral(" (closed)") : QString());
    case EventKind::ChanClose:
        return QStringLiteral("close ") + objectName(e.object);
    case EventKind::WgAdd:
        return QStringLiteral("wg add ") + signedDelta(e.a);
    case EventKind::WgWait:
        return QStringLiteral("wg wait");
    case EventKind::Tick:
        return QStringLiteral("tick #%1").arg(e.a) + (e.has(Dropped) ? QStringLiteral(" (dropped)") : QString());
    case EventKind::IdealBeat:
        return QStringLiteral("ideal beat #%1").arg(e.a);
    case EventKind::Measure:
        return QStringLiteral("measure #%1").arg(e.a);
    case EventKind::Beat:
        return QStringLiteral("beat #%1").arg(e.a) + (e.has(Lost) ? QStringLiteral(" (lost)") : QString());
    case EventKind::ProgramEnd:
        return QStringLiteral("end of program");
    case EventKind::Print:
        return QStringLiteral("print line #%1").arg(e.a) + (e.has(Lost) ? QStringLiteral(" (lost)") : QString());
    case EventKind::Lock:
        return (e.a ? QStringLiteral("rlock ") : QStringLiteral("lock ")) + objectName(e.object);
    case EventKind::Unlock:
        return (e.a ? QStringLiteral("runlock ") : QStringLiteral("unlock ")) + objectName(e.object);
    case EventKind::Select:
        if (e.a < 0)
            return QStringLiteral("select default");
        return QStringLiteral("select case %1 (%2)").arg(e.a).arg(objectName(e.object));
    case EventKind::LogLine:
        return QStringLiteral("output: ") + text(e.a).left(60) + (e.has(Lost) ? QStringLiteral(" (lost)") : QString());
    case EventKind::Panic:
        return (e.b ? QStringLiteral("recovered: ") : QStringLiteral("panic: ")) + text(e.a).left(60);
    case EventKind::FatalError:
        return QStringLiteral("fatal error: ") + text(e.a).left(60);
    case EventKind::TempoChange:
        return QStringLiteral("tempo %1 -> %2 BPM").arg(e.b).arg(e.a);
    case EventKind::Count:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject TraceLabels::readableArgs(const Event &e) const
{
    QJsonObject o;
    if (e.flags)
        o.insert("flag_names", flagNames(e.flags));
    o.insert("task_name", taskName(e.task));
    if (const SourcePosition *p = m_trace.position(e.pos))
        o.insert("source", QStringLiteral("%1:%2").arg(p->line).arg(p->column));
    switch (e.kind) {
    case EventKind::TaskSpawn:
        o.insert("child_name", taskName(e.object));
        break;
    case EventKind::Sleep:
        o.insert("requested_ns", qint64(e.a));
        break;
    case EventKind::ChanSend:
    case EventKind::ChanRecv:
        o.insert("channel", objectName(e.object));
        o.insert("message", qint64(e.a));
        o.insert("value", qint64(e.b));
        break;
    case EventKind::ChanClose:
        o.insert("channel", objectName(e.object));
        break;
    case EventKind::WgAdd:
        o.insert("wait_group", objectName(e.object));
        o.insert("delta", qint64(e.a));
        o.insert("counter", qint64(e.b));
        break;
    case EventKind::WgWait:
        o.insert("wait_group", objectName(e.object));
        break;
    case EventKind::Tick:
        o.insert("ticker", objectName(e.object));
        o.insert("tick", qint64(e.a));
        break;
    case EventKind::IdealBeat:
        o.insert("beat", qint64(e.a));
        break;
    case EventKind::Measure:
        o.insert("measurement", qint64(e.a));
        o.insert("volume", qint64(e.b));
        break;
    case EventKind::Beat:
        o.insert("beat", qint64(e.a));
        o.insert("volume", qint64(e.b));
        o.insert("label", e.has(Tock) ? "O" : "I");
        o.insert("lost", e.has(Lost));
        break;
    case EventKind::Print:
        o.insert("line", qint64(e.a));
        o.insert("lost", e.has(Lost));
        break;
    case EventKind::Lock:
    case EventKind::Unlock:
        o.insert("mutex", objectName(e.object));
        o.insert("read", e.a != 0);
        break;
    case EventKind::Select:
        o.insert("case", qint64(e.a));
        o.insert("cases", qint64(e.b));
        if (e.object)
            o.insert("channel", objectName(e.object));
        break;
    case EventKind::LogLine:
        o.insert("text", text(e.a));
        o.insert("stream", e.b == 2 ? "stderr" : "stdout");
        o.insert("lost", e.has(Lost));
        break;
    case EventKind::Panic:
    case EventKind::FatalError:
        o.insert("text", text(e.a));
        break;
    default:
        break;
    }
    return o;
}

const char *TraceLabels::category(EventKind kind)
{
    switch (kind) {
    case EventKind::TaskSpawn:
    case EventKind::TaskStart:
    case EventKind::TaskEnd:
        return "task";
    case EventKind::Sleep:
        return "sleep";
    case EventKind::Spin:
        return "spin";
    case EventKind::ChanSend:
    case EventKind::ChanRecv:
    case EventKind::ChanClose:
        return "chan";
    case EventKind::WgAdd:
    case EventKind::WgWait:
        return "wait_group";
    case EventKind::Tick:
        return "ticker";
    case EventKind::IdealBeat:
        return "ideal_beat";
    case EventKind::Measure:
        return "measure";
    case EventKind::Beat:
        return "beat";
    case EventKind::ProgramEnd:
        return "program_end";
    case EventKind::Print:
        return "print";
    case EventKind::Lock:
    case EventKind::Unlock:
        return "mutex";
    case EventKind::Select:
        return "select";
    case EventKind::LogLine:
        return "output";
    case EventKind::Panic:
    case EventKind::FatalError:
        return "failure";
    case EventKind::TempoChange:
        return "tempo";
    case EventKind::Count:
        break;
    }
    return "unknown";
}

QString TraceLabels::flagNames(std::uint8_t flags)
{
    QStringList names;
    for (int bit = 0; bit < 8; ++bit) {
        if (flags & (1u << bit))
            names << QLatin1String(eventFlagName(static_cast<EventFlag>(1u << bit)));
    }
    return names.join(QLatin1Char('|'));
}

bool TraceLabels::isSpan(EventKind kind)
{
    switch (kind) {
    case EventKind::Sleep:
    case EventKind::Spin:
    case EventKind::ChanSend:
    case EventKind::ChanRecv:
    case EventKind::WgWait:
    case EventKind::Measure:
    case EventKind::Lock:
    case EventKind::Select:
        return true;
    default:
        return false;
    }
}

std::vector<TraceLabels::Flow> TraceLabels::flows(const TraceData &trace)
{
    const std::vector<Event> &ev = trace.events;
    std::map<std::pair<std::uint32_t, std::int64_t>, std::vector<std::size_t>> sends;
    std::map<std::uint32_t, std::size_t> spawns; // child task -> spawn index
    for (std::size_t i = 0; i < ev.size(); ++i) {
        if (ev[i].kind == EventKind::ChanSend && ev[i].a != 0)
            sends[{ev[i].object, ev[i].a}].push_back(i);
        else if (ev[i].kind == EventKind::TaskSpawn && ev[i].object != 0)
            spawns.emplace(ev[i].object, i);
    }
    std::map<std::pair<std::uint32_t, std::int64_t>, std::size_t> used;
    std::vector<Flow> out;
    for (std::size_t i = 0; i < ev.size(); ++i) {
        const Event &e = ev[i];
        std::size_t from = ev.size();
        if (e.kind == EventKind::ChanRecv && e.a != 0 && !e.has(NotOk)) {
            const auto key = std::make_pair(e.object, e.a);
            auto it = sends.find(key);
            std::size_t &n = used[key];
            if (it == sends.end() || n >= it->second.size())
                continue;
            from = it->second[n++];
        } else if (e.kind == EventKind::TaskStart) {
            auto it = spawns.find(e.task);
            if (it == spawns.end())
                continue;
            from = it->second;
            spawns.erase(it);
        } else {
            continue;
        }
        if (endOf(e) >= ev[from].t)
            out.push_back(Flow{from, i});
    }
    return out;
}

TraceLabels::Lanes TraceLabels::lanes(const TraceData &trace)
{
    std::set<std::uint32_t> tasks, objects;
    Lanes out;
    for (const TaskInfo &t : trace.tasks)
        tasks.insert(t.id);
    for (const ObjectInfo &o : trace.objects)
        objects.insert(o.id);
    for (const Event &e : trace.events) {
        tasks.insert(e.task);
        out.idealBeats |= e.kind == EventKind::IdealBeat;
        out.beats |= e.kind == EventKind::Beat;
        if (refersToObject(e.kind) && e.object != 0)
            objects.insert(e.object);
    }
    out.tasks.assign(tasks.begin(), tasks.end());
    out.objects.assign(objects.begin(), objects.end());
    return out;
}

QString TraceLabels::taskTrackName(std::uint32_t id) const
{
    return QStringLiteral("%1 (%2)").arg(taskName(id)).arg(id);
}

std::int64_t TraceLabels::endOf(const Event &e)
{
    if (e.dur > 0 && e.t > std::numeric_limits<std::int64_t>::max() - e.dur)
        return std::numeric_limits<std::int64_t>::max();
    if (e.dur < 0 && e.t < std::numeric_limits<std::int64_t>::min() - e.dur)
        return std::numeric_limits<std::int64_t>::min();
    return e.t + e.dur;
}

bool TraceLabels::refersToObject(EventKind kind)
{
    switch (kind) {
    case EventKind::ChanSend:
    case EventKind::ChanRecv:
    case EventKind::ChanClose:
    case EventKind::WgAdd:
    case EventKind::WgWait:
    case EventKind::Tick:
    case EventKind::Lock:
    case EventKind::Unlock:
    case EventKind::Select:
        return true;
    default:
        return false;
    }
}

} // namespace cacophony
