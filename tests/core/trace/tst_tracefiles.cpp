#include "trace/TraceFiles.h"

#include "core/trace/TraceSamples.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cacophony;
using namespace cacophony::samples;
using Format = TraceFiles::Format;

Q_DECLARE_METATYPE(std::optional<TraceFiles::Format>)

class tst_TraceFiles : public QObject
{
    Q_OBJECT

private slots:
    void formatByExtension_data();
    void formatByExtension();
    void formatByContent_data();
    void formatByContent();
    void bothFormatsRoundTripWhateverTheName_data();
    void bothFormatsRoundTripWhateverTheName();
    void unknownExtensionIsAnError();
    void neitherFormatIsAnError();
};

void tst_TraceFiles::formatByExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<Format>>("format");
    QTest::newRow("json") << "/tmp/a.json" << std::optional(Format::ChromeJson);
    QTest::newRow("JSON") << "run.JSON" << std::optional(Format::ChromeJson);
    QTest::newRow("perfetto-trace") << "a/b.perfetto-trace" << std::optional(Format::Perfetto);
    QTest::newRow("pftrace") << "b.pftrace" << std::optional(Format::Perfetto);
    QTest::newRow("several dots") << "t.sync_ticker.pftrace" << std::optional(Format::Perfetto);
    QTest::newRow("txt") << "b.txt" << std::optional<Format>();
    QTest::newRow("none") << "trace" << std::optional<Format>();
    QTest::newRow("json in the folder only") << "x.json/trace" << std::optional<Format>();
}

void tst_TraceFiles::formatByExtension()
{
    QFETCH(QString, path);
    QFETCH(std::optional<Format>, format);
    QCOMPARE(TraceFiles::formatForPath(path), format);
}

void tst_TraceFiles::formatByContent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<std::optional<Format>>("format");
    QTest::newRow("json") << TraceFiles::toBytes(sampleTrace(), Format::ChromeJson) << std::optional(Format::ChromeJson);
    QTest::newRow("perfetto") << TraceFiles::toBytes(sampleTrace(), Format::Perfetto) << std::optional(Format::Perfetto);
    QTest::newRow("json after a newline") << QByteArray("\n {\"a\":1}") << std::optional(Format::ChromeJson);
    QTest::newRow("json after a BOM") << QByteArray("\xEF\xBB\xBF{}") << std::optional(Format::ChromeJson);
    QTest::newRow("bare array") << QByteArray("[]") << std::optional(Format::ChromeJson);
    QTest::newRow("text") << QByteArray("hello") << std::optional<Format>();
    QTest::newRow("nothing") << QByteArray() << std::optional<Format>();
}

void tst_TraceFiles::formatByContent()
{
    QFETCH(QByteArray, head);
    QFETCH(std::optional<Format>, format);
    QCOMPARE(TraceFiles::sniff(head.left(64)), format);
}

void tst_TraceFiles::bothFormatsRoundTripWhateverTheName_data()
{
    QTest::addColumn<QString>("saveAs");
    QTest::addColumn<QString>("renameTo");
    QTest::addColumn<QByteArray>("starts"); // the file's first byte
    QTest::newRow("json") << "t.json" << "t.json" << QByteArray("{");
    QTest::newRow("perfetto") << "t.perfetto-trace" << "t.perfetto-trace" << QByteArray("\x0a");
    QTest::newRow("pftrace renamed to json") << "t.pftrace" << "t.json" << QByteArray("\x0a");
    QTest::newRow("json renamed to pftrace") << "t.json" << "t.pftrace" << QByteArray("{");
}

// Saved by extension, opened by content: the same run comes back.
void tst_TraceFiles::bothFormatsRoundTripWhateverTheName()
{
    QFETCH(QString, saveAs);
    QFETCH(QString, renameTo);
    QFETCH(QByteArray, starts);
    QTemporaryDir dir;
    const TraceData trace = goTrace();
    QString error;
    QVERIFY2(TraceFiles::write(trace, dir.filePath(saveAs), &error), qPrintable(error));
    QFile file(dir.filePath(saveAs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(1), starts);
    file.close();
    QVERIFY(saveAs == renameTo || QFile::rename(dir.filePath(saveAs), dir.filePath(renameTo)));
    const std::optional<TraceData> back = TraceFiles::read(dir.filePath(renameTo), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == trace);
}

void tst_TraceFiles::unknownExtensionIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("trace.txt");
    QString error;
    QVERIFY(!TraceFiles::write(sampleTrace(), path, &error));
    QVERIFY2(error.contains(path) && error.contains("unknown extension") && error.contains(".pftrace"), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_TraceFiles::neitherFormatIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("trace.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 a zip file");
    file.close();
    QString error;
    QVERIFY(!TraceFiles::read(path, &error));
    QVERIFY2(error.contains(path) && error.contains("neither a Chrome JSON trace nor a Perfetto trace"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_TraceFiles)
#include "tst_tracefiles.moc"
