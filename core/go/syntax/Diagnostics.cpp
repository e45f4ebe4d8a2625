#include "go/syntax/Diagnostics.h"

#include <algorithm>

namespace cacophony::go {

Diagnostics::Diagnostics(std::shared_ptr<const Source> source)
    : m_source(std::move(source))
{
}

void Diagnostics::report(int offset, const QString &message)
{
    ++m_attempts;
    if (full())
        return;
    if (message.startsWith(QLatin1String("syntax error"))) {
        const int line = m_source->position(offset).line;
        if (line == m_lastSyntaxLine)
            return; // gc: only one syntax error per line, no matter what error
        m_lastSyntaxLine = line;
        ++m_syntaxErrors;
    } else {
        const int line = m_source->position(offset).line;
        if (line == m_lastOtherLine && message == m_lastOtherMessage)
            return; // gc: one of several equal errors on a line
        m_lastOtherLine = line;
        m_lastOtherMessage = message;
    }
    m_reported.push_back({offset, message});
}

std::vector<Diagnostic> Diagnostics::sorted() const
{
    std::vector<Diagnostic> result = m_reported;
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        // gc sorts by line, then column; offsets order the same way
        return a.offset < b.offset;
    });
    // gc drops a line it prints twice (same position, same message)
    const auto same = [](const Diagnostic &a, const Diagnostic &b) {
        return a.offset == b.offset && a.message == b.message;
    };
    result.erase(std::unique(result.begin(), result.end(), same), result.end());
    return result;
}

QStringList Diagnostics::lines() const
{
    QStringList out;
    for (const Diagnostic &d : sorted())
        out << QStringLiteral("%1: %2").arg(m_source->format(d.offset), d.message);
    if (full())
        out << QStringLiteral("%1: too many errors").arg(m_source->format(m_reported.back().offset));
    return out;
}

} // namespace cacophony::go
