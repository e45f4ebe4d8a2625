#include "gorun/vm/Heap.h"

#include "gorun/vm/TypeName.h"
#include "go/types/Arena.h"
#include "go/types/Lookup.h"
#include "go/types/Universe.h"

#include <cstring>

namespace cacophony::gorun {

using go::Type;
using go::TypeKind;

Heap::~Heap()
{
    for (HeapObj *o = m_objects; o;) {
        HeapObj *next = o->next;
        delete o;
        o = next;
    }
}

void Heap::link(HeapObj *o, std::size_t size)
{
    std::lock_guard lock(m_mutex);
    m_bytes += size;
    o->next = m_objects;
    m_objects = o;
    if (m_bytes > m_limit) {
        m_limit = SIZE_MAX; // report once; the program ends
        throw FatalError{"out of memory: the run's memory limit of " + std::to_string(m_bytes >> 20) + " MB was reached"};
    }
}

void Heap::account(std::size_t n)
{
    std::lock_guard lock(m_mutex);
    m_bytes += n;
}

std::size_t Heap::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

StrObj *Heap::str(std::string s)
{
    const std::size_t n = s.size();
    return make<StrObj>(n, std::move(s));
}

BoxObj *Heap::box(const Type *t, std::size_t n, bool elems)
{
    return make<BoxObj>(n * sizeof(Word), t, n, elems);
}

bool Heap::isAggregate(const Type *t)
{
    const TypeKind k = t->underlying()->kind();
    return k == TypeKind::Struct || k == TypeKind::Array;
}

const Type *Heap::cellType(const BoxObj *b, std::size_t i)
{
    if (b->elemBox)
        return b->type;
    const Type *u = b->type->underlying();
    if (u->kind() == TypeKind::Struct)
        return u->m_fields[i]->type();
    return u->m_elem;
}

Word Heap::zero(const Type *t)
{
    const Type *u = t->underlying();
    if (u->kind() == TypeKind::Struct) {
        BoxObj *b = box(t, u->m_fields.size(), false);
        for (std::size_t i = 0; i < u->m_fields.size(); ++i)
            if (isAggregate(u->m_fields[i]->type()))
                b->set(i, zero(u->m_fields[i]->type()));
        return word(b);
    }
    if (u->kind() == TypeKind::Array) {
        BoxObj *b = box(t, std::size_t(u->m_length), false);
        if (isAggregate(u->m_elem))
            for (std::int64_t i = 0; i < u->m_length; ++i)
                b->set(std::size_t(i), zero(u->m_elem));
        return word(b);
    }
    return 0;
}

Word Heap::copy(const Type *t, Word w)
{
    if (!isAggregate(t))
        return w;
    const BoxObj *src = obj<BoxObj>(w);
    BoxObj *b = box(src->type, src->cells.size(), src->elemBox);
    for (std::size_t i = 0; i < src->cells.size(); ++i)
        b->set(i, copy(cellType(src, i), src->get(i)));
    return word(b);
}

void Heap::copyInto(const Type *t, BoxObj *dst, const BoxObj *src)
{
    (void)t;
    if (dst == src)
        return;
    for (std::size_t i = 0; i < src->cells.size(); ++i) {
        const Type *ct = cellType(src, i);
        if (isAggregate(ct))
            copyInto(ct, obj<BoxObj>(dst->get(i)), obj<BoxObj>(src->get(i)));
        else
            dst->set(i, src->get(i));
    }
}

static std::string uncomparable(const Type *t)
{
    return "comparing uncomparable type " + runtimeTypeName(t);
}

bool Heap::equal(const Type *t, Word x, Word y) const
{
    const Type *u = t->underlying();
    switch (u->kind()) {
    case TypeKind::Basic:
        if (u->isString()) {
            if (x == y)
                return true;
            const std::string_view a = x ? std::string_view(obj<StrObj>(x)->s) : std::string_view();
            const std::string_view b = y ? std::string_view(obj<StrObj>(y)->s) : std::string_view();
            return a == b;
        }
        if (u->isFloat())
            return asFloat(x) == asFloat(y);
        return x == y;
    case TypeKind::Struct:
    case TypeKind::Array: {
        const BoxObj *a = obj<BoxObj>(x), *b = obj<BoxObj>(y);
        for (std::size_t i = 0; i < a->cells.size(); ++i)
            if (!equal(cellType(a, i), a->get(i), b->get(i)))
                return false;
        return true;
    }
    case TypeKind::Interface: {
        if (!x || !y)
            return x == y;
        const IfaceObj *a = obj<IfaceObj>(x), *b = obj<IfaceObj>(y);
        if (!go::identical(a->type, b->type))
            return false;
        if (!go::comparable(a->type))
            throw RuntimeError{uncomparable(a->type)};
        return equal(a->type, a->value, b->value);
    }
    case TypeKind::Pointer:
        if (!isAggregate(u->m_elem) && x && y) {
            const RefObj *a = obj<RefObj>(x), *b = obj<RefObj>(y);
            return a->box == b->box && a->index == b->index;
        }
        return x == y;
    default:
        return x == y; // channels, maps/slices/funcs against nil
    }
}

std::string Heap::key(const Type *t, Word w) const
{
    const Type *u = t->underlying();
    std::string k;
    switch (u->kind()) {
    case TypeKind::Basic:
        if (u->isString())
            return w ? obj<StrObj>(w)->s : std::string();
        if (u->isFloat() && asFloat(w) == 0)
            w = 0; // +0 and -0 are one key
        k.assign(reinterpret_cast<const char *>(&w), sizeof w);
        return k;
    case TypeKind::Struct:
    case TypeKind::Array: {
        const BoxObj *b = obj<BoxObj>(w);
        for (std::size_t i = 0; i < b->cells.size(); ++i) {
            const std::string part = key(cellType(b, i), b->get(i));
            const std::uint32_t n = std::uint32_t(part.size());
            k.append(reinterpret_cast<const char *>(&n), sizeof n).append(part);
        }
        return k;
    }
    case TypeKind::Interface: {
        if (!w)
            return k;
        const IfaceObj *i = obj<IfaceObj>(w);
        if (!go::comparable(i->type))
            throw RuntimeError{"hash of unhashable type " + runtimeTypeName(i->type)};
        const QByteArray name = go::typeString(i->type, nullptr).toUtf8();
        k.append(name.constData(), std::size_t(name.size())).push_back('\0');
        return k + key(i->type, i->value);
    }
    default:
        k.assign(reinterpret_cast<const char *>(&w), sizeof w);
        return k;
    }
}

namespace {

struct SyntheticTypes
{
    SyntheticTypes()
    {
        runtimeError = arena.newType(TypeKind::Named);
        runtimeError->m_obj = arena.newObject(go::ObjectKind::TypeName, QStringLiteral("runtime.Error"), runtimeError);
        runtimeError->m_underlying = go::Universe::get().basic(go::BasicKind::String);
        Type *es = arena.newType(TypeKind::Named);
        es->m_obj = arena.newObject(go::ObjectKind::TypeName, QStringLiteral("errors.errorString"), es);
        es->m_underlying = go::Universe::get().basic(go::BasicKind::String);
        errorString = arena.pointer(es);
    }
    go::Arena arena;
    Type *runtimeError = nullptr;
    Type *errorString = nullptr;
};

const SyntheticTypes &synthetic()
{
    static const SyntheticTypes types;
    return types;
}

} // namespace

const Type *Heap::runtimeErrorType() { return synthetic().runtimeError; }
const Type *Heap::errorStringType() { return synthetic().errorString; }

} // namespace cacophony::gorun
