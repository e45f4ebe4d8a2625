#include "go/FrontEnd.h"

#include "go/syntax/Parser.h"
#include "go/types/Checker.h"

namespace cacophony::go {

FrontEnd::Result FrontEnd::check(std::shared_ptr<const Source> source, const std::atomic<bool> *cancel)
{
    Result result{nullptr, Diagnostics(source), false, nullptr};
    Parser parser(source, result.diagnostics, cancel);
    result.tree = parser.parse();
    result.cancelled = parser.cancelled();
    if (result.cancelled || result.diagnostics.hasSyntaxErrors())
        return result; // gc stops after syntax errors, before type checking

    // A construct outside the subset was named: its uses would only add follow-up errors.
    for (const Diagnostic &d : result.diagnostics.sorted())
        if (d.message.endsWith(QLatin1String("is not in Cacophony's Go subset")))
            return result;
    Checker checker(*result.tree, result.diagnostics, cancel);
    result.info = checker.check();
    result.cancelled = cancel && cancel->load();
    return result;
}

} // namespace cacophony::go
