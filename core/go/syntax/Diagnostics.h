#pragma once

#include "go/syntax/Source.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cacophony::go {

struct Diagnostic
{
    int offset = 0; // byte offset in the Source
    QString message;
};

// The compile errors of one file, kept as gc keeps them: at most one syntax error per
// line, and of equal other errors reported one after the other on a line only the first; at the tenth error gc stops ("too many errors", at that error's position); what
// was reported is printed sorted by position, exact duplicates once. Not thread-safe:
// one instance per check.
class Diagnostics
{
public:
    static constexpr int kMaxErrors = 10;

    explicit Diagnostics(std::shared_ptr<const Source> source);

    // Records an error unless gc would drop it; after the tenth, everything is dropped.
    void report(int offset, const QString &message);
    bool isEmpty() const { return m_reported.empty(); }
    int count() const { return int(m_reported.size()); }
    // The tenth error was reported: gc stops here, and so should every producer.
    bool full() const { return count() >= kMaxErrors; }
    bool hasSyntaxErrors() const { return m_syntaxErrors > 0; }
    // Every report() so far, dropped ones included (did a part of the file have errors?).
    int attempts() const { return m_attempts; }

    // What gc prints, in its order.
    std::vector<Diagnostic> sorted() const;
    // "file:line:col: message" lines, then "file:line:col: too many errors" when full().
    QStringList lines() const;
    const Source &source() const { return *m_source; }

private:
    std::shared_ptr<const Source> m_source;
    std::vector<Diagnostic> m_reported; // in report order
    int m_syntaxErrors = 0;
    int m_attempts = 0;
    int m_lastSyntaxLine = -1;
    int m_lastOtherLine = -1;
    QString m_lastOtherMessage;
};

} // namespace cacophony::go
