// Parser: expressions (after gc's syntax parser).

#include "go/syntax/Parser.h"

#include "go/syntax/Printer.h"

namespace cacophony::go {

namespace {

bool isValue(const Expr *x)
{
    switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::AssertExpr:
    case NodeKind::TypeSwitchGuard:
    case NodeKind::CallExpr:
        return true;
    case NodeKind::Operation: {
        const auto *o = static_cast<const Operation *>(x);
        return o->op != Operator::Mul || o->y; // *T may be a type
    }
    case NodeKind::ParenExpr:
        return isValue(static_cast<const ParenExpr *>(x)->x);
    case NodeKind::IndexExpr: {
        const auto *i = static_cast<const IndexExpr *>(x);
        return isValue(i->x) || (i->index && isValue(i->index));
    }
    default:
        return false;
    }
}

} // namespace

Expr *Parser::unparen(Expr *x)
{
    while (auto *p = as<ParenExpr>(x))
        x = p->x;
    return x;
}

Expr *Parser::newBadExpr(int pos)
{
    return make<BadExpr>(pos);
}

Expr *Parser::expr()
{
    return binaryExpr(nullptr, 0);
}

Expr *Parser::binaryExpr(Expr *x, int prec)
{
    if (!x)
        x = unaryExpr();
    while ((m_s.tok == Token::Operator || m_s.tok == Token::Star) && m_s.prec > prec) {
        auto *t = makeAfter<Operation>(m_s.pos, x);
        t->op = m_s.op;
        const int tprec = m_s.prec;
        next();
        t->x = x;
        t->y = binaryExpr(nullptr, tprec);
        x = finish(t);
    }
    return x;
}

Expr *Parser::unaryExpr()
{
    if (!enter())
        return newBadExpr(m_s.pos);
    Expr *result = nullptr;
    switch (m_s.tok) {
    case Token::Operator:
    case Token::Star:
        switch (m_s.op) {
        case Operator::Mul:
        case Operator::Add:
        case Operator::Sub:
        case Operator::Not:
        case Operator::Xor:
        case Operator::Tilde:
        case Operator::And: {
            auto *x = make<Operation>(m_s.pos);
            x->op = m_s.op;
            next();
            x->x = x->op == Operator::And ? unparen(unaryExpr()) : unaryExpr();
            result = finish(x);
            break;
        }
        default:
            break;
        }
        break;
    case Token::Arrow: {
        const int pos = m_s.pos;
        next();
        // <-x is a receive, unless x is a channel type: then <-chan T is a type.
        Expr *x = unaryExpr();
        if (as<ChanType>(x)) {
            ChanDir dir = ChanDir::SendOnly;
            Expr *t = x;
            while (dir == ChanDir::SendOnly) {
                auto *c = as<ChanType>(t);
                if (!c)
                    break;
                dir = c->dir;
                if (dir == ChanDir::RecvOnly)
                    syntaxError(QStringLiteral("unexpected <-, expected chan"));
                c->dir = ChanDir::RecvOnly;
                t = c->elem;
            }
            if (dir == ChanDir::SendOnly)
                syntaxError(QStringLiteral("unexpected %1, expected chan").arg(Printer::shortString(t)));
            x->span.begin = pos;
            result = x;
            break;
        }
        auto *o = make<Operation>(pos);
        o->op = Operator::Recv;
        o->x = x;
        result = finish(o);
        break;
    }
    default:
        break;
    }
    if (!result)
        result = pexpr(nullptr, true);
    leave();
    return result;
}

Stmt *Parser::callStmt()
{
    auto *s = make<CallStmt>(m_s.pos);
    s->tok = m_s.tok;
    next();
    Expr *x = pexpr(nullptr, m_s.tok == Token::Lparen); // keep parentheses to report them
    const QString what = s->tok == Token::Go ? QStringLiteral("go") : QStringLiteral("defer");
    if (Expr *t = unparen(x); t != x) {
        errorAt(x->pos, QStringLiteral("expression in %1 must not be parenthesized").arg(what));
        x = t;
    }
    if (!as<CallExpr>(x)) {
        errorAt(x->pos, QStringLiteral("expression in %1 must be function call").arg(what));
        auto *cx = make<CallExpr>(x->pos);
        cx->fun = x; // the common error: missing parentheses
        cx->span = x->span;
        x = cx;
    }
    s->call = x;
    return finish(s);
}

