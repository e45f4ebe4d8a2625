// Untyped constants converted where they are used, comparisons, representability and
// overflow, assignability with gc's messages.
#include "go/types/Checker.h"

#include "go/syntax/Printer.h"
#include "go/types/CheckerSupport.h"

#include <QSet>

namespace cacophony::go {

using namespace support;

namespace {

QString opText(Operator op) { return qs(operatorText(op)); }

QString kindString(Type *t, const Package *pkg)
{
    switch (t->underlying()->kind()) {
    case TypeKind::Array: return QStringLiteral("array");
    case TypeKind::Slice: return QStringLiteral("slice");
    case TypeKind::Struct: return QStringLiteral("struct");
    case TypeKind::Pointer: return QStringLiteral("pointer");
    case TypeKind::Signature: return QStringLiteral("func");
    case TypeKind::Interface: return QStringLiteral("interface");
    case TypeKind::Map: return QStringLiteral("map");
    case TypeKind::Chan: return QStringLiteral("chan");
    default: return typeString(t, pkg);
    }
}

// The larger of two untyped numeric kinds, or null if they do not mix.
Type *maxType(Type *x, Type *y)
{
    if (x->isNumeric() && y->isNumeric())
        return x->basic() >= y->basic() ? x : y;
    return x->basic() == y->basic() ? x : nullptr;
}

bool allOrdered(const Type *t) { return t->isNumeric() || t->isString(); }

ConstOp comparisonOp(Operator op)
{
    switch (op) {
    case Operator::Eql: return ConstOp::Eql;
    case Operator::Neq: return ConstOp::Neq;
    case Operator::Lss: return ConstOp::Lss;
    case Operator::Leq: return ConstOp::Leq;
    case Operator::Gtr: return ConstOp::Gtr;
    default: return ConstOp::Geq;
    }
}

} // namespace

void Checker::matchTypes(Operand &x, Operand &y)
{
    auto mayConvert = [](const Operand &a, const Operand &b) {
        if (!a.type->isUntyped() && !b.type->isUntyped())
            return false;
        if (a.type->isNumeric() != b.type->isNumeric())
            return false;
        if (a.type->isString() != b.type->isString())
            return false;
        if (a.isNil())
            return hasNil(b.type);
        if (b.isNil())
            return hasNil(a.type);
        if (a.type->is(TypeKind::Pointer) || b.type->is(TypeKind::Pointer))
            return false;
        return true;
    };
    if (!mayConvert(x, y))
        return;
    convertUntyped(x, y.type);
    if (x.invalid())
        return;
    convertUntyped(y, x.type);
    if (y.invalid())
        x.mode = OperandMode::Invalid;
}

void Checker::comparison(Operand &x, Operand &y, Operator op, bool switchCase)
{
    QString cause;
    const Operand *errOp = &x;
    bool ok = assignableTo(x.type, y.type) || assignableTo(y.type, x.type);
    if (!ok) {
        errOp = &y;
        cause = QStringLiteral("mismatched types %1 and %2").arg(typeStr(x.type), typeStr(y.type));
    } else if (op == Operator::Eql || op == Operator::Neq) {
        if (x.isNil() || y.isNil()) {
            Type *t = x.isNil() ? y.type : x.type;
            if (!hasNil(t)) {
                ok = false;
                errOp = &y;
            }
        } else if (!comparable(x.type) || !comparable(y.type)) {
            ok = false;
            errOp = comparable(x.type) ? &y : &x;
            Type *t = errOp->type;
            const TypeKind k = t->underlying()->kind();
            if (k == TypeKind::Slice || k == TypeKind::Signature || k == TypeKind::Map)
                cause = kindString(t, m_pkg) + QLatin1String(" can only be compared to nil");
        }
    } else if (!allOrdered(x.type)) {
        ok = false;
        errOp = &x;
    } else if (!allOrdered(y.type)) {
        ok = false;
        errOp = &y;
    }
    if (!ok) {
        if (cause.isEmpty())
            cause = QStringLiteral("operator %1 not defined on %2").arg(opText(op), kindString(errOp->type, m_pkg));
        if (switchCase)
            errorAt(x.expr, QStringLiteral("invalid case %1 in switch on %2 (%3)").arg(str(x.expr), str(y.expr), cause));
        else
            errorAt(errOp->expr, QStringLiteral("invalid operation: %1 %2 %3 (%4)").arg(str(x.expr), opText(op), str(y.expr), cause));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (x.isConstant() && y.isConstant()) {
        x.value = Constant::makeBool(Constant::compare(x.value, comparisonOp(op), y.value));
    } else {
        x.mode = OperandMode::Value;
        updateExprType(x.expr, defaultType(x.type));
        updateExprType(y.expr, defaultType(y.type));
    }
    x.type = basic(BasicKind::UntypedBool);
}

int Checker::implicitType(Operand &x, Type *target, Type **result)
{
    *result = x.type;
    if (x.invalid() || !x.type->isUntyped() || target->isInvalid())
        return kOk;
    if (target->isUntyped()) {
        Type *m = maxType(x.type, target);
        if (!m)
            return kInvalidConversion;
        *result = m;
        return kOk;
    }
    if (x.isNil()) {
        if (!hasNil(target))
            return kInvalidConversion;
        *result = target->isInterface() || target->underlying()->kind() != TypeKind::Basic ? basic(BasicKind::UntypedNil) : target;
        return kOk;
    }
    Type *u = target->underlying();
    switch (u->kind()) {
    case TypeKind::Basic:
        if (x.isConstant()) {
            Constant rounded;
            if (!x.value.representable(u->basic(), &rounded)) {
                if (x.type->isNumeric() && target->isNumeric())
                    return (!x.type->isInteger() && target->isInteger()) ? kTruncated : kOverflow;
                return kInvalidConversion;
            }
            x.value = rounded;
            *result = target;
            return kOk;
        }
        switch (x.type->basic()) {
        case BasicKind::UntypedBool: if (!target->isBoolean()) return kInvalidConversion; break;
        case BasicKind::UntypedString: if (!target->isString()) return kInvalidConversion; break;
        default: if (!target->isNumeric()) return kInvalidConversion; break;
        }
        *result = target;
        return kOk;
    case TypeKind::Interface:
        if (!interfaceMethods(u).empty())
            return kInvalidConversion;
        *result = defaultType(x.type);
        return kOk;
    default:
        return kInvalidConversion;
    }
}

void Checker::convertUntyped(Operand &x, Type *target)
{
    Type *t = nullptr;
    const int code = implicitType(x, target, &t);
    if (code != kOk) {
        invalidConversion(code, x, target->underlying());
        x.mode = OperandMode::Invalid;
        return;
    }
    if (t != x.type) {
        x.type = t;
        updateExprType(x.expr, t);
    }
    if (x.isConstant() && x.expr)
        m_info->setValue(x.expr->id, x.value);
}

void Checker::invalidConversion(int code, Operand &x, Type *target)
{
    QString message = QStringLiteral("cannot convert %1 to %2");
    if (code == kTruncated)
        message = QStringLiteral("%1 truncated to %2");
    else if (code == kOverflow)
        message = QStringLiteral("%1 overflows %2");
    errorAt(x.expr, message.arg(describe(x), typeStr(target)));
}

void Checker::representable(Operand &x, Type *target)
{
    Constant rounded;
    if (x.value.representable(target->underlying()->basic(), &rounded)) {
        x.value = rounded;
        return;
    }
    int code = kInvalidConversion;
    if (x.type->isNumeric() && target->isNumeric())
        code = (!x.type->isInteger() && target->isInteger()) ? kTruncated : kOverflow;
    invalidConversion(code, x, target);
    x.mode = OperandMode::Invalid;
}

void Checker::overflow(Operand &x, int opPos)
{
    if (x.value.isUnknown()) {
        error(opPos, QStringLiteral("constant result is not representable"));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (!x.type->isUntyped()) {
        representable(x, x.type);
        return;
    }
    if (x.value.kind() == ConstKind::Int && x.value.bitLength() > std::size_t(Constant::kMaxIntBits)) {
        QString name;
        if (const auto *op = as<Operation>(x.expr); op && op->y) {
            switch (op->op) {
            case Operator::Add: name = QStringLiteral("addition "); break;
            case Operator::Sub: name = QStringLiteral("subtraction "); break;
            case Operator::Xor: name = QStringLiteral("bitwise XOR "); break;
            case Operator::Mul: name = QStringLiteral("multiplication "); break;
            case Operator::Shl: name = QStringLiteral("shift "); break;
            default: break;
            }
        }
        error(opPos, QStringLiteral("constant %1overflow").arg(name));
        x.value = Constant();
        x.mode = OperandMode::Invalid;
    }
}

void Checker::updateExprType(const Expr *e, Type *t)
{
    for (int guard = 0; e && guard < 1000; ++guard) {
        Type *old = m_info->type(e->id);
        if (!old || !old->isUntyped())
            return;
        m_info->setType(e->id, t);
        if (const auto *p = as<ParenExpr>(e)) {
            e = p->x;
        } else if (const auto *op = as<Operation>(e)) {
            if (op->y && isComparison(op->op))
                return; // the operands were typed on their own
            if (op->y && !isShift(op->op))
                updateExprType(op->y, t);
            e = op->x;
        } else {
            return;
        }
    }
}

QString Checker::implementsCause(Type *v, Type *t)
{
    const QString why = missingMethod(v, t);
    if (why.isEmpty())
        return {};
    QString detail = why;
    if (why.startsWith(QLatin1String("wrong type for method "))) {
        const QString name = why.mid(22);
        Selection sel = lookupFieldOrMethod(v, name, m_pkg);
        Object *want = nullptr;
        for (Object *m : interfaceMethods(t))
            if (m->name() == name)
                want = m;
        if (sel.obj && want)
            detail += QStringLiteral(")\n\t\thave %1%2\n\t\twant %1%3")
                          .arg(name, typeStr(sel.obj->type()).mid(4), typeStr(want->type()).mid(4));
        return QStringLiteral("%1 does not implement %2 (%3").arg(typeStr(v), typeStr(t), detail);
    }
    return QStringLiteral("%1 does not implement %2 (%3)").arg(typeStr(v), typeStr(t), detail);
}

void Checker::assignment(Operand &x, Type *t, const QString &context)
{
    singleValue(x);
    if (t && t->underlying()->isInvalid())
        return; // the target's error was reported
    switch (x.mode) {
    case OperandMode::Invalid:
        return;
    case OperandMode::Constant: case OperandMode::Variable: case OperandMode::MapIndex:
    case OperandMode::Value: case OperandMode::Nil: case OperandMode::CommaOk:
        break;
    default:
        errorAt(x.expr, QStringLiteral("cannot assign %1 to %2 in %3").arg(describe(x), t ? typeStr(t) : QStringLiteral("_"), context));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (x.type->isUntyped()) {
        Type *target = t;
        if (x.isNil()) {
            if (!t) {
                errorAt(x.expr, QStringLiteral("use of untyped nil in %1").arg(context));
                x.mode = OperandMode::Invalid;
                return;
            }
        } else if (!t || t->isInterface()) {
            target = defaultType(x.type);
        }
        Type *newType = nullptr;
        const int code = implicitType(x, target, &newType);
        if (code != kOk) {
            QString message = QStringLiteral("cannot use %1 as %2 value in %3").arg(describe(x), typeStr(target), context);
            if (code == kTruncated)
                message += QLatin1String(" (truncated)");
            else if (code == kOverflow)
                message += QLatin1String(" (overflows)");
            errorAt(x.expr, message);
            x.mode = OperandMode::Invalid;
            return;
        }
        if (x.isConstant() && x.expr)
            m_info->setValue(x.expr->id, x.value);
        if (newType != x.type) {
            x.type = newType;
            updateExprType(x.expr, newType);
        }
    }
    if (!t)
        return;
    QString cause;
    if (!assignableTo(x.type, t, &cause)) {
        if (t->isInterface() && !x.type->isInterface() && !x.type->isUntyped())
            cause = implementsCause(x.type, t);
        else if (t->isInterface() && x.type->isInterface())
            cause = implementsCause(x.type, t);
        if (!cause.isEmpty())
            errorAt(x.expr, QStringLiteral("cannot use %1 as %2 value in %3: %4").arg(describe(x), typeStr(t), context, cause));
        else
            errorAt(x.expr, QStringLiteral("cannot use %1 as %2 value in %3").arg(describe(x), typeStr(t), context));
        x.mode = OperandMode::Invalid;
    }
}

} // namespace cacophony::go
