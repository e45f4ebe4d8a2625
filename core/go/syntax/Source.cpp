#include "go/syntax/Source.h"

#include <algorithm>

namespace cacophony::go {

Source::Source(QString fileName, QByteArray text)
    : m_fileName(std::move(fileName))
    , m_text(std::move(text))
{
    m_lineStarts.push_back(0);
    const char *data = m_text.constData();
    for (int i = 0, n = int(m_text.size()); i < n; ++i)
        if (data[i] == '\n')
            m_lineStarts.push_back(i + 1);
}

LineColumn Source::position(int offset) const
{
    offset = std::clamp(offset, 0, size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const int line = int(next - m_lineStarts.begin());
    return {line, offset - m_lineStarts[std::size_t(line - 1)] + 1};
}

QString Source::format(int offset) const
{
    const LineColumn p = position(offset);
    return QStringLiteral("%1:%2:%3").arg(m_fileName).arg(p.line).arg(p.column);
}

} // namespace cacophony::go
