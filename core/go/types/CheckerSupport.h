#pragma once

// Small helpers shared by the Checker's source files (not part of the API).

#include "go/syntax/Ast.h"
#include "go/types/Universe.h"

#include <QString>

#include <string>

namespace cacophony::go::support {

inline QString qs(const std::string &s) { return QString::fromStdString(s); }
inline QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
inline Type *invalidType() { return Universe::get().basic(BasicKind::Invalid); }
inline Type *basic(BasicKind k) { return Universe::get().basic(k); }

inline const Expr *unparen(const Expr *e)
{
    for (int guard = 0; e && guard < 1000; ++guard) {
        const auto *p = as<ParenExpr>(e);
        if (!p)
            return e;
        e = p->x;
    }
    return e;
}

inline bool isComparison(Operator op)
{
    return op == Operator::Eql || op == Operator::Neq || op == Operator::Lss || op == Operator::Leq
           || op == Operator::Gtr || op == Operator::Geq;
}

inline bool isShift(Operator op) { return op == Operator::Shl || op == Operator::Shr; }

// Error codes of representability (go/types' TruncatedFloat, NumericOverflow, ...).
enum Code : int { kOk = 0, kInvalidConversion, kTruncated, kOverflow };

} // namespace cacophony::go::support
