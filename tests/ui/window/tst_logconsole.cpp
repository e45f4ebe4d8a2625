// LogConsole: the lines a run printed, in the order printed, whatever order the batches
// bring them in; lines after the end of program greyed below the end marker.

#include "window/LogConsole.h"

#include <QListWidget>
#include <QRegularExpression>
#include <QTest>

using namespace cacophony;

namespace {

Event ev(EventKind kind, std::int64_t tUs, std::int64_t a = 0, std::uint8_t flags = NoFlags)
{
    Event e;
    e.kind = kind;
    e.t = tUs * 1000;
    e.a = a;
    e.flags = flags;
    return e;
}

} // namespace

class tst_LogConsole : public QObject
{
    Q_OBJECT

private slots:
    void linesInPrintedOrderAcrossBatches();
    void lostLinesAreGreyedAfterTheEnd();
    void beatsOfAScenario();
    void keepsTheNewestLines();
};

void tst_LogConsole::linesInPrintedOrderAcrossBatches()
{
    LogConsole console;
    console.clear(RunSettings{});
    // Per-thread batches: a later batch may bring an earlier line.
    console.appendEvents({ev(EventKind::Print, 30, 3), ev(EventKind::Print, 10, 1)});
    console.appendEvents({ev(EventKind::Print, 20, 0)});
    const QStringList lines = console.lines();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].endsWith(QLatin1String(" undress")), qPrintable(lines[0]));
    QVERIFY2(lines[1].endsWith(QLatin1String(" walk into bathroom")), qPrintable(lines[1]));
    QVERIFY2(lines[2].endsWith(QLatin1String(" put pyjamas on")), qPrintable(lines[2]));
    // Run time, then Go's log prefix with microseconds.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\s+0\\.010 ms  \\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} undress$"))
                 .match(lines[0])
                 .hasMatch(),
             qPrintable(lines[0]));
}

void tst_LogConsole::lostLinesAreGreyedAfterTheEnd()
{
    LogConsole console;
    TraceData trace;
    trace.events = {ev(EventKind::Print, 5, 5), ev(EventKind::ProgramEnd, 5),
                    ev(EventKind::Print, 40, 2, Lost), ev(EventKind::Print, 60, 0, Lost)};
    console.setTraceData(trace);
    const QStringList lines = console.lines();
    QCOMPARE(lines.size(), 4);
    // Without a start time (a trace from a file) the prefix is the run time.
    QVERIFY2(lines[0].endsWith(QLatin1String("00:00:00.000005 program ends")), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QLatin1String("end of program")), qPrintable(lines[1])); // after main's line
    QVERIFY(lines[2].contains(QLatin1String("take shower")) && lines[2].contains(QLatin1String("would have printed")));
    QVERIFY(!console.isLost(0));
    QVERIFY(!console.isLost(1));
    QVERIFY(console.isLost(2));
    QVERIFY(console.isLost(3));
    QVERIFY(console.list()->item(2)->foreground().color() != console.list()->item(0)->foreground().color());
}

void tst_LogConsole::beatsOfAScenario()
{
    LogConsole console;
    console.clear(RunSettings{});
    Event beat = ev(EventKind::Beat, 10, 7);
    beat.b = 58;
    beat.flags = Tock;
    console.appendEvents({beat});
    QCOMPARE(console.lines().size(), 1);
    QVERIFY2(console.lines()[0].contains(QLatin1String("beat     7  volume  58  O")), qPrintable(console.lines()[0]));
}

void tst_LogConsole::keepsTheNewestLines()
{
    LogConsole console;
    console.clear(RunSettings{});
    EventBatch batch;
    for (int i = 0; i < LogConsole::kMaxLines + 50; ++i)
        batch.push_back(ev(EventKind::Beat, i, i));
    console.appendEvents(batch);
    QCOMPARE(console.lines().size(), LogConsole::kMaxLines);
    QVERIFY(console.lines().last().contains(QString::number(LogConsole::kMaxLines + 49)));
}

QTEST_MAIN(tst_LogConsole)
#include "tst_logconsole.moc"
