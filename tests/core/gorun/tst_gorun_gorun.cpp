// Tests of core/gorun/GoRun.h: Go programs in, output and exit status out. Two tables: the
// features (program → exact stdout, first line of stderr, exit status), and the programs of
// data/*.go run under both this runtime and the installed Go toolchain, compared; the same
// programs traced: the trace holds every output line and is whole (TraceValidator).

#include "GoRunHarness.h"

#include "trace/ChromeTraceReader.h"
#include "trace/ChromeTraceWriter.h"
#include "trace/TraceValidator.h"

#include <QDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

namespace {

QByteArray program(const char *imports, const char *body, const char *decls = "")
{
    return QByteArray("package main\n\n") + imports + "\n\n" + decls + "\n\nfunc main() {\n" + body + "\n}\n";
}

} // namespace

class TestGoRun : public QObject
{
    Q_OBJECT

private slots:
    void features_data();
    void features();
    void panics_data();
    void panics();
    void compileErrors();
    void mapOrderFollowsSeed();
    void budgetEndsEndlessLoop();
    void stopEndsEndlessLoop();
    void memoryLimitIsFatal();
    void deterministicReplay();
    void againstGo_data();
    void againstGo();
    void traced_data() { againstGo_data(); }
    void traced();
};

void TestGoRun::features_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("out");
    const char *fmt = "import \"fmt\"";
    QTest::newRow("hello") << program(fmt, "fmt.Println(\"hi\", 1+2)") << "hi 3\n";
    QTest::newRow("int8 wraps") << program(fmt, "var a int8 = 127; a++; fmt.Println(a)") << "-128\n";
    QTest::newRow("uint8 wraps") << program(fmt, "var b uint8; b--; fmt.Println(b)") << "255\n";
    QTest::newRow("uint32 conversion") << program(fmt, "x := -7; fmt.Println(uint32(x), x/2, x%2, x>>1)") << "4294967289 -3 -1 -4\n";
    QTest::newRow("float formats") << program(fmt, "a := 0.1; fmt.Println(a+0.2, 0.1+0.2, 1e6, 100000.0, 0.0001, 2.0/3)")
                                   << "0.30000000000000004 0.3 1e+06 100000 0.0001 0.6666666666666666\n";
    QTest::newRow("printf verbs") << program(fmt, "fmt.Printf(\"%5d|%-3d|%03d|%x|%q|%.2f|%t|%T|%v\\n\", 7, 7, 7, 255, \"a\", 3.14159, true, 1.5, []int{1})")
                                  << "    7|7  |007|ff|\"a\"|3.14|true|float64|[1]\n";
    QTest::newRow("strings by rune") << program(fmt, "for i, r := range \"aé\" { fmt.Print(i, r, \" \") }; fmt.Println(len(\"é\"))")
                                     << "0 97 1 233 2\n";
    QTest::newRow("append growth") << program(fmt, "var s []int; for i := 0; i < 5; i++ { s = append(s, i); fmt.Print(cap(s), \" \") }; fmt.Println(s)")
                                   << "1 2 4 4 8 [0 1 2 3 4]\n";
    QTest::newRow("slices share") << program(fmt, "a := []int{1, 2, 3}; b := a[1:]; b[0] = 9; fmt.Println(a, len(b), cap(b))")
                                  << "[1 9 3] 2 2\n";
    QTest::newRow("arrays copy") << program(fmt, "a := [2]int{1, 2}; b := a; b[0] = 5; fmt.Println(a, b, a == b)") << "[1 2] [5 2] false\n";
    QTest::newRow("maps print sorted") << program(fmt, "m := map[string]int{\"b\": 2, \"a\": 1}; m[\"c\"] = 3; delete(m, \"b\"); v, ok := m[\"z\"]; fmt.Println(m, len(m), v, ok)")
                                       << "map[a:1 c:3] 2 0 false\n";
    QTest::newRow("structs and pointers") << program(fmt, "p := P{1, 2}; q := &p; q.X = 7; r := p; r.Y = 0; fmt.Println(p, r, *q)", "type P struct{ X, Y int }")
                                          << "{7 2} {7 0} {7 2}\n";
    QTest::newRow("methods") << program(fmt, "var c C; c.Inc(); c.Inc(); fmt.Println(c.Get())",
                                        "type C struct{ n int }\nfunc (c *C) Inc() { c.n++ }\nfunc (c C) Get() int { return c.n }")
                             << "2\n";
    QTest::newRow("interfaces and Stringer") << program(fmt, "var s fmt.Stringer = T{3}; fmt.Println(s, T{4}); fmt.Printf(\"%v %s %d\\n\", s, s, 5)",
                                                        "type T struct{ v int }\nfunc (t T) String() string { return fmt.Sprint(\"T\", t.v) }")
                                             << "T3 T4\nT3 T3 5\n";
    QTest::newRow("error values") << program("import (\"errors\"; \"fmt\")", "err := errors.New(\"bad\"); fmt.Println(err, fmt.Errorf(\"wrap: %v\", err))")
                                  << "bad wrap: bad\n";
    QTest::newRow("type switch") << program(fmt, "for _, v := range []any{1, \"s\", nil, 2.5} { switch x := v.(type) { case int: fmt.Print(\"int\", x); case string: fmt.Print(\"str\", x); case nil: fmt.Print(\"nil\"); default: fmt.Print(\"other\") }; fmt.Print(\" \") }; fmt.Println()")
                                 << "int1 strs nil other \n";
    QTest::newRow("closures capture variables") << program(fmt, "n := 0; f := func() { n++ }; f(); f(); fmt.Println(n)") << "2\n";
    QTest::newRow("loop variables per iteration (1.22)") << program(fmt, "var fs []func() int; for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }; for _, f := range fs { fmt.Print(f()) }; fmt.Println()")
                                                         << "012\n";
    QTest::newRow("closure bug under go 1.21") << QByteArray("// go 1.21\n") + program(fmt, "var fs []func() int; for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }; for _, f := range fs { fmt.Print(f()) }; fmt.Println()")
                                               << "333\n";
    QTest::newRow("defer order and arguments") << program(fmt, "x := 1; defer fmt.Println(\"deferred\", x); x = 2; for i := 0; i < 2; i++ { defer fmt.Print(i, \" \") }; fmt.Println(\"body\", x)")
                                               << "body 2\n1 0 deferred 1\n";
    QTest::newRow("recover") << program(fmt, "fmt.Println(div(1, 0))",
                                        "func div(a, b int) (q int, err error) { defer func() { if r := recover(); r != nil { err = fmt.Errorf(\"%v\", r) } }(); return a / b, nil }")
                             << "0 runtime error: integer divide by zero\n";
    QTest::newRow("multiple results") << program(fmt, "q, r := dm(17, 5); fmt.Println(q, r)", "func dm(a, b int) (int, int) { return a / b, a % b }") << "3 2\n";
    QTest::newRow("variadic") << program(fmt, "fmt.Println(sum(), sum(1, 2), sum([]int{3, 4}...))", "func sum(xs ...int) int { t := 0; for _, x := range xs { t += x }; return t }")
                              << "0 3 7\n";
    QTest::newRow("labeled break and continue") << program(fmt, "outer: for i := 0; i < 3; i++ { for j := 0; j < 3; j++ { if j == 1 { continue outer }; if i == 2 { break outer }; fmt.Print(i, j) } }; fmt.Println()")
                                                << "0 01 0\n";
    QTest::newRow("switch fallthrough") << program(fmt, "switch x := 5; { case x > 1: fmt.Print(\"a\"); fallthrough; case x > 10: fmt.Print(\"b\"); default: fmt.Print(\"c\") }; fmt.Println()")
                                        << "ab\n";
    QTest::newRow("strings and strconv") << program("import (\"fmt\"; \"strconv\"; \"strings\")",
                                                    "n, err := strconv.Atoi(\"4x\"); fmt.Println(n, err); fmt.Println(strings.Split(\"a,b\", \",\"), strings.ToUpper(\"go\"), strconv.Itoa(12)+\"!\")")
                                         << "0 strconv.Atoi: parsing \"4x\": invalid syntax\n[a b] GO 12!\n";
    QTest::newRow("os.Exit status") << program("import (\"fmt\"; \"os\")", "defer fmt.Println(\"never\"); fmt.Println(\"bye\"); os.Exit(0)") << "bye\n";
}

