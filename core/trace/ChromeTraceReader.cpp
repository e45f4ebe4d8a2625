#include "trace/ChromeTraceReader.h"

#include "io/InputFile.h"

#include "trace/ChromeTraceWriter.h"
#include "trace/JsonStream.h"
#include "trace/TraceValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <algorithm>
#include <limits>

namespace cacophony {

namespace {

// Each value is checked here for its JSON type and that it fits where it is stored;
// TraceValidator checks the rest, for every reader alike.
constexpr qint64 kMaxTimeNs = TraceValidator::kMaxTimeNs;
constexpr qint64 kMaxU32 = TraceValidator::kMaxU32;
constexpr qint64 kMinI64 = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxI64 = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxI32 = std::numeric_limits<std::int32_t>::max();

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(v.toDouble());
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Where a trace is read from: bytes in memory, or a file read in chunks.
struct Source
{
    const QByteArray *bytes = nullptr;
    std::FILE *file = nullptr;
    std::size_t size = 0;
};

// Reads one trace; the first problem found ends the parse with m_error set.
class Parser
{
public:
    explicit Parser(const ChromeTraceReader::Progress &progress)
        : m_progress(progress)
    {
    }
    std::optional<TraceData> parse(const Source &source);
    QString error() const { return m_error; }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

private:
    bool integer(const QJsonObject &o, const char *key, const QString &where, qint64 min, qint64 max,
                 qint64 *out);
    bool string(const QJsonObject &o, const char *key, const QString &where, QString *out);
    bool object(const QJsonObject &o, const char *key, const QString &where, QJsonObject *out);
    bool array(const QJsonObject &o, const char *key, const QString &where, QJsonArray *out);
    bool header(const QJsonValue &cacophony, TraceData *trace, qint64 *eventCount);
    bool settings(const QJsonObject &o, RunSettings *s);
    bool tasks(const QJsonArray &a, std::vector<TaskInfo> *out);
    bool objects(const QJsonArray &a, std::vector<ObjectInfo> *out);
    bool program(const QJsonObject &h, TraceData *trace);
    bool element(qsizetype i, const QJsonValue &v, std::vector<Event> *out);
    bool sortAndValidate(TraceData &trace);
    bool event(const QJsonObject &args, const QString &where, Event *out);

    // False (and the error set) if the caller cancelled.
    bool progress(int permille)
    {
        if (!m_progress || m_progress(permille))
            return true;
        return fail(QStringLiteral("Reading was cancelled."));
    }

