#include "go/syntax/Token.h"

namespace cacophony::go {

std::string_view tokenText(Token token)
{
    switch (token) {
    case Token::None: return "";
    case Token::Eof: return "EOF";
    case Token::Name: return "name";
    case Token::Literal: return "literal";
    case Token::Operator: return "op";
    case Token::AssignOp: return "op=";
    case Token::IncOp: return "opop";
    case Token::Assign: return "=";
    case Token::Define: return ":=";
    case Token::Arrow: return "<-";
    case Token::Star: return "*";
    case Token::Lparen: return "(";
    case Token::Lbrack: return "[";
    case Token::Lbrace: return "{";
    case Token::Rparen: return ")";
    case Token::Rbrack: return "]";
    case Token::Rbrace: return "}";
    case Token::Comma: return ",";
    case Token::Semi: return ";";
    case Token::Colon: return ":";
    case Token::Dot: return ".";
    case Token::DotDotDot: return "...";
    case Token::Break: return "break";
    case Token::Case: return "case";
    case Token::Chan: return "chan";
    case Token::Const: return "const";
    case Token::Continue: return "continue";
    case Token::Default: return "default";
    case Token::Defer: return "defer";
    case Token::Else: return "else";
    case Token::Fallthrough: return "fallthrough";
    case Token::For: return "for";
    case Token::Func: return "func";
    case Token::Go: return "go";
    case Token::Goto: return "goto";
    case Token::If: return "if";
    case Token::Import: return "import";
    case Token::Interface: return "interface";
    case Token::Map: return "map";
    case Token::Package: return "package";
    case Token::Range: return "range";
    case Token::Return: return "return";
    case Token::Select: return "select";
    case Token::Struct: return "struct";
    case Token::Switch: return "switch";
    case Token::Type: return "type";
    case Token::Var: return "var";
    case Token::Count: break;
    }
    return "";
}

std::string_view operatorText(Operator op)
{
    switch (op) {
    case Operator::None: return "";
    case Operator::Def: return ":";
    case Operator::Not: return "!";
    case Operator::Recv: return "<-";
    case Operator::Tilde: return "~";
    case Operator::OrOr: return "||";
    case Operator::AndAnd: return "&&";
    case Operator::Eql: return "==";
    case Operator::Neq: return "!=";
    case Operator::Lss: return "<";
    case Operator::Leq: return "<=";
    case Operator::Gtr: return ">";
    case Operator::Geq: return ">=";
    case Operator::Add: return "+";
    case Operator::Sub: return "-";
    case Operator::Or: return "|";
    case Operator::Xor: return "^";
    case Operator::Mul: return "*";
    case Operator::Div: return "/";
    case Operator::Rem: return "%";
    case Operator::And: return "&";
    case Operator::AndNot: return "&^";
    case Operator::Shl: return "<<";
    case Operator::Shr: return ">>";
    }
    return "";
}

} // namespace cacophony::go
