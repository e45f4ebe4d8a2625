// Statements: blocks, control flow, labels and branches, go and defer, terminating analysis.
#include "go/types/Checker.h"

#include "go/types/CheckerSupport.h"
#include "go/syntax/SyntaxTree.h"
#include "go/types/Universe.h"

namespace cacophony::go {

using namespace support;

void Checker::openScope(bool function)
{
    m_scope = m_arena->newScope(m_scope, function);
}

void Checker::closeScope()
{
    if (m_scope->parent())
        m_scope = m_scope->parent();
}

void Checker::stmtList(const std::vector<Stmt *> &list, StmtContext ctx)
{
    const bool fallthroughOk = ctx.fallthroughOk;
    StmtContext inner = ctx;
    inner.fallthroughOk = false;
    for (std::size_t i = 0; i < list.size() && !stopped(); ++i) {
        StmtContext c = inner;
        if (fallthroughOk && i + 1 == list.size())
            c.fallthroughOk = true;
        // A fallthrough that is not the case's last statement is out of place.
        if (i + 1 != list.size())
            c.finalCase = false;
        stmt(list[i], c);
    }
}

void Checker::simpleStmt(const Stmt *s)
{
    if (s)
        stmt(s, {});
}

void Checker::stmt(const Stmt *s, StmtContext ctx)
{
    if (!s || stopped())
        return;
    if (++m_depth > 400) {
        --m_depth;
        return;
    }
    const std::size_t mark = m_delayed.size();
    StmtContext inner = ctx;
    inner.fallthroughOk = false;
    switch (s->kind) {
    case NodeKind::EmptyStmt:
        break;
    case NodeKind::LabeledStmt: {
        stmt(static_cast<const LabeledStmt *>(s)->stmt, ctx);
        break;
    }
    case NodeKind::BlockStmt:
        openScope();
        stmtList(static_cast<const BlockStmt *>(s)->list, inner);
        closeScope();
        break;
    case NodeKind::ExprStmt:
        exprStmt(static_cast<const ExprStmt *>(s));
        break;
    case NodeKind::SendStmt:
        sendStmt(static_cast<const SendStmt *>(s));
        break;
    case NodeKind::DeclStmt:
        declStmt(static_cast<const DeclStmt *>(s));
        break;
    case NodeKind::AssignStmt:
        assignStmt(static_cast<const AssignStmt *>(s));
        break;
    case NodeKind::BranchStmt:
        break; // labels, break, continue and fallthrough are checked by the parser, as gc's
    case NodeKind::CallStmt:
        goDeferStmt(static_cast<const CallStmt *>(s));
        break;
    case NodeKind::ReturnStmt:
        returnStmt(static_cast<const ReturnStmt *>(s));
        break;
    case NodeKind::IfStmt:
        ifStmt(static_cast<const IfStmt *>(s), inner);
        break;
    case NodeKind::ForStmt:
        forStmt(static_cast<const ForStmt *>(s), inner);
        break;
    case NodeKind::SwitchStmt:
        switchStmt(static_cast<const SwitchStmt *>(s), inner);
        break;
    case NodeKind::SelectStmt:
        selectStmt(static_cast<const SelectStmt *>(s), inner);
        break;
    default:
        errorAt(s, QStringLiteral("invalid statement"));
        break;
    }
    --m_depth;
    processDelayed(mark); // function literals of this statement, before the scope changes
}

void Checker::exprStmt(const ExprStmt *s)
{
    Operand x;
    const ExprKind kind = rawExpr(x, s->x, nullptr);
    QString message;
    switch (x.mode) {
    case OperandMode::Invalid:
        return;
    case OperandMode::Builtin:
        message = QStringLiteral("must be called");
        break;
    case OperandMode::TypeExpr:
        message = QStringLiteral("is not an expression");
        break;
    default:
        if (kind == ExprKind::Statement)
            return;
        message = QStringLiteral("is not used");
        break;
    }
    errorAt(x.expr, describe(x) + u' ' + message);
}

void Checker::sendStmt(const SendStmt *s)
{
    Operand ch, val;
    expr(ch, s->chan);
    expr(val, s->value);
    if (ch.invalid() || val.invalid())
        return;
    Type *u = ch.type->underlying();
    if (u->kind() != TypeKind::Chan) {
        errorAt(s, QStringLiteral("invalid operation: cannot send to non-channel %1").arg(describe(ch)));
        return;
    }
    if (u->m_dir == ChanDir::RecvOnly) {
        errorAt(s, QStringLiteral("invalid operation: cannot send to receive-only channel %1").arg(describe(ch)));
        return;
    }
    assignment(val, u->m_elem, QStringLiteral("send"));
}

void Checker::goDeferStmt(const CallStmt *s)
{
    const QString keyword = s->tok == Token::Go ? QStringLiteral("go") : QStringLiteral("defer");
    if (!as<CallExpr>(unparen(s->call))) {
        errorAt(s->call, QStringLiteral("expression in %1 must be function call").arg(keyword));
        Operand x;
        rawExpr(x, s->call, nullptr);
        return;
    }
    Operand x;
    const ExprKind kind = rawExpr(x, s->call, nullptr);
    QString message;
    if (kind == ExprKind::Conversion)
        message = QStringLiteral("requires function call, not conversion");
    else if (kind == ExprKind::Expression)
        message = QStringLiteral("discards result of");
    else
        return;
    if (x.invalid())
        return;
    errorAt(s->call, QStringLiteral("%1 %2 %3").arg(keyword, message, describe(x)));
}

void Checker::ifStmt(const IfStmt *s, StmtContext ctx)
{
    openScope();
    simpleStmt(s->init);
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !x.type->isBoolean())
        errorAt(s->cond, QStringLiteral("non-boolean condition in if statement"));
    stmt(s->then, ctx);
    stmt(s->elseStmt, ctx);
    closeScope();
}