    const ChromeTraceReader::Progress &m_progress;
    QString m_error;
    std::vector<std::uint32_t> m_fileIndex; // traceEvents index of each event read, for messages
};

QString field(const QString &where, const char *key)
{
    return where.isEmpty() ? QString::fromLatin1(key) : where + QLatin1Char('.') + QLatin1String(key);
}

bool Parser::integer(const QJsonObject &o, const char *key, const QString &where, qint64 min, qint64 max,
                     qint64 *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    // The name only when it is needed: this runs several times per event.
    if (v.isUndefined())
        return fail(QStringLiteral("%1 is missing.").arg(field(where, key)));
    if (!v.isDouble())
        return fail(QStringLiteral("%1 must be an integer, not %2.").arg(field(where, key), describe(v)));
    // toInteger() fails for fractions and for numbers beyond 64 bits; the sentinel pair
    // tells a genuine value from a failure.
    const qint64 a = v.toInteger(std::numeric_limits<qint64>::min());
    const qint64 b = v.toInteger(std::numeric_limits<qint64>::max());
    if (a != b)
        return fail(QStringLiteral("%1 must be an integer, not %2.").arg(field(where, key), describe(v)));
    if (a < min || a > max)
        return fail(TraceValidator::outOfRange(field(where, key), a, min, max));
    *out = a;
    return true;
}

bool Parser::string(const QJsonObject &o, const char *key, const QString &where, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fail(QStringLiteral("%1 is missing.").arg(field(where, key)));
    if (!v.isString())
        return fail(QStringLiteral("%1 must be a string, not %2.").arg(field(where, key), describe(v)));
    *out = v.toString();
    return true;
}

bool Parser::object(const QJsonObject &o, const char *key, const QString &where, QJsonObject *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fail(QStringLiteral("%1 is missing.").arg(field(where, key)));
    if (!v.isObject())
        return fail(QStringLiteral("%1 must be an object, not %2.").arg(field(where, key), describe(v)));
    *out = v.toObject();
    return true;
}

bool Parser::array(const QJsonObject &o, const char *key, const QString &where, QJsonArray *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fail(QStringLiteral("%1 is missing.").arg(field(where, key)));
    if (!v.isArray())
        return fail(QStringLiteral("%1 must be an array, not %2.").arg(field(where, key), describe(v)));
    *out = v.toArray();
    return true;
}

bool Parser::settings(const QJsonObject &o, RunSettings *s)
{
    const QString where = QStringLiteral("cacophony.settings");
    qint64 bpm = 0, beats = 0;
    if (!string(o, "scenario", where, &s->scenario) || !string(o, "strategy", where, &s->strategy)
        || !string(o, "profile", where, &s->profile) || !integer(o, "bpm", where, TraceValidator::kMinBpm, TraceValidator::kMaxBpm, &bpm)
        || !integer(o, "beats", where, 0, TraceValidator::kMaxBeats, &beats))
        return false;
    s->bpm = int(bpm);
    s->beats = int(beats);
    // Written as a string (unsigned 64-bit); a plain non-negative number is accepted too.
    const QJsonValue seed = o.value(QLatin1String("seed"));
    if (seed.isString()) {
        bool ok = false;
        s->seed = seed.toString().toULongLong(&ok);
        if (!ok || seed.toString().startsWith(QLatin1Char('-')) || seed.toString().startsWith(QLatin1Char('+')))
            return fail(QStringLiteral("%1.seed must be an unsigned 64-bit integer, not \"%2\".")
                            .arg(where, seed.toString().left(40)));
    } else {
        qint64 value = 0;
        if (!integer(o, "seed", where, 0, std::numeric_limits<qint64>::max(), &value))
            return false;
        s->seed = std::uint64_t(value);
    }
    return true;
}

bool Parser::tasks(const QJsonArray &a, std::vector<TaskInfo> *out)
{
    out->reserve(std::size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString where = QStringLiteral("cacophony.tasks[%1]").arg(i);
        if (!a[i].isObject())
            return fail(QStringLiteral("%1 must be an object, not %2.").arg(where, describe(a[i])));
        const QJsonObject o = a[i].toObject();
        qint64 id = 0, parent = 0;
        TaskInfo t;
        if (!integer(o, "id", where, 0, kMaxU32, &id) || !integer(o, "parent", where, 0, kMaxU32, &parent)
            || !string(o, "name", where, &t.name))
            return false;
        t.id = std::uint32_t(id);
        t.parent = std::uint32_t(parent);
        out->push_back(std::move(t));
    }
    return true;
}

bool Parser::objects(const QJsonArray &a, std::vector<ObjectInfo> *out)
{
    out->reserve(std::size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString where = QStringLiteral("cacophony.objects[%1]").arg(i);
        if (!a[i].isObject())
            return fail(QStringLiteral("%1 must be an object, not %2.").arg(where, describe(a[i])));
        const QJsonObject o = a[i].toObject();
        qint64 id = 0, capacity = 0;
        QString kind;
        ObjectInfo info;
        if (!integer(o, "id", where, 0, kMaxU32, &id) || !string(o, "kind", where, &kind)
            || !string(o, "name", where, &info.name) || !integer(o, "capacity", where, kMinI64, kMaxI64, &capacity))
            return false;
        if (!objectKindFromName(kind, &info.kind))
            return fail(QStringLiteral("%1.kind: unknown object kind \"%2\" (expected channel, wait_group, ticker, "
                                       "mutex or rw_mutex).")
                            .arg(where, kind.left(40)));
        info.id = std::uint32_t(id);
        info.capacity = capacity;
        out->push_back(std::move(info));
    }
    return true;
}

bool Parser::header(const QJsonValue &c, TraceData *trace, qint64 *eventCount)
{
    if (!c.isObject())
        return fail(QStringLiteral("cacophony must be an object, not %1.").arg(describe(c)));
    const QJsonObject h = c.toObject();
    const QString where = QStringLiteral("cacophony");
    QString format;
    if (!string(h, "format", where, &format))
        return false;
    if (format != QLatin1String(ChromeTraceWriter::kFormatName))
        return fail(QStringLiteral("cacophony.format is \"%1\", expected \"%2\".")
                        .arg(format.left(40), QLatin1String(ChromeTraceWriter::kFormatName)));
    qint64 version = 0;
    if (!integer(h, "version", where, 1, std::numeric_limits<int>::max(), &version))
        return false;
    if (version > ChromeTraceWriter::kFormatVersion)
        return fail(QStringLiteral("The trace has format version %1; this Cacophony reads version %2 only. "
                                   "It was written by a newer version.")
                        .arg(version)
                        .arg(ChromeTraceWriter::kFormatVersion));
    QJsonObject s;
    QJsonArray t, o;
    return object(h, "settings", where, &s) && settings(s, &trace->settings)
        && integer(h, "event_count", where, 0, std::numeric_limits<qint64>::max(), eventCount)
        && array(h, "tasks", where, &t) && tasks(t, &trace->tasks) && array(h, "objects", where, &o)
        && objects(o, &trace->objects) && (version < 2 || program(h, trace));
}

// Version 2: how the run ended, the program's source and the interned tables.
bool Parser::program(const QJsonObject &h, TraceData *trace)
{
    const QString where = QStringLiteral("cacophony");
    QString end;
    QJsonArray positions, texts;
    if (!string(h, "end_reason", where, &end) || !string(h, "source", where, &trace->source)
        || !array(h, "positions", where, &positions) || !array(h, "texts", where, &texts))
        return false;
    if (!runEndFromName(end, &trace->end))
        return fail(QStringLiteral("cacophony.end_reason: unknown end reason \"%1\" (expected unknown, finished, "
                                   "stopped, panicked or deadlocked).")
                        .arg(end.left(40)));
    trace->positions.reserve(std::size_t(positions.size()));
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const QJsonArray p = positions[i].toArray();
        const QString at = QStringLiteral("cacophony.positions[%1]").arg(i);
        if (!positions[i].isArray() || p.size() != 2)
            return fail(QStringLiteral("%1 must be an array [line, column], not %2.").arg(at, describe(positions[i])));
        qint64 line = 0, column = 0;
        const QJsonObject pair{{"line", p[0]}, {"column", p[1]}};
        if (!integer(pair, "line", at, 0, kMaxI32, &line) || !integer(pair, "column", at, 0, kMaxI32, &column))
            return false;
        trace->positions.push_back(SourcePosition{std::int32_t(line), std::int32_t(column)});
    }
    trace->texts.reserve(std::size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!texts[i].isString())
            return fail(QStringLiteral("cacophony.texts[%1] must be a string, not %2.").arg(i).arg(describe(texts[i])));
        trace->texts.push_back(texts[i].toString());
    }
    return true;
}

