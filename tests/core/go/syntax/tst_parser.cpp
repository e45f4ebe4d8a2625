// The parser against the table of expected errors (exact text and position), the
// accepted programs (every construct of the subset, the series' programs), and its
// promises: spans, the Go version comment, cancellation, reentrancy, no crash or hang.

#include "core/go/GoToolchain.h"
#include "core/go/syntax/ErrorTable.h"

#include "go/FrontEnd.h"
#include "go/syntax/AstWalker.h"
#include "go/syntax/Parser.h"
#include "go/syntax/Printer.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace cacophony::go;

namespace {

const QString kData = QStringLiteral(CACOPHONY_GO_SYNTAX_DATA);

QStringList check(const QByteArray &program, const QString &fileName = QStringLiteral("prog.go"))
{
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(fileName, program));
    QStringList lines = result.diagnostics.lines();
    for (QString &line : lines)
        line.remove(0, fileName.size() + 1);
    return lines;
}

QStringList acceptedFiles()
{
    return QDir(kData + QStringLiteral("/accept")).entryList({QStringLiteral("*.go")}, QDir::Files, QDir::Name);
}

QByteArray readAccepted(const QString &name)
{
    QFile file(kData + QStringLiteral("/accept/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every node's span lies inside its file, and begins no later than gc's position.
void visitSpans(const SyntaxTree &tree, QString *problem)
{
    for (std::size_t i = 0; i < tree.nodeCount(); ++i) {
        const Node *n = tree.node(std::uint32_t(i));
        if (n->id != i)
            *problem = QStringLiteral("node %1 has id %2").arg(i).arg(n->id);
        else if (n->span.begin < 0 || n->span.end > tree.source().size() || n->span.begin > n->span.end)
            *problem = QStringLiteral("node %1 (kind %2) has span [%3, %4)").arg(i).arg(int(n->kind)).arg(n->span.begin).arg(n->span.end);
        else if (n->pos < n->span.begin || n->pos > n->span.end)
            *problem = QStringLiteral("node %1 (kind %2) at %3 outside its span [%4, %5)").arg(i).arg(int(n->kind)).arg(n->pos).arg(n->span.begin).arg(n->span.end);
        if (!problem->isEmpty())
            return;
    }
}

// From the file down: each child's span lies in its parent's, and (for a correct
// program: error recovery drops what it could not use) every node is reached but the
// statements a statement header unwraps, which gc drops too.
void visitTree(const SyntaxTree &tree, QString *problem, bool allReached)
{
    std::vector<char> reached(tree.nodeCount(), 0);
    std::vector<const Node *> stack{tree.file()};
    reached[tree.file()->id] = 1;
    while (!stack.empty() && problem->isEmpty()) {
        const Node *parent = stack.back();
        stack.pop_back();
        AstWalker::children(parent, [&](const Node *child) {
            if (child->span.begin < parent->span.begin || child->span.end > parent->span.end)
                *problem = QStringLiteral("node %1 (kind %2) [%3, %4) outside its parent %5 (kind %6) [%7, %8)")
                               .arg(child->id).arg(int(child->kind)).arg(child->span.begin).arg(child->span.end)
                               .arg(parent->id).arg(int(parent->kind)).arg(parent->span.begin).arg(parent->span.end);
            if (!reached[child->id]) {
                reached[child->id] = 1;
                stack.push_back(child);
            }
        });
    }
    for (std::size_t i = 0; allReached && i < reached.size() && problem->isEmpty(); ++i)
        if (!reached[i] && tree.node(std::uint32_t(i))->kind != NodeKind::ExprStmt)
            *problem = QStringLiteral("node %1 (kind %2) is not reachable from the file").arg(i).arg(int(tree.node(std::uint32_t(i))->kind));
}

// Go 1.19's wording of a message this table words as Go >= 1.20 does.
QString asGo119(QString line)
{
    line.replace(QLatin1String(", expected "), QLatin1String(", expecting "));
    line.replace(QLatin1String("; expected "), QLatin1String("; expecting "));
    line.replace(QLatin1String("expecting keyword "), QLatin1String("expecting "));
    line.replace(QLatin1String("unexpected name "), QLatin1String("unexpected "));
    line.replace(QLatin1String("unexpected keyword "), QLatin1String("unexpected "));
    return line;
}

} // namespace

class tst_Parser : public QObject
{
    Q_OBJECT

private slots:
    void expectedErrors_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QStringList>("expected");
        const QList<test::ErrorCase> cases = test::readErrorTable(kData + QStringLiteral("/errors.txt"));
        QVERIFY2(cases.size() >= 40, "the table of expected errors did not load");
        for (const test::ErrorCase &c : cases)
            QTest::newRow(qPrintable(c.name)) << c.program << c.expected;
    }

    void expectedErrors()
    {
        QFETCH(QByteArray, program);
        QFETCH(QStringList, expected);
        QCOMPARE(check(program), expected);
    }

    void acceptedPrograms_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = acceptedFiles();
        QVERIFY(files.size() >= 10);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void acceptedPrograms()
    {
        QFETCH(QString, name);
        const QByteArray program = readAccepted(name);
        QVERIFY(!program.isEmpty());
        const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(name, program));
        QCOMPARE(result.diagnostics.lines(), QStringList());
        QVERIFY(result.tree->file()->pkgName);
        QCOMPARE(result.tree->file()->pkgName->value, std::string("main"));
        QVERIFY(!result.tree->file()->decls.empty());
        QString problem;
        visitSpans(*result.tree, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        visitTree(*result.tree, &problem, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void positionsAndSpans_data()
    {
        QTest::addColumn<QByteArray>("expr");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<int>("pos");   // gc's position, from the expression's start
        QTest::addColumn<int>("begin"); // the span, from the expression's start
        QTest::addColumn<int>("end");
        QTest::newRow("binary at operator") << QByteArray("a + b*c") << "a + b * c" << 2 << 0 << 7;
        QTest::newRow("call at paren") << QByteArray("fmt.Println(x, y...)") << "fmt.Println(x, y...)" << 11 << 0 << 20;
        QTest::newRow("selector at dot") << QByteArray("p.volume") << "p.volume" << 1 << 0 << 8;
        QTest::newRow("receive") << QByteArray("<-ticker.C") << "<-ticker.C" << 0 << 0 << 10;
        QTest::newRow("composite literal") << QByteArray("[]int{1, 2}") << "[]int{…}" << 5 << 0 << 11;
        QTest::newRow("func literal") << QByteArray("func(x int) bool { return x > 0 }") << "func(x int) bool {…}" << 0 << 0 << 33;
        QTest::newRow("slice") << QByteArray("s[1:2:3]") << "s[1:2:3]" << 1 << 0 << 8;
        QTest::newRow("assertion") << QByteArray("v.(fmt.Stringer)") << "v.(fmt.Stringer)" << 1 << 0 << 16;
        QTest::newRow("channel type") << QByteArray("make(<-chan int)") << "make(<-chan int)" << 4 << 0 << 16;
    }

    void positionsAndSpans()
    {
        QFETCH(QByteArray, expr);
        QFETCH(QString, printed);
        QFETCH(int, pos);
        QFETCH(int, begin);
        QFETCH(int, end);
        const QByteArray prefix = "package main\n\nvar x = ";
        const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("p.go"), prefix + expr + '\n'));
        QVERIFY(result.tree->file()->decls.size() == 1);
        const auto *var = as<VarDecl>(result.tree->file()->decls.front());
        QVERIFY(var && var->values);
        QCOMPARE(Printer::shortString(var->values), printed);
        QCOMPARE(var->values->pos - int(prefix.size()), pos);
        QCOMPARE(var->values->span.begin - int(prefix.size()), begin);
        QCOMPARE(var->values->span.end - int(prefix.size()), end);
    }

    void goVersion_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<int>("minor");
        QTest::addColumn<bool>("perIteration");
        QTest::newRow("default") << QByteArray("package main\n") << 22 << true;
        QTest::newRow("1.21") << QByteArray("// go 1.21\npackage main\n") << 21 << false;
        QTest::newRow("1.22") << QByteArray("// go 1.22\npackage main\n") << 22 << true;
        QTest::newRow("after package") << QByteArray("package main\n\n// go 1.18\n") << 18 << false;
        QTest::newRow("first wins") << QByteArray("// go 1.20\n// go 1.23\npackage main\n") << 20 << false;
        QTest::newRow("not a version") << QByteArray("// go 1.x\n// going 1.2\npackage main\n") << 22 << true;
        QTest::newRow("in a block comment") << QByteArray("/* go 1.21 */\npackage main\n") << 22 << true;
    }

    void goVersion()
    {
        QFETCH(QByteArray, program);
        QFETCH(int, minor);
        QFETCH(bool, perIteration);
        const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("v.go"), program));
        QCOMPARE(result.diagnostics.lines(), QStringList());
        QCOMPARE(result.tree->file()->goVersion.major, 1);
        QCOMPARE(result.tree->file()->goVersion.minor, minor);
        QCOMPARE(result.tree->file()->goVersion.atLeast(1, 22), perIteration);
    }

    void branchTargets()
    {
        const QByteArray program = "package main\n\nfunc main() {\nouter:\n\tfor {\n\t\tswitch {\n\t\tdefault:\n"
                                   "\t\t\tbreak outer\n\t\t}\n\t\tbreak\n\t}\n}\n";
        const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("b.go"), program));
        QCOMPARE(result.diagnostics.lines(), QStringList());
        int checked = 0;
        for (std::size_t i = 0; i < result.tree->nodeCount(); ++i) {
            const auto *b = as<BranchStmt>(result.tree->node(std::uint32_t(i)));
            if (!b)
                continue;
            QVERIFY(b->target);
            QCOMPARE(b->target->kind, NodeKind::ForStmt); // both leave the for loop
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    void cancellation()
    {
        // A cancelled parse stops early with a partial tree and no error of its own.
        QByteArray program = "package main\n\nfunc main() {\n";
        for (int i = 0; i < 20000; ++i)
            program += "\t{\n\t\tx := 1\n\t\t_ = x\n\t}\n"; // one scope each: valid Go once type-checked
        program += "}\n";
        const auto source = std::make_shared<Source>(QStringLiteral("c.go"), program);
        std::atomic<bool> cancel{true};
        const FrontEnd::Result cancelled = FrontEnd::check(source, &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.tree->file());
        const FrontEnd::Result whole = FrontEnd::check(source);
        QVERIFY(!whole.cancelled);
        QVERIFY(whole.ok());
        QVERIFY(cancelled.tree->nodeCount() * 10 < whole.tree->nodeCount());
    }

    void reentrant()
    {
        // Four threads parse every table program at once and get what one thread gets.
        const QList<test::ErrorCase> cases = test::readErrorTable(kData + QStringLiteral("/errors.txt"));
        QList<QStringList> alone;
        for (const test::ErrorCase &c : cases)
            alone << check(c.program);
        std::vector<std::thread> threads;
        std::vector<int> mismatches(4, 0);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 5; ++round)
                    for (int i = 0; i < cases.size(); ++i)
                        if (check(cases[i].program) != alone[i])
                            ++mismatches[std::size_t(t)];
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }

    void neverCrashesOrHangs_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("nesting parentheses") << "package main\nvar x = " + QByteArray(100000, '(');
        QTest::newRow("nesting braces") << "package main\nfunc f() " + QByteArray(100000, '{');
        QTest::newRow("nesting types") << "package main\nvar x " + QByteArray(100000, '*');
        QTest::newRow("nesting unary") << "package main\nvar x = " + QByteArray(100000, '-');
        QTest::newRow("nesting brackets") << "package main\nvar x = a" + QByteArray(100000, '[');
        QTest::newRow("nesting literals") << "package main\nvar x = T" + QByteArray(100000, '{');
        QTest::newRow("nesting func types") << "package main\nvar x " + QByteArray("func()").repeated(50000);
        QTest::newRow("nul bytes") << QByteArray(1000, '\0');
        QTest::newRow("only operators") << QByteArray("<-<-<-<-!&^%$#@").repeated(1000);
        // Inputs the fuzzer found (data/fuzz), kept as regression tests.
        const QDir found(kData + QStringLiteral("/fuzz"));
        for (const QString &f : found.entryList(QDir::Files, QDir::Name)) {
            QFile file(found.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(f)) << file.readAll();
        }
        // Every prefix of an accepted program: each must end with errors, never a crash.
        const QByteArray program = readAccepted(QStringLiteral("async_with_channels_services.go"));
        for (int cut = 0; cut < program.size(); cut += 97)
            QTest::newRow(qPrintable(QStringLiteral("prefix %1").arg(cut))) << program.left(cut);
    }

    void neverCrashesOrHangs()
    {
        QFETCH(QByteArray, program);
        const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("x.go"), program));
        QVERIFY(result.tree->file());
        QVERIFY(result.diagnostics.lines().size() <= Diagnostics::kMaxErrors + 1);
        QString problem;
        visitSpans(*result.tree, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        visitTree(*result.tree, &problem, false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The table and the accepted programs held against the installed Go compiler (Debian's
    // golang-go, offline); skipped where there is none.
    void matchesGoToolchain_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QStringList>("expected");
        for (const test::ErrorCase &c : test::readErrorTable(kData + QStringLiteral("/errors.txt"))) {
            if (c.flags.contains(QLatin1String("subset")) || c.flags.contains(QLatin1String("go-differs")))
                continue;
            QStringList expected = c.expected;
            for (QString &line : expected)
                line = asGo119(line);
            QTest::newRow(qPrintable(c.name)) << c.program << expected;
        }
        for (const QString &f : acceptedFiles()) {
            const QByteArray program = readAccepted(f);
            const FrontEnd::Result r = FrontEnd::check(std::make_shared<Source>(f, program));
            if (r.tree->file()->goVersion.atLeast(1, 20))
                if (r.tree->file()->goVersion.pos >= 0)
                    continue; // needs a newer Go than the installed one
            QTest::newRow(qPrintable(f)) << program << QStringList();
        }
    }

    void matchesGoToolchain()
    {
        QFETCH(QByteArray, program);
        QFETCH(QStringList, expected);
        const std::optional<QStringList> lines = test::compileWithGo(program, QStringLiteral(CACOPHONY_GO_CACHE));
        if (!lines)
            QSKIP("no Go toolchain installed");
        QCOMPARE(*lines, expected);
    }
};

QTEST_GUILESS_MAIN(tst_Parser)
#include "tst_parser.moc"
