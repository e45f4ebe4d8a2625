// The scanner's tokens, and Go's automatic semicolons: after a line's last token that
// may end a statement a newline reads as ";" (lit "newline"), EOF as ";" (lit "EOF").

#include "go/syntax/Scanner.h"

#include <QTest>

using namespace cacophony::go;

namespace {

// "name(x) := literal(1) ;(newline) EOF"
QString tokens(const QByteArray &text, QStringList *errors = nullptr)
{
    auto source = std::make_shared<Source>(QStringLiteral("s.go"), text);
    Diagnostics diagnostics(source);
    Scanner s(source->text(), diagnostics);
    QStringList out;
    for (int i = 0; i < 1000; ++i) {
        s.next();
        QString t = QString::fromLatin1(tokenText(s.tok).data(), qsizetype(tokenText(s.tok).size()));
        switch (s.tok) {
        case Token::Name:
        case Token::Literal:
        case Token::Semi:
            t += QStringLiteral("(%1)").arg(QString::fromStdString(s.lit));
            break;
        case Token::Operator:
        case Token::AssignOp:
        case Token::IncOp:
            t = QString::fromLatin1(operatorText(s.op).data()) + (s.tok == Token::AssignOp ? QStringLiteral("=") : s.tok == Token::IncOp ? QString::fromLatin1(operatorText(s.op).data()) : QString());
            break;
        default:
            break;
        }
        out << t;
        if (s.tok == Token::Eof)
            break;
    }
    if (errors)
        *errors = diagnostics.lines();
    return out.join(QLatin1Char(' '));
}

} // namespace

