#include "go/types/Packages.h"

#include "go/syntax/Parser.h"
#include "go/types/Checker.h"
#include "go/types/Type.h"

#include <QFile>

namespace cacophony::go {

struct Packages::Loaded
{
    std::shared_ptr<const Source> source;
    std::unique_ptr<SyntaxTree> tree;
    std::unique_ptr<TypeInfo> info;
};

namespace {

// Import path and declaration file, dependencies first.
struct Declared
{
    const char *path;
    const char *file;
};

constexpr Declared kPackages[] = {
    {"errors", "errors.go"}, {"time", "time.go"}, {"sync", "sync.go"}, {"sync/atomic", "atomic.go"},
    {"log", "log.go"}, {"fmt", "fmt.go"}, {"math/rand", "rand.go"}, {"runtime", "runtime.go"},
    {"os", "os.go"}, {"strings", "strings.go"}, {"strconv", "strconv.go"}, {"metronome", "metronome.go"},
};

} // namespace

const Packages &Packages::instance()
{
    static const Packages packages; // thread-safe initialisation
    return packages;
}

Packages::Packages()
{
    for (const Declared &d : kPackages)
        load(QString::fromLatin1(d.path), QString::fromLatin1(d.file));
}

Packages::~Packages() = default;

void Packages::load(const QString &path, const QString &file)
{
    QFile f(QStringLiteral(":/go/packages/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_errors << QStringLiteral("%1: cannot read %2").arg(path, f.fileName());
        return;
    }
    auto loaded = std::make_unique<Loaded>();
    loaded->source = std::make_shared<Source>(file, f.readAll());
    Diagnostics diagnostics(loaded->source);
    Parser parser(loaded->source, diagnostics);
    loaded->tree = parser.parse();
    Checker checker(*loaded->tree, diagnostics);
    checker.setImporter([this](const QString &p) { return m_byPath.value(p); });
    checker.setDeclarationsOnly(true);
    checker.setPackagePath(path);
    if (!diagnostics.hasSyntaxErrors())
        loaded->info = checker.check();
    for (const QString &line : diagnostics.lines())
        m_errors << QStringLiteral("%1: %2").arg(path, line);
    if (!loaded->info)
        return;
    // Interfaces compute their method sets lazily: do it now, before checks share them.
    loaded->info->arena().forEachType([](Type *t) {
        if (t->kind() == TypeKind::Interface)
            interfaceMethods(t);
    });
    m_byPath.insert(path, loaded->info->package());
    m_order << path;
    m_loaded.push_back(std::move(loaded));
}

} // namespace cacophony::go
