// Exact constant arithmetic: literals, operators, representability, Go's printed form.
#include "go/types/Constant.h"
#include "go/types/Type.h"

#include <QTest>

using namespace cacophony::go;

Q_DECLARE_METATYPE(cacophony::go::ConstOp)
Q_DECLARE_METATYPE(cacophony::go::BasicKind)

class tst_Constant : public QObject
{
    Q_OBJECT

private slots:
    void literal_data();
    void literal();
    void binary_data();
    void binary();
    void shiftAndNot();
    void representable_data();
    void representable();
    void precision();
};

void tst_Constant::literal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed"); // empty: malformed
    QTest::newRow("decimal") << "1_000" << "1000";
    QTest::newRow("hex") << "0x1F" << "31";
    QTest::newRow("octal") << "017" << "15";
    QTest::newRow("octal 0o") << "0o17" << "15";
    QTest::newRow("binary") << "0b101" << "5";
    QTest::newRow("float") << "1.5" << "1.5";
    QTest::newRow("exponent") << "1e100" << "1e+100";
    QTest::newRow("integral float") << "2.0" << "2";
    QTest::newRow("hex float") << "0x1p-2" << "0.25";
    QTest::newRow("rune") << "'a'" << "97";
    QTest::newRow("rune escape") << "'\\n'" << "10";
    QTest::newRow("rune unicode") << "'\\u00e9'" << "233";
    QTest::newRow("string") << "\"a\\tb\"" << "\"a\\tb\"";
    QTest::newRow("raw string") << "`a\\tb`" << "\"a\\\\tb\"";
    QTest::newRow("string hex byte") << "\"\\x41\"" << "\"A\"";
    QTest::newRow("bad escape") << "\"\\q\"" << "";
    QTest::newRow("two runes") << "'ab'" << "";
    QTest::newRow("imaginary") << "1i" << "";
}

void tst_Constant::literal()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    const Constant c = Constant::fromLiteral(text);
    if (printed.isEmpty())
        QVERIFY(c.isUnknown());
    else
        QCOMPARE(c.toString(), printed);
}

void tst_Constant::binary_data()
{
    QTest::addColumn<QString>("x");
    QTest::addColumn<ConstOp>("op");
    QTest::addColumn<QString>("y");
    QTest::addColumn<bool>("intDiv");
    QTest::addColumn<QString>("result"); // "unknown": no value (division by zero, overflow)
    QTest::newRow("add") << "2" << ConstOp::Add << "3" << false << "5";
    QTest::newRow("int division truncates") << "-7" << ConstOp::Quo << "2" << true << "-3";
    QTest::newRow("remainder follows dividend") << "-7" << ConstOp::Rem << "2" << true << "-1";
    QTest::newRow("untyped float division") << "1" << ConstOp::Quo << "3.0" << false << "0.333333";
    QTest::newRow("exact thirds") << "0.1" << ConstOp::Add << "0.2" << false << "0.3";
    QTest::newRow("division by zero") << "1" << ConstOp::Quo << "0" << true << "unknown";
    QTest::newRow("and not") << "0xF" << ConstOp::AndNot << "0x5" << false << "10";
    QTest::newRow("strings") << "\"ab\"" << ConstOp::Add << "\"c\"" << false << "\"abc\"";
    QTest::newRow("mismatch") << "\"ab\"" << ConstOp::Add << "1" << false << "unknown";
}

void tst_Constant::binary()
{
    QFETCH(QString, x);
    QFETCH(ConstOp, op);
    QFETCH(QString, y);
    QFETCH(bool, intDiv);
    QFETCH(QString, result);
    QCOMPARE(Constant::binaryOp(Constant::fromLiteral(x), op, Constant::fromLiteral(y), intDiv).toString(), result);
}

void tst_Constant::shiftAndNot()
{
    QCOMPARE(Constant::shift(Constant::makeInt(1), ConstOp::Shl, 10).toString(), QStringLiteral("1024"));
    QCOMPARE(Constant::shift(Constant::makeInt(-7), ConstOp::Shr, 1).toString(), QStringLiteral("-4"));
    QCOMPARE(Constant::shift(Constant::makeInt(1), ConstOp::Shl, 600).bitLength(), std::size_t(601)); // the checker reports > 512
    QVERIFY(Constant::shift(Constant::makeInt(1), ConstOp::Shl, Constant::kMaxShift + 1).isUnknown());
    QCOMPARE(Constant::unaryOp(ConstOp::BitNot, Constant::makeInt(0)).toString(), QStringLiteral("-1"));
    QCOMPARE(Constant::unaryOp(ConstOp::BitNot, Constant::makeInt(0), 8).toString(), QStringLiteral("255"));
    QVERIFY(Constant::compare(Constant::fromLiteral("1.0"), ConstOp::Eql, Constant::makeInt(1)));
}

void tst_Constant::representable_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<BasicKind>("kind");
    QTest::addColumn<bool>("fits");
    QTest::newRow("127 int8") << "127" << BasicKind::Int8 << true;
    QTest::newRow("128 int8") << "128" << BasicKind::Int8 << false;
    QTest::newRow("-128 int8") << "-128" << BasicKind::Int8 << true;
    QTest::newRow("256 uint8") << "256" << BasicKind::Uint8 << false;
    QTest::newRow("-1 uint") << "-1" << BasicKind::Uint << false;
    QTest::newRow("max int64") << "9223372036854775807" << BasicKind::Int64 << true;
    QTest::newRow("max int64 + 1") << "9223372036854775808" << BasicKind::Int << false;
    QTest::newRow("max uint64") << "18446744073709551615" << BasicKind::Uint64 << true;
    QTest::newRow("1.5 int") << "1.5" << BasicKind::Int << false;
    QTest::newRow("2.0 int") << "2.0" << BasicKind::Int << true;
    QTest::newRow("1e308 float64") << "1e308" << BasicKind::Float64 << true;
    QTest::newRow("1e309 float64") << "1e309" << BasicKind::Float64 << false;
    QTest::newRow("1e39 float32") << "1e39" << BasicKind::Float32 << false;
    QTest::newRow("string as int") << "\"a\"" << BasicKind::Int << false;
    QTest::newRow("1.5 untyped int") << "1.5" << BasicKind::UntypedInt << false;
}

void tst_Constant::representable()
{
    QFETCH(QString, value);
    QFETCH(BasicKind, kind);
    QFETCH(bool, fits);
    Constant v = Constant::fromLiteral(value.startsWith(u'-') ? value.mid(1) : value);
    if (value.startsWith(u'-'))
        v = Constant::unaryOp(ConstOp::Neg, v);
    QCOMPARE(v.representable(kind), fits);
}

void tst_Constant::precision()
{
    // Go requires at least 256 bits for untyped integer constants: 1<<300 >> 299 is exact.
    const Constant big = Constant::shift(Constant::makeInt(1), ConstOp::Shl, 300);
    QCOMPARE(Constant::shift(big, ConstOp::Shr, 299).toString(), QStringLiteral("2"));
    QCOMPARE(big.bitLength(), std::size_t(301));
    // Arithmetic stays exact beyond 512 bits; the checker reports the overflow from bitLength().
    const Constant wide = Constant::shift(Constant::makeInt(1), ConstOp::Shl, 511);
    QCOMPARE(Constant::binaryOp(wide, ConstOp::Mul, Constant::makeInt(2), true).bitLength(), std::size_t(513));
}

QTEST_GUILESS_MAIN(tst_Constant)
#include "tst_constant.moc"
