// Calls, conversions, builtins, selectors, index and slice expressions, composite and
// function literals, type assertions.
#include "go/types/Checker.h"

#include "go/syntax/Printer.h"
#include "go/types/Universe.h"

#include <QSet>

namespace cacophony::go {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }
Type *invalidType() { return Universe::get().basic(BasicKind::Invalid); }
Type *basic(BasicKind k) { return Universe::get().basic(k); }

struct BuiltinInfo
{
    const char *name;
    int nargs;
    bool variadic;
    bool statement; // may stand alone as a statement
};

BuiltinInfo builtinInfo(BuiltinId id)
{
    switch (id) {
    case BuiltinId::Append: return {"append", 1, true, false};
    case BuiltinId::Cap: return {"cap", 1, false, false};
    case BuiltinId::Close: return {"close", 1, false, true};
    case BuiltinId::Copy: return {"copy", 2, false, true};
    case BuiltinId::Delete: return {"delete", 2, false, true};
    case BuiltinId::Len: return {"len", 1, false, false};
    case BuiltinId::Make: return {"make", 1, true, false};
    case BuiltinId::New: return {"new", 1, false, false};
    case BuiltinId::Panic: return {"panic", 1, false, true};
    case BuiltinId::Print: return {"print", 0, true, true};
    case BuiltinId::Println: return {"println", 0, true, true};
    case BuiltinId::Recover: return {"recover", 0, false, true};
    default: return {"?", 0, true, true};
    }
}

} // namespace

QString Checker::typesSummary(const std::vector<Type *> &types, bool variadic) const
{
    QStringList parts;
    for (std::size_t i = 0; i < types.size(); ++i) {
        Type *t = types[i];
        if (!t || t->isInvalid())
            parts << QStringLiteral("<T>");
        else if (t->isUntyped())
            parts << (t->isNumeric() ? QStringLiteral("number") : QString(t->m_name).remove(QStringLiteral("untyped ")));
        else if (variadic && i + 1 == types.size() && t->kind() == TypeKind::Slice)
            parts << QLatin1String("...") + typeStr(t->m_elem);
        else
            parts << typeStr(t);
    }
    return u'(' + parts.join(QLatin1String(", ")) + u')';
}

QString Checker::argSummary(const std::vector<Operand> &args) const
{
    std::vector<Type *> types;
    for (const Operand &a : args)
        types.push_back(a.invalid() ? nullptr : a.type);
    return typesSummary(types, false);
}

Checker::ExprKind Checker::callExpr(Operand &x, const CallExpr *call)
{
    exprOrType(x, call->fun);
    switch (x.mode) {
    case OperandMode::Invalid: {
        for (const Expr *a : call->args) {
            Operand y;
            rawExpr(y, a, nullptr); // still use the arguments
        }
        x.mode = OperandMode::Invalid;
        x.expr = call;
        return ExprKind::Statement;
    }
    case OperandMode::TypeExpr: {
        Type *t = x.type;
        m_info->setConversion(call->id);
        x.mode = OperandMode::Invalid;
        if (call->args.size() != 1 || call->hasDots) {
            if (call->args.empty())
                error(call->span.end - 1, QStringLiteral("missing argument in conversion to %1").arg(typeStr(t)));
            else if (call->hasDots)
                errorAt(call->args.front(), QStringLiteral("invalid use of ... in conversion to %1").arg(typeStr(t)));
            else
                errorAt(call->args[1], QStringLiteral("too many arguments in conversion to %1").arg(typeStr(t)));
            for (const Expr *a : call->args) {
                Operand y;
                rawExpr(y, a, nullptr);
            }
            x.expr = call;
            return ExprKind::Conversion;
        }
        expr(x, call->args.front(), t);
        if (!x.invalid())
            conversion(x, t);
        x.expr = call;
        return ExprKind::Conversion;
    }
    case OperandMode::Builtin:
        return builtin(x, call, x.builtin);
    default:
        break;
    }
    Type *sig = x.type->underlying();
    if (sig->kind() != TypeKind::Signature) {
        errorAt(x.expr, QStringLiteral("invalid operation: cannot call non-function %1").arg(describe(x)));
        for (const Expr *a : call->args) {
            Operand y;
            rawExpr(y, a, nullptr);
        }
        x.mode = OperandMode::Invalid;
        x.expr = call;
        return ExprKind::Statement;
    }
    std::vector<Operand> args;
    if (call->args.size() == 1 && !call->hasDots) {
        multiExpr(args, call->args.front());
    } else {
        for (const Expr *a : call->args) {
            Operand y;
            expr(y, a);
            args.push_back(y);
        }
    }
    arguments(call, sig, args);
    const auto &results = sig->m_results->m_fields;
    x.expr = call;
    if (results.empty()) {
        x.mode = OperandMode::NoValue;
        x.type = invalidType();
    } else if (results.size() == 1) {
        x.mode = OperandMode::Value;
        x.type = results.front()->type();
    } else {
        x.mode = OperandMode::Value;
        x.type = sig->m_results;
    }
    return ExprKind::Statement;
}

