#pragma once

#include <QStringList>

namespace cacophony {

// `cacophony run FILE.go [--seed N] [--json] [--go 1.N] [--gomaxprocs N]`: runs a Go
// program on Cacophony's runtime (core/gorun). Compile errors as `cacophony check` prints
// them (exit 1); the program's output as it happens; then one summary line on stderr (or,
// with --json, one JSON object). Exit status: docs/cli.md's table for Go programs.
// Ctrl-C stops the program within 100 ms (exit 130).
class RunGoCommand
{
public:
    explicit RunGoCommand(QStringList args);
    int exec();

    // Whether `cacophony run ARGS` names a Go file (the first argument not an option ends in .go).
    static bool wants(const QStringList &args);

private:
    QStringList m_args;
};

} // namespace cacophony