Expr *Parser::operand(bool keepParens)
{
    switch (m_s.tok) {
    case Token::Name:
        return name();
    case Token::Literal:
        return oliteral();
    case Token::Lparen: {
        const int pos = m_s.pos;
        next();
        ++m_xnest;
        Expr *x = expr();
        --m_xnest;
        want(Token::Rparen);
        if (m_s.tok == Token::Lbrace)
            keepParens = true; // (T){...} is reported by pexpr
        if (keepParens) {
            auto *px = make<ParenExpr>(pos);
            px->x = x;
            x = finish(px);
        }
        return x;
    }
    case Token::Func: {
        const int pos = m_s.pos;
        next();
        FuncType *ftyp = funcType("function type");
        ftyp->span.begin = pos;
        if (m_s.tok == Token::Lbrace) {
            ++m_xnest;
            auto *f = make<FuncLit>(pos);
            f->type = ftyp;
            f->body = funcBody();
            --m_xnest;
            return finish(f);
        }
        return ftyp;
    }
    case Token::Lbrack:
    case Token::Chan:
    case Token::Map:
    case Token::Struct:
    case Token::Interface:
        return type();
    default: {
        Expr *x = newBadExpr(m_s.pos);
        syntaxError(QStringLiteral("expected expression"));
        advance({Token::Rparen, Token::Rbrack, Token::Rbrace});
        return x;
    }
    }
}

Expr *Parser::pexpr(Expr *x, bool keepParens)
{
    if (!x)
        x = operand(keepParens);
    for (;;) {
        const int pos = m_s.pos;
        switch (m_s.tok) {
        case Token::Dot: {
            next();
            if (m_s.tok == Token::Name) {
                auto *t = make<SelectorExpr>(pos);
                t->x = x;
                t->span.begin = x->span.begin;
                t->sel = name();
                x = finish(t);
            } else if (m_s.tok == Token::Lparen) {
                next();
                if (got(Token::Type)) {
                    auto *t = make<TypeSwitchGuard>(pos);
                    t->x = x;
                    t->span.begin = x->span.begin;
                    want(Token::Rparen);
                    x = finish(t);
                } else {
                    auto *t = make<AssertExpr>(pos);
                    t->x = x;
                    t->span.begin = x->span.begin;
                    t->type = type();
                    want(Token::Rparen);
                    x = finish(t);
                }
            } else {
                syntaxError(QStringLiteral("expected name or ("));
                advance({Token::Semi, Token::Rparen});
            }
            continue;
        }
        case Token::Lbrack: {
            next();
            Expr *i = nullptr;
            if (m_s.tok != Token::Colon) {
                bool comma = false;
                if (m_s.tok == Token::Rbrack) {
                    // x[]: accepted, with a complaint
                    syntaxError(QStringLiteral("expected operand"));
                    i = newBadExpr(m_s.pos);
                } else {
                    i = typeList(&comma);
                }
                if (comma || m_s.tok == Token::Rbrack) {
                    want(Token::Rbrack);
                    auto *t = makeAfter<IndexExpr>(pos, x);
                    t->x = x;
                    t->index = i;
                    x = finish(t);
                    continue;
                }
            }
            if (!got(Token::Colon)) {
                syntaxError(QStringLiteral("expected comma, : or ]"));
                advance({Token::Comma, Token::Colon, Token::Rbrack});
            }
            ++m_xnest;
            auto *t = make<SliceExpr>(pos);
            t->x = x;
            t->span.begin = x->span.begin;
            t->index[0] = i;
            if (m_s.tok != Token::Colon && m_s.tok != Token::Rbrack)
                t->index[1] = expr();
            if (m_s.tok == Token::Colon) {
                t->full = true;
                if (!t->index[1]) {
                    errorAt(m_s.pos, QStringLiteral("middle index required in 3-index slice"));
                    t->index[1] = newBadExpr(m_s.pos);
                }
                next();
                if (m_s.tok != Token::Rbrack) {
                    t->index[2] = expr();
                } else {
                    errorAt(m_s.pos, QStringLiteral("final index required in 3-index slice"));
                    t->index[2] = newBadExpr(m_s.pos);
                }
            }
            --m_xnest;
            want(Token::Rbrack);
            x = finish(t);
            continue;
        }
        case Token::Lparen: {
            auto *t = make<CallExpr>(pos);
            next();
            t->fun = x;
            t->span.begin = x->span.begin;
            t->args = argList(&t->hasDots);
            x = finish(t);
            continue;
        }
        case Token::Lbrace: {
            // x{...} is a composite literal only where x may be a type and, in a statement
            // header (xnest < 0), not a bare name (if x == y {...}).
            Expr *t = unparen(x);
            bool complitOk = false;
            switch (t->kind) {
            case NodeKind::Name:
            case NodeKind::SelectorExpr:
                complitOk = m_xnest >= 0;
                break;
            case NodeKind::IndexExpr:
                complitOk = m_xnest >= 0 && !isValue(t);
                break;
            case NodeKind::ArrayType:
            case NodeKind::SliceType:
            case NodeKind::StructType:
            case NodeKind::MapType:
                complitOk = true;
                break;
            default:
                break;
            }
            if (!complitOk)
                return x;
            if (t != x)
                syntaxError(QStringLiteral("cannot parenthesize type in composite literal"));
            CompositeLit *n = complitexpr();
            n->type = x;
            n->span.begin = x->span.begin;
            x = n;
            continue;
        }
        default:
            return x;
        }
    }
}

