// Scanner: number, rune and string literals and their escapes (after gc's scanner).

#include "go/syntax/Scanner.h"

#include "go/syntax/ScannerText.h"

namespace cacophony::go {

using namespace scannertext;

namespace {

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

} // namespace

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