bool Parser::event(const QJsonObject &args, const QString &where, Event *out)
{
    QString kindName;
    if (!string(args, "kind", where, &kindName))
        return false;
    const EventKind kind = eventKindFromName(kindName.toLatin1().constData());
    if (kind == EventKind::Count)
        return fail(QStringLiteral("%1.kind: unknown event kind \"%2\".").arg(where, kindName.left(40)));
    qint64 t = 0, dur = 0, a = 0, b = 0, task = 0, object = 0, flags = 0, pos = 0;
    if (!integer(args, "t_ns", where, -kMaxTimeNs, kMaxTimeNs, &t)
        || !integer(args, "dur_ns", where, 0, kMaxTimeNs, &dur) || !integer(args, "a", where, kMinI64, kMaxI64, &a)
        || !integer(args, "b", where, kMinI64, kMaxI64, &b) || !integer(args, "task", where, 0, kMaxU32, &task)
        || !integer(args, "object", where, 0, kMaxU32, &object) || !integer(args, "flags", where, 0, 255, &flags))
        return false;
    // Version 2 writes a source position where there is one.
    if (args.contains(QLatin1String("pos")) && !integer(args, "pos", where, 0, kMaxU32, &pos))
        return false;
    out->pos = std::uint32_t(pos);
    out->kind = kind;
    out->t = t;
    out->dur = dur;
    out->a = a;
    out->b = b;
    out->task = std::uint32_t(task);
    out->object = std::uint32_t(object);
    out->flags = std::uint8_t(flags);
    return true;
}

