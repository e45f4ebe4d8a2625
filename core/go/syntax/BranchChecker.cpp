#include "go/syntax/BranchChecker.h"

namespace cacophony::go {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

void BranchChecker::check(BlockStmt *body)
{
    if (!body)
        return;
    blockBranches(nullptr, Targets{}, nullptr, body->list, 0);
    for (BranchStmt *g : m_gotos) {
        // goto is outside the subset (reported by the parser); keep its label in use
        auto it = m_labels.find(g->label->value);
        if (it != m_labels.end())
            it->second.used = true;
        else
            error(g->label->pos, QStringLiteral("label %1 not defined").arg(text(g->label->value)));
    }
    for (auto &[name, label] : m_labels)
        if (!label.used)
            error(label.lstmt->label->pos, QStringLiteral("label %1 defined and not used").arg(text(name)));
}

BranchChecker::Label *BranchChecker::declare(const Block *b, LabeledStmt *s)
{
    const std::string &name = s->label->value;
    if (auto it = m_labels.find(name); it != m_labels.end()) {
        error(s->label->pos, QStringLiteral("label %1 already defined at %2")
                                 .arg(text(name), m_diagnostics.source().format(it->second.lstmt->label->pos)));
        return &it->second;
    }
    return &(m_labels[name] = Label{b, s, false});
}

LabeledStmt *BranchChecker::enclosingTarget(const Block *b, const std::string &name, bool *found)
{
    auto it = m_labels.find(name);
    *found = it != m_labels.end();
    if (!*found)
        return nullptr;
    it->second.used = true; // even if it is not a valid target
    for (; b; b = b->parent)
        if (it->second.lstmt == b->lstmt)
            return it->second.lstmt;
    return nullptr;
}

void BranchChecker::blockBranches(const Block *parent, Targets ctxt, const LabeledStmt *lstmt,
                                  const std::vector<Stmt *> &body, int depth)
{
    if (depth > 2000)
        return; // the parser bounds nesting; this bounds our own stack on any tree
    const Block b{parent, lstmt};
    std::size_t count = body.size();
    while (count > 0 && as<EmptyStmt>(body[count - 1]))
        --count; // trailing empty statements do not count (fallthrough must be last)

    for (std::size_t i = 0; i < count; ++i) {
        Stmt *stmt = body[i];
        const LabeledStmt *label = nullptr;
        while (auto *ls = as<LabeledStmt>(stmt)) {
            if (ls->label->value != "_") {
                declare(&b, ls);
                label = ls;
            }
            stmt = ls->stmt;
        }
        if (!stmt)
            continue;
        switch (stmt->kind) {
        case NodeKind::BranchStmt:
            branch(b, ctxt, static_cast<BranchStmt *>(stmt), i, count);
            break;
        case NodeKind::BlockStmt:
            blockBranches(&b, {ctxt.breaks, ctxt.continues, -1}, label, static_cast<BlockStmt *>(stmt)->list, depth + 1);
            break;
        case NodeKind::IfStmt: {
            auto *s = static_cast<IfStmt *>(stmt);
            const Targets inner{ctxt.breaks, ctxt.continues, -1};
            while (s) {
                if (s->then)
                    blockBranches(&b, inner, label, s->then->list, depth + 1);
                if (auto *e = as<BlockStmt>(s->elseStmt))
                    blockBranches(&b, inner, label, e->list, depth + 1);
                s = as<IfStmt>(s->elseStmt);
            }
            break;
        }
        case NodeKind::ForStmt: {
            auto *s = static_cast<ForStmt *>(stmt);
            if (s->body)
                blockBranches(&b, {s, s, -1}, label, s->body->list, depth + 1);
            break;
        }
        case NodeKind::SwitchStmt: {
            auto *s = static_cast<SwitchStmt *>(stmt);
            for (std::size_t c = 0; c < s->body.size(); ++c)
                blockBranches(&b, {s, ctxt.continues, int(c)}, label, s->body[c]->body, depth + 1);
            break;
        }
        case NodeKind::SelectStmt: {
            auto *s = static_cast<SelectStmt *>(stmt);
            for (CommClause *c : s->body)
                blockBranches(&b, {s, ctxt.continues, -1}, label, c->body, depth + 1);
            break;
        }
        default:
            break;
        }
    }
}

void BranchChecker::branch(const Block &b, Targets ctxt, BranchStmt *s, std::size_t index, std::size_t count)
{
    if (s->tok == Token::Goto) {
        if (s->label)
            m_gotos.push_back(s);
        return;
    }
    if (!s->label) {
        switch (s->tok) {
        case Token::Break:
            if (ctxt.breaks)
                s->target = ctxt.breaks;
            else
                error(s->pos, QStringLiteral("break is not in a loop, switch, or select"));
            break;
        case Token::Continue:
            if (ctxt.continues)
                s->target = ctxt.continues;
            else
                error(s->pos, QStringLiteral("continue is not in a loop"));
            break;
        default: { // fallthrough
            QString msg = QStringLiteral("fallthrough statement out of place");
            if (auto *sw = as<SwitchStmt>(ctxt.breaks)) {
                if (as<TypeSwitchGuard>(sw->tag))
                    msg = QStringLiteral("cannot fallthrough in type switch");
                else if (ctxt.caseIndex < 0 || index + 1 < count)
                    ; // out of place
                else if (std::size_t(ctxt.caseIndex) + 1 == sw->body.size())
                    msg = QStringLiteral("cannot fallthrough final case in switch");
                else
                    return; // fallthrough ok
            }
            error(s->pos, msg);
            break;
        }
        }
        return;
    }
    const std::string &name = s->label->value;
    bool found = false;
    LabeledStmt *t = enclosingTarget(&b, name, &found);
    if (s->tok == Token::Break) {
        if (!found)
            error(s->label->pos, QStringLiteral("break label not defined: %1").arg(text(name)));
        else if (t && (as<SwitchStmt>(t->stmt) || as<SelectStmt>(t->stmt) || as<ForStmt>(t->stmt)))
            s->target = t->stmt;
        else
            error(s->label->pos, QStringLiteral("invalid break label %1").arg(text(name)));
    } else if (s->tok == Token::Continue) {
        if (!found)
            error(s->label->pos, QStringLiteral("continue label not defined: %1").arg(text(name)));
        else if (t && as<ForStmt>(t->stmt))
            s->target = t->stmt;
        else
            error(s->label->pos, QStringLiteral("invalid continue label %1").arg(text(name)));
    }
}

} // namespace cacophony::go