Expr *Parser::bareCompositeLitOrElement()
{
    if (m_s.tok == Token::Lbrace)
        return complitexpr();
    return expr();
}

CompositeLit *Parser::complitexpr()
{
    auto *x = make<CompositeLit>(m_s.pos);
    if (!enter()) {
        x->rbrace = m_s.pos;
        return x;
    }
    ++m_xnest;
    want(Token::Lbrace);
    x->rbrace = list("composite literal", Token::Comma, Token::Rbrace, [this, x] {
        Expr *e = bareCompositeLitOrElement();
        if (m_s.tok == Token::Colon) {
            auto *l = makeAfter<KeyValueExpr>(m_s.pos, e);
            next();
            l->key = e;
            l->value = bareCompositeLitOrElement();
            e = finish(l);
            ++x->keyCount;
        }
        x->elems.push_back(e);
        return false;
    });
    --m_xnest;
    leave();
    return finish(x);
}

std::vector<Expr *> Parser::argList(bool *hasDots)
{
    std::vector<Expr *> args;
    ++m_xnest;
    list("argument list", Token::Comma, Token::Rparen, [&] {
        args.push_back(expr());
        *hasDots = got(Token::DotDotDot);
        return *hasDots;
    });
    --m_xnest;
    return args;
}

Expr *Parser::exprList()
{
    Expr *x = expr();
    if (got(Token::Comma)) {
        auto *t = make<ListExpr>(x->pos);
        t->span.begin = x->span.begin;
        t->elems = {x, expr()};
        while (got(Token::Comma))
            t->elems.push_back(expr());
        x = finish(t);
    }
    return x;
}

Expr *Parser::typeList(bool *comma)
{
    ++m_xnest;
    Expr *x = expr();
    if (got(Token::Comma)) {
        *comma = true;
        if (Expr *t = typeOrNull()) {
            auto *l = make<ListExpr>(x->pos);
            l->span.begin = x->span.begin;
            l->elems = {x, t};
            while (got(Token::Comma)) {
                t = typeOrNull();
                if (!t)
                    break;
                l->elems.push_back(t);
            }
            x = finish(l);
        }
    }
    --m_xnest;
    return x;
}

} // namespace cacophony::go
