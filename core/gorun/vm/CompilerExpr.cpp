#include "gorun/vm/Compiler.h"

#include "go/types/Arena.h"
#include "go/types/TypeInfo.h"
#include "go/types/Universe.h"


namespace cacophony::gorun {

using namespace go;

namespace {

int intBits(const go::Type *t)
{
    switch (t->underlying()->basic()) {
    case BasicKind::Int8: case BasicKind::Uint8: return 8;
    case BasicKind::Int16: case BasicKind::Uint16: return 16;
    case BasicKind::Int32: case BasicKind::Uint32: return 32;
    default: return 64;
    }
}

} // namespace

void Compiler::wrap(int r, const go::Type *t)
{
    if (t->isInteger() && intBits(t) < 64)
        add(Op::Wrap, r, r, t->isUnsigned() ? 0 : 1, intBits(t));
}

bool Compiler::isFresh(const Expr *e) const
{
    e = unparen(e);
    return e->kind == NodeKind::CompositeLit || e->kind == NodeKind::FuncLit
        || (e->kind == NodeKind::CallExpr && !m_info.isConversion(e->id));
}

int Compiler::constant(const Expr *e)
{
    const Constant v = m_info.value(e->id);
    const go::Type *t = type(e);
    if (!t || t->isInterface() || t->isUntyped()) {
        // An untyped constant that reached an interface: its default type.
        const Universe &u = Universe::get();
        const go::Type *d = v.kind() == ConstKind::Bool ? u.basic(BasicKind::Bool)
                          : v.kind() == ConstKind::String ? u.basic(BasicKind::String)
                          : v.kind() == ConstKind::Float ? u.basic(BasicKind::Float64) : u.basic(BasicKind::Int);
        if (t && t->isUntyped() && t->basic() == BasicKind::UntypedRune)
            d = u.runeType();
        if (t && t->isUntyped() && t->basic() == BasicKind::UntypedFloat)
            d = u.basic(BasicKind::Float64);
        Word w = 0;
        if (v.kind() == ConstKind::Bool) w = v.boolValue();
        else if (v.kind() == ConstKind::String) w = v.stringValue().isEmpty() ? 0 : word(m_program.constants->str(v.stringValue().toStdString()));
        else if (d->isFloat()) w = fromFloat(v.toFloat64());
        else w = Word(v.toInt64().value_or(0));
        const int r = loadK(w);
        if (!t || !t->isInterface())
            return r;
        const int i = reg();
        add(Op::ToIface, i, r, 1, 0, d);
        return i;
    }
    switch (v.kind()) {
    case ConstKind::Bool:
        return loadK(v.boolValue() ? 1 : 0);
    case ConstKind::String:
        return loadStr(v.stringValue().toStdString());
    default:
        break;
    }
    if (t->isFloat())
        return loadK(fromFloat(v.toFloat64()));
    const mpz_class z = v.toInt().number().get_num();
    if (auto s = v.toInt64())
        return loadK(Word(*s));
    return loadK(Word(z.get_ui())); // a uint64 above the int64 range
}

int Compiler::expr(const Expr *e)
{
    const int savedPos = m_pos;
    m_pos = e->pos;
    int r = 0;
    if (!m_info.value(e->id).isUnknown()) {
        r = constant(e);
    } else {
        switch (e->kind) {
        case NodeKind::Name: r = name(static_cast<const go::Name *>(e)); break;
        case NodeKind::BasicLit: r = constant(e); break;
        case NodeKind::CompositeLit: r = compositeLit(static_cast<const CompositeLit *>(e), type(e)); break;
        case NodeKind::FuncLit: r = funcLit(static_cast<const FuncLit *>(e)); break;
        case NodeKind::ParenExpr: r = expr(static_cast<const ParenExpr *>(e)->x); break;
        case NodeKind::SelectorExpr: r = selector(static_cast<const SelectorExpr *>(e)); break;
        case NodeKind::IndexExpr: r = index(static_cast<const IndexExpr *>(e)); break;
        case NodeKind::SliceExpr: r = sliceExpr(static_cast<const SliceExpr *>(e)); break;
        case NodeKind::AssertExpr: {
            const auto *a = static_cast<const AssertExpr *>(e);
            const int x = expr(a->x);
            r = reg();
            add(Op::Assert, r, x, 0, std::int64_t(reinterpret_cast<std::intptr_t>(type(a->x))), type(e));
            break;
        }
        case NodeKind::Operation: r = operation(static_cast<const Operation *>(e)); break;
        case NodeKind::CallExpr: {
            const go::Type *t = type(e);
            const int n = t && t->kind() == TypeKind::Tuple ? int(t->m_fields.size()) : 1;
            r = reg(std::max(n, 1));
            call(static_cast<const CallExpr *>(e), r, n);
            break;
        }
        default:
            throw FatalError{"expression not supported by the runtime"};
        }
    }
    m_pos = savedPos;
    return r;
}

void Compiler::exprTo(const Expr *e, int dst)
{
    const int r = expr(e);
    if (r != dst)
        add(Op::Move, dst, r);
}

int Compiler::exprAs(const Expr *e, const go::Type *to)
{
    const int r = expr(e);
    return convertTo(r, type(e), to, isFresh(e));
}

void Compiler::multi(const Expr *e, int dst, int n)
{
    e = unparen(e);
    m_pos = e->pos;
    if (const auto *c = as<CallExpr>(e)) {
        call(c, dst, n);
    } else if (const auto *ix = as<IndexExpr>(e)) {
        const go::Type *mt = type(ix->x);
        const int m = expr(ix->x);
        const int k = exprAs(ix->index, mt->underlying()->m_key);
        add(Op::MapGet2, dst, m, k, 0, mt);
    } else if (const auto *a = as<AssertExpr>(e)) {
        const int x = expr(a->x);
        add(Op::Assert2, dst, x, 0, 0, type(a->type));
    } else if (const auto *op = as<Operation>(e); op && op->op == Operator::Recv) {
        const int ch = expr(op->x);
        add(Op::Recv, dst, ch);
    } else {
        throw FatalError{"multi-valued expression not supported"};
    }
}

int Compiler::name(const go::Name *n)
{
    const Object *obj = object(n);
    if (!obj || obj->is(ObjectKind::Nil))
        return loadK(0);
    if (obj->is(ObjectKind::Var)) {
        auto it = m_f->vars.find(obj);
        if (it != m_f->vars.end()) {
            if (!it->second.boxed)
                return it->second.reg;
            const int r = reg();
            add(Op::LoadCell, r, it->second.reg, 0, 0);
            return r;
        }
        auto g = m_globals.find(obj);
        if (g == m_globals.end())
            throw FatalError{"variable " + obj->name().toStdString() + " not found"};
        const int r = reg();
        add(Op::LoadGlobal, r, 0, 0, g->second);
        return r;
    }
    if (obj->is(ObjectKind::Func)) {
        const int r = reg();
        add(Op::MakeClosure, r, 0, 0, 0, m_funcs.at(obj));
        return r;
    }
    throw FatalError{"name " + obj->name().toStdString() + " not supported as a value"};
}

int Compiler::fieldBox(int r, const go::Type *&t, const std::vector<int> &path, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (t->underlying()->kind() == TypeKind::Pointer)
            t = t->underlying()->m_elem;
        const int next = reg();
        add(Op::LoadCell, next, r, 0, path[i]);
        t = t->underlying()->m_fields[std::size_t(path[i])]->type();
        r = next;
    }
    return r;
}

