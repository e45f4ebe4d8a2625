#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <random>

using namespace cacophony;

namespace {

Event ev(EventKind kind, std::int64_t t, std::uint32_t task, std::uint32_t object = 0, std::int64_t a = 0,
         std::int64_t b = 0, std::int64_t dur = 0, std::uint8_t flags = 0)
{
    Event e;
    e.kind = kind;
    e.t = t;
    e.dur = dur;
    e.task = task;
    e.object = object;
    e.a = a;
    e.b = b;
    e.flags = flags;
    return e;
}

void sortByTime(TraceData &d)
{
    std::stable_sort(d.events.begin(), d.events.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
}

TraceData sampleTrace()
{
    TraceData d;
    d.settings = RunSettings{QStringLiteral("async_naive"), QStringLiteral("async_naive"), QStringLiteral("random"),
                             6000, 15, 7};
    d.tasks = {{1, 0, QStringLiteral("main")}, {2, 1, QStringLiteral("beat 0")}};
    d.objects = {{1, ObjectKind::Channel, QStringLiteral("ticks"), 1}, {2, ObjectKind::WaitGroup, QStringLiteral("wg"), 0}};
    d.events = {
        ev(EventKind::TaskStart, 0, 1),
        ev(EventKind::TaskSpawn, 10, 1, 2),
        ev(EventKind::TaskStart, 20, 2),
        ev(EventKind::ChanSend, 30, 1, 1, 1, 5, 100, Blocked | InSelect),
        ev(EventKind::ChanRecv, 25, 2, 1, 1, 5, 110),
        ev(EventKind::Measure, 200, 2, 0, 0, 77, 5'000),
        ev(EventKind::Beat, 6'000, 2, 0, 0, 77),
        ev(EventKind::IdealBeat, 0, 0, 0, 0),
        ev(EventKind::ProgramEnd, 7'000, 1),
        ev(EventKind::TaskEnd, 8'000, 2, 0, 0, 0, 0, Failed),
    };
    sortByTime(d);
    return d;
}

// Every field at its limits: what the writer must not round or truncate.
TraceData extremeTrace()
{
    TraceData d;
    d.settings = RunSettings{QString(), QStringLiteral("s\u00e9q \"x\""), QStringLiteral("short"), 1, 0,
                             std::numeric_limits<std::uint64_t>::max()};
    const std::uint32_t maxId = std::numeric_limits<std::uint32_t>::max();
    d.tasks = {{maxId, maxId - 1, QStringLiteral("\u266b\n\t\\")}, {5, 0, QString()}};
    d.objects = {{maxId, ObjectKind::Ticker, QStringLiteral("t"), 0}, {3, ObjectKind::Channel, QString(), 1LL << 40}};
    const std::int64_t lo = std::numeric_limits<std::int64_t>::min();
    const std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    const std::int64_t maxT = std::int64_t(1) << 53;
    d.events = {
        ev(EventKind::Sleep, -maxT, maxId, maxId, lo, hi, maxT, 0xff),
        ev(EventKind::Beat, 0, 0, 0, hi, lo),
        ev(EventKind::Spin, 1, 1, 1, -1, 1, 1),
        ev(EventKind::Tick, maxT, 3, 3, 0, 0, 0, Dropped),
    };
    return d;
}

// Seeded random events of every kind: a long run's worth of variety.
TraceData randomTrace(std::uint64_t seed, int count)
{
    std::mt19937_64 rng(seed);
    TraceData d;
    d.settings = RunSettings{QStringLiteral("custom"), QStringLiteral("sync_ticker"), QStringLiteral("oscillating"),
                             int(rng() % 6000) + 1, int(rng() % 100), rng()};
    for (std::uint32_t i = 1; i <= 50; ++i)
        d.tasks.push_back({i, std::uint32_t(rng() % i), QStringLiteral("task %1").arg(i)});
    for (std::uint32_t i = 1; i <= 10; ++i)
        d.objects.push_back({i, ObjectKind(rng() % 3), QStringLiteral("object %1").arg(i), std::int64_t(rng() % 8)});
    std::int64_t t = 0;
    for (int i = 0; i < count; ++i) {
        t += std::int64_t(rng() % 100'000);
        d.events.push_back(ev(EventKind(rng() % std::uint64_t(EventKind::Count)), t, std::uint32_t(rng() % 51),
                              std::uint32_t(rng() % 11), std::int64_t(rng()), std::int64_t(rng() % 101),
                              std::int64_t(rng() % 10'000'000), std::uint8_t(rng())));
    }
    return d;
}

QJsonObject sampleRoot()
{
    return QJsonDocument::fromJson(ChromeTraceWriter::toJson(sampleTrace())).object();
}

QByteArray dump(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The sample file with one value replaced (an undefined value removes the key).
QByteArray withRoot(const char *key, const QJsonValue &value)
{
    QJsonObject root = sampleRoot();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return dump(root);
}

QByteArray withHeader(const char *key, const QJsonValue &value)
{
    QJsonObject header = sampleRoot().value("cacophony").toObject();
    if (value.isUndefined())
        header.remove(key);
    else
        header.insert(key, value);
    return withRoot("cacophony", header);
}

QByteArray withSetting(const char *key, const QJsonValue &value)
{
    QJsonObject settings = sampleRoot().value("cacophony").toObject().value("settings").toObject();
    if (value.isUndefined())
        settings.remove(key);
    else
        settings.insert(key, value);
    return withHeader("settings", settings);
}

QByteArray withListEntry(const char *list, const char *key, const QJsonValue &value)
{
    QJsonArray entries = sampleRoot().value("cacophony").toObject().value(list).toArray();
    QJsonObject first = entries.at(0).toObject();
    first.insert(key, value);
    entries[0] = first;
    return withHeader(list, entries);
}

// The first Cacophony event's args with one value replaced or removed.
QByteArray withEventArg(const char *key, const QJsonValue &value)
{
    QJsonObject root = sampleRoot();
    QJsonArray events = root.value("traceEvents").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject event = events.at(i).toObject();
        QJsonObject args = event.value("args").toObject();
        if (!args.contains("kind"))
            continue;
        if (value.isUndefined())
            args.remove(key);
        else
            args.insert(key, value);
        event.insert("args", args);
        events[i] = event;
        break;
    }
    root.insert("traceEvents", events);
    return dump(root);
}

} // namespace

class tst_ChromeTraceReader : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsExact_data();
    void roundTripIsExact();
    void roundTripThroughAFile();
    void otherToolsEventsAreSkipped();
    void unsortedEventsAreSorted();
    void malformedInputGivesAClearError_data();
    void malformedInputGivesAClearError();
    void everyTruncationIsAnError();
    void deepNestingIsAnError();
    void hugeFileIsRefusedBeforeReading();
    void missingFileNamesThePath();
};

void tst_ChromeTraceReader::roundTripIsExact_data()
{
    QTest::addColumn<TraceData>("trace");
    QTest::newRow("sample") << sampleTrace();
    QTest::newRow("empty") << TraceData{};
    QTest::newRow("extremes") << extremeTrace();
    QTest::newRow("random seed 1") << randomTrace(1, 3000);
    QTest::newRow("random seed 2") << randomTrace(2, 3000);
    QTest::newRow("random seed 3") << randomTrace(3, 3000);
}

void tst_ChromeTraceReader::roundTripIsExact()
{
    QFETCH(TraceData, trace);
    QString error;
    const std::optional<TraceData> back = ChromeTraceReader::fromJson(ChromeTraceWriter::toJson(trace), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(back->settings, trace.settings);
    QCOMPARE(back->tasks.size(), trace.tasks.size());
    QCOMPARE(back->objects.size(), trace.objects.size());
    QCOMPARE(back->events.size(), trace.events.size());
    for (std::size_t i = 0; i < trace.events.size(); ++i)
        QVERIFY2(back->events[i] == trace.events[i], qPrintable(QStringLiteral("event %1 differs").arg(i)));
    QVERIFY(*back == trace);
    // And the file it gives back is the same file.
    QCOMPARE(ChromeTraceWriter::toJson(*back), ChromeTraceWriter::toJson(trace));
}

void tst_ChromeTraceReader::roundTripThroughAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("trace.json");
    const TraceData trace = randomTrace(4, 2000);
    QString error;
    QVERIFY2(ChromeTraceWriter::write(trace, path, &error), qPrintable(error));
    const std::optional<TraceData> back = ChromeTraceReader::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == trace);
}

void tst_ChromeTraceReader::otherToolsEventsAreSkipped()
{
    QJsonObject root = sampleRoot();
    QJsonArray events = root.value("traceEvents").toArray();
    events.prepend(QJsonObject{{"ph", "X"}, {"name", "gc"}, {"ts", 1.0}, {"dur", 2.0}, {"pid", 9}, {"tid", 9}});
    events.append(QJsonObject{{"ph", "i"}, {"name", "x"}, {"ts", 1.0}, {"pid", 9}, {"tid", 9},
                              {"args", QJsonObject{{"detail", "not ours"}}}});
    events.append(QJsonObject{{"ph", "C"}, {"name", "mem"}, {"ts", 3}, {"pid", 9}, {"args", "odd"}});
    root.insert("traceEvents", events);
    root.insert("otherData", QJsonObject{{"version", "someone else's"}});
    QString error;
    const std::optional<TraceData> back = ChromeTraceReader::fromJson(dump(root), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == sampleTrace());
}

void tst_ChromeTraceReader::unsortedEventsAreSorted()
{
    QJsonObject root = sampleRoot();
    const QJsonArray events = root.value("traceEvents").toArray();
    QJsonArray reversed;
    for (qsizetype i = events.size() - 1; i >= 0; --i)
        reversed.append(events.at(i));
    root.insert("traceEvents", reversed);
    QString error;
    const std::optional<TraceData> back = ChromeTraceReader::fromJson(dump(root), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(std::is_sorted(back->events.begin(), back->events.end(),
                           [](const Event &x, const Event &y) { return x.t < y.t; }));
    QCOMPARE(back->events.size(), sampleTrace().events.size());
}

void tst_ChromeTraceReader::malformedInputGivesAClearError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the message

    const QByteArray good = ChromeTraceWriter::toJson(sampleTrace());
    const QJsonValue none(QJsonValue::Undefined); // removes the key
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "empty";
    QTest::newRow("not JSON") << QByteArray("hello, trace") << "Not valid JSON";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "Not valid JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated";
    QTest::newRow("scalar document") << QByteArray("42") << "JSON";
    QTest::newRow("bare event array") << QByteArray(R"([{"ph":"X","ts":1,"dur":1,"pid":1,"tid":1}])")
                                      << "another tool";
    QTest::newRow("other tool's object") << QByteArray(R"({"traceEvents":[]})") << "\"cacophony\" object is missing";
    QTest::newRow("traceEvents missing") << withRoot("traceEvents", none) << "traceEvents is missing";
    QTest::newRow("traceEvents wrong type") << withRoot("traceEvents", QJsonObject{}) << "traceEvents must be an array";
    QTest::newRow("cacophony wrong type") << withRoot("cacophony", 3) << "cacophony must be an object";
    QTest::newRow("wrong format") << withHeader("format", "perfetto") << "cacophony.format";
    QTest::newRow("newer version") << withHeader("version", 99) << "newer version";
    QTest::newRow("version zero") << withHeader("version", 0) << "cacophony.version";
    QTest::newRow("settings missing") << withHeader("settings", none) << "cacophony.settings is missing";
    QTest::newRow("bpm zero") << withSetting("bpm", 0) << "cacophony.settings.bpm = 0 is out of range";
    QTest::newRow("bpm absurd") << withSetting("bpm", 1e12) << "cacophony.settings.bpm";
    QTest::newRow("bpm text") << withSetting("bpm", "fast") << "cacophony.settings.bpm must be an integer, not a string";
    QTest::newRow("bpm fraction") << withSetting("bpm", 60.5) << "must be an integer, not the number 60.5";
    QTest::newRow("beats negative") << withSetting("beats", -1) << "cacophony.settings.beats";
    QTest::newRow("seed negative") << withSetting("seed", "-3") << "cacophony.settings.seed";
    QTest::newRow("seed junk") << withSetting("seed", "12abc") << "cacophony.settings.seed";
    QTest::newRow("scenario number") << withSetting("scenario", 5) << "cacophony.settings.scenario must be a string";
    QTest::newRow("event_count missing") << withHeader("event_count", none) << "cacophony.event_count is missing";
    QTest::newRow("event_count mismatch") << withHeader("event_count", 3) << "incomplete";
    QTest::newRow("tasks not array") << withHeader("tasks", "main") << "cacophony.tasks must be an array";
    QTest::newRow("task not object") << withHeader("tasks", QJsonArray{1}) << "cacophony.tasks[0] must be an object";
    QTest::newRow("task id zero") << withListEntry("tasks", "id", 0) << "cacophony.tasks[0].id = 0";
    QTest::newRow("task id huge") << withListEntry("tasks", "id", 1e10) << "cacophony.tasks[0].id";
    QTest::newRow("task listed twice") << withListEntry("tasks", "id", 2) << "listed twice";
    QTest::newRow("task name missing") << withListEntry("tasks", "name", QJsonValue::Null)
                                       << "cacophony.tasks[0].name must be a string, not null";
    QTest::newRow("object kind unknown") << withListEntry("objects", "kind", "pipe") << "unknown object kind \"pipe\"";
    QTest::newRow("capacity negative") << withListEntry("objects", "capacity", -5) << "cacophony.objects[0].capacity";
    QTest::newRow("event not object") << withRoot("traceEvents", QJsonArray{1, 2}) << "traceEvents[0] must be an object";
    QTest::newRow("kind unknown") << withEventArg("kind", "teleport") << "unknown event kind \"teleport\"";
    QTest::newRow("kind not string") << withEventArg("kind", 3) << "args.kind must be a string";
    QTest::newRow("t missing") << withEventArg("t_ns", none) << "args.t_ns is missing";
    QTest::newRow("t text") << withEventArg("t_ns", "soon") << "args.t_ns must be an integer, not a string";
    QTest::newRow("t fraction") << withEventArg("t_ns", 1.5) << "args.t_ns must be an integer";
    QTest::newRow("t absurd") << withEventArg("t_ns", 1e300) << "args.t_ns";
    QTest::newRow("t beyond 2^53") << withEventArg("t_ns", qint64(1) << 60) << "args.t_ns";
    QTest::newRow("dur negative") << withEventArg("dur_ns", -1) << "args.dur_ns = -1 is out of range";
    QTest::newRow("flags too big") << withEventArg("flags", 256) << "args.flags = 256";
    QTest::newRow("task negative") << withEventArg("task", -1) << "args.task";
    QTest::newRow("object huge") << withEventArg("object", qint64(1) << 40) << "args.object";
    QTest::newRow("a beyond int64") << withEventArg("a", 1e19) << "args.a must be an integer";
    QTest::newRow("b boolean") << withEventArg("b", true) << "args.b must be an integer, not a boolean";
}

void tst_ChromeTraceReader::malformedInputGivesAClearError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const std::optional<TraceData> trace = ChromeTraceReader::fromJson(json, &error);
    QVERIFY(!trace);
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: %1").arg(error)));
    // No error pointer: still no crash, still no result.
    QVERIFY(!ChromeTraceReader::fromJson(json));
}

void tst_ChromeTraceReader::everyTruncationIsAnError()
{
    // A file cut anywhere (a crash while copying, a full disk) is refused, never read as
    // a shorter trace.
    const QByteArray good = ChromeTraceWriter::toJson(sampleTrace());
    QVERIFY(ChromeTraceReader::fromJson(good));
    const QByteArray body = good.trimmed();
    for (qsizetype n = 0; n < body.size(); n += 7) {
        QString error;
        QVERIFY2(!ChromeTraceReader::fromJson(body.left(n), &error), qPrintable(QString::number(n)));
        QVERIFY(!error.isEmpty());
    }
}

void tst_ChromeTraceReader::deepNestingIsAnError()
{
    const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    QString error;
    QVERIFY(!ChromeTraceReader::fromJson(deep, &error));
    QVERIFY(!error.isEmpty());
    const QByteArray deepArgs = R"({"cacophony":)" + QByteArray(5'000, '[') + QByteArray(5'000, ']') + "}";
    QVERIFY(!ChromeTraceReader::fromJson(deepArgs, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ChromeTraceReader::hugeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("huge.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse on most file systems: costs no disk space or time.
        QVERIFY(file.resize(ChromeTraceReader::kMaxBytes + 1));
    }
    QString error;
    QVERIFY(!ChromeTraceReader::read(path, &error));
    QVERIFY2(error.contains("too large"), qPrintable(error));
    QVERIFY(error.contains(path));
}

void tst_ChromeTraceReader::missingFileNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString path = dir.filePath("nope.json");
    QVERIFY(!ChromeTraceReader::read(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!ChromeTraceReader::read(dir.path(), &error));
    QVERIFY2(error.contains("directory"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ChromeTraceReader)
#include "tst_chrometracereader.moc"
