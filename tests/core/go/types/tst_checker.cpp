// The type checker: every message of the expected-errors table by exact text and position
// (held against the installed Go toolchain where it can be), accepted programs per
// construct, the typed tree the runtime reads (types, constants, captures, loop
// variables), the supported packages' declarations, cancellation, no crash on broken input.
#include "core/go/GoToolchain.h"
#include "core/go/syntax/ErrorTable.h"

#include "go/FrontEnd.h"
#include "go/syntax/Parser.h"
#include "go/types/Checker.h"
#include "go/types/Object.h"
#include "go/types/Packages.h"
#include "go/types/Universe.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <thread>

using namespace cacophony::go;

namespace {

const QString kData = QStringLiteral(CACOPHONY_GO_TYPES_DATA);
const QString kSyntaxData = QStringLiteral(CACOPHONY_GO_SYNTAX_DATA);

// The lines `cacophony check prog.go` prints, without the file name (continuation lines too).
QStringList check(const QByteArray &program)
{
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("prog.go"), program));
    QStringList lines = result.diagnostics.lines().join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    if (lines == QStringList(QString()))
        return {};
    test::stripFileName(lines, QStringLiteral("prog.go"));
    return lines;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList goFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.go")}, QDir::Files, QDir::Name);
}

// Go 1.19's wording of a message the table words as Go >= 1.20 does (only renames).
QStringList asGo119(const QStringList &lines)
{
    QStringList out;
    static const QRegularExpression unused(QStringLiteral("declared and not used: (\\w+)$"));
    static const QRegularExpression importedAs(QStringLiteral("(\"[^\"]+\") imported as (\\w+) and not used$"));
    static const QRegularExpression imported(QStringLiteral("(\"[^\"]+\") imported and not used$"));
    static const QRegularExpression asValue(QStringLiteral("cannot use (.*) as (.+) value in (.*?)(: |$)"));
    static const QRegularExpression returns(QStringLiteral("but (.+)\\(\\) returns"));
    static const QRegularExpression missing(QStringLiteral("\\(missing method (\\w+)\\)"));
    static const QRegularExpression wrongType(QStringLiteral("\\(wrong type for method (\\w+)\\)"));
    static const QRegularExpression pointerRecv(QStringLiteral("\\(method (\\w+) has pointer receiver\\)"));
    static const QRegularExpression unknownField(QStringLiteral("unknown field (\\w+) in"));
    for (QString line : lines) {
        line.replace(unused, QStringLiteral("\\1 declared but not used"));
        line.replace(importedAs, QStringLiteral("imported and not used: \\1 as \\2"));
        line.replace(imported, QStringLiteral("imported and not used: \\1"));
        line.replace(returns, QStringLiteral("but \\1 returns"));
        line.replace(missing, QStringLiteral("(missing \\1 method)"));
        line.replace(wrongType, QStringLiteral("(wrong type for \\1 method)"));
        line.replace(pointerRecv, QStringLiteral("(\\1 method has pointer receiver)"));
        line.replace(unknownField, QStringLiteral("unknown field '\\1' in"));
        line.replace(QLatin1String("initialization cycle for "), QLatin1String("initialization loop for "));
        const QRegularExpressionMatch m = asValue.match(line);
        // 1.19 words only assignability so; an untyped constant's conversion was already "as T value".
        if (m.hasMatch() && !m.captured(1).contains(QLatin1String("(untyped ")) && m.captured(1) != QLatin1String("nil")) {
            QString replaced = QStringLiteral("cannot use %1 as type %2 in %3").arg(m.captured(1), m.captured(2), m.captured(3));
            if (!m.captured(4).isEmpty()) { // 1.19 puts the cause on its own line
                out << line.left(m.capturedStart()) + replaced + QLatin1Char(':');
                out << QLatin1Char('\t') + line.mid(m.capturedEnd());
                continue;
            }
            line = line.left(m.capturedStart()) + replaced;
        }
        out << line;
    }
    return out;
}

// The object a Name node with this text at this byte offset refers to.
const Name *nameAt(const SyntaxTree &tree, const QByteArray &program, const QByteArray &needle, int nth = 0)
{
    int offset = -1;
    for (int i = 0; i <= nth; ++i)
        offset = int(program.indexOf(needle, offset + 1));
    for (std::size_t i = 0; i < tree.nodeCount(); ++i)
        if (const auto *n = as<Name>(tree.node(std::uint32_t(i))); n && n->pos == offset)
            return n;
    return nullptr;
}

} // namespace

