#include "cli/RunGoCommand.h"

#include "cli/Console.h"
#include "cli/InterruptGuard.h"
#include "gorun/GoRun.h"
#include "trace/TraceFiles.h"

#include <QFile>

#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>

namespace cacophony {

namespace {

const char kRunGoUsage[] = "usage: cacophony run FILE.go [--seed N] [--json] [--trace F] [--go 1.N] [--gomaxprocs N]";

void writeRaw(FILE *stream, std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
    std::fflush(stream);
}

} // namespace

RunGoCommand::RunGoCommand(QStringList args)
    : m_args(std::move(args))
{
}

bool RunGoCommand::wants(const QStringList &args)
{
    for (const QString &a : args)
        if (!a.startsWith(QLatin1Char('-')))
            return a.endsWith(QLatin1String(".go"));
    return false;
}

int RunGoCommand::exec()
{
    QString path;
    QString tracePath;
    gorun::GoRun::Options options;
    bool json = false;
    auto bad = [](const QString &why) {
        console::error(QStringLiteral("%1 (%2)").arg(why, QLatin1String(kRunGoUsage)));
        return 2;
    };
    for (int i = 0; i < m_args.size(); ++i) {
        QString arg = m_args[i];
        std::optional<QString> value;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
        }
        auto take = [&]() -> std::optional<QString> {
            if (value)
                return value;
            if (i + 1 < m_args.size())
                return m_args[++i];
            return std::nullopt;
        };
        bool ok = false;
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--seed")) {
            const auto v = take();
            options.seed = v ? v->toULongLong(&ok) : 0;
            if (!ok)
                return bad(QStringLiteral("--seed needs a number"));
        } else if (arg == QLatin1String("--gomaxprocs")) {
            const auto v = take();
            options.gomaxprocs = v ? v->toInt(&ok) : 0;
            if (!ok || options.gomaxprocs < 1 || options.gomaxprocs > 256)
                return bad(QStringLiteral("--gomaxprocs needs a number from 1 to 256"));
        } else if (arg == QLatin1String("--go")) {
            const auto v = take();
            const QStringList parts = v ? v->split(QLatin1Char('.')) : QStringList();
            options.goMinor = parts.size() == 2 && parts[0] == QLatin1String("1") ? parts[1].toInt(&ok) : 0;
            if (!ok || options.goMinor < 1 || options.goMinor > 99)
                return bad(QStringLiteral("--go needs a version such as 1.21"));
        } else if (arg == QLatin1String("--trace")) {
            const auto v = take();
            if (!v || v->isEmpty())
                return bad(QStringLiteral("--trace needs a file name"));
            tracePath = *v;
            options.trace = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return bad(QStringLiteral("unknown option \"%1\"").arg(arg));
        } else if (path.isEmpty()) {
            path = arg;
        } else {
            return bad(QStringLiteral("run takes one Go file, not also \"%1\"").arg(arg));
        }
    }
    if (path.isEmpty())
        return bad(QStringLiteral("run needs a Go file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return console::error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())), 2;
    const QByteArray text = file.readAll();

    options.write = [](bool toStderr, std::string_view t) { writeRaw(toStderr ? stderr : stdout, t); };
    gorun::GoRun run(options);
    InterruptGuard guard;
    gorun::GoRun::Result result;
    std::atomic<bool> done{false};
    std::thread worker([&] {
        result = run.run(path, text);
        done.store(true);
    });
    int signal = 0;
    while (!done.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (!signal && (signal = InterruptGuard::pending()) != 0)
            run.stop();
    }
    worker.join();

    if (result.end == gorun::GoRun::End::CompileError) {
        writeRaw(stderr, (result.compileErrors.join(QLatin1Char('\n')) + QLatin1Char('\n')).toStdString());
        return 1;
    }
    if (result.end == gorun::GoRun::End::Unsupported) {
        console::error(QStringLiteral("%1: not supported by the runtime yet: %2").arg(path, result.message));
        return 2;
    }
    int status = result.end == gorun::GoRun::End::Stopped ? InterruptGuard::exitStatus(signal ? signal : 2) : result.status;
    QString traceError;
    if (result.trace && !TraceFiles::write(*result.trace, tracePath, &traceError)) {
        console::error(traceError);
        status = status == 0 ? 2 : status;
    }
    const QString end = QString::fromLatin1(gorun::GoRun::endName(result.end));
    if (json)
        writeRaw(stderr, QStringLiteral("{\"goroutines\":%1,\"channel_operations\":%2,\"end\":\"%3\",\"exit_status\":%4}\n")
                             .arg(result.goroutines).arg(result.channelOperations).arg(end).arg(status).toStdString());
    else
        writeRaw(stderr, QStringLiteral("cacophony: %1 goroutine%2, %3 channel operation%4, %5, exit status %6\n")
                             .arg(result.goroutines).arg(result.goroutines == 1 ? "" : "s")
                             .arg(result.channelOperations).arg(result.channelOperations == 1 ? "" : "s")
                             .arg(end).arg(status).toStdString());
    return status;
}

} // namespace cacophony
