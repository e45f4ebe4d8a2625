#pragma once

#include "go/syntax/Diagnostics.h"
#include "go/syntax/Token.h"

#include <string>
#include <vector>

namespace cacophony::go {

// A line comment the parser cares about: `// go 1.N` (the program's Go version) or a
// `//go:` directive (outside the subset).
struct LineComment
{
    int offset = 0;
    std::string text; // from the "//" on, without the newline
};

// Go's lexer with automatic semicolons, after gc's scanner (Scanner.cpp; literals in
// ScannerLiterals.cpp): after a line's final token
// that may end a statement (a name, a literal, break/continue/fallthrough/return, ++, --,
// ), ], }) a newline or EOF reads as a Semi token whose lit is "newline" or "EOF"; an
// explicit ';' has lit "semicolon". Lexical errors go to Diagnostics in gc's words.
// Not thread-safe; one instance per parse.
class Scanner
{
public:
    Scanner(const QByteArray &text, Diagnostics &diagnostics);

    void next();

    // The current token.
    Token tok = Token::None;
    int pos = 0;            // its first byte
    int end = 0;            // one past its last byte
    std::string lit;        // Name, Literal, Semi ("semicolon", "newline", "EOF")
    bool bad = false;       // Literal: had errors
    LitKind kind = LitKind::Int;
    Operator op = Operator::None; // Operator, Star, AssignOp, IncOp, Arrow
    int prec = 0;                 // Operator, Star

    const std::vector<LineComment> &lineComments() const { return m_lineComments; }

private:
    void nextch();
    int decode(unsigned char lead);
    void errorHere(const QString &message) { error(m_chPos, message); }
    void error(int offset, const QString &message);
    void ident();
    bool atIdentChar(bool first);
    void number(bool seenPoint);
    int digits(int base, int *invalid);
    void rune();
    void string(bool raw);
    void lineComment();
    bool skipComment();
    bool escape(char32_t quote);
    void setLit(LitKind k, bool ok);
    void assignOp();

    const char *m_data;
    int m_size;
    Diagnostics &m_diagnostics;
    char32_t m_ch = 0;  // current character; kEof at the end
    int m_chPos = 0;    // its offset
    int m_readPos = 0;  // offset of the next character
    bool m_nlsemi = false;
    std::vector<LineComment> m_lineComments;
};

} // namespace cacophony::go
