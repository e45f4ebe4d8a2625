#pragma once

#include <QByteArray>
#include <QString>

#include <gmpxx.h>

#include <cstdint>
#include <optional>

namespace cacophony::go {

enum class BasicKind : std::uint8_t;

enum class ConstKind : std::uint8_t { Unknown, Bool, String, Int, Float };

// The operators constant arithmetic knows (the checker maps its tokens onto them).
enum class ConstOp : std::uint8_t {
    Add, Sub, Mul, Quo, Rem, And, Or, Xor, AndNot, Shl, Shr,
    Eql, Neq, Lss, Leq, Gtr, Geq, LAnd, LOr, Not, Neg, Pos, BitNot,
};

// An exact constant value (go/constant): integers and floats are exact rationals (GMP), so
// untyped constant arithmetic has far more than the 256 bits Go requires; strings are bytes.
// Arithmetic is exact; the checker reports untyped integers wider than kMaxIntBits as an
// overflow (gc's limit of 512 bits).
class Constant
{
public:
    static constexpr int kMaxIntBits = 512;
    static constexpr std::uint64_t kMaxShift = 1u << 16; // larger shifts give Unknown, never a huge number

    Constant() = default;
    static Constant makeBool(bool b);
    static Constant makeString(QByteArray s);
    static Constant makeInt(std::int64_t v);
    static Constant makeInt(const mpz_class &v);
    static Constant makeFloat(const mpq_class &v);
    // Go literal text ("0x1F", "1_000", "1.5e3", "'\\n'", "\"a\\tb\"", "`raw`"); Unknown if malformed.
    static Constant fromLiteral(const QString &text);

    ConstKind kind() const { return m_kind; }
    bool isUnknown() const { return m_kind == ConstKind::Unknown; }
    bool boolValue() const { return m_bool; }
    const QByteArray &stringValue() const { return m_string; }
    const mpq_class &number() const { return m_num; }
    // An Int, or a Float whose value is integral.
    bool isIntegral() const;
    std::optional<std::int64_t> toInt64() const;
    // The value as an Int if integral (Unknown otherwise), or as a Float.
    Constant toInt() const;
    Constant toFloat() const;
    // The float64 nearest to the value (correctly rounded, unlike GMP's get_d).
    double toFloat64() const;
    // Bits needed for the integer's magnitude.
    std::size_t bitLength() const;

    // x op y for arithmetic, logical and comparison operators. Quo on two Ints truncates when
    // intDiv is set (typed and untyped integer division). Unknown on division by zero or
    // mismatched kinds.
    static Constant binaryOp(const Constant &x, ConstOp op, const Constant &y, bool intDiv);
    // -x, +x, !x, ^x; unsignedBits > 0 gives ^x for an unsigned type of that size.
    static Constant unaryOp(ConstOp op, const Constant &x, int unsignedBits = 0);
    static Constant shift(const Constant &x, ConstOp op, std::uint64_t s);
    static bool compare(const Constant &x, ConstOp op, const Constant &y);

    // Whether the value is representable by a value of the basic kind; *rounded receives
    // the value as that kind holds it (a float64 rounds), when given.
    bool representable(BasicKind kind, Constant *rounded = nullptr) const;

    // As Go prints constants in messages: 256, 1.5, 1e+100, "abc", true.
    QString toString() const;

    friend bool operator==(const Constant &a, const Constant &b);

private:
    ConstKind m_kind = ConstKind::Unknown;
    bool m_bool = false;
    QByteArray m_string;
    mpq_class m_num;
};

} // namespace cacophony::go
