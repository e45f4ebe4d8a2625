#pragma once

#include "go/syntax/Diagnostics.h"
#include "go/syntax/SyntaxTree.h"
#include "go/types/TypeInfo.h"

#include <atomic>
#include <memory>

namespace cacophony::go {

// Source in, checked program or gc's compile errors out: the one entry point of the Go
// front end (the command line, the runtime, an editor's worker and the fuzzer use it).
// Reentrant: no shared state, so an editor may check on a worker thread while the user
// types, and cancel through the flag (set from any thread).
class FrontEnd
{
public:
    struct Result
    {
        std::unique_ptr<SyntaxTree> tree; // never null; partial after syntax errors
        Diagnostics diagnostics;
        bool cancelled = false;
        std::unique_ptr<TypeInfo> info; // the typed program; null after syntax errors
        bool ok() const { return diagnostics.isEmpty() && !cancelled; }
    };

    static Result check(std::shared_ptr<const Source> source, const std::atomic<bool> *cancel = nullptr);
};

} // namespace cacophony::go
