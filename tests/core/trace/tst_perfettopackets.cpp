#include "trace/PerfettoPackets.h"

#include "core/trace/PerfettoSamples.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <functional>

using namespace cacophony;
using namespace cacophony::samples;
using P = PerfettoPackets;
using perfetto::protos::TracePacket;
using perfetto::protos::TrackEvent;

namespace {

using Build = std::function<Packets()>;

Packets tracksAndSlices()
{
    Packets out(7);
    P::begin(&out[0]);
    P::processTrack(&out[0], 894893984, 1234, "Cacophony: lesson");
    P::begin(&out[1]);
    P::childTrack(&out[1], 6843200, 894893984, "main (1)");
    P::begin(&out[2]);
    P::event(&out[2], 200, TrackEvent::TYPE_SLICE_BEGIN, 6843200, false)->set_name("sleep");
    P::begin(&out[3]);
    P::event(&out[3], 250, TrackEvent::TYPE_SLICE_BEGIN, 6843200, false)->set_name("spin");
    P::begin(&out[4]);
    P::event(&out[4], 300, TrackEvent::TYPE_SLICE_END, 6843200, false);
    P::begin(&out[5]);
    P::event(&out[5], 400, TrackEvent::TYPE_SLICE_END, 6843200, false);
    P::begin(&out[6]);
    P::event(&out[6], 450, TrackEvent::TYPE_INSTANT, 6843200, false)->set_name("beat #1");
    return out;
}

Packets flows()
{
    Packets out(4);
    P::begin(&out[0]);
    P::childTrack(&out[0], 49083589894, 894893984, "sender (1)");
    P::begin(&out[1]);
    TrackEvent *send = P::event(&out[1], 200, TrackEvent::TYPE_SLICE_BEGIN, 49083589894, false);
    send->set_name("send ticks");
    send->add_flow_ids(1055895987);
    P::begin(&out[2]);
    P::event(&out[2], 250, TrackEvent::TYPE_SLICE_END, 49083589894, false);
    P::begin(&out[3]);
    TrackEvent *recv = P::event(&out[3], 300, TrackEvent::TYPE_INSTANT, 49083589895, false);
    recv->set_name("recv ticks");
    recv->add_terminating_flow_ids(1055895987);
    return out;
}

Packets counters()
{
    Packets out(3);
    P::begin(&out[0]);
    P::counterTrack(&out[0], 1388, 894893984, "chan ticks (1) buffered");
    P::begin(&out[1]);
    P::counter(&out[1], 200, 1388, 1);
    P::begin(&out[2]);
    P::counter(&out[2], 250, 1388, 0);
    return out;
}

Packets interning()
{
    Packets out(2);
    P::begin(&out[0]);
    P::clearIncrementalState(&out[0]);
    P::processTrack(&out[0], 1, 1, "Cacophony: run");
    auto *category = out[0].mutable_interned_data()->add_event_categories();
    category->set_iid(6);
    category->set_name("chan_send");
    auto *arg = out[0].mutable_interned_data()->add_debug_annotation_names();
    arg->set_iid(1);
    arg->set_name("a");
    P::begin(&out[1]);
    TrackEvent *e = P::event(&out[1], 1000, TrackEvent::TYPE_INSTANT, 1, true);
    auto *name = out[1].mutable_interned_data()->add_event_names();
    name->set_iid(1);
    name->set_name("send ticks");
    auto *location = out[1].mutable_interned_data()->add_source_locations();
    location->set_iid(3);
    location->set_file_name("program.go");
    location->set_line_number(12);
    e->add_category_iids(6);
    e->set_name_iid(1);
    e->set_source_location_iid(3);
    auto *a = e->add_debug_annotations();
    a->set_name_iid(1);
    a->set_int_value(-7);
    auto *settings = e->add_debug_annotations();
    settings->set_name("settings");
    auto *bpm = settings->add_dict_entries();
    bpm->set_name("bpm");
    bpm->set_int_value(6000);
    auto *seed = settings->add_dict_entries();
    seed->set_name("seed");
    seed->set_uint_value(18446744073709551615ULL);
    auto *texts = e->add_debug_annotations();
    texts->set_name("texts");
    texts->add_array_values()->set_string_value("deadlock!");
    return out;
}

Packets incrementalClock()
{
    Packets out(2);
    P::begin(&out[0]);
    P::clearIncrementalState(&out[0]);
    P::incrementalClock(&out[0]);
    P::begin(&out[1]);
    P::event(&out[1], 200, TrackEvent::TYPE_INSTANT, 4, true)->set_name("beat");
    return out;
}

// What protoc makes of the textproto, with our subset of Perfetto's schema.
QByteArray protocEncode(const QString &textproto, QString *error)
{
    QFile in(textproto);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return {};
    }
    const QString proto = QStringLiteral(CACOPHONY_PERFETTO_PROTO);
    QProcess protoc;
    protoc.start(QStringLiteral(CACOPHONY_PROTOC),
                 {QStringLiteral("--encode=perfetto.protos.Trace"), QStringLiteral("-I") + proto.section('/', 0, -2),
                  proto.section('/', -1)});
    protoc.write(in.readAll());
    protoc.closeWriteChannel();
    if (!protoc.waitForFinished(30000) || protoc.exitCode() != 0) {
        *error = QString::fromLocal8Bit(protoc.readAllStandardError());
        return {};
    }
    return protoc.readAllStandardOutput();
}

} // namespace

