// `cacophony run FILE.go`: the program's output, the summary line on stderr, exit statuses
// of docs/cli.md's table, usage errors, Ctrl-C stopping an endless program, and --trace's
// file read back.

#include "cli/RunGoCommand.h"
#include "trace/ChromeTraceReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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
                                    << "cacophony: --gomaxprocs needs a number from 1 to 256 (usage: cacophony run FILE.go [--seed N] [--json] [--trace F] [--go 1.N] [--gomaxprocs N])";
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

    // --trace F: the file reads back (ChromeTraceReader applies TraceValidator) with the
    // goroutines named as Go's tracebacks name them, channel operations paired by message
    // number at their lines, every output line, panics and the end reason.
    void trace_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("tasks");    // sorted
        QTest::addColumn<QStringList>("chanOps");  // "kind task line:column message" and
                                                   // "task_spawn task line:column child", sorted
        QTest::addColumn<QStringList>("lines");    // "stream task line:column text": standard
                                                   // output, then standard error's first line
        QTest::addColumn<QStringList>("panics");   // "recovered task line:column text", in order
        // Columns count UTF-16 units (the "ó" before the receives is two bytes); a call's
        // position is its parenthesis, as the checker's.
        QTest::newRow("two goroutines") << QByteArray("package main\n\nimport \"fmt\"\n\n"
                                                      "func worker(ch chan int) {\n\tch <- 1\n\tch <- 2\n}\n\n"
                                                      "func main() {\n\tch := make(chan int)\n\tgo worker(ch)\n"
                                                      "\tdone := make(chan bool)\n\tgo func() {\n"
                                                      "\t\tfmt.Println(\"g\u00f3t\", <-ch, <-ch)\n\t\tdone <- true\n\t}()\n"
                                                      "\t<-done\n\tfmt.Print(\"en\")\n\tfmt.Print(\"d\\n\")\n}\n")
                                        << "finished" << QStringList{"main.main", "main.main.func1", "main.worker"}
                                        << QStringList{"chan_recv main.main 18:2 1", "chan_recv main.main.func1 15:22 1",
                                                       "chan_recv main.main.func1 15:28 2", "chan_send main.main.func1 16:8 1",
                                                       "chan_send main.worker 6:5 1", "chan_send main.worker 7:5 2",
                                                       "task_spawn main.main 12:11 main.worker",
                                                       "task_spawn main.main 17:3 main.main.func1"}
                                        << QStringList{"1 main.main.func1 15:14 g\u00f3t 1 2", "1 main.main 19:11 end"} << QStringList();
        QTest::newRow("lines of one write, the last unfinished")
            << QByteArray("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Print(\"a\\nb\")\n}\n") << "finished"
            << QStringList{"main.main"} << QStringList() << QStringList{"1 main.main 6:11 a", "1 main.main 6:11 b"} << QStringList();
        QTest::newRow("panic") << QByteArray("package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n") << "panicked"
                               << QStringList{"main.main"} << QStringList() << QStringList{"2 main.main 4:7 panic: boom"}
                               << QStringList{"0 main.main 4:7 boom"};
        QTest::newRow("recovered") << QByteArray("package main\n\nimport \"fmt\"\n\nfunc main() {\n"
                                                 "\tdefer func() {\n\t\tfmt.Println(recover())\n\t}()\n\tpanic(\"boom\")\n}\n")
                                   << "finished" << QStringList{"main.main"} << QStringList()
                                   << QStringList{"1 main.main 7:14 boom"}
                                   << QStringList{"0 main.main 9:7 boom", "1 main.main 7:22 boom"};
        QTest::newRow("deadlock") << QByteArray("package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n")
                                  << "deadlocked" << QStringList{"main.main"} << QStringList()
                                  << QStringList{"2 - 0:0 fatal error: all goroutines are asleep - deadlock!"} << QStringList();
    }

    void trace()
    {
        QFETCH(QByteArray, program);
        QFETCH(QString, end);
        QFETCH(QStringList, tasks);
        QFETCH(QStringList, chanOps);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, panics);
        QTemporaryDir dir;
        const QString path = write(dir, program);
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        QString o, e;
        run({path, QStringLiteral("--trace"), tracePath, QStringLiteral("--gomaxprocs"), QStringLiteral("2")}, &o, &e);
        QString error;
        const std::optional<TraceData> t = ChromeTraceReader::read(tracePath, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(QString::fromLatin1(runEndName(t->end)), end);
        QCOMPARE(t->source, QString::fromUtf8(program));
        QStringList names;
        for (const TaskInfo &task : t->tasks)
            names << task.name;
        names.sort();
        QCOMPARE(names, tasks);
        auto where = [&](const Event &ev) {
            const TaskInfo *task = t->task(ev.task);
            const SourcePosition *p = t->position(ev.pos);
            return QStringLiteral("%1 %2:%3").arg(task ? task->name : QStringLiteral("-")).arg(p ? p->line : 0).arg(p ? p->column : 0);
        };
        QStringList ops, out, err, pan;
        QList<QPair<quint32, qint64>> sent, received; // (channel, message number): pairs
        for (const Event &ev : t->events) {
            const QString text = t->text(ev.a) ? *t->text(ev.a) : QString();
            if (ev.kind == EventKind::TaskSpawn && ev.task) // main is spawned by the runtime
                ops << QStringLiteral("task_spawn %1 %2").arg(where(ev), t->task(ev.object)->name);
            if (ev.kind == EventKind::ChanSend || ev.kind == EventKind::ChanRecv) {
                ops << QStringLiteral("%1 %2 %3").arg(QLatin1String(eventKindName(ev.kind)), where(ev)).arg(ev.a);
                (ev.kind == EventKind::ChanSend ? sent : received) << qMakePair(ev.object, ev.a);
                QVERIFY(t->object(ev.object));
            }
            else if (ev.kind == EventKind::LogLine)
                (ev.b == 1 ? out : err) << QStringLiteral("%1 %2 %3").arg(ev.b).arg(where(ev), text);
            else if (ev.kind == EventKind::Panic)
                pan << QStringLiteral("%1 %2 %3").arg(ev.b).arg(where(ev), text);
        }
        ops.sort();
        QCOMPARE(ops, chanOps);
        std::sort(sent.begin(), sent.end());
        std::sort(received.begin(), received.end());
        QCOMPARE(received, sent);
        if (!err.isEmpty())
            out << err.first();
        QCOMPARE(out, lines);
        QCOMPARE(pan, panics);
    }

    void traceUnwritable()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
        QString o, e;
        QCOMPARE(run({path, QStringLiteral("--trace"), QStringLiteral("/nonexistent/t.json")}, &o, &e), 2);
        QCOMPARE(o, QStringLiteral("hi\n"));
        QVERIFY2(e.contains(QLatin1String("/nonexistent/t.json")), qPrintable(e));
    }

    void unreadableFile()
    {
        QString o, e;
        QCOMPARE(run({QStringLiteral("/nonexistent/prog.go")}, &o, &e), 2);
        QVERIFY(e.startsWith(QLatin1String("cacophony: cannot read /nonexistent/prog.go")));
    }

    // Ctrl-C: an endless loop stops, exit status 130, and its trace says so. The issue asks
    // for 100 ms; the bound here leaves room for a loaded two-core CI machine.
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
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const int status = run({path, QStringLiteral("--trace"), tracePath}, &o, &e);
        const qint64 ms = sinceSignal.elapsed();
        interrupter.join();
        QCOMPARE(status, 130);
        QVERIFY2(ms < 500, qPrintable(QStringLiteral("stopped %1 ms after Ctrl-C").arg(ms)));
        QVERIFY2(e.contains(QLatin1String("stopped, exit status 130")), qPrintable(e));
        QString error;
        const std::optional<TraceData> t = ChromeTraceReader::read(tracePath, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->end, RunEnd::Stopped);
    }
};

QTEST_GUILESS_MAIN(tst_RunGoCommand)
#include "tst_rungocommand.moc"
