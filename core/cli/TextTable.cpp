#include "cli/TextTable.h"

#include <algorithm>

namespace cacophony {

void TextTable::addColumn(const QString &header, Align align)
{
    m_columns.push_back({header, align});
}

void TextTable::addRow(const QStringList &cells)
{
    Q_ASSERT(cells.size() == static_cast<qsizetype>(m_columns.size()));
    m_rows.push_back(cells);
}

QString TextTable::toString() const
{
    std::vector<qsizetype> widths;
    for (const Column &c : m_columns)
        widths.push_back(c.header.size());
    for (const QStringList &row : m_rows)
        for (std::size_t i = 0; i < widths.size() && i < static_cast<std::size_t>(row.size()); ++i)
            widths[i] = std::max(widths[i], row[static_cast<qsizetype>(i)].size());

    auto line = [&](const QStringList &cells) {
        QString text;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const QString cell = i < static_cast<std::size_t>(cells.size()) ? cells[static_cast<qsizetype>(i)]
                                                                             : QString();
            if (i > 0)
                text += QLatin1String("  ");
            text += m_columns[i].align == Align::Left ? cell.leftJustified(widths[i])
                                                      : cell.rightJustified(widths[i]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };

    QStringList headers;
    for (const Column &c : m_columns)
        headers << c.header;
    QString out = line(headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace cacophony
