#include "trace/PerfettoTraceReader.h"
#include "trace/PerfettoTraceWriter.h"
#include "trace/ChromeTraceReader.h"

#include "core/trace/PerfettoSamples.h"
#include "core/trace/ScenarioRuns.h"
#include "core/trace/TraceSamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace cacophony;
using namespace cacophony::samples;
using perfetto::protos::TracePacket;
using perfetto::protos::TrackEvent;
using W = PerfettoTraceWriter;

namespace {

using Edit = std::function<void(Packets &)>;

bool isEvent(const TracePacket &p, TrackEvent::Type type)
{
    return p.has_track_event() && p.track_event().type() == type;
}

bool isKind(const TracePacket &p, EventKind kind)
{
    return p.has_track_event() && p.track_event().category_iids_size() > 0
        && p.track_event().category_iids(0) == std::uint64_t(kind) + 1;
}

// The first packet that satisfies `match` (the edits below are written for the sample).
template<typename Match>
TracePacket &first(Packets &p, Match match)
{
    const std::size_t i = find(p, match);
    if (i == p.size())
        qFatal("the sample has no such packet");
    return p[i];
}

// The sample trace's file with one edit.
QByteArray edited(const Edit &edit)
{
    Packets packets = packetsOf(PerfettoTraceWriter::toBytes(sampleTrace()));
    edit(packets);
    return bytesOf(packets);
}

std::size_t runPacket(const Packets &p)
{
    return find(p, [](const TracePacket &x) {
        return x.has_track_event() && x.track_event().category_iids_size() > 0
            && x.track_event().category_iids(0) == W::kRunCategory;
    });
}

perfetto::protos::DebugAnnotation *runArg(Packets &p, const char *name)
{
    for (auto &a : *p[runPacket(p)].mutable_track_event()->mutable_debug_annotations()) {
        if (a.name() == name)
            return &a;
    }
    return nullptr;
}

void compareField(const TraceData &back, const TraceData &trace)
{
    QCOMPARE(back.settings, trace.settings);
    QCOMPARE(back.tasks, trace.tasks);
    QCOMPARE(back.objects, trace.objects);
    QCOMPARE(back.end, trace.end);
    QCOMPARE(back.source, trace.source);
    QCOMPARE(back.positions, trace.positions);
    QCOMPARE(back.texts, trace.texts);
    QCOMPARE(back.events.size(), trace.events.size());
    for (std::size_t i = 0; i < trace.events.size(); ++i)
        QVERIFY2(back.events[i] == trace.events[i], qPrintable(QStringLiteral("event %1 differs").arg(i)));
    QVERIFY(back == trace);
}

} // namespace

class tst_PerfettoTraceReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact_data();
    void roundTripIsExact();
    void roundTripThroughAFile();
    void absoluteTimestampsStillOpen_data();
    void absoluteTimestampsStillOpen();
    void everyScenarioAndLessonRoundTrips_data();
    void everyScenarioAndLessonRoundTrips();
    void recordedTracesRoundTrip_data();
    void recordedTracesRoundTrip();
    void badFileGivesAClearError_data();
    void badFileGivesAClearError();
    void everyTruncationIsAnError();
    void readingCanBeCancelled();
    void missingFileNamesThePath();
};

void tst_PerfettoTraceReader::roundTripIsExact_data()
{
    QTest::addColumn<TraceData>("trace");
    QTest::newRow("sample") << sampleTrace();
    QTest::newRow("empty") << TraceData{};
    QTest::newRow("extremes") << extremeTrace();
    QTest::newRow("random seed 1") << randomTrace(1, 3000);
    QTest::newRow("random seed 2") << randomTrace(2, 3000);
    QTest::newRow("random seed 3") << randomTrace(3, 3000);
    QTest::newRow("go program") << goTrace();
    QTest::newRow("version 1 run") << v1Trace();
}

void tst_PerfettoTraceReader::roundTripIsExact()
{
    QFETCH(TraceData, trace);
    QString error;
    const QByteArray bytes = PerfettoTraceWriter::toBytes(trace);
    const std::optional<TraceData> back = PerfettoTraceReader::fromBytes(bytes, &error);
    QVERIFY2(back, qPrintable(error));
    compareField(*back, trace);
    QCOMPARE(PerfettoTraceWriter::toBytes(*back), bytes);
}

