#include "go/types/Constant.h"

#include "go/types/Type.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <cstdio>

namespace cacophony::go {

namespace {

// The float64 nearest to q: GMP's get_d truncates toward zero, so 0.0001 would become the
// float64 just below it; a decimal string of 40 digits rounds correctly through strtod.
double nearestDouble(const mpq_class &q)
{
    if (q == 0)
        return 0;
    const mpf_class f(q, 512);
    mp_exp_t exp = 0;
    std::string digits = f.get_str(exp, 10, 40);
    std::string sign;
    if (!digits.empty() && digits[0] == '-') {
        sign = "-";
        digits.erase(0, 1);
    }
    return std::strtod((sign + "0." + digits + "e" + std::to_string(exp)).c_str(), nullptr);
}

} // namespace


namespace {

constexpr int kMaxLiteralExponent = 20000; // beyond this a literal is reported as too large

mpz_class pow10(unsigned long e)
{
    mpz_class r;
    mpz_ui_pow_ui(r.get_mpz_t(), 10, e);
    return r;
}

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return 99;
}

// Decodes one escape or character at text[i] of a quoted literal into out (UTF-8 bytes).
bool decodeChar(const QString &text, qsizetype &i, QByteArray &out, QChar quote, char32_t *rune)
{
    const QChar c = text.at(i);
    if (c != u'\\') {
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        }
        ++i;
        out += QString::fromUcs4(&cp, 1).toUtf8();
        *rune = cp;
        return true;
    }
    if (++i >= text.size())
        return false;
    const QChar e = text.at(i++);
    auto hex = [&](int n, int base) -> std::optional<std::uint32_t> {
        std::uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
            if (i >= text.size() || digitValue(text.at(i)) >= base)
                return std::nullopt;
            v = v * base + digitValue(text.at(i++));
        }
        return v;
    };
    switch (e.unicode()) {
    case 'a': out += '\a'; *rune = '\a'; return true;
    case 'b': out += '\b'; *rune = '\b'; return true;
    case 'f': out += '\f'; *rune = '\f'; return true;
    case 'n': out += '\n'; *rune = '\n'; return true;
    case 'r': out += '\r'; *rune = '\r'; return true;
    case 't': out += '\t'; *rune = '\t'; return true;
    case 'v': out += '\v'; *rune = '\v'; return true;
    case '\\': out += '\\'; *rune = '\\'; return true;
    case 'x': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        std::optional<std::uint32_t> v;
        if (e == u'x') {
            v = hex(2, 16);
        } else {
            --i;
            v = hex(3, 8);
        }
        if (!v || *v > 255)
            return false;
        out += char(*v); // a byte, not a code point
        *rune = *v;
        return true;
    }
    case 'u': case 'U': {
        const auto v = hex(e == u'u' ? 4 : 8, 16);
        if (!v || *v > 0x10FFFF || (*v >= 0xD800 && *v < 0xE000))
            return false;
        const char32_t cp = *v;
        out += QString::fromUcs4(&cp, 1).toUtf8();
        *rune = cp;
        return true;
    }
    default:
        if (e == quote) {
            out += char(e.unicode());
            *rune = e.unicode();
            return true;
        }
        return false;
    }
}

Constant intLiteral(QString t)
{
    int base = 10;
    if (t.size() > 1 && t.at(0) == u'0') {
        const QChar p = t.at(1).toLower();
        if (p == u'x' || p == u'b' || p == u'o') {
            base = p == u'x' ? 16 : p == u'b' ? 2 : 8;
            t = t.mid(2);
        } else {
            base = 8;
            t = t.mid(1);
        }
    }
    if (t.isEmpty())
        return {};
    mpz_class v;
    if (v.set_str(t.toStdString(), base) != 0)
        return {};
    return Constant::makeInt(v);
}