void TestGoRun::features()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, out);
    const Output o = runOurs(source);
    QCOMPARE(o.err, QString());
    QCOMPARE(o.out, out);
    QCOMPARE(o.status, 0);
}

void TestGoRun::panics_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<int>("status");
    const char *none = "";
    QTest::newRow("index") << program(none, "s := []int{1, 2, 3}; i := 5; _ = s[i]") << "panic: runtime error: index out of range [5] with length 3" << 2;
    QTest::newRow("nil map") << program(none, "var m map[string]int; m[\"a\"] = 1") << "panic: assignment to entry in nil map" << 2;
    QTest::newRow("nil pointer") << program(none, "var p *struct{ x int }; p.x = 1") << "panic: runtime error: invalid memory address or nil pointer dereference" << 2;
    QTest::newRow("divide by zero") << program(none, "a, b := 1, 0; _ = a / b") << "panic: runtime error: integer divide by zero" << 2;
    QTest::newRow("assertion") << program(none, "var i any = \"s\"; _ = i.(int)") << "panic: interface conversion: interface {} is string, not int" << 2;
    QTest::newRow("custom") << program(none, "panic(\"boom\")") << "panic: boom" << 2;
    QTest::newRow("error value") << program("import \"errors\"", "panic(errors.New(\"bad\"))") << "panic: bad" << 2;
    QTest::newRow("os.Exit") << program("import \"os\"", "os.Exit(7)") << QString() << 7;
    QTest::newRow("stack overflow") << program(none, "f(0)", "func f(n int) int { return f(n+1) + 1 }")
                                    << "runtime: goroutine stack exceeds 1000000000-byte limit" << 2;
}