void tst_PerfettoTraceReader::roundTripThroughAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("trace.perfetto-trace");
    const TraceData trace = randomTrace(4, 60000); // several write and read chunks
    QString error;
    QVERIFY2(PerfettoTraceWriter::write(trace, path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 2 * (1 << 20));
    const std::optional<TraceData> back = PerfettoTraceReader::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == trace);
    // Cut inside its last packet, past the first read chunks.
    QFile file(path);
    QVERIFY(file.resize(file.size() - 3));
    QVERIFY(!PerfettoTraceReader::read(path, &error));
    QVERIFY2(error.contains("cut short"), qPrintable(error));
}

void tst_PerfettoTraceReader::absoluteTimestampsStillOpen_data()
{
    roundTripIsExact_data();
}

// Files written before the incremental clock: absolute timestamps, no clock_snapshot.
void tst_PerfettoTraceReader::absoluteTimestampsStillOpen()
{
    QFETCH(TraceData, trace);
    const Packets written = packetsOf(PerfettoTraceWriter::toBytes(trace));
    const Packets absolute = withAbsoluteTimes(written);
    QVERIFY(!absolute[0].has_clock_snapshot());
    QString error;
    const std::optional<TraceData> back = PerfettoTraceReader::fromBytes(bytesOf(absolute), &error);
    QVERIFY2(back, qPrintable(error));
    compareField(*back, trace);
}

void tst_PerfettoTraceReader::everyScenarioAndLessonRoundTrips_data()
{
    addScenarioRunRows();
}

// Real runs, finished and stopped half-way, pass the validator and come back exactly.
void tst_PerfettoTraceReader::everyScenarioAndLessonRoundTrips()
{
    QFETCH(QString, id);
    QFETCH(int, stopAfterMs);
    const TraceData trace = scenarioRun(id, stopAfterMs);
    QVERIFY(!trace.events.empty());
    QString error;
    const std::optional<TraceData> back = PerfettoTraceReader::fromBytes(PerfettoTraceWriter::toBytes(trace), &error);
    QVERIFY2(back, qPrintable(error));
    compareField(*back, trace);
}

