// The headless command line, end to end: drives the real cacophony binary with QProcess
// and checks exit status, stdout, stderr and the files left behind.

#include "CommandLineTestTools.h"
#include "analysis/RunAnalysis.h"
#include "metronome/Scenario.h"
#include "trace/TraceFiles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <sys/types.h>
#include <signal.h>

using namespace cacophony;
using namespace cacophony::test;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Whether some line of `out` matches `pattern` (anchored with ^ and $ per line).
bool hasLine(const QByteArray &out, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(QString::fromUtf8(out)).hasMatch();
}

QJsonObject parseObject(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

const QStringList kJsonKeys{"scenario", "bpm", "seed", "beats_expected", "beats_performed", "beats_lost",
                            "out_of_order", "interval_ms", "lateness_ms", "first_beat_ms", "end_ms",
                            "measurements", "overlapping_measurements", "repeated_volumes", "spin_ms"};

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void version();
    void scenariosList();
    void badInput_data();
    void badInput();
    void runJson();
    void audioWithoutDeviceRunsSilently();
    void startupProbeReportsTheFirstPaint();
    void runAllJsonWritesOneTracePerScenario();
    void traceFileGivesSameNumbersAsJson_data();
    void traceFileGivesSameNumbersAsJson();
    void beatsArePrintedAsTheyHappen();
    void summaryTable();
    void signalStopsRunAndLeavesNoFile_data();
    void signalStopsRunAndLeavesNoFile();
    void benchTiming();
    void benchInterruptedWhileGoRuns();
    void lessonsList();
    void lessonBadInputSaysWhy_data();
    void lessonBadInputSaysWhy();
    void lessonRunPrintsLinesAndSummary();
    void lessonAllJson();
};

void tst_CommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CACOPHONY_BINARY)).isExecutable(), CACOPHONY_BINARY);
}

void tst_CommandLine::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList{"--help"};
    QTest::newRow("-h") << QStringList{"-h"};
    QTest::newRow("help") << QStringList{"help"};
    QTest::newRow("run --help") << QStringList{"run", "--help"};
    QTest::newRow("bench --help") << QStringList{"bench", "--help"};
}

void tst_CommandLine::help()
{
    QFETCH(QStringList, args);
    const Result r = runCacophony(args);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    for (const char *word : {"Usage: cacophony", "run", "scenarios", "bench timing", "--scenario", "--bpm",
                             "--beats", "--seed", "--profile", "--strategy", "--trace", "--json", "--wav",
                             "--audio", "before its", "extension"})
        QVERIFY2(r.out.contains(word), word);
}

