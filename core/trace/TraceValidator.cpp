#include "trace/TraceValidator.h"

#include "trace/TraceLabels.h"

#include <unordered_set>

namespace cacophony {

namespace {

QString field(const QString &where, const char *key)
{
    return where + QLatin1Char('.') + QLatin1String(key);
}

// Each check returns the first problem of its part of the trace, or an empty string.

QString checkSettings(const RunSettings &s, const TraceValidator::Locator &where)
{
    using V = TraceValidator;
    if (s.bpm < V::kMinBpm || s.bpm > V::kMaxBpm)
        return V::outOfRange(field(where.settings, "bpm"), s.bpm, V::kMinBpm, V::kMaxBpm);
    if (s.beats < 0 || s.beats > V::kMaxBeats)
        return V::outOfRange(field(where.settings, "beats"), s.beats, 0, V::kMaxBeats);
    return {};
}

using IdSet = std::unordered_set<std::uint32_t>;

// Also collects the ids (a hash set: ids of a long run's window are not dense).
QString checkTasks(const std::vector<TaskInfo> &tasks, const TraceValidator::Locator &where, IdSet &seen)
{
    seen.reserve(tasks.size());
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const std::uint32_t id = tasks[i].id;
        if (id == 0)
            return TraceValidator::outOfRange(field(where.task(i), "id"), 0, 1, TraceValidator::kMaxU32);
        if (seen.count(id))
            return QStringLiteral("%1.id: task %2 is listed twice.").arg(where.task(i)).arg(id);
        seen.insert(id);
    }
    return {};
}

QString checkObjects(const std::vector<ObjectInfo> &objects, const TraceValidator::Locator &where, IdSet &seen)
{
    seen.reserve(objects.size());
    for (std::size_t i = 0; i < objects.size(); ++i) {
        const ObjectInfo &o = objects[i];
        if (o.id == 0)
            return TraceValidator::outOfRange(field(where.object(i), "id"), 0, 1, TraceValidator::kMaxU32);
        if (o.capacity < 0 || o.capacity > TraceValidator::kMaxTimeNs)
            return TraceValidator::outOfRange(field(where.object(i), "capacity"), o.capacity, 0,
                                              TraceValidator::kMaxTimeNs);
        if (seen.count(o.id))
            return QStringLiteral("%1.id: object %2 is listed twice.").arg(where.object(i)).arg(o.id);
        seen.insert(o.id);
    }
    return {};
}

QString checkPositions(const TraceData &trace, const TraceValidator::Locator &where)
{
    // A program's text bounds its lines; without the text only the lower bound holds.
    const qint64 lines = trace.source.isEmpty() ? std::numeric_limits<std::int32_t>::max()
                                                : trace.source.count(QLatin1Char('\n')) + 1;
    for (std::size_t i = 0; i < trace.positions.size(); ++i) {
        const SourcePosition &p = trace.positions[i];
        if (p.line < 1 || p.line > lines || p.column < 1)
            return QStringLiteral("%1[%2] = line %3, column %4 is not in the program (it has %5 lines; "
                                  "lines and columns count from 1).")
                .arg(where.positionTable)
                .arg(i)
                .arg(p.line)
                .arg(p.column)
                .arg(trace.source.isEmpty() ? QStringLiteral("no source, so any number of") : QString::number(lines));
    }
    return {};
}

bool hasText(EventKind kind)
{
    return kind == EventKind::LogLine || kind == EventKind::Panic || kind == EventKind::FatalError;
}

QString checkEvent(const TraceData &trace, std::size_t i, const TraceValidator::Locator &where, const IdSet &tasks,
                   const IdSet &objects)
{
    using V = TraceValidator;
    const Event &e = trace.events[i];
    // The event's place is formatted only for a message: this runs once per event.
    const auto at = [&] { return where.event(i); };
    if (e.kind >= EventKind::Count)
        return QStringLiteral("%1.kind: unknown event kind %2.").arg(at()).arg(int(e.kind));
    if (e.t < 0)
        return QStringLiteral("%1.%2 = %3 is before the start of the run (times count from 0).")
            .arg(at(), where.time)
            .arg(e.t);
    if (e.t > V::kMaxTimeNs)
        return V::outOfRange(at() + QLatin1Char('.') + where.time, e.t, 0, V::kMaxTimeNs);
    if (e.dur < 0 || e.dur > V::kMaxTimeNs)
        return V::outOfRange(at() + QLatin1Char('.') + where.duration, e.dur, 0, V::kMaxTimeNs);
    if (i > 0 && e.t < trace.events[i - 1].t)
        return QStringLiteral("%1.%2 = %3 is earlier than the event before it (%4 at %5): events out of time order.")
            .arg(at(), where.time)
            .arg(e.t)
            .arg(where.event(i - 1))
            .arg(trace.events[i - 1].t);
    if (e.task != 0 && !tasks.count(e.task))
        return QStringLiteral("%1.task = %2: there is no task %2 in %3.").arg(at()).arg(e.task).arg(where.taskTable);
    if (e.kind == EventKind::TaskSpawn && e.object != 0 && !tasks.count(e.object))
        return QStringLiteral("%1.object = %2: the spawned task %2 is not in %3.").arg(at()).arg(e.object).arg(where.taskTable);
    if (TraceLabels::refersToObject(e.kind) && e.object != 0 && !objects.count(e.object))
        return QStringLiteral("%1.object = %2: there is no object %2 in %3.").arg(at()).arg(e.object).arg(where.objectTable);
    if (e.pos != 0 && !trace.position(e.pos))
        return QStringLiteral("%1.pos = %2: %3 holds %4 positions.")
            .arg(at())
            .arg(e.pos)
            .arg(where.positionTable)
            .arg(trace.positions.size());
    if (hasText(e.kind) && e.a != 0 && !trace.text(e.a))
        return QStringLiteral("%1.a = %2: %3 holds %4 texts.").arg(at()).arg(e.a).arg(where.textTable).arg(trace.texts.size());
    return {};
}

} // namespace

QString TraceValidator::outOfRange(const QString &field, qint64 value, qint64 min, qint64 max)
{
    return QStringLiteral("%1 = %2 is out of range (%3 to %4).").arg(field).arg(value).arg(min).arg(max);
}

QString TraceValidator::check(const TraceData &trace, const Locator &where)
{
    IdSet tasks, objects;
    QString problem = checkSettings(trace.settings, where);
    if (problem.isEmpty())
        problem = checkTasks(trace.tasks, where, tasks);
    if (problem.isEmpty())
        problem = checkObjects(trace.objects, where, objects);
    if (problem.isEmpty())
        problem = checkPositions(trace, where);
    for (std::size_t i = 0; problem.isEmpty() && i < trace.events.size(); ++i)
        problem = checkEvent(trace, i, where, tasks, objects);
    return problem;
}

} // namespace cacophony
