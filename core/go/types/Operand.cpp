#include "go/types/Operand.h"

#include "go/syntax/Printer.h"
#include "go/types/Lookup.h"
#include "go/types/Type.h"

namespace cacophony::go {

QString Operand::describe(const Package *current) const
{
    // go/types' operandString.
    if (mode == OperandMode::Nil)
        return QStringLiteral("nil");
    QString exprText = expr ? Printer::shortString(expr) : QString();
    if (exprText.isEmpty() && mode == OperandMode::Constant)
        exprText = value.toString();
    QString out;
    if (!exprText.isEmpty())
        out = exprText + QLatin1String(" (");
    bool hasType = false;
    switch (mode) {
    case OperandMode::Invalid:
    case OperandMode::NoValue:
    case OperandMode::Builtin:
    case OperandMode::TypeExpr:
        break;
    default:
        if (type) {
            if (type->isUntyped()) {
                out += type->m_name + u' ';
                break;
            }
            hasType = true;
        }
    }
    switch (mode) {
    case OperandMode::Invalid: out += QLatin1String("invalid operand"); break;
    case OperandMode::NoValue: out += QLatin1String("no value"); break;
    case OperandMode::Builtin: out += QLatin1String("built-in"); break;
    case OperandMode::TypeExpr: out += QLatin1String("type"); break;
    case OperandMode::Constant: out += QLatin1String("constant"); break;
    case OperandMode::Variable: out += QLatin1String("variable"); break;
    case OperandMode::MapIndex: out += QLatin1String("map index expression"); break;
    case OperandMode::Value: out += QLatin1String("value"); break;
    case OperandMode::Nil: out += QLatin1String("nil"); break;
    case OperandMode::CommaOk: out += QLatin1String("comma, ok expression"); break;
    }
    if (mode == OperandMode::Constant) {
        const QString v = value.toString();
        if (v != exprText)
            out += u' ' + v;
    }
    if (hasType) {
        if (type->isInvalid())
            out += QLatin1String(" with invalid type");
        else
            out += QLatin1String(" of type ") + typeString(type, current);
    }
    if (!exprText.isEmpty())
        out += u')';
    return out;
}

} // namespace cacophony::go
