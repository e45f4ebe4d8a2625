#pragma once

#include <QStringList>

namespace cacophony {

// `cacophony check FILE.go`: parses and checks a Go program as `go build` would and
// prints its compile errors ("file:line:col: message", gc's order, at most ten) on stderr.
// Exit status: 0 no errors, 1 compile errors, 2 usage (no file, unreadable file).
class CheckCommand
{
public:
    explicit CheckCommand(QStringList args);
    int exec();

private:
    QStringList m_args;
};

} // namespace cacophony
