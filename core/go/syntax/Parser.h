#pragma once

#include "go/syntax/Diagnostics.h"
#include "go/syntax/Scanner.h"
#include "go/syntax/SyntaxTree.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace cacophony::go {

// Parses one Go file of Cacophony's subset into a SyntaxTree, reporting syntax errors as gc
// words and places them, and constructs outside the subset (type parameters, goto, cgo,
// unsafe, //go: directives, packages we do not provide) as errors that name them.
// Hand-written recursive descent after gc's syntax parser (one token of look-ahead, the
// same error recovery), so positions and follow-up errors match gc's. The methods are
// spread over Parser.cpp (declarations), ParserTypes.cpp, ParserExpr.cpp, ParserStmt.cpp.
//
// Reentrant: all state is in the instance. One instance per parse, used on one thread;
// `cancel` may be set from any thread: the parser polls it and returns early (the tree is
// then partial). Never crashes or hangs on any input: nesting is depth-limited and every
// loop consumes a token or stops.
class Parser
{
public:
    Parser(std::shared_ptr<const Source> source, Diagnostics &diagnostics,
           const std::atomic<bool> *cancel = nullptr);

    std::unique_ptr<SyntaxTree> parse();
    bool cancelled() const { return m_cancelled; }

    // The packages a program may import ("fmt", "sync/atomic", "metronome", ...).
    static bool isSupportedPackage(std::string_view path);
    // Deeper nesting than this is reported and not followed (gc has no limit; we must not
    // overflow the stack of an editor's worker thread).
    static constexpr int kMaxDepth = 500;

private:
    using DeclParser = std::function<Decl *(int group, int iota)>;

    // plumbing, names, declarations, version comment (Parser.cpp)
    static QString tokString(Token t);
    bool stopped();
    void next();
    bool got(Token t);
    void want(Token t);
    bool gotAssign();
    void errorAt(int offset, const QString &message);
    void syntaxError(const QString &message) { syntaxErrorAt(m_s.pos, message); }
    void syntaxErrorAt(int offset, const QString &message);
    void unsupported(int offset, const QString &what);
    void advance(std::initializer_list<Token> followlist = {});
    bool enter();
    void leave() { --m_depth; }
    template <class T> T *make(int pos) { return m_tree->make<T>(pos); }
    // A node at gc position pos whose span starts where `first` does (x.sel, x op y, k: v).
    template <class T> T *makeAfter(int pos, const Node *first)
    {
        T *n = make<T>(pos);
        n->span.begin = first->span.begin;
        return n;
    }
    template <class T> T *finish(T *node)
    {
        node->span.end = std::max(node->span.end, m_prevEnd);
        return node;
    }
    int list(const char *context, Token sep, Token close, const std::function<bool()> &f);
    void appendGroup(std::vector<Decl *> &decls, const DeclParser &f);
    Name *name();
    Name *newName(int pos, std::string_view value);
    std::vector<Name *> nameList(Name *first);
    Expr *qualifiedName(Name *name);
    bool fileOrNull(File *f); // false: an error in the package clause, where gc stops
    Decl *importDecl(int group);
    void checkImport(const BasicLit *path);
    Decl *constDecl(int group, int iota);
    Decl *typeDecl(int group);
    bool isTypeParamStart(const Expr *x) const;
    void skipTypeParams(const Expr *first);
    Decl *varDecl(int group);
    FuncDecl *funcDeclOrNull(int funcPos);
    void directives(File *file);
    void coverChildren(File *file);
    // expressions (ParserExpr.cpp)
    static Expr *unparen(Expr *x);
    Expr *newBadExpr(int pos);
    Expr *expr();
    Expr *binaryExpr(Expr *x, int prec);
    Expr *unaryExpr();
    Stmt *callStmt();
    Expr *operand(bool keepParens);
    Expr *pexpr(Expr *x, bool keepParens);
    Expr *bareCompositeLitOrElement();
    CompositeLit *complitexpr();
    std::vector<Expr *> argList(bool *hasDots);
    Expr *exprList();
    Expr *typeList(bool *comma);
    // types (ParserTypes.cpp)
    Expr *type();
    Expr *newIndirect(int pos, Expr *typ);
    Expr *typeOrNull();
    Expr *typeOrNullInner();
    Expr *typeInstance(Expr *typ);
    FuncType *funcType(const char *context);
    std::vector<Field *> funcResult();
    Expr *arrayType(int pos, Expr *len);
    Expr *sliceType(int pos);
    Expr *chanElem();
    StructType *structType();
    InterfaceType *interfaceType();
    Field *newField(int pos, Name *name, Expr *typ);
    void addField(StructType *styp, int pos, Name *name, Expr *typ, BasicLit *tag);
    void fieldDecl(StructType *styp);
    BasicLit *oliteral();
    Field *methodDecl();
    Field *embeddedElem(Field *f);
    Expr *embeddedTerm();
    Field *paramDeclOrNull(Name *name, Token follow);
    std::vector<Field *> paramList(Name *name, Token close, bool requireNames, bool dddOk);
    // statements (ParserStmt.cpp)
    BlockStmt *funcBody();
    BlockStmt *blockStmt(const char *context);
    std::vector<Stmt *> stmtList();
    Stmt *stmtOrNull();
    Stmt *stmtOrNullInner();
    Stmt *simpleStmt(Expr *lhs, Token keyword);
    Stmt *newRangeClause(Expr *lhs, bool def);
    Stmt *newAssignStmt(int pos, Operator op, Expr *lhs, Expr *rhs);
    Stmt *labeledStmtOrNull(Name *label);
    Stmt *declStmt(Token keyword);
    Stmt *forStmt();
    void header(Token keyword, Stmt **init, Expr **cond, Stmt **post);
    Stmt *ifStmt();
    Stmt *switchStmt();
    Stmt *selectStmt();
    template <class S, class C> void clauses(S *s, const char *what, const std::function<void(C *)> &clause);

    std::shared_ptr<const Source> m_source;
    Diagnostics &m_diagnostics;
    const std::atomic<bool> *m_cancel;
    std::unique_ptr<SyntaxTree> m_tree;
    Scanner m_s;
    int m_prevEnd = 0;  // end of the last token consumed
    int m_fnest = 0;    // function nesting level (for error recovery)
    int m_xnest = 0;    // expression nesting level (composite literal ambiguity)
    int m_depth = 0;    // recursion depth
    int m_groups = 0;   // declaration groups so far
    bool m_firstError = false;
    bool m_tooDeep = false;
    bool m_cancelled = false;
    int m_polls = 0;
};

} // namespace cacophony::go