void Checker::forStmt(const ForStmt *s, StmtContext ctx)
{
    openScope();
    StmtContext inner = ctx;
    inner.breakOk = inner.continueOk = true;
    inner.finalCase = inner.inTypeSwitch = false;
    if (const auto *rc = as<RangeClause>(s->init)) {
        rangeStmt(s, rc, inner);
    } else {
        simpleStmt(s->init);
        // Loop variables: one per iteration since Go 1.22, one per loop before.
        if (const auto *a = as<AssignStmt>(s->init); a && a->op == Operator::Def)
            for (const Expr *l : unpackList(a->lhs))
                if (Object *v = as<Name>(l) ? m_info->object(l->id) : nullptr; v && v->is(ObjectKind::Var))
                    v->m_perIteration = m_info->perIterationLoopVars();
        if (s->cond) {
            Operand x;
            expr(x, s->cond);
            if (!x.invalid() && !x.type->isBoolean())
                errorAt(s->cond, QStringLiteral("non-boolean condition in for statement"));
        }
        simpleStmt(s->post);
        stmt(s->body, inner);
    }
    closeScope();
}

void Checker::rangeStmt(const ForStmt *s, const RangeClause *rc, StmtContext ctx)
{
    Operand x;
    expr(x, rc->x);
    std::vector<const Expr *> lhs = unpackList(rc->lhs);
    Type *key = nullptr;
    Type *val = nullptr;
    if (!x.invalid()) {
        Type *u = x.type->underlying();
        QString cause;
        bool ok = true;
        if (u->kind() == TypeKind::Pointer && u->m_elem->underlying()->kind() == TypeKind::Array)
            u = u->m_elem->underlying();
        switch (u->kind()) {
        case TypeKind::Basic:
            if (x.type->isString()) {
                key = Universe::get().basic(BasicKind::Int);
                val = Universe::get().runeType();
            } else if (x.type->isInteger()) {
                if (!m_tree.file()->goVersion.atLeast(1, 22)) {
                    ok = false;
                    cause = QStringLiteral("requires go1.22 or later");
                } else {
                    if (x.type->isUntyped())
                        convertUntyped(x, Universe::get().basic(BasicKind::Int));
                    key = x.type;
                }
            } else {
                ok = false;
            }
            break;
        case TypeKind::Array:
        case TypeKind::Slice:
            key = Universe::get().basic(BasicKind::Int);
            val = u->m_elem;
            break;
        case TypeKind::Map:
            key = u->m_key;
            val = u->m_elem;
            break;
        case TypeKind::Chan:
            key = u->m_elem;
            if (u->m_dir == ChanDir::SendOnly) {
                ok = false;
                cause = QStringLiteral("receive from send-only channel");
            }
            break;
        default:
            ok = false;
            break;
        }
        if (!ok) {
            errorAt(x.expr, cause.isEmpty() ? QStringLiteral("cannot range over %1").arg(describe(x))
                                            : QStringLiteral("cannot range over %1: %2").arg(describe(x), cause));
            key = val = nullptr;
        } else if (lhs.size() > 1 && !val) {
            errorAt(lhs[1], QStringLiteral("range over %1 permits only one iteration variable").arg(describe(x)));
        } else if (lhs.size() > 2) {
            errorAt(lhs[2], QStringLiteral("range clause permits at most two iteration variables"));
        }
    }
    Type *rhs[2] = {key, val};
    if (rc->def) {
        std::vector<std::pair<const Name *, Object *>> vars;
        for (std::size_t i = 0; i < lhs.size() && i < 2; ++i) {
            const auto *n = as<Name>(lhs[i]);
            Object *obj = m_arena->newObject(ObjectKind::Var, n ? qs(n->value) : QStringLiteral("_"), nullptr, lhs[i]->pos);
            obj->m_pkg = m_pkg;
            obj->m_perIteration = m_info->perIterationLoopVars();
            if (!n)
                errorAt(lhs[i], QStringLiteral("non-name %1 on left side of :=").arg(str(lhs[i])));
            else
                m_info->setObject(n->id, obj);
            if (rhs[i]) {
                Operand v;
                v.mode = OperandMode::Value;
                v.expr = lhs[i];
                v.type = rhs[i];
                initVar(obj, v, QStringLiteral("range clause"));
            } else {
                obj->m_type = invalidType();
                obj->m_used = true;
            }
            if (n)
                vars.push_back({n, obj});
        }
        for (auto &[n, obj] : vars)
            declareLocal(m_scope, n, obj);
    } else {
        for (std::size_t i = 0; i < lhs.size() && i < 2; ++i) {
            if (!rhs[i])
                continue;
            Operand v;
            v.mode = OperandMode::Value;
            v.expr = lhs[i];
            v.type = rhs[i];
            assignVar(lhs[i], v, QStringLiteral("range clause"));
        }
    }
    stmt(s->body, ctx);
}

