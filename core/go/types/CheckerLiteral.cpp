// Selectors, index and slice expressions, composite and function literals, type assertions.
#include "go/types/Checker.h"

#include "go/syntax/Printer.h"
#include "go/types/CheckerSupport.h"

#include <QSet>

namespace cacophony::go {

using namespace support;

bool Checker::index(const Expr *e, std::int64_t max, std::int64_t *value)
{
    Operand x;
    expr(x, e);
    if (x.invalid())
        return false;
    convertUntyped(x, basic(BasicKind::Int));
    if (x.invalid())
        return false;
    if (!x.type->isInteger()) {
        errorAt(e, QStringLiteral("invalid argument: index %1 must be integer").arg(describe(x)));
        return false;
    }
    if (x.isConstant()) {
        const auto v = x.value.toInt64();
        if (v && *v < 0) {
            errorAt(e, QStringLiteral("invalid argument: index %1 must not be negative").arg(describe(x)));
            return false;
        }
        if (v && max >= 0 && *v >= max) {
            errorAt(e, QStringLiteral("invalid argument: index %1 out of bounds [0:%2]").arg(x.value.toString()).arg(max));
            return false;
        }
        if (v && value)
            *value = *v;
    }
    return true;
}

void Checker::selector(Operand &x, const SelectorExpr *e, bool wantType)
{
    const QString sel = e->sel ? qs(e->sel->value) : QString();
    x.mode = OperandMode::Invalid;
    x.type = invalidType();
    if (const auto *n = as<Name>(e->x)) {
        Object *obj = m_scope->lookupParent(qs(n->value));
        if (obj && obj->is(ObjectKind::PkgName)) {
            m_info->setObject(n->id, obj);
            obj->m_used = true;
            Package *pkg = obj->m_imported;
            Object *member = pkg->scope()->lookup(sel);
            if (!member) {
                errorAt(e->sel, QStringLiteral("undefined: %1").arg(str(e)));
                return;
            }
            if (!member->exported()) {
                errorAt(e->sel, QStringLiteral("name %1 not exported by package %2").arg(sel, pkg->name()));
                return;
            }
            if (e->sel)
                m_info->setObject(e->sel->id, member);
            x.type = member->type();
            switch (member->kind()) {
            case ObjectKind::Const: x.mode = OperandMode::Constant; x.value = member->m_value; break;
            case ObjectKind::TypeName: x.mode = OperandMode::TypeExpr; break;
            case ObjectKind::Var: x.mode = OperandMode::Variable; break;
            case ObjectKind::Func: x.mode = OperandMode::Value; break;
            default: break;
            }
            return;
        }
    }
    exprOrType(x, e->x);
    if (x.invalid())
        return;
    if (x.mode == OperandMode::Builtin) {
        errorAt(e->x, QStringLiteral("%1 must be called").arg(describe(x)));
        x.mode = OperandMode::Invalid;
        return;
    }
    Type *base = x.type;
    Selection s = lookupFieldOrMethod(base, sel, m_pkg);
    if (!s.obj) {
        QString why;
        if (s.ambiguous) {
            errorAt(e->sel, QStringLiteral("ambiguous selector %1").arg(str(e)));
        } else {
            if (base->kind() == TypeKind::Pointer && base->m_elem->isInterface())
                why = QStringLiteral("type %1 is pointer to interface, not interface").arg(typeStr(base));
            else if (!sel.isEmpty() && sel.at(0).isLower() && lookupFieldOrMethod(base, sel, nullptr).obj)
                why = QStringLiteral("cannot refer to unexported field or method %1").arg(sel);
            else
                why = QStringLiteral("type %1 has no field or method %2").arg(typeStr(base), sel);
            errorAt(e->sel, QStringLiteral("%1.%2 undefined (%3)").arg(str(e->x), sel, why));
        }
        x.mode = OperandMode::Invalid;
        return;
    }
    if (e->sel)
        m_info->setObject(e->sel->id, s.obj);
    m_info->setSelection(e->id, s);
    if (x.mode == OperandMode::TypeExpr) {
        // A method expression T.M: a function taking the receiver first.
        if (!s.obj->is(ObjectKind::Func)) {
            errorAt(e->sel, QStringLiteral("%1.%2 undefined (type %3 has no method %2)").arg(str(e->x), sel, typeStr(base)));
            x.mode = OperandMode::Invalid;
            return;
        }
        if (s.needsAddress) {
            errorAt(e, QStringLiteral("invalid method expression %1 (needs pointer receiver (*%2).%3)").arg(str(e), typeStr(base), sel));
            x.mode = OperandMode::Invalid;
            return;
        }
        Type *msig = s.obj->type();
        Type *fn = m_arena->newType(TypeKind::Signature);
        std::vector<Object *> ps{m_arena->newObject(ObjectKind::Var, QString(), base)};
        for (Object *p : msig->m_params->m_fields)
            ps.push_back(p);
        fn->m_params = m_arena->tuple(ps);
        fn->m_results = msig->m_results;
        fn->m_variadic = msig->m_variadic;
        x.mode = OperandMode::Value;
        x.type = fn;
        return;
    }
    Q_UNUSED(wantType);
    if (s.obj->is(ObjectKind::Var)) {
        x.mode = (x.mode == OperandMode::Variable || s.indirect) ? OperandMode::Variable : OperandMode::Value;
        x.type = s.obj->type();
        return;
    }
    if (s.needsAddress && x.mode != OperandMode::Variable) {
        errorAt(e->sel, QStringLiteral("cannot call pointer method %1 on %2").arg(sel, typeStr(base)));
        x.mode = OperandMode::Invalid;
        return;
    }
    x.mode = OperandMode::Value;
    x.type = s.obj->type();
}

void Checker::indexExpr(Operand &x, const IndexExpr *e)
{
    exprOrType(x, e->x);
    if (x.mode == OperandMode::TypeExpr) {
        errorAt(e->x, QStringLiteral("%1 is not a generic type").arg(typeStr(x.type)));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (x.invalid()) {
        Operand y;
        rawExpr(y, e->index, nullptr);
        return;
    }
    Type *u = x.type->underlying();
    std::int64_t length = -1;
    switch (u->kind()) {
    case TypeKind::Basic:
        if (x.type->isString()) {
            if (x.isConstant())
                length = std::int64_t(x.value.stringValue().size());
            x.mode = OperandMode::Value;
            x.type = Universe::get().byteType();
            break;
        }
        goto invalid;
    case TypeKind::Array:
        length = u->m_length;
        if (x.mode != OperandMode::Variable)
            x.mode = OperandMode::Value;
        x.type = u->m_elem;
        break;
    case TypeKind::Pointer:
        if (u->m_elem->underlying()->kind() != TypeKind::Array)
            goto invalid;
        length = u->m_elem->underlying()->m_length;
        x.mode = OperandMode::Variable;
        x.type = u->m_elem->underlying()->m_elem;
        break;
    case TypeKind::Slice:
        x.mode = OperandMode::Variable;
        x.type = u->m_elem;
        break;
    case TypeKind::Map: {
        Operand k;
        expr(k, e->index, u->m_key);
        assignment(k, u->m_key, QStringLiteral("map index"));
        x.mode = OperandMode::MapIndex;
        x.type = u->m_elem;
        return;
    }
    default:
        goto invalid;
    }
    if (!index(e->index, length, nullptr))
        x.mode = OperandMode::Invalid;
    return;
invalid:
    errorAt(x.expr, QStringLiteral("invalid operation: cannot index %1").arg(describe(x)));
    x.mode = OperandMode::Invalid;
    Operand y;
    rawExpr(y, e->index, nullptr);
}

void Checker::sliceExpr(Operand &x, const SliceExpr *e)
{
    expr(x, e->x);
    if (x.invalid()) {
        for (const Expr *i : e->index)
            if (i) {
                Operand y;
                rawExpr(y, i, nullptr);
            }
        return;
    }
    Type *u = x.type->underlying();
    std::int64_t length = -1;
    switch (u->kind()) {
    case TypeKind::Basic:
        if (!x.type->isString())
            goto invalid;
        if (e->full) {
            errorAt(e, QStringLiteral("invalid operation: 3-index slice of string"));
            x.mode = OperandMode::Invalid;
            return;
        }
        if (x.isConstant())
            length = std::int64_t(x.value.stringValue().size());
        if (x.type->isUntyped())
            x.type = basic(BasicKind::String);
        break;
    case TypeKind::Array:
        if (x.mode != OperandMode::Variable) {
            errorAt(e, QStringLiteral("invalid operation: %1 (slice of unaddressable value)").arg(str(e)));
            x.mode = OperandMode::Invalid;
            return;
        }
        length = u->m_length;
        x.type = m_arena->slice(u->m_elem);
        break;
    case TypeKind::Pointer:
        if (u->m_elem->underlying()->kind() != TypeKind::Array)
            goto invalid;
        length = u->m_elem->underlying()->m_length;
        x.type = m_arena->slice(u->m_elem->underlying()->m_elem);
        break;
    case TypeKind::Slice:
        break;
    default:
        goto invalid;
    }
    x.mode = OperandMode::Value;
    for (const Expr *i : e->index)
        if (i && !index(i, length >= 0 ? length + 1 : -1, nullptr))
            x.mode = OperandMode::Invalid;
    return;
invalid:
    errorAt(x.expr, QStringLiteral("cannot slice %1").arg(describe(x)));
    x.mode = OperandMode::Invalid;
}

void Checker::compositeLit(Operand &x, const CompositeLit *e, Type *hint)
{
    Type *typ = nullptr;
    Type *base = nullptr; // the literal's own type (typ unless typ is an elided *T)
    bool openArray = false;
    if (e->type) {
        if (const auto *at = as<ArrayType>(e->type); at && !at->len) {
            typ = m_arena->array(typExpr(at->elem), 0);
            openArray = true;
            m_info->setType(at->id, typ);
        } else {
            typ = typExpr(e->type);
        }
    } else if (hint) {
        typ = hint;
        if (Type *p = hint->underlying(); p->kind() == TypeKind::Pointer)
            base = p->m_elem; // &T{} elided inside a literal of []*T: the value is the pointer
    } else {
        errorAt(e, QStringLiteral("invalid composite literal type: missing type"));
        typ = invalidType();
    }
    if (!base)
        base = typ;
    Type *u = base->underlying();
    auto evalElem = [&](const Expr *v, Type *t, const QString &context) {
        Operand y;
        expr(y, v, t);
        assignment(y, t, context);
    };
    switch (u->kind()) {
    case TypeKind::Struct: {
        if (e->elems.empty())
            break;
        const auto &fields = u->m_fields;
        if (as<KeyValueExpr>(e->elems.front())) {
            QSet<Object *> seen;
            for (const Expr *el : e->elems) {
                const auto *kv = as<KeyValueExpr>(el);
                if (!kv) {
                    errorAt(el, QStringLiteral("mixture of field:value and value elements in struct literal"));
                    continue;
                }
                const auto *key = as<Name>(kv->key);
                if (!key) {
                    errorAt(kv->key, QStringLiteral("invalid field name %1 in struct literal").arg(str(kv->key)));
                    Operand y;
                    rawExpr(y, kv->value, nullptr);
                    continue;
                }
                Object *field = nullptr;
                for (Object *f : fields)
                    if (f->name() == qs(key->value))
                        field = f;
                if (!field) {
                    errorAt(kv->key, QStringLiteral("unknown field %1 in struct literal of type %2").arg(qs(key->value), typeStr(base)));
                    Operand y;
                    rawExpr(y, kv->value, nullptr);
                    continue;
                }
                m_info->setObject(key->id, field);
                if (seen.contains(field)) {
                    errorAt(kv->key, QStringLiteral("duplicate field name %1 in struct literal").arg(field->name()));
                    continue;
                }
                seen.insert(field);
                evalElem(kv->value, field->type(), QStringLiteral("struct literal"));
            }
            break;
        }
        for (std::size_t i = 0; i < e->elems.size(); ++i) {
            const Expr *el = e->elems[i];
            if (as<KeyValueExpr>(el)) {
                errorAt(el, QStringLiteral("mixture of field:value and value elements in struct literal"));
                continue;
            }
            if (i >= fields.size()) {
                errorAt(el, QStringLiteral("too many values in %1").arg(str(e)));
                break;
            }
            if (!fields[i]->exported() && fields[i]->m_pkg != m_pkg)
                errorAt(el, QStringLiteral("implicit assignment to unexported field %1 in struct literal of type %2")
                                .arg(fields[i]->name(), typeStr(base)));
            evalElem(el, fields[i]->type(), QStringLiteral("struct literal"));
        }
        if (e->elems.size() < fields.size() && !as<KeyValueExpr>(e->elems.back()))
            error(e->rbrace, QStringLiteral("too few values in %1").arg(str(e)));
        break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
        std::int64_t next = 0, max = 0;
        QSet<std::int64_t> seen;
        for (const Expr *el : e->elems) {
            const Expr *value = el;
            if (const auto *kv = as<KeyValueExpr>(el)) {
                std::int64_t i = -1;
                const std::int64_t bound = (u->kind() == TypeKind::Array && !openArray) ? u->m_length : -1;
                if (index(kv->key, bound, &i) && i >= 0)
                    next = i;
                value = kv->value;
            } else if (u->kind() == TypeKind::Array && !openArray && next >= u->m_length) {
                errorAt(el, QStringLiteral("index %1 is out of bounds (>= %2)").arg(next).arg(u->m_length));
            }
            if (seen.contains(next))
                errorAt(el, QStringLiteral("duplicate index %1 in array or slice literal").arg(next));
            seen.insert(next);
            evalElem(value, u->m_elem, QStringLiteral("array or slice literal"));
            max = std::max(max, ++next);
        }
        if (openArray)
            u->m_length = max;
        break;
    }
    case TypeKind::Map: {
        QSet<QString> keys;
        for (const Expr *el : e->elems) {
            const auto *kv = as<KeyValueExpr>(el);
            if (!kv) {
                errorAt(el, QStringLiteral("missing key in map literal"));
                continue;
            }
            Operand k;
            expr(k, kv->key, u->m_key);
            assignment(k, u->m_key, QStringLiteral("map literal"));
            if (k.isConstant()) {
                const QString text = k.value.toString();
                if (keys.contains(text))
                    errorAt(kv->key, QStringLiteral("duplicate key %1 in map literal").arg(str(kv->key)));
                keys.insert(text);
            }
            evalElem(kv->value, u->m_elem, QStringLiteral("map literal"));
        }
        break;
    }
    default:
        if (!base->isInvalid())
            errorAt(e, QStringLiteral("invalid composite literal type %1").arg(typeStr(base)));
        for (const Expr *el : e->elems) {
            Operand y;
            rawExpr(y, as<KeyValueExpr>(el) ? as<KeyValueExpr>(el)->value : el, nullptr);
        }
        x.mode = OperandMode::Invalid;
        return;
    }
    x.mode = OperandMode::Value;
    x.type = typ;
}

void Checker::funcLit(Operand &x, const FuncLit *e)
{
    Scope *scope = m_arena->newScope(m_scope, true);
    Type *sig = funcType(e->type, nullptr, scope, nullptr);
    FuncContext *outer = m_func;
    later([this, sig, e, scope, outer] {
        FuncContext *saved = m_func;
        m_func = outer;
        funcBody(sig, e->body, scope, e);
        m_func = saved;
    });
    x.mode = OperandMode::Value;
    x.type = sig;
}

void Checker::typeAssertion(Operand &x, const AssertExpr *e)
{
    expr(x, e->x);
    if (x.invalid()) {
        typExpr(e->type);
        return;
    }
    if (!x.type->isInterface()) {
        errorAt(e->x, QStringLiteral("invalid operation: %1 is not an interface").arg(describe(x)));
        typExpr(e->type);
        x.mode = OperandMode::Invalid;
        return;
    }
    Type *t = typExpr(e->type);
    if (t->isInvalid()) {
        x.mode = OperandMode::Invalid;
        return;
    }
    if (!t->isInterface()) {
        const QString why = missingMethod(t, x.type);
        if (!why.isEmpty()) {
            errorAt(e, QStringLiteral("impossible type assertion: %1\n\t%2 does not implement %3 (%4)")
                           .arg(str(e), typeStr(t), typeStr(x.type), why));
            x.mode = OperandMode::Invalid;
            return;
        }
    }
    x.mode = OperandMode::CommaOk;
    x.type = t;
}

} // namespace cacophony::go
