#include "go/types/Type.h"

#include "go/types/Lookup.h"
#include "go/types/Object.h"
#include "go/types/Universe.h"

#include <algorithm>

namespace cacophony::go {

namespace {

constexpr int kMaxDepth = 64; // recursive types (an interface whose method takes itself)

BasicKind basicOf(const Type *t)
{
    const Type *u = t->underlying();
    return u->kind() == TypeKind::Basic ? u->basic() : BasicKind::Invalid;
}

bool identicalAt(const Type *x, const Type *y, int depth);

// Predeclared types are named types too (for assignability's "at least one is not named").
bool hasName(const Type *t)
{
    return t->isNamed() || (t->kind() == TypeKind::Basic && !t->isUntyped());
}

bool identicalVars(const std::vector<Object *> &a, const std::vector<Object *> &b, int depth, bool names)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (names && (a[i]->name() != b[i]->name() || a[i]->m_embedded != b[i]->m_embedded))
            return false;
        if (!identicalAt(a[i]->type(), b[i]->type(), depth))
            return false;
    }
    return true;
}

bool identicalAt(const Type *x, const Type *y, int depth)
{
    if (x == y)
        return true;
    if (!x || !y || depth > kMaxDepth || x->kind() != y->kind())
        return false;
    ++depth;
    switch (x->kind()) {
    case TypeKind::Basic: return x->basic() == y->basic();
    case TypeKind::Named: return false; // distinct declarations are distinct types
    case TypeKind::Pointer:
    case TypeKind::Slice: return identicalAt(x->m_elem, y->m_elem, depth);
    case TypeKind::Array: return x->m_length == y->m_length && identicalAt(x->m_elem, y->m_elem, depth);
    case TypeKind::Map: return identicalAt(x->m_key, y->m_key, depth) && identicalAt(x->m_elem, y->m_elem, depth);
    case TypeKind::Chan: return x->m_dir == y->m_dir && identicalAt(x->m_elem, y->m_elem, depth);
    case TypeKind::Struct: return identicalVars(x->m_fields, y->m_fields, depth, true);
    case TypeKind::Tuple: return identicalVars(x->m_fields, y->m_fields, depth, false);
    case TypeKind::Signature:
        return x->m_variadic == y->m_variadic && identicalAt(x->m_params, y->m_params, depth)
               && identicalAt(x->m_results, y->m_results, depth);
    case TypeKind::Interface: {
        const auto &a = interfaceMethods(const_cast<Type *>(x));
        const auto &b = interfaceMethods(const_cast<Type *>(y));
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i]->name() != b[i]->name() || !identicalAt(a[i]->type(), b[i]->type(), depth))
                return false;
        return true;
    }
    }
    return false;
}

bool comparableAt(const Type *t, int depth)
{
    if (depth > kMaxDepth)
        return true;
    const Type *u = t->underlying();
    switch (u->kind()) {
    case TypeKind::Basic: return u->basic() != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    case TypeKind::Struct:
        return std::all_of(u->m_fields.begin(), u->m_fields.end(),
                           [&](const Object *f) { return comparableAt(f->type(), depth + 1); });
    case TypeKind::Array: return comparableAt(u->m_elem, depth + 1);
    default: return false;
    }
}

// The explicit methods, then each embedded interface's complete (cached) set: linear in the
// declarations however often an interface is embedded.
void collectMethods(Type *iface, std::vector<Object *> &out)
{
    for (Object *m : iface->m_methods)
        out.push_back(m);
    for (Type *e : iface->m_embeddeds) {
        Type *u = e->underlying();
        if (u && u->kind() == TypeKind::Interface)
            for (Object *m : interfaceMethods(u))
                out.push_back(m);
    }
}

} // namespace

Type *Type::underlying()
{
    if (m_kind != TypeKind::Named)
        return this;
    return m_underlying ? m_underlying : Universe::get().basic(BasicKind::Invalid);
}

bool Type::isBoolean() const
{
    const BasicKind b = basicOf(this);
    return b == BasicKind::Bool || b == BasicKind::UntypedBool;
}

bool Type::isInteger() const
{
    const BasicKind b = basicOf(this);
    return (b >= BasicKind::Int && b <= BasicKind::Uintptr) || b == BasicKind::UntypedInt || b == BasicKind::UntypedRune;
}

bool Type::isUnsigned() const
{
    const BasicKind b = basicOf(this);
    return b >= BasicKind::Uint && b <= BasicKind::Uintptr;
}

bool Type::isFloat() const
{
    const BasicKind b = basicOf(this);
    return b == BasicKind::Float32 || b == BasicKind::Float64 || b == BasicKind::UntypedFloat;
}

bool Type::isNumeric() const { return isInteger() || isFloat(); }

bool Type::isString() const
{
    const BasicKind b = basicOf(this);
    return b == BasicKind::String || b == BasicKind::UntypedString;
}

