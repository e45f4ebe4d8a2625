#pragma once

#include "go/types/Constant.h"
#include "go/types/Object.h"

#include <QString>

namespace cacophony::go {

struct Expr;
class Package;
class Type;

// What an expression denotes while it is checked (go/types' operand modes).
enum class OperandMode : std::uint8_t {
    Invalid,   // an error was reported
    NoValue,   // a call of a function without results
    Builtin,   // a builtin function not yet called
    TypeExpr,  // a type
    Constant,  // a constant with a value
    Variable,  // an addressable value
    MapIndex,  // m[k]: assignable, not addressable
    Value,     // any other value
    Nil,       // the untyped nil
    CommaOk,   // a value that may be used as v, ok (map index, receive, type assertion)
};

// The operand of go/types: an expression's mode, type and (for constants) value.
struct Operand
{
    OperandMode mode = OperandMode::Invalid;
    const Expr *expr = nullptr;
    Type *type = nullptr;
    Constant value;
    BuiltinId builtin = BuiltinId::None;

    bool invalid() const { return mode == OperandMode::Invalid; }
    bool isNil() const { return mode == OperandMode::Nil; }
    bool isConstant() const { return mode == OperandMode::Constant; }
    bool isValue() const
    {
        return mode == OperandMode::Constant || mode == OperandMode::Variable || mode == OperandMode::MapIndex
               || mode == OperandMode::Value || mode == OperandMode::Nil || mode == OperandMode::CommaOk;
    }
    // As gc quotes an operand: `x (variable of type int)`, `300 (untyped int constant)`,
    // `c (untyped int constant 256)`, `m + 1 (constant 256 of type byte)`, `nil`.
    QString describe(const Package *current) const;
};

} // namespace cacophony::go
