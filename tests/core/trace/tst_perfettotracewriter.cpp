#include "trace/PerfettoTraceWriter.h"

#include "core/trace/PerfettoSamples.h"
#include "core/trace/ScenarioRuns.h"
#include "core/trace/TraceSamples.h"
#include "TestFullDevice.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

using namespace cacophony;
using namespace cacophony::samples;
using perfetto::protos::TracePacket;
using perfetto::protos::TrackEvent;
using W = PerfettoTraceWriter;
using P = PerfettoPackets;

namespace {

// The kind of a primary packet; EventKind::Count for any other packet.
EventKind kindOf(const TracePacket &p)
{
    if (!p.has_track_event() || p.track_event().category_iids_size() == 0)
        return EventKind::Count;
    const std::uint64_t iid = p.track_event().category_iids(0);
    return iid >= 1 && iid <= std::uint64_t(EventKind::Count) ? EventKind(iid - 1) : EventKind::Count;
}

std::uint32_t taskOfTrack(std::uint64_t uuid)
{
    return W::trackClass(uuid) == W::TaskTrack ? W::trackId(uuid) : 0;
}

} // namespace

class tst_PerfettoTraceWriter : public QObject
{
    Q_OBJECT

private slots:
    void sequenceStartsClearedAndDescribesTracksBeforeUse();
    void flowsLinkEachSendToTheReceiveOfItsMessage_data();
    void flowsLinkEachSendToTheReceiveOfItsMessage();
    void overlappingSpansGetTracksOfTheirOwn();
    void bufferedChannelHasAnOccupancyCounter();
    void numberedEventsShareOneInternedName();
    void writeSavesTheSameBytes();
    void writeToUnwritablePathFails_data();
    void writeToUnwritablePathFails();
    void writeToAFullDiskFails();
    void cancelledWriteLeavesNoFile();
};

void tst_PerfettoTraceWriter::sequenceStartsClearedAndDescribesTracksBeforeUse()
{
    const Packets packets = packetsOf(W::toBytes(goTrace()));
    QVERIFY(packets.size() > 10);
    QVERIFY(packets[0].sequence_flags() & TracePacket::SEQ_INCREMENTAL_STATE_CLEARED);
    QCOMPARE(packets[0].trace_packet_defaults().timestamp_clock_id(), P::kIncrementalClock);
    QCOMPARE(packets[0].clock_snapshot().clocks_size(), 2);
    QVERIFY(packets[0].clock_snapshot().clocks(1).is_incremental());
    QVERIFY(packets[1].track_descriptor().has_process());
    const Packets absolute = withAbsoluteTimes(packets);
    std::set<std::uint64_t> described;
    std::uint64_t last = 0;
    for (std::size_t i = 1; i < packets.size(); ++i) {
        const TracePacket &p = packets[i];
        QCOMPARE(p.trusted_packet_sequence_id(), 1u);
        if (p.has_track_descriptor()) {
            QVERIFY(!p.track_descriptor().has_parent_uuid() || described.count(p.track_descriptor().parent_uuid()));
            described.insert(p.track_descriptor().uuid());
            continue;
        }
        QVERIFY2(described.count(p.track_event().track_uuid()), qPrintable(QString::number(i)));
        QVERIFY(absolute[i].timestamp() >= last);
        QVERIFY2(p.sequence_flags() & TracePacket::SEQ_NEEDS_INCREMENTAL_STATE, "a delta needs the state");
        last = absolute[i].timestamp();
        const TrackEvent &e = p.track_event();
        if (e.category_iids_size() > 0 || e.has_name_iid() || e.has_source_location_iid())
            QVERIFY2(p.sequence_flags() & TracePacket::SEQ_NEEDS_INCREMENTAL_STATE, qPrintable(QString::number(i)));
    }
}

void tst_PerfettoTraceWriter::flowsLinkEachSendToTheReceiveOfItsMessage_data()
{
    QTest::addColumn<QString>("id");
    // Many messages in flight at once: where JSON flows get crossed in viewers.
    for (const char *id : {"async_with_channels", "async_with_channels_services", "13", "14"}) {
        if (ScenarioRegistry::findScenario(QString::fromLatin1(id)))
            QTest::newRow(id) << QString::fromLatin1(id);
    }
}

