#include "gorun/vm/Compiler.h"

#include "gorun/lib/Natives.h"

#include "go/types/Arena.h"
#include "go/types/TypeInfo.h"
#include "go/types/Universe.h"

namespace cacophony::gorun {

using namespace go;

int Compiler::args(const CallExpr *e, const go::Type *sig, int firstParam, int base)
{
    const std::vector<Object *> &params = sig->m_params->m_fields;
    const int n = int(params.size());
    struct Value
    {
        int reg;
        const go::Type *type;
        bool fresh;
    };
    std::vector<Value> values;
    const go::Type *at = e->args.size() == 1 ? type(e->args[0]) : nullptr;
    if (at && at->kind() == TypeKind::Tuple) {
        // f(g()) with g returning several values
        const int tmp = reg(int(at->m_fields.size()));
        multi(e->args[0], tmp, int(at->m_fields.size()));
        for (std::size_t i = 0; i < at->m_fields.size(); ++i)
            values.push_back(Value{tmp + int(i), at->m_fields[i]->type(), true});
    } else {
        for (const Expr *a : e->args)
            values.push_back(Value{expr(a), type(a), isFresh(a)});
    }
    const int fixed = sig->m_variadic && !e->hasDots ? n - 1 : n;
    for (int i = 0; i < fixed; ++i) {
        const Value &v = values[std::size_t(i)];
        add(Op::Move, base + firstParam + i, convertTo(v.reg, v.type, params[std::size_t(i)]->type(), v.fresh));
    }
    if (fixed < n) {
        const go::Type *elem = params.back()->type()->underlying()->m_elem;
        const int dst = base + firstParam + fixed;
        const int count = int(values.size()) - fixed;
        if (count == 0) {
            add(Op::LoadK, dst, 0, 0, 0);
        } else {
            const int len = loadK(Word(count));
            add(Op::MakeSlice, dst, len, len, 0, elem);
            for (int i = 0; i < count; ++i) {
                const Value &v = values[std::size_t(fixed + i)];
                const int c = convertTo(v.reg, v.type, elem, v.fresh);
                const int ir = loadK(Word(i));
                add(Op::SliceStore, dst, ir, c);
            }
        }
    }
    return n;
}

// go or defer of a builtin: its operands now, the builtin later, in a small function of its own.
void Compiler::deferBuiltin(const CallExpr *e, BuiltinId id, int mode)
{
    const auto &a = e->args;
    const int n = int(a.size());
    const int base = reg(std::max(n, 1));
    const go::Type *any = Universe::get().anyType();
    auto fn = std::make_unique<Function>();
    fn->name = m_f->fn->name + ".deferwrap" + std::to_string(++m_f->literals);
    fn->params = n;
    fn->regs = n;
    fn->declPos = e->pos;
    Instr op;
    op.pos = e->pos;
    switch (id) {
    case BuiltinId::Print:
    case BuiltinId::Println:
        for (int i = 0; i < n; ++i)
            add(Op::Move, base + i, exprAs(a[std::size_t(i)], any));
        op.op = Op::Print;
        op.b = n;
        op.k = id == BuiltinId::Println ? 1 : 0;
        break;
    case BuiltinId::Panic:
        add(Op::Move, base, exprAs(a[0], any));
        op.op = Op::Panic;
        break;
    case BuiltinId::Close:
        add(Op::Move, base, expr(a[0]));
        op.op = Op::Close;
        break;
    case BuiltinId::Delete:
        add(Op::Move, base, expr(a[0]));
        add(Op::Move, base + 1, exprAs(a[1], type(a[0])->underlying()->m_key));
        op.op = Op::MapDelete;
        op.b = 1;
        op.p = type(a[0]);
        break;
    default:
        throw FatalError{"go or defer of this builtin is not supported yet"};
    }
    fn->code.push_back(op);
    Instr ret;
    ret.op = Op::Ret;
    ret.pos = e->pos;
    fn->code.push_back(ret);
    Instr call;
    call.op = Op::Call;
    call.a = base;
    call.b = n;
    call.p = fn.get();
    m_program.functions.push_back(std::move(fn));
    m_callMode = mode;
    emitCall(e, call, base, 0);
    m_callMode = 0;
}

int Compiler::receiver(const SelectorExpr *sel, const Object *method)
{
    const Selection *s = m_info.selection(sel->id);
    const go::Type *t = type(sel->x);
    const bool ptrRecv = method->m_pointerRecv
        || (method->type()->m_recv && method->type()->m_recv->type()->kind() == TypeKind::Pointer);
    int r;
    if (ptrRecv && s->path.size() == 1 && t->underlying()->kind() != TypeKind::Pointer && !Heap::isAggregate(t))
        r = address(sel->x);
    else
        r = expr(sel->x);
    if (ptrRecv && s->path.size() == 1 && r >= 0 && t->underlying()->kind() != TypeKind::Pointer && !Heap::isAggregate(t))
        t = nullptr; // r is now a pointer
    if (t)
        r = fieldBox(r, t, s->path, s->path.size() - 1);
    if (ptrRecv)
        return r;
    if (t && t->underlying()->kind() == TypeKind::Pointer) {
        const go::Type *elem = t->underlying()->m_elem;
        const int v = reg();
        if (Heap::isAggregate(elem))
            add(Op::Copy, v, r, 0, 0, elem);
        else
            add(Op::LoadRef, v, r);
        return v;
    }
    return t ? convertTo(r, t, t, false) : r;
}

void Compiler::emitCall(const CallExpr *e, Instr ins, int dst, int nresults)
{
    (void)e;
    ins.c = dst;
    if (ins.op == Op::CallNative)
        ins.k = nresults;
    ins.pos = e->pos;
    if (m_callMode != 0)
        add(m_callMode == 1 ? Op::Defer : Op::Go, 0, 0, 0, 0, nullptr);
    m_f->fn->code.push_back(ins);
}

int Compiler::call(const CallExpr *e, int dst, int nresults)
{
    const int mode = m_callMode;
    if (m_info.isConversion(e->id)) {
        const int r = conversion(e);
        add(Op::Move, dst, r);
        return dst;
    }
    const Expr *fun = unparen(e->fun);
    const Object *obj = nullptr;
    if (const auto *n = as<go::Name>(fun))
        obj = object(n);
    else if (const auto *sel = as<SelectorExpr>(fun); sel && !m_info.selection(sel->id))
        obj = object(sel->sel);
    if (obj && obj->is(ObjectKind::Builtin)) {
        m_callMode = 0;
        if (mode != 0) {
            deferBuiltin(e, obj->m_builtin, mode);
            return dst;
        }
        return builtin(e, obj->m_builtin, dst);
    }
    m_callMode = 0; // the arguments are evaluated now
    const go::Type *sig = type(e->fun)->underlying();
    Instr ins;
    if (obj && obj->is(ObjectKind::Func) && !(sig->m_recv)) {
        auto it = m_funcs.find(obj);
        const int base = reg(int(sig->m_params->m_fields.size()));
        const int n = args(e, sig, 0, base);
        ins.a = base;
        ins.b = n;
        if (it != m_funcs.end()) {
            ins.op = Op::Call;
            ins.p = it->second;
        } else {
            ins.op = Op::CallNative;
            ins.p = native(obj);
        }
    } else if (const auto *sel = as<SelectorExpr>(fun); sel && m_info.selection(sel->id)
               && m_info.selection(sel->id)->obj->is(ObjectKind::Func)) {
        const Selection *s = m_info.selection(sel->id);
        const Object *method = s->obj;
        const int np = int(sig->m_params->m_fields.size());
        const go::Type *xt = type(sel->x);
        if (xt->isInterface() && s->path.size() == 1) {
            const int iface = expr(sel->x);
            const int base = reg(np + 1);
            args(e, sig, 1, base);
            ins.op = Op::CallIface;
            ins.a = base;
            ins.b = np + 1;
            ins.k = iface;
            ins.p = &method->m_name;
        } else {
            const int base = reg(np + 1);
            add(Op::Move, base, receiver(sel, method));
            args(e, sig, 1, base);
            ins.a = base;
            ins.b = np + 1;
            auto it = m_funcs.find(method);
            if (it != m_funcs.end()) {
                ins.op = Op::Call;
                ins.p = it->second;
            } else {
                ins.op = Op::CallNative;
                ins.p = native(method);
            }
        }
    } else {
        const int f = expr(e->fun);
        const int base = reg(int(sig->m_params->m_fields.size()));
        const int n = args(e, sig, 0, base);
        ins.op = Op::CallClosure;
        ins.a = base;
        ins.b = n;
        ins.k = f;
    }
    m_callMode = mode;
    emitCall(e, ins, dst, nresults);
    m_callMode = 0;
    return dst;
}

int Compiler::conversion(const CallExpr *e)
{
    const go::Type *to = type(e);
    const Expr *x = e->args.front();
    const go::Type *from = type(x);
    const go::Type *tu = to->underlying(), *fu = from->underlying();
    const int v = expr(x);
    const int r = reg();
    if (to->isInterface())
        return convertTo(v, from, to, isFresh(x));
    if (tu->isInteger() && fu->isInteger()) {
        add(Op::Move, r, v);
        wrap(r, to);
        return r;
    }
    if (tu->isFloat() && fu->isInteger()) {
        add(Op::IntToF, r, v, fu->isUnsigned() ? 1 : 0);
        return r;
    }
    if (tu->isInteger() && fu->isFloat()) {
        add(Op::FToInt, r, v, tu->isUnsigned() ? 1 : 0);
        wrap(r, to);
        return r;
    }
    if (tu->isString() && fu->isInteger()) {
        add(Op::RuneToStr, r, v);
        return r;
    }
    if (tu->isString() && fu->kind() == TypeKind::Slice) {
        add(fu->m_elem->underlying()->basic() == BasicKind::Int32 ? Op::RunesToStr : Op::BytesToStr, r, v);
        return r;
    }
    if (tu->kind() == TypeKind::Slice && fu->isString()) {
        add(tu->m_elem->underlying()->basic() == BasicKind::Int32 ? Op::StrToRunes : Op::StrToBytes, r, v,
             0, 0, tu->m_elem);
        return r;
    }
    return convertTo(v, from, to, isFresh(x));
}

int Compiler::builtin(const CallExpr *e, BuiltinId id, int dst)
{
    const auto &a = e->args;
    switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
        const go::Type *t = type(a[0]);
        const int x = expr(a[0]);
        add(id == BuiltinId::Len ? Op::Len : Op::Cap, dst, x, 0, 0, t->underlying());
        return dst;
    }
    case BuiltinId::Append: {
        const go::Type *t = type(e);
        const go::Type *elem = t->underlying()->m_elem;
        const int s = expr(a[0]);
        if (e->hasDots) {
            const int o = expr(a[1]);
            add(Op::AppendSlice, dst, s, o, type(a[1])->underlying()->isString() ? 1 : 0, elem);
            return dst;
        }
        const int base = reg(int(a.size()) - 1);
        for (std::size_t i = 1; i < a.size(); ++i)
            add(Op::Move, base + int(i) - 1, exprAs(a[i], elem));
        add(Op::Append, dst, s, base, std::int64_t(a.size()) - 1, elem);
        return dst;
    }
    case BuiltinId::Copy: {
        const int d = expr(a[0]), s = expr(a[1]);
        add(Op::CopySlice, dst, d, s, type(a[1])->underlying()->isString() ? 1 : 0);
        return dst;
    }
    case BuiltinId::Delete: {
        const go::Type *mt = type(a[0]);
        const int m = expr(a[0]);
        const int k = exprAs(a[1], mt->underlying()->m_key);
        add(Op::MapDelete, m, k, 0, 0, mt);
        return dst;
    }
    case BuiltinId::Make: {
        const go::Type *t = type(a[0]);
        const go::Type *u = t->underlying();
        if (u->kind() == TypeKind::Slice) {
            const int len = expr(a[1]);
            const int cap = a.size() > 2 ? expr(a[2]) : len;
            add(Op::MakeSlice, dst, len, cap, 1, u->m_elem);
        } else if (u->kind() == TypeKind::Map) {
            add(Op::MakeMap, dst, 0, 0, 0, t);
        } else {
            add(Op::MakeChan, dst, a.size() > 1 ? expr(a[1]) : -1, 0, 0, u->m_elem);
        }
        return dst;
    }
    case BuiltinId::New: {
        const go::Type *t = type(e)->underlying()->m_elem;
        add(Op::Zero, dst, 0, 0, 0, t);
        if (!Heap::isAggregate(t)) {
            add(Op::NewScalar, dst, dst, 0, 0, t);
            add(Op::MakeRef, dst, dst, 0, 0);
        }
        return dst;
    }
    case BuiltinId::Panic: {
        const int v = exprAs(a[0], Universe::get().anyType());
        add(Op::Panic, v);
        return dst;
    }
    case BuiltinId::Recover:
        add(Op::Recover, dst);
        return dst;
    case BuiltinId::Close:
        add(Op::Close, expr(a[0]));
        return dst;
    case BuiltinId::Print:
    case BuiltinId::Println: {
        const int base = reg(int(a.size()));
        for (std::size_t i = 0; i < a.size(); ++i)
            add(Op::Move, base + int(i), exprAs(a[i], Universe::get().anyType()));
        add(Op::Print, base, int(a.size()), 0, id == BuiltinId::Println ? 1 : 0);
        return dst;
    }
    default:
        throw FatalError{"builtin not supported by the runtime yet"};
    }
}

} // namespace cacophony::gorun