int Compiler::selector(const SelectorExpr *e)
{
    if (const auto *pkg = as<go::Name>(unparen(e->x)); pkg && object(pkg) && object(pkg)->is(ObjectKind::PkgName)) {
        const Object *obj = object(e->sel);
        const int r = reg();
        add(Op::CallNative, r, r, 0, 1, native(obj)); // a package variable: its getter
        return r;
    }
    const Selection *s = m_info.selection(e->id);
    if (!s || !s->obj)
        throw FatalError{"selector not supported"};
    if (s->obj->is(ObjectKind::Var)) {
        const go::Type *t = type(e->x);
        return fieldBox(expr(e->x), t, s->path, s->path.size());
    }
    // A method value x.M: a closure binding the receiver, evaluated now.
    const int recv = receiver(e, s->obj);
    auto it = m_funcs.find(s->obj);
    if (it == m_funcs.end())
        throw FatalError{"method value of a package type not supported"};
    const int r = reg();
    add(Op::BindMethod, r, recv, 0, 0, it->second);
    return r;
}

int Compiler::index(const IndexExpr *e)
{
    const go::Type *t = type(e->x);
    const go::Type *u = t->underlying();
    const int x = expr(e->x);
    const int r = reg();
    if (u->kind() == TypeKind::Map) {
        const int k = exprAs(e->index, u->m_key);
        add(Op::MapGet, r, x, k, 0, t);
        return r;
    }
    const int i = expr(e->index);
    if (u->isString())
        add(Op::StrIndex, r, x, i);
    else if (u->kind() == TypeKind::Slice)
        add(Op::SliceIndex, r, x, i);
    else
        add(Op::ArrIndex, r, x, i); // an array, or a pointer to one (its Box)
    return r;
}

int Compiler::sliceExpr(const SliceExpr *e)
{
    const go::Type *u = type(e->x)->underlying();
    const int x = expr(e->x);
    const int idx = reg(3);
    std::int64_t flags = 0;
    for (int i = 0; i < 3; ++i)
        if (e->index[std::size_t(i)]) {
            exprTo(e->index[std::size_t(i)], idx + i);
            flags |= 1 << i;
        }
    if (u->isString())
        flags |= 8;
    else if (u->kind() != TypeKind::Slice)
        flags |= 16;
    const int r = reg();
    add(Op::SliceExpr, r, x, idx, flags, type(e));
    return r;
}