void Checker::caseValues(Operand &x, const Expr *cases, std::vector<Operand> &seen)
{
    for (const Expr *e : unpackList(cases)) {
        Operand v;
        expr(v, e);
        if (x.invalid() || v.invalid())
            continue;
        convertUntyped(v, x.type);
        if (v.invalid())
            continue;
        Operand res = v;
        comparison(res, x, Operator::Eql, true);
        if (res.invalid() || !v.isConstant())
            continue;
        for (const Operand &other : seen) {
            if (other.value == v.value && identical(other.type, v.type)) {
                errorAt(e, QStringLiteral("duplicate case %1 in expression switch\n\t%2: previous case")
                               .arg(describe(v), posText(other.expr->span.begin)));
                break;
            }
        }
        seen.push_back(v);
    }
}

void Checker::switchStmt(const SwitchStmt *s, StmtContext ctx)
{
    openScope();
    simpleStmt(s->init);
    StmtContext inner = ctx;
    inner.breakOk = true;
    const CaseClause *firstDefault = nullptr;
    for (const CaseClause *c : s->body) {
        if (c && !c->cases) {
            if (firstDefault)
                errorAt(c, QStringLiteral("multiple defaults (first at %1)").arg(posText(firstDefault->pos)));
            else
                firstDefault = c;
        }
    }
    if (const auto *g = as<TypeSwitchGuard>(s->tag)) {
        inner.inTypeSwitch = true;
        typeSwitchStmt(s, g, inner);
    } else {
        Operand x;
        if (s->tag) {
            expr(x, s->tag);
            assignment(x, nullptr, QStringLiteral("switch expression"));
            if (!x.invalid() && !comparable(x.type) && !hasNil(x.type)) {
                errorAt(x.expr, QStringLiteral("cannot switch on %1 (%2 is not comparable)").arg(describe(x), typeStr(x.type)));
                x.mode = OperandMode::Invalid;
            }
        } else {
            x.mode = OperandMode::Constant;
            x.type = Universe::get().basic(BasicKind::Bool);
            x.value = Constant::makeBool(true);
            x.expr = nullptr;
        }
        std::vector<Operand> seen;
        for (std::size_t i = 0; i < s->body.size(); ++i) {
            const CaseClause *c = s->body[i];
            if (!c)
                continue;
            StmtContext cc = inner;
            cc.fallthroughOk = i + 1 < s->body.size();
            cc.finalCase = i + 1 == s->body.size();
            caseValues(x, c->cases, seen);
            openScope();
            stmtList(c->body, cc);
            closeScope();
        }
    }
    closeScope();
}

