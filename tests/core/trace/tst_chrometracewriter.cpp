#include "trace/ChromeTraceWriter.h"

#include "core/trace/TraceSamples.h"
#include "TestFullDevice.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <limits>

using namespace cacophony;

namespace {

using W = ChromeTraceWriter;

using samples::ev;

// A small run in the spirit of scenario 13: main spawns a meter, the meter measures and
// sends volumes over a channel, main receives and performs beats.
TraceData sampleTrace()
{
    TraceData d;
    d.settings.scenario = QStringLiteral("async_with_channels");
    d.settings.strategy = QStringLiteral("async_with_channels");
    d.settings.profile = QStringLiteral("random");
    d.settings.bpm = 6000;
    d.settings.beats = 15;
    d.settings.seed = 42;
    d.tasks = {{1, 0, QStringLiteral("main")}, {2, 1, QStringLiteral("meter")}};
    d.objects = {{1, ObjectKind::Channel, QStringLiteral("volumes"), 5},
                 {2, ObjectKind::WaitGroup, QStringLiteral("done"), 0},
                 {3, ObjectKind::Ticker, QStringLiteral("ticker"), 1}};
    d.events = {
        ev(EventKind::TaskStart, 0, {.task = 1}),
        ev(EventKind::WgAdd, 100, {.task = 1, .object = 2, .a = 1, .b = 1}),
        ev(EventKind::TaskSpawn, 1'000, {.task = 1, .object = 2}),
        ev(EventKind::TaskStart, 1'500, {.task = 2}),
        ev(EventKind::Measure, 2'000, {.dur = 4'000'123, .task = 2, .b = 58}),
        ev(EventKind::ChanRecv, 2'100, {.dur = 4'001'000, .task = 1, .object = 1, .a = 7, .b = 58, .flags = Blocked}),
        ev(EventKind::ChanSend, 4'002'123, {.dur = 500, .task = 2, .object = 1, .a = 7, .b = 58}),
        ev(EventKind::IdealBeat, 10'000'000, {.a = 1}),
        ev(EventKind::Tick, 10'000'050, {.object = 3, .a = 1}),
        ev(EventKind::Beat, 10'000'400, {.task = 1, .a = 1, .b = 58, .flags = Tock}),
        ev(EventKind::Sleep, 10'001'000, {.dur = 5'000'321, .task = 1, .a = 5'000'000}),
        ev(EventKind::Spin, 15'002'000, {.dur = 1'000, .task = 1}),
        ev(EventKind::ChanClose, 15'004'000, {.task = 1, .object = 1}),
        ev(EventKind::WgAdd, 15'004'500, {.task = 2, .object = 2, .a = -1}),
        ev(EventKind::WgWait, 15'004'000, {.dur = 600, .task = 1, .object = 2}),
        ev(EventKind::ProgramEnd, 15'005'000, {.task = 1}),
        ev(EventKind::Beat, 15'006'000, {.task = 2, .a = 3, .b = 12, .flags = Lost | Tock}),
        ev(EventKind::TaskEnd, 15'007'000, {.task = 2, .flags = Cancelled}),
    };
    std::stable_sort(d.events.begin(), d.events.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
    return d;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("parse error: %s at %d", qPrintable(error.errorString()), error.offset);
    return doc.object();
}

QList<QJsonObject> eventsWhere(const QJsonArray &events, const std::function<bool(const QJsonObject &)> &pred)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : events) {
        if (pred(v.toObject()))
            out.append(v.toObject());
    }
    return out;
}

QJsonObject primary(const QJsonArray &events, const char *kind, int nth = 0)
{
    const QList<QJsonObject> found = eventsWhere(events, [kind](const QJsonObject &o) {
        return o.value("args").toObject().value("kind").toString() == QLatin1String(kind);
    });
    return nth < found.size() ? found.at(nth) : QJsonObject();
}

QString threadName(const QJsonArray &events, qint64 tid)
{
    const QList<QJsonObject> found = eventsWhere(events, [tid](const QJsonObject &o) {
        return o.value("ph").toString() == "M" && o.value("name").toString() == "thread_name"
            && o.value("tid").toInteger() == tid;
    });
    return found.size() == 1 ? found.first().value("args").toObject().value("name").toString() : QString();
}

} // namespace

class tst_ChromeTraceWriter : public QObject
{
    Q_OBJECT
private slots:
    void outputIsATraceEventDocument();
    void everyTaskAndObjectHasANamedTrack();
    void spansAreCompleteEventsInMicroseconds();
    void instantsAndAnalysisEventsAreNamed_data();
    void instantsAndAnalysisEventsAreNamed();
    void rawFieldsAreInArgs();
    void goProgramKindsAreNamed_data();
    void goProgramKindsAreNamed();
    void programTablesAreInTheHeader();
    void flowsLinkSendToReceiveAndSpawnToStart();
    void namesAreEscaped();
    void emptyTraceIsValid();
    void absurdTimesStillGiveValidJson();
    void writeSavesTheSameBytes();
    void writeToUnwritablePathFails_data();
    void writeToUnwritablePathFails();
    void writeToAFullDiskFails();
};

void tst_ChromeTraceWriter::outputIsATraceEventDocument()
{
    const QJsonObject root = parse(W::toJson(sampleTrace()));
    QVERIFY(root.value("traceEvents").isArray());
    QCOMPARE(root.value("displayTimeUnit").toString(), QStringLiteral("ns"));
    const QJsonObject header = root.value("cacophony").toObject();
    QCOMPARE(header.value("format").toString(), QStringLiteral("cacophony-trace"));
    QCOMPARE(header.value("version").toInt(), 2);
    QCOMPARE(header.value("end_reason").toString(), QStringLiteral("unknown"));
    QVERIFY(header.value("source").isString());
    QVERIFY(header.value("positions").toArray().isEmpty());
    QVERIFY(header.value("texts").toArray().isEmpty());
    QCOMPARE(header.value("event_count").toInteger(), qint64(sampleTrace().events.size()));
    const QJsonObject settings = header.value("settings").toObject();
    QCOMPARE(settings.value("scenario").toString(), QStringLiteral("async_with_channels"));
    QCOMPARE(settings.value("bpm").toInt(), 6000);
    QCOMPARE(settings.value("interval_ns").toInteger(), qint64(10'000'000));
    QCOMPARE(header.value("tasks").toArray().size(), 2);
    QCOMPARE(header.value("objects").toArray().at(0).toObject().value("kind").toString(), QStringLiteral("channel"));
    // Every trace event has what viewers need.
    for (const QJsonValue &v : root.value("traceEvents").toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY2(o.value("ph").isString(), qPrintable(QJsonDocument(o).toJson()));
        QCOMPARE(o.value("pid").toInt(), W::kPid);
        QVERIFY(o.value("tid").isDouble());
        QVERIFY(o.value("tid").toInteger() != 0);
        if (o.value("ph").toString() != "M")
            QVERIFY(o.value("ts").isDouble());
    }
}

void tst_ChromeTraceWriter::everyTaskAndObjectHasANamedTrack()
{
    const QJsonArray events = parse(W::toJson(sampleTrace())).value("traceEvents").toArray();
    QCOMPARE(threadName(events, W::kTaskTidBase + 1), QStringLiteral("main (1)"));
    QCOMPARE(threadName(events, W::kTaskTidBase + 2), QStringLiteral("meter (2)"));
    // Task 0 (outside the runtime) recorded the ideal beat and the tick.
    QCOMPARE(threadName(events, W::kTaskTidBase + 0), QStringLiteral("outside the runtime (0)"));
    QCOMPARE(threadName(events, W::kObjectTidBase + 1), QStringLiteral("chan volumes (1)"));
    QCOMPARE(threadName(events, W::kObjectTidBase + 2), QStringLiteral("wg done (2)"));
    QCOMPARE(threadName(events, W::kObjectTidBase + 3), QStringLiteral("ticker (3)"));
    QCOMPARE(threadName(events, W::kIdealBeatsTid), QStringLiteral("ideal beats"));
    QCOMPARE(threadName(events, W::kBeatsTid), QStringLiteral("beats"));
    const QList<QJsonObject> process = eventsWhere(events, [](const QJsonObject &o) {
        return o.value("ph").toString() == "M" && o.value("name").toString() == "process_name";
    });
    QCOMPARE(process.size(), 1);
    QVERIFY(process.first().value("args").toObject().value("name").toString().contains("async_with_channels"));
}

void tst_ChromeTraceWriter::spansAreCompleteEventsInMicroseconds()
{
    const QJsonArray events = parse(W::toJson(sampleTrace())).value("traceEvents").toArray();
    const QJsonObject sleep = primary(events, "sleep");
    QCOMPARE(sleep.value("ph").toString(), QStringLiteral("X"));
    QCOMPARE(sleep.value("cat").toString(), QStringLiteral("sleep"));
    // 10'001'000 ns and 5'000'321 ns, to the nanosecond.
    QCOMPARE(sleep.value("ts").toDouble(), 10'001.0);
    QCOMPARE(qint64(std::llround(sleep.value("dur").toDouble() * 1000)), qint64(5'000'321));
    QCOMPARE(sleep.value("tid").toInteger(), W::kTaskTidBase + 1);
    const QJsonObject send = primary(events, "chan_send");
    QCOMPARE(send.value("ph").toString(), QStringLiteral("X"));
    QCOMPARE(qint64(std::llround(send.value("ts").toDouble() * 1000)), qint64(4'002'123));
    QCOMPARE(send.value("name").toString(), QStringLiteral("send volumes"));
    QCOMPARE(send.value("tid").toInteger(), W::kTaskTidBase + 2);
    for (const char *kind : {"spin", "chan_recv", "wg_wait", "measure"})
        QCOMPARE(primary(events, kind).value("ph").toString(), QStringLiteral("X"));
    // Every primary event is there exactly once.
    int primaries = 0;
    for (const QJsonValue &v : events)
        primaries += v.toObject().value("args").toObject().contains("kind") ? 1 : 0;
    QCOMPARE(primaries, int(sampleTrace().events.size()));
}

void tst_ChromeTraceWriter::instantsAndAnalysisEventsAreNamed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cat");
    QTest::addColumn<QString>("ph");
    QTest::addColumn<qint64>("tid");
    QTest::newRow("ideal beat") << "ideal_beat" << 0 << "ideal beat #1" << "ideal_beat" << "i" << qint64(W::kIdealBeatsTid);
    QTest::newRow("beat") << "beat" << 0 << "beat #1" << "beat" << "i" << qint64(W::kTaskTidBase + 1);
    QTest::newRow("lost beat") << "beat" << 1 << "beat #3 (lost)" << "beat" << "i" << qint64(W::kTaskTidBase + 2);
    QTest::newRow("measure") << "measure" << 0 << "measure #0" << "measure" << "X" << qint64(W::kTaskTidBase + 2);
    QTest::newRow("end of program") << "program_end" << 0 << "end of program" << "program_end" << "i"
                                    << qint64(W::kTaskTidBase + 1);
    QTest::newRow("tick") << "tick" << 0 << "tick #1" << "ticker" << "i" << qint64(W::kObjectTidBase + 3);
    QTest::newRow("close") << "chan_close" << 0 << "close volumes" << "chan" << "i" << qint64(W::kObjectTidBase + 1);
    QTest::newRow("spawn") << "task_spawn" << 0 << "spawn meter" << "task" << "i" << qint64(W::kTaskTidBase + 1);
    QTest::newRow("end") << "task_end" << 0 << "end (cancelled)" << "task" << "i" << qint64(W::kTaskTidBase + 2);
    QTest::newRow("wg add") << "wg_add" << 0 << "wg add +1" << "wait_group" << "i" << qint64(W::kTaskTidBase + 1);
}

void tst_ChromeTraceWriter::instantsAndAnalysisEventsAreNamed()
{
    QFETCH(QString, kind);
    QFETCH(int, nth);
    QFETCH(QString, name);
    QFETCH(QString, cat);
    QFETCH(QString, ph);
    QFETCH(qint64, tid);
    const QJsonArray events = parse(W::toJson(sampleTrace())).value("traceEvents").toArray();
    const QJsonObject o = primary(events, qPrintable(kind), nth);
    QCOMPARE(o.value("name").toString(), name);
    QCOMPARE(o.value("cat").toString(), cat);
    QCOMPARE(o.value("ph").toString(), ph);
    QCOMPARE(o.value("tid").toInteger(), tid);
    if (ph == "i")
        QCOMPARE(o.value("s").toString(), kind == "program_end" ? QStringLiteral("g") : QStringLiteral("t"));
}

void tst_ChromeTraceWriter::rawFieldsAreInArgs()
{
    const QJsonArray events = parse(W::toJson(sampleTrace())).value("traceEvents").toArray();
    const QJsonObject args = primary(events, "beat", 1).value("args").toObject();
    QCOMPARE(args.value("t_ns").toInteger(), qint64(15'006'000));
    QCOMPARE(args.value("dur_ns").toInteger(), qint64(0));
    QCOMPARE(args.value("a").toInteger(), qint64(3));
    QCOMPARE(args.value("b").toInteger(), qint64(12));
    QCOMPARE(args.value("task").toInteger(), qint64(2));
    QCOMPARE(args.value("object").toInteger(), qint64(0));
    QCOMPARE(args.value("flags").toInt(), int(Lost | Tock));
    QCOMPARE(args.value("flag_names").toString(), QStringLiteral("tock|lost"));
    QCOMPARE(args.value("label").toString(), QStringLiteral("O"));
    QCOMPARE(args.value("volume").toInt(), 12);
    QCOMPARE(args.value("lost").toBool(), true);
}

void tst_ChromeTraceWriter::goProgramKindsAreNamed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cat");
    QTest::addColumn<QString>("ph");
    QTest::addColumn<QString>("source"); // the readable position
    QTest::newRow("lock") << "lock" << "lock mu" << "mutex" << "X" << "8:13";
    QTest::newRow("unlock") << "unlock" << "unlock mu" << "mutex" << "i" << "8:34";
    QTest::newRow("select") << "select" << "select case 0 (ch)" << "select" << "X" << "9:2";
    QTest::newRow("log line") << "log_line" << "output: 1" << "output" << "i" << "11:3";
    QTest::newRow("panic") << "panic" << "panic: close of closed channel" << "failure" << "i" << "14:2";
    QTest::newRow("fatal error") << "fatal_error" << "fatal error: all goroutines are asleep - deadlock!" << "failure"
                                 << "g" << "";
}

void tst_ChromeTraceWriter::goProgramKindsAreNamed()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, cat);
    QFETCH(QString, ph);
    QFETCH(QString, source);
    const QJsonArray events = parse(W::toJson(samples::goTrace())).value("traceEvents").toArray();
    const QJsonObject o = primary(events, qPrintable(kind));
    QCOMPARE(o.value("name").toString(), name);
    QCOMPARE(o.value("cat").toString(), cat);
    QCOMPARE(ph == "g" ? o.value("s").toString() : o.value("ph").toString(), ph);
    QCOMPARE(o.value("args").toObject().value("source").toString(), source);
    QCOMPARE(o.value("args").toObject().contains("pos"), !source.isEmpty());
}

void tst_ChromeTraceWriter::programTablesAreInTheHeader()
{
    const TraceData trace = samples::goTrace();
    const QJsonObject header = parse(W::toJson(trace)).value("cacophony").toObject();
    QCOMPARE(header.value("end_reason").toString(), QStringLiteral("panicked"));
    QCOMPARE(header.value("source").toString(), trace.source);
    QCOMPARE(header.value("positions").toArray().at(1).toArray(), (QJsonArray{8, 23}));
    QCOMPARE(header.value("texts").toArray().at(2).toString(), QStringLiteral("all goroutines are asleep - deadlock!"));
    QCOMPARE(header.value("objects").toArray().at(0).toObject().value("kind").toString(), QStringLiteral("mutex"));
}

void tst_ChromeTraceWriter::flowsLinkSendToReceiveAndSpawnToStart()
{
    const QJsonArray events = parse(W::toJson(sampleTrace())).value("traceEvents").toArray();
    // A message: flow v2, by id, from the send's own slice to a zero-length slice where
    // the receive got it.
    const QList<QJsonObject> outs = eventsWhere(events, [](const QJsonObject &o) { return o.contains("flow_out"); });
    const QList<QJsonObject> ins = eventsWhere(events, [](const QJsonObject &o) { return o.contains("flow_in"); });
    QCOMPARE(outs.size(), 1);
    QCOMPARE(ins.size(), 1);
    const QJsonObject send = primary(events, "chan_send");
    const QJsonObject recv = primary(events, "chan_recv");
    QCOMPARE(outs.first(), send);
    QCOMPARE(send.value("tid").toInteger(), W::kTaskTidBase + 2);
    const QJsonObject in = ins.first();
    QCOMPARE(in.value("bind_id"), send.value("bind_id"));
    QCOMPARE(in.value("flow_in").toBool(), true);
    QCOMPARE(send.value("flow_out").toBool(), true);
    QCOMPARE(in.value("ph").toString(), QStringLiteral("X"));
    QCOMPARE(in.value("dur").toDouble(), 0.0);
    QVERIFY(!in.value("args").toObject().contains("kind")); // decoration: readers skip it
    QCOMPARE(in.value("tid").toInteger(), W::kTaskTidBase + 1);
    QVERIFY(in.value("ts").toDouble() >= send.value("ts").toDouble()); // viewers drop backward arrows
    QVERIFY(in.value("ts").toDouble() >= recv.value("ts").toDouble());
    QVERIFY(in.value("ts").toDouble() <= recv.value("ts").toDouble() + recv.value("dur").toDouble());

    // A spawn: instants cannot carry v2 flows, so a v1 pair binds to the enclosing slices.
    const QList<QJsonObject> starts = eventsWhere(events, [](const QJsonObject &o) { return o.value("ph") == "s"; });
    const QList<QJsonObject> ends = eventsWhere(events, [](const QJsonObject &o) { return o.value("ph") == "f"; });
    QCOMPARE(starts.size(), 1);
    QCOMPARE(ends.size(), 1);
    const QJsonObject s = starts.first(), f = ends.first();
    QCOMPARE(f.value("id"), s.value("id"));
    QCOMPARE(s.value("name").toString(), QStringLiteral("spawn"));
    QCOMPARE(f.value("bp").toString(), QStringLiteral("e"));
    QCOMPARE(s.value("tid").toInteger(), W::kTaskTidBase + 1);
    QCOMPARE(f.value("tid").toInteger(), W::kTaskTidBase + 2);
    QCOMPARE(f.value("ts").toDouble(), 1.5);

    // Each end comes after its start in the file too: viewers read equal timestamps in
    // file order and drop an end seen before its start. (Here the receive starts first.)
    QHash<qint64, qsizetype> startAt;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events.at(i).toObject();
        if (o.value("ph") == "s")
            startAt.insert(o.value("id").toInteger(), i);
        else if (o.contains("flow_out"))
            startAt.insert(-o.value("bind_id").toInteger(), i);
        else if (o.value("ph") == "f")
            QVERIFY2(startAt.contains(o.value("id").toInteger()), "flow end before its start");
        else if (o.contains("flow_in"))
            QVERIFY2(startAt.contains(-o.value("bind_id").toInteger()), "flow_in before its flow_out");
    }
    // A receive from a closed channel, or a send nobody took, has no arrow.
    TraceData d = sampleTrace();
    d.events.push_back(ev(EventKind::ChanSend, 20'000'000, {.dur = 10, .task = 1, .object = 1, .a = 99, .b = 5}));
    d.events.push_back(ev(EventKind::ChanRecv, 20'000'100, {.dur = 10, .task = 2, .object = 1, .flags = NotOk}));
    const QJsonArray more = parse(W::toJson(d)).value("traceEvents").toArray();
    QCOMPARE(eventsWhere(more, [](const QJsonObject &o) { return o.contains("flow_out"); }).size(), 1);
}

void tst_ChromeTraceWriter::namesAreEscaped()
{
    TraceData d = sampleTrace();
    d.tasks[0].name = QStringLiteral("ma\"in\\ \n\t\u00e9\u266b");
    d.objects[0].name = QStringLiteral("{\"evil\": [}");
    const QJsonArray events = parse(W::toJson(d)).value("traceEvents").toArray();
    QVERIFY(!events.isEmpty());
    QCOMPARE(threadName(events, W::kTaskTidBase + 1), d.tasks[0].name + QStringLiteral(" (1)"));
    QCOMPARE(threadName(events, W::kObjectTidBase + 1), QStringLiteral("chan {\"evil\": [} (1)"));
}

void tst_ChromeTraceWriter::emptyTraceIsValid()
{
    const QJsonObject root = parse(W::toJson(TraceData{}));
    QVERIFY(root.value("traceEvents").isArray());
    QCOMPARE(root.value("cacophony").toObject().value("event_count").toInteger(), qint64(0));
}

void tst_ChromeTraceWriter::absurdTimesStillGiveValidJson()
{
    // Hand-built data at the limits must not overflow (UBSan checks) nor break the JSON.
    const std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    const std::int64_t lo = std::numeric_limits<std::int64_t>::min();
    TraceData d;
    d.events = {ev(EventKind::ChanSend, lo, {.dur = hi, .task = 1, .object = 1, .a = 5}), ev(EventKind::ChanRecv, hi, {.dur = hi, .task = 2, .object = 1, .a = 5}),
                ev(EventKind::WgAdd, hi, {.dur = -5, .task = 1, .object = 2, .a = lo, .b = hi}), ev(EventKind::Beat, 0, {.a = lo, .b = hi})};
    const QJsonObject root = parse(W::toJson(d));
    QVERIFY(root.value("traceEvents").isArray());
    QCOMPARE(root.value("cacophony").toObject().value("event_count").toInteger(), qint64(4));
}

void tst_ChromeTraceWriter::writeSavesTheSameBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("run.json");
    QString error;
    QVERIFY2(W::write(sampleTrace(), path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), W::toJson(sampleTrace()));
    // Overwriting works too, and leaves no temporary file around.
    QVERIFY(W::write(TraceData{}, path, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"run.json"});
}

