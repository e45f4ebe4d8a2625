#include "cli/CheckCommand.h"

#include "cli/Console.h"
#include "go/FrontEnd.h"

#include <QFile>

#include <cstdio>

namespace cacophony {

namespace {

const char kCheckUsage[] = "usage: cacophony check FILE.go";

} // namespace

CheckCommand::CheckCommand(QStringList args)
    : m_args(std::move(args))
{
}

int CheckCommand::exec()
{
    if (m_args.size() == 1 && (m_args.front() == QLatin1String("--help") || m_args.front() == QLatin1String("-h"))) {
        console::outLine(QString::fromLatin1(kCheckUsage));
        return 0;
    }
    if (m_args.size() != 1 || m_args.front().startsWith(QLatin1Char('-'))) {
        console::error(m_args.isEmpty() ? QStringLiteral("check needs a file (%1)").arg(QLatin1String(kCheckUsage))
                                        : QStringLiteral("check takes one file, not \"%1\" (%2)")
                                              .arg(m_args.join(QLatin1Char(' ')), QLatin1String(kCheckUsage)));
        return 2;
    }
    const QString path = m_args.front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        console::error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return 2;
    }
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        console::error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return 2;
    }

    const go::FrontEnd::Result result = go::FrontEnd::check(std::make_shared<go::Source>(path, text));
    if (result.diagnostics.isEmpty())
        return 0;
    // As `go build`: the compile errors on stderr, as they are, without our prefix.
    const QByteArray lines = result.diagnostics.lines().join(QLatin1Char('\n')).toUtf8() + '\n';
    std::fwrite(lines.constData(), 1, std::size_t(lines.size()), stderr);
    std::fflush(stderr);
    return 1;
}

} // namespace cacophony
