// `cacophony check FILE.go`: the compile errors on stderr, exit 1 with errors, 0 without,
// 2 for usage errors (no file, more than one, an unreadable file).

#include "cli/CheckCommand.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace cacophony;

namespace {

// Runs the command with stderr captured in a file.
int run(const QStringList &args, QString *stderrText)
{
    std::fflush(stderr);
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("stderr")).toLocal8Bit();
    const int saved = dup(2);
    std::FILE *capture = std::fopen(path.constData(), "w");
    dup2(fileno(capture), 2);
    const int status = CheckCommand(args).exec();
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    std::fclose(capture);
    QFile file(QString::fromLocal8Bit(path));
    file.open(QIODevice::ReadOnly);
    *stderrText = QString::fromUtf8(file.readAll());
    return status;
}

} // namespace

class tst_CheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void exitStatus_data()
    {
        QTest::addColumn<QByteArray>("program"); // written to prog.go; empty: no file written
        QTest::addColumn<QStringList>("args");   // "@FILE@" stands for prog.go's path
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stderrText"); // with @FILE@ for the path
        QTest::newRow("correct program") << QByteArray("package main\n\nfunc main() {}\n") << QStringList{"@FILE@"} << 0
                                         << QString();
        QTest::newRow("syntax error") << QByteArray("package main\n\nfunc main() {\n\tf(1\n\t2)\n}\n")
                                      << QStringList{"@FILE@"} << 1
                                      << "@FILE@:4:5: syntax error: unexpected newline in argument list; possibly missing comma or )\n";
        QTest::newRow("outside the subset") << QByteArray("package main\n\nimport \"unsafe\"\n\nfunc main() {}\n")
                                            << QStringList{"@FILE@"} << 1
                                            << "@FILE@:3:8: package \"unsafe\" is not in Cacophony's Go subset\n";
        QTest::newRow("type errors") << QByteArray("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tvar s string = x\n}\n")
                                     << QStringList{"@FILE@"} << 1
                                     << "@FILE@:3:8: \"fmt\" imported and not used\n"
                                        "@FILE@:7:17: cannot use x (variable of type int) as string value in variable declaration\n";
        QTest::newRow("no file") << QByteArray() << QStringList() << 2
                                 << "cacophony: check needs a file (usage: cacophony check FILE.go)\n";
        QTest::newRow("two files") << QByteArray() << QStringList{"a.go", "b.go"} << 2
                                   << "cacophony: check takes one file, not \"a.go b.go\" (usage: cacophony check FILE.go)\n";
        QTest::newRow("unreadable file") << QByteArray() << QStringList{"@FILE@"} << 2 << QString();
    }

    void exitStatus()
    {
        QFETCH(QByteArray, program);
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stderrText);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prog.go"));
        if (!program.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(program);
        }
        for (QString &a : args)
            a.replace(QLatin1String("@FILE@"), path);
        QString printed;
        QCOMPARE(run(args, &printed), status);
        if (QTest::currentDataTag() == QLatin1String("unreadable file"))
            QVERIFY2(printed.startsWith(QStringLiteral("cacophony: cannot read %1: ").arg(path)), qPrintable(printed));
        else
            QCOMPARE(printed, QString(stderrText).replace(QLatin1String("@FILE@"), path));
    }
};

QTEST_GUILESS_MAIN(tst_CheckCommand)
#include "tst_checkcommand.moc"