// Every flow starts at a send (or spawn) and ends at the receive that took that very
// message (or the child's start), or, for a receive that began waiting before the
// send, at a "received" mark on that receiver's track.
void tst_PerfettoTraceWriter::flowsLinkEachSendToTheReceiveOfItsMessage()
{
    QFETCH(QString, id);
    const TraceData trace = scenarioRun(id, -1);
    QVERIFY(!trace.events.empty());
    const Packets packets = packetsOf(W::toBytes(trace));
    std::map<std::uint64_t, const Event *> starts;
    std::size_t index = 0, flows = 0, messages = 0;
    for (const TracePacket &p : packets) {
        const EventKind kind = kindOf(p);
        const bool primary = kind != EventKind::Count && p.track_event().type() != TrackEvent::TYPE_SLICE_END;
        const Event *e = primary ? &trace.events[index++] : nullptr;
        if (primary)
            QCOMPARE(e->kind, kind);
        if (!p.has_track_event())
            continue;
        for (std::uint64_t f : p.track_event().flow_ids()) {
            QVERIFY(e && (e->kind == EventKind::ChanSend || e->kind == EventKind::TaskSpawn));
            starts[f] = e;
        }
        for (std::uint64_t f : p.track_event().terminating_flow_ids()) {
            QVERIFY2(starts.count(f), "a flow ends before it starts");
            const Event *from = starts[f];
            ++flows;
            if (from->kind == EventKind::TaskSpawn) {
                QCOMPARE(e ? e->task : taskOfTrack(p.track_event().track_uuid()), from->object);
                continue;
            }
            ++messages;
            if (e) {
                QCOMPARE(e->kind, EventKind::ChanRecv);
                QCOMPARE(e->object, from->object);
                QCOMPARE(e->a, from->a);
            } else {
                const std::uint32_t receiver = taskOfTrack(p.track_event().track_uuid());
                QVERIFY(std::any_of(trace.events.begin(), trace.events.end(), [&](const Event &r) {
                    return r.kind == EventKind::ChanRecv && r.task == receiver && r.object == from->object && r.a == from->a;
                }));
            }
        }
    }
    QCOMPARE(index, trace.events.size());
    QVERIFY(messages > 0);
    QCOMPARE(flows, starts.size()); // every flow has its end
}

