#pragma once

#include "go/syntax/Ast.h"
#include "go/syntax/Diagnostics.h"

#include <map>
#include <string>
#include <vector>

namespace cacophony::go {

// The label and branch checks gc's parser makes on each function body without syntax
// errors (its branches.go): labels defined and not used or defined twice, break, continue
// and fallthrough out of place or with a wrong label. Sets BranchStmt::target.
// One instance per function body; not thread-safe.
class BranchChecker
{
public:
    explicit BranchChecker(Diagnostics &diagnostics) : m_diagnostics(diagnostics) {}

    void check(BlockStmt *body);

private:
    struct Block
    {
        const Block *parent = nullptr;
        const LabeledStmt *lstmt = nullptr; // the labeled statement this block belongs to
    };
    struct Label
    {
        const Block *parent = nullptr;
        LabeledStmt *lstmt = nullptr;
        bool used = false;
    };
    struct Targets
    {
        Stmt *breaks = nullptr;      // ForStmt, SwitchStmt, SelectStmt or nullptr
        Stmt *continues = nullptr;   // ForStmt or nullptr
        int caseIndex = -1;          // index of the case in the immediately enclosing switch
    };

    void blockBranches(const Block *parent, Targets ctxt, const LabeledStmt *lstmt, const std::vector<Stmt *> &body,
                       int depth);
    void branch(const Block &b, Targets ctxt, BranchStmt *s, std::size_t index, std::size_t count);
    Label *declare(const Block *b, LabeledStmt *s);
    LabeledStmt *enclosingTarget(const Block *b, const std::string &name, bool *found);
    void error(int offset, const QString &message) { m_diagnostics.report(offset, message); }

    Diagnostics &m_diagnostics;
    std::map<std::string, Label> m_labels;
    std::vector<BranchStmt *> m_gotos;
};

} // namespace cacophony::go