class tst_Checker : public QObject
{
    Q_OBJECT

private slots:
    void expectedErrors_data();
    void expectedErrors();
    void matchesGoToolchain_data();
    void matchesGoToolchain();
    void acceptedPrograms_data();
    void acceptedPrograms();
    void packages();
    void typedTree();
    void captures();
    void loopVariables_data();
    void loopVariables();
    void cancellation();
    void reentrant();
    void neverCrashes_data();
    void neverCrashes();
};

void tst_Checker::expectedErrors_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QStringList>("expected");
    const QList<test::ErrorCase> cases = test::readErrorTable(kData + QStringLiteral("/errors.txt"));
    QVERIFY2(cases.size() >= 50, "the table of expected errors did not load");
    for (const test::ErrorCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.program << c.expected;
}

void tst_Checker::expectedErrors()
{
    QFETCH(QByteArray, program);
    QFETCH(QStringList, expected);
    QCOMPARE(check(program), expected);
}

void tst_Checker::matchesGoToolchain_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QStringList>("expected");
    for (const test::ErrorCase &c : test::readErrorTable(kData + QStringLiteral("/errors.txt")))
        if (!c.flags.contains(QLatin1String("go-differs")))
            QTest::newRow(qPrintable(c.name)) << c.program << asGo119(c.expected);
}

void tst_Checker::matchesGoToolchain()
{
    QFETCH(QByteArray, program);
    QFETCH(QStringList, expected);
    const std::optional<QStringList> lines = test::compileWithGo(program, QStringLiteral(CACOPHONY_GO_CACHE));
    if (!lines)
        QSKIP("no Go toolchain installed");
    QCOMPARE(*lines, expected);
}

void tst_Checker::acceptedPrograms_data()
{
    QTest::addColumn<QString>("path");
    // Ours per construct, and the series' programs in Go that the parser's tests hold.
    for (const QString &dir : {kData + QStringLiteral("/accept"), kSyntaxData + QStringLiteral("/accept")})
        for (const QString &f : goFiles(dir))
            QTest::newRow(qPrintable(f)) << dir + QLatin1Char('/') + f;
    QVERIFY(QTest::currentDataTag() == nullptr);
}

void tst_Checker::acceptedPrograms()
{
    QFETCH(QString, path);
    const QByteArray program = readFile(path);
    QVERIFY(!program.isEmpty());
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QFileInfo(path).fileName(), program));
    QCOMPARE(result.diagnostics.lines(), QStringList());
    QVERIFY(result.info);
    // Every expression the runtime evaluates has a type (import paths are not expressions).
    QSet<std::uint32_t> importPaths;
    for (const Decl *d : result.tree->file()->decls)
        if (const auto *imp = as<ImportDecl>(d); imp && imp->path)
            importPaths.insert(imp->path->id);
    for (std::size_t i = 0; i < result.tree->nodeCount(); ++i) {
        const Node *n = result.tree->node(std::uint32_t(i));
        if (importPaths.contains(n->id))
            continue;
        if (n->kind == NodeKind::BasicLit || n->kind == NodeKind::CallExpr || n->kind == NodeKind::Operation) {
            Type *t = result.info->type(n->id);
            QVERIFY2(t, qPrintable(QStringLiteral("no type at offset %1").arg(n->pos)));
        }
    }
}