bool Parser::element(qsizetype i, const QJsonValue &v, std::vector<Event> *out)
{
    if (!v.isObject())
        return fail(QStringLiteral("traceEvents[%1] must be an object, not %2.").arg(i).arg(describe(v)));
    // Ours carry args.kind; anything else (metadata, flows, mirrors, other tools'
    // events) is decoration.
    const QJsonValue args = v.toObject().value(QLatin1String("args"));
    if (!args.isObject() || !args.toObject().contains(QLatin1String("kind")))
        return true;
    Event e;
    if (!event(args.toObject(), QString(), &e)) {
        // Its place in the file is formatted only for the message (once per event would
        // cost more than the checks).
        m_error.clear();
        event(args.toObject(), QStringLiteral("traceEvents[%1].args").arg(i), &e);
        return false;
    }
    out->push_back(e);
    m_fileIndex.push_back(std::uint32_t(i));
    return true;
}

std::optional<TraceData> Parser::parse(const Source &source)
{
    if (source.size == 0 || (source.bytes && source.bytes->trimmed().isEmpty())) {
        fail(QStringLiteral("The trace is empty."));
        return std::nullopt;
    }
    TraceData trace;
    qint64 expected = -1;
    JsonStream::Callbacks callbacks;
    callbacks.streamedKey = QStringLiteral("traceEvents");
    callbacks.member = [&](const QString &key, const QJsonValue &value) {
        if (key == QLatin1String("traceEvents"))
            return fail(QStringLiteral("traceEvents must be an array, not %1.").arg(describe(value)));
        if (key != QLatin1String("cacophony"))
            return true;
        if (!header(value, &trace, &expected))
            return false;
        // Room for what the header announces, within what the input can hold (a
        // primary event takes well over 100 bytes): the events never grow by doubling.
        const auto room = std::size_t(std::min<qint64>(expected, qint64(source.size / 100 + 16)));
        trace.events.reserve(room);
        m_fileIndex.reserve(room);
        return true;
    };
    // Of a trace event only args, and of args only the raw fields, are ever read.
    callbacks.keep = [](int depth, std::string_view key) {
        if (depth == 1)
            return key == "args";
        if (depth == 2)
            return key == "kind" || key == "t_ns" || key == "dur_ns" || key == "a" || key == "b" || key == "task"
                || key == "object" || key == "flags" || key == "pos";
        return true;
    };
    callbacks.element = [&](qsizetype i, const QJsonValue &value, std::size_t offset) {
        if (i % 2048 == 0 && !progress(int(std::min<std::size_t>(950, offset * 950 / source.size))))
            return false;
        return element(i, value, &trace.events);
    };
    if (!progress(0))
        return std::nullopt;
    const JsonStream::Result r = source.bytes ? JsonStream::read(*source.bytes, callbacks)
                                              : JsonStream::read(source.file, source.size, callbacks);
    if (!m_error.isEmpty())
        return std::nullopt;
    if (r.root == JsonStream::Root::Array) {
        fail(QStringLiteral("Not a Cacophony trace: the file is a bare array of trace events "
                            "(another tool's format); the top-level \"cacophony\" object is missing."));
        return std::nullopt;
    }
    if (r.root == JsonStream::Root::Scalar) {
        fail(QStringLiteral("Not a trace: the JSON document is not an object."));
        return std::nullopt;
    }
    if (!r.syntaxError.isEmpty()) {
        fail(QStringLiteral("Not valid JSON: %1 at byte %2%3.")
                 .arg(r.syntaxError)
                 .arg(r.errorOffset)
                 .arg(r.atEnd ? QStringLiteral(" (the file looks truncated)") : QString()));
        return std::nullopt;
    }
    if (expected < 0) {
        fail(QStringLiteral("Not a Cacophony trace: the top-level \"cacophony\" object is missing "
                            "(was it written by another tool?)."));
        return std::nullopt;
    }
    if (!r.streamedFound) {
        fail(QStringLiteral("traceEvents is missing."));
        return std::nullopt;
    }
    if (qint64(trace.events.size()) != expected) {
        fail(QStringLiteral("cacophony.event_count says %1 events but traceEvents holds %2 Cacophony events: "
                            "the file is incomplete or was edited.")
                 .arg(expected)
                 .arg(trace.events.size()));
        return std::nullopt;
    }
    if (!sortAndValidate(trace))
        return std::nullopt;
    return trace;
}

