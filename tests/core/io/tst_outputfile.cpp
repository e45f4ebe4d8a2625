// OutputFile: a write that fails is reported with the system's words and never leaves a
// half-written file, for regular files (a temporary renamed at the end) and for devices.

#include "TestFullDevice.h"
#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

using namespace cacophony;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Lowers the soft file-size limit for its lifetime: a write past it fails with EFBIG
// (SIGXFSZ ignored), half-way, as on a disk that fills up.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_signal);
    }

private:
    rlimit m_old{};
    void (*m_signal)(int) = nullptr;
};

} // namespace

class tst_OutputFile : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces_data();
    void writesAndReplaces();
    void badTargetSaysWhy_data();
    void badTargetSaysWhy();
    void fullDeviceFails_data();
    void fullDeviceFails();
    void pipeIsWrittenInPlace();
    void failedWriteKeepsTheOldFile_data();
    void failedWriteKeepsTheOldFile();
};

void tst_OutputFile::writesAndReplaces_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<int>("size");
    QTest::newRow("new, small") << false << 10;
    QTest::newRow("new, beyond the write buffer") << false << (1 << 20);
    QTest::newRow("over an existing file") << true << 100;
}

void tst_OutputFile::writesAndReplaces()
{
    QFETCH(bool, existing);
    QFETCH(int, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    if (existing)
        QVERIFY(OutputFile::write(path, "old", nullptr));
    const QByteArray bytes(size, 'x');
    QString reason;
    QVERIFY2(OutputFile::write(path, bytes, &reason), qPrintable(reason));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.bin")});
}

void tst_OutputFile::badTargetSaysWhy_data()
{
    QTest::addColumn<QString>("path"); // $DIR: a fresh folder
    QTest::addColumn<QString>("reason");
    QTest::newRow("a folder") << QStringLiteral("$DIR") << QStringLiteral("it is a folder");
    QTest::newRow("missing folder") << QStringLiteral("$DIR/no/such/out.bin") << QStringLiteral("does not exist");
    QTest::newRow("no name") << QString() << QStringLiteral("no file name");
}

void tst_OutputFile::badTargetSaysWhy()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    path.replace(QLatin1String("$DIR"), dir.path());
    QString why;
    QVERIFY(!OutputFile::write(path, "bytes", &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(entries(dir.path()), QStringList{});
}

void tst_OutputFile::fullDeviceFails_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("small: fails at the flush") << 10;
    QTest::newRow("large: fails at the write") << (1 << 20);
}

void tst_OutputFile::fullDeviceFails()
{
    // QSaveFile alone would put a temporary beside the device and rename it over it
    // (where the folder is writable), or, writing it directly, ignore the failed flush.
    QFETCH(int, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString device = test::fullDevice(dir.path());
    if (device.isEmpty())
        QSKIP("no full device here");
    QString reason;
    QVERIFY(!OutputFile::write(device, QByteArray(size, 'x'), &reason));
    QCOMPARE(reason, QStringLiteral("No space left on device"));
    QVERIFY(test::isCharDevice(device));
}

void tst_OutputFile::pipeIsWrittenInPlace()
{
    // Anything that exists and is not a regular file is written where it is, never
    // replaced: here a pipe, whose read end is open (non-blocking) before the write.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const int readEnd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readEnd >= 0);
    QString reason;
    const bool ok = OutputFile::write(fifo, "through the pipe", &reason);
    char buffer[64] = {};
    const ssize_t got = ::read(readEnd, buffer, sizeof buffer);
    ::close(readEnd);
    QVERIFY2(ok, qPrintable(reason));
    QCOMPARE(QByteArray(buffer, int(std::max<ssize_t>(got, 0))), QByteArray("through the pipe"));
    const QFileInfo info(fifo);
    QVERIFY(info.exists() && !info.isFile());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("pipe")});
}

void tst_OutputFile::failedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("fails at the flush") << 6000; // within Qt's 16 KiB write buffer
    QTest::newRow("fails at the write") << (1 << 20);
}

void tst_OutputFile::failedWriteKeepsTheOldFile()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(OutputFile::write(path, "the previous, good file", nullptr));
    QString reason;
    bool ok = true;
    {
        const FileSizeLimit limit(4096);
        ok = OutputFile::write(path, QByteArray(size, 'x'), &reason);
    }
    QVERIFY(!ok);
    QCOMPARE(reason, QStringLiteral("File too large"));
    QCOMPARE(readAll(path), QByteArray("the previous, good file"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.bin")}); // no temporary left
}

QTEST_GUILESS_MAIN(tst_OutputFile)
#include "tst_outputfile.moc"