void TestGoRun::panics()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, firstLine);
    QFETCH(int, status);
    const Output o = runOurs(source);
    QCOMPARE(o.err.section(QLatin1Char('\n'), 0, 0), firstLine);
    QCOMPARE(o.status, status);
    if (!firstLine.startsWith(QLatin1String("runtime:")) && !firstLine.isEmpty())
        QVERIFY2(o.err.contains(QLatin1String("\ngoroutine 1 [running]:\nmain.main(...)\n")), qPrintable(o.err));
}

void TestGoRun::compileErrors()
{
    const Output o = runOurs("package main\n\nfunc main() {\n\tx := 1\n}\n", QStringLiteral("bad.go"));
    QCOMPARE(o.status, 1);
    QCOMPARE(o.err, QStringLiteral("bad.go:4:2: declared and not used: x"));
    QCOMPARE(o.out, QString());
}

void TestGoRun::mapOrderFollowsSeed()
{
    const QByteArray src = program("import \"fmt\"", "m := map[int]bool{}; for i := 0; i < 20; i++ { m[i] = true }; for k := range m { fmt.Print(k, \" \") }");
    QCOMPARE(runOurs(src, QStringLiteral("main.go"), 5).out, runOurs(src, QStringLiteral("main.go"), 5).out);
    QSet<QString> orders;
    for (std::uint64_t seed = 1; seed <= 4; ++seed)
        orders.insert(runOurs(src, QStringLiteral("main.go"), seed).out);
    QVERIFY2(orders.size() > 1, "map iteration order does not depend on the seed");
}

void TestGoRun::budgetEndsEndlessLoop()
{
    GoRun::Options options;
    options.instructionBudget = 100000;
    GoRun run(options);
    const GoRun::Result r = run.run(QStringLiteral("loop.go"), program("", "for {}"));
    QCOMPARE(r.end, GoRun::End::Budget);
}

void TestGoRun::stopEndsEndlessLoop()
{
    GoRun::Options options;
    GoRun run(options);
    std::atomic<bool> done{false};
    GoRun::Result r;
    std::thread t([&] {
        r = run.run(QStringLiteral("loop.go"), program("", "n := 0; for { n++ }"));
        done = true;
    });
    QTest::qWait(20);
    run.stop();
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 100);
    t.join();
    QCOMPARE(r.end, GoRun::End::Stopped);
    QCOMPARE(r.status, 130);
}

void TestGoRun::memoryLimitIsFatal()
{
    GoRun::Options options;
    options.memoryLimit = std::size_t(16) << 20;
    QByteArray err;
    options.write = [&](bool, std::string_view t) { err.append(t.data(), qsizetype(t.size())); };
    GoRun run(options);
    const GoRun::Result r = run.run(QStringLiteral("mem.go"), program("", "var keep [][]int; for { keep = append(keep, make([]int, 1000)) }"));
    QCOMPARE(r.end, GoRun::End::Fatal);
    QCOMPARE(r.status, 2);
    QVERIFY2(err.startsWith("fatal error: out of memory: the run's memory limit"), err.constData());
}

