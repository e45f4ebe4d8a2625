#include "go/syntax/Scanner.h"

#include <QChar>

namespace cacophony::go {

namespace {

constexpr char32_t kEof = char32_t(-1);
constexpr char32_t kBom = 0xFEFF;

char32_t lower(char32_t c) { return ('a' - 'A') | c; }
bool isLetter(char32_t c) { return ('a' <= lower(c) && lower(c) <= 'z') || c == '_'; }
bool isDecimal(char32_t c) { return '0' <= c && c <= '9'; }
bool isHex(char32_t c) { return isDecimal(c) || ('a' <= lower(c) && lower(c) <= 'f'); }

// Go's %#U: U+0040 '@' (the character only if printable).
QString unicodeText(char32_t c)
{
    QString text = QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    if (c <= 0x10FFFF && QChar::isPrint(c))
        text += QStringLiteral(" '%1'").arg(QString::fromUcs4(&c, 1));
    return text;
}

// Go's %q of a rune.
QString quoteRune(char32_t c)
{
    switch (c) {
    case '\a': return QStringLiteral("'\\a'");
    case '\b': return QStringLiteral("'\\b'");
    case '\f': return QStringLiteral("'\\f'");
    case '\n': return QStringLiteral("'\\n'");
    case '\r': return QStringLiteral("'\\r'");
    case '\t': return QStringLiteral("'\\t'");
    case '\v': return QStringLiteral("'\\v'");
    case '\\': return QStringLiteral("'\\\\'");
    case '\'': return QStringLiteral("'\\''");
    default: break;
    }
    if (c <= 0x10FFFF && QChar::isPrint(c))
        return QStringLiteral("'%1'").arg(QString::fromUcs4(&c, 1));
    if (c < 0x80)
        return QStringLiteral("'\\x%1'").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c < 0x10000)
        return QStringLiteral("'\\u%1'").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("'\\U%1'").arg(uint(c), 8, 16, QLatin1Char('0'));
}

const char *baseName(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

// The index of the first misplaced '_' in a number literal, or -1.
int invalidSep(const std::string &x)
{
    char32_t x1 = ' ';
    char32_t d = '.';
    std::size_t i = 0;
    if (x.size() >= 2 && x[0] == '0') {
        x1 = lower(char32_t(x[1]));
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < x.size(); ++i) {
        const char32_t p = d;
        d = char32_t(x[i]);
        if (d == '_') {
            if (p != '0')
                return int(i);
        } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return int(i) - 1;
            d = '.';
        }
    }
    return d == '_' ? int(x.size()) - 1 : -1;
}

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

int Scanner::digits(int base, int *invalid)
{
    int digsep = 0;
    if (base <= 10) {
        const char32_t max = char32_t('0' + base);
        while (isDecimal(m_ch) || m_ch == '_') {
            int ds = 1;
            if (m_ch == '_')
                ds = 2;
            else if (m_ch >= max && invalid && *invalid < 0)
                *invalid = m_chPos - pos;
            digsep |= ds;
            nextch();
        }
    } else {
        while (isHex(m_ch) || m_ch == '_') {
            digsep |= m_ch == '_' ? 2 : 1;
            nextch();
        }
    }
    return digsep;
}

void Scanner::number(bool seenPoint)
{
    bool ok = true;
    LitKind k = LitKind::Int;
    int base = 10;
    char32_t prefix = 0;
    int digsep = 0;
    int invalid = -1;

    if (!seenPoint) {
        if (m_ch == '0') {
            nextch();
            switch (lower(m_ch)) {
            case 'x': nextch(); base = 16; prefix = 'x'; break;
            case 'o': nextch(); base = 8; prefix = 'o'; break;
            case 'b': nextch(); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= digits(base, &invalid);
        if (m_ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                errorHere(QStringLiteral("invalid radix point in %1 literal").arg(QLatin1String(baseName(base))));
                ok = false;
            }
            nextch();
            seenPoint = true;
        }
    }
    if (seenPoint) {
        k = LitKind::Float;
        digsep |= digits(base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        errorHere(QStringLiteral("%1 literal has no digits").arg(QLatin1String(baseName(base))));
        ok = false;
    }
    if (const char32_t e = lower(m_ch); e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                errorHere(QStringLiteral("%1 exponent requires decimal mantissa").arg(quoteRune(m_ch)));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                errorHere(QStringLiteral("%1 exponent requires hexadecimal mantissa").arg(quoteRune(m_ch)));
                ok = false;
            }
        }
        nextch();
        k = LitKind::Float;
        if (m_ch == '+' || m_ch == '-')
            nextch();
        digsep = digits(10, nullptr) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            errorHere(QStringLiteral("exponent has no digits"));
            ok = false;
        }
    } else if (prefix == 'x' && k == LitKind::Float && ok) {
        errorHere(QStringLiteral("hexadecimal mantissa requires a 'p' exponent"));
        ok = false;
    }
    if (m_ch == 'i') {
        k = LitKind::Imag;
        nextch();
    }
    setLit(k, ok);
    if (k == LitKind::Int && invalid >= 0 && ok) {
        error(pos + invalid, QStringLiteral("invalid digit %1 in %2 literal")
                                 .arg(quoteRune(char32_t(static_cast<unsigned char>(lit[std::size_t(invalid)]))),
                                      QLatin1String(baseName(base))));
        ok = false;
    }
    if ((digsep & 2) != 0 && ok) {
        if (const int i = invalidSep(lit); i >= 0) {
            error(pos + i, QStringLiteral("'_' must separate successive digits"));
            ok = false;
        }
    }
    bad = !ok;
}