void tst_PerfettoTraceReader::recordedTracesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(CACOPHONY_RECORDED_TRACES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

// The recorded runs behind the pictures (every scenario and lesson, Go programs among
// them), JSON to Perfetto and back.
void tst_PerfettoTraceReader::recordedTracesRoundTrip()
{
    QFETCH(QString, path);
    QString error;
    const std::optional<TraceData> trace = ChromeTraceReader::read(path, &error);
    QVERIFY2(trace, qPrintable(error));
    const std::optional<TraceData> back = PerfettoTraceReader::fromBytes(PerfettoTraceWriter::toBytes(*trace), &error);
    QVERIFY2(back, qPrintable(error));
    compareField(*back, *trace);
}

void tst_PerfettoTraceReader::badFileGivesAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a fragment of the message

    const QByteArray good = PerfettoTraceWriter::toBytes(sampleTrace());
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("JSON") << QByteArray("{\"traceEvents\":[]}") << "not a Trace.packet field";
    QTest::newRow("half") << good.left(good.size() / 2) << "cut short";
    QTest::newRow("length beyond any packet") << QByteArray("\x0a\xff\xff\xff\xff\x0f", 6) << "the file is damaged";
    QTest::newRow("length without end") << QByteArray("\x0a\xff\xff", 3) << "ends in its length";
    QTest::newRow("not a packet") << QByteArray("\x0a\x03\xff\xff\xff", 5) << "not a valid TracePacket";
    QTest::newRow("junk after the last packet") << good + QByteArray("\x12\x00", 2) << "not a Trace.packet field";
    QTest::newRow("state never cleared") << edited([](Packets &p) { p[0].clear_sequence_flags(); })
                                         << "does not clear the incremental state";
    QTest::newRow("another sequence") << edited([](Packets &p) { p[3].set_trusted_packet_sequence_id(7); })
                                      << "packet[3] is on packet sequence 7";
    QTest::newRow("track not described") << edited([](Packets &p) {
        p.erase(p.begin() + std::ptrdiff_t(find(p, [](const TracePacket &x) { return x.has_track_descriptor() && !x.track_descriptor().has_process(); })));
    }) << "was described before it";
    QTest::newRow("track described twice") << edited([](Packets &p) { p.insert(p.begin() + 2, p[1]); }) << "described twice";
    QTest::newRow("interned data not needed") << edited([](Packets &p) {
        first(p, [](const TracePacket &x) { return isEvent(x, TrackEvent::TYPE_SLICE_BEGIN); }).clear_sequence_flags();
    }) << "does not say it needs incremental state";
    QTest::newRow("name never interned") << edited([](Packets &p) {
        first(p, [](const TracePacket &x) { return isEvent(x, TrackEvent::TYPE_INSTANT) && x.track_event().has_name_iid(); })
            .mutable_track_event()
            ->set_name_iid(999);
    }) << "no such name was interned";
    QTest::newRow("category never interned") << edited([](Packets &p) {
        first(p, [](const TracePacket &x) { return isKind(x, EventKind::Beat); }).mutable_track_event()->set_category_iids(0, 500);
    }) << "no such category";
    QTest::newRow("iid zero") << edited([](Packets &p) { p[0].mutable_interned_data()->mutable_event_categories(0)->set_iid(0); })
                              << "iid 0";
    QTest::newRow("iid redefined") << edited([](Packets &p) {
        auto *c = p.back().mutable_interned_data()->add_event_categories();
        c->set_iid(1);
        c->set_name("other");
    }) << "second, different value";
    QTest::newRow("time goes back") << edited([](Packets &p) {
        p.back().set_timestamp_clock_id(PerfettoPackets::kBootTimeClock); // absolute, 0
        p.back().set_timestamp(0);
    }) << "out of time order";
    QTest::newRow("delta without state") << edited([](Packets &p) {
        p.back().set_sequence_flags(0);
    }) << "relative to the one before but does not say it needs";
    QTest::newRow("clock never given") << edited([](Packets &p) { p[0].mutable_clock_snapshot()->mutable_clocks()->RemoveLast(); })
                                       << "which no clock_snapshot of the sequence gave";
    QTest::newRow("clock not incremental") << edited([](Packets &p) {
        p[0].mutable_clock_snapshot()->mutable_clocks(1)->set_is_incremental(false);
    }) << "must be incremental";
    QTest::newRow("time beyond the range") << edited([](Packets &p) { p.back().set_timestamp(std::uint64_t(1) << 60); })
                                           << "timestamp";
    QTest::newRow("slice ends twice") << edited([](Packets &p) {
        const std::size_t end = find(p, [](const TracePacket &x) { return isEvent(x, TrackEvent::TYPE_SLICE_END); });
        p.insert(p.begin() + std::ptrdiff_t(end), p[end]);
    }) << "where none is open";
    QTest::newRow("slice never ends") << edited([](Packets &p) {
        p.erase(p.begin() + std::ptrdiff_t(find(p, [](const TracePacket &x) { return isEvent(x, TrackEvent::TYPE_SLICE_END); })));
    }) << "never ends";
    QTest::newRow("flow without end") << edited([](Packets &p) {
        for (auto &x : p) {
            if (x.has_track_event() && x.track_event().terminating_flow_ids_size() > 0) {
                x.mutable_track_event()->clear_terminating_flow_ids();
                return;
            }
        }
    }) << "has a start but no end";
    QTest::newRow("flow starts twice") << edited([](Packets &p) {
        for (auto &x : p) {
            if (x.has_track_event() && x.track_event().flow_ids_size() > 0) {
                x.mutable_track_event()->add_flow_ids(x.track_event().flow_ids(0));
                return;
            }
        }
    }) << "starts again before it ended";
    QTest::newRow("flow without start") << edited([](Packets &p) {
        for (auto &x : p) {
            if (x.has_track_event() && x.track_event().flow_ids_size() > 0) {
                x.mutable_track_event()->clear_flow_ids();
                return;
            }
        }
    }) << "never started";
    QTest::newRow("slice on a counter track") << edited([](Packets &p) {
        const std::size_t c = find(p, [](const TracePacket &x) { return isEvent(x, TrackEvent::TYPE_COUNTER); });
        QVERIFY(c < p.size());
        p[c].mutable_track_event()->set_type(TrackEvent::TYPE_INSTANT);
    }) << "counter track";
    QTest::newRow("no run") << edited([](Packets &p) { p[runPacket(p)].mutable_track_event()->set_category_iids(0, W::kFlowCategory); })
                            << "is an event before the run's \"cacophony_run\" event";
    Packets emptyRun = packetsOf(PerfettoTraceWriter::toBytes(TraceData{}));
    emptyRun[runPacket(emptyRun)].mutable_track_event()->set_category_iids(0, W::kFlowCategory);
    QTest::newRow("no run, no events") << bytesOf(emptyRun) << "Not a Cacophony trace";
    QTest::newRow("two runs") << edited([](Packets &p) { p.insert(p.begin() + std::ptrdiff_t(runPacket(p)), p[runPacket(p)]); })
                              << "second \"cacophony_run\"";
    QTest::newRow("wrong format") << edited([](Packets &p) { runArg(p, "format")->set_string_value("other"); }) << "run.format";
    QTest::newRow("newer version") << edited([](Packets &p) { runArg(p, "version")->set_int_value(3); }) << "newer version";
    QTest::newRow("event count") << edited([](Packets &p) { runArg(p, "event_count")->set_uint_value(3); }) << "incomplete";
    QTest::newRow("end reason") << edited([](Packets &p) { runArg(p, "end_reason")->set_string_value("exploded"); })
                                << "unknown end reason \"exploded\"";
    QTest::newRow("bpm") << edited([](Packets &p) { runArg(p, "settings")->mutable_dict_entries(3)->set_int_value(0); })
                         << "run.settings.bpm = 0 is out of range";
    QTest::newRow("task name") << edited([](Packets &p) {
        runArg(p, "tasks")->mutable_array_values(0)->mutable_dict_entries(2)->set_int_value(1);
    }) << "run.tasks[0].name must be a string";
    QTest::newRow("tasks missing") << edited([](Packets &p) { runArg(p, "tasks")->set_name("tusks"); }) << "run.tasks is missing";
    QTest::newRow("unknown task") << edited([](Packets &p) {
        auto *e = first(p, [](const TracePacket &x) { return isKind(x, EventKind::IdealBeat); }).mutable_track_event();
        auto *a = e->add_debug_annotations();
        a->set_name_iid(W::ArgTask);
        a->set_int_value(999);
    }) << "there is no task 999 in run.tasks";
    QTest::newRow("flags out of range") << edited([](Packets &p) {
        auto *e = first(p, [](const TracePacket &x) { return isKind(x, EventKind::Beat); }).mutable_track_event();
        auto *a = e->add_debug_annotations();
        a->set_name_iid(W::ArgFlags);
        a->set_int_value(300);
    }) << "flags = 300 is out of range";
    QTest::newRow("argument not a number") << edited([](Packets &p) {
        auto *e = first(p, [](const TracePacket &x) { return isKind(x, EventKind::Beat); }).mutable_track_event();
        auto *a = e->add_debug_annotations();
        a->set_name_iid(W::ArgA);
        a->set_string_value("x");
    }) << ".a must be an integer";
    QTest::newRow("source location never interned") << edited([](Packets &p) {
        first(p, [](const TracePacket &x) { return isKind(x, EventKind::Beat); }).mutable_track_event()->set_source_location_iid(77);
    }) << "no such source location";
}

