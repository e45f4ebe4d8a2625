// Type expressions: names, composite types, signatures, structs, interfaces.
#include "go/types/Checker.h"

#include "go/types/CheckerSupport.h"
#include "go/types/Universe.h"

#include <algorithm>
#include <functional>

namespace cacophony::go {

using namespace support;

Type *Checker::typExpr(const Expr *e, Type *def)
{
    if (!e)
        return invalidType();
    Type *t = typInternal(e, def);
    if (!t)
        t = invalidType();
    m_info->setType(e->id, t);
    return t;
}

Type *Checker::typInternal(const Expr *e, Type *def)
{
    if (++m_depth > 400 || stopped()) {
        --m_depth;
        return invalidType();
    }
    struct DepthGuard { int &d; ~DepthGuard() { --d; } } guard{m_depth};
    switch (e->kind) {
    case NodeKind::Name:
    case NodeKind::SelectorExpr: {
        Operand x;
        x.expr = e;
        if (e->kind == NodeKind::Name)
            ident(x, static_cast<const Name *>(e), true);
        else
            selector(x, static_cast<const SelectorExpr *>(e), true);
        switch (x.mode) {
        case OperandMode::TypeExpr:
            return x.type;
        case OperandMode::Invalid:
            return invalidType();
        case OperandMode::NoValue:
            errorAt(e, QStringLiteral("%1 used as type").arg(str(e)));
            return invalidType();
        default:
            errorAt(e, QStringLiteral("%1 is not a type").arg(describe(x)));
            return invalidType();
        }
    }
    case NodeKind::ParenExpr:
        return typExpr(static_cast<const ParenExpr *>(e)->x, def);
    case NodeKind::ArrayType: {
        const auto *a = static_cast<const ArrayType *>(e);
        if (!a->len) {
            errorAt(a, QStringLiteral("invalid use of [...] array (outside a composite literal)"));
            typExpr(a->elem);
            return invalidType();
        }
        const std::int64_t n = arrayLength(a->len);
        Type *elem = typExpr(a->elem);
        return n < 0 ? invalidType() : m_arena->array(elem, n);
    }
    case NodeKind::SliceType:
        return m_arena->slice(typExpr(static_cast<const SliceType *>(e)->elem));
    case NodeKind::DotsType:
        return invalidType(); // reported by the parser
    case NodeKind::MapType: {
        const auto *m = static_cast<const MapType *>(e);
        Type *key = typExpr(m->key);
        Type *value = typExpr(m->value);
        if (!key->isInvalid()) {
            // A key type still being declared is checked once it is complete.
            const Node *at = m->key;
            if (key->isNamed() && !key->m_underlying) {
                later([this, key, at] {
                    if (!comparable(key))
                        errorAt(at, QStringLiteral("invalid map key type %1").arg(typeStr(key)));
                });
            } else if (!comparable(key)) {
                errorAt(m->key, QStringLiteral("invalid map key type %1").arg(typeStr(key)));
            }
        }
        return m_arena->map(key, value);
    }
    case NodeKind::ChanType: {
        const auto *c = static_cast<const ChanType *>(e);
        return m_arena->chan(typExpr(c->elem), c->dir);
    }
    case NodeKind::FuncType: {
        Scope *scope = m_arena->newScope(m_scope, true);
        return funcType(static_cast<const FuncType *>(e), nullptr, scope, nullptr);
    }
    case NodeKind::StructType:
        return structType(static_cast<const StructType *>(e));
    case NodeKind::InterfaceType:
        return interfaceType(static_cast<const InterfaceType *>(e));
    case NodeKind::Operation: {
        const auto *op = static_cast<const Operation *>(e);
        if (op->op == Operator::Mul && !op->y)
            return m_arena->pointer(typExpr(op->x));
        break;
    }
    case NodeKind::IndexExpr:
        errorAt(e, QStringLiteral("%1 is not a generic type").arg(str(static_cast<const IndexExpr *>(e)->x)));
        return invalidType();
    default:
        break;
    }
    Operand x;
    rawExpr(x, e, nullptr);
    if (!x.invalid())
        errorAt(e, QStringLiteral("%1 is not a type").arg(describe(x)));
    return invalidType();
}

std::int64_t Checker::arrayLength(const Expr *e)
{
    Operand x;
    expr(x, e);
    if (x.invalid())
        return -1;
    if (!x.isConstant()) {
        if (x.mode != OperandMode::Invalid)
            errorAt(e, QStringLiteral("array length %1 must be constant").arg(describe(x)));
        return -1;
    }
    if (x.type->isUntyped() || x.type->isInteger()) {
        const Constant v = x.value.toInt();
        if (!v.isUnknown()) {
            const auto n = v.toInt64();
            if (n && *n >= 0)
                return *n;
            errorAt(e, QStringLiteral("invalid array length %1").arg(str(e)));
            return -1;
        }
    }
    if (x.type->isInteger())
        errorAt(e, QStringLiteral("invalid array length %1").arg(str(e)));
    else
        errorAt(e, QStringLiteral("array length %1 must be integer").arg(describe(x)));
    return -1;
}

std::vector<Object *> Checker::params(Scope *scope, const std::vector<Field *> &fields, bool variadicOk, bool *variadic)
{
    std::vector<Object *> vars;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const Field *f = fields[i];
        if (!f)
            continue;
        Type *t = nullptr;
        if (const auto *dots = as<DotsType>(f->type)) {
            if (variadicOk && i + 1 == fields.size()) {
                *variadic = true;
                t = m_arena->slice(typExpr(dots->elem));
                m_info->setType(dots->id, t);
            } else {
                typExpr(dots->elem); // the parser reported the misplaced ...
                t = invalidType();
            }
        } else if (i > 0 && fields[i - 1] && fields[i - 1]->type == f->type) {
            t = vars.back()->type(); // names sharing one type node: one type
        } else {
            t = typExpr(f->type);
        }
        Object *v = m_arena->newObject(ObjectKind::Var, f->name ? qs(f->name->value) : QString(), t,
                                       f->name ? f->name->pos : f->pos);
        v->m_pkg = m_pkg;
        v->m_used = true; // parameters are never "declared and not used"
        if (f->name) {
            m_info->setObject(f->name->id, v);
            declareLocal(scope, f->name, v);
        }
        vars.push_back(v);
    }
    return vars;
}

