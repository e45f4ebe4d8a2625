// Runs arbitrary bytes as a Go program on Cacophony's runtime: whatever the front end accepts
// must run to an end (finished, a panic, a fatal error, os.Exit, or the instruction budget)
// without a crash, a hang or undefined behaviour, within a memory limit. Output is dropped.

#include "gorun/GoRun.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace cacophony::gorun;
    GoRun::Options options;
    options.deterministic = true; // a virtual clock: time.Sleep(time.Hour) costs nothing
    options.instructionBudget = 200000; // back-edges: bounds every loop
    options.memoryLimit = std::size_t(64) << 20;
    options.write = [](bool, std::string_view) {};
    GoRun run(options);
    const GoRun::Result r = run.run(QStringLiteral("fuzz.go"),
                                    QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (r.end == GoRun::End::CompileError && r.compileErrors.isEmpty())
        std::abort(); // a refused program says why
    return 0;
}
