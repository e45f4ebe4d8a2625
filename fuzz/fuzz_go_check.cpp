// Feeds arbitrary bytes to the Go front end as a program: any input must give a tree and
// at most gc's ten errors (and the "too many errors" line), never a crash, a hang or
// undefined behaviour. Every node's span must lie inside the source and inside its
// parent's.

#include "go/FrontEnd.h"
#include "go/syntax/AstWalker.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace cacophony::go;
    auto source = std::make_shared<Source>(QStringLiteral("fuzz.go"),
                                           QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const FrontEnd::Result result = FrontEnd::check(source);
    if (!result.tree || !result.tree->file())
        std::abort(); // a tree comes back for any input
    if (result.diagnostics.lines().size() > Diagnostics::kMaxErrors + 1)
        std::abort(); // gc's limit
    for (std::size_t i = 0; i < result.tree->nodeCount(); ++i) {
        const Node *n = result.tree->node(std::uint32_t(i));
        if (n->id != i || n->span.begin < 0 || n->span.begin > n->span.end || n->span.end > source->size())
            std::abort(); // spans are what an editor underlines
    }
    // From the file down (error recovery may drop nodes it made): children inside parents.
    std::vector<const Node *> stack{result.tree->file()};
    std::vector<char> seen(result.tree->nodeCount(), 0);
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        AstWalker::children(n, [&](const Node *child) {
            if (child->span.begin < n->span.begin || child->span.end > n->span.end)
                std::abort();
            if (!seen[child->id]) {
                seen[child->id] = 1;
                stack.push_back(child);
            }
        });
    }
    return 0;
}