Constant floatLiteral(const QString &t)
{
    const bool hexFloat = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const QString body = hexFloat ? t.mid(2) : t;
    const qsizetype expAt = body.indexOf(hexFloat ? u'p' : u'e', 0, Qt::CaseInsensitive);
    const QString mant = expAt < 0 ? body : body.left(expAt);
    long exp = 0;
    if (expAt >= 0) {
        bool ok = false;
        exp = body.mid(expAt + 1).toLong(&ok);
        if (!ok)
            return {};
    }
    const qsizetype dot = mant.indexOf(u'.');
    QString digits = mant;
    long fracDigits = 0;
    if (dot >= 0) {
        digits.remove(dot, 1);
        fracDigits = mant.size() - dot - 1;
    }
    if (digits.isEmpty())
        return {};
    mpz_class m;
    if (m.set_str(digits.toStdString(), hexFloat ? 16 : 10) != 0)
        return {};
    // value = m * base^(exp - fracDigits), base 10 or (hex) 2 with 4 bits per fraction digit
    const long e = hexFloat ? exp - 4 * fracDigits : exp - fracDigits;
    if (std::labs(e) > (hexFloat ? 4 * kMaxLiteralExponent : kMaxLiteralExponent))
        return {};
    mpq_class q(m);
    mpz_class scale;
    if (hexFloat)
        mpz_ui_pow_ui(scale.get_mpz_t(), 2, std::labs(e));
    else
        scale = pow10(std::labs(e));
    if (e >= 0)
        q *= scale;
    else
        q /= scale;
    q.canonicalize();
    return Constant::makeFloat(q);
}

QString quoteGo(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '\a': out += QLatin1String("\\a"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\v': out += QLatin1String("\\v"); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    constexpr int kMaxLen = 72; // go/constant shortens long strings in messages
    if (out.size() > kMaxLen)
        out = out.left(kMaxLen - 3) + QLatin1String("...");
    return out;
}

} // namespace

Constant Constant::makeBool(bool b)
{
    Constant c;
    c.m_kind = ConstKind::Bool;
    c.m_bool = b;
    return c;
}

Constant Constant::makeString(QByteArray s)
{
    Constant c;
    c.m_kind = ConstKind::String;
    c.m_string = std::move(s);
    return c;
}

Constant Constant::makeInt(std::int64_t v)
{
    mpz_class z;
    mpz_set_si(z.get_mpz_t(), long(v));
    return makeInt(z);
}

Constant Constant::makeInt(const mpz_class &v)
{
    Constant c;
    c.m_kind = ConstKind::Int;
    c.m_num = v;
    return c;
}

Constant Constant::makeFloat(const mpq_class &v)
{
    Constant c;
    c.m_kind = ConstKind::Float;
    c.m_num = v;
    c.m_num.canonicalize();
    return c;
}

Constant Constant::fromLiteral(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QChar first = text.at(0);
    if (first == u'"' || first == u'\'') {
        if (text.size() < 2 || text.back() != first)
            return {};
        const QString body = text.mid(1, text.size() - 2);
        QByteArray out;
        char32_t rune = 0;
        int count = 0;
        for (qsizetype i = 0; i < body.size(); ++count)
            if (!decodeChar(body, i, out, first, &rune))
                return {};
        if (first == u'\'')
            return count == 1 ? makeInt(std::int64_t(rune)) : Constant();
        return makeString(out);
    }
    if (first == u'`') {
        if (text.size() < 2 || text.back() != u'`')
            return {};
        QString body = text.mid(1, text.size() - 2);
        body.remove(u'\r'); // raw strings drop carriage returns
        return makeString(body.toUtf8());
    }
    QString t = text;
    t.remove(u'_');
    if (t.endsWith(u'i'))
        return {}; // imaginary literals: complex numbers are not in the subset
    const bool hex = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const bool isFloat = hex ? t.contains(u'p', Qt::CaseInsensitive) || t.contains(u'.')
                             : t.contains(u'.') || t.contains(u'e', Qt::CaseInsensitive);
    return isFloat ? floatLiteral(t) : intLiteral(t);
}

bool Constant::isIntegral() const
{
    return m_kind == ConstKind::Int || (m_kind == ConstKind::Float && m_num.get_den() == 1);
}

std::optional<std::int64_t> Constant::toInt64() const
{
    if (!isIntegral() || !mpz_fits_slong_p(m_num.get_num_mpz_t()))
        return std::nullopt;
    return std::int64_t(mpz_get_si(m_num.get_num_mpz_t()));
}

Constant Constant::toInt() const
{
    if (!isIntegral())
        return {};
    return makeInt(m_num.get_num());
}

Constant Constant::toFloat() const
{
    if (m_kind != ConstKind::Int && m_kind != ConstKind::Float)
        return {};
    return makeFloat(m_num);
}

