// Parser: statements (after gc's syntax parser).

#include "go/syntax/Parser.h"

#include "go/syntax/BranchChecker.h"
#include "go/syntax/Printer.h"

namespace cacophony::go {

BlockStmt *Parser::funcBody()
{
    ++m_fnest;
    const int errors = m_diagnostics.attempts();
    BlockStmt *body = blockStmt("");
    --m_fnest;
    // As gc: labels and branches are checked only in a body without syntax errors.
    if (errors == m_diagnostics.attempts() && !stopped())
        BranchChecker(m_diagnostics).check(body);
    return body;
}

BlockStmt *Parser::blockStmt(const char *context)
{
    auto *s = make<BlockStmt>(m_s.pos);
    if (!got(Token::Lbrace)) {
        syntaxError(QStringLiteral("expected { after %1").arg(QLatin1String(context)));
        advance({Token::Name, Token::Rbrace});
        s->rbrace = m_s.pos;
        if (got(Token::Rbrace))
            return finish(s);
    }
    s->list = stmtList();
    s->rbrace = m_s.pos;
    want(Token::Rbrace);
    return finish(s);
}

std::vector<Stmt *> Parser::stmtList()
{
    std::vector<Stmt *> stmts;
    while (m_s.tok != Token::Eof && m_s.tok != Token::Rbrace && m_s.tok != Token::Case && m_s.tok != Token::Default) {
        Stmt *s = stmtOrNull();
        if (!s)
            break;
        stmts.push_back(s);
        if (!got(Token::Semi) && m_s.tok != Token::Rbrace) {
            syntaxError(QStringLiteral("at end of statement"));
            advance({Token::Semi, Token::Rbrace, Token::Case, Token::Default});
            got(Token::Semi); // avoid a spurious empty statement
        }
    }
    return stmts;
}

Stmt *Parser::stmtOrNull()
{
    if (!enter())
        return nullptr;
    Stmt *s = stmtOrNullInner();
    leave();
    return s;
}

Stmt *Parser::stmtOrNullInner()
{
    if (m_s.tok == Token::Name) {
        Expr *lhs = exprList();
        if (auto *label = as<Name>(lhs); label && m_s.tok == Token::Colon)
            return labeledStmtOrNull(label);
        return simpleStmt(lhs, Token::None);
    }
    switch (m_s.tok) {
    case Token::Var:
    case Token::Const:
    case Token::Type:
        return declStmt(m_s.tok);
    case Token::Lbrace:
        return blockStmt("");
    case Token::Operator:
    case Token::Star:
        switch (m_s.op) {
        case Operator::Add:
        case Operator::Sub:
        case Operator::Mul:
        case Operator::And:
        case Operator::Xor:
        case Operator::Not:
            return simpleStmt(nullptr, Token::None); // unary operators
        default:
            return nullptr;
        }
    case Token::Literal:
    case Token::Func:
    case Token::Lparen:
    case Token::Lbrack:
    case Token::Struct:
    case Token::Map:
    case Token::Chan:
    case Token::Interface:
    case Token::Arrow:
        return simpleStmt(nullptr, Token::None);
    case Token::For:
        return forStmt();
    case Token::Switch:
        return switchStmt();
    case Token::Select:
        return selectStmt();
    case Token::If:
        return ifStmt();
    case Token::Fallthrough:
    case Token::Break:
    case Token::Continue:
    case Token::Goto: {
        auto *s = make<BranchStmt>(m_s.pos);
        s->tok = m_s.tok;
        if (s->tok == Token::Goto)
            unsupported(s->pos, QStringLiteral("goto"));
        next();
        if (s->tok == Token::Goto)
            s->label = name();
        else if (s->tok != Token::Fallthrough && m_s.tok == Token::Name)
            s->label = name();
        return finish(s);
    }
    case Token::Go:
    case Token::Defer:
        return callStmt();
    case Token::Return: {
        auto *s = make<ReturnStmt>(m_s.pos);
        next();
        if (m_s.tok != Token::Semi && m_s.tok != Token::Rbrace)
            s->results = exprList();
        return finish(s);
    }
    case Token::Semi:
        return make<EmptyStmt>(m_s.pos);
    default:
        return nullptr;
    }
}

Stmt *Parser::simpleStmt(Expr *lhs, Token keyword)
{
    if (keyword == Token::For && m_s.tok == Token::Range)
        return newRangeClause(nullptr, false);
    if (!lhs)
        lhs = exprList();

    if (!as<ListExpr>(lhs) && m_s.tok != Token::Assign && m_s.tok != Token::Define) {
        const int pos = m_s.pos;
        switch (m_s.tok) {
        case Token::AssignOp: {
            const Operator op = m_s.op;
            next();
            return newAssignStmt(pos, op, lhs, expr());
        }
        case Token::IncOp: {
            const Operator op = m_s.op;
            next();
            return newAssignStmt(pos, op, lhs, nullptr);
        }
        case Token::Arrow: {
            auto *s = make<SendStmt>(pos);
            next();
            s->chan = lhs;
            s->span.begin = lhs->span.begin;
            s->value = expr();
            return finish(s);
        }
        default: {
            auto *s = make<ExprStmt>(lhs->pos);
            s->x = lhs;
            s->span = lhs->span;
            return s;
        }
        }
    }

    if (m_s.tok == Token::Assign || m_s.tok == Token::Define) {
        const int pos = m_s.pos;
        const Operator op = m_s.tok == Token::Define ? Operator::Def : Operator::None;
        next();
        if (keyword == Token::For && m_s.tok == Token::Range)
            return newRangeClause(lhs, op == Operator::Def);
        Expr *rhs = exprList();
        if (auto *x = as<TypeSwitchGuard>(rhs); x && keyword == Token::Switch && op == Operator::Def) {
            if (auto *n = as<Name>(lhs)) {
                x->lhs = n;
                x->span.begin = n->span.begin;
                auto *s = make<ExprStmt>(x->pos);
                s->x = x;
                s->span = x->span;
                return s;
            }
        }
        return newAssignStmt(pos, op, lhs, rhs);
    }

    syntaxError(QStringLiteral("expected := or = or comma"));
    advance({Token::Semi, Token::Rbrace});
    if (auto *l = as<ListExpr>(lhs))
        lhs = l->elems.front();
    auto *s = make<ExprStmt>(lhs->pos);
    s->x = lhs;
    s->span = lhs->span;
    return s;
}

Stmt *Parser::newRangeClause(Expr *lhs, bool def)
{
    auto *r = make<RangeClause>(m_s.pos);
    next(); // range
    r->lhs = lhs;
    r->def = def;
    if (lhs)
        r->span.begin = lhs->span.begin;
    r->x = expr();
    return finish(r);
}

Stmt *Parser::newAssignStmt(int pos, Operator op, Expr *lhs, Expr *rhs)
{
    auto *a = make<AssignStmt>(pos);
    a->op = op;
    a->lhs = lhs;
    a->rhs = rhs;
    a->span.begin = lhs->span.begin;
    return finish(a);
}

Stmt *Parser::labeledStmtOrNull(Name *label)
{
    auto *s = make<LabeledStmt>(m_s.pos);
    s->label = label;
    s->span.begin = label->span.begin;
    want(Token::Colon);
    if (m_s.tok == Token::Rbrace) {
        // L: } labels an empty statement, implied right after the colon (gc: at the "}")
        s->stmt = make<EmptyStmt>(m_prevEnd);
        return finish(s);
    }
    s->stmt = stmtOrNull();
    if (s->stmt)
        return finish(s);
    syntaxErrorAt(s->pos, QStringLiteral("missing statement after label"));
    return nullptr;
}

Stmt *Parser::declStmt(Token keyword)
{
    auto *s = make<DeclStmt>(m_s.pos);
    next(); // const, type or var
    switch (keyword) {
    case Token::Const:
        appendGroup(s->decls, [this](int group, int iota) { return constDecl(group, iota); });
        break;
    case Token::Type:
        appendGroup(s->decls, [this](int group, int) { return typeDecl(group); });
        break;
    default:
        appendGroup(s->decls, [this](int group, int) { return varDecl(group); });
        break;
    }
    return finish(s);
}

Stmt *Parser::forStmt()
{
    auto *s = make<ForStmt>(m_s.pos);
    header(Token::For, &s->init, &s->cond, &s->post);
    s->body = blockStmt("for clause");
    return finish(s);
}

void Parser::header(Token keyword, Stmt **init, Expr **cond, Stmt **post)
{
    want(keyword);
    if (m_s.tok == Token::Lbrace) {
        if (keyword == Token::If) {
            syntaxError(QStringLiteral("missing condition in if statement"));
            *cond = newBadExpr(m_s.pos);
        }
        return;
    }
    const int outer = m_xnest;
    m_xnest = -1; // no composite literals of bare type names in a header

    if (m_s.tok != Token::Semi) {
        if (got(Token::Var))
            syntaxError(QStringLiteral("var declaration not allowed in %1 initializer").arg(QLatin1String(tokenText(keyword).data())));
        *init = simpleStmt(nullptr, keyword);
        if (as<RangeClause>(*init)) {
            m_xnest = outer;
            return;
        }
    }

    Stmt *condStmt = nullptr;
    int semiPos = -1;
    std::string semiLit;
    if (m_s.tok != Token::Lbrace) {
        if (m_s.tok == Token::Semi) {
            semiPos = m_s.pos;
            semiLit = m_s.lit;
            next();
        } else {
            want(Token::Lbrace);
            if (m_s.tok != Token::Lbrace)
                advance({Token::Lbrace, Token::Rbrace}); // for better synchronization
        }
        if (keyword == Token::For) {
            bool done = false;
            if (m_s.tok != Token::Semi) {
                if (m_s.tok == Token::Lbrace) {
                    syntaxError(QStringLiteral("expected for loop condition"));
                    done = true;
                } else {
                    condStmt = simpleStmt(nullptr, Token::None);
                }
            }
            if (!done) {
                want(Token::Semi);
                if (m_s.tok != Token::Lbrace) {
                    *post = simpleStmt(nullptr, Token::None);
                    if (auto *a = as<AssignStmt>(*post); a && a->op == Operator::Def)
                        syntaxErrorAt(a->pos, QStringLiteral("cannot declare in post statement of for loop"));
                }
            }
        } else if (m_s.tok != Token::Lbrace) {
            condStmt = simpleStmt(nullptr, keyword);
        }
    } else {
        condStmt = *init;
        *init = nullptr;
    }

    if (!condStmt) {
        if (keyword == Token::If && semiPos >= 0) {
            if (semiLit != "semicolon")
                syntaxErrorAt(semiPos, QStringLiteral("unexpected %1, expected { after if clause")
                                           .arg(QString::fromStdString(semiLit)));
            else
                syntaxErrorAt(semiPos, QStringLiteral("missing condition in if statement"));
            *cond = newBadExpr(semiPos);
        }
    } else if (auto *es = as<ExprStmt>(condStmt)) {
        *cond = es->x;
    } else {
        QString str;
        if (auto *a = as<AssignStmt>(condStmt); a && a->op == Operator::None)
            str = QStringLiteral("assignment %1 = %2").arg(Printer::emphasize(a->lhs), Printer::emphasize(a->rhs));
        else
            str = Printer::shortString(condStmt);
        syntaxErrorAt(condStmt->pos, QStringLiteral("cannot use %1 as value").arg(str));
    }
    m_xnest = outer;
}

Stmt *Parser::ifStmt()
{
    auto *s = make<IfStmt>(m_s.pos);
    header(Token::If, &s->init, &s->cond, nullptr);
    s->then = blockStmt("if clause");
    if (got(Token::Else)) {
        switch (m_s.tok) {
        case Token::If:
            s->elseStmt = ifStmt();
            break;
        case Token::Lbrace:
            s->elseStmt = blockStmt("");
            break;
        default:
            syntaxError(QStringLiteral("else must be followed by if or statement block"));
            advance({Token::Name, Token::Rbrace});
            break;
        }
    }
    return finish(s);
}

// The clauses of a switch or select, from its "{" to its "}": each clause is read by
// `clause`, which gets the clause's node already made at its "case" or "default".
template <class S, class C> void Parser::clauses(S *s, const char *what, const std::function<void(C *)> &clause)
{
    if (!got(Token::Lbrace)) {
        syntaxError(QStringLiteral("missing { after %1 clause").arg(QLatin1String(what)));
        advance({Token::Case, Token::Default, Token::Rbrace});
    }
    while (m_s.tok != Token::Eof && m_s.tok != Token::Rbrace) {
        auto *c = make<C>(m_s.pos);
        switch (m_s.tok) {
        case Token::Case:
            next();
            clause(c);
            break;
        case Token::Default:
            next();
            break;
        default:
            syntaxError(QStringLiteral("expected case or default or }"));
            advance({Token::Colon, Token::Case, Token::Default, Token::Rbrace});
            break;
        }
        c->colon = m_s.pos;
        want(Token::Colon);
        c->body = stmtList();
        s->body.push_back(finish(c));
    }
    s->rbrace = m_s.pos;
    want(Token::Rbrace);
}

Stmt *Parser::switchStmt()
{
    auto *s = make<SwitchStmt>(m_s.pos);
    header(Token::Switch, &s->init, &s->tag, nullptr);
    clauses<SwitchStmt, CaseClause>(s, "switch", [this](CaseClause *c) { c->cases = exprList(); });
    return finish(s);
}

Stmt *Parser::selectStmt()
{
    auto *s = make<SelectStmt>(m_s.pos);
    want(Token::Select);
    clauses<SelectStmt, CommClause>(s, "select", [this](CommClause *c) { c->comm = simpleStmt(nullptr, Token::None); });
    return finish(s);
}

} // namespace cacophony::go