void Checker::arguments(const CallExpr *call, Type *sig, std::vector<Operand> &args)
{
    for (const Operand &a : args)
        if (a.invalid())
            return;
    const auto &params = sig->m_params->m_fields;
    const std::size_t npars = params.size();
    const std::size_t nargs = args.size();
    const bool variadic = sig->m_variadic;
    std::vector<Type *> want;
    for (Object *p : params)
        want.push_back(p->type());
    std::vector<Type *> paramTypes = want;
    if (call->hasDots) {
        if (!variadic) {
            errorAt(call, QStringLiteral("have (...) in call to non-variadic %1").arg(str(call->fun)));
            return;
        }
    } else if (variadic && nargs + 1 >= npars) {
        // f(a, b, c...) with c expanded: the extra arguments take the element type.
        Type *last = paramTypes.back();
        paramTypes.pop_back();
        while (paramTypes.size() < nargs)
            paramTypes.push_back(last->m_elem);
    }
    if (nargs != paramTypes.size()) {
        const bool tooMany = nargs > paramTypes.size();
        const Node *at = call;
        if (tooMany)
            at = args[paramTypes.size()].expr;
        else if (nargs > 0)
            at = args[nargs - 1].expr;
        errorAt(at, QStringLiteral("%1 arguments in call to %2\n\thave %3\n\twant %4")
                        .arg(tooMany ? QStringLiteral("too many") : QStringLiteral("not enough"), str(call->fun),
                             argSummary(args), typesSummary(want, variadic)));
        return;
    }
    const QString context = QStringLiteral("argument to %1").arg(str(call->fun));
    for (std::size_t i = 0; i < nargs; ++i)
        assignment(args[i], paramTypes[i], context);
}