void tst_ChromeTraceWriter::writeToUnwritablePathFails_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing directory") << "no/such/dir/run.json";
    QTest::newRow("path is a directory") << "adir";
    QTest::newRow("empty path") << "";
}

void tst_ChromeTraceWriter::writeToUnwritablePathFails()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir("adir"));
    const QString path = relativePath.isEmpty() ? QString() : dir.filePath(relativePath);
    QString error;
    QVERIFY(!W::write(sampleTrace(), path, &error));
    QVERIFY(!error.isEmpty());
    if (!path.isEmpty())
        QVERIFY2(error.contains(path), qPrintable(error));
    // Nothing was left behind: only the directory made above.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{"adir"});
    QVERIFY(QDir(dir.filePath("adir")).isEmpty());
    QVERIFY(!W::write(sampleTrace(), path)); // no error pointer: still fails cleanly
}

QTEST_GUILESS_MAIN(tst_ChromeTraceWriter)
void tst_ChromeTraceWriter::writeToAFullDiskFails()
{
    // A small trace stays in the write buffer until the flush, which is where the full
    // disk is found; the device must not be replaced by a renamed temporary either.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString device = test::fullDevice(dir.path());
    if (device.isEmpty())
        QSKIP("no full device here");
    QString error;
    QVERIFY(!W::write(sampleTrace(), device, &error));
    QVERIFY2(error.endsWith(QStringLiteral(": No space left on device")), qPrintable(error));
    QVERIFY(test::isCharDevice(device));
}

#include "tst_chrometracewriter.moc"
