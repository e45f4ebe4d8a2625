#include "go/syntax/Parser.h"

#include "go/syntax/AstWalker.h"
#include "go/syntax/Printer.h"

#include <QRegularExpression>

namespace cacophony::go {

namespace {

// Statement keywords the error recovery stops at inside a function (gc's stopset).
constexpr std::uint64_t kStopSet = tokenBit(Token::Break) | tokenBit(Token::Const) | tokenBit(Token::Continue)
    | tokenBit(Token::Defer) | tokenBit(Token::Fallthrough) | tokenBit(Token::For) | tokenBit(Token::Go)
    | tokenBit(Token::Goto) | tokenBit(Token::If) | tokenBit(Token::Return) | tokenBit(Token::Select)
    | tokenBit(Token::Switch) | tokenBit(Token::Type) | tokenBit(Token::Var);

constexpr std::string_view kPackages[] = {"time", "sync", "sync/atomic", "log", "fmt", "math/rand", "runtime",
                                          "os", "strings", "strconv", "errors", "metronome"};

} // namespace

QString Parser::tokString(Token t)
{
    switch (t) {
    case Token::Comma: return QStringLiteral("comma");
    case Token::Semi: return QStringLiteral("semicolon or newline");
    default: break;
    }
    const QString text = QString::fromLatin1(tokenText(t).data(), qsizetype(tokenText(t).size()));
    return isKeyword(t) ? QStringLiteral("keyword ") + text : text;
}

bool Parser::isSupportedPackage(std::string_view path)
{
    for (std::string_view p : kPackages)
        if (p == path)
            return true;
    return false;
}

Parser::Parser(std::shared_ptr<const Source> source, Diagnostics &diagnostics, const std::atomic<bool> *cancel)
    : m_source(std::move(source))
    , m_diagnostics(diagnostics)
    , m_cancel(cancel)
    , m_tree(std::make_unique<SyntaxTree>(m_source))
    , m_s(m_source->text(), diagnostics)
{
}

std::unique_ptr<SyntaxTree> Parser::parse()
{
    next();
    File *file = make<File>(m_s.pos);
    if (!fileOrNull(file)) {
        // as gc: no declarations after an error in the package clause
        file->decls.clear();
        file->eof = m_source->size();
    }
    file->span = {0, m_source->size()};
    coverChildren(file);
    directives(file);
    m_tree->setFile(file);
    return std::move(m_tree);
}

// After error recovery a node may end before a child made at the next token (a
// placeholder, an implied statement): grow every span to cover its children, bottom-up.
// Iterative, so any depth is safe.
void Parser::coverChildren(File *file)
{
    std::vector<char> done(m_tree->nodeCount(), 0);
    std::vector<std::pair<Node *, bool>> stack{{file, false}}; // (node, children pushed)
    while (!stack.empty()) {
        Node *node = stack.back().first;
        const bool expanded = stack.back().second;
        if (!expanded) {
            stack.back().second = true;
            AstWalker::children(node, [&](const Node *child) {
                if (!done[child->id])
                    stack.push_back({const_cast<Node *>(child), false});
            });
            continue;
        }
        stack.pop_back();
        if (done[node->id])
            continue;
        done[node->id] = 1;
        AstWalker::children(node, [node](const Node *child) {
            node->span.begin = std::min(node->span.begin, child->span.begin);
            node->span.end = std::max(node->span.end, child->span.end);
        });
    }
}

// ---- plumbing ---------------------------------------------------------------------------

bool Parser::stopped()
{
    if (m_tooDeep || m_cancelled || m_diagnostics.full())
        return true;
    if (m_cancel && (++m_polls & 255) == 0 && m_cancel->load(std::memory_order_relaxed))
        m_cancelled = true;
    return m_cancelled;
}

void Parser::next()
{
    m_prevEnd = m_s.end;
    if (stopped()) {
        // Cancelled, too deep or ten errors (where gc stops): read as the end of the file,
        // which every loop of the parser stops at.
        m_s.tok = Token::Eof;
        m_s.pos = m_s.end = m_prevEnd; // here, so what is still built stays inside its parents
        return;
    }
    m_s.next();
}

bool Parser::got(Token t)
{
    if (m_s.tok == t) {
        next();
        return true;
    }
    return false;
}

void Parser::want(Token t)
{
    if (!got(t)) {
        syntaxError(QStringLiteral("expected ") + tokString(t));
        advance();
    }
}

bool Parser::gotAssign()
{
    switch (m_s.tok) {
    case Token::Define:
        syntaxError(QStringLiteral("expected ="));
        [[fallthrough]];
    case Token::Assign:
        next();
        return true;
    default:
        return false;
    }
}

void Parser::errorAt(int offset, const QString &message)
{
    if (m_tooDeep || m_cancelled)
        return;
    m_firstError = true;
    m_diagnostics.report(offset, message);
}

void Parser::syntaxErrorAt(int offset, const QString &message)
{
    if (m_s.tok == Token::Eof && m_firstError)
        return; // avoid meaningless follow-up errors
    QString msg = message;
    if (msg.isEmpty()) {
    } else if (msg.startsWith(QLatin1String("in ")) || msg.startsWith(QLatin1String("at "))
               || msg.startsWith(QLatin1String("after "))) {
        msg = QLatin1Char(' ') + msg;
    } else if (msg.startsWith(QLatin1String("expected "))) {
        msg = QStringLiteral(", ") + msg;
    } else {
        errorAt(offset, QStringLiteral("syntax error: ") + msg); // plain: the token does not matter
        return;
    }
    QString tok;
    switch (m_s.tok) {
    case Token::Name: tok = QStringLiteral("name ") + QString::fromStdString(m_s.lit); break;
    case Token::Semi: tok = QString::fromStdString(m_s.lit); break;
    case Token::Literal: tok = QStringLiteral("literal ") + QString::fromStdString(m_s.lit); break;
    case Token::Operator: tok = QString::fromLatin1(operatorText(m_s.op).data()); break;
    case Token::AssignOp: tok = QString::fromLatin1(operatorText(m_s.op).data()) + QLatin1Char('='); break;
    case Token::IncOp: tok = QString::fromLatin1(operatorText(m_s.op).data()).repeated(2); break;
    default: tok = tokString(m_s.tok); break;
    }
    errorAt(offset, QStringLiteral("syntax error: unexpected ") + tok + msg);
}

void Parser::unsupported(int offset, const QString &what)
{
    errorAt(offset, QStringLiteral("%1 is not in Cacophony's Go subset").arg(what));
}

void Parser::advance(std::initializer_list<Token> followlist)
{
    std::uint64_t followset = tokenBit(Token::Eof); // never skip over EOF
    if (followlist.size() > 0) {
        if (m_fnest > 0)
            followset |= kStopSet;
        for (Token t : followlist)
            followset |= tokenBit(t);
    }
    while (!contains(followset, m_s.tok)) {
        next();
        if (followlist.size() == 0)
            break;
    }
}

bool Parser::enter()
{
    if (++m_depth <= kMaxDepth)
        return true;
    if (!m_tooDeep) {
        errorAt(m_s.pos, QStringLiteral("nesting deeper than %1 levels is not in Cacophony's Go subset").arg(kMaxDepth));
        m_tooDeep = true;
        m_s.tok = Token::Eof;
        m_s.pos = m_s.end = m_prevEnd;
    }
    return false;
}

Name *Parser::newName(int pos, std::string_view value)
{
    Name *n = make<Name>(pos); // a name the parser supplies: an empty span (finish() may grow it)
    n->value.assign(value.data(), value.size());
    return n;
}

Name *Parser::name()
{
    if (m_s.tok == Token::Name) {
        Name *n = make<Name>(m_s.pos);
        n->value = m_s.lit;
        next();
        return finish(n);
    }
    Name *n = newName(m_s.pos, "_");
    syntaxError(QStringLiteral("expected name"));
    advance();
    return n;
}

std::vector<Name *> Parser::nameList(Name *first)
{
    std::vector<Name *> names{first};
    while (got(Token::Comma))
        names.push_back(name());
    return names;
}

Expr *Parser::qualifiedName(Name *n)
{
    Expr *x = n;
    if (!x) {
        if (m_s.tok == Token::Name) {
            x = name();
        } else {
            Name *blank = newName(m_s.pos, "_");
            x = blank;
            syntaxError(QStringLiteral("expected name"));
            advance({Token::Dot, Token::Semi, Token::Rbrace});
        }
    }
    if (m_s.tok == Token::Dot) {
        auto *s = makeAfter<SelectorExpr>(m_s.pos, x);
        next();
        s->x = x;
        s->sel = name();
        x = finish(s);
    }
    if (m_s.tok == Token::Lbrack)
        x = typeInstance(x);
    return x;
}

// ---- declarations -----------------------------------------------------------------------

bool Parser::fileOrNull(File *f)
{
    if (!got(Token::Package)) {
        syntaxError(QStringLiteral("package statement must be first"));
        return false;
    }
    f->pkgName = name();
    want(Token::Semi);
    if (m_firstError)
        return false;

    // Imports are accepted anywhere, for error tolerance, with a complaint (as gc).
    Token prev = Token::Import;
    while (m_s.tok != Token::Eof) {
        if (m_s.tok == Token::Import && prev != Token::Import)
            syntaxError(QStringLiteral("imports must appear before other declarations"));
        prev = m_s.tok;
        switch (m_s.tok) {
        case Token::Import:
            next();
            appendGroup(f->decls, [this](int group, int) { return importDecl(group); });
            break;
        case Token::Const:
            next();
            appendGroup(f->decls, [this](int group, int iota) { return constDecl(group, iota); });
            break;
        case Token::Type:
            next();
            appendGroup(f->decls, [this](int group, int) { return typeDecl(group); });
            break;
        case Token::Var:
            next();
            appendGroup(f->decls, [this](int group, int) { return varDecl(group); });
            break;
        case Token::Func: {
            const int funcPos = m_s.pos;
            next();
            if (FuncDecl *d = funcDeclOrNull(funcPos))
                f->decls.push_back(d);
            break;
        }
        default: {
            const auto *last = f->decls.empty() ? nullptr : as<FuncDecl>(f->decls.back());
            if (m_s.tok == Token::Lbrace && last && !last->body)
                syntaxError(QStringLiteral("unexpected semicolon or newline before {"));
            else
                syntaxError(QStringLiteral("non-declaration statement outside function body"));
            advance({Token::Import, Token::Const, Token::Type, Token::Var, Token::Func});
            continue;
        }
        }
        if (m_s.tok != Token::Eof && !got(Token::Semi)) {
            syntaxError(QStringLiteral("after top level declaration"));
            advance({Token::Import, Token::Const, Token::Type, Token::Var, Token::Func});
        }
    }
    f->eof = m_s.pos;
    return true;
}

void Parser::appendGroup(std::vector<Decl *> &decls, const DeclParser &f)
{
    if (m_s.tok == Token::Lparen) {
        const int group = ++m_groups;
        int iota = 0;
        next();
        list("grouped declaration", Token::Semi, Token::Rparen, [&] {
            if (Decl *d = f(group, iota++))
                decls.push_back(d);
            return false;
        });
    } else if (Decl *d = f(0, 0)) {
        decls.push_back(d);
    }
}

int Parser::list(const char *context, Token sep, Token close, const std::function<bool()> &f)
{
    bool done = false;
    while (m_s.tok != Token::Eof && m_s.tok != close && !done) {
        done = f();
        if (!got(sep) && m_s.tok != close) {
            syntaxError(QStringLiteral("in %1; possibly missing %2 or %3")
                            .arg(QLatin1String(context), tokString(sep), tokString(close)));
            advance({Token::Rparen, Token::Rbrack, Token::Rbrace});
            if (m_s.tok != close)
                return m_s.pos;
        }
    }
    const int pos = m_s.pos;
    want(close);
    return pos;
}

Decl *Parser::importDecl(int group)
{
    auto *d = make<ImportDecl>(m_s.pos);
    d->group = group;
    if (m_s.tok == Token::Name) {
        d->localName = name();
    } else if (m_s.tok == Token::Dot) {
        d->localName = newName(m_s.pos, ".");
        next();
        finish(d->localName);
    }
    d->path = oliteral();
    if (!d->path) {
        syntaxError(QStringLiteral("missing import path"));
        advance({Token::Semi, Token::Rparen});
        return finish(d);
    }
    if (!d->path->bad && d->path->litKind != LitKind::String) {
        syntaxErrorAt(d->path->pos, QStringLiteral("import path must be a string"));
        d->path->bad = true;
    }
    if (!d->path->bad)
        checkImport(d->path);
    return finish(d);
}

void Parser::checkImport(const BasicLit *path)
{
    const std::string &v = path->value;
    if (v.size() < 2)
        return;
    const std::string p = v.substr(1, v.size() - 2); // the subset's packages need no escapes
    if (isSupportedPackage(p))
        return;
    const QString quoted = QString::fromStdString(v);
    if (p == "C")
        unsupported(path->pos, QStringLiteral("cgo (import \"C\")"));
    else if (p == "unsafe")
        unsupported(path->pos, QStringLiteral("package \"unsafe\""));
    else if (p == "reflect")
        unsupported(path->pos, QStringLiteral("reflection (package \"reflect\")"));
    else
        unsupported(path->pos, QStringLiteral("package %1").arg(quoted));
}

Decl *Parser::constDecl(int group, int iota)
{
    auto *d = make<ConstDecl>(m_s.pos);
    d->group = group;
    d->iota = iota;
    d->names = nameList(name());
    if (m_s.tok != Token::Eof && m_s.tok != Token::Semi && m_s.tok != Token::Rparen) {
        d->type = typeOrNull();
        if (gotAssign())
            d->values = exprList();
    }
    return finish(d);
}

Decl *Parser::typeDecl(int group)
{
    auto *d = make<TypeDecl>(m_s.pos);
    d->group = group;
    d->name = name();
    if (m_s.tok == Token::Lbrack) {
        // type T[N]E (an array) or type T[P any] ... (type parameters, outside the subset)
        const int pos = m_s.pos;
        next();
        if (m_s.tok == Token::Name) {
            Expr *x = name();
            if (m_s.tok != Token::Lbrack) {
                ++m_xnest;
                x = binaryExpr(pexpr(x, false), 0);
                --m_xnest;
            }
            if (isTypeParamStart(x)) {
                unsupported(pos, QStringLiteral("generic code (type parameters)"));
                skipTypeParams(x);
                d->alias = gotAssign();
                d->type = typeOrNull();
            } else {
                d->type = arrayType(pos, x);
            }
        } else if (m_s.tok == Token::Rbrack) {
            next();
            d->type = sliceType(pos);
        } else {
            d->type = arrayType(pos, nullptr);
        }
    } else {
        d->alias = gotAssign();
        d->type = typeOrNull();
    }
    if (!d->type) {
        d->type = newBadExpr(m_s.pos);
        syntaxError(QStringLiteral("in type declaration"));
        advance({Token::Semi, Token::Rparen});
    }
    return finish(d);
}

bool Parser::isTypeParamStart(const Expr *x) const
{
    // After `type T[ x`: a comma or a name means a parameter list; so does x being
    // `P C`-like (a name followed by a constraint, which parsed as P * C, P | C, P(C)).
    if (m_s.tok == Token::Comma || m_s.tok == Token::Name)
        return true;
    if (m_s.tok == Token::Rbrack)
        return false;
    const auto *op = as<Operation>(x);
    if (op && op->y && (op->op == Operator::Mul || op->op == Operator::Or))
        return true;
    return as<Name>(x) && m_s.tok != Token::Rbrack;
}

void Parser::skipTypeParams(const Expr *)
{
    // Skip to the ']' that closes the parameter list, keeping the nesting of brackets.
    int depth = 1;
    while (m_s.tok != Token::Eof) {
        if (m_s.tok == Token::Lbrack)
            ++depth;
        else if (m_s.tok == Token::Rbrack && --depth == 0) {
            next();
            return;
        }
        next();
    }
}

Decl *Parser::varDecl(int group)
{
    auto *d = make<VarDecl>(m_s.pos);
    d->group = group;
    d->names = nameList(name());
    if (gotAssign()) {
        d->values = exprList();
    } else {
        d->type = type();
        if (gotAssign())
            d->values = exprList();
    }
    return finish(d);
}

FuncDecl *Parser::funcDeclOrNull(int funcPos)
{
    auto *f = make<FuncDecl>(m_s.pos); // gc's position: after "func"
    f->span.begin = funcPos;
    const bool hasRecv = m_s.tok == Token::Lparen;
    if (hasRecv) {
        next();
        std::vector<Field *> recv = paramList(nullptr, Token::Rparen, false, false);
        const int pos = m_s.pos;
        if (recv.empty())
            errorAt(pos, QStringLiteral("method has no receiver"));
        else if (recv.size() > 1)
            errorAt(pos, QStringLiteral("method has multiple receivers"));
        if (!recv.empty())
            f->recv = recv.front();
    }
    if (m_s.tok == Token::Name) {
        f->name = name();
        f->type = funcType(f->recv ? "method" : "");
    } else {
        // as gc: a declaration without a name, its body still read
        f->name = newName(m_prevEnd, "_"); // placeholders: empty, where the declaration stops
        f->type = make<FuncType>(m_prevEnd);
        syntaxError(hasRecv ? QStringLiteral("expected name") : QStringLiteral("expected name or ("));
        advance({Token::Lbrace, Token::Semi});
    }
    if (m_s.tok == Token::Lbrace)
        f->body = funcBody();
    return finish(f);
}

// ---- version and directives -------------------------------------------------------------

void Parser::directives(File *file)
{
    if (m_s.lineComments().empty())
        return;
    // One per parse, never shared: parses on several threads touch no common object.
    const QRegularExpression version(QStringLiteral("^// go (\\d+)\\.(\\d+)\\s*$"));
    for (const LineComment &c : m_s.lineComments()) {
        const QString text = QString::fromStdString(c.text);
        if (text.startsWith(QLatin1String("//go:"))) {
            const QString directive = text.section(QLatin1Char(' '), 0, 0);
            unsupported(c.offset, directive == QLatin1String("//go:build")
                                      ? QStringLiteral("the build constraint //go:build")
                                      : QStringLiteral("the compiler directive %1").arg(directive));
            continue;
        }
        const QRegularExpressionMatch m = version.match(text);
        if (!m.hasMatch() || file->goVersion.pos >= 0)
            continue;
        const int major = m.captured(1).toInt();
        const int minor = m.captured(2).toInt();
        if (major != 1 || minor > 99) {
            errorAt(c.offset, QStringLiteral("invalid Go version %1.%2 in \"// go\" comment (want 1.N)")
                                  .arg(m.captured(1), m.captured(2)));
            continue;
        }
        file->goVersion = {major, minor, c.offset};
    }
}

} // namespace cacophony::go