void tst_CommandLine::version()
{
    const Result r = runCacophony({"--version"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QRegularExpression(QStringLiteral("^cacophony \\d+\\.\\d+\\.\\d+\\n$")).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
}

void tst_CommandLine::scenariosList()
{
    const Result r = runCacophony({"scenarios"});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QRegularExpression scenarioLine(QStringLiteral("^\\s*(\\d+)\\s+(\\S+)\\s+(short|oscillating|random)\\s+\\S"));
    QList<int> numbers;
    QStringList ids;
    for (const QByteArray &line : r.out.split('\n')) {
        const auto m = scenarioLine.match(QString::fromUtf8(line));
        if (m.hasMatch()) {
            numbers << m.captured(1).toInt();
            ids << m.captured(2);
        }
    }
    QCOMPARE(numbers.size(), 14);
    QStringList expectedIds;
    for (int i = 0; i < 14; ++i) {
        QCOMPARE(numbers[i], i + 1);
        expectedIds << ScenarioRegistry::scenarios().at(std::size_t(i)).id;
    }
    QCOMPARE(ids, expectedIds);
    QCOMPARE(ids.first(), QStringLiteral("sync_sleep_premeter_volume"));
    QCOMPARE(ids.last(), QStringLiteral("async_with_channels_services"));
    for (const Strategy &s : ScenarioRegistry::strategies())
        QVERIFY2(r.out.contains(s.id.toUtf8()), qPrintable(s.id));
}

void tst_CommandLine::badInput_data()
{
    // $DIR is a fresh empty directory; $RO a read-only directory inside it. Rows without
    // an output file of their own also ask for $DIR/out.json, to show none is created.
    QTest::addColumn<QStringList>("args");
    const QStringList run{"run", "--scenario", "14"};
    const QStringList trace{"--trace", "$DIR/out.json"};
    QTest::newRow("bpm 0") << run + QStringList{"--bpm", "0"} + trace;
    QTest::newRow("bpm -5") << run + QStringList{"--bpm", "-5"} + trace;
    QTest::newRow("bpm=-5") << run + QStringList{"--bpm=-5"} + trace;
    QTest::newRow("bpm 6001") << run + QStringList{"--bpm", "6001"} + trace;
    QTest::newRow("bpm abc") << run + QStringList{"--bpm", "abc"} + trace;
    QTest::newRow("bpm 12.5") << run + QStringList{"--bpm", "12.5"} + trace;
    QTest::newRow("bpm missing") << run + trace + QStringList{"--bpm"};
    QTest::newRow("beats 0") << run + QStringList{"--beats", "0"} + trace;
    QTest::newRow("beats 1000000000") << run + QStringList{"--beats", "1000000000"} + trace;
    QTest::newRow("seed -1") << run + QStringList{"--seed", "-1"} + trace;
    QTest::newRow("scenario nope") << QStringList{"run", "--scenario", "nope"} + trace;
    QTest::newRow("scenario 15") << QStringList{"run", "--scenario", "15"} + trace;
    QTest::newRow("no scenario") << QStringList{"run"} + trace;
    QTest::newRow("profile loud") << run + QStringList{"--profile", "loud"} + trace;
    QTest::newRow("strategy nope") << run + QStringList{"--strategy", "nope"} + trace;
    QTest::newRow("unknown option") << run + QStringList{"--loud"} + trace;
    QTest::newRow("stray argument") << run + QStringList{"fast"} + trace;
    QTest::newRow("flag with value") << run + QStringList{"--json=yes"} + trace;
    QTest::newRow("trace nonexistent dir") << run + QStringList{"--trace", "/nonexistent/dir/x.json"};
    QTest::newRow("trace read-only dir") << run + QStringList{"--trace", "$RO/x.json"};
    QTest::newRow("trace in /proc") << run + QStringList{"--trace", "/proc/x.json"};
    QTest::newRow("trace is a directory") << run + QStringList{"--trace", "$DIR"};
    QTest::newRow("trace unknown extension") << run + QStringList{"--trace", "$DIR/out.txt"};
    QTest::newRow("wav nonexistent dir") << run + QStringList{"--wav", "/nonexistent/dir/x.wav"} + trace;
    QTest::newRow("all, trace read-only dir") << QStringList{"run", "--scenario", "all", "--trace", "$RO/x.json"};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("scenarios extra") << QStringList{"scenarios", "extra"};
    QTest::newRow("bench unknown") << QStringList{"bench", "speed"};
    QTest::newRow("bench bpm 0") << QStringList{"bench", "timing", "--bpm", "0"};
    QTest::newRow("bench trace") << QStringList{"bench", "timing", "--trace", "$DIR/out.json"};
    QTest::newRow("lesson nope") << QStringList{"run", "--lesson", "nope"} + trace;
    QTest::newRow("lesson and scenario") << QStringList{"run", "--lesson", "bedtime_go", "--scenario", "9"} + trace;
    QTest::newRow("lesson and strategy") << QStringList{"run", "--lesson", "all", "--strategy", "async_naive"} + trace;
    QTest::newRow("lesson empty") << QStringList{"run", "--lesson="} + trace;
    QTest::newRow("scenario is a lesson") << QStringList{"run", "--scenario", "bedtime_go"} + trace;
    QTest::newRow("lessons extra") << QStringList{"lessons", "extra"};
    QTest::newRow("bench lesson") << QStringList{"bench", "timing", "--lesson", "bedtime_go"};
}

void tst_CommandLine::badInput()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ro = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(ro));
    QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    if (args.join(' ').contains(QLatin1String("$RO"))) {
        QFile probe(ro + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) { // root ignores permission bits
            probe.remove();
            QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("permission bits do not stop this user from writing");
        }
    }
    for (QString &a : args) {
        a.replace(QLatin1String("$RO"), ro);
        a.replace(QLatin1String("$DIR"), dir.path());
    }

    const Result r = runCacophony(args);
    QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.count('\n') == 1 && r.err.endsWith('\n') && r.err.size() > 20, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith("cacophony: "), r.err.constData());
    QCOMPARE(entries(dir.path()), QStringList{"ro"});
    QCOMPARE(entries(ro), QStringList{});
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/dir/x.json")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/x.json")));
}