Checker::ExprKind Checker::builtin(Operand &x, const CallExpr *call, BuiltinId id)
{
    const BuiltinInfo info = builtinInfo(id);
    const QString name = QString::fromLatin1(info.name);
    const int nargs = int(call->args.size());
    const ExprKind kind = info.statement ? ExprKind::Statement : ExprKind::Expression;
    x.expr = call;
    auto fail = [&] {
        x.mode = OperandMode::Invalid;
        x.expr = call;
        return kind;
    };
    if (call->hasDots && id != BuiltinId::Append) {
        errorAt(call, QStringLiteral("invalid operation: invalid use of ... with built-in %1").arg(name));
        for (const Expr *a : call->args) {
            Operand y;
            rawExpr(y, a, nullptr);
        }
        return fail();
    }
    QString count;
    if (nargs < info.nargs)
        count = QStringLiteral("not enough");
    else if (!info.variadic && nargs > info.nargs)
        count = QStringLiteral("too many");
    if (!count.isEmpty()) {
        for (const Expr *a : call->args) {
            Operand y;
            rawExpr(y, a, nullptr);
        }
        errorAt(call, QStringLiteral("invalid operation: %1 arguments for %2 (expected %3, found %4)")
                                      .arg(count, str(call)).arg(info.nargs).arg(nargs));
        return fail();
    }
    // make and new take a type first; everything else takes values.
    std::vector<Operand> args;
    if (id != BuiltinId::Make && id != BuiltinId::New) {
        for (const Expr *a : call->args) {
            Operand y;
            expr(y, a);
            if (y.invalid())
                return fail();
            args.push_back(y);
        }
    }
    switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
        Operand &a = args[0];
        Type *u = a.type->underlying();
        if (u->kind() == TypeKind::Pointer && u->m_elem->underlying()->kind() == TypeKind::Array)
            u = u->m_elem->underlying();
        bool ok = false;
        x.mode = OperandMode::Value;
        switch (u->kind()) {
        case TypeKind::Basic:
            if (a.type->isString() && id == BuiltinId::Len) {
                ok = true;
                if (a.isConstant()) {
                    x.mode = OperandMode::Constant;
                    x.value = Constant::makeInt(std::int64_t(a.value.stringValue().size()));
                }
            }
            break;
        case TypeKind::Array:
            ok = true;
            if (!as<CallExpr>(call->args[0]) && !as<Operation>(call->args[0])) {
                x.mode = OperandMode::Constant;
                x.value = Constant::makeInt(u->m_length);
            }
            break;
        case TypeKind::Slice: case TypeKind::Chan: ok = true; break;
        case TypeKind::Map: ok = id == BuiltinId::Len; break;
        default: break;
        }
        if (!ok) {
            errorAt(a.expr, QStringLiteral("invalid argument: %1 for %2").arg(describe(a), name));
            return fail();
        }
        x.type = basic(BasicKind::Int);
        break;
    }
    case BuiltinId::Append: {
        Operand &s = args[0];
        Type *u = s.type->underlying();
        if (s.isNil() || u->kind() != TypeKind::Slice) {
            errorAt(s.expr, QStringLiteral("first argument to append must be a slice; have %1")
                                .arg(s.isNil() ? QStringLiteral("untyped nil") : describe(s)));
            return fail();
        }
        if (call->hasDots) {
            if (nargs != 2) {
                errorAt(call, QStringLiteral("can only use ... with final argument in list"));
                return fail();
            }
            // append([]byte, string...) is special.
            if (!(u->m_elem->underlying()->isBasic(BasicKind::Uint8) && args[1].type->isString()))
                assignment(args[1], s.type, QStringLiteral("argument to append"));
        } else {
            for (std::size_t i = 1; i < args.size(); ++i)
                assignment(args[i], u->m_elem, QStringLiteral("argument to append"));
        }
        x.mode = OperandMode::Value;
        x.type = s.type;
        break;
    }
    case BuiltinId::Close: {
        Operand &c = args[0];
        Type *u = c.type->underlying();
        if (u->kind() != TypeKind::Chan) {
            errorAt(c.expr, QStringLiteral("invalid operation: cannot close non-channel %1").arg(describe(c)));
            return fail();
        }
        if (u->m_dir == ChanDir::RecvOnly) {
            errorAt(c.expr, QStringLiteral("invalid operation: cannot close receive-only channel %1").arg(describe(c)));
            return fail();
        }
        x.mode = OperandMode::NoValue;
        break;
    }
    case BuiltinId::Copy: {
        Type *dst = args[0].type->underlying();
        Type *src = args[1].type->underlying();
        Type *srcElem = src->kind() == TypeKind::Slice ? src->m_elem : args[1].type->isString() ? Universe::get().byteType() : nullptr;
        if (dst->kind() != TypeKind::Slice || !srcElem) {
            errorAt(args[0].expr, QStringLiteral("invalid argument: copy expects slice arguments; found %1 and %2")
                                      .arg(describe(args[0]), describe(args[1])));
            return fail();
        }
        if (!identical(dst->m_elem, srcElem)) {
            errorAt(args[0].expr, QStringLiteral("invalid argument: arguments to copy %1 and %2 have different element types %3 and %4")
                                      .arg(describe(args[0]), describe(args[1]), typeStr(dst->m_elem), typeStr(srcElem)));
            return fail();
        }
        x.mode = OperandMode::Value;
        x.type = basic(BasicKind::Int);
        break;
    }
    case BuiltinId::Delete: {
        Type *m = args[0].type->underlying();
        if (m->kind() != TypeKind::Map) {
            errorAt(args[0].expr, QStringLiteral("invalid argument: %1 is not a map").arg(describe(args[0])));
            return fail();
        }
        assignment(args[1], m->m_key, QStringLiteral("argument to delete"));
        x.mode = OperandMode::NoValue;
        break;
    }
    case BuiltinId::Make:
    case BuiltinId::New: {
        Type *t = typExpr(call->args[0]);
        if (t->isInvalid())
            return fail();
        if (id == BuiltinId::New) {
            x.mode = OperandMode::Value;
            x.type = m_arena->pointer(t);
            break;
        }
        int min = 1;
        switch (t->underlying()->kind()) {
        case TypeKind::Slice: min = 2; break;
        case TypeKind::Map: case TypeKind::Chan: min = 1; break;
        default:
            errorAt(call->args[0], QStringLiteral("invalid argument: cannot make %1; type must be slice, map, or channel").arg(str(call->args[0])));
            return fail();
        }
        if (nargs < min || nargs > min + 1) {
            errorAt(call, QStringLiteral("invalid operation: %1 expects %2 or %3 arguments; found %4")
                              .arg(str(call)).arg(min).arg(min + 1).arg(nargs));
            return fail();
        }
        std::vector<std::int64_t> sizes;
        for (int i = 1; i < nargs; ++i) {
            std::int64_t v = -1;
            if (!index(call->args[std::size_t(i)], -1, &v))
                return fail();
            sizes.push_back(v);
        }
        if (sizes.size() == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
            errorAt(call->args[1], QStringLiteral("invalid argument: length and capacity swapped"));
            return fail();
        }
        x.mode = OperandMode::Value;
        x.type = t;
        break;
    }
    case BuiltinId::Panic:
        assignment(args[0], Universe::get().anyType(), QStringLiteral("argument to panic"));
        x.mode = OperandMode::NoValue;
        break;
    case BuiltinId::Print:
    case BuiltinId::Println:
        for (Operand &a : args)
            assignment(a, nullptr, QStringLiteral("argument to built-in %1").arg(name));
        x.mode = OperandMode::NoValue;
        break;
    case BuiltinId::Recover:
        x.mode = OperandMode::Value;
        x.type = Universe::get().anyType();
        break;
    default:
        return fail();
    }
    x.expr = call;
    return kind;
}

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
            errorAt(e, QStringLiteral("invalid argument: index %1 out of bounds [0:%2]").arg(describe(x)).arg(max));
            return false;
        }
        if (v && value)
            *value = *v;
    }
    return true;
}