class tst_Scanner : public QObject
{
    Q_OBJECT

private slots:
    void semicolons_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after a name") << QByteArray("x\ny") << "name(x) ;(newline) name(y) ;(EOF) EOF";
        QTest::newRow("after a literal") << QByteArray("1\n") << "literal(1) ;(newline) EOF";
        QTest::newRow("after closers") << QByteArray(")\n]\n}\n") << ") ;(newline) ] ;(newline) } ;(newline) EOF";
        QTest::newRow("after return and branches") << QByteArray("return\nbreak\ncontinue\nfallthrough\n")
                                                   << "return ;(newline) break ;(newline) continue ;(newline) fallthrough ;(newline) EOF";
        QTest::newRow("after ++ and --") << QByteArray("i++\nj--\n") << "name(i) ++ ;(newline) name(j) -- ;(newline) EOF";
        QTest::newRow("not after an operator") << QByteArray("a +\nb") << "name(a) + name(b) ;(EOF) EOF";
        QTest::newRow("not after an opening brace or comma") << QByteArray("{\n1,\n2}") << "{ literal(1) , literal(2) } ;(EOF) EOF";
        QTest::newRow("not after other keywords") << QByteArray("func\ngo\n") << "func go EOF";
        QTest::newRow("explicit") << QByteArray("a; b") << "name(a) ;(semicolon) name(b) ;(EOF) EOF";
        QTest::newRow("line comment keeps the newline") << QByteArray("x // note\ny") << "name(x) ;(newline) name(y) ;(EOF) EOF";
        QTest::newRow("block comment over lines is a newline") << QByteArray("x /* a\nb */ y") << "name(x) ;(newline) name(y) ;(EOF) EOF";
        QTest::newRow("block comment on one line is not") << QByteArray("x /* a */ y") << "name(x) name(y) ;(EOF) EOF";
        QTest::newRow("empty") << QByteArray("") << "EOF";
    }

    void semicolons()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QCOMPARE(::tokens(text), expected);
    }

    void tokens_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("define and arrow") << QByteArray("v, ok := <-ch") << "name(v) , name(ok) := <- name(ch) ;(EOF) EOF";
        QTest::newRow("assign ops") << QByteArray("a += 1; b &^= 2; c <<= 3") << "name(a) += literal(1) ;(semicolon) name(b) &^= literal(2) ;(semicolon) name(c) <<= literal(3) ;(EOF) EOF";
        QTest::newRow("comparisons") << QByteArray("a<=b!=c>=d==e<f>g") << "name(a) <= name(b) != name(c) >= name(d) == name(e) < name(f) > name(g) ;(EOF) EOF";
        QTest::newRow("logic") << QByteArray("!a&&b||c") << "! name(a) && name(b) || name(c) ;(EOF) EOF";
        QTest::newRow("star is its own token") << QByteArray("*p * q") << "* name(p) * name(q) ;(EOF) EOF";
        QTest::newRow("dots") << QByteArray("f(xs...) . ..") << "name(f) ( name(xs) ... ) . . . EOF";
        QTest::newRow("numbers") << QByteArray("0x1F 0b101 0o17 017 1_000 1.5e3 .5 1i 0x1p-2") << "literal(0x1F) literal(0b101) literal(0o17) literal(017) literal(1_000) literal(1.5e3) literal(.5) literal(1i) literal(0x1p-2) ;(EOF) EOF";
        QTest::newRow("strings and runes") << QByteArray("\"a\\\"b\" `r\nx` '\\n' '\\u00e9'") << "literal(\"a\\\"b\") literal(`r\nx`) literal('\\n') literal('\\u00e9') ;(EOF) EOF";
        QTest::newRow("unicode names") << QByteArray("größe := 1") << "name(größe) := literal(1) ;(EOF) EOF";
        QTest::newRow("keywords") << QByteArray("chan map struct interface select") << "chan map struct interface select EOF";
    }

    void tokens()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QStringList errors;
        QCOMPARE(::tokens(text, &errors), expected);
        QCOMPARE(errors, QStringList());
    }

    void lexicalErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("invalid character") << QByteArray("a @ b") << QStringList{"s.go:1:3: invalid character U+0040 '@'"};
        QTest::newRow("newline in string") << QByteArray("\"abc\nx") << QStringList{"s.go:1:5: newline in string"};
        QTest::newRow("unterminated raw string") << QByteArray("`abc") << QStringList{"s.go:1:1: string not terminated"};
        QTest::newRow("rune with two characters") << QByteArray("'ab'") << QStringList{"s.go:1:1: more than one character in rune literal"};
        QTest::newRow("empty rune") << QByteArray("''") << QStringList{"s.go:1:2: empty rune literal or unescaped '"};
        QTest::newRow("invalid octal digit") << QByteArray("0128") << QStringList{"s.go:1:4: invalid digit '8' in octal literal"};
        QTest::newRow("hex without digits") << QByteArray("0x") << QStringList{"s.go:1:3: hexadecimal literal has no digits"};
        QTest::newRow("misplaced separator") << QByteArray("1__0") << QStringList{"s.go:1:3: '_' must separate successive digits"};
        QTest::newRow("unknown escape") << QByteArray("\"\\q\"") << QStringList{"s.go:1:3: unknown escape"};
        QTest::newRow("NUL skipped") << QByteArray("a\0b", 3) << QStringList{"s.go:1:2: invalid NUL character"};
        QTest::newRow("invalid UTF-8 skipped") << QByteArray("a\xff") << QStringList{"s.go:1:2: invalid UTF-8 encoding"};
        QTest::newRow("BOM in the middle") << QByteArray("a\xef\xbb\xbf") << QStringList{"s.go:1:2: invalid BOM in the middle of the file"};
        QTest::newRow("BOM at the start") << QByteArray("\xef\xbb\xbf" "a") << QStringList();
        QTest::newRow("unterminated comment") << QByteArray("/* x") << QStringList{"s.go:1:1: comment not terminated"};
    }

    void lexicalErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QStringList errors;
        ::tokens(text, &errors);
        QCOMPARE(errors, expected);
    }
};

QTEST_GUILESS_MAIN(tst_Scanner)
#include "tst_scanner.moc"
