#pragma once

#include "go/syntax/Ast.h"

#include <QString>

namespace cacophony::go {

// Prints expressions and simple statements the way gc's messages quote them (its syntax
// printer in short form: function bodies and composite literal contents as "…"). Used for
// syntax errors here and for the checker's messages ("cannot use x + 1 (...) as ...").
// Stateless and thread-safe.
class Printer
{
public:
    static QString shortString(const Node *node);
    // shortString, with a binary expression in parentheses (gc: "assignment (a + b) = c").
    static QString emphasize(const Expr *x);

private:
    static void print(std::string &out, const Node *node, int depth);
    static void printFields(std::string &out, const std::vector<Field *> &fields, const char *sep, int depth);
    static void printList(std::string &out, const std::vector<Expr *> &list, int depth);
};

} // namespace cacophony::go