Type *Checker::funcType(const FuncType *ft, const Field *recv, Scope *scope, Object **recvObj)
{
    Type *sig = m_arena->newType(TypeKind::Signature);
    if (recv) {
        bool unused = false;
        std::vector<Object *> r = params(scope, {const_cast<Field *>(recv)}, false, &unused);
        if (!r.empty()) {
            sig->m_recv = r.front();
            if (recvObj)
                *recvObj = r.front();
        }
    }
    if (!ft) {
        sig->m_params = m_arena->tuple({});
        sig->m_results = m_arena->tuple({});
        return sig;
    }
    sig->m_params = m_arena->tuple(params(scope, ft->params, true, &sig->m_variadic));
    bool noVariadic = false;
    sig->m_results = m_arena->tuple(params(scope, ft->results, false, &noVariadic));
    m_info->setType(ft->id, sig);
    return sig;
}

Type *Checker::structType(const StructType *st)
{
    Type *s = m_arena->newType(TypeKind::Struct);
    QHash<QString, Object *> seen;
    for (std::size_t i = 0; i < st->fields.size(); ++i) {
        const Field *f = st->fields[i];
        if (!f)
            continue;
        Type *t = (i > 0 && st->fields[i - 1] && st->fields[i - 1]->type == f->type && !s->m_fields.empty())
                      ? s->m_fields.back()->type()
                      : typExpr(f->type);
        QString name;
        const bool embedded = !f->name;
        int pos = f->pos;
        if (f->name) {
            name = qs(f->name->value);
            pos = f->name->pos;
        } else {
            // The field's name is the type's name: T, *T, pkg.T.
            const Expr *te = f->type;
            if (const auto *op = as<Operation>(te); op && op->op == Operator::Mul && !op->y)
                te = op->x;
            if (const auto *sel = as<SelectorExpr>(te))
                te = sel->sel;
            if (const auto *n = as<Name>(te)) {
                name = qs(n->value);
                pos = n->pos;
            }
            Type *base = t->kind() == TypeKind::Pointer ? t->m_elem : t;
            if (!t->isInvalid() && (t->underlying()->kind() == TypeKind::Pointer && !base->isNamed()))
                errorAt(f->type, QStringLiteral("embedded field type cannot be a pointer"));
            else if (t->kind() == TypeKind::Pointer && base->underlying()->kind() == TypeKind::Interface)
                errorAt(f->type, QStringLiteral("embedded field type cannot be a pointer to an interface"));
        }
        Object *v = m_arena->newObject(ObjectKind::Var, name, t, pos);
        v->m_pkg = m_pkg;
        v->m_field = true;
        v->m_embedded = embedded;
        if (f->name)
            m_info->setObject(f->name->id, v);
        if (name != QLatin1String("_") && seen.contains(name)) {
            error(pos, QStringLiteral("%1 redeclared\n\t%2: other declaration of %1").arg(name, posText(seen.value(name)->pos())));
        } else {
            seen.insert(name, v);
        }
        s->m_fields.push_back(v);
    }
    return s;
}