void tst_CommandLine::runJson()
{
    const Result r = runCacophony({"run", "--scenario", "14", "--json"});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject o = parseObject(r.out.trimmed());
    QVERIFY2(!o.isEmpty(), r.out.constData());
    for (const QString &key : kJsonKeys)
        QVERIFY2(o.contains(key), qPrintable(key));
    for (const char *key : {"mean", "sd", "min", "max"})
        QVERIFY2(o.value(QStringLiteral("interval_ms")).toObject().contains(QLatin1String(key)), key);
    for (const char *key : {"mean", "p99", "max"})
        QVERIFY2(o.value(QStringLiteral("lateness_ms")).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("async_with_channels_services"));
    QCOMPARE(o.value(QStringLiteral("bpm")).toInt(), 6000);
    QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("beats_expected")).toInt(), 15);
    // The services solution performs every beat, in order, before the end of program.
    QCOMPARE(o.value(QStringLiteral("beats_performed")).toInt(), 15);
    QCOMPARE(o.value(QStringLiteral("beats_lost")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("out_of_order")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("end_ms")).toDouble() > 0);
}

void tst_CommandLine::audioWithoutDeviceRunsSilently()
{
    // No reachable sound server (and no sound card here): the run still happens, and the
    // user is told once.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:/nonexistent/cacophony-no-server"));
    env.remove(QStringLiteral("PULSE_RUNTIME_PATH"));
    env.insert(QStringLiteral("JACK_NO_START_SERVER"), QStringLiteral("1"));
    const Result r = runCacophony({"run", "--scenario", "14", "--beats", "3", "--audio"}, kFinishMs, env);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.err.count("running silently"), 1);
    // Said once, not "no audio output (no audio output device found (...))".
    QVERIFY2(!r.err.contains("no audio output ("), r.err.constData());
    QVERIFY2(r.err.count("audio output") <= 1, r.err.constData());
    QCOMPARE(r.out.count(" beat "), 3);
}

void tst_CommandLine::startupProbeReportsTheFirstPaint()
{
    // scripts/measure-startup relies on it: the window opens, paints, says when, and quits.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CACOPHONY_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CACOPHONY_AUDIO"), QStringLiteral("none"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Result r = runCacophony({}, kFinishMs, env);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("first-paint-ns (\\d+)")).match(QString::fromUtf8(r.err));
    QVERIFY2(m.hasMatch(), qPrintable(describe(r)));
    const qint64 paintedMs = m.captured(1).toLongLong() / 1'000'000;
    QVERIFY(paintedMs >= before);
    QVERIFY(paintedMs <= QDateTime::currentMSecsSinceEpoch());
}

void tst_CommandLine::runAllJsonWritesOneTracePerScenario()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result r = runCacophony({"run", "--scenario", "all", "--beats", "4", "--seed", "3", "--json", "--trace",
                                   dir.filePath(QStringLiteral("t.json"))});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 14);
    QStringList expectedFiles;
    for (int i = 0; i < 14; ++i) {
        const Scenario &s = ScenarioRegistry::scenarios().at(std::size_t(i));
        const QJsonObject o = parseObject(lines[i]);
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(), s.id);
        QCOMPARE(o.value(QStringLiteral("beats_expected")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 3);
        expectedFiles << QStringLiteral("t.%1.json").arg(s.id);
    }
    expectedFiles.sort();
    QCOMPARE(entries(dir.path()), expectedFiles);
}

