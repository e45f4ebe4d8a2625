// LogConsole: the lines a run printed, in the order printed, whatever order the batches
// bring them in; lines after the end of program greyed below the end marker.

#include "window/LogConsole.h"
#include "window/Theme.h"

#include "TraceBuilder.h"

#include <QListWidget>
#include <cmath>
#include <QRegularExpression>
#include <QTest>

using namespace cacophony;
using testing::ev;

namespace {

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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
    void recordedRunShowsItsNewestLines();
    void readableInBothThemes_data();
    void readableInBothThemes();
};

void tst_LogConsole::linesInPrintedOrderAcrossBatches()
{
    LogConsole console;
    console.clear(RunSettings{});
    // Per-thread batches: a later batch may bring an earlier line.
    console.appendEvents({ev(EventKind::Print, 30'000, {.a = 3}), ev(EventKind::Print, 10'000, {.a = 1})});
    console.appendEvents({ev(EventKind::Print, 20'000)});
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
    trace.events = {ev(EventKind::Print, 5'000, {.a = 5}), ev(EventKind::ProgramEnd, 5'000),
                    ev(EventKind::Print, 40'000, {.a = 2, .flags = Lost}), ev(EventKind::Print, 60'000, {.flags = Lost})};
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
    Event beat = ev(EventKind::Beat, 10'000, {.a = 7});
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
        batch.push_back(ev(EventKind::Beat, (i) * 1000, {.a = i}));
    console.appendEvents(batch);
    QCOMPARE(console.lines().size(), LogConsole::kMaxLines);
    QVERIFY(console.lines().last().contains(QString::number(LogConsole::kMaxLines + 49)));
}

void tst_LogConsole::recordedRunShowsItsNewestLines()
{
    // A long recorded run: only its newest kMaxLines lines are shown, the same as if it had
    // streamed in, with one end marker (the first end of program) where it belongs.
    const int beats = 3 * LogConsole::kMaxLines;
    const int end = beats - 10; // the program ends before its last ten beats
    TraceData trace;
    for (int i = 0; i < beats; ++i) {
        trace.events.push_back(ev(EventKind::TaskSpawn, (10 * i) * 1000)); // not a line
        if (i == end) {
            trace.events.push_back(ev(EventKind::ProgramEnd, (10 * i + 5) * 1000));
            trace.events.push_back(ev(EventKind::ProgramEnd, (10 * i + 6) * 1000)); // a second one: no marker
        }
        trace.events.push_back(ev(EventKind::Beat, (10 * i + 5) * 1000, {.a = i, .flags = i > end ? Lost : NoFlags}));
    }
    LogConsole console;
    console.setTraceData(trace);
    const QStringList lines = console.lines();
    QCOMPARE(lines.size(), LogConsole::kMaxLines);
    const int first = beats - LogConsole::kMaxLines + 1; // the marker takes one line
    QVERIFY2(lines.first().contains(QStringLiteral("beat %1 ").arg(first, 5)), qPrintable(lines.first()));
    QVERIFY2(lines.last().contains(QStringLiteral("beat %1 ").arg(beats - 1, 5)), qPrintable(lines.last()));
    const QString endMarker = QStringLiteral("── end of program ──");
    QCOMPARE(lines.filter(endMarker).size(), 1);
    const int marker = lines.indexOf(QRegularExpression(QStringLiteral(".*%1.*").arg(endMarker)));
    QVERIFY2(lines[marker - 1].contains(QStringLiteral("beat %1 ").arg(end, 5)), qPrintable(lines[marker - 1]));
    QVERIFY(console.isLost(marker + 1));
    QVERIFY(!console.isLost(marker - 1));
}

void tst_LogConsole::readableInBothThemes_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::newRow("light") << int(Theme::Mode::Light) << int(Theme::Mode::Light);
    QTest::newRow("dark") << int(Theme::Mode::Dark) << int(Theme::Mode::Dark);
    QTest::newRow("lines printed in light, read in dark") << int(Theme::Mode::Light) << int(Theme::Mode::Dark);
    QTest::newRow("lines printed in dark, read in light") << int(Theme::Mode::Dark) << int(Theme::Mode::Light);
}

void tst_LogConsole::readableInBothThemes()
{
    // Every line, printed, lost (greyed) or the end-of-program marker, keeps a contrast of
    // at least 4.5 against the background (WCAG AA), also the lines printed before the
    // theme changed.
    QFETCH(int, before);
    QFETCH(int, after);
    Theme::apply(Theme::Mode(before));
    LogConsole console;
    console.show();
    TraceData trace;
    trace.events = {ev(EventKind::Print, 5'000, {.a = 5}), ev(EventKind::ProgramEnd, 5'000),
                    ev(EventKind::Print, 40'000, {.a = 2, .flags = Lost})};
    console.setTraceData(trace);
    Theme::apply(Theme::Mode(after));
    QCoreApplication::processEvents();
    const QColor background = console.list()->palette().color(QPalette::Base);
    for (int row = 0; row < console.list()->count(); ++row) {
        const QColor ink = console.list()->item(row)->foreground().color();
        QVERIFY2(contrast(ink, background) >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                .arg(console.lines()[row], ink.name(), background.name())
                                .arg(contrast(ink, background), 0, 'f', 2)));
    }
    Theme::apply(Theme::Mode::Light);
}

QTEST_MAIN(tst_LogConsole)
#include "tst_logconsole.moc"
