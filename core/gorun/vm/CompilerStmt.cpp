#include "gorun/vm/Compiler.h"

#include "go/types/Arena.h"
#include "go/types/TypeInfo.h"
#include "go/types/Universe.h"

namespace cacophony::gorun {

using namespace go;

void Compiler::block(const std::vector<Stmt *> &stmts)
{
    for (const Stmt *s : stmts)
        stmt(s);
}

void Compiler::stmt(const Stmt *s)
{
    m_pos = s->pos;
    switch (s->kind) {
    case NodeKind::EmptyStmt:
        return;
    case NodeKind::LabeledStmt:
        return stmt(static_cast<const LabeledStmt *>(s)->stmt);
    case NodeKind::BlockStmt:
        return block(static_cast<const BlockStmt *>(s)->list);
    case NodeKind::ExprStmt: {
        const Expr *x = static_cast<const ExprStmt *>(s)->x;
        while (const auto *p = as<ParenExpr>(x))
            x = p->x;
        if (const auto *c = as<CallExpr>(x)) {
            const go::Type *t = type(c);
            const int n = !t ? 0 : t->kind() == TypeKind::Tuple ? int(t->m_fields.size()) : 1;
            call(c, reg(std::max(n, 1)), n);
        } else {
            expr(x);
        }
        return;
    }
    case NodeKind::DeclStmt:
        for (const Decl *d : static_cast<const DeclStmt *>(s)->decls)
            if (const auto *vd = as<VarDecl>(d))
                varDecl(vd);
        return;
    case NodeKind::AssignStmt: {
        const auto *a = static_cast<const AssignStmt *>(s);
        if (!a->rhs)
            return incDec(a);
        if (a->op == Operator::Def)
            return define(a->lhs, a->rhs, true);
        if (a->op == Operator::None)
            return define(a->lhs, a->rhs, false);
        return assign(a);
    }
    case NodeKind::BranchStmt:
        return branch(static_cast<const BranchStmt *>(s));
    case NodeKind::CallStmt:
        return callStmt(static_cast<const CallStmt *>(s));
    case NodeKind::ReturnStmt:
        return returnStmt(static_cast<const ReturnStmt *>(s));
    case NodeKind::IfStmt:
        return ifStmt(static_cast<const IfStmt *>(s));
    case NodeKind::ForStmt:
        return forStmt(static_cast<const ForStmt *>(s));
    case NodeKind::SwitchStmt:
        return switchStmt(static_cast<const SwitchStmt *>(s));
    case NodeKind::SelectStmt:
        return selectStmt(static_cast<const SelectStmt *>(s));
    case NodeKind::SendStmt: {
        const auto *send = static_cast<const SendStmt *>(s);
        const int ch = expr(send->chan);
        const int v = exprAs(send->value, type(send->chan)->underlying()->m_elem);
        add(Op::Send, ch, v);
        return;
    }
    default:
        throw FatalError{"statement not supported by the runtime yet"};
    }
}

void Compiler::incDec(const AssignStmt *s)
{
    Operation op;
    op.op = s->op;
    const go::Type *t = type(s->lhs);
    const int x = expr(s->lhs), r = reg();
    if (t->isFloat()) {
        const int one = loadK(fromFloat(1.0));
        add(s->op == Operator::Add ? Op::AddF : Op::SubF, r, x, one);
    } else {
        const int one = loadK(1);
        add(s->op == Operator::Add ? Op::AddI : Op::SubI, r, x, one);
        wrap(r, t);
    }
    store(s->lhs, r, true);
}

void Compiler::assign(const AssignStmt *s)
{
    // x op= y as x = x op y (the operands of x are evaluated twice).
    Operation op;
    op.op = s->op;
    op.x = s->lhs;
    op.y = s->rhs;
    op.pos = s->pos;
    op.id = s->id; // not a typed node: binary() reads the type of the operation below
    const go::Type *t = type(s->lhs);
    int r;
    if (t->isString() && s->op == Operator::Add) {
        const int x = expr(s->lhs), y = expr(s->rhs);
        r = reg();
        add(Op::Concat, r, x, y);
    } else {
        // binary() takes the result type from the node; the assignment has none, so give it x's.
        const int x = expr(s->lhs), y = expr(s->rhs);
        r = reg();
        const bool u = t->isUnsigned();
        Op o = Op::AddI;
        std::int64_t k = 0;
        if (t->isFloat()) {
            o = s->op == Operator::Add ? Op::AddF : s->op == Operator::Sub ? Op::SubF : s->op == Operator::Mul ? Op::MulF : Op::DivF;
        } else {
            switch (s->op) {
            case Operator::Add: o = Op::AddI; break;
            case Operator::Sub: o = Op::SubI; break;
            case Operator::Mul: o = Op::MulI; break;
            case Operator::Div: o = u ? Op::DivU : Op::DivS; break;
            case Operator::Rem: o = u ? Op::RemU : Op::RemS; break;
            case Operator::And: o = Op::And; break;
            case Operator::Or: o = Op::Or; break;
            case Operator::Xor: o = Op::Xor; break;
            case Operator::AndNot: o = Op::AndNot; break;
            case Operator::Shl: o = Op::Shl; k = !type(s->rhs)->isUnsigned(); break;
            case Operator::Shr: o = u ? Op::ShrU : Op::ShrS; k = !type(s->rhs)->isUnsigned(); break;
            default: throw FatalError{"operator not supported"};
            }
        }
        add(o, r, x, y, k);
        wrap(r, t);
    }
    store(s->lhs, r, true);
}

void Compiler::define(const Expr *lhsExpr, const Expr *rhsExpr, bool def)
{
    const std::vector<const Expr *> lhs = exprList(lhsExpr), rhs = exprList(rhsExpr);
    auto put = [&](const Expr *l, int v, const go::Type *from, bool fresh) {
        const auto *n = as<go::Name>(l);
        if (n && n->value == "_")
            return;
        if (def && n && !m_f->vars.count(object(n)) && !m_globals.count(object(n))) {
            const int c = convertTo(v, from, object(n)->type(), fresh);
            declareVar(object(n), c, fresh || c != v);
            return;
        }
        const int c = convertTo(v, from, type(l), fresh);
        store(l, c, fresh || c != v);
    };
    if (rhs.size() == 1 && lhs.size() > 1) {
        const go::Type *rt = type(rhs[0]);
        const int n = int(lhs.size());
        const int tmp = reg(n);
        multi(rhs[0], tmp, n);
        for (int i = 0; i < n; ++i) {
            const go::Type *from = rt && rt->kind() == TypeKind::Tuple ? rt->m_fields[std::size_t(i)]->type()
                                 : i == 0 ? rt : Universe::get().basic(BasicKind::Bool);
            put(lhs[std::size_t(i)], tmp + i, from, true);
        }
        return;
    }
    if (lhs.size() == 1) {
        const int v = expr(rhs[0]);
        put(lhs[0], v, type(rhs[0]), isFresh(rhs[0]));
        return;
    }
    // a, b = b, a: every value first, then the stores.
    std::vector<int> values;
    for (const Expr *r : rhs) {
        const int v = expr(r), t = reg();
        if (Heap::isAggregate(type(r)) && !isFresh(r))
            add(Op::Copy, t, v, 0, 0, type(r));
        else
            add(Op::Move, t, v);
        values.push_back(t);
    }
    for (std::size_t i = 0; i < lhs.size(); ++i)
        put(lhs[i], values[i], type(rhs[i]), true);
}

void Compiler::varDecl(const VarDecl *d)
{
    if (d->values) {
        ListExpr names;
        std::vector<const Expr *> ns(d->names.begin(), d->names.end());
        if (ns.size() == 1)
            return define(ns[0], d->values, true);
        for (const go::Name *n : d->names)
            names.elems.push_back(const_cast<go::Name *>(n));
        define(&names, d->values, true);
        names.elems.clear();
        return;
    }
    for (const go::Name *n : d->names) {
        const Object *obj = object(n);
        if (!obj || n->value == "_" || m_globals.count(obj))
            continue;
        const int z = reg();
        add(Op::Zero, z, 0, 0, 0, obj->type());
        declareVar(obj, z, true);
    }
}

void Compiler::ifStmt(const IfStmt *s)
{
    if (s->init)
        stmt(s->init);
    const int c = expr(s->cond);
    const int j = add(Op::JmpIfNot, c);
    block(s->then->list);
    if (s->elseStmt) {
        const int end = add(Op::Jmp);
        patch(j);
        stmt(s->elseStmt);
        patch(end);
    } else {
        patch(j);
    }
}

void Compiler::forStmt(const ForStmt *s)
{
    if (const auto *r = as<RangeClause>(s->init))
        return rangeStmt(s, r);
    if (s->init)
        stmt(s->init);
    std::vector<Var> perIteration;
    if (const auto *a = as<AssignStmt>(s->init); a && a->op == Operator::Def)
        for (const Expr *l : exprList(a->lhs))
            if (const auto *n = as<go::Name>(l); n && object(n) && object(n)->m_perIteration)
                if (auto it = m_f->vars.find(object(n)); it != m_f->vars.end() && it->second.boxed)
                    perIteration.push_back(it->second);
    const int top = here();
    int exit = -1;
    if (s->cond) {
        const int c = expr(s->cond);
        exit = add(Op::JmpIfNot, c);
    }
    m_f->loops.push_back(Loop{s, {}, {}});
    block(s->body->list);
    Loop loop = std::move(m_f->loops.back());
    m_f->loops.pop_back();
    for (int at : loop.continues)
        patch(at);
    for (const Var &v : perIteration) {
        // Go 1.22: each iteration has its own variable, a copy of the last one's.
        const int t = reg();
        add(Op::LoadCell, t, v.reg, 0, 0);
        add(Op::NewScalar, v.reg, t, 0, 0, nullptr);
    }
    if (s->post)
        stmt(s->post);
    add(Op::Jmp, 0, 0, 0, top);
    if (exit >= 0)
        patch(exit);
    for (int at : loop.breaks)
        patch(at);
}

void Compiler::rangeStmt(const ForStmt *s, const RangeClause *rc)
{
    const go::Type *xt = type(rc->x);
    const go::Type *u = xt->underlying();
    const std::vector<const Expr *> lhs = exprList(rc->lhs);
    const Expr *keyExpr = lhs.size() > 0 ? lhs[0] : nullptr;
    const Expr *valExpr = lhs.size() > 1 ? lhs[1] : nullptr;
    // Up to Go 1.21 an escaping range variable is one Box for the whole loop.
    auto prepare = [&](const Expr *l) {
        const auto *n = as<go::Name>(l);
        if (!rc->def || !n || n->value == "_" || object(n)->m_perIteration || !escapes(object(n)))
            return;
        const int z = reg();
        add(Op::Zero, z, 0, 0, 0, object(n)->type());
        declareVar(object(n), z, true);
    };
    auto put = [&](const Expr *l, int v, const go::Type *from) {
        const auto *n = as<go::Name>(l);
        if (!l || (n && n->value == "_"))
            return;
        if (rc->def && !(object(n) && !object(n)->m_perIteration && escapes(object(n)))) {
            declareVar(object(n), convertTo(v, from, object(n)->type(), false), true);
            return;
        }
        store(l, convertTo(v, from, type(l), false), true);
    };
    prepare(keyExpr);
    prepare(valExpr);
    const go::Type *intType = Universe::get().basic(BasicKind::Int);
    const int x = expr(rc->x);
    const int i = reg(), n = reg(), c = reg();
    add(Op::LoadK, i, 0, 0, 0);
    int keys = -1;
    if (u->kind() == TypeKind::Map) {
        keys = reg();
        add(Op::MapKeys, keys, x, 0, 0, xt);
        add(Op::Len, n, keys, 0, 0, nullptr);
    } else if (u->kind() == TypeKind::Chan) {
        const int top = here();
        const int v = reg(2);
        add(Op::Recv, v, x);
        const int exit = add(Op::JmpIfNot, v + 1);
        m_f->loops.push_back(Loop{s, {}, {}});
        put(keyExpr, v, u->m_elem);
        block(s->body->list);
        Loop loop = std::move(m_f->loops.back());
        m_f->loops.pop_back();
        for (int at : loop.continues)
            patch(at);
        add(Op::Jmp, 0, 0, 0, top);
        patch(exit);
        for (int at : loop.breaks)
            patch(at);
        return;
    } else if (u->kind() == TypeKind::Basic && !u->isString()) {
        add(Op::Move, n, x);
    } else {
        add(Op::Len, n, x, 0, 0, u->kind() == TypeKind::Pointer ? u->m_elem->underlying() : u);
    }
    const int top = here();
    add(Op::LtS, c, i, n);
    const int exit = add(Op::JmpIfNot, c);
    const int width = reg();
    if (u->kind() == TypeKind::Map) {
        const int kv = reg(2), key = reg();
        add(Op::SliceIndex, key, keys, i);
        add(Op::MapGet2, kv, x, key, 0, xt);
        const int skip = add(Op::JmpIfNot, kv + 1);
        put(keyExpr, key, u->m_key);
        put(valExpr, kv, u->m_elem);
        // A deleted key is skipped: jump to the increment.
        m_f->loops.push_back(Loop{s, {}, {skip}});
    } else if (u->isString()) {
        const int rw = reg(2);
        add(Op::DecodeRune, rw, x, i);
        add(Op::Move, width, rw + 1);
        put(keyExpr, i, intType);
        put(valExpr, rw, Universe::get().runeType());
        m_f->loops.push_back(Loop{s, {}, {}});
    } else {
        put(keyExpr, i, u->kind() == TypeKind::Basic ? xt : intType);
        if (valExpr) {
            const int v = reg();
            add(u->kind() == TypeKind::Slice ? Op::SliceIndex : Op::ArrIndex, v, x, i);
            const go::Type *elem = u->kind() == TypeKind::Pointer ? u->m_elem->underlying()->m_elem : u->m_elem;
            put(valExpr, v, elem);
        }
        m_f->loops.push_back(Loop{s, {}, {}});
    }
    block(s->body->list);
    Loop loop = std::move(m_f->loops.back());
    m_f->loops.pop_back();
    for (int at : loop.continues)
        patch(at);
    if (u->isString()) {
        add(Op::AddI, i, i, width);
    } else {
        const int one = loadK(1);
        add(Op::AddI, i, i, one);
    }
    add(Op::Jmp, 0, 0, 0, top);
    patch(exit);
    for (int at : loop.breaks)
        patch(at);
}

void Compiler::branch(const BranchStmt *s)
{
    if (s->tok == Token::Fallthrough)
        return;
    for (auto it = m_f->loops.rbegin(); it != m_f->loops.rend(); ++it)
        if (it->stmt == s->target) {
            const int j = add(Op::Jmp);
            (s->tok == Token::Break ? it->breaks : it->continues).push_back(j);
            return;
        }
    throw FatalError{"branch target not found"};
}

void Compiler::returnStmt(const ReturnStmt *s)
{
    const std::vector<ResultSlot> &resultSlots = m_f->fn->results;
    const std::vector<const Expr *> values = exprList(s->results);
    const go::Type *sig = nullptr;
    std::vector<int> regs;
    if (values.size() == 1 && resultSlots.size() > 1) {
        const go::Type *rt = type(values[0]);
        const int tmp = reg(int(resultSlots.size()));
        multi(values[0], tmp, int(resultSlots.size()));
        for (std::size_t i = 0; i < resultSlots.size(); ++i)
            regs.push_back(tmp + int(i));
        (void)rt;
    } else {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const go::Type *to = m_f->resultTypes[i];
            const int v = exprAs(values[i], to);
            const int t = reg();
            add(Op::Move, t, v);
            regs.push_back(t);
        }
    }
    (void)sig;
    for (std::size_t i = 0; i < regs.size(); ++i) {
        if (resultSlots[i].boxed)
            add(Op::StoreCell, resultSlots[i].reg, regs[i], 0, 0);
        else
            add(Op::Move, resultSlots[i].reg, regs[i]);
    }
    add(Op::Ret);
}

void Compiler::callStmt(const CallStmt *s)
{
    const auto *c = as<CallExpr>(s->call);
    m_callMode = s->tok == Token::Defer ? 1 : 2;
    const go::Type *t = type(c);
    const int n = !t ? 0 : t->kind() == TypeKind::Tuple ? int(t->m_fields.size()) : 1;
    call(c, reg(std::max(n, 1)), n);
    m_callMode = 0;
}

} // namespace cacophony::gorun