int Compiler::operation(const Operation *e)
{
    if (e->y)
        return binary(e);
    const go::Type *t = type(e);
    switch (e->op) {
    case Operator::Not: {
        const int x = expr(e->x), r = reg();
        add(Op::Not, r, x);
        return r;
    }
    case Operator::Add:
        return expr(e->x);
    case Operator::Sub: {
        const int x = expr(e->x), r = reg();
        add(t->isFloat() ? Op::NegF : Op::NegI, r, x);
        wrap(r, t);
        return r;
    }
    case Operator::Xor: {
        const int x = expr(e->x), r = reg();
        add(Op::BitNot, r, x);
        wrap(r, t);
        return r;
    }
    case Operator::Mul: {
        const int p = expr(e->x);
        if (Heap::isAggregate(t)) {
            add(Op::NilCheck, p);
            return p;
        }
        const int r = reg();
        add(Op::LoadRef, r, p);
        return r;
    }
    case Operator::And:
        return address(e->x);
    case Operator::Recv: {
        const int ch = expr(e->x), r = reg(2);
        add(Op::Recv, r, ch);
        return r;
    }
    default:
        throw FatalError{"operation not supported by the runtime yet"};
    }
}

int Compiler::binary(const Operation *e)
{
    if (e->op == Operator::AndAnd || e->op == Operator::OrOr) {
        const int r = reg();
        exprTo(e->x, r);
        const int j = add(e->op == Operator::AndAnd ? Op::JmpIfNot : Op::JmpIf, r);
        exprTo(e->y, r);
        patch(j);
        return r;
    }
    switch (e->op) {
    case Operator::Eql: case Operator::Neq: case Operator::Lss:
    case Operator::Leq: case Operator::Gtr: case Operator::Geq: {
        go::Type *tx = type(e->x), *ty = type(e->y);
        int x = expr(e->x), y = expr(e->y);
        const go::Type *t = tx;
        if (tx->isBasic(BasicKind::UntypedNil)) {
            t = ty;
        } else if (tx->isInterface() && !ty->isInterface() && !ty->isBasic(BasicKind::UntypedNil)) {
            y = convertTo(y, ty, tx, false);
        } else if (ty->isInterface() && !tx->isInterface() && !tx->isBasic(BasicKind::UntypedNil)) {
            x = convertTo(x, tx, ty, false);
            t = ty;
        }
        return compare(e->op, x, y, t);
    }
    default:
        break;
    }
    const go::Type *t = type(e);
    const int x = expr(e->x), y = expr(e->y), r = reg();
    if (t->isString()) {
        add(Op::Concat, r, x, y);
        return r;
    }
    if (t->isFloat()) {
        const Op op = e->op == Operator::Add ? Op::AddF : e->op == Operator::Sub ? Op::SubF : e->op == Operator::Mul ? Op::MulF : Op::DivF;
        add(op, r, x, y);
        return r;
    }
    const bool u = t->isUnsigned();
    Op op = Op::AddI;
    int c = 0;
    switch (e->op) {
    case Operator::Add: op = Op::AddI; break;
    case Operator::Sub: op = Op::SubI; break;
    case Operator::Mul: op = Op::MulI; break;
    case Operator::Div: op = u ? Op::DivU : Op::DivS; c = intBits(t); break;
    case Operator::Rem: op = u ? Op::RemU : Op::RemS; break;
    case Operator::And: op = Op::And; break;
    case Operator::Or: op = Op::Or; break;
    case Operator::Xor: op = Op::Xor; break;
    case Operator::AndNot: op = Op::AndNot; break;
    case Operator::Shl: op = Op::Shl; break;
    case Operator::Shr: op = u ? Op::ShrU : Op::ShrS; break;
    default: throw FatalError{"operator not supported"};
    }
    if (op == Op::Shl || op == Op::ShrS || op == Op::ShrU)
        c = type(e->y)->isUnsigned() ? 0 : 1; // k: a signed count may be negative (a panic)
    add(op, r, x, y, c);
    wrap(r, t);
    return r;
}