void tst_CommandLine::traceFileGivesSameNumbersAsJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<char>("firstByte"); // the format the extension chose
    QTest::newRow("json") << "run.json" << '{';
    QTest::newRow("perfetto") << "run.perfetto-trace" << '\x0a';
    QTest::newRow("pftrace") << "run.pftrace" << '\x0a';
}

void tst_CommandLine::traceFileGivesSameNumbersAsJson()
{
    QFETCH(QString, name);
    QFETCH(char, firstByte);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    // Scenario 9 exercises the most metrics: disorder, overlaps, lost beats.
    for (const char *scenario : {"14", "9"}) {
        const Result r = runCacophony({"run", "--scenario", scenario, "--seed", "5", "--json", "--trace", path});
        QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject printed = parseObject(r.out.trimmed());
        QVERIFY(!printed.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(1).at(0), firstByte);
        QString error;
        const std::optional<TraceData> trace = TraceFiles::read(path, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->settings.seed, std::uint64_t(5));
        const QJsonObject reread = RunAnalysis::analyse(*trace).toJson();
        QCOMPARE(reread, printed);
        QVERIFY(reread.value(QStringLiteral("measurements")).toInt() > 0);
    }
}

void tst_CommandLine::beatsArePrintedAsTheyHappen()
{
    // 600 BPM: beats 100 ms apart, so the run is still going when the first line shows.
    QProcess p;
    p.start(QStringLiteral(CACOPHONY_BINARY), {"run", "--scenario", "14", "--bpm", "600", "--beats", "8"});
    QVERIFY(p.waitForStarted(kStartMs));
    QByteArray out;
    const QRegularExpression beatLine(QStringLiteral("^\\s*\\d+\\.\\d{3} ms  beat\\s+0  volume\\s+\\d+  I$"),
                                      QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput(), beatLine.match(QString::fromUtf8(out)).hasMatch()),
                             kFinishMs);
    QCOMPARE(p.state(), QProcess::Running);
    QVERIFY(p.waitForFinished(kFinishMs));
    out += p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    const QRegularExpression anyBeat(QStringLiteral("^\\s*\\d+\\.\\d{3} ms  beat\\s+(\\d+)  volume\\s+\\d+  ([IO])$"),
                                     QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = anyBeat.globalMatch(QString::fromUtf8(out)); it.hasNext(); ++count) {
        const auto m = it.next();
        QCOMPARE(m.captured(1).toInt(), count);
        QCOMPARE(m.captured(2), count % 2 ? QStringLiteral("O") : QStringLiteral("I"));
    }
    QCOMPARE(count, 8);
    QVERIFY(out.contains("end of program"));
}

void tst_CommandLine::summaryTable()
{
    const Result r = runCacophony({"run", "--scenario", "all", "--beats", "3"});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QList<QByteArray> lines = r.out.split('\n');
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].trimmed().startsWith("# ") && lines[i].endsWith("scenario"))
            header = i;
    QVERIFY2(header >= 0, r.out.constData());
    // One row per scenario, in order, the id in the last, aligned column.
    const qsizetype idColumn = lines[header].indexOf("scenario");
    for (int i = 0; i < 14; ++i) {
        const QByteArray &row = lines[header + 1 + i];
        QCOMPARE(row.mid(idColumn), ScenarioRegistry::scenarios().at(std::size_t(i)).id.toUtf8());
        QCOMPARE(row.left(idColumn).trimmed().split(' ').first().toInt(), i + 1);
    }
    QCOMPARE(r.out.count("== #"), 14);
}

void tst_CommandLine::signalStopsRunAndLeavesNoFile_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    QTest::newRow("SIGINT") << int(SIGINT) << 130;
}