void tst_PerfettoTraceReader::badFileGivesAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!PerfettoTraceReader::fromBytes(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error)); // one line
}

void tst_PerfettoTraceReader::everyTruncationIsAnError()
{
    const QByteArray good = PerfettoTraceWriter::toBytes(sampleTrace());
    QVERIFY(PerfettoTraceReader::fromBytes(good));
    for (qsizetype n = 0; n < good.size(); ++n) {
        QString error;
        QVERIFY2(!PerfettoTraceReader::fromBytes(good.left(n), &error), qPrintable(QString::number(n)));
        QVERIFY(!error.isEmpty());
    }
}

void tst_PerfettoTraceReader::readingCanBeCancelled()
{
    QString error;
    int calls = 0;
    const QByteArray bytes = PerfettoTraceWriter::toBytes(randomTrace(5, 20000));
    QVERIFY(!PerfettoTraceReader::fromBytes(bytes, &error, [&](int) { return ++calls < 2; }));
    QVERIFY2(error.contains("cancelled"), qPrintable(error));
}

void tst_PerfettoTraceReader::missingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("nope.pftrace");
    QString error;
    QVERIFY(!PerfettoTraceReader::read(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!PerfettoTraceReader::read(dir.path(), &error));
    QVERIFY2(error.contains("directory"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_PerfettoTraceReader)
#include "tst_perfettotracereader.moc"