void Scanner::rune()
{
    bool ok = true;
    nextch();
    for (int n = 0;; ++n) {
        if (m_ch == '\'') {
            if (ok) {
                if (n == 0) {
                    errorHere(QStringLiteral("empty rune literal or unescaped '"));
                    ok = false;
                } else if (n != 1) {
                    error(pos, QStringLiteral("more than one character in rune literal"));
                    ok = false;
                }
            }
            nextch();
            break;
        }
        if (m_ch == '\\') {
            nextch();
            if (!escape('\''))
                ok = false;
            continue;
        }
        if (m_ch == '\n') {
            if (ok) {
                errorHere(QStringLiteral("newline in rune literal"));
                ok = false;
            }
            break;
        }
        if (m_ch == kEof) {
            if (ok) {
                error(pos, QStringLiteral("rune literal not terminated"));
                ok = false;
            }
            break;
        }
        nextch();
    }
    setLit(LitKind::Rune, ok);
}

void Scanner::string(bool raw)
{
    // "..." (escapes, no newline) or `...` (raw, any byte but `)
    const char32_t quote = raw ? '`' : '"';
    bool ok = true;
    nextch();
    for (;;) {
        if (m_ch == quote) {
            nextch();
            break;
        }
        if (m_ch == '\\' && !raw) {
            nextch();
            if (!escape('"'))
                ok = false;
            continue;
        }
        if (m_ch == '\n' && !raw) {
            errorHere(QStringLiteral("newline in string"));
            ok = false;
            break;
        }
        if (m_ch == kEof) {
            error(pos, QStringLiteral("string not terminated"));
            ok = false;
            break;
        }
        nextch();
    }
    setLit(LitKind::String, ok);
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

bool Scanner::escape(char32_t quote)
{
    int n = 0;
    std::uint32_t base = 0;
    std::uint32_t max = 0;
    switch (m_ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        nextch();
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255;
        break;
    case 'x': nextch(); n = 2; base = 16; max = 255; break;
    case 'u': nextch(); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': nextch(); n = 8; base = 16; max = 0x10FFFF; break;
    default:
        if (m_ch == quote) {
            nextch();
            return true;
        }
        if (m_ch == kEof)
            return true; // the caller complains about the end
        errorHere(QStringLiteral("unknown escape"));
        return false;
    }
    std::uint32_t x = 0;
    for (int i = n; i > 0; --i) {
        if (m_ch == kEof)
            return true;
        std::uint32_t d = base;
        if (isDecimal(m_ch))
            d = std::uint32_t(m_ch - '0');
        else if ('a' <= lower(m_ch) && lower(m_ch) <= 'f')
            d = std::uint32_t(lower(m_ch) - 'a' + 10);
        if (d >= base) {
            errorHere(QStringLiteral("invalid character %1 in %2 escape").arg(quoteRune(m_ch), QLatin1String(baseName(int(base)))));
            return false;
        }
        x = x * base + d;
        nextch();
    }
    if (x > max && base == 8) {
        errorHere(QStringLiteral("octal escape value %1 > 255").arg(x));
        return false;
    }
    if (x > max || (0xD800 <= x && x < 0xE000)) {
        errorHere(QStringLiteral("escape is invalid Unicode code point %1").arg(unicodeText(x)));
        return false;
    }
    return true;
}

} // namespace cacophony::go