void TestGoRun::deterministicReplay()
{
    // Two senders, select picks among the ready ones at random; sleeps on the virtual clock.
    const QByteArray src = program("import (\"fmt\"; \"time\")",
                                   "a, b := make(chan int, 50), make(chan int, 50)\n"
                                   "go func() { for i := 0; i < 50; i++ { a <- i } }()\n"
                                   "go func() { for i := 0; i < 50; i++ { b <- i } }()\n"
                                   "time.Sleep(time.Hour)\n"
                                   "for i := 0; i < 40; i++ { select { case <-a: fmt.Print(\"a\"); case <-b: fmt.Print(\"b\") } }\n"
                                   "fmt.Println()");
    auto run = [&](std::uint64_t seed) {
        GoRun::Options options;
        options.deterministic = true;
        options.seed = seed;
        QByteArray out;
        options.write = [&](bool, std::string_view t) { out.append(t.data(), qsizetype(t.size())); };
        GoRun r(options);
        const GoRun::Result res = r.run(QStringLiteral("replay.go"), src);
        return res.end == GoRun::End::Finished ? out : QByteArray("failed: ") + out;
    };
    const QByteArray first = run(7);
    QCOMPARE(first.size(), 41);
    QVERIFY2(first.contains('a') && first.contains('b'), first.constData());
    QCOMPARE(run(7), first);
    QSet<QByteArray> others;
    for (std::uint64_t seed = 1; seed <= 3; ++seed)
        others.insert(run(seed));
    QVERIFY2(others.size() > 1, "select does not depend on the seed");
}

void TestGoRun::againstGo_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(CACOPHONY_GORUN_DATA));
    for (const QString &f : dir.entryList({QStringLiteral("*.go")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestGoRun::againstGo()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const std::optional<Output> go = runGo(text, QStringLiteral(CACOPHONY_GO_CACHE));
    if (!go)
        QSKIP("no Go toolchain");
    const Output ours = runOurs(text, path);
    QCOMPARE(ours.out, go->out);
    QCOMPARE(maskTraceback(ours.err), maskTraceback(go->err));
    QCOMPARE(ours.status, go->status);
}

void TestGoRun::traced()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    GoRun::Options options;
    options.trace = true;
    options.gomaxprocs = 2;
    QByteArray written[2];
    options.write = [&](bool toStderr, std::string_view t) { written[toStderr].append(t.data(), qsizetype(t.size())); };
    GoRun run(options);
    const GoRun::Result r = run.run(path, file.readAll());
    QVERIFY(r.trace);
    const TraceData &t = *r.trace;
    TraceValidator::Locator where;
    where.event = [](std::size_t i) { return QStringLiteral("events[%1]").arg(i); };
    where.task = [](std::size_t i) { return QStringLiteral("tasks[%1]").arg(i); };
    where.object = [](std::size_t i) { return QStringLiteral("objects[%1]").arg(i); };
    where.positionTable = QStringLiteral("positions");
    where.textTable = QStringLiteral("texts");
    const QString problem = TraceValidator::check(t, where);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    const std::optional<TraceData> back = ChromeTraceReader::fromJson(ChromeTraceWriter::toJson(t), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == t);
    // Every line written is a LogLine of its stream, in order (one writer per stream here).
    QStringList lines[2];
    for (const Event &e : t.events)
        if (e.kind == EventKind::LogLine)
            lines[e.b == 2] << *t.text(e.a);
    for (int stream = 0; stream < 2; ++stream) {
        QString text = QString::fromUtf8(written[stream]);
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        QCOMPARE(lines[stream], text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n')));
    }
    QCOMPARE(t.end == RunEnd::Finished, r.status == 0 || r.end == GoRun::End::Exited);
    QCOMPARE(t.end == RunEnd::Deadlocked, written[1].contains("deadlock!"));
    for (const TaskInfo &task : t.tasks)
        QVERIFY2(task.name.startsWith(QLatin1String("main.")), qPrintable(task.name));
}

QTEST_GUILESS_MAIN(TestGoRun)
#include "tst_gorun_gorun.moc"