std::size_t Constant::bitLength() const
{
    return mpz_sizeinbase(m_num.get_num_mpz_t(), 2);
}

Constant Constant::binaryOp(const Constant &x, ConstOp op, const Constant &y, bool intDiv)
{
    if (x.isUnknown() || y.isUnknown())
        return {};
    if (x.m_kind == ConstKind::Bool && y.m_kind == ConstKind::Bool) {
        if (op == ConstOp::LAnd)
            return makeBool(x.m_bool && y.m_bool);
        if (op == ConstOp::LOr)
            return makeBool(x.m_bool || y.m_bool);
        return {};
    }
    if (x.m_kind == ConstKind::String && y.m_kind == ConstKind::String)
        return op == ConstOp::Add ? makeString(x.m_string + y.m_string) : Constant();
    if (x.m_kind == ConstKind::Bool || x.m_kind == ConstKind::String || y.m_kind == ConstKind::Bool
        || y.m_kind == ConstKind::String)
        return {};
    const bool ints = x.m_kind == ConstKind::Int && y.m_kind == ConstKind::Int;
    if (ints) {
        const mpz_class &a = x.m_num.get_num();
        const mpz_class &b = y.m_num.get_num();
        mpz_class r;
        switch (op) {
        case ConstOp::Add: r = a + b; break;
        case ConstOp::Sub: r = a - b; break;
        case ConstOp::Mul: r = a * b; break;
        case ConstOp::And: r = a & b; break;
        case ConstOp::Or: r = a | b; break;
        case ConstOp::Xor: r = a ^ b; break;
        case ConstOp::AndNot: r = a & ~b; break;
        case ConstOp::Quo:
        case ConstOp::Rem:
            if (b == 0)
                return {};
            if (op == ConstOp::Rem) {
                mpz_tdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
                break;
            }
            if (!intDiv)
                return makeFloat(mpq_class(a, b));
            mpz_tdiv_q(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
            break;
        default:
            return {};
        }
        return makeInt(r);
    }
    mpq_class r;
    switch (op) {
    case ConstOp::Add: r = x.m_num + y.m_num; break;
    case ConstOp::Sub: r = x.m_num - y.m_num; break;
    case ConstOp::Mul: r = x.m_num * y.m_num; break;
    case ConstOp::Quo:
        if (y.m_num == 0)
            return {};
        r = x.m_num / y.m_num;
        break;
    default:
        return {};
    }
    return makeFloat(r);
}

Constant Constant::unaryOp(ConstOp op, const Constant &x, int unsignedBits)
{
    switch (op) {
    case ConstOp::Pos:
        return (x.m_kind == ConstKind::Int || x.m_kind == ConstKind::Float) ? x : Constant();
    case ConstOp::Neg:
        if (x.m_kind == ConstKind::Int)
            return makeInt(mpz_class(-x.m_num.get_num()));
        return x.m_kind == ConstKind::Float ? makeFloat(-x.m_num) : Constant();
    case ConstOp::Not:
        return x.m_kind == ConstKind::Bool ? makeBool(!x.m_bool) : Constant();
    case ConstOp::BitNot: {
        if (x.m_kind != ConstKind::Int)
            return {};
        mpz_class r = ~x.m_num.get_num();
        if (unsignedBits > 0) {
            mpz_class mask = 1;
            mask <<= unsignedBits;
            r = x.m_num.get_num() ^ mpz_class(mask - 1);
        }
        return makeInt(r);
    }
    default:
        return {};
    }
}

Constant Constant::shift(const Constant &x, ConstOp op, std::uint64_t s)
{
    if (x.m_kind != ConstKind::Int)
        return {};
    if (op == ConstOp::Shl) {
        if (s > kMaxShift && x.m_num != 0)
            return {};
        mpz_class r;
        mpz_mul_2exp(r.get_mpz_t(), x.m_num.get_num_mpz_t(), mp_bitcnt_t(s));
        return makeInt(r);
    }
    mpz_class r;
    mpz_fdiv_q_2exp(r.get_mpz_t(), x.m_num.get_num_mpz_t(), mp_bitcnt_t(std::min<std::uint64_t>(s, 1u << 20)));
    return makeInt(r);
}

bool Constant::compare(const Constant &x, ConstOp op, const Constant &y)
{
    int c = 0;
    if (x.m_kind == ConstKind::Bool && y.m_kind == ConstKind::Bool)
        c = int(x.m_bool) - int(y.m_bool);
    else if (x.m_kind == ConstKind::String && y.m_kind == ConstKind::String)
        c = x.m_string < y.m_string ? -1 : x.m_string == y.m_string ? 0 : 1;
    else
        c = cmp(x.m_num, y.m_num);
    switch (op) {
    case ConstOp::Eql: return c == 0;
    case ConstOp::Neq: return c != 0;
    case ConstOp::Lss: return c < 0;
    case ConstOp::Leq: return c <= 0;
    case ConstOp::Gtr: return c > 0;
    case ConstOp::Geq: return c >= 0;
    default: return false;
    }
}

bool Constant::representable(BasicKind kind, Constant *rounded) const
{
    auto accept = [&](const Constant &v) {
        if (rounded)
            *rounded = v;
        return true;
    };
    auto intRange = [&](int bits, bool isSigned) {
        if (!isIntegral())
            return false;
        const mpz_class v = m_num.get_num();
        mpz_class lo = 0, hi = 1;
        if (isSigned) {
            hi <<= bits - 1;
            lo = -hi;
        } else {
            hi <<= bits;
        }
        return v >= lo && v < hi && accept(makeInt(v));
    };
    auto floatRange = [&](bool single) {
        if (m_kind != ConstKind::Int && m_kind != ConstKind::Float)
            return false;
        // A value whose magnitude exceeds the type's largest finite one overflows.
        const long maxExp = single ? 128 : 1024;
        if (m_num != 0) {
            const long e = long(mpz_sizeinbase(m_num.get_num_mpz_t(), 2)) - long(mpz_sizeinbase(m_num.get_den_mpz_t(), 2));
            if (e > maxExp)
                return false;
        }
        const double d = single ? double(float(nearestDouble(m_num))) : nearestDouble(m_num);
        if (std::isinf(d))
            return false;
        return accept(makeFloat(mpq_class(d)));
    };
    switch (kind) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
        return m_kind == ConstKind::Bool && accept(*this);
    case BasicKind::String:
    case BasicKind::UntypedString:
        return m_kind == ConstKind::String && accept(*this);
    case BasicKind::Int: case BasicKind::Int64: return intRange(64, true);
    case BasicKind::Int8: return intRange(8, true);
    case BasicKind::Int16: return intRange(16, true);
    case BasicKind::Int32: return intRange(32, true);
    case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr: return intRange(64, false);
    case BasicKind::Uint8: return intRange(8, false);
    case BasicKind::Uint16: return intRange(16, false);
    case BasicKind::Uint32: return intRange(32, false);
    case BasicKind::Float32: return floatRange(true);
    case BasicKind::Float64: return floatRange(false);
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune:
        return isIntegral() && accept(toInt());
    case BasicKind::UntypedFloat:
        return (m_kind == ConstKind::Int || m_kind == ConstKind::Float) && accept(toFloat());
    default:
        return false;
    }
}

QString Constant::toString() const
{
    switch (m_kind) {
    case ConstKind::Unknown: return QStringLiteral("unknown");
    case ConstKind::Bool: return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case ConstKind::String: return quoteGo(m_string);
    case ConstKind::Int: return QString::fromStdString(m_num.get_num().get_str());
    case ConstKind::Float: {
        // go/constant: %.6g, or %g when that hides a fraction.
        const double d = m_num.get_d();
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.6g", d);
        QString s = QString::fromLatin1(buf);
        if (m_num.get_den() != 1 && !s.contains(u'.') && !s.contains(u'e')) {
            std::snprintf(buf, sizeof buf, "%.17g", d);
            s = QString::fromLatin1(buf);
        }
        return s;
    }
    }
    return {};
}

bool operator==(const Constant &a, const Constant &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case ConstKind::Unknown: return true;
    case ConstKind::Bool: return a.m_bool == b.m_bool;
    case ConstKind::String: return a.m_string == b.m_string;
    default: return a.m_num == b.m_num;
    }
}

double Constant::toFloat64() const
{
    return nearestDouble(m_num);
}

} // namespace cacophony::go
