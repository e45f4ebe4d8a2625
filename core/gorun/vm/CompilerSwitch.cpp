#include "gorun/vm/Compiler.h"

#include "go/types/Arena.h"
#include "go/types/TypeInfo.h"
#include "go/types/Universe.h"

namespace cacophony::gorun {

using namespace go;

namespace {

bool endsInFallthrough(const CaseClause *c)
{
    if (c->body.empty())
        return false;
    const auto *b = as<BranchStmt>(c->body.back());
    return b && b->tok == Token::Fallthrough;
}

} // namespace

// Tests first (each case jumps to its body), then the bodies in order; a body ends with a
// jump to the end unless it falls through into the next one.
void Compiler::switchStmt(const SwitchStmt *s)
{
    if (s->init)
        stmt(s->init);
    if (as<TypeSwitchGuard>(s->tag))
        return typeSwitch(s);
    const go::Type *tagType = s->tag ? type(s->tag) : nullptr;
    int tag = -1;
    if (s->tag) {
        tag = reg();
        exprTo(s->tag, tag);
    }
    std::vector<std::vector<int>> jumps(s->body.size());
    int defaultClause = -1;
    for (std::size_t i = 0; i < s->body.size(); ++i) {
        const CaseClause *cc = s->body[i];
        if (!cc->cases)
            defaultClause = int(i);
        for (const Expr *e : exprList(cc->cases)) {
            m_pos = e->pos;
            int c;
            if (tag < 0) {
                c = expr(e);
            } else {
                const int v = exprAs(e, tagType);
                c = compare(Operator::Eql, tag, v, tagType->isInterface() ? tagType : type(e));
            }
            jumps[i].push_back(add(Op::JmpIf, c));
        }
    }
    const int toDefault = add(Op::Jmp);
    std::vector<int> ends;
    m_f->loops.push_back(Loop{s, {}, {}});
    for (std::size_t i = 0; i < s->body.size(); ++i) {
        for (int j : jumps[i])
            patch(j);
        if (int(i) == defaultClause)
            patch(toDefault);
        block(s->body[i]->body);
        if (!endsInFallthrough(s->body[i]))
            ends.push_back(add(Op::Jmp));
    }
    if (defaultClause < 0)
        patch(toDefault);
    closeBreakable(ends); // a continue inside a switch belongs to the enclosing loop
}

void Compiler::typeSwitch(const SwitchStmt *s)
{
    const auto *guard = as<TypeSwitchGuard>(s->tag);
    const int x = reg();
    exprTo(guard->x, x);
    std::vector<std::vector<int>> jumps(s->body.size());
    int defaultClause = -1;
    for (std::size_t i = 0; i < s->body.size(); ++i) {
        const CaseClause *cc = s->body[i];
        if (!cc->cases)
            defaultClause = int(i);
        for (const Expr *e : exprList(cc->cases)) {
            const go::Type *t = type(e);
            const int c = reg();
            if (!t || t->isBasic(BasicKind::UntypedNil)) {
                const int zero = loadK(0);
                add(Op::EqW, c, x, zero);
            } else {
                add(Op::TypeIs, c, x, 0, 0, t);
            }
            jumps[i].push_back(add(Op::JmpIf, c));
        }
    }
    const int toDefault = add(Op::Jmp);
    std::vector<int> ends;
    m_f->loops.push_back(Loop{s, {}, {}});
    for (std::size_t i = 0; i < s->body.size(); ++i) {
        const CaseClause *cc = s->body[i];
        for (int j : jumps[i])
            patch(j);
        if (int(i) == defaultClause)
            patch(toDefault);
        if (const Object *v = m_info.implicit(cc->id); v && guard->lhs) {
            const go::Type *vt = v->type();
            const int val = reg();
            if (vt->isInterface())
                add(Op::Move, val, x);
            else
                add(Op::Assert, val, x, 0, 0, vt);
            declareVar(v, val, true);
        }
        block(cc->body);
        ends.push_back(add(Op::Jmp));
    }
    if (defaultClause < 0)
        patch(toDefault);
    closeBreakable(ends);
}

// The cases' channels and values first (Go evaluates them all, in order), then one Select
// instruction; its chosen index picks the body (-1: default).
void Compiler::selectStmt(const SelectStmt *s)
{
    auto desc = std::make_unique<SelectDesc>();
    std::vector<int> caseOf(s->body.size(), -1);
    for (std::size_t i = 0; i < s->body.size(); ++i) {
        const Stmt *comm = s->body[i]->comm;
        if (!comm) {
            desc->hasDefault = true;
            continue;
        }
        SelectDesc::Case c;
        if (const auto *send = as<SendStmt>(comm)) {
            c.isSend = true;
            c.chanReg = expr(send->chan);
            c.valueReg = exprAs(send->value, type(send->chan)->underlying()->m_elem);
        } else {
            const auto *es = as<ExprStmt>(comm);
            const auto *recv = as<Operation>(unparen(es ? es->x : as<AssignStmt>(comm)->rhs));
            c.chanReg = expr(recv->x);
        }
        caseOf[i] = int(desc->cases.size());
        desc->cases.push_back(c);
    }
    const int res = reg(3);
    add(Op::Select, res, 0, 0, desc->hasDefault, desc.get());
    m_program.selects.push_back(std::move(desc));
    std::vector<int> ends;
    m_f->loops.push_back(Loop{s, {}, {}});
    for (std::size_t i = 0; i < s->body.size(); ++i) {
        const CommClause *cc = s->body[i];
        const int want = loadK(Word(std::int64_t(caseOf[i])));
        const int c = reg();
        add(Op::EqW, c, res, want);
        const int skip = add(Op::JmpIfNot, c);
        if (const auto *a = as<AssignStmt>(cc->comm)) {
            const go::Type *elem = type(as<Operation>(unparen(a->rhs))->x)->underlying()->m_elem;
            const std::vector<const Expr *> lhs = exprList(a->lhs);
            const go::Type *boolType = Universe::get().basic(BasicKind::Bool);
            for (std::size_t k = 0; k < lhs.size(); ++k) {
                const auto *n = as<go::Name>(lhs[k]);
                const int v = res + 1 + int(k);
                if (n && n->value == "_")
                    continue;
                if (a->op == Operator::Def && n && !m_f->vars.count(object(n)))
                    declareVar(object(n), convertTo(v, k ? boolType : elem, object(n)->type(), true), true);
                else
                    store(lhs[k], convertTo(v, k ? boolType : elem, type(lhs[k]), true), true);
            }
        }
        block(cc->body);
        ends.push_back(add(Op::Jmp));
        patch(skip);
    }
    closeBreakable(ends);
}

} // namespace cacophony::gorun