class tst_PerfettoPackets : public QObject
{
    Q_OBJECT

private slots:
    void buildersEncodeTheDocumentedExamples_data();
    void buildersEncodeTheDocumentedExamples();
    void fieldNumbersAreThePublishedOnes_data();
    void fieldNumbersAreThePublishedOnes();
    void framingIsTheTraceMessage();
};

void tst_PerfettoPackets::buildersEncodeTheDocumentedExamples_data()
{
    QTest::addColumn<QString>("textproto");
    QTest::addColumn<Build>("build");
    QTest::newRow("tracks and slices") << "tracks_and_slices" << Build(tracksAndSlices);
    QTest::newRow("flows") << "flows" << Build(flows);
    QTest::newRow("counters") << "counters" << Build(counters);
    QTest::newRow("interning") << "interning" << Build(interning);
    QTest::newRow("incremental clock") << "incremental_clock" << Build(incrementalClock);
}

// Byte for byte what protoc encodes from the textproto (run here, at test time: the
// readable textproto is the reference, not a blob of bytes that could only be
// regenerated by the code under test).
void tst_PerfettoPackets::buildersEncodeTheDocumentedExamples()
{
    QFETCH(QString, textproto);
    QFETCH(Build, build);
    const QString path = QFINDTESTDATA(QStringLiteral("data/perfetto/%1.textproto").arg(textproto));
    QVERIFY(!path.isEmpty());
    QString error;
    const QByteArray expected = protocEncode(path, &error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));
    QCOMPARE(bytesOf(build()).toHex(' '), expected.toHex(' '));
}