void Checker::typeSwitchStmt(const SwitchStmt *s, const TypeSwitchGuard *g, StmtContext ctx)
{
    const Name *lhs = g->lhs;
    if (lhs && lhs->value == "_") {
        errorAt(lhs, QStringLiteral("no new variable on left side of :="));
        lhs = nullptr;
    }
    Operand x;
    expr(x, g->x);
    Operand *sx = nullptr;
    if (!x.invalid()) {
        if (x.type->isInterface())
            sx = &x;
        else
            errorAt(x.expr, QStringLiteral("%1 is not an interface").arg(describe(x)));
    }
    std::vector<Object *> lhsVars;
    std::vector<std::pair<Type *, const Expr *>> seen; // null type: the nil case
    for (const CaseClause *c : s->body) {
        if (!c)
            continue;
        const std::vector<const Expr *> cases = unpackList(c->cases);
        Type *t = nullptr;
        for (const Expr *e : cases) {
            const Expr *u = unparen(e);
            const auto *n = as<Name>(u);
            const bool isNil = n && n->value == "nil" && m_scope->lookupParent(QStringLiteral("nil")) == Universe::get().nil();
            if (isNil) {
                Operand dummy;
                expr(dummy, e);
                t = nullptr;
            } else {
                t = typExpr(e);
                if (t->isInvalid())
                    continue;
            }
            bool duplicate = false;
            for (auto &[other, at] : seen) {
                if ((!t && !other) || (t && other && identical(t, other))) {
                    errorAt(e, QStringLiteral("duplicate case %1 in type switch\n\t%2: previous case")
                                   .arg(t ? typeStr(t) : QStringLiteral("nil"), posText(at->span.begin)));
                    duplicate = true;
                    break;
                }
            }
            if (duplicate)
                continue;
            seen.push_back({t, e});
            if (sx && t && !t->isInterface()) {
                const QString why = missingMethod(t, sx->type);
                if (!why.isEmpty())
                    errorAt(e, QStringLiteral("impossible type switch case: %1\n\t%2 cannot have dynamic type %3 (%4)")
                                   .arg(str(e), describe(*sx), typeStr(t), why));
            }
        }
        openScope();
        if (lhs) {
            Type *vt = (cases.size() == 1 && t) ? t : (sx ? sx->type : invalidType());
            Object *obj = m_arena->newObject(ObjectKind::Var, qs(lhs->value), vt, lhs->pos);
            obj->m_pkg = m_pkg;
            m_scope->insert(obj);
            m_info->setImplicit(c->id, obj);
            lhsVars.push_back(obj);
        }
        stmtList(c->body, ctx);
        closeScope();
    }
    if (lhs) {
        bool used = false;
        for (Object *v : lhsVars)
            used = used || v->m_used;
        if (!used)
            errorAt(lhs, QStringLiteral("declared and not used: %1").arg(qs(lhs->value)));
    }
}

void Checker::selectStmt(const SelectStmt *s, StmtContext ctx)
{
    StmtContext inner = ctx;
    inner.breakOk = true;
    const CommClause *firstDefault = nullptr;
    for (const CommClause *c : s->body) {
        if (!c)
            continue;
        if (!c->comm) {
            if (firstDefault)
                errorAt(c, QStringLiteral("multiple defaults (first at %1)").arg(posText(firstDefault->pos)));
            else
                firstDefault = c;
        }
        bool valid = !c->comm || c->comm->kind == NodeKind::SendStmt;
        const Expr *rhs = nullptr;
        if (const auto *a = as<AssignStmt>(c->comm); a && !as<ListExpr>(a->rhs))
            rhs = a->rhs;
        else if (const auto *e = as<ExprStmt>(c->comm))
            rhs = e->x;
        if (rhs) {
            const auto *op = as<Operation>(unparen(rhs));
            valid = op && !op->y && op->op == Operator::Recv;
        }
        if (!valid) {
            errorAt(c->comm, QStringLiteral("select case must be receive, send or assign recv"));
            continue;
        }
        openScope();
        if (c->comm)
            stmt(c->comm, inner);
        stmtList(c->body, inner);
        closeScope();
    }
}

