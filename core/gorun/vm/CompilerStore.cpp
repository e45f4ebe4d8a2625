#include "gorun/vm/Compiler.h"

#include "go/types/Arena.h"
#include "go/types/TypeInfo.h"

namespace cacophony::gorun {

using namespace go;

int Compiler::convertTo(int r, const go::Type *from, const go::Type *to, bool fresh)
{
    if (!to || !from)
        return r;
    if (to->isInterface() && !from->isInterface()) {
        if (from->isBasic(BasicKind::UntypedNil))
            return r;
        const int i = reg();
        add(Op::ToIface, i, r, fresh ? 1 : 0, 0, from);
        return i;
    }
    if (Heap::isAggregate(to) && !fresh) {
        const int c = reg();
        add(Op::Copy, c, r, 0, 0, to);
        return c;
    }
    return r;
}

Compiler::Var Compiler::declareVar(const Object *obj, int v, bool fresh)
{
    if (auto g = m_globals.find(obj); g != m_globals.end()) {
        add(Op::StoreGlobal, v, 0, 0, g->second);
        return Var{};
    }
    const int r = reg();
    if (Heap::isAggregate(obj->type()) && !fresh)
        add(Op::Copy, r, v, 0, 0, obj->type());
    else
        add(Op::Move, r, v);
    Var var{r, false};
    if (escapes(obj) && !Heap::isAggregate(obj->type())) {
        add(Op::NewScalar, r, r, 0, 0, obj->type());
        var.boxed = true;
    }
    m_f->vars[obj] = var;
    return var;
}

void Compiler::storeVar(const Object *obj, int v, bool fresh)
{
    (void)fresh;
    const bool agg = Heap::isAggregate(obj->type());
    auto it = m_f->vars.find(obj);
    if (it == m_f->vars.end()) {
        const int g = m_globals.at(obj);
        if (agg) {
            const int box = reg();
            add(Op::LoadGlobal, box, 0, 0, g);
            add(Op::CopyInto, box, v, 0, 0, obj->type());
        } else {
            add(Op::StoreGlobal, v, 0, 0, g);
        }
        return;
    }
    if (agg)
        add(Op::CopyInto, it->second.reg, v, 0, 0, obj->type());
    else if (it->second.boxed)
        add(Op::StoreCell, it->second.reg, v, 0, 0);
    else if (it->second.reg != v)
        add(Op::Move, it->second.reg, v);
}

void Compiler::store(const Expr *lhs, int v, bool fresh)
{
    while (const auto *p = as<ParenExpr>(lhs))
        lhs = p->x;
    const go::Type *t = type(lhs);
    const bool agg = t && Heap::isAggregate(t);
    if (const auto *n = as<go::Name>(lhs)) {
        if (n->value != "_")
            storeVar(object(n), v, fresh);
        return;
    }
    if (const auto *ix = as<IndexExpr>(lhs)) {
        const go::Type *xt = type(ix->x);
        const go::Type *u = xt->underlying();
        const int x = expr(ix->x);
        if (u->kind() == TypeKind::Map) {
            const int k = exprAs(ix->index, u->m_key);
            add(Op::MapSet, x, k, v, 0, xt);
            return;
        }
        const int i = expr(ix->index);
        const bool slice = u->kind() == TypeKind::Slice;
        if (agg) {
            const int cell = reg();
            add(slice ? Op::SliceIndex : Op::ArrIndex, cell, x, i);
            add(Op::CopyInto, cell, v, 0, 0, t);
        } else {
            add(slice ? Op::SliceStore : Op::ArrStore, x, i, v);
        }
        return;
    }
    if (const auto *sel = as<SelectorExpr>(lhs)) {
        const Selection *s = m_info.selection(sel->id);
        if (!s || !s->obj || !s->obj->is(ObjectKind::Var))
            throw FatalError{"assignment to a package variable is not supported"};
        const go::Type *xt = type(sel->x);
        const int box = fieldBox(expr(sel->x), xt, s->path, s->path.size() - 1);
        if (agg) {
            const int cell = reg();
            add(Op::LoadCell, cell, box, 0, s->path.back());
            add(Op::CopyInto, cell, v, 0, 0, t);
        } else {
            add(Op::StoreCell, box, v, 0, s->path.back());
        }
        return;
    }
    if (const auto *op = as<Operation>(lhs); op && op->op == Operator::Mul && !op->y) {
        const int p = expr(op->x);
        if (agg)
            add(Op::CopyInto, p, v, 0, 0, t);
        else
            add(Op::StoreRef, p, v);
        return;
    }
    throw FatalError{"assignment target not supported"};
}

int Compiler::address(const Expr *e)
{
    while (const auto *p = as<ParenExpr>(e))
        e = p->x;
    const go::Type *t = type(e);
    const bool agg = Heap::isAggregate(t);
    if (const auto *lit = as<CompositeLit>(e))
        return compositeLit(lit, t);
    if (const auto *n = as<go::Name>(e)) {
        const Object *obj = object(n);
        auto it = m_f->vars.find(obj);
        if (it != m_f->vars.end()) {
            if (agg)
                return it->second.reg;
            const int r = reg();
            add(Op::MakeRef, r, it->second.reg, 0, 0);
            return r;
        }
        const int g = m_globals.at(obj);
        const int r = reg();
        add(agg ? Op::LoadGlobal : Op::MakeRef, r, -1, 0, g);
        return r;
    }
    if (const auto *sel = as<SelectorExpr>(e)) {
        const Selection *s = m_info.selection(sel->id);
        const go::Type *xt = type(sel->x);
        const int box = fieldBox(expr(sel->x), xt, s->path, s->path.size() - 1);
        const int r = reg();
        add(agg ? Op::LoadCell : Op::MakeRef, r, box, 0, s->path.back());
        return r;
    }
    if (const auto *ix = as<IndexExpr>(e)) {
        const bool slice = type(ix->x)->underlying()->kind() == TypeKind::Slice;
        const int x = expr(ix->x), i = expr(ix->index), r = reg();
        if (agg)
            add(slice ? Op::SliceIndex : Op::ArrIndex, r, x, i);
        else
            add(slice ? Op::SliceRef : Op::ArrRef, r, x, i);
        return r;
    }
    if (const auto *op = as<Operation>(e); op && op->op == Operator::Mul && !op->y)
        return expr(op->x);
    throw FatalError{"address of this expression is not supported"};
}

} // namespace cacophony::gorun
