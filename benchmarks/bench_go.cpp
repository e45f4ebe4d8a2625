// Check time of the Go front end for a 300-line and a 3,000-line program (issue target:
// <= 20 ms and <= 150 ms, so an editor can check as the user types). The programs are the
// series' services program and two construct catalogues of the tests, repeated with
// renamed declarations to the wanted length.

#include "go/FrontEnd.h"
#include "go/syntax/Parser.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QRegularExpression>

namespace {

QByteArray readAccepted(const char *name)
{
    QFile file(QStringLiteral(CACOPHONY_GO_ACCEPT_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One package of about `lines` lines that a full checker accepts too: the bodies of three
// test programs, each copy with its top-level names suffixed, and one main.
QByteArray program(int lines)
{
    const QByteArray parts[] = {readAccepted("async_with_channels_services.go"), readAccepted("types_and_methods.go"),
                                readAccepted("constructs.go")};
    static const QStringList kTopLevel = {
        QStringLiteral("Bpm"), QStringLiteral("numberOfBeats"), QStringLiteral("countingService"),
        QStringLiteral("volumeMeasuringService"), QStringLiteral("timingService"), QStringLiteral("main"),
        QStringLiteral("Weekday"), QStringLiteral("Sunday"), QStringLiteral("Monday"), QStringLiteral("Tuesday"),
        QStringLiteral("Thursday"), QStringLiteral("Animal"), QStringLiteral("base"), QStringLiteral("Dog"),
        QStringLiteral("ErrTooMany"), QStringLiteral("split"), QStringLiteral("divmod"), QStringLiteral("meter"),
        QStringLiteral("sum")};
    QByteArray out = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"math/rand\"\n\t\"os\"\n\t\"runtime\"\n"
                     "\t\"strconv\"\n\t\"strings\"\n\t\"sync\"\n\t\"time\"\n)\n\nfunc main() {}\n";
    for (int copy = 0; copy < 3 || out.count('\n') < lines; ++copy) {
        const QByteArray &part = parts[copy % 3];
        QString body = QString::fromUtf8(part.mid(part.indexOf("\n)\n") + 3)); // after the imports
        for (const QString &name : kTopLevel)
            body.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)), QStringLiteral("%1_%2").arg(name).arg(copy));
        out += body.toUtf8();
    }
    return out;
}

void checkProgram(benchmark::State &state)
{
    const auto source = std::make_shared<cacophony::go::Source>(QStringLiteral("bench.go"), program(int(state.range(0))));
    int errors = 0;
    for (auto _ : state) {
        const auto result = cacophony::go::FrontEnd::check(source);
        benchmark::DoNotOptimize(result.tree->nodeCount());
        errors = result.diagnostics.count();
    }
    state.counters["errors"] = errors; // 0: the whole program was parsed and type-checked
    state.counters["lines"] = source->lineCount();
    state.counters["bytes/s"] = benchmark::Counter(double(source->size()), benchmark::Counter::kIsIterationInvariantRate);
}

// The parser alone (tokens, tree, label checks): checkProgram minus this is the type checker.
void parseProgram(benchmark::State &state)
{
    const auto source = std::make_shared<cacophony::go::Source>(QStringLiteral("bench.go"), program(int(state.range(0))));
    for (auto _ : state) {
        cacophony::go::Diagnostics diagnostics(source);
        cacophony::go::Parser parser(source, diagnostics);
        const auto tree = parser.parse();
        benchmark::DoNotOptimize(tree->nodeCount());
    }
    state.counters["lines"] = source->lineCount();
}

} // namespace

BENCHMARK(checkProgram)->Arg(300)->Arg(3000)->Unit(benchmark::kMillisecond);
BENCHMARK(parseProgram)->Arg(300)->Arg(3000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
