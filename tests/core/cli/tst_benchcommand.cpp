// Tests of core/cli/BenchCommand.h that need no run: the stages line and where the Go
// program is looked for. The rounds themselves are run through the binary in
// tests/app/tst_commandline.cpp (benchTiming).

#include "cli/BenchCommand.h"

#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace cacophony;

class tst_BenchCommand : public QObject
{
    Q_OBJECT
private slots:
    void stagesLine_data();
    void stagesLine();
    void goProgram();
};

void tst_BenchCommand::stagesLine_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("line");
    QTest::newRow("no ticked beat") << 0 << QStringLiteral("    stages: n/a (no beat followed a tick)");
    QTest::newRow("two") << 2
                         << QStringLiteral("    stages of 2 ticked beats, us median/p99/max: wake 1.0/2.0/3.0  "
                                           "send 1.0/2.0/3.0  hand-off 1.0/2.0/3.0  perform 1.0/2.0/3.0  "
                                           "total 1.0/2.0/3.0");
}

void tst_BenchCommand::stagesLine()
{
    QFETCH(int, count);
    QFETCH(QString, line);
    BeatStages s;
    for (StageStats *st : {&s.wake, &s.send, &s.handOff, &s.perform, &s.total}) {
        st->count = count;
        if (count > 0)
            *st = StageStats{count, 1.0, 2.0, 3.0};
    }
    QCOMPARE(BenchCommand::stagesLine(s), line);
}

void tst_BenchCommand::goProgram()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = dir.filePath(QStringLiteral("metronome"));
    qputenv("CACOPHONY_GO_METRONOME", program.toUtf8());
    QCOMPARE(BenchCommand::goProgram(), QString()); // named but missing: none
    QFile f(program);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(BenchCommand::goProgram(), QString()); // not executable: none
    QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
    QCOMPARE(BenchCommand::goProgram(), program);
    qunsetenv("CACOPHONY_GO_METRONOME");
}

QTEST_APPLESS_MAIN(tst_BenchCommand)
#include "tst_benchcommand.moc"