int Compiler::compare(Operator op, int x, int y, const go::Type *t)
{
    const go::Type *u = t->underlying();
    if (op == Operator::Gtr || op == Operator::Geq) {
        std::swap(x, y);
        op = op == Operator::Gtr ? Operator::Lss : Operator::Leq;
    }
    const bool eq = op == Operator::Eql, ne = op == Operator::Neq, lt = op == Operator::Lss;
    Op o = Op::EqW;
    const void *p = nullptr;
    if (u->isString())
        o = eq ? Op::EqStr : ne ? Op::NeStr : lt ? Op::LtStr : Op::LeStr;
    else if (u->isFloat())
        o = eq ? Op::EqF : ne ? Op::NeF : lt ? Op::LtF : Op::LeF;
    else if (u->isInteger())
        o = eq ? Op::EqW : ne ? Op::NeW : u->isUnsigned() ? (lt ? Op::LtU : Op::LeU) : (lt ? Op::LtS : Op::LeS);
    else if (u->kind() == TypeKind::Struct || u->kind() == TypeKind::Array || u->kind() == TypeKind::Interface
             || (u->kind() == TypeKind::Pointer && !Heap::isAggregate(u->m_elem))) {
        o = eq ? Op::EqV : Op::NeV;
        p = t;
    } else {
        o = eq ? Op::EqW : Op::NeW;
    }
    const int r = reg();
    add(o, r, x, y, 0, p);
    return r;
}

int Compiler::compositeLit(const CompositeLit *e, const go::Type *t)
{
    const go::Type *u = t->underlying();
    if (u->kind() == TypeKind::Pointer)
        return compositeLit(e, u->m_elem);
    const int r = reg();
    auto elemValue = [&](const Expr *v, const go::Type *et) {
        if (const auto *lit = as<CompositeLit>(v); lit && !lit->type)
            return compositeLit(lit, et);
        return exprAs(v, et);
    };
    switch (u->kind()) {
    case TypeKind::Struct: {
        add(Op::Zero, r, 0, 0, 0, t);
        for (std::size_t i = 0; i < e->elems.size(); ++i) {
            const Expr *v = e->elems[i];
            std::size_t field = i;
            if (const auto *kv = as<KeyValueExpr>(v)) {
                const auto *key = as<go::Name>(kv->key);
                for (std::size_t f = 0; f < u->m_fields.size(); ++f)
                    if (key && u->m_fields[f]->name().toStdString() == key->value)
                        field = f;
                v = kv->value;
            }
            const int val = elemValue(v, u->m_fields[field]->type());
            add(Op::StoreCell, r, val, 0, std::int64_t(field));
        }
        return r;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
        std::int64_t at = 0, length = 0;
        std::vector<std::pair<std::int64_t, const Expr *>> elems;
        for (const Expr *v : e->elems) {
            if (const auto *kv = as<KeyValueExpr>(v)) {
                at = m_info.value(kv->key->id).toInt64().value_or(0);
                v = kv->value;
            }
            elems.emplace_back(at++, v);
            length = std::max(length, at);
        }
        if (u->kind() == TypeKind::Array) {
            add(Op::Zero, r, 0, 0, 0, t);
        } else {
            const int n = loadK(Word(length));
            add(Op::MakeSlice, r, n, n, 0, u->m_elem);
        }
        for (const auto &[i, v] : elems) {
            const int val = elemValue(v, u->m_elem);
            if (u->kind() == TypeKind::Array) {
                add(Op::StoreCell, r, val, 0, i);
            } else {
                const int ir = loadK(Word(i));
                add(Op::SliceStore, r, ir, val);
            }
        }
        return r;
    }
    case TypeKind::Map: {
        add(Op::MakeMap, r, 0, 0, 0, t);
        for (const Expr *v : e->elems) {
            const auto *kv = as<KeyValueExpr>(v);
            const int k = elemValue(kv->key, u->m_key);
            const int val = elemValue(kv->value, u->m_elem);
            add(Op::MapSet, r, k, val, 0, t);
        }
        return r;
    }
    default:
        throw FatalError{"composite literal not supported"};
    }
}

int Compiler::funcLit(const FuncLit *e)
{
    FuncState *outer = m_f;
    const std::string name = outer->outer ? outer->fn->name + "." + std::to_string(++outer->literals)
                                          : outer->fn->name + ".func" + std::to_string(++outer->literals);
    auto owned = std::make_unique<Function>();
    Function *fn = owned.get();
    fn->name = name;
    fn->declPos = e->pos;
    m_program.functions.push_back(std::move(owned));
    const int savedPos = m_pos;
    compileFunction(fn, e->type, nullptr, e->body, e);
    m_pos = savedPos;
    const std::vector<Object *> caps = m_info.captures(e->id);
    const int base = reg(int(caps.size()));
    for (std::size_t i = 0; i < caps.size(); ++i) {
        auto it = m_f->vars.find(caps[i]);
        if (it == m_f->vars.end())
            throw FatalError{"captured variable " + caps[i]->name().toStdString() + " not found"};
        add(Op::Move, base + int(i), it->second.reg);
    }
    const int r = reg();
    add(Op::MakeClosure, r, base, int(caps.size()), 0, fn);
    return r;
}

} // namespace cacophony::gorun