void tst_Checker::packages()
{
    const Packages &packages = Packages::instance();
    QCOMPARE(packages.errors(), QStringList());
    QCOMPARE(packages.paths().size(), 12);
    for (const char *path : {"time", "sync", "sync/atomic", "log", "fmt", "math/rand", "runtime", "os", "strings",
                             "strconv", "errors", "metronome"})
        QVERIFY2(packages.package(QString::fromLatin1(path)), path);
    QVERIFY(!packages.package(QStringLiteral("net/http")));
    Package *atomicPkg = packages.package(QStringLiteral("sync/atomic"));
    QCOMPARE(atomicPkg->name(), QStringLiteral("atomic"));
    QVERIFY(atomicPkg->scope()->lookup(QStringLiteral("Int64")));
    QVERIFY(!atomicPkg->scope()->lookup(QStringLiteral("Pointer"))); // generic: outside the subset
    Object *interval = nullptr;
    Object *bpm = packages.package(QStringLiteral("metronome"))->scope()->lookup(QStringLiteral("Bpm"));
    QVERIFY(bpm && bpm->is(ObjectKind::TypeName));
    for (Object *m : bpm->type()->m_methods)
        if (m->name() == QLatin1String("Interval"))
            interval = m;
    QVERIFY(interval);
    QCOMPARE(typeString(interval->type(), nullptr), QStringLiteral("func() time.Duration"));
    Object *stringer = packages.package(QStringLiteral("fmt"))->scope()->lookup(QStringLiteral("Stringer"));
    QVERIFY(stringer && stringer->type()->isInterface());
}

void tst_Checker::typedTree()
{
    const QByteArray program = "package main\n\nimport \"time\"\n\nfunc main() {\n\tvar f float64 = 1 + 2\n"
                               "\td := 3 * time.Second\n\tb := byte(65)\n\t_, _, _ = f, d, b\n}\n";
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("t.go"), program));
    QCOMPARE(result.diagnostics.lines(), QStringList());
    const SyntaxTree &tree = *result.tree;
    const TypeInfo &info = *result.info;
    // Untyped constants take the type of where they are used, operands included.
    int literals = 0;
    for (std::size_t i = 0; i < tree.nodeCount(); ++i) {
        const auto *lit = as<BasicLit>(tree.node(std::uint32_t(i)));
        if (!lit || lit->litKind != LitKind::Int)
            continue;
        ++literals;
        const QString expected = lit->value == "65" ? QStringLiteral("byte")
                                 : lit->value == "3" ? QStringLiteral("time.Duration")
                                                     : QStringLiteral("float64");
        QCOMPARE(typeString(info.type(lit->id), info.package()), expected);
    }
    QCOMPARE(literals, 4);
    const Name *d = nameAt(tree, program, "d :=");
    QVERIFY(d);
    QCOMPARE(typeString(info.object(d->id)->type(), info.package()), QStringLiteral("time.Duration"));
    // Constant values are recorded: 3 * time.Second is 3e9 nanoseconds.
    for (std::size_t i = 0; i < tree.nodeCount(); ++i)
        if (const auto *op = as<Operation>(tree.node(std::uint32_t(i))); op && op->op == Operator::Mul && op->y)
            QCOMPARE(info.value(op->id).toString(), QStringLiteral("3000000000"));
    const Name *b = nameAt(tree, program, "byte(");
    QVERIFY(b);
    QVERIFY(info.object(b->id) == Universe::get().scope()->lookup(QStringLiteral("byte")));
}

void tst_Checker::captures()
{
    const QByteArray program = "package main\n\nfunc main() {\n\tx, y, z := 1, 2, 3\n\tf := func() int {\n"
                               "\t\tg := func() int { return x + z }\n\t\treturn g() + y\n\t}\n\t_ = f()\n\t_ = z\n}\n";
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("c.go"), program));
    QCOMPARE(result.diagnostics.lines(), QStringList());
    std::vector<const FuncLit *> lits;
    for (std::size_t i = 0; i < result.tree->nodeCount(); ++i)
        if (const auto *lit = as<FuncLit>(result.tree->node(std::uint32_t(i))))
            lits.push_back(lit);
    QCOMPARE(lits.size(), std::size_t(2));
    auto names = [&](const FuncLit *lit) {
        QStringList out;
        for (Object *v : result.info->captures(lit->id))
            out << v->name();
        return out;
    };
    // The outer literal captures what it and its nested literal use from main, in order of use.
    QCOMPARE(names(lits[0]), (QStringList{"x", "z", "y"}));
    QCOMPARE(names(lits[1]), (QStringList{"x", "z"}));
    const Name *x = nameAt(*result.tree, program, "x,");
    QVERIFY(result.info->object(x->id)->m_captured);
    const Name *g = nameAt(*result.tree, program, "g :=");
    QVERIFY(!result.info->object(g->id)->m_captured);
}

