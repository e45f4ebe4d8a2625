// Calls, conversions, builtins, selectors, index and slice expressions, composite and
// function literals, type assertions.
#include "go/types/Checker.h"

#include "go/types/CheckerSupport.h"
#include "go/syntax/Printer.h"
#include "go/types/Universe.h"

#include <QSet>

namespace cacophony::go {

using namespace support;

namespace {

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

} // namespace cacophony::go