void tst_PerfettoTraceWriter::overlappingSpansGetTracksOfTheirOwn()
{
    TraceData trace = sampleTrace();
    // Two measurements of task 2 that overlap without nesting, a third inside the first.
    trace.events.push_back(ev(EventKind::Measure, 300, {.dur = 10'000, .task = 2, .a = 2, .b = 50}));
    trace.events.push_back(ev(EventKind::Measure, 400, {.dur = 100, .task = 2, .a = 3, .b = 50}));
    sortByTime(trace);
    const Packets packets = packetsOf(W::toBytes(trace));
    std::map<std::uint64_t, std::string> names;
    std::map<std::int64_t, std::uint64_t> measureTrack; // measurement number -> track
    std::size_t index = 0;
    for (const TracePacket &p : packets) {
        if (p.has_track_descriptor())
            names[p.track_descriptor().uuid()] = p.track_descriptor().name();
        if (kindOf(p) == EventKind::Count || p.track_event().type() == TrackEvent::TYPE_SLICE_END)
            continue;
        const Event &e = trace.events[index++];
        if (e.kind == EventKind::Measure)
            measureTrack[e.a] = p.track_event().track_uuid();
    }
    const std::uint64_t task2 = W::trackUuid(W::TaskTrack, 2);
    QCOMPARE(measureTrack[0], task2); // the first on the task's own track
    QCOMPARE(measureTrack[3], task2); // nested inside it
    QCOMPARE(measureTrack[2], W::trackUuid(W::TaskTrack, 2, 1));
    QCOMPARE(names[measureTrack[2]], std::string("beat 0 (2) · overlap 1"));
}

void tst_PerfettoTraceWriter::bufferedChannelHasAnOccupancyCounter()
{
    // Channel 1 of the sample holds 1: its send completes at 130, the receive at 135.
    const Packets packets = withAbsoluteTimes(packetsOf(W::toBytes(sampleTrace())));
    const std::uint64_t counter = W::trackUuid(W::CounterTrack, 1);
    std::vector<std::pair<std::uint64_t, std::int64_t>> values;
    bool described = false;
    for (const TracePacket &p : packets) {
        if (p.has_track_descriptor() && p.track_descriptor().uuid() == counter)
            described = p.track_descriptor().has_counter();
        if (p.has_track_event() && p.track_event().track_uuid() == counter)
            values.emplace_back(p.timestamp(), p.track_event().counter_value());
    }
    QVERIFY(described);
    const std::vector<std::pair<std::uint64_t, std::int64_t>> expected{{0, 0}, {130, 1}, {135, 0}};
    QCOMPARE(values, expected);
    // The wait group has none.
    QCOMPARE(find(packets, [](const TracePacket &p) {
        return p.has_track_descriptor() && p.track_descriptor().uuid() == W::trackUuid(W::CounterTrack, 2);
    }), packets.size());
}

void tst_PerfettoTraceWriter::numberedEventsShareOneInternedName()
{
    // Many beats: their names are interned once, without the number (it is `a`).
    TraceData trace = sampleTrace();
    for (std::int64_t n = 10; n < 200; ++n) {
        trace.events.push_back(ev(EventKind::Beat, 1000 + n, {.task = 2, .a = n, .b = 50}));
        trace.events.push_back(ev(EventKind::Beat, 1000 + n, {.task = 2, .a = n, .flags = Lost}));
    }
    sortByTime(trace);
    std::set<std::string> names;
    for (const TracePacket &p : packetsOf(W::toBytes(trace))) {
        for (const auto &n : p.interned_data().event_names()) {
            QVERIFY2(n.name().find('#') == std::string::npos, n.name().c_str());
            QVERIFY2(names.insert(n.name()).second, n.name().c_str());
        }
        QVERIFY(!p.has_track_event() || !p.track_event().has_name() || p.track_event().name() == "run"); // never inline
    }
    QVERIFY(names.count("beat"));
    QVERIFY(names.count("beat (lost)"));
    QVERIFY(names.size() < 30);
}

void tst_PerfettoTraceWriter::writeSavesTheSameBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("run.pftrace");
    const TraceData trace = randomTrace(9, 30'000); // several chunks
    QString error;
    QVERIFY2(W::write(trace, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), W::toBytes(trace));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"run.pftrace"});
}

void tst_PerfettoTraceWriter::writeToUnwritablePathFails_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing directory") << "no/such/dir/run.pftrace";
    QTest::newRow("path is a directory") << "adir";
    QTest::newRow("empty path") << "";
}

void tst_PerfettoTraceWriter::writeToUnwritablePathFails()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("adir"));
    const QString path = relativePath.isEmpty() ? QString() : dir.filePath(relativePath);
    QString error;
    QVERIFY(!W::write(sampleTrace(), path, &error));
    QVERIFY(!error.isEmpty());
    if (!path.isEmpty())
        QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{"adir"});
    QVERIFY(QDir(dir.filePath("adir")).isEmpty());
}

void tst_PerfettoTraceWriter::writeToAFullDiskFails()
{
    QTemporaryDir dir;
    const QString device = test::fullDevice(dir.path());
    if (device.isEmpty())
        QSKIP("no full device here");
    QString error;
    QVERIFY(!W::write(sampleTrace(), device, &error));
    QVERIFY2(error.endsWith(QStringLiteral(": No space left on device")), qPrintable(error));
    QVERIFY(test::isCharDevice(device));
    QVERIFY(!W::write(randomTrace(3, 30'000), device, &error)); // fails at a chunk, not at the flush
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
}

void tst_PerfettoTraceWriter::cancelledWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("run.perfetto-trace");
    QString error;
    int calls = 0;
    QVERIFY(!W::write(randomTrace(2, 30'000), path, &error, [&](int) { return ++calls < 3; }));
    QVERIFY2(error.contains("cancelled") && error.contains(path), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
}

QTEST_GUILESS_MAIN(tst_PerfettoTraceWriter)
#include "tst_perfettotracewriter.moc"
