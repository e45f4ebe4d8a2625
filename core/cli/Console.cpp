#include "cli/Console.h"

#include <cstdio>

namespace cacophony::console {

namespace {

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void outLine(const QString &line)
{
    write(stdout, line.toUtf8() + '\n');
}

void error(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')); // one line, whatever the message
    write(stderr, "cacophony: " + line.toUtf8() + '\n');
}

} // namespace cacophony::console
