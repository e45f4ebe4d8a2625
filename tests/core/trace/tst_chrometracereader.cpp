#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"

#include "core/trace/ScenarioRuns.h"
#include "core/trace/TraceSamples.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <random>

using namespace cacophony;
using namespace cacophony::samples;

namespace {

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

// The args of the first Cacophony event (of this kind, if given) with one value replaced
// or removed.
QByteArray withArgOfKind(const TraceData &trace, const char *kind, const char *key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(ChromeTraceWriter::toJson(trace)).object();
    QJsonArray events = root.value("traceEvents").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject event = events.at(i).toObject();
        QJsonObject args = event.value("args").toObject();
        if (!args.contains("kind") || (kind && args.value("kind").toString() != QLatin1String(kind)))
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

QByteArray withEventArg(const char *key, const QJsonValue &value)
{
    return withArgOfKind(sampleTrace(), nullptr, key, value);
}

QByteArray goWithHeader(const char *key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(ChromeTraceWriter::toJson(goTrace())).object();
    QJsonObject header = root.value("cacophony").toObject();
    header.insert(key, value);
    root.insert("cacophony", header);
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
    void everyScenarioAndLessonRoundTrips_data();
    void everyScenarioAndLessonRoundTrips();
    void versionOneFileStillOpens();
    void otherToolsEventsAreSkipped();
    void unsortedEventsAreSorted();
    void malformedInputGivesAClearError_data();
    void malformedInputGivesAClearError();
    void everyTruncationIsAnError();
    void deepNestingIsAnError();
    void fileOfZerosIsRefusedAtItsFirstByte();
    void fileBeyond256MiBOpens();
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
    QTest::newRow("go program") << goTrace();
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

void tst_ChromeTraceReader::everyScenarioAndLessonRoundTrips_data()
{
    addScenarioRunRows();
}

// Real runs, finished and stopped half-way, pass the validator and come back exactly.
void tst_ChromeTraceReader::everyScenarioAndLessonRoundTrips()
{
    QFETCH(QString, id);
    QFETCH(int, stopAfterMs);
    const TraceData trace = scenarioRun(id, stopAfterMs);
    QVERIFY(!trace.events.empty());
    QCOMPARE(trace.end, stopAfterMs < 0 ? RunEnd::Finished : RunEnd::Stopped); // continuous runs end only so
    QString error;
    const std::optional<TraceData> back = ChromeTraceReader::fromJson(ChromeTraceWriter::toJson(trace), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == trace);
}

// A file written by version 1 (checked in, never regenerated) reads as the run it was,
// with what version 1 did not record left empty.
void tst_ChromeTraceReader::versionOneFileStillOpens()
{
    const QString path = QFINDTESTDATA("data/trace-v1.json");
    QVERIFY(!path.isEmpty());
    QString error;
    const std::optional<TraceData> back = ChromeTraceReader::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->end, RunEnd::Unknown);
    QVERIFY(back->source.isEmpty() && back->positions.empty() && back->texts.empty());
    QVERIFY(*back == v1Trace());
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
    QTest::newRow("NUL after the document") << good + QByteArray("\0junk", 5) << "a NUL byte";
    QTest::newRow("NUL inside a string") << QByteArray(good).replace("\"main\"", QByteArray("\"ma\0n\"", 6)) << "a NUL byte";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated";
    QTest::newRow("syntax error in the middle") << QByteArray(good).replace("\"traceEvents\":[", "\"traceEvents\":[,")
                                                << "Not valid JSON: invalid value at byte ";
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
    // Found by TraceValidator, after parsing.
    QTest::newRow("before the run") << withArgOfKind(sampleTrace(), "task_start", "t_ns", qint64(-1'000'000'000'000'000))
                                    << "args.t_ns = -1000000000000000 is before the start of the run";
    QTest::newRow("task that does not exist") << withArgOfKind(sampleTrace(), "beat", "task", 999)
                                              << "args.task = 999: there is no task 999 in cacophony.tasks.";
    QTest::newRow("spawned task missing") << withArgOfKind(sampleTrace(), "task_spawn", "object", 9)
                                          << "args.object = 9: the spawned task 9 is not in cacophony.tasks.";
    QTest::newRow("object that does not exist") << withArgOfKind(sampleTrace(), "chan_send", "object", 4)
                                                << "args.object = 4: there is no object 4 in cacophony.objects.";
    QTest::newRow("object listed twice") << withListEntry("objects", "id", 2) << "object 2 is listed twice";
    // Version 2.
    QTest::newRow("end reason unknown") << goWithHeader("end_reason", "exploded") << "unknown end reason \"exploded\"";
    QTest::newRow("end reason missing") << goWithHeader("end_reason", QJsonValue::Null)
                                        << "cacophony.end_reason must be a string";
    QTest::newRow("source not text") << goWithHeader("source", 5) << "cacophony.source must be a string";
    QTest::newRow("position not a pair") << goWithHeader("positions", QJsonArray{QJsonArray{1}})
                                         << "cacophony.positions[0] must be an array [line, column]";
    QTest::newRow("position line text") << goWithHeader("positions", QJsonArray{QJsonArray{"one", 1}})
                                        << "cacophony.positions[0].line must be an integer";
    QTest::newRow("position beyond the source") << goWithHeader("positions", QJsonArray{QJsonArray{99, 1}})
                                                << "cacophony.positions[0] = line 99, column 1 is not in the program";
    QTest::newRow("position column zero") << goWithHeader("positions", QJsonArray{QJsonArray{1, 0}})
                                          << "cacophony.positions[0] = line 1, column 0";
    QTest::newRow("text not a string") << goWithHeader("texts", QJsonArray{1}) << "cacophony.texts[0] must be a string";
    QTest::newRow("pos beyond the table") << withArgOfKind(goTrace(), "lock", "pos", 8)
                                          << "args.pos = 8: cacophony.positions holds 7 positions.";
    QTest::newRow("pos text") << withArgOfKind(goTrace(), "lock", "pos", "here") << "args.pos must be an integer";
    QTest::newRow("text id beyond the table") << withArgOfKind(goTrace(), "log_line", "a", 4)
                                              << "args.a = 4: cacophony.texts holds 3 texts.";
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

void tst_ChromeTraceReader::fileOfZerosIsRefusedAtItsFirstByte()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("zeros.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse on most file systems: costs no disk space or time.
        QVERIFY(file.resize(ChromeTraceReader::kMaxBytes + 1));
    }
    QString error;
    QVERIFY(!ChromeTraceReader::read(path, &error));
    QVERIFY2(error.contains("NUL byte") && error.contains("at byte 0"), qPrintable(error));
    QVERIFY(error.contains(path));
}

// Read in chunks, a file beyond what used to be the limit (256 MiB) opens; its size
// here is leading white space, which costs the test little time.
void tst_ChromeTraceReader::fileBeyond256MiBOpens()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("large.json");
    const TraceData trace = randomTrace(5, 1000);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray spaces(1 << 20, ' ');
        for (int i = 0; i < 257; ++i)
            QCOMPARE(file.write(spaces), spaces.size());
        QVERIFY(file.write(ChromeTraceWriter::toJson(trace)) > 0);
    }
    QVERIFY(QFileInfo(path).size() > ChromeTraceReader::kMaxBytes);
    QString error;
    int last = -1;
    bool ordered = true;
    const std::optional<TraceData> back = ChromeTraceReader::read(path, &error, [&](int permille) {
        ordered = ordered && permille >= last;
        last = permille;
        return true;
    });
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == trace);
    QVERIFY(ordered && last > 900);
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