void tst_CommandLine::signalStopsRunAndLeavesNoFile()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    // 10 BPM, 100 beats: ten minutes unless stopped.
    p.start(QStringLiteral(CACOPHONY_BINARY),
            {"run", "--scenario", "14", "--bpm", "10", "--beats", "100", "--trace", dir.filePath("t.json"), "--wav",
             dir.filePath("t.wav")});
    QVERIFY(p.waitForStarted(kStartMs));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput(), out.contains("== #14")), kFinishMs);
    QTest::qWait(300); // let the run's tasks get going

    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
    QVERIFY(p.waitForFinished(5000));
    const qint64 tookMs = sinceSignal.elapsed();
    QVERIFY2(tookMs < 1000, qPrintable(QStringLiteral("took %1 ms to stop").arg(tookMs)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QFETCH(int, exitCode);
    QCOMPARE(p.exitCode(), exitCode);
    QCOMPARE(entries(dir.path()), QStringList{});
}

void tst_CommandLine::benchTiming()
{
    // No Go program: its column reads n/a, the rest is measured.
    QProcessEnvironment noGo = QProcessEnvironment::systemEnvironment();
    noGo.insert(QStringLiteral("CACOPHONY_GO_METRONOME"), QStringLiteral("/nonexistent/metronome"));
    Result r = runCacophony({"bench", "timing", "--scenario", "14", "--beats", "30", "--rounds", "2"}, kFinishMs, noGo);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    // #, round, beats, interval, sd, Go sd, floor sd, offset, drift, lost, load, scenario
    for (const char *round : {"1", "2"})
        QVERIFY2(hasLine(r.out, QStringLiteral("^\\s*14\\s+%1\\s+30/30\\s+[0-9.]+\\s+[0-9.]+\\s+n/a\\s+[0-9.]+"
                                               "\\s+-?[0-9.]+\\s+-?[0-9.]+\\s+0\\s+([0-9.]+|n/a)\\s+"
                                               "async_with_channels_services$")
                                    .arg(QLatin1String(round))),
                 r.out.constData());
    QVERIFY2(hasLine(r.out, QStringLiteral("^Go: n/a")), r.out.constData());
    // Under each row, the stages of the beats that followed a new tick.
    QVERIFY2(hasLine(r.out, QStringLiteral("^ +stages of [0-9]+ ticked beats, us median/p99/max: wake [0-9./]+  send "
                                           "[0-9./]+  hand-off [0-9./]+  perform [0-9./]+  total [0-9./]+$")),
             r.out.constData());
    // Then the medians with their interval over both rounds; no Go figure to divide by.
    QVERIFY2(hasLine(r.out, QStringLiteral("^14  sd ms, median \\[[0-9]+ % CI\\] of 2 rounds: scenario [0-9.]+ "
                                           "\\[[0-9.]+, [0-9.]+\\]  Go n/a  floor [0-9.]+ \\[[0-9.]+, [0-9.]+\\];  "
                                           "per round ÷ Go n/a  ÷ floor [0-9.]+ \\[[0-9.]+, [0-9.]+\\]$")),
             r.out.constData());

    // Scenario 1 has no ticker: its stages are n/a, not a row of zeros.
    r = runCacophony({"bench", "timing", "--scenario", "1", "--beats", "5", "--rounds", "1"}, kFinishMs, noGo);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(hasLine(r.out, QStringLiteral("^    stages: n/a \\(no beat followed a tick\\)$")), r.out.constData());
    QVERIFY2(!r.out.contains("0.0/0.0/0.0"), r.out.constData());

#ifdef CACOPHONY_GO_METRONOME_BINARY
    QProcessEnvironment withGo = QProcessEnvironment::systemEnvironment();
    withGo.insert(QStringLiteral("CACOPHONY_GO_METRONOME"), QStringLiteral(CACOPHONY_GO_METRONOME_BINARY));
#else
    const QProcessEnvironment withGo = noGo;
#endif
    r = runCacophony({"bench", "timing", "--scenario", "6", "--beats", "20", "--rounds", "3", "--json"}, kFinishMs,
                     withGo);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    // Every figure rounded: ms to the microsecond, ratios to 3 decimals, stages to 0.1 us.
    QVERIFY2(!QRegularExpression(QStringLiteral("[0-9]\\.[0-9]{4,}")).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
    const QJsonObject top = parseObject(r.out.trimmed());
    QCOMPARE(top.value(QStringLiteral("scenario")).toString(), QStringLiteral("sync_ticker_fire_immediately"));
    const QJsonArray rounds = top.value(QStringLiteral("rounds")).toArray();
    QCOMPARE(rounds.size(), 3);
    const QJsonObject sd = top.value(QStringLiteral("interval_sd_ms")).toObject();
    QCOMPARE(sd.value(QStringLiteral("rounds")).toInt(), 3);
    QVERIFY2(sd.value(QStringLiteral("ci_low")).toDouble() <= sd.value(QStringLiteral("median")).toDouble() &&
                 sd.value(QStringLiteral("median")).toDouble() <= sd.value(QStringLiteral("ci_high")).toDouble(),
             r.out.constData());
    QCOMPARE(top.value(QStringLiteral("floor_interval_sd_ms")).toObject().value(QStringLiteral("rounds")).toInt(), 3);
#ifdef CACOPHONY_GO_METRONOME_BINARY
    QCOMPARE(top.value(QStringLiteral("go_interval_sd_ms")).toObject().value(QStringLiteral("rounds")).toInt(), 3);
    QVERIFY2(rounds.first().toObject().value(QStringLiteral("go_interval_sd_ms")).isDouble(), r.out.constData());
#endif
    const QJsonObject o = rounds.first().toObject();
    QVERIFY(o.contains(QStringLiteral("interval_sd_ms")));
    QVERIFY(o.contains(QStringLiteral("drift_ms")));
    // The first tick comes one interval after the start, after a 5 ms measurement: that
    // is the offset, not drift.
    QVERIFY2(o.value(QStringLiteral("offset_ms")).toDouble() >= 9.0, r.out.constData());
    // Drift and the mean interval are wall-clock results: on a busy machine a receiver that
    // misses a tick shifts the grid by an interval, as in Go. That the ticks stay on their
    // grid is checked from the trace in tst_Ticker; here the command must report the
    // figures, finite, with the dropped ticks that explain a drift.
    for (const char *key : {"drift_ms", "interval_mean_ms", "interval_sd_ms", "floor_interval_sd_ms"})
        QVERIFY2(std::isfinite(o.value(QLatin1String(key)).toDouble(std::nan(""))), key);
    QVERIFY2(o.value(QStringLiteral("interval_mean_ms")).toDouble() > 0.0, r.out.constData());
    QVERIFY2(o.value(QStringLiteral("dropped_ticks")).isDouble(), r.out.constData());
    QVERIFY2(o.value(QStringLiteral("dropped_ticks")).toInt() >= 0, r.out.constData());
    QCOMPARE(o.value(QStringLiteral("grid_drift_ms")).toDouble(), o.value(QStringLiteral("drift_ms")).toDouble());
    QCOMPARE(o.value(QStringLiteral("beats_lost")).toInt(), 0);
    // Every beat of scenario 6 waits for a tick, so each has its stages; the total is the
    // sum of the three stages in sequence, so its max is at least each one's median.
    const QJsonObject stages = o.value(QStringLiteral("stages")).toObject();
    QCOMPARE(stages.value(QStringLiteral("beats")).toInt(), 20);
    const double totalMax = stages.value(QStringLiteral("total")).toObject().value(QStringLiteral("max_us")).toDouble();
    for (const char *name : {"wake", "hand_off", "perform"}) {
        const QJsonObject st = stages.value(QLatin1String(name)).toObject();
        QVERIFY2(st.contains(QStringLiteral("p99_us")), name);
        QVERIFY2(st.value(QStringLiteral("median_us")).toDouble() <= totalMax, name);
    }
}

void tst_CommandLine::benchInterruptedWhileGoRuns()
{
    // A Go program that never finishes, and says when it has started.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = dir.filePath(QStringLiteral("metronome"));
    const QString started = dir.filePath(QStringLiteral("started"));
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\ntouch '%1'\nexec sleep 60\n").arg(started).toUtf8());
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CACOPHONY_GO_METRONOME"), program);

    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CACOPHONY_BINARY), {"bench", "timing", "--scenario", "14", "--beats", "20", "--rounds", "1"});
    QVERIFY(p.waitForStarted(kStartMs));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(started), kFinishMs);
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(5000));
    const qint64 tookMs = sinceSignal.elapsed();
    QVERIFY2(tookMs < 1000, qPrintable(QStringLiteral("took %1 ms to stop").arg(tookMs)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
}

void tst_CommandLine::lessonsList()
{
    const Result r = runCacophony({"lessons"});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    for (const Scenario &l : ScenarioRegistry::lessons())
        QVERIFY2(r.out.contains(l.id.toUtf8()), qPrintable(l.id));
    QVERIFY(!r.out.contains("async_with_channels_services")); // lessons only
}

void tst_CommandLine::lessonBadInputSaysWhy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("nope") << QStringList{"run", "--lesson", "nope"} << QStringLiteral("unknown lesson \"nope\"");
    QTest::newRow("with scenario") << QStringList{"run", "--scenario", "9", "--lesson", "bedtime_go"}
                                   << QStringLiteral("--lesson cannot be combined with --scenario");
    QTest::newRow("scenario is a lesson") << QStringList{"run", "--scenario", "bedtime_go_pause"}
                                          << QStringLiteral("run it with --lesson bedtime_go_pause");
}

