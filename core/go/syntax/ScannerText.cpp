#include "go/syntax/ScannerText.h"

#include <QChar>

namespace cacophony::go::scannertext {

// Go's %#U: U+0040 '@' (the character only if printable).
QString unicodeText(char32_t c)
{
    QString text = QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    if (c <= 0x10FFFF && QChar::isPrint(c))
        text += QStringLiteral(" '%1'").arg(QString::fromUcs4(&c, 1));
    return text;
}

// Go's %q of a rune.
QString quoteRune(char32_t c)
{
    switch (c) {
    case '\a': return QStringLiteral("'\\a'");
    case '\b': return QStringLiteral("'\\b'");
    case '\f': return QStringLiteral("'\\f'");
    case '\n': return QStringLiteral("'\\n'");
    case '\r': return QStringLiteral("'\\r'");
    case '\t': return QStringLiteral("'\\t'");
    case '\v': return QStringLiteral("'\\v'");
    case '\\': return QStringLiteral("'\\\\'");
    case '\'': return QStringLiteral("'\\''");
    default: break;
    }
    if (c <= 0x10FFFF && QChar::isPrint(c))
        return QStringLiteral("'%1'").arg(QString::fromUcs4(&c, 1));
    if (c < 0x80)
        return QStringLiteral("'\\x%1'").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c < 0x10000)
        return QStringLiteral("'\\u%1'").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("'\\U%1'").arg(uint(c), 8, 16, QLatin1Char('0'));
}

} // namespace cacophony::go::scannertext
