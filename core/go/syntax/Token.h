#pragma once

// The tokens and operators of Go, as gc's syntax package names them (its error
// messages print these names, so they are part of the contract).

#include <cstdint>
#include <string_view>

namespace cacophony::go {

enum class Token : std::uint8_t {
    None,
    Eof,
    // names and literals
    Name,
    Literal,
    // operators and operations (Operator excludes '*', which is Star)
    Operator,
    AssignOp, // op=
    IncOp,    // ++ or --
    Assign,   // =
    Define,   // :=
    Arrow,    // <-
    Star,     // *
    // delimiters
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    // keywords (Break..Var is the keyword range)
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    Count
};

enum class Operator : std::uint8_t {
    None,
    Def, // the : of :=
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr
};

// Binary operator precedences (0: not a binary operator).
enum Precedence : int { kPrecNone = 0, kPrecOrOr = 1, kPrecAndAnd, kPrecCmp, kPrecAdd, kPrecMul };

enum class LitKind : std::uint8_t { Int, Float, Imag, Rune, String };

enum class ChanDir : std::uint8_t { Both, SendOnly, RecvOnly };

// The spelling of a token as gc's token table has it ("EOF", "name", "(", "func", ...).
std::string_view tokenText(Token token);
// The spelling of an operator ("+", "<-", "&^", ...).
std::string_view operatorText(Operator op);
// Is the token a keyword?
constexpr bool isKeyword(Token token) { return token >= Token::Break && token <= Token::Var; }

// A set of tokens (there are fewer than 64).
constexpr std::uint64_t tokenBit(Token token) { return std::uint64_t(1) << unsigned(token); }
constexpr bool contains(std::uint64_t set, Token token) { return (set & tokenBit(token)) != 0; }

} // namespace cacophony::go
