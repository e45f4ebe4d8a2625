#include "go/syntax/Scanner.h"

#include "go/syntax/ScannerText.h"

#include <QChar>

namespace cacophony::go {

using namespace scannertext;

namespace {

constexpr char32_t kBom = 0xFEFF;

Token keyword(std::string_view word)
{
    for (int t = int(Token::Break); t <= int(Token::Var); ++t)
        if (tokenText(Token(t)) == word)
            return Token(t);
    return Token::None;
}

} // namespace

Scanner::Scanner(const QByteArray &text, Diagnostics &diagnostics)
    : m_data(text.constData())
    , m_size(int(text.size()))
    , m_diagnostics(diagnostics)
{
    nextch(); // a BOM at the start is skipped there
}

void Scanner::error(int offset, const QString &message)
{
    m_diagnostics.report(offset, message);
}

void Scanner::nextch()
{
    // As gc: a NUL, a byte that is not UTF-8 and a BOM past the start are reported and
    // then skipped, as if they were not there.
    for (;;) {
        m_chPos = m_readPos;
        if (m_readPos >= m_size) {
            m_ch = kEof;
            return;
        }
        const auto b = static_cast<unsigned char>(m_data[m_readPos]);
        if (b < 0x80) {
            ++m_readPos;
            m_ch = b;
            if (b != 0)
                return;
            errorHere(QStringLiteral("invalid NUL character"));
            continue;
        }
        const int width = decode(b);
        if (width == 0) {
            ++m_readPos;
            errorHere(QStringLiteral("invalid UTF-8 encoding"));
            continue;
        }
        m_readPos += width;
        if (m_ch != kBom)
            return;
        if (m_chPos > 0)
            errorHere(QStringLiteral("invalid BOM in the middle of the file"));
    }
}

int Scanner::decode(unsigned char lead)
{
    // One UTF-8 sequence at m_readPos into m_ch; its width, or 0 if it is not valid UTF-8.
    const int need = lead >= 0xF8 ? -1 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (need < 0 || m_readPos + need >= m_size)
        return 0;
    char32_t c = lead & (0x3F >> need);
    for (int i = 1; i <= need; ++i) {
        const auto cb = static_cast<unsigned char>(m_data[m_readPos + i]);
        if ((cb & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (cb & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (c < kMin[need] || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000))
        return 0;
    m_ch = c;
    return need + 1;
}

void Scanner::setLit(LitKind k, bool ok)
{
    m_nlsemi = true;
    tok = Token::Literal;
    lit.assign(m_data + pos, std::size_t(m_chPos - pos));
    bad = !ok;
    kind = k;
}

void Scanner::next()
{
    const bool nlsemi = m_nlsemi;
    m_nlsemi = false;
    lit.clear();
    for (;;) {
        while (m_ch == ' ' || m_ch == '\t' || (m_ch == '\n' && !nlsemi) || m_ch == '\r')
            nextch();
        pos = m_chPos;
        if (isLetter(m_ch) || (m_ch >= 0x80 && m_ch != kEof && atIdentChar(true))) {
            nextch();
            ident();
            break;
        }
        const char32_t c = m_ch;
        bool again = false;
        switch (c) {
        case kEof:
            if (nlsemi) {
                lit = "EOF";
                tok = Token::Semi;
                break;
            }
            tok = Token::Eof;
            break;
        case '\n':
            nextch();
            lit = "newline";
            tok = Token::Semi;
            break;
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
            number(false);
            break;
        case '"': string(false); break;
        case '`': string(true); break;
        case '\'': rune(); break;
        case '(': nextch(); tok = Token::Lparen; break;
        case '[': nextch(); tok = Token::Lbrack; break;
        case '{': nextch(); tok = Token::Lbrace; break;
        case ',': nextch(); tok = Token::Comma; break;
        case ';': nextch(); lit = "semicolon"; tok = Token::Semi; break;
        case ')': nextch(); m_nlsemi = true; tok = Token::Rparen; break;
        case ']': nextch(); m_nlsemi = true; tok = Token::Rbrack; break;
        case '}': nextch(); m_nlsemi = true; tok = Token::Rbrace; break;
        case ':':
            nextch();
            if (m_ch == '=') { nextch(); tok = Token::Define; break; }
            tok = Token::Colon;
            break;
        case '.':
            nextch();
            if (isDecimal(m_ch)) { number(true); break; }
            if (m_ch == '.' && m_readPos < m_size && m_data[m_readPos] == '.') {
                nextch();
                nextch();
                tok = Token::DotDotDot;
                break;
            }
            tok = Token::Dot;
            break;
        case '+':
        case '-':
            nextch();
            op = c == '+' ? Operator::Add : Operator::Sub;
            prec = kPrecAdd;
            if (m_ch != c) { assignOp(); break; }
            nextch();
            m_nlsemi = true;
            tok = Token::IncOp;
            break;
        case '*':
            nextch();
            op = Operator::Mul;
            prec = kPrecMul;
            if (m_ch == '=') { nextch(); tok = Token::AssignOp; break; }
            tok = Token::Star;
            break;
        case '/':
            nextch();
            if (m_ch == '/') {
                nextch();
                lineComment();
                again = true;
                break;
            }
            if (m_ch == '*') {
                nextch();
                const int before = m_chPos;
                bool newline = false;
                skipComment();
                for (int i = before; i < m_chPos && i < m_size; ++i)
                    newline = newline || m_data[i] == '\n';
                if (newline && nlsemi) {
                    lit = "newline";
                    tok = Token::Semi;
                    break;
                }
                again = true;
                break;
            }
            op = Operator::Div;
            prec = kPrecMul;
            assignOp();
            break;
        case '%': nextch(); op = Operator::Rem; prec = kPrecMul; assignOp(); break;
        case '&':
            nextch();
            if (m_ch == '&') { nextch(); op = Operator::AndAnd; prec = kPrecAndAnd; tok = Token::Operator; break; }
            op = Operator::And;
            prec = kPrecMul;
            if (m_ch == '^') { nextch(); op = Operator::AndNot; }
            assignOp();
            break;
        case '|':
            nextch();
            if (m_ch == '|') { nextch(); op = Operator::OrOr; prec = kPrecOrOr; tok = Token::Operator; break; }
            op = Operator::Or;
            prec = kPrecAdd;
            assignOp();
            break;
        case '^': nextch(); op = Operator::Xor; prec = kPrecAdd; assignOp(); break;
        case '<':
            nextch();
            if (m_ch == '=') { nextch(); op = Operator::Leq; prec = kPrecCmp; tok = Token::Operator; break; }
            if (m_ch == '<') { nextch(); op = Operator::Shl; prec = kPrecMul; assignOp(); break; }
            if (m_ch == '-') { nextch(); op = Operator::Recv; tok = Token::Arrow; break; }
            op = Operator::Lss;
            prec = kPrecCmp;
            tok = Token::Operator;
            break;
        case '>':
            nextch();
            if (m_ch == '=') { nextch(); op = Operator::Geq; prec = kPrecCmp; tok = Token::Operator; break; }
            if (m_ch == '>') { nextch(); op = Operator::Shr; prec = kPrecMul; assignOp(); break; }
            op = Operator::Gtr;
            prec = kPrecCmp;
            tok = Token::Operator;
            break;
        case '=':
            nextch();
            if (m_ch == '=') { nextch(); op = Operator::Eql; prec = kPrecCmp; tok = Token::Operator; break; }
            tok = Token::Assign;
            break;
        case '!':
            nextch();
            if (m_ch == '=') { nextch(); op = Operator::Neq; prec = kPrecCmp; tok = Token::Operator; break; }
            op = Operator::Not;
            prec = 0;
            tok = Token::Operator;
            break;
        case '~': nextch(); op = Operator::Tilde; prec = 0; tok = Token::Operator; break;
        default:
            errorHere(QStringLiteral("invalid character %1").arg(unicodeText(c)));
            nextch();
            again = true;
            break;
        }
        if (!again)
            break;
    }
    end = m_chPos;
}

void Scanner::assignOp()
{
    if (m_ch == '=') {
        nextch();
        tok = Token::AssignOp;
        return;
    }
    tok = Token::Operator;
}

bool Scanner::atIdentChar(bool first)
{
    if (m_ch == kEof)
        return false;
    if (m_ch == '_' || (m_ch <= 0x10FFFF && QChar::isLetter(m_ch)) || isLetter(m_ch))
        return true;
    if (m_ch <= 0x10FFFF && QChar::isDigit(m_ch)) {
        if (first)
            errorHere(QStringLiteral("identifier cannot begin with digit %1").arg(unicodeText(m_ch)));
        return true;
    }
    if (m_ch >= 0x80) {
        errorHere(QStringLiteral("invalid character %1 in identifier").arg(unicodeText(m_ch)));
        return true;
    }
    return false;
}

void Scanner::ident()
{
    while (isLetter(m_ch) || isDecimal(m_ch))
        nextch();
    if (m_ch >= 0x80 && m_ch != kEof)
        while (atIdentChar(false))
            nextch();
    const std::string_view word(m_data + pos, std::size_t(m_chPos - pos));
    if (word.size() >= 2) {
        if (const Token t = keyword(word); t != Token::None) {
            m_nlsemi = t == Token::Break || t == Token::Continue || t == Token::Fallthrough || t == Token::Return;
            tok = t;
            return;
        }
    }
    m_nlsemi = true;
    lit.assign(word);
    tok = Token::Name;
}


void Scanner::lineComment()
{
    const int start = pos; // at the first '/'
    while (m_ch != kEof && m_ch != '\n')
        nextch();
    std::string text(m_data + start, std::size_t(m_chPos - start));
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    if (text.rfind("//go:", 0) == 0 || text.rfind("// go ", 0) == 0)
        m_lineComments.push_back({start, std::move(text)});
}

bool Scanner::skipComment()
{
    while (m_ch != kEof) {
        while (m_ch == '*') {
            nextch();
            if (m_ch == '/') {
                nextch();
                return true;
            }
        }
        nextch();
    }
    error(pos, QStringLiteral("comment not terminated"));
    return false;
}


} // namespace cacophony::go