void tst_CommandLine::lessonBadInputSaysWhy()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Result r = runCacophony(args);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(says), qPrintable(describe(r)));
}

void tst_CommandLine::lessonRunPrintsLinesAndSummary()
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("go.json"));
    const Result r = runCacophony({"run", "--lesson", "bedtime_go", "--seed", "3", "--trace", trace});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("== lesson bedtime_go")), qPrintable(out));
    // Go's log style: date, time with microseconds, the line.
    const QRegularExpression logLine(QStringLiteral("ms  \\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} program ends\\n"));
    QVERIFY2(logLine.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("end of program")), qPrintable(out));
    // Every activity was printed by a goroutine, most of them after the end: cut off.
    for (const char *activity : {"walk into bathroom", "undress", "take shower", "put pyjamas on",
                                 "hug your parents and say good night"})
        QVERIFY2(out.contains(QLatin1String(activity)), activity);
    QVERIFY2(out.contains(QStringLiteral("LOST (would have printed)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("printed")) && out.contains(QStringLiteral("disorder")), qPrintable(out));
    // The trace holds the printed lines.
    QFile file(trace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"kind\":\"print\""));
}

void tst_CommandLine::lessonAllJson()
{
    const Result r = runCacophony({"run", "--lesson", "all", "--json", "--seed", "2"});
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), int(ScenarioRegistry::lessons().size()));
    for (std::size_t i = 0; i < ScenarioRegistry::lessons().size(); ++i) {
        const QJsonObject o = parseObject(lines[int(i)]);
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(), ScenarioRegistry::lessons()[i].id);
        for (const char *key : {"lines_printed", "lines_lost", "lines_out_of_order", "duplicate_beats"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    const QJsonObject sequential = parseObject(lines[0]);
    QCOMPARE(sequential.value(QStringLiteral("lines_printed")).toInt(), 6);
    QCOMPARE(sequential.value(QStringLiteral("lines_out_of_order")).toInt(), 0);
    const QJsonObject pause = parseObject(lines[2]);
    QCOMPARE(pause.value(QStringLiteral("lines_lost")).toInt(), 0);
    QCOMPARE(pause.value(QStringLiteral("bpm")).toInt(), 60); // its pause: the series' second
    QCOMPARE(parseObject(lines[4]).value(QStringLiteral("bpm")).toInt(), 6000);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
