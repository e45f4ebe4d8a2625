#include "go/FrontEnd.h"

#include "go/syntax/Parser.h"

namespace cacophony::go {

FrontEnd::Result FrontEnd::check(std::shared_ptr<const Source> source, const std::atomic<bool> *cancel)
{
    Result result{nullptr, Diagnostics(source), false};
    Parser parser(source, result.diagnostics, cancel);
    result.tree = parser.parse();
    result.cancelled = parser.cancelled();
    if (result.cancelled || result.diagnostics.hasSyntaxErrors())
        return result; // gc stops after syntax errors, before type checking

    // The type checker runs here, over result.tree, into result.diagnostics.
    return result;
}

} // namespace cacophony::go
