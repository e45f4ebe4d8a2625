// Parser: types, parameter lists, struct and interface bodies (after gc's syntax parser).

#include "go/syntax/Parser.h"

namespace cacophony::go {

Expr *Parser::type()
{
    Expr *t = typeOrNull();
    if (!t) {
        t = newBadExpr(m_s.pos);
        syntaxError(QStringLiteral("expected type"));
        advance({Token::Comma, Token::Colon, Token::Semi, Token::Rparen, Token::Rbrack, Token::Rbrace});
    }
    return t;
}

Expr *Parser::newIndirect(int pos, Expr *typ)
{
    auto *o = make<Operation>(pos);
    o->op = Operator::Mul;
    o->x = typ;
    return finish(o);
}

Expr *Parser::typeOrNull()
{
    if (!enter())
        return newBadExpr(m_s.pos);
    Expr *result = typeOrNullInner();
    leave();
    return result;
}

Expr *Parser::typeOrNullInner()
{
    const int pos = m_s.pos;
    switch (m_s.tok) {
    case Token::Star: {
        next();
        Expr *elem = type();
        return newIndirect(pos, elem);
    }
    case Token::Arrow: {
        next();
        want(Token::Chan);
        auto *t = make<ChanType>(pos);
        t->dir = ChanDir::RecvOnly;
        t->elem = chanElem();
        return finish(t);
    }
    case Token::Func: {
        next();
        FuncType *t = funcType("function type");
        t->span.begin = pos;
        return t;
    }
    case Token::Lbrack:
        next();
        if (got(Token::Rbrack))
            return sliceType(pos);
        return arrayType(pos, nullptr);
    case Token::Chan: {
        next();
        auto *t = make<ChanType>(pos);
        if (got(Token::Arrow))
            t->dir = ChanDir::SendOnly;
        t->elem = chanElem();
        return finish(t);
    }
    case Token::Map: {
        next();
        want(Token::Lbrack);
        auto *t = make<MapType>(pos);
        t->key = type();
        want(Token::Rbrack);
        t->value = type();
        return finish(t);
    }
    case Token::Struct:
        return structType();
    case Token::Interface:
        return interfaceType();
    case Token::Name:
        return qualifiedName(nullptr);
    case Token::Lparen: {
        next();
        Expr *t = type();
        want(Token::Rparen);
        return t;
    }
    default:
        return nullptr;
    }
}

Expr *Parser::typeInstance(Expr *typ)
{
    // T[A]: an instantiation of a generic type.
    const int pos = m_s.pos;
    unsupported(pos, QStringLiteral("generic code (type arguments)"));
    want(Token::Lbrack);
    auto *x = make<IndexExpr>(pos);
    x->x = typ;
    x->span.begin = typ->span.begin;
    if (m_s.tok == Token::Rbrack) {
        syntaxError(QStringLiteral("expected type argument list"));
        x->index = newBadExpr(m_s.pos);
    } else {
        bool comma = false;
        x->index = typeList(&comma);
    }
    want(Token::Rbrack);
    return finish(x);
}

FuncType *Parser::funcType(const char *context)
{
    auto *typ = make<FuncType>(m_s.pos);
    if (m_s.tok == Token::Lbrack) {
        if (*context)
            syntaxErrorAt(typ->pos, QStringLiteral("%1 must have no type parameters").arg(QLatin1String(context)));
        else
            unsupported(typ->pos, QStringLiteral("generic code (type parameters)"));
        next();
        if (m_s.tok == Token::Rbrack) {
            syntaxError(QStringLiteral("empty type parameter list"));
            next();
        } else {
            paramList(nullptr, Token::Rbrack, true, false);
        }
    }
    want(Token::Lparen);
    typ->params = paramList(nullptr, Token::Rparen, false, true);
    typ->results = funcResult();
    return finish(typ);
}

std::vector<Field *> Parser::funcResult()
{
    if (got(Token::Lparen))
        return paramList(nullptr, Token::Rparen, false, false);
    const int pos = m_s.pos;
    if (Expr *typ = typeOrNull())
        return {newField(pos, nullptr, typ)};
    return {};
}

Expr *Parser::arrayType(int pos, Expr *len)
{
    if (!len && !got(Token::DotDotDot)) {
        ++m_xnest;
        len = expr();
        --m_xnest;
    }
    if (m_s.tok == Token::Comma) {
        syntaxError(QStringLiteral("unexpected comma; expected ]"));
        next();
    }
    want(Token::Rbrack);
    auto *t = make<ArrayType>(pos);
    t->len = len;
    t->elem = type();
    return finish(t);
}

Expr *Parser::sliceType(int pos)
{
    auto *t = make<SliceType>(pos);
    t->elem = type();
    return finish(t);
}

Expr *Parser::chanElem()
{
    Expr *typ = typeOrNull();
    if (!typ) {
        typ = newBadExpr(m_s.pos);
        syntaxError(QStringLiteral("missing channel element type"));
    }
    return typ;
}

StructType *Parser::structType()
{
    auto *typ = make<StructType>(m_s.pos);
    want(Token::Struct);
    want(Token::Lbrace);
    list("struct type", Token::Semi, Token::Rbrace, [this, typ] {
        fieldDecl(typ);
        return false;
    });
    return finish(typ);
}

InterfaceType *Parser::interfaceType()
{
    auto *typ = make<InterfaceType>(m_s.pos);
    want(Token::Interface);
    want(Token::Lbrace);
    list("interface type", Token::Semi, Token::Rbrace, [this, typ] {
        Field *f = nullptr;
        if (m_s.tok == Token::Name)
            f = methodDecl();
        if (!f || !f->name)
            f = embeddedElem(f);
        typ->methods.push_back(f);
        return false;
    });
    return finish(typ);
}

Field *Parser::newField(int pos, Name *n, Expr *typ)
{
    auto *f = make<Field>(pos);
    f->name = n;
    f->type = typ;
    if (typ)
        f->span.end = std::max(f->span.end, typ->span.end);
    if (n)
        f->span.end = std::max(f->span.end, n->span.end);
    return f;
}

void Parser::addField(StructType *styp, int pos, Name *n, Expr *typ, BasicLit *tag)
{
    if (tag) {
        while (styp->tags.size() < styp->fields.size())
            styp->tags.push_back(nullptr);
        styp->tags.push_back(tag);
    }
    Field *f = newField(pos, n, typ);
    if (tag)
        f->span.end = tag->span.end;
    styp->fields.push_back(f);
}

void Parser::fieldDecl(StructType *styp)
{
    const int pos = m_s.pos;
    switch (m_s.tok) {
    case Token::Name: {
        Name *n = name();
        if (m_s.tok == Token::Dot || m_s.tok == Token::Literal || m_s.tok == Token::Semi || m_s.tok == Token::Rbrace) {
            Expr *typ = qualifiedName(n); // embedded type
            addField(styp, pos, nullptr, typ, oliteral());
            break;
        }
        std::vector<Name *> names = nameList(n);
        Expr *typ = type();
        BasicLit *tag = oliteral();
        for (Name *each : names)
            addField(styp, each->pos, each, typ, tag);
        break;
    }
    case Token::Star: {
        next();
        Expr *typ = nullptr;
        if (m_s.tok == Token::Lparen) {
            syntaxError(QStringLiteral("cannot parenthesize embedded type"));
            next();
            typ = qualifiedName(nullptr);
            got(Token::Rparen);
        } else {
            typ = qualifiedName(nullptr);
        }
        BasicLit *tag = oliteral();
        addField(styp, pos, nullptr, newIndirect(pos, typ), tag);
        break;
    }
    case Token::Lparen: {
        syntaxError(QStringLiteral("cannot parenthesize embedded type"));
        next();
        Expr *typ = nullptr;
        if (m_s.tok == Token::Star) {
            const int starPos = m_s.pos;
            next();
            typ = newIndirect(starPos, qualifiedName(nullptr));
        } else {
            typ = qualifiedName(nullptr);
        }
        got(Token::Rparen);
        addField(styp, pos, nullptr, typ, oliteral());
        break;
    }
    default:
        syntaxError(QStringLiteral("expected field name or embedded type"));
        advance({Token::Semi, Token::Rbrace});
        break;
    }
}

BasicLit *Parser::oliteral()
{
    if (m_s.tok != Token::Literal)
        return nullptr;
    auto *b = make<BasicLit>(m_s.pos);
    b->value = m_s.lit;
    b->litKind = m_s.kind;
    b->bad = m_s.bad;
    next();
    return finish(b);
}

Field *Parser::methodDecl()
{
    auto *f = make<Field>(m_s.pos);
    Name *n = name();
    if (m_s.tok == Token::Lparen) {
        f->name = n;
        f->type = funcType("interface method");
    } else if (m_s.tok == Token::Lbrack) {
        unsupported(m_s.pos, QStringLiteral("generic code (type parameters)"));
        next();
        skipTypeParams(nullptr);
        f->name = n;
        f->type = m_s.tok == Token::Lparen ? static_cast<Expr *>(funcType("interface method")) : n;
    } else {
        f->type = qualifiedName(n);
    }
    return finish(f);
}

Field *Parser::embeddedElem(Field *f)
{
    if (!f) {
        f = make<Field>(m_s.pos);
        f->type = embeddedTerm();
    }
    while (m_s.tok == Token::Operator && m_s.op == Operator::Or) {
        unsupported(m_s.pos, QStringLiteral("a type set (union of types)"));
        auto *t = make<Operation>(m_s.pos);
        t->op = Operator::Or;
        next();
        t->x = f->type;
        t->span.begin = f->type->span.begin;
        t->y = embeddedTerm();
        f->type = finish(t);
    }
    return finish(f);
}

Expr *Parser::embeddedTerm()
{
    if (m_s.tok == Token::Operator && m_s.op == Operator::Tilde) {
        unsupported(m_s.pos, QStringLiteral("a type set (~T)"));
        auto *t = make<Operation>(m_s.pos);
        t->op = Operator::Tilde;
        next();
        t->x = type();
        return finish(t);
    }
    Expr *t = typeOrNull();
    if (!t) {
        t = newBadExpr(m_s.pos);
        syntaxError(QStringLiteral("expected ~ term or type"));
        advance({Token::Operator, Token::Semi, Token::Rparen, Token::Rbrack, Token::Rbrace});
    }
    return t;
}

Field *Parser::paramDeclOrNull(Name *n, Token follow)
{
    const bool typeSetsOk = follow == Token::Rbrack;
    int pos = m_s.pos;
    if (n)
        pos = n->pos;
    else if (typeSetsOk && m_s.tok == Token::Operator && m_s.op == Operator::Tilde)
        return embeddedElem(nullptr);

    auto *f = make<Field>(pos);
    if (m_s.tok == Token::Name || n) {
        if (!n)
            n = name();
        if (m_s.tok == Token::Lbrack) {
            // name []T, name [N]T, or a generic type name[A] (outside the subset)
            const int lpos = m_s.pos;
            next();
            if (got(Token::Rbrack)) {
                f->name = n;
                f->type = sliceType(lpos);
                return finish(f);
            }
            bool comma = false;
            Expr *len = typeList(&comma);
            want(Token::Rbrack);
            Expr *elem = comma ? nullptr : typeOrNull();
            if (elem) {
                auto *t = make<ArrayType>(lpos);
                t->len = len;
                t->elem = elem;
                f->name = n;
                f->type = finish(t);
            } else {
                unsupported(lpos, QStringLiteral("generic code (type arguments)"));
                auto *t = make<IndexExpr>(lpos);
                t->x = n;
                t->index = len;
                t->span.begin = n->span.begin;
                f->type = finish(t);
            }
            return finish(f);
        }
        if (m_s.tok == Token::Dot) {
            f->type = qualifiedName(n);
            return finish(f);
        }
        if (typeSetsOk && m_s.tok == Token::Operator && m_s.op == Operator::Or) {
            f->type = n;
            return embeddedElem(f);
        }
        f->name = n;
    }
    if (m_s.tok == Token::DotDotDot) {
        auto *t = make<DotsType>(m_s.pos);
        next();
        t->elem = typeOrNull();
        if (!t->elem) {
            f->type = newBadExpr(m_s.pos);
            syntaxError(QStringLiteral("... is missing type"));
        } else {
            f->type = finish(t);
        }
        return finish(f);
    }
    if (typeSetsOk && m_s.tok == Token::Operator && m_s.op == Operator::Tilde) {
        f->type = embeddedElem(nullptr)->type;
        return finish(f);
    }
    f->type = typeOrNull();
    if (typeSetsOk && m_s.tok == Token::Operator && m_s.op == Operator::Or && f->type)
        f = embeddedElem(f);
    if (f->name || f->type)
        return finish(f);
    syntaxError(QStringLiteral("expected ") + tokString(follow));
    advance({Token::Comma, follow});
    return nullptr;
}

std::vector<Field *> Parser::paramList(Name *n, Token close, bool requireNames, bool dddOk)
{
    std::vector<Field *> params;
    int named = 0; // parameters with an explicit name and type
    int typed = 0; // parameters with an explicit type
    const int end = list("parameter list", Token::Comma, close, [&] {
        Field *par = paramDeclOrNull(n, close);
        n = nullptr;
        if (par) {
            if (par->name && par->type)
                ++named;
            if (par->type)
                ++typed;
            params.push_back(par);
        }
        return false;
    });
    if (params.empty())
        return params;

    if (named == 0 && !requireNames) {
        // all unnamed: what parsed as names are types
        for (Field *par : params) {
            if (par->name) {
                par->type = par->name;
                par->name = nullptr;
            }
        }
    } else if (named != int(params.size())) {
        // some named: distribute the types from right to left (a, b int)
        int errPos = -1;
        Expr *typ = nullptr;
        for (auto it = params.rbegin(); it != params.rend(); ++it) {
            Field *par = *it;
            if (par->type) {
                typ = par->type;
                if (!par->name) {
                    errPos = typ->span.begin;
                    par->name = newName(errPos, "_");
                }
            } else if (typ) {
                par->type = typ; // a, b int: b's type is a's too, and a's field reaches it
                par->span.end = std::max(par->span.end, typ->span.end);
            } else {
                errPos = par->name->pos;
                par->type = newBadExpr(errPos);
            }
        }
        if (errPos >= 0) {
            QString msg;
            if (named == typed) {
                errPos = end; // at the closing ) or ]: the types are missing at the end
                msg = requireNames ? QStringLiteral("missing type constraint") : QStringLiteral("missing parameter type");
            } else if (requireNames) {
                msg = QStringLiteral("missing type parameter name");
                if (params.size() == 1)
                    msg += QStringLiteral(" or invalid array length");
            } else {
                msg = QStringLiteral("missing parameter name");
            }
            syntaxErrorAt(errPos, msg);
        }
    }
    // ... only on the final parameter (reported once); the parameter keeps T for ...T
    bool first = true;
    for (std::size_t i = 0; i < params.size(); ++i) {
        auto *t = as<DotsType>(params[i]->type);
        if (!t || (dddOk && i + 1 == params.size()))
            continue;
        if (first) {
            first = false;
            errorAt(t->pos, dddOk ? QStringLiteral("can only use ... with final parameter")
                                  : QStringLiteral("invalid use of ..."));
        }
        params[i]->type = t->elem;
    }
    return params;
}

} // namespace cacophony::go
