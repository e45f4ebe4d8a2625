#include "trace/PerfettoRunReader.h"

#include "trace/TraceValidator.h"

#include <limits>

namespace cacophony {

using DebugAnnotation = PerfettoRunReader::DebugAnnotation;
using Annotations = PerfettoRunReader::Annotations;

namespace {

constexpr qint64 kMaxU32 = TraceValidator::kMaxU32;

const DebugAnnotation *entry(const Annotations &list, const char *name)
{
    for (const DebugAnnotation &a : list) {
        if (a.name() == name)
            return &a;
    }
    return nullptr;
}

} // namespace

bool PerfettoRunReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

const DebugAnnotation *PerfettoRunReader::need(const Annotations &list, const QString &where, const char *name)
{
    const DebugAnnotation *a = entry(list, name);
    if (!a)
        fail(QStringLiteral("%1.%2 is missing.").arg(where, QLatin1String(name)));
    return a;
}

bool PerfettoRunReader::string(const Annotations &list, const QString &where, const char *name, QString *out)
{
    const DebugAnnotation *a = need(list, where, name);
    if (!a)
        return false;
    if (!a->has_string_value())
        return fail(QStringLiteral("%1.%2 must be a string.").arg(where, QLatin1String(name)));
    *out = QString::fromStdString(a->string_value());
    return true;
}

bool PerfettoRunReader::integer(const DebugAnnotation &a, const QString &where, qint64 min, qint64 max, qint64 *out)
{
    if (a.has_uint_value() && a.uint_value() > std::uint64_t(max))
        return fail(QStringLiteral("%1 = %2 is out of range (%3 to %4).").arg(where).arg(a.uint_value()).arg(min).arg(max));
    if (!a.has_int_value() && !a.has_uint_value())
        return fail(QStringLiteral("%1 must be an integer.").arg(where));
    const qint64 v = a.has_int_value() ? a.int_value() : qint64(a.uint_value());
    if (v < min || v > max)
        return fail(TraceValidator::outOfRange(where, v, min, max));
    *out = v;
    return true;
}

bool PerfettoRunReader::integer(const Annotations &list, const QString &where, const char *name, qint64 min, qint64 max, qint64 *out)
{
    const DebugAnnotation *a = need(list, where, name);
    return a && integer(*a, where + QLatin1Char('.') + QLatin1String(name), min, max, out);
}


bool PerfettoRunReader::settings(const Annotations &list, RunSettings *s)
{
    const QString where = QStringLiteral("run.settings");
    qint64 bpm = 0, beats = 0, seed = 0;
    if (!string(list, where, "scenario", &s->scenario) || !string(list, where, "strategy", &s->strategy)
        || !string(list, where, "profile", &s->profile)
        || !integer(list, where, "bpm", TraceValidator::kMinBpm, TraceValidator::kMaxBpm, &bpm)
        || !integer(list, where, "beats", 0, TraceValidator::kMaxBeats, &beats))
        return false;
    const DebugAnnotation *a = need(list, where, "seed");
    if (!a)
        return false;
    if (a->has_uint_value())
        s->seed = a->uint_value();
    else if (integer(*a, where + QStringLiteral(".seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        s->seed = std::uint64_t(seed);
    else
        return false;
    s->bpm = int(bpm);
    s->beats = int(beats);
    return true;
}

bool PerfettoRunReader::tasks(const DebugAnnotation &a, std::vector<TaskInfo> *out)
{
    for (int i = 0; i < a.array_values_size(); ++i) {
        const QString where = QStringLiteral("run.tasks[%1]").arg(i);
        const Annotations &t = a.array_values(i).dict_entries();
        qint64 id = 0, parent = 0;
        TaskInfo info;
        if (!integer(t, where, "id", 0, kMaxU32, &id) || !integer(t, where, "parent", 0, kMaxU32, &parent)
            || !string(t, where, "name", &info.name))
            return false;
        info.id = std::uint32_t(id);
        info.parent = std::uint32_t(parent);
        out->push_back(std::move(info));
    }
    return true;
}

bool PerfettoRunReader::objects(const DebugAnnotation &a, std::vector<ObjectInfo> *out)
{
    for (int i = 0; i < a.array_values_size(); ++i) {
        const QString where = QStringLiteral("run.objects[%1]").arg(i);
        const Annotations &o = a.array_values(i).dict_entries();
        qint64 id = 0, capacity = 0;
        QString kind;
        ObjectInfo info;
        if (!integer(o, where, "id", 0, kMaxU32, &id) || !string(o, where, "kind", &kind)
            || !string(o, where, "name", &info.name)
            || !integer(o, where, "capacity", std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                        &capacity))
            return false;
        info.capacity = capacity;
        if (!objectKindFromName(kind, &info.kind))
            return fail(QStringLiteral("%1.kind: unknown object kind \"%2\".").arg(where, kind.left(40)));
        info.id = std::uint32_t(id);
        out->push_back(std::move(info));
    }
    return true;
}

bool PerfettoRunReader::positions(const DebugAnnotation &a, std::vector<SourcePosition> *out)
{
    constexpr qint64 kMaxI32 = std::numeric_limits<std::int32_t>::max();
    for (int i = 0; i < a.array_values_size(); ++i) {
        const QString where = QStringLiteral("run.positions[%1]").arg(i);
        const DebugAnnotation &pair = a.array_values(i);
        qint64 line = 0, column = 0;
        if (pair.array_values_size() != 2)
            return fail(QStringLiteral("%1 must be an array [line, column].").arg(where));
        if (!integer(pair.array_values(0), where + QStringLiteral(".line"), 0, kMaxI32, &line)
            || !integer(pair.array_values(1), where + QStringLiteral(".column"), 0, kMaxI32, &column))
            return false;
        out->push_back(SourcePosition{std::int32_t(line), std::int32_t(column)});
    }
    return true;
}

bool PerfettoRunReader::read(const Annotations &args, TraceData *trace, qint64 *eventCount)
{
    const QString where = QStringLiteral("run");
    QString format, end;
    qint64 version = 0;
    if (!string(args, where, "format", &format))
        return false;
    if (format != QLatin1String("cacophony-trace"))
        return fail(QStringLiteral("run.format is \"%1\", expected \"cacophony-trace\".").arg(format.left(40)));
    if (!integer(args, where, "version", 1, std::numeric_limits<int>::max(), &version))
        return false;
    if (version > 2)
        return fail(QStringLiteral("The trace has format version %1; this Cacophony reads version 2 only. "
                                            "It was written by a newer version.")
                                 .arg(version));
    const DebugAnnotation *s = need(args, where, "settings");
    const DebugAnnotation *t = s ? need(args, where, "tasks") : nullptr;
    const DebugAnnotation *o = t ? need(args, where, "objects") : nullptr;
    const DebugAnnotation *p = o ? need(args, where, "positions") : nullptr;
    const DebugAnnotation *x = p ? need(args, where, "texts") : nullptr;
    if (!x || !settings(s->dict_entries(), &trace->settings) || !tasks(*t, &trace->tasks) || !objects(*o, &trace->objects)
        || !positions(*p, &trace->positions)
        || !integer(args, where, "event_count", 0, std::numeric_limits<qint64>::max(), eventCount)
        || !string(args, where, "end_reason", &end) || !string(args, where, "source", &trace->source))
        return false;
    if (!runEndFromName(end, &trace->end))
        return fail(QStringLiteral("run.end_reason: unknown end reason \"%1\".").arg(end.left(40)));
    for (int i = 0; i < x->array_values_size(); ++i) {
        if (!x->array_values(i).has_string_value())
            return fail(QStringLiteral("run.texts[%1] must be a string.").arg(i));
        trace->texts.push_back(QString::fromStdString(x->array_values(i).string_value()));
    }
    return true;
}

} // namespace cacophony