// Written sorted; a hand-edited file is put back in order (TraceData's invariant), its
// events still named by their place in the file. Then TraceValidator has its say.
bool Parser::sortAndValidate(TraceData &trace)
{
    auto byTime = [](const Event &x, const Event &y) { return x.t < y.t; };
    if (!std::is_sorted(trace.events.begin(), trace.events.end(), byTime)) {
        std::vector<std::uint32_t> order(trace.events.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t x, std::uint32_t y) { return trace.events[x].t < trace.events[y].t; });
        std::vector<Event> sorted(order.size());
        std::vector<std::uint32_t> fileIndex(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            sorted[i] = trace.events[order[i]];
            fileIndex[i] = m_fileIndex[order[i]];
        }
        trace.events = std::move(sorted);
        m_fileIndex = std::move(fileIndex);
    }
    TraceValidator::Locator where;
    where.settings = QStringLiteral("cacophony.settings");
    where.taskTable = QStringLiteral("cacophony.tasks");
    where.objectTable = QStringLiteral("cacophony.objects");
    where.positionTable = QStringLiteral("cacophony.positions");
    where.textTable = QStringLiteral("cacophony.texts");
    where.event = [this](std::size_t i) { return QStringLiteral("traceEvents[%1].args").arg(m_fileIndex[i]); };
    where.task = [](std::size_t i) { return QStringLiteral("cacophony.tasks[%1]").arg(i); };
    where.object = [](std::size_t i) { return QStringLiteral("cacophony.objects[%1]").arg(i); };
    if (const QString problem = TraceValidator::check(trace, where); !problem.isEmpty())
        return fail(problem);
    return true;
}

} // namespace

std::optional<TraceData> ChromeTraceReader::fromJson(const QByteArray &json, QString *error, const Progress &progress)
{
    Parser parser(progress);
    std::optional<TraceData> trace;
    if (json.size() > kMaxBytes)
        parser.fail(QStringLiteral("The trace is too large (%1 MiB; at most %2 MiB are read from memory).")
                        .arg(mib(json.size()), mib(kMaxBytes)));
    else
        trace = parser.parse(Source{&json, nullptr, std::size_t(json.size())});
    if (!trace && error)
        *error = parser.error();
    return trace;
}

std::optional<TraceData> ChromeTraceReader::read(const QString &path, QString *error, const Progress &progress)
{
    // Streamed in chunks: no size limit beyond the memory the events themselves take.
    std::optional<TraceData> trace;
    QString why;
    const auto parse = [&](std::FILE *stream, std::size_t size, QString *reason) {
        Parser parser(progress);
        trace = parser.parse(Source{nullptr, stream, size});
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
