#pragma once

#include "go/syntax/Diagnostics.h"
#include "go/syntax/Scanner.h"
#include "go/syntax/SyntaxTree.h"

#include <atomic>
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
    static constexpr int kMaxDepth = 1000;

private:
    friend class DepthGuard;
    // plumbing (Parser.cpp)
    void next();
    bool got(Token t);
    void want(Token t);
    bool stopped();
    void errorAt(int offset, const QString &message);
    void syntaxError(const QString &message) { syntaxErrorAt(m_s.pos, message); }
    void syntaxErrorAt(int offset, const QString &message);
    void unsupported(int offset, const QString &what);
    void advance(std::uint64_t followlist = 0);
    bool enter();
    void leave() { --m_depth; }
    template <class T> T *make(int pos) { return m_tree->make<T>(pos); }
    template <class T> T *finish(T *node) { node->span.end = m_prevEnd; return node; }
    Name *name();
    std::vector<Name *> nameList(Name *first);
    Expr *qualifiedName(Name *name);
    template <class F> bool list(const char *context, Token sep, Token close, F f);
    void directives();
    // declarations (Parser.cpp)
    File *fileOrNull();
    template <class F> void appendGroup(std::vector<Decl *> &list, F f);
    Decl *importDecl(int group);
    Decl *constDecl(int group, int iota);
    Decl *typeDecl(int group);
    Decl *varDecl(int group);
    FuncDecl *funcDeclOrNull();
    // expressions (ParserExpr.cpp)
    Expr *expr();
    Expr *binaryExpr(Expr *x, int prec);
    Expr *unaryExpr();
    Expr *callOrNull();
    Expr *operand(bool keepParens);
    Expr *pexpr(Expr *x, bool keepParens);
    CompositeLit *complitexpr();
    Expr *bareCompositeLitOrElement();
    FuncLit *funcLit();
    Expr *exprList();
    std::vector<Expr *> argList(bool *hasDots);
    Expr *unparen(Expr *x);
    // types (ParserTypes.cpp)
    Expr *type();
    Expr *typeOrNull();
    Expr *typeInstance(Expr *x);
    FuncType *funcType(const char *context);
    Expr *arrayType(int pos, Expr *len);
    Expr *sliceType(int pos);
    Expr *chanElem();
    StructType *structType();
    InterfaceType *interfaceType();
    void fieldDecl(StructType *type);
    BasicLit *oliteral();
    bool methodDecl(InterfaceType *type);
    Field *paramDeclOrNull(Name *name, Token follow);
    std::vector<Field *> paramList(Name *name, Token close, bool requireNames);
    Field *newField(int pos, Name *name, Expr *type);
    // statements (ParserStmt.cpp)
    BlockStmt *funcBody();
    BlockStmt *blockStmt(const char *context);
    std::vector<Stmt *> stmtList();
    Stmt *stmtOrNull();
    Stmt *simpleStmt(Expr *lhs, Token keyword);
    Stmt *newRangeClause(Expr *lhs, bool def);
    Stmt *newAssignStmt(int pos, Operator op, Expr *lhs, Expr *rhs);
    Stmt *declStmt(Token keyword);
    Stmt *callStmt();
    Stmt *forStmt();
    Stmt *ifStmt();
    Stmt *switchStmt();
    Stmt *selectStmt();
    Stmt *labeledStmtOrNull(Name *label);
    Stmt *returnStmt();
    Stmt *branchStmt();
    void header(Token keyword, Stmt **init, Expr **cond, Stmt **post);
    CaseClause *caseClause();
    CommClause *commClause();
    Expr *newBadExpr(int pos);

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
