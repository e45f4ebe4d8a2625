#include "go/types/Checker.h"

#include "go/types/CheckerSupport.h"
#include "go/syntax/Diagnostics.h"
#include "go/syntax/Printer.h"
#include "go/syntax/SyntaxTree.h"
#include "go/types/Packages.h"
#include "go/types/Universe.h"

#include <algorithm>

namespace cacophony::go {

using namespace support;

namespace {

// The import path of an import declaration's literal, or empty.
QString importPath(const ImportDecl *d)
{
    if (!d->path || d->path->bad)
        return {};
    const Constant c = Constant::fromLiteral(qs(d->path->value));
    return c.kind() == ConstKind::String ? QString::fromUtf8(c.stringValue()) : QString();
}

// The name of a method's receiver base type (T in T, *T, (T), (*T)), or empty.
QString receiverBaseName(const Expr *e)
{
    for (int guard = 0; e && guard < 8; ++guard) {
        if (const auto *p = as<ParenExpr>(e)) {
            e = p->x;
        } else if (const auto *op = as<Operation>(e); op && op->op == Operator::Mul && !op->y) {
            e = op->x;
        } else if (const auto *n = as<Name>(e)) {
            return qs(n->value);
        } else {
            return {};
        }
    }
    return {};
}

} // namespace

Checker::Checker(const SyntaxTree &tree, Diagnostics &diagnostics, const std::atomic<bool> *cancel)
    : m_tree(tree), m_diagnostics(diagnostics), m_cancel(cancel)
{
    m_importer = [](const QString &path) { return Packages::instance().package(path); };
}

void Checker::error(int offset, const QString &message)
{
    m_diagnostics.report(offset, message);
}

QString Checker::str(const Node *node) const
{
    return node ? Printer::shortString(node) : QString();
}

QString Checker::typeStr(const Type *t) const
{
    return typeString(t, m_pkg);
}

QString Checker::posText(int offset) const
{
    return m_tree.source().format(offset);
}

bool Checker::stopped()
{
    // Polling an atomic is cheap, but not free: look every 64 calls.
    if (!m_cancelled && m_cancel && (++m_polls & 63) == 0 && m_cancel->load(std::memory_order_relaxed))
        m_cancelled = true;
    return m_cancelled || m_diagnostics.full();
}

std::unique_ptr<TypeInfo> Checker::check()
{
    const File *file = m_tree.file();
    m_info = std::make_unique<TypeInfo>(m_tree.nodeCount());
    m_arena = &m_info->arena();
    const QString name = file && file->pkgName ? qs(file->pkgName->value) : QStringLiteral("main");
    m_pkgScope = m_arena->newScope(Universe::get().scope());
    m_pkg = m_arena->newPackage(m_path, name, m_pkgScope);
    m_fileScope = m_arena->newScope(m_pkgScope);
    m_scope = m_fileScope;
    m_info->setPackage(m_pkg);
    if (!file)
        return std::move(m_info);
    m_info->setPerIteration(file->goVersion.atLeast(1, 22));

    collectObjects();
    // Types first, then everything else, each in source order (as types2's packageObjects).
    for (const bool types : {true, false})
        for (Object *obj : m_pkgObjects)
            if (obj->is(ObjectKind::TypeName) == types && !stopped())
                objDecl(obj);
    for (auto &[obj, decl] : m_funcs)
        if (!stopped())
            objDecl(obj);
    processDelayed(0);
    if (!stopped())
        unusedImports();
    return std::move(m_info);
}

void Checker::processDelayed(std::size_t top)
{
    // Items may add items (a function literal inside a body): run until none is left.
    for (std::size_t i = top; i < m_delayed.size() && !stopped(); ++i) {
        auto f = std::move(m_delayed[i]);
        f();
    }
    m_delayed.resize(top);
}

void Checker::collectObjects()
{
    const File *file = m_tree.file();
    const ConstDecl *lastWithValues = nullptr;
    int order = 0;
    for (const Decl *d : file->decls) {
        if (!d)
            continue;
        switch (d->kind) {
        case NodeKind::ImportDecl:
            declareImport(static_cast<const ImportDecl *>(d));
            break;
        case NodeKind::ConstDecl: {
            const auto *cd = static_cast<const ConstDecl *>(d);
            if (cd->values || cd->type || !lastWithValues || lastWithValues->group != cd->group || cd->group == 0)
                lastWithValues = cd;
            const std::vector<const Expr *> values = unpackList(lastWithValues->values);
            for (std::size_t i = 0; i < cd->names.size(); ++i) {
                Object *obj = m_arena->newObject(ObjectKind::Const, qs(cd->names[i]->value), nullptr, cd->names[i]->pos);
                obj->m_declOrder = order++;
                m_constSpecs.insert(obj, {lastWithValues->type, i < values.size() ? values[i] : nullptr, cd->iota});
                m_declOf.insert(obj, cd);
                declarePkg(cd->names[i], obj);
            }
            if (values.size() < cd->names.size() && lastWithValues == cd && !cd->names.empty())
                errorAt(cd->names[values.size()], values.empty() && !cd->type ? QStringLiteral("missing init expr for const declaration")
                                                                              : QStringLiteral("missing init expr for const declaration"));
            else if (values.size() > cd->names.size() && lastWithValues == cd)
                errorAt(values[cd->names.size()], QStringLiteral("extra init expr"));
            break;
        }
        case NodeKind::VarDecl: {
            const auto *vd = static_cast<const VarDecl *>(d);
            const std::vector<const Expr *> values = unpackList(vd->values);
            if (vd->values && vd->names.size() < values.size())
                errorAt(values[vd->names.size()], QStringLiteral("extra init expr"));
            else if (vd->values && vd->names.size() > values.size() && values.size() != 1)
                errorAt(vd->names[values.size()], QStringLiteral("missing init expr for %1").arg(qs(vd->names[values.size()]->value)));
            for (const Name *n : vd->names) {
                Object *obj = m_arena->newObject(ObjectKind::Var, qs(n->value), nullptr, n->pos);
                obj->m_declOrder = order++;
                m_declOf.insert(obj, vd);
                declarePkg(n, obj);
            }
            break;
        }
        case NodeKind::TypeDecl: {
            const auto *td = static_cast<const TypeDecl *>(d);
            if (!td->name)
                break;
            Object *obj = m_arena->newObject(ObjectKind::TypeName, qs(td->name->value), nullptr, td->name->pos);
            obj->m_declOrder = order++;
            m_declOf.insert(obj, td);
            declarePkg(td->name, obj);
            break;
        }
        case NodeKind::FuncDecl: {
            const auto *fd = static_cast<const FuncDecl *>(d);
            if (!fd->name)
                break;
            const QString fname = qs(fd->name->value);
            Object *obj = m_arena->newObject(ObjectKind::Func, fname, nullptr, fd->name->pos);
            obj->m_pkg = m_pkg;
            obj->m_decl = fd;
            obj->m_declOrder = order++;
            m_declOf.insert(obj, fd);
            m_info->setObject(fd->name->id, obj);
            if (fd->recv) {
                m_methodsOf[receiverBaseName(fd->recv->type)].push_back({obj, fd});
            } else if (fname == QLatin1String("init")) {
                if (!fd->type->params.empty() || !fd->type->results.empty())
                    errorAt(fd->name, QStringLiteral("func init must have no arguments and no return values"));
            } else {
                if (fname == QLatin1String("main") && m_pkg->name() == QLatin1String("main")
                    && (!fd->type->params.empty() || !fd->type->results.empty()))
                    errorAt(fd->name, QStringLiteral("func main must have no arguments and no return values"));
                declarePkg(fd->name, obj);
            }
            m_funcs.push_back({obj, fd});
            break;
        }
        default:
            break;
        }
    }
}

void Checker::declareImport(const ImportDecl *d)
{
    const QString path = importPath(d);
    if (path.isEmpty())
        return;
    Package *imported = m_importer ? m_importer(path) : nullptr;
    if (!imported)
        return; // the parser reported the unsupported package
    QString local = imported->name();
    if (d->localName) {
        local = qs(d->localName->value);
        if (local == QLatin1String("_"))
            return;
        if (local == QLatin1String(".")) {
            for (Object *obj : imported->scope()->objects())
                if (obj->exported())
                    m_fileScope->insert(obj);
            return;
        }
    }
    Object *pkgName = m_arena->newObject(ObjectKind::PkgName, local, Universe::get().basic(BasicKind::Invalid),
                                         d->localName ? d->localName->pos : d->path->pos);
    pkgName->m_imported = imported;
    pkgName->m_pkg = m_pkg;
    if (d->localName)
        m_info->setObject(d->localName->id, pkgName);
    if (Object *alt = m_fileScope->insert(pkgName)) {
        error(pkgName->pos(), QStringLiteral("%1 redeclared in this block\n\t%2: other declaration of %1")
                                   .arg(local, posText(alt->pos())));
        return;
    }
    if (Object *alt = m_pkgScope->lookup(local))
        error(alt->pos(), QStringLiteral("%1 already declared through import of package %2").arg(local, path));
    m_imports.push_back({pkgName, d});
}

void Checker::declarePkg(const Name *name, Object *obj)
{
    obj->m_pkg = m_pkg;
    m_info->setObject(name->id, obj);
    if (obj->name() == QLatin1String("_")) {
        m_pkgObjects.push_back(obj); // still checked, never found
        return;
    }
    if (Object *alt = m_pkgScope->insert(obj)) {
        error(name->pos, QStringLiteral("%1 redeclared in this block\n\t%2: other declaration of %1")
                             .arg(obj->name(), posText(alt->pos())));
        return;
    }
    if (Object *imp = m_fileScope->lookup(obj->name()); imp && imp->is(ObjectKind::PkgName))
        error(name->pos, QStringLiteral("%1 already declared through import of package %2")
                             .arg(obj->name(), imp->m_imported->path()));
    m_pkgObjects.push_back(obj);
}

void Checker::objDecl(Object *obj)
{
    if (obj->m_color == 2)
        return;
    if (obj->m_color == 1) {
        // Met again while being declared: a cycle, unless it is a type (the named type
        // exists already; validType finds invalid recursion) or a function (recursion is fine).
        if (obj->is(ObjectKind::Const) || obj->is(ObjectKind::Var)) {
            cycleError(obj);
            if (!obj->m_type)
                obj->m_type = Universe::get().basic(BasicKind::Invalid);
        }
        return;
    }
    obj->m_color = 1;
    m_objPath.push_back(obj);
    Scope *savedScope = m_scope;
    FuncContext *savedFunc = m_func;
    const int savedIota = m_iota;
    m_scope = m_fileScope;
    m_func = nullptr;
    m_iota = -1;

    const Node *decl = m_declOf.value(obj);
    switch (obj->kind()) {
    case ObjectKind::Const: constDecl(obj, static_cast<const ConstDecl *>(decl)); break;
    case ObjectKind::Var: pkgVarDecl(obj, static_cast<const VarDecl *>(decl)); break;
    case ObjectKind::TypeName: typeDecl(obj, static_cast<const TypeDecl *>(decl)); break;
    case ObjectKind::Func: funcDecl(obj, static_cast<const FuncDecl *>(decl)); break;
    default: break;
    }
    if (!obj->m_type)
        obj->m_type = Universe::get().basic(BasicKind::Invalid);

    m_scope = savedScope;
    m_func = savedFunc;
    m_iota = savedIota;
    m_objPath.pop_back();
    obj->m_color = 2;
}

void Checker::cycleError(Object *obj)
{
    // gc: "invalid cycle in declaration of x" with the cycle, one object a line.
    auto start = std::find(m_objPath.begin(), m_objPath.end(), obj);
    if (start == m_objPath.end())
        return;
    // Constants and variables: gc's initialization cycle report.
    if (start + 1 == m_objPath.end()) {
        error(obj->pos(), QStringLiteral("initialization cycle: %1 refers to itself").arg(obj->name()));
        return;
    }
    QString message = QStringLiteral("initialization cycle for %1").arg(obj->name());
    for (auto it = start; it != m_objPath.end(); ++it)
        message += QStringLiteral("\n\t%1: %2 refers to").arg(posText((*it)->pos()), (*it)->name());
    message += QStringLiteral("\n\t%1: %2").arg(posText(obj->pos()), obj->name());
    error(obj->pos(), message);
}

void Checker::constDecl(Object *obj, const ConstDecl *d)
{
    const ConstSpec spec = m_constSpecs.value(obj);
    Q_UNUSED(d);
    constValue(obj, spec.type, spec.init, spec.iota);
}

void Checker::pkgVarDecl(Object *obj, const VarDecl *d)
{
    if (d->type)
        obj->m_type = typExpr(d->type);
    if (!d->values) {
        if (!d->type)
            obj->m_type = Universe::get().basic(BasicKind::Invalid);
        return;
    }
    const std::vector<const Expr *> values = unpackList(d->values);
    std::vector<Object *> vars;
    for (const Name *n : d->names)
        vars.push_back(m_info->object(n->id));
    if (values.size() != 1 || vars.size() == 1) {
        // One value each (or an arity error, reported when collected): this variable only.
        const auto at = std::size_t(std::find(vars.begin(), vars.end(), obj) - vars.begin());
        if (at >= values.size()) {
            if (!obj->m_type)
                obj->m_type = Universe::get().basic(BasicKind::Invalid);
            return;
        }
        Operand x;
        expr(x, values[at], obj->m_type);
        initVar(obj, x, QStringLiteral("variable declaration"));
        return;
    }
    // n variables, one multi-valued expression: all are declared together.
    for (Object *v : vars) {
        if (v != obj) {
            v->m_color = 1;
            if (d->type)
                v->m_type = obj->m_type;
        }
    }
    initVars(vars, d->values, "variable declaration", nullptr);
    for (Object *v : vars)
        if (v != obj)
            v->m_color = 2;
}

void Checker::typeDecl(Object *obj, const TypeDecl *d)
{
    if (d->alias) {
        obj->m_type = Universe::get().basic(BasicKind::Invalid);
        obj->m_type = typExpr(d->type);
        return;
    }
    Type *named = m_arena->newType(TypeKind::Named);
    named->m_obj = obj;
    obj->m_type = named;
    Type *rhs = typExpr(d->type, named);
    named->m_underlying = rhs->underlying();
    if (named->m_underlying == named)
        named->m_underlying = Universe::get().basic(BasicKind::Invalid);
    validType(named, d->name);
    // The methods declared on this type, in source order.
    for (auto &[m, fd] : m_methodsOf.value(obj->name()))
        objDecl(m);
}

void Checker::funcDecl(Object *obj, const FuncDecl *d)
{
    Scope *scope = m_arena->newScope(m_fileScope, true);
    m_funcScopes.insert(obj, scope);
    Object *recv = nullptr;
    Type *sig = funcType(d->type, d->recv, scope, d->recv ? &recv : nullptr);
    obj->m_type = sig;
    if (d->recv && recv) {
        // The receiver base type must be a type declared in this package, not a pointer or interface.
        Type *rt = recv->type();
        bool pointer = false;
        if (rt->kind() == TypeKind::Pointer) {
            rt = rt->m_elem;
            pointer = true;
        }
        obj->m_pointerRecv = pointer;
        if (rt->isInvalid()) {
            // reported
        } else if (!rt->isNamed() || rt->m_obj->m_pkg != m_pkg) {
            error(recv->pos(), QStringLiteral("cannot define new methods on non-local type %1").arg(typeStr(rt)));
        } else if (rt->underlying()->kind() == TypeKind::Pointer || rt->underlying()->kind() == TypeKind::Interface) {
            error(recv->pos(), QStringLiteral("invalid receiver type %1 (pointer or interface type)").arg(typeStr(rt)));
        } else {
            for (Object *m : rt->m_methods) {
                if (m->name() == obj->name() && obj->name() != QLatin1String("_")) {
                    error(d->name->pos, QStringLiteral("method %1.%2 already declared at %3")
                                            .arg(rt->m_obj->name(), obj->name(), posText(m->pos())));
                    obj = nullptr;
                    break;
                }
            }
            if (obj && rt->underlying()->kind() == TypeKind::Struct) {
                for (Object *f : rt->underlying()->m_fields) {
                    if (f->name() == obj->name()) {
                        error(d->name->pos, QStringLiteral("field and method with the same name %1\n\t%2: other declaration of %1")
                                                .arg(obj->name(), posText(f->pos())));
                        obj = nullptr;
                        break;
                    }
                }
            }
            if (obj)
                rt->m_methods.push_back(obj);
        }
    }
    if (!d->body) {
        if (!m_declarationsOnly)
            error(d->name->pos, QStringLiteral("missing function body"));
        return;
    }
    later([this, sig, d, scope] { funcBody(sig, d->body, scope, nullptr); });
}

void Checker::funcBody(Type *sig, const BlockStmt *body, Scope *scope, const FuncLit *lit)
{
    if (!body)
        return;
    FuncContext ctx;
    ctx.sig = sig;
    ctx.lit = lit;
    ctx.scope = scope;
    ctx.outer = m_func;
    Scope *savedScope = m_scope;
    FuncContext *savedFunc = m_func;
    const int savedIota = m_iota;
    m_func = &ctx;
    m_scope = scope;
    m_iota = -1;

    stmtList(body->list, {});
    if (!sig->m_results->m_fields.empty() && !isTerminatingList(body->list, QString()))
        error(body->rbrace, QStringLiteral("missing return"));
    usage(scope);

    m_scope = savedScope;
    m_func = savedFunc;
    m_iota = savedIota;
}

void Checker::usage(Scope *)
{
    std::vector<Object *> unused;
    for (Object *v : m_func->locals)
        if (!v->m_used && v->name() != QLatin1String("_"))
            unused.push_back(v);
    std::stable_sort(unused.begin(), unused.end(), [](const Object *a, const Object *b) { return a->pos() < b->pos(); });
    for (Object *v : unused)
        error(v->pos(), QStringLiteral("declared and not used: %1").arg(v->name()));
}

void Checker::unusedImports()
{
    for (auto &[pkgName, decl] : m_imports) {
        if (pkgName->m_used)
            continue;
        const QString path = pkgName->m_imported->path();
        const QString quoted = QLatin1Char('"') + path + QLatin1Char('"');
        if (decl->localName && pkgName->name() != pkgName->m_imported->name())
            error(pkgName->pos(), QStringLiteral("%1 imported as %2 and not used").arg(quoted, pkgName->name()));
        else
            error(pkgName->pos(), QStringLiteral("%1 imported and not used").arg(quoted));
    }
}

} // namespace cacophony::go
