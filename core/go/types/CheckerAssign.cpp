// Assignments, variable and constant declarations, short variable declarations, returns.
#include "go/types/Checker.h"

#include "go/types/CheckerSupport.h"
#include "go/types/Universe.h"

#include <QSet>

namespace cacophony::go {

using namespace support;

namespace {

QString measure(std::size_t n, const char *unit)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(unit)).arg(n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

std::vector<const Expr *> Checker::unpackList(const Expr *e)
{
    if (!e)
        return {};
    if (const auto *l = as<ListExpr>(e))
        return {l->elems.begin(), l->elems.end()};
    return {e};
}

void Checker::declareLocal(Scope *scope, const Name *name, Object *obj)
{
    obj->m_pkg = m_pkg;
    m_info->setObject(name->id, obj);
    if (Object *alt = scope->insert(obj)) {
        error(name->pos, QStringLiteral("%1 redeclared in this block\n\t%2: other declaration of %1")
                             .arg(obj->name(), posText(alt->pos())));
        return;
    }
    if (obj->is(ObjectKind::Var) && m_func && !obj->m_used)
        m_func->locals.push_back(obj);
}

void Checker::assignError(const std::vector<const Expr *> &rhs, std::size_t nvars, std::size_t nvals)
{
    const QString vars = measure(nvars, "variable");
    const QString vals = measure(nvals, "value");
    const Expr *rhs0 = rhs.front();
    if (rhs.size() == 1) {
        if (const auto *call = as<CallExpr>(unparen(rhs0))) {
            errorAt(rhs0, QStringLiteral("assignment mismatch: %1 but %2() returns %3").arg(vars, str(call->fun), vals));
            return;
        }
    }
    errorAt(rhs0, QStringLiteral("assignment mismatch: %1 but %2").arg(vars, vals));
}

void Checker::returnError(const Node *at, const std::vector<Operand> &have, Type *results)
{
    const std::size_t l = results->m_fields.size();
    const std::size_t r = have.size();
    QString qualifier = QStringLiteral("not enough");
    if (r > l) {
        at = have[l].expr;
        qualifier = QStringLiteral("too many");
    } else if (r > 0) {
        at = have[r - 1].expr;
    }
    std::vector<Type *> want;
    for (Object *v : results->m_fields)
        want.push_back(v->type());
    errorAt(at, QStringLiteral("%1 return values\n\thave %2\n\twant %3").arg(qualifier, argSummary(have), typesSummary(want, false)));
}

void Checker::initVar(Object *var, Operand &x, const QString &context)
{
    // A variable whose initialization failed counts as used: no follow-on "declared and not used".
    if (x.invalid() || x.type->isInvalid() || (var->m_type && var->m_type->isInvalid())) {
        if (!var->m_type)
            var->m_type = invalidType();
        var->m_used = true;
        x.mode = OperandMode::Invalid;
        return;
    }
    if (!var->m_type) {
        Type *t = x.type;
        if (t->isUntyped()) {
            if (x.isNil()) {
                errorAt(x.expr, QStringLiteral("use of untyped nil in %1").arg(context));
                var->m_type = invalidType();
                var->m_used = true;
                x.mode = OperandMode::Invalid;
                return;
            }
            t = defaultType(t);
        }
        var->m_type = t;
    }
    assignment(x, var->m_type, context);
    if (x.invalid())
        var->m_used = true;
}

void Checker::initVars(const std::vector<Object *> &vars, const Expr *rhsExpr, const char *context, const Node *returnStmt)
{
    const QString ctx = QString::fromLatin1(context);
    const std::vector<const Expr *> rhs = unpackList(rhsExpr);
    const std::size_t l = vars.size();
    std::size_t r = rhs.size();
    const bool isCall = r == 1 && as<CallExpr>(unparen(rhs.front()));
    auto invalidate = [&] {
        for (Object *v : vars) {
            v->m_used = true; // no follow-on "declared and not used"
            if (!v->m_type)
                v->m_type = invalidType();
        }
    };
    if (l == r && !isCall) {
        for (std::size_t i = 0; i < l; ++i) {
            Operand x;
            expr(x, rhs[i], vars[i]->m_type);
            initVar(vars[i], x, ctx);
        }
        return;
    }
    if (r != 1) {
        bool ok = true;
        std::vector<Operand> have;
        for (const Expr *e : rhs) {
            Operand x;
            rawExpr(x, e, nullptr);
            ok = ok && !x.invalid();
            have.push_back(x);
        }
        if (ok) {
            if (returnStmt)
                returnError(returnStmt, have, m_func->sig->m_results);
            else if (r > 0)
                assignError(rhs, l, r);
        }
        invalidate();
        return;
    }
    std::vector<Operand> list;
    multiExpr(list, rhs.front());
    if (l == 2 && !returnStmt && list.size() == 1
        && (list[0].mode == OperandMode::CommaOk || list[0].mode == OperandMode::MapIndex)) {
        Operand ok;
        ok.mode = OperandMode::Value;
        ok.expr = rhs.front();
        ok.type = Universe::get().basic(BasicKind::UntypedBool);
        list[0].mode = OperandMode::Value;
        list.push_back(ok);
    }
    r = list.size();
    if (l == r) {
        for (std::size_t i = 0; i < l; ++i)
            initVar(vars[i], list[i], ctx);
        return;
    }
    if (!list.front().invalid()) {
        if (returnStmt)
            returnError(returnStmt, list, m_func->sig->m_results);
        else
            assignError(rhs, l, r);
    }
    invalidate();
}

Type *Checker::lhsVar(const Expr *lhs)
{
    const auto *ident = as<Name>(unparen(lhs));
    if (ident && ident->value == "_") {
        m_info->setObject(ident->id, nullptr);
        return nullptr;
    }
    // Assigning to a variable is not a use of it.
    Object *v = nullptr;
    bool wasUsed = false;
    if (ident) {
        Object *obj = m_scope->lookupParent(qs(ident->value));
        if (obj && obj->is(ObjectKind::Var) && obj->m_pkg == m_pkg) {
            v = obj;
            wasUsed = v->m_used;
        }
    }
    Operand x;
    expr(x, lhs);
    if (v)
        v->m_used = wasUsed;
    if (x.invalid())
        return invalidType();
    if (x.mode != OperandMode::Variable && x.mode != OperandMode::MapIndex) {
        if (const auto *sel = as<SelectorExpr>(unparen(x.expr))) {
            Operand base;
            expr(base, sel->x);
            if (base.mode == OperandMode::MapIndex) {
                errorAt(x.expr, QStringLiteral("cannot assign to struct field %1 in map").arg(str(x.expr)));
                return invalidType();
            }
        }
        errorAt(x.expr, QStringLiteral("cannot assign to %1").arg(describe(x)));
        return invalidType();
    }
    return x.type;
}

void Checker::assignVar(const Expr *lhs, Operand &x, const QString &context)
{
    Type *t = lhsVar(lhs);
    if (t && t->isInvalid()) {
        x.mode = OperandMode::Invalid;
        return;
    }
    QString ctx = context;
    if (!t && context == QLatin1String("assignment"))
        ctx = QStringLiteral("assignment to _ identifier");
    assignment(x, t, ctx);
}

void Checker::assignVars(const std::vector<const Expr *> &lhs, const Expr *rhsExpr)
{
    const std::vector<const Expr *> rhs = unpackList(rhsExpr);
    const std::size_t l = lhs.size();
    std::size_t r = rhs.size();
    const bool isCall = r == 1 && as<CallExpr>(unparen(rhs.front()));
    if (l == r && !isCall) {
        for (std::size_t i = 0; i < l; ++i) {
            Type *t = lhsVar(lhs[i]);
            Operand x;
            expr(x, rhs[i], t);
            if (t && t->isInvalid())
                continue;
            assignment(x, t, t ? QStringLiteral("assignment") : QStringLiteral("assignment to _ identifier"));
        }
        return;
    }
    if (r != 1) {
        bool ok = true;
        for (const Expr *e : lhs)
            ok = !(lhsVar(e) && lhsVar(e)->isInvalid()) && ok;
        for (const Expr *e : rhs) {
            Operand x;
            rawExpr(x, e, nullptr);
            ok = ok && !x.invalid();
        }
        if (ok)
            assignError(rhs, l, r);
        return;
    }
    std::vector<Operand> list;
    multiExpr(list, rhs.front());
    if (l == 2 && list.size() == 1 && (list[0].mode == OperandMode::CommaOk || list[0].mode == OperandMode::MapIndex)) {
        Operand ok;
        ok.mode = OperandMode::Value;
        ok.expr = rhs.front();
        ok.type = Universe::get().basic(BasicKind::UntypedBool);
        list[0].mode = OperandMode::Value;
        list.push_back(ok);
    }
    r = list.size();
    if (l == r) {
        for (std::size_t i = 0; i < l; ++i)
            assignVar(lhs[i], list[i], QStringLiteral("assignment"));
        return;
    }
    if (!list.front().invalid())
        assignError(rhs, l, r);
    for (const Expr *e : lhs)
        lhsVar(e);
}

void Checker::assignStmt(const AssignStmt *s)
{
    const std::vector<const Expr *> lhs = unpackList(s->lhs);
    if (!s->rhs) { // x++ or x--
        Operand x;
        expr(x, s->lhs);
        if (x.invalid())
            return;
        if (!x.type->isNumeric()) {
            const QString op = s->op == Operator::Add ? QStringLiteral("++") : QStringLiteral("--");
            errorAt(s->lhs, QStringLiteral("invalid operation: %1%2 (non-numeric type %3)").arg(str(s->lhs), op, typeStr(x.type)));
            return;
        }
        assignVar(s->lhs, x, QStringLiteral("assignment"));
        return;
    }
    if (s->op == Operator::Def) {
        shortVarDecl(s, lhs, s->rhs);
        return;
    }
    if (s->op != Operator::None) {
        const std::vector<const Expr *> rhs = unpackList(s->rhs);
        if (lhs.size() != 1 || rhs.size() != 1) {
            errorAt(s, QStringLiteral("assignment operation %1= requires single-valued expressions")
                           .arg(QString::fromLatin1(operatorText(s->op).data(), qsizetype(operatorText(s->op).size()))));
            return;
        }
        Operand x;
        binary(x, nullptr, lhs.front(), rhs.front(), s->op, s->pos);
        if (x.invalid())
            return;
        assignVar(lhs.front(), x, QStringLiteral("assignment"));
        return;
    }
    assignVars(lhs, s->rhs);
}

void Checker::shortVarDecl(const AssignStmt *s, const std::vector<const Expr *> &lhs, const Expr *rhs)
{
    QSet<QString> seen;
    std::vector<Object *> lhsVars(lhs.size(), nullptr);
    std::vector<std::pair<const Name *, Object *>> newVars;
    bool hasErr = false;
    for (std::size_t i = 0; i < lhs.size(); ++i) {
        const auto *ident = as<Name>(lhs[i]);
        if (!ident) {
            Operand x;
            rawExpr(x, lhs[i], nullptr);
            errorAt(lhs[i], QStringLiteral("non-name %1 on left side of :=").arg(str(lhs[i])));
            hasErr = true;
            continue;
        }
        const QString name = qs(ident->value);
        if (name != QLatin1String("_")) {
            if (seen.contains(name)) {
                errorAt(lhs[i], QStringLiteral("%1 repeated on left side of :=").arg(name));
                hasErr = true;
                continue;
            }
            seen.insert(name);
        }
        if (Object *alt = m_scope->lookup(name)) {
            m_info->setObject(ident->id, alt);
            if (alt->is(ObjectKind::Var)) {
                lhsVars[i] = alt;
            } else {
                errorAt(lhs[i], QStringLiteral("cannot assign to %1").arg(name));
                hasErr = true;
            }
            continue;
        }
        Object *obj = m_arena->newObject(ObjectKind::Var, name, nullptr, ident->pos);
        obj->m_pkg = m_pkg;
        lhsVars[i] = obj;
        m_info->setObject(ident->id, obj);
        if (name != QLatin1String("_"))
            newVars.push_back({ident, obj});
    }
    for (std::size_t i = 0; i < lhsVars.size(); ++i)
        if (!lhsVars[i])
            lhsVars[i] = m_arena->newObject(ObjectKind::Var, QStringLiteral("_"), nullptr, lhs[i]->pos);
    initVars(lhsVars, rhs, "assignment", nullptr);
    if (newVars.empty() && !hasErr) {
        error(s->pos, QStringLiteral("no new variables on left side of :="));
        return;
    }
    for (auto &[ident, obj] : newVars)
        declareLocal(m_scope, ident, obj);
}

void Checker::localVarDecl(const VarDecl *d)
{
    std::vector<Object *> vars;
    for (const Name *n : d->names) {
        Object *v = m_arena->newObject(ObjectKind::Var, qs(n->value), nullptr, n->pos);
        v->m_pkg = m_pkg;
        m_info->setObject(n->id, v);
        vars.push_back(v);
    }
    Type *t = d->type ? typExpr(d->type) : nullptr;
    for (Object *v : vars)
        v->m_type = t;
    const std::vector<const Expr *> values = unpackList(d->values);
    const std::size_t l = vars.size(), r = values.size();
    if (d->values && l < r)
        errorAt(values[l], QStringLiteral("extra init expr"));
    else if (d->values && l > r && r != 1)
        errorAt(d->names[r], QStringLiteral("missing init expr for %1").arg(vars[r]->name()));
    if (d->values && r == 1 && l > 1) {
        initVars(vars, d->values, "assignment", nullptr); // one multi-valued expression
    } else {
        for (std::size_t i = 0; i < l; ++i) {
            if (i >= r) {
                if (!vars[i]->m_type)
                    vars[i]->m_type = invalidType();
                continue;
            }
            Operand x;
            expr(x, values[i], t);
            initVar(vars[i], x, QStringLiteral("variable declaration"));
        }
    }
    processDelayed(m_delayed.size()); // nothing pending belongs to the new scope
    for (std::size_t i = 0; i < vars.size(); ++i)
        declareLocal(m_scope, d->names[i], vars[i]);
}

void Checker::constValue(Object *obj, const Expr *typeExpr, const Expr *init, int iota)
{
    const int savedIota = m_iota;
    m_iota = iota;
    Type *t = nullptr;
    if (typeExpr) {
        t = typExpr(typeExpr);
        if (!t->isInvalid() && !t->isConstType()) {
            errorAt(typeExpr, QStringLiteral("invalid constant type %1").arg(typeStr(t)));
            t = invalidType();
        }
        obj->m_type = t;
    }
    Operand x;
    if (init)
        expr(x, init, t);
    m_iota = savedIota;
    if (!init || x.invalid() || (t && t->isInvalid())) {
        obj->m_type = invalidType();
        return;
    }
    if (!x.isConstant()) {
        errorAt(x.expr, QStringLiteral("%1 is not constant").arg(describe(x)));
        obj->m_type = invalidType();
        return;
    }
    if (!obj->m_type)
        obj->m_type = x.type;
    assignment(x, obj->m_type, QStringLiteral("constant declaration"));
    if (x.invalid()) {
        obj->m_type = invalidType();
        return;
    }
    obj->m_value = x.value;
}

void Checker::localConstDecl(const ConstDecl *d, const ConstDecl *&lastWithValues)
{
    if (d->values || d->type || !lastWithValues || lastWithValues->group != d->group || d->group == 0)
        lastWithValues = d;
    const std::vector<const Expr *> values = unpackList(lastWithValues->values);
    std::vector<Object *> objs;
    for (std::size_t i = 0; i < d->names.size(); ++i) {
        Object *obj = m_arena->newObject(ObjectKind::Const, qs(d->names[i]->value), nullptr, d->names[i]->pos);
        obj->m_pkg = m_pkg;
        constValue(obj, lastWithValues->type, i < values.size() ? values[i] : nullptr, d->iota);
        objs.push_back(obj);
    }
    if (lastWithValues == d && values.size() < d->names.size() && !d->names.empty())
        errorAt(d->names[values.size()], QStringLiteral("missing init expr for const declaration"));
    else if (lastWithValues == d && values.size() > d->names.size())
        errorAt(values[d->names.size()], QStringLiteral("extra init expr"));
    for (std::size_t i = 0; i < objs.size(); ++i)
        declareLocal(m_scope, d->names[i], objs[i]);
}

void Checker::declStmt(const DeclStmt *s)
{
    const ConstDecl *lastWithValues = nullptr;
    for (const Decl *d : s->decls) {
        if (!d)
            continue;
        switch (d->kind) {
        case NodeKind::VarDecl:
            localVarDecl(static_cast<const VarDecl *>(d));
            break;
        case NodeKind::ConstDecl:
            localConstDecl(static_cast<const ConstDecl *>(d), lastWithValues);
            break;
        case NodeKind::TypeDecl: {
            const auto *td = static_cast<const TypeDecl *>(d);
            if (!td->name)
                break;
            Object *obj = m_arena->newObject(ObjectKind::TypeName, qs(td->name->value), nullptr, td->name->pos);
            obj->m_pkg = m_pkg;
            if (td->alias) {
                obj->m_type = typExpr(td->type);
                declareLocal(m_scope, td->name, obj);
                break;
            }
            Type *named = m_arena->newType(TypeKind::Named);
            named->m_obj = obj;
            obj->m_type = named;
            declareLocal(m_scope, td->name, obj); // in scope for its own definition
            Type *rhs = typExpr(td->type, named);
            named->m_underlying = rhs->underlying() == named ? invalidType() : rhs->underlying();
            validType(named, td->name);
            break;
        }
        default:
            break;
        }
    }
}

void Checker::returnStmt(const ReturnStmt *s)
{
    if (!m_func)
        return;
    Type *results = m_func->sig->m_results;
    const std::vector<const Expr *> values = unpackList(s->results);
    if (values.empty() && !results->m_fields.empty() && !results->m_fields.front()->name().isEmpty()) {
        for (Object *r : results->m_fields) {
            Object *alt = m_scope->lookupParent(r->name());
            if (alt && alt != r) {
                errorAt(s, QStringLiteral("result parameter %1 not in scope at return\n\t%2: inner declaration of %1")
                               .arg(r->name(), posText(alt->pos())));
            }
        }
        return;
    }
    if (values.empty() && results->m_fields.empty())
        return;
    if (values.empty()) {
        returnError(s, {}, results);
        return;
    }
    initVars(results->m_fields, s->results, "return statement", s);
}

} // namespace cacophony::go