void tst_PerfettoPackets::fieldNumbersAreThePublishedOnes_data()
{
    // Field numbers and wire types as in Perfetto's protos: the tag bytes each field
    // must start with. Independent of our .proto, which protoc above trusts.
    QTest::addColumn<Build>("build");
    QTest::addColumn<QByteArray>("tag"); // of the packet's first field
    auto one = [](const std::function<void(TracePacket &)> &set) {
        return Build([set] {
            Packets p(1);
            set(p[0]);
            return p;
        });
    };
    QTest::newRow("TracePacket.timestamp = 8") << one([](TracePacket &p) { p.set_timestamp(1); }) << QByteArray("\x40");
    QTest::newRow("TracePacket.trusted_packet_sequence_id = 10") << one([](TracePacket &p) { p.set_trusted_packet_sequence_id(1); })
                                                                 << QByteArray("\x50");
    QTest::newRow("TracePacket.track_event = 11") << one([](TracePacket &p) { p.mutable_track_event(); }) << QByteArray("\x5a");
    QTest::newRow("TracePacket.interned_data = 12") << one([](TracePacket &p) { p.mutable_interned_data(); }) << QByteArray("\x62");
    QTest::newRow("TracePacket.sequence_flags = 13") << one([](TracePacket &p) { p.set_sequence_flags(1); }) << QByteArray("\x68");
    QTest::newRow("TracePacket.clock_snapshot = 6") << one([](TracePacket &p) { p.mutable_clock_snapshot(); }) << QByteArray("\x32");
    QTest::newRow("TracePacket.timestamp_clock_id = 58") << one([](TracePacket &p) { p.set_timestamp_clock_id(64); })
                                                         << QByteArray("\xd0\x03\x40");
    QTest::newRow("TracePacket.trace_packet_defaults = 59")
        << one([](TracePacket &p) { p.mutable_trace_packet_defaults()->set_timestamp_clock_id(64); })
        << QByteArray("\xda\x03\x03\xd0\x03\x40");
    QTest::newRow("ClockSnapshot.Clock.is_incremental = 3")
        << one([](TracePacket &p) { p.mutable_clock_snapshot()->add_clocks()->set_is_incremental(true); })
        << QByteArray("\x32\x04\x0a\x02\x18\x01");
    QTest::newRow("TracePacket.track_descriptor = 60") << one([](TracePacket &p) { p.mutable_track_descriptor(); })
                                                       << QByteArray("\xe2\x03");
    QTest::newRow("TrackEvent.flow_ids = 47 fixed64") << one([](TracePacket &p) { p.mutable_track_event()->add_flow_ids(1); })
                                                      << QByteArray("\x5a\x0a\xf9\x02");
    QTest::newRow("TrackEvent.terminating_flow_ids = 48 fixed64")
        << one([](TracePacket &p) { p.mutable_track_event()->add_terminating_flow_ids(1); }) << QByteArray("\x5a\x0a\x81\x03");
    QTest::newRow("TrackEvent.source_location_iid = 34")
        << one([](TracePacket &p) { p.mutable_track_event()->set_source_location_iid(1); }) << QByteArray("\x5a\x03\x90\x02");
    QTest::newRow("TrackEvent.counter_value = 30")
        << one([](TracePacket &p) { p.mutable_track_event()->set_counter_value(1); }) << QByteArray("\x5a\x03\xf0\x01");
    QTest::newRow("TrackDescriptor.parent_uuid = 5")
        << one([](TracePacket &p) { p.mutable_track_descriptor()->set_parent_uuid(1); }) << QByteArray("\xe2\x03\x02\x28");
    QTest::newRow("TrackDescriptor.counter = 8")
        << one([](TracePacket &p) { p.mutable_track_descriptor()->mutable_counter(); }) << QByteArray("\xe2\x03\x02\x42");
    QTest::newRow("ProcessDescriptor.process_name = 6")
        << one([](TracePacket &p) { p.mutable_track_descriptor()->mutable_process()->set_process_name("x"); })
        << QByteArray("\xe2\x03\x05\x1a\x03\x32");
    QTest::newRow("DebugAnnotation.dict_entries = 11")
        << one([](TracePacket &p) { p.mutable_track_event()->add_debug_annotations()->add_dict_entries(); })
        << QByteArray("\x5a\x04\x22\x02\x5a");
    QTest::newRow("DebugAnnotation.array_values = 12")
        << one([](TracePacket &p) { p.mutable_track_event()->add_debug_annotations()->add_array_values(); })
        << QByteArray("\x5a\x04\x22\x02\x62");
    QTest::newRow("InternedData.source_locations = 4")
        << one([](TracePacket &p) { p.mutable_interned_data()->add_source_locations(); }) << QByteArray("\x62\x02\x22");
}

void tst_PerfettoPackets::fieldNumbersAreThePublishedOnes()
{
    QFETCH(Build, build);
    QFETCH(QByteArray, tag);
    const QByteArray packet = bytesOf(build()).mid(2); // past Trace.packet's tag and length
    QVERIFY2(packet.startsWith(tag), qPrintable(packet.toHex(' ')));
}

void tst_PerfettoPackets::framingIsTheTraceMessage()
{
    // A packet over 127 bytes: a two-byte length.
    Packets p(2);
    P::begin(&p[0]);
    P::childTrack(&p[0], 1, 2, std::string(300, 'x'));
    P::begin(&p[1]);
    P::counter(&p[1], 5, 1, -1);
    perfetto::protos::Trace trace;
    *trace.add_packet() = p[0];
    *trace.add_packet() = p[1];
    const std::string whole = trace.SerializeAsString();
    QCOMPARE(bytesOf(p), QByteArray(whole.data(), qsizetype(whole.size())));
}

QTEST_GUILESS_MAIN(tst_PerfettoPackets)
#include "tst_perfettopackets.moc"