bool Type::isUntyped() const
{
    // Untyped types are never named, so no underlying() walk is needed.
    return m_kind == TypeKind::Basic && m_basic >= BasicKind::UntypedBool;
}

bool identical(const Type *x, const Type *y) { return identicalAt(x, y, 0); }

bool comparable(const Type *t) { return comparableAt(t, 0); }

bool hasNil(const Type *t)
{
    switch (t->underlying()->kind()) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface:
        return true;
    case TypeKind::Basic:
        return t->underlying()->basic() == BasicKind::UntypedNil;
    default:
        return false;
    }
}

Type *defaultType(Type *t)
{
    if (!t->isUntyped())
        return t;
    const Universe &u = Universe::get();
    switch (t->basic()) {
    case BasicKind::UntypedBool: return u.basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return u.basic(BasicKind::Int);
    case BasicKind::UntypedRune: return u.basic(BasicKind::Int32);
    case BasicKind::UntypedFloat: return u.basic(BasicKind::Float64);
    case BasicKind::UntypedString: return u.basic(BasicKind::String);
    default: return t;
    }
}

const std::vector<Object *> &interfaceMethods(Type *iface)
{
    Type *u = iface->underlying();
    if (!u->m_complete) {
        u->m_complete = true; // an interface embedding itself (an error) sees no methods, never loops
        std::vector<Object *> all;
        collectMethods(u, all);
        std::stable_sort(all.begin(), all.end(), [](const Object *a, const Object *b) { return a->name() < b->name(); });
        // Duplicates through embedding (identical signatures are allowed since Go 1.14).
        all.erase(std::unique(all.begin(), all.end(), [](const Object *a, const Object *b) { return a->name() == b->name(); }),
                  all.end());
        u->m_allMethods = std::move(all);
    }
    return u->m_allMethods;
}

QString missingMethod(Type *t, Type *iface)
{
    for (Object *m : interfaceMethods(iface)) {
        Object *found = nullptr;
        bool pointerOnly = false;
        if (t->isInterface()) {
            for (Object *n : interfaceMethods(t))
                if (n->name() == m->name())
                    found = n;
        } else {
            const Selection sel = lookupFieldOrMethod(t, m->name(), m->m_pkg);
            if (sel.obj && sel.obj->is(ObjectKind::Func)) {
                found = sel.obj;
                pointerOnly = sel.needsAddress;
            }
        }
        if (!found)
            return QStringLiteral("missing method %1").arg(m->name());
        if (pointerOnly)
            return QStringLiteral("method %1 has pointer receiver").arg(m->name());
        if (!identical(found->type(), m->type()))
            return QStringLiteral("wrong type for method %1").arg(m->name());
    }
    return {};
}

bool assignableTo(Type *v, Type *t, QString *reason)
{
    if (v->isInvalid() || t->isInvalid() || identical(v, t))
        return true;
    Type *vu = v->underlying();
    Type *tu = t->underlying();
    if (v->isUntyped()) {
        if (tu->kind() == TypeKind::Interface)
            return v->basic() == BasicKind::UntypedNil || missingMethod(defaultType(v), t).isEmpty();
        if (v->basic() == BasicKind::UntypedNil)
            return hasNil(t);
        if (tu->kind() != TypeKind::Basic)
            return false;
        switch (v->basic()) {
        case BasicKind::UntypedBool: return t->isBoolean();
        case BasicKind::UntypedString: return t->isString();
        default: return t->isNumeric();
        }
    }
    if ((!hasName(v) || !hasName(t)) && identical(vu, tu))
        return true;
    if (tu->kind() == TypeKind::Interface) {
        const QString why = missingMethod(v, t);
        if (why.isEmpty())
            return true;
        if (reason)
            *reason = why;
        return false;
    }
    if (vu->kind() == TypeKind::Chan && vu->m_dir == ChanDir::Both && tu->kind() == TypeKind::Chan
        && identical(vu->m_elem, tu->m_elem))
        return !hasName(v) || !hasName(t);
    return false;
}

bool convertibleTo(Type *v, Type *t)
{
    if (assignableTo(v, t))
        return true;
    Type *vu = v->underlying();
    Type *tu = t->underlying();
    if (identical(vu, tu))
        return true;
    if (vu->kind() == TypeKind::Pointer && tu->kind() == TypeKind::Pointer && !v->isNamed() && !t->isNamed()
        && identical(vu->m_elem->underlying(), tu->m_elem->underlying()))
        return true;
    if (v->isNumeric() && t->isNumeric())
        return true;
    auto byteOrRuneSlice = [](Type *s) {
        Type *u = s->underlying();
        if (u->kind() != TypeKind::Slice)
            return false;
        const BasicKind e = basicOf(u->m_elem);
        return e == BasicKind::Uint8 || e == BasicKind::Int32;
    };
    if (t->isString() && (v->isInteger() || byteOrRuneSlice(v)))
        return true;
    if (v->isString() && byteOrRuneSlice(t))
        return true;
    return false;
}

} // namespace cacophony::go