void Checker::conversion(Operand &x, Type *t)
{
    const bool constArg = x.isConstant();
    bool ok = false;
    if (constArg && t->isConstType()) {
        Constant rounded;
        if (x.value.representable(t->underlying()->basic(), &rounded)) {
            x.value = rounded;
            ok = true;
        } else if (x.type->isInteger() && t->isString()) {
            // string(rune): the UTF-8 of the code point, or "\uFFFD" when out of range
            const auto v = x.value.toInt64();
            char32_t cp = (v && *v >= 0 && *v <= 0x10FFFF && !(*v >= 0xD800 && *v < 0xE000)) ? char32_t(*v) : 0xFFFD;
            x.value = Constant::makeString(QString::fromUcs4(&cp, 1).toUtf8());
            ok = true;
        } else if (x.type->isInteger() && t->isInteger()) {
            errorAt(x.expr, QStringLiteral("cannot convert %1 to type %2").arg(describe(x), typeStr(t)));
            x.mode = OperandMode::Invalid;
            return;
        }
    } else if (convertibleTo(x.type, t)) {
        ok = true;
        x.mode = OperandMode::Value;
    }
    if (!ok) {
        errorAt(x.expr, QStringLiteral("cannot convert %1 to type %2").arg(describe(x), typeStr(t)));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (x.type->isUntyped()) {
        Type *final = t;
        if (t->isInterface() || (constArg && !t->isConstType()) || x.isNil())
            final = defaultType(x.type);
        else if (constArg && x.type->isInteger() && t->isString())
            final = x.type;
        updateExprType(x.expr, final);
    }
    if (x.isNil())
        x.mode = OperandMode::Value;
    x.type = t;
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
            typ = p->m_elem; // &T{} elided inside a literal of []*T
    } else {
        errorAt(e, QStringLiteral("invalid composite literal type: missing type"));
        typ = invalidType();
    }
    Type *u = typ->underlying();
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
                    errorAt(kv->key, QStringLiteral("unknown field %1 in struct literal of type %2").arg(qs(key->value), typeStr(typ)));
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
                                .arg(fields[i]->name(), typeStr(typ)));
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
        if (!typ->isInvalid())
            errorAt(e, QStringLiteral("invalid composite literal type %1").arg(typeStr(typ)));
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
        funcBody(sig, e->body, scope, e, 0);
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