void tst_Checker::loopVariables_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("perIteration");
    QTest::newRow("default (1.22)") << QByteArray() << true;
    QTest::newRow("1.21") << QByteArray("// go 1.21\n") << false;
    QTest::newRow("1.22") << QByteArray("// go 1.22\n") << true;
}

void tst_Checker::loopVariables()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, perIteration);
    const QByteArray program = version + "package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() { _ = i }()\n\t}\n"
                                         "\tfor k, v := range []int{1} {\n\t\t_, _ = k, v\n\t}\n}\n";
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("l.go"), program));
    QCOMPARE(result.diagnostics.lines(), QStringList());
    QCOMPARE(result.info->perIterationLoopVars(), perIteration);
    for (const QByteArray &name : {QByteArray("i :="), QByteArray("k,"), QByteArray("v :=")}) {
        const Name *n = nameAt(*result.tree, program, name);
        QVERIFY2(n, name.constData());
        QCOMPARE(result.info->object(n->id)->m_perIteration, perIteration);
    }
}

void tst_Checker::cancellation()
{
    // A set flag stops the checker early: fewer errors than the whole file has.
    QByteArray program = "package main\n\nfunc main() {\n";
    for (int i = 0; i < 2000; ++i)
        program += "\t{\n\t\tvar s string = 1\n\t\t_ = s\n\t}\n";
    program += "}\n";
    const auto source = std::make_shared<Source>(QStringLiteral("c.go"), program);
    Diagnostics whole(source);
    Parser parser(source, whole);
    const std::unique_ptr<SyntaxTree> tree = parser.parse();
    QVERIFY(whole.isEmpty());
    Diagnostics cancelledDiagnostics(source);
    std::atomic<bool> cancel{true};
    Checker cancelled(*tree, cancelledDiagnostics, &cancel);
    QVERIFY(cancelled.check());
    Checker complete(*tree, whole);
    QVERIFY(complete.check());
    QVERIFY(whole.full()); // ten errors, then gc stops
    QVERIFY(cancelledDiagnostics.count() < whole.count());
}

void tst_Checker::reentrant()
{
    // Four threads check every table program at once (sharing the universe and the
    // packages) and get what one thread gets; under ThreadSanitizer, no race.
    const QList<test::ErrorCase> cases = test::readErrorTable(kData + QStringLiteral("/errors.txt"));
    QList<QStringList> alone;
    for (const test::ErrorCase &c : cases)
        alone << check(c.program);
    std::vector<QList<QStringList>> results(4);
    std::vector<std::thread> threads;
    for (auto &r : results)
        threads.emplace_back([&cases, &r] {
            for (const test::ErrorCase &c : cases)
                r << check(c.program);
        });
    for (std::thread &t : threads)
        t.join();
    for (const auto &r : results)
        QCOMPARE(r, alone);
}

void tst_Checker::neverCrashes_data()
{
    // Every table and accepted program with one line taken out: broken in every way the
    // parser still lets through to the checker.
    QTest::addColumn<QByteArray>("program");
    QList<QByteArray> programs;
    for (const test::ErrorCase &c : test::readErrorTable(kData + QStringLiteral("/errors.txt")))
        programs << c.program;
    for (const QString &dir : {kData + QStringLiteral("/accept"), kSyntaxData + QStringLiteral("/accept")})
        for (const QString &f : goFiles(dir))
            programs << readFile(dir + QLatin1Char('/') + f);
    int row = 0;
    for (const QByteArray &p : programs) {
        const QList<QByteArray> lines = p.split('\n');
        for (int skip = 0; skip < lines.size(); ++skip) {
            QByteArray mutated;
            for (int i = 0; i < lines.size(); ++i)
                if (i != skip)
                    mutated += lines[i] + '\n';
            QTest::newRow(qPrintable(QString::number(row++))) << mutated;
        }
    }
}

void tst_Checker::neverCrashes()
{
    QFETCH(QByteArray, program);
    const FrontEnd::Result result = FrontEnd::check(std::make_shared<Source>(QStringLiteral("x.go"), program));
    QVERIFY(result.tree->file());
    QVERIFY(result.diagnostics.lines().size() <= Diagnostics::kMaxErrors + 1);
}

QTEST_GUILESS_MAIN(tst_Checker)
#include "tst_checker.moc"
