// Source turns byte offsets into gc's positions: 1-based lines, 1-based columns that
// count bytes (a tab is one, a multi-byte character its UTF-8 length).

#include "go/syntax/Source.h"

#include <QTest>

using namespace cacophony::go;

class tst_Source : public QObject
{
    Q_OBJECT

private slots:
    void positions_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // "ab\n\tc\né\n" then the end
        QTest::newRow("first byte") << 0 << 1 << 1;
        QTest::newRow("the newline") << 2 << 1 << 3;
        QTest::newRow("line start") << 3 << 2 << 1;
        QTest::newRow("after a tab") << 4 << 2 << 2;
        QTest::newRow("multi-byte character") << 6 << 3 << 1;
        QTest::newRow("after it: bytes count") << 8 << 3 << 3;
        QTest::newRow("the end") << 9 << 4 << 1;
        QTest::newRow("past the end is clamped") << 99 << 4 << 1;
        QTest::newRow("before the start is clamped") << -5 << 1 << 1;
    }

    void positions()
    {
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const Source source(QStringLiteral("f.go"), QByteArray("ab\n\tc\n\xc3\xa9\n"));
        const LineColumn p = source.position(offset);
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(source.format(offset), QStringLiteral("f.go:%1:%2").arg(line).arg(column));
    }

    void lineCount()
    {
        QCOMPARE(Source(QStringLiteral("e.go"), QByteArray()).lineCount(), 1);
        QCOMPARE(Source(QStringLiteral("e.go"), QByteArray("a\nb")).lineCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Source)
#include "tst_source.moc"
