#pragma once

#include "go/syntax/Ast.h"

#include <functional>

namespace cacophony::go {

// The children of a node, in source order, for a checker, a compiler or a test that needs
// no switch of its own. The tree is a tree except where gc shares a node: the names of one
// field list (a, b int) share one type node, which each of their Fields lists as child.
// Stateless and thread-safe.
class AstWalker
{
public:
    using Visit = std::function<void(const Node *)>;

    // Calls visit for each direct child of node (never for nullptr children).
    static void children(const Node *node, const Visit &visit);
};

} // namespace cacophony::go
