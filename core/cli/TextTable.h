#pragma once

// A plain-text table with aligned columns for terminal summaries: text columns are
// left-aligned, number columns right-aligned, two spaces between columns, no trailing
// blanks.

#include <QString>
#include <QStringList>
#include <vector>

namespace cacophony {

class TextTable
{
public:
    enum class Align { Left, Right };

    void addColumn(const QString &header, Align align = Align::Right);
    // Must have one cell per column.
    void addRow(const QStringList &cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // The header line, then one line per row, each ending in a newline.
    QString toString() const;

private:
    struct Column
    {
        QString header;
        Align align;
    };
    std::vector<Column> m_columns;
    std::vector<QStringList> m_rows;
};

} // namespace cacophony
