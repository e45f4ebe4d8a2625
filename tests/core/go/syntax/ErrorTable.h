#pragma once

// Reads data/errors.txt, the table of programs and the errors expected for them (its
// header describes the format). Shared by the parser's tests and the fuzz corpus.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QStringList>

namespace cacophony::go::test {

struct ErrorCase
{
    QString name;
    QStringList flags;
    QByteArray program;
    QStringList expected; // "line:col: message"
};

inline QList<ErrorCase> readErrorTable(const QString &path)
{
    QList<ErrorCase> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    ErrorCase *current = nullptr;
    bool inProgram = false;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.startsWith("=== ")) {
            ErrorCase c;
            const QByteArray head = line.mid(4);
            const int bracket = int(head.indexOf(" ["));
            c.name = QString::fromUtf8(bracket < 0 ? head : head.left(bracket));
            if (bracket >= 0)
                for (const QString &f : QString::fromUtf8(head.mid(bracket + 2).chopped(1)).split(QLatin1Char(',')))
                    c.flags << f.trimmed();
            cases << c;
            current = &cases.last();
            inProgram = true;
        } else if (!current || (line.startsWith('#') && !inProgram)) {
            continue;
        } else if (inProgram && line == "---") {
            inProgram = false;
        } else if (inProgram) {
            current->program += line + '\n';
        } else if (!line.isEmpty()) {
            current->expected << QString::fromUtf8(line);
        }
    }
    return cases;
}

} // namespace cacophony::go::test
