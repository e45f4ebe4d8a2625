// `cacophony run FILE.go`: the program's output, the summary line on stderr, exit statuses
// of docs/cli.md's table, usage errors, and Ctrl-C stopping an endless program.

#include "cli/RunGoCommand.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace cacophony;

namespace {

// Runs the command with stdout and stderr captured in files.
int run(const QStringList &args, QString *out, QString *err)
{
    std::fflush(stdout);
    std::fflush(stderr);
    QTemporaryDir dir;
    const QByteArray outPath = dir.filePath(QStringLiteral("out")).toLocal8Bit();
    const QByteArray errPath = dir.filePath(QStringLiteral("err")).toLocal8Bit();
    const int savedOut = dup(1), savedErr = dup(2);
    std::FILE *o = std::fopen(outPath.constData(), "w");
    std::FILE *e = std::fopen(errPath.constData(), "w");
    dup2(fileno(o), 1);
    dup2(fileno(e), 2);
    const int status = RunGoCommand(args).exec();
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    close(savedOut);
    close(savedErr);
    std::fclose(o);
    std::fclose(e);
    QFile fo(QString::fromLocal8Bit(outPath)), fe(QString::fromLocal8Bit(errPath));
    fo.open(QIODevice::ReadOnly);
    fe.open(QIODevice::ReadOnly);
    *out = QString::fromUtf8(fo.readAll());
    *err = QString::fromUtf8(fe.readAll());
    return status;
}

QString write(QTemporaryDir &dir, const QByteArray &program)
{
    const QString path = dir.filePath(QStringLiteral("prog.go"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(program);
    return path;
}

} // namespace

class tst_RunGoCommand : public QObject
{
    Q_OBJECT

private slots:
    void exitStatus_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("lastErrLine");
        const QByteArray hello = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n";
        QTest::newRow("finished") << hello << QStringList() << 0 << "hi\n"
                                  << "cacophony: 1 goroutine, 0 channel operations, finished, exit status 0";
        QTest::newRow("json summary") << hello << QStringList{"--json"} << 0 << "hi\n"
                                      << R"({"goroutines":1,"channel_operations":0,"end":"finished","exit_status":0})";
        QTest::newRow("os.Exit") << QByteArray("package main\n\nimport \"os\"\n\nfunc main() { os.Exit(4) }\n") << QStringList()
                                 << 4 << QString() << "cacophony: 1 goroutine, 0 channel operations, exited, exit status 4";
        QTest::newRow("panic") << QByteArray("package main\n\nfunc main() { panic(\"x\") }\n") << QStringList() << 2 << QString()
                               << "cacophony: 1 goroutine, 0 channel operations, panicked, exit status 2";
        QTest::newRow("deadlock") << QByteArray("package main\n\nfunc main() { ch := make(chan int); go func() { ch <- 1 }(); <-ch; <-ch }\n")
                                  << QStringList{"--gomaxprocs", "2"} << 2 << QString()
                                  << "cacophony: 2 goroutines, 3 channel operations, fatal error, exit status 2";
        QTest::newRow("compile error") << QByteArray("package main\n\nfunc main() { x := 1 }\n") << QStringList() << 1 << QString()
                                       << "@FILE@:3:15: declared and not used: x";
        QTest::newRow("closure bug by --go") << QByteArray("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar fs []func()\n\tfor i := 0; i < 2; i++ {\n\t\tfs = append(fs, func() { fmt.Print(i) })\n\t}\n\tfor _, f := range fs {\n\t\tf()\n\t}\n}\n")
                                             << QStringList{"--go", "1.21"} << 0 << "22"
                                             << "cacophony: 1 goroutine, 0 channel operations, finished, exit status 0";
        QTest::newRow("bad option") << hello << QStringList{"--gomaxprocs", "0"} << 2 << QString()
                                    << "cacophony: --gomaxprocs needs a number from 1 to 256 (usage: cacophony run FILE.go [--seed N] [--json] [--go 1.N] [--gomaxprocs N])";
    }

    void exitStatus()
    {
        QFETCH(QByteArray, program);
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QFETCH(QString, out);
        QFETCH(QString, lastErrLine);
        QTemporaryDir dir;
        const QString path = write(dir, program);
        QString o, e;
        QCOMPARE(run(QStringList{path} + options, &o, &e), status);
        QCOMPARE(o, out);
        QCOMPARE(e.trimmed().section(QLatin1Char('\n'), -1), QString(lastErrLine).replace(QLatin1String("@FILE@"), path));
    }

    void unreadableFile()
    {
        QString o, e;
        QCOMPARE(run({QStringLiteral("/nonexistent/prog.go")}, &o, &e), 2);
        QVERIFY(e.startsWith(QLatin1String("cacophony: cannot read /nonexistent/prog.go")));
    }

    // Ctrl-C: an endless loop stops, exit status 130. The issue asks for 100 ms; the bound
    // here leaves room for a loaded two-core CI machine.
    void interruptStopsEndlessLoop()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "package main\n\nfunc main() { n := 0; for { n++ } }\n");
        QElapsedTimer sinceSignal;
        std::thread interrupter([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            sinceSignal.start();
            ::kill(::getpid(), SIGINT);
        });
        QString o, e;
        const int status = run({path}, &o, &e);
        const qint64 ms = sinceSignal.elapsed();
        interrupter.join();
        QCOMPARE(status, 130);
        QVERIFY2(ms < 500, qPrintable(QStringLiteral("stopped %1 ms after Ctrl-C").arg(ms)));
        QVERIFY2(e.contains(QLatin1String("stopped, exit status 130")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(tst_RunGoCommand)
#include "tst_rungocommand.moc"
