#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace cacophony::go {

// A position as gc prints it: 1-based line, 1-based column counting bytes.
struct LineColumn
{
    int line = 0;
    int column = 0;
};

// One Go source file: its name, its bytes (UTF-8 as Go reads them) and a line table that
// turns byte offsets, which the tree stores, into gc's line:column. Immutable after
// construction; thread-safe to share.
class Source
{
public:
    Source(QString fileName, QByteArray text);

    const QString &fileName() const { return m_fileName; }
    const QByteArray &text() const { return m_text; }
    int size() const { return int(m_text.size()); }

    // The line and column of a byte offset (clamped to [0, size()]).
    LineColumn position(int offset) const;
    // "file:line:col".
    QString format(int offset) const;
    int lineCount() const { return int(m_lineStarts.size()); }

private:
    QString m_fileName;
    QByteArray m_text;
    std::vector<int> m_lineStarts; // offset of the first byte of each line
};

} // namespace cacophony::go
