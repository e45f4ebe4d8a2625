// Expressions: operands, names, literals, unary and binary operations, untyped constants.
#include "go/types/Checker.h"

#include "go/types/CheckerSupport.h"
#include "go/syntax/Printer.h"
#include "go/types/Universe.h"

namespace cacophony::go {

using namespace support;

namespace {

QString opText(Operator op) { return qs(operatorText(op)); }

ConstOp constOp(Operator op, bool unary)
{
    switch (op) {
    case Operator::Add: return unary ? ConstOp::Pos : ConstOp::Add;
    case Operator::Sub: return unary ? ConstOp::Neg : ConstOp::Sub;
    case Operator::Mul: return ConstOp::Mul;
    case Operator::Div: return ConstOp::Quo;
    case Operator::Rem: return ConstOp::Rem;
    case Operator::And: return ConstOp::And;
    case Operator::Or: return ConstOp::Or;
    case Operator::Xor: return unary ? ConstOp::BitNot : ConstOp::Xor;
    case Operator::AndNot: return ConstOp::AndNot;
    case Operator::Shl: return ConstOp::Shl;
    case Operator::Shr: return ConstOp::Shr;
    case Operator::Eql: return ConstOp::Eql;
    case Operator::Neq: return ConstOp::Neq;
    case Operator::Lss: return ConstOp::Lss;
    case Operator::Leq: return ConstOp::Leq;
    case Operator::Gtr: return ConstOp::Gtr;
    case Operator::Geq: return ConstOp::Geq;
    case Operator::AndAnd: return ConstOp::LAnd;
    case Operator::OrOr: return ConstOp::LOr;
    case Operator::Not: return ConstOp::Not;
    default: return ConstOp::Add;
    }
}

int basicSize(BasicKind k)
{
    switch (k) {
    case BasicKind::Int8: case BasicKind::Uint8: return 8;
    case BasicKind::Int16: case BasicKind::Uint16: return 16;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 32;
    default: return 64;
    }
}

} // namespace

Checker::ExprKind Checker::rawExpr(Operand &x, const Expr *e, Type *hint, bool)
{
    x = Operand{};
    x.expr = e;
    if (!e) {
        x.mode = OperandMode::Invalid;
        return ExprKind::Expression;
    }
    if (++m_depth > 400 || stopped()) {
        --m_depth;
        x.mode = OperandMode::Invalid;
        return ExprKind::Expression;
    }
    const ExprKind kind = exprInternal(x, e, hint);
    --m_depth;
    x.expr = e;
    record(x);
    return kind;
}

void Checker::record(const Operand &x)
{
    if (x.invalid() || !x.expr)
        return;
    if (x.type)
        m_info->setType(x.expr->id, x.type);
    if (x.isConstant())
        m_info->setValue(x.expr->id, x.value);
}

Checker::ExprKind Checker::exprInternal(Operand &x, const Expr *e, Type *hint)
{
    x.mode = OperandMode::Invalid;
    x.type = invalidType();
    switch (e->kind) {
    case NodeKind::BadExpr:
        return ExprKind::Expression;
    case NodeKind::Name:
        ident(x, static_cast<const Name *>(e), false);
        return ExprKind::Expression;
    case NodeKind::BasicLit:
        basicLit(x, static_cast<const BasicLit *>(e));
        return ExprKind::Expression;
    case NodeKind::FuncLit:
        funcLit(x, static_cast<const FuncLit *>(e));
        return ExprKind::Expression;
    case NodeKind::CompositeLit:
        compositeLit(x, static_cast<const CompositeLit *>(e), hint);
        return ExprKind::Expression;
    case NodeKind::ParenExpr: {
        const ExprKind kind = rawExpr(x, static_cast<const ParenExpr *>(e)->x, hint);
        x.expr = e;
        return kind;
    }
    case NodeKind::SelectorExpr:
        selector(x, static_cast<const SelectorExpr *>(e), false);
        return ExprKind::Expression;
    case NodeKind::IndexExpr:
        indexExpr(x, static_cast<const IndexExpr *>(e));
        return ExprKind::Expression;
    case NodeKind::SliceExpr:
        sliceExpr(x, static_cast<const SliceExpr *>(e));
        return ExprKind::Expression;
    case NodeKind::AssertExpr:
        typeAssertion(x, static_cast<const AssertExpr *>(e));
        return ExprKind::Expression;
    case NodeKind::CallExpr:
        return callExpr(x, static_cast<const CallExpr *>(e));
    case NodeKind::Operation: {
        const auto *op = static_cast<const Operation *>(e);
        if (op->y) {
            binary(x, e, op->x, op->y, op->op, op->pos);
            return ExprKind::Expression;
        }
        if (op->op == Operator::Mul) {
            exprOrType(x, op->x);
            if (x.invalid())
                return ExprKind::Expression;
            if (x.mode == OperandMode::TypeExpr) {
                x.type = m_arena->pointer(x.type);
                return ExprKind::Expression;
            }
            if (x.isNil()) {
                errorAt(e, QStringLiteral("invalid operation: cannot indirect nil"));
                x.mode = OperandMode::Invalid;
            } else if (x.type->underlying()->kind() != TypeKind::Pointer) {
                if (!x.type->isInvalid())
                    errorAt(e, QStringLiteral("invalid operation: cannot indirect %1").arg(describe(x)));
                x.mode = OperandMode::Invalid;
            } else {
                x.mode = OperandMode::Variable;
                x.type = x.type->underlying()->m_elem;
            }
            return ExprKind::Expression;
        }
        unary(x, op);
        return op->op == Operator::Recv ? ExprKind::Statement : ExprKind::Expression;
    }
    case NodeKind::KeyValueExpr:
        errorAt(e, QStringLiteral("no key:value expected"));
        return ExprKind::Expression;
    case NodeKind::TypeSwitchGuard:
        errorAt(e, QStringLiteral("use of .(type) outside type switch"));
        return ExprKind::Expression;
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
        x.type = typExpr(e);
        x.mode = x.type->isInvalid() ? OperandMode::Invalid : OperandMode::TypeExpr;
        return ExprKind::Expression;
    case NodeKind::DotsType:
        return ExprKind::Expression; // reported by the parser
    case NodeKind::ListExpr:
        errorAt(e, QStringLiteral("unexpected list of expressions"));
        return ExprKind::Expression;
    default:
        return ExprKind::Expression;
    }
}

void Checker::expr(Operand &x, const Expr *e, Type *hint)
{
    rawExpr(x, e, hint);
    requireValue(x, e);
    singleValue(x);
}

void Checker::requireValue(Operand &x, const Expr *e)
{
    switch (x.mode) {
    case OperandMode::NoValue:
        errorAt(e, QStringLiteral("%1 used as value").arg(describe(x)));
        x.mode = OperandMode::Invalid;
        break;
    case OperandMode::Builtin:
        errorAt(e, QStringLiteral("%1 must be called").arg(describe(x)));
        x.mode = OperandMode::Invalid;
        break;
    case OperandMode::TypeExpr:
        errorAt(e, QStringLiteral("%1 is not an expression").arg(describe(x)));
        x.mode = OperandMode::Invalid;
        break;
    default:
        break;
    }
}

void Checker::exprOrType(Operand &x, const Expr *e)
{
    rawExpr(x, e, nullptr);
    if (x.mode == OperandMode::NoValue) {
        errorAt(e, QStringLiteral("%1 used as value or type").arg(describe(x)));
        x.mode = OperandMode::Invalid;
    }
    singleValue(x);
}

void Checker::singleValue(Operand &x)
{
    if (x.mode == OperandMode::Value && x.type && x.type->kind() == TypeKind::Tuple) {
        errorAt(x.expr, QStringLiteral("multiple-value %1 in single-value context").arg(describe(x)));
        x.mode = OperandMode::Invalid;
    }
}

void Checker::multiExpr(std::vector<Operand> &list, const Expr *e)
{
    list.clear();
    Operand x;
    rawExpr(x, e, nullptr);
    if (x.mode == OperandMode::Value && x.type && x.type->kind() == TypeKind::Tuple) {
        for (Object *v : x.type->m_fields) {
            Operand r;
            r.mode = OperandMode::Value;
            r.expr = e;
            r.type = v->type();
            list.push_back(r);
        }
        return;
    }
    requireValue(x, e);
    list.push_back(x);
}

void Checker::ident(Operand &x, const Name *n, bool)
{
    const QString name = qs(n->value);
    x.mode = OperandMode::Invalid;
    x.type = invalidType();
    if (name == QLatin1String("_")) {
        errorAt(n, QStringLiteral("cannot use _ as value"));
        return;
    }
    Scope *where = nullptr;
    Object *obj = m_scope->lookupParent(name, &where);
    // Predeclared names outside the subset: named, not "undefined" (the packages may use them).
    static const QStringList kExcluded = {QStringLiteral("float32"), QStringLiteral("uintptr"), QStringLiteral("complex64"),
                                          QStringLiteral("complex128"), QStringLiteral("complex"), QStringLiteral("real"),
                                          QStringLiteral("imag")};
    if (!m_declarationsOnly && (!obj || where == Universe::get().scope()) && kExcluded.contains(name)) {
        errorAt(n, QStringLiteral("%1 is not in Cacophony's Go subset").arg(name));
        return;
    }
    if (!obj) {
        errorAt(n, QStringLiteral("undefined: %1").arg(name));
        return;
    }
    m_info->setObject(n->id, obj);
    if (where == m_pkgScope && obj->m_color != 2)
        objDecl(obj);
    switch (obj->kind()) {
    case ObjectKind::PkgName:
        obj->m_used = true;
        errorAt(n, QStringLiteral("use of package %1 without selector").arg(name));
        return;
    case ObjectKind::Const:
        if (obj == Universe::get().iota()) {
            if (m_iota < 0) {
                errorAt(n, QStringLiteral("cannot use iota outside constant declaration"));
                return;
            }
            x.value = Constant::makeInt(m_iota);
        } else {
            x.value = obj->m_value;
        }
        if (!obj->type() || obj->type()->isInvalid() || x.value.isUnknown())
            return;
        x.mode = OperandMode::Constant;
        break;
    case ObjectKind::TypeName:
        if (!obj->type())
            return;
        x.mode = OperandMode::TypeExpr;
        break;
    case ObjectKind::Var:
        useVar(obj);
        if (!obj->type() || obj->type()->isInvalid())
            return;
        x.mode = OperandMode::Variable;
        break;
    case ObjectKind::Func:
        if (!obj->type())
            return;
        x.mode = OperandMode::Value;
        break;
    case ObjectKind::Builtin:
        x.mode = OperandMode::Builtin;
        x.builtin = obj->m_builtin;
        return;
    case ObjectKind::Nil:
        x.mode = OperandMode::Nil;
        break;
    default:
        return;
    }
    x.type = obj->type();
}

void Checker::useVar(Object *obj)
{
    if (obj->m_pkg != m_pkg)
        return; // another package's variable (shared by every check): never written
    obj->m_used = true;
    // A variable of an enclosing function is captured by every function literal in between.
    if (!m_func || !obj->m_parent || obj->m_field)
        return;
    const Scope *declaredIn = obj->m_parent->functionScope();
    if (!declaredIn)
        return; // package level
    for (FuncContext *c = m_func; c && c->scope != declaredIn; c = c->outer) {
        if (c->lit) {
            m_info->addCapture(c->lit->id, obj);
            obj->m_captured = true;
        }
    }
}

void Checker::basicLit(Operand &x, const BasicLit *e)
{
    if (e->bad)
        return;
    if (e->litKind == LitKind::Imag) {
        errorAt(e, QStringLiteral("complex numbers (%1) are not in Cacophony's Go subset").arg(qs(e->value)));
        return;
    }
    const Constant v = Constant::fromLiteral(qs(e->value));
    if (v.isUnknown()) {
        errorAt(e, QStringLiteral("malformed constant: %1").arg(qs(e->value)));
        return;
    }
    switch (e->litKind) {
    case LitKind::Int: x.type = basic(BasicKind::UntypedInt); break;
    case LitKind::Float: x.type = basic(BasicKind::UntypedFloat); break;
    case LitKind::Rune: x.type = basic(BasicKind::UntypedRune); break;
    default: x.type = basic(BasicKind::UntypedString); break;
    }
    if (v.kind() == ConstKind::Int && v.bitLength() > std::size_t(Constant::kMaxIntBits)) {
        errorAt(e, QStringLiteral("integer constant too large"));
        x.type = invalidType();
        return;
    }
    x.mode = OperandMode::Constant;
    x.value = v;
}

void Checker::unary(Operand &x, const Operation *e)
{
    const Operator op = e->op;
    if (op == Operator::And) {
        // &T{...} is allowed although a composite literal is not addressable.
        const Expr *inner = e->x;
        while (const auto *p = as<ParenExpr>(inner))
            inner = p->x;
        if (const auto *lit = as<CompositeLit>(inner)) {
            rawExpr(x, lit, nullptr);
            if (x.invalid())
                return;
            x.mode = OperandMode::Value;
            x.type = m_arena->pointer(x.type);
            return;
        }
        expr(x, e->x);
        if (x.invalid())
            return;
        if (x.mode != OperandMode::Variable) {
            errorAt(e, QStringLiteral("invalid operation: cannot take address of %1").arg(describe(x)));
            x.mode = OperandMode::Invalid;
            return;
        }
        x.mode = OperandMode::Value;
        x.type = m_arena->pointer(x.type);
        return;
    }
    expr(x, e->x);
    if (x.invalid())
        return;
    if (op == Operator::Recv) {
        Type *u = x.type->underlying();
        if (u->kind() != TypeKind::Chan) {
            errorAt(e->x, QStringLiteral("invalid operation: cannot receive from non-channel %1").arg(describe(x)));
            x.mode = OperandMode::Invalid;
            return;
        }
        if (u->m_dir == ChanDir::SendOnly) {
            errorAt(e->x, QStringLiteral("invalid operation: cannot receive from send-only channel %1").arg(describe(x)));
            x.mode = OperandMode::Invalid;
            return;
        }
        x.mode = OperandMode::CommaOk;
        x.type = u->m_elem;
        return;
    }
    bool ok = true;
    switch (op) {
    case Operator::Add:
    case Operator::Sub: ok = x.type->isNumeric(); break;
    case Operator::Xor: ok = x.type->isInteger(); break;
    case Operator::Not: ok = x.type->isBoolean(); break;
    default: ok = false; break;
    }
    if (!ok) {
        errorAt(x.expr, QStringLiteral("invalid operation: operator %1 not defined on %2").arg(opText(op), describe(x)));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (x.isConstant()) {
        const int bits = (op == Operator::Xor && x.type->isUnsigned()) ? basicSize(x.type->underlying()->basic()) : 0;
        x.value = Constant::unaryOp(constOp(op, true), x.value, bits);
        x.expr = e;
        overflow(x, e->pos);
        return;
    }
    x.mode = OperandMode::Value;
}

void Checker::binary(Operand &x, const Expr *e, const Expr *lhs, const Expr *rhs, Operator op, int opPos)
{
    Operand y;
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid())
        return;
    if (y.invalid()) {
        x.mode = OperandMode::Invalid;
        x.expr = y.expr;
        return;
    }
    if (isShift(op)) {
        shift(x, y, e, op);
        return;
    }
    matchTypes(x, y);
    if (x.invalid())
        return;
    if (isComparison(op)) {
        comparison(x, y, op, false);
        return;
    }
    if (!identical(x.type, y.type)) {
        if (!x.type->isInvalid() && !y.type->isInvalid()) {
            if (e)
                errorAt(x.expr, QStringLiteral("invalid operation: %1 (mismatched types %2 and %3)")
                                    .arg(str(e), typeStr(x.type), typeStr(y.type)));
            else
                errorAt(x.expr, QStringLiteral("invalid operation: %1 %2= %3 (mismatched types %4 and %5)")
                                    .arg(str(lhs), opText(op), str(rhs), typeStr(x.type), typeStr(y.type)));
        }
        x.mode = OperandMode::Invalid;
        return;
    }
    bool ok = true;
    switch (op) {
    case Operator::Add: ok = x.type->isNumeric() || x.type->isString(); break;
    case Operator::Sub: case Operator::Mul: case Operator::Div: ok = x.type->isNumeric(); break;
    case Operator::Rem: case Operator::And: case Operator::Or: case Operator::Xor: case Operator::AndNot:
        ok = x.type->isInteger();
        break;
    case Operator::AndAnd: case Operator::OrOr: ok = x.type->isBoolean(); break;
    default: ok = false; break;
    }
    if (!ok) {
        errorAt(x.expr, QStringLiteral("invalid operation: operator %1 not defined on %2").arg(opText(op), describe(x)));
        x.mode = OperandMode::Invalid;
        return;
    }
    if ((op == Operator::Div || op == Operator::Rem) && (x.isConstant() || x.type->isInteger()) && y.isConstant()
        && y.value.kind() != ConstKind::Unknown && y.value.number() == 0) {
        errorAt(y.expr, QStringLiteral("invalid operation: division by zero"));
        x.mode = OperandMode::Invalid;
        return;
    }
    if (x.isConstant() && y.isConstant()) {
        x.value = Constant::binaryOp(x.value, constOp(op, false), y.value, x.type->isInteger());
        x.expr = e ? e : lhs;
        overflow(x, opPos);
        return;
    }
    x.mode = OperandMode::Value;
}

void Checker::shift(Operand &x, Operand &y, const Expr *e, Operator op)
{
    Constant xval;
    if (x.isConstant())
        xval = x.value.toInt();
    if (!(x.type->isInteger() || (x.type->isUntyped() && xval.kind() == ConstKind::Int))) {
        errorAt(x.expr, QStringLiteral("invalid operation: shifted operand %1 must be integer").arg(describe(x)));
        x.mode = OperandMode::Invalid;
        return;
    }
    Constant yval;
    if (y.isConstant()) {
        yval = y.value.toInt();
        if (yval.kind() == ConstKind::Int && yval.number() < 0) {
            errorAt(y.expr, QStringLiteral("invalid operation: negative shift count %1").arg(describe(y)));
            x.mode = OperandMode::Invalid;
            return;
        }
        if (y.type->isUntyped()) {
            representable(y, basic(BasicKind::Uint));
            if (y.invalid()) {
                x.mode = OperandMode::Invalid;
                return;
            }
        }
    } else if (!y.type->isInteger()) {
        if (y.type->isUntyped()) {
            convertUntyped(y, basic(BasicKind::Uint));
            if (y.invalid()) {
                x.mode = OperandMode::Invalid;
                return;
            }
        } else {
            errorAt(y.expr, QStringLiteral("invalid operation: shift count %1 must be integer").arg(describe(y)));
            x.mode = OperandMode::Invalid;
            return;
        }
    }
    if (x.isConstant()) {
        if (y.isConstant()) {
            constexpr std::int64_t kShiftBound = 1023 - 1 + 52;
            const auto s = yval.toInt64();
            if (!s || *s > kShiftBound) {
                errorAt(y.expr, QStringLiteral("invalid operation: invalid shift count %1").arg(describe(y)));
                x.mode = OperandMode::Invalid;
                return;
            }
            if (!x.type->isInteger())
                x.type = basic(BasicKind::UntypedInt);
            x.value = Constant::shift(xval, constOp(op, false), std::uint64_t(*s));
            x.expr = e;
            overflow(x, e ? e->pos : 0);
            return;
        }
        if (x.type->isUntyped()) {
            x.mode = OperandMode::Value; // typed by its context, as the left operand alone would be
            return;
        }
    }
    if (!x.type->isInteger()) {
        errorAt(x.expr, QStringLiteral("invalid operation: shifted operand %1 must be integer").arg(describe(x)));
        x.mode = OperandMode::Invalid;
        return;
    }
    x.mode = OperandMode::Value;
}

} // namespace cacophony::go