bool Checker::isTerminating(const Stmt *s, const QString &label) const
{
    if (!s)
        return false;
    switch (s->kind) {
    case NodeKind::LabeledStmt: {
        const auto *l = static_cast<const LabeledStmt *>(s);
        return isTerminating(l->stmt, l->label ? qs(l->label->value) : QString());
    }
    case NodeKind::ExprStmt: {
        const auto *call = as<CallExpr>(unparen(static_cast<const ExprStmt *>(s)->x));
        if (!call)
            return false;
        const auto *fn = as<Name>(unparen(call->fun));
        const Object *obj = fn ? m_info->object(fn->id) : nullptr;
        return obj && obj->is(ObjectKind::Builtin) && obj->m_builtin == BuiltinId::Panic;
    }
    case NodeKind::ReturnStmt:
        return true;
    case NodeKind::BranchStmt:
        return static_cast<const BranchStmt *>(s)->tok == Token::Fallthrough;
    case NodeKind::BlockStmt:
        return isTerminatingList(static_cast<const BlockStmt *>(s)->list, QString());
    case NodeKind::IfStmt: {
        const auto *i = static_cast<const IfStmt *>(s);
        return i->elseStmt && isTerminating(i->then, QString()) && isTerminating(i->elseStmt, QString());
    }
    case NodeKind::SwitchStmt: {
        bool hasDefault = false;
        for (const CaseClause *c : static_cast<const SwitchStmt *>(s)->body) {
            if (!c)
                return false;
            hasDefault = hasDefault || !c->cases;
            if (!isTerminatingList(c->body, QString()))
                return false;
            for (const Stmt *b : c->body)
                if (hasBreak(b, label, true))
                    return false;
        }
        return hasDefault;
    }
    case NodeKind::SelectStmt:
        for (const CommClause *c : static_cast<const SelectStmt *>(s)->body) {
            if (!c || !isTerminatingList(c->body, QString()))
                return false;
            for (const Stmt *b : c->body)
                if (hasBreak(b, label, true))
                    return false;
        }
        return true;
    case NodeKind::ForStmt: {
        const auto *f = static_cast<const ForStmt *>(s);
        return !as<RangeClause>(f->init) && !f->cond && !hasBreak(f->body, label, true);
    }
    default:
        return false;
    }
}

bool Checker::isTerminatingList(const std::vector<Stmt *> &list, const QString &label) const
{
    for (auto it = list.rbegin(); it != list.rend(); ++it)
        if (*it && (*it)->kind != NodeKind::EmptyStmt)
            return isTerminating(*it, label);
    return false;
}

bool Checker::hasBreak(const Stmt *s, const QString &label, bool implicit) const
{
    if (!s)
        return false;
    auto list = [&](const std::vector<Stmt *> &l, bool imp) {
        for (const Stmt *b : l)
            if (hasBreak(b, label, imp))
                return true;
        return false;
    };
    switch (s->kind) {
    case NodeKind::LabeledStmt:
        return hasBreak(static_cast<const LabeledStmt *>(s)->stmt, label, implicit);
    case NodeKind::BranchStmt: {
        const auto *b = static_cast<const BranchStmt *>(s);
        if (b->tok != Token::Break)
            return false;
        return b->label ? qs(b->label->value) == label : implicit;
    }
    case NodeKind::BlockStmt:
        return list(static_cast<const BlockStmt *>(s)->list, implicit);
    case NodeKind::IfStmt: {
        const auto *i = static_cast<const IfStmt *>(s);
        return hasBreak(i->then, label, implicit) || hasBreak(i->elseStmt, label, implicit);
    }
    case NodeKind::SwitchStmt:
        if (label.isEmpty())
            return false;
        for (const CaseClause *c : static_cast<const SwitchStmt *>(s)->body)
            if (c && list(c->body, false))
                return true;
        return false;
    case NodeKind::SelectStmt:
        if (label.isEmpty())
            return false;
        for (const CommClause *c : static_cast<const SelectStmt *>(s)->body)
            if (c && list(c->body, false))
                return true;
        return false;
    case NodeKind::ForStmt:
        return !label.isEmpty() && hasBreak(static_cast<const ForStmt *>(s)->body, label, false);
    default:
        return false;
    }
}

} // namespace cacophony::go
