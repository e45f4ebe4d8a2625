// Diagnostics keep gc's rules: sorted by position, one syntax error per line, equal
// errors on a line once, and at the tenth error "too many errors".

#include "go/syntax/Diagnostics.h"

#include <QTest>

using namespace cacophony::go;

class tst_Diagnostics : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<Source> source()
    {
        QByteArray text;
        for (int i = 0; i < 30; ++i)
            text += "0123456789\n"; // line n starts at offset 11 * (n - 1)
        return std::make_shared<Source>(QStringLiteral("d.go"), text);
    }

private slots:
    void sortedByPosition()
    {
        Diagnostics d(source());
        d.report(25, QStringLiteral("third"));
        d.report(3, QStringLiteral("first"));
        d.report(12, QStringLiteral("second"));
        QCOMPARE(d.lines(), (QStringList{"d.go:1:4: first", "d.go:2:2: second", "d.go:3:4: third"}));
    }

    void oneSyntaxErrorPerLine()
    {
        Diagnostics d(source());
        d.report(0, QStringLiteral("syntax error: one"));
        d.report(5, QStringLiteral("syntax error: two")); // same line: dropped
        d.report(6, QStringLiteral("undefined: x"));      // not a syntax error: kept
        d.report(11, QStringLiteral("syntax error: three"));
        QCOMPARE(d.lines(), (QStringList{"d.go:1:1: syntax error: one", "d.go:1:7: undefined: x",
                                         "d.go:2:1: syntax error: three"}));
        QVERIFY(d.hasSyntaxErrors());
        QCOMPARE(d.attempts(), 4);
    }

    void equalErrorsOnALineOnce()
    {
        Diagnostics d(source());
        d.report(1, QStringLiteral("undefined: x"));
        d.report(4, QStringLiteral("undefined: x")); // same line, same text: dropped
        d.report(5, QStringLiteral("undefined: y"));
        d.report(12, QStringLiteral("undefined: x"));
        QCOMPARE(d.count(), 3);
        QVERIFY(!d.hasSyntaxErrors());
    }

    void tooManyErrors_data()
    {
        QTest::addColumn<int>("reported");
        QTest::addColumn<int>("printed");
        QTest::addColumn<bool>("tooMany");
        QTest::newRow("nine") << 9 << 9 << false;
        QTest::newRow("ten: gc stops at the tenth") << 10 << 11 << true;
        QTest::newRow("twenty") << 20 << 11 << true;
    }

    void tooManyErrors()
    {
        QFETCH(int, reported);
        QFETCH(int, printed);
        QFETCH(bool, tooMany);
        Diagnostics d(source());
        for (int i = reported - 1; i >= 0; --i) // reported bottom-up, printed top-down
            d.report(11 * i, QStringLiteral("error %1").arg(i));
        const QStringList lines = d.lines();
        QCOMPARE(lines.size(), printed);
        QCOMPARE(d.full(), tooMany);
        if (tooMany) {
            // the last line names where gc stopped: the tenth error reported
            QCOMPARE(lines.last(), QStringLiteral("d.go:%1:1: too many errors").arg(reported - 10 + 1));
            QCOMPARE(lines.first(), QStringLiteral("d.go:%1:1: error %2").arg(reported - 10 + 1).arg(reported - 10));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Diagnostics)
#include "tst_diagnostics.moc"