Type *Checker::interfaceType(const InterfaceType *it)
{
    Type *iface = m_arena->newType(TypeKind::Interface);
    for (const Field *f : it->methods) {
        if (!f)
            continue;
        if (!f->name) {
            Type *e = typExpr(f->type);
            if (!e->isInvalid() && e->underlying()->kind() != TypeKind::Interface && e->m_underlying != nullptr)
                errorAt(f->type, QStringLiteral("cannot use %1 as interface").arg(typeStr(e)));
            else
                iface->m_embeddeds.push_back(e);
            continue;
        }
        Scope *scope = m_arena->newScope(m_scope, true);
        Type *sig = funcType(as<FuncType>(f->type), nullptr, scope, nullptr);
        Object *m = m_arena->newObject(ObjectKind::Func, qs(f->name->value), sig, f->name->pos);
        m->m_pkg = m_pkg;
        m_info->setObject(f->name->id, m);
        for (Object *other : iface->m_methods)
            if (other->name() == m->name())
                error(f->name->pos, QStringLiteral("duplicate method %1").arg(m->name()));
        iface->m_methods.push_back(m);
    }
    return iface;
}

void Checker::validType(Type *named, const Node *at)
{
    // A type may not contain itself except through a pointer, slice, map, channel or
    // function: walk arrays, struct fields and embedded interfaces, keeping the path of
    // named types for gc's "A refers to / B refers to / A" lines.
    std::vector<Type *> path{named};
    int steps = 0;
    std::function<bool(Type *)> visit = [&](Type *t) -> bool {
        if (!t || ++steps > 10000)
            return false;
        if (t == named)
            return true;
        if (t->isNamed()) {
            if (std::find(path.begin(), path.end(), t) != path.end() || !t->m_underlying)
                return false;
            path.push_back(t);
            if (visit(t->m_underlying))
                return true;
            path.pop_back();
            return false;
        }
        switch (t->kind()) {
        case TypeKind::Array: return visit(t->m_elem);
        case TypeKind::Struct:
            for (Object *f : t->m_fields)
                if (visit(f->type()))
                    return true;
            return false;
        case TypeKind::Interface:
            for (Type *e : t->m_embeddeds)
                if (visit(e))
                    return true;
            return false;
        default: return false;
        }
    };
    if (!visit(named->m_underlying))
        return;
    QString message = QStringLiteral("invalid recursive type %1").arg(named->m_obj->name());
    for (Type *t : path)
        message += QStringLiteral("\n\t%1: %2 refers to").arg(posText(t->m_obj->pos()), t->m_obj->name());
    message += QStringLiteral("\n\t%1: %2").arg(posText(named->m_obj->pos()), named->m_obj->name());
    error(at->pos, message);
    named->m_underlying = invalidType();
}

} // namespace cacophony::go
