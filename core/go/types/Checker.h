#pragma once

#include "go/syntax/Ast.h"
#include "go/types/Operand.h"
#include "go/types/TypeInfo.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cacophony::go {

class Diagnostics;
class SyntaxTree;

// The type checker of Cacophony's Go subset, after go/types (gc's types2): package-level
// objects are collected first and declared on demand in any order (cycles detected by
// colouring), then function bodies are checked; expressions are typed as operands, untyped
// constants are converted or defaulted where they are used; errors use gc's words and
// positions. The result is a TypeInfo over the (unchanged) syntax tree.
//
// Reentrant: all state is in the instance; one instance per check, used on one thread.
// `cancel` may be set from any thread: the checker stops early (the result is partial).
// Never crashes or hangs on any tree the parser produces, syntax errors included.
// The methods are spread over Checker.cpp (package level), CheckerTypes.cpp, CheckerExpr.cpp,
// CheckerConvert.cpp, CheckerCall.cpp, CheckerLiteral.cpp, CheckerStmt.cpp and CheckerAssign.cpp.
class Checker
{
public:
    using Importer = std::function<Package *(const QString &path)>;

    Checker(const SyntaxTree &tree, Diagnostics &diagnostics, const std::atomic<bool> *cancel = nullptr);

    // Where imported packages come from; the supported packages by default.
    void setImporter(Importer importer) { m_importer = std::move(importer); }
    // For the supported packages' declaration files: functions without bodies are fine.
    void setDeclarationsOnly(bool on) { m_declarationsOnly = on; }
    // The import path of the package checked ("main" by default).
    void setPackagePath(const QString &path) { m_path = path; }

    std::unique_ptr<TypeInfo> check();

private:
    enum class ExprKind : std::uint8_t { Conversion, Expression, Statement };
    // Where a statement is (the parser checks branches; this is kept for the statement walk).
    struct StmtContext
    {
        bool breakOk = false;
        bool continueOk = false;
        bool fallthroughOk = false;
        bool finalCase = false;
        bool inTypeSwitch = false;
    };
    // The function whose body is being checked, innermost first through `outer`.
    struct FuncContext
    {
        Type *sig = nullptr;
        const FuncLit *lit = nullptr; // null for a declared function
        Scope *scope = nullptr;
        FuncContext *outer = nullptr;
        std::vector<Object *> locals; // variables declared in the body, for "declared and not used"
    };
    // A constant's declaration: its type and value expressions (inherited within a group).
    struct ConstSpec
    {
        const Expr *type = nullptr;
        const Expr *init = nullptr;
        int iota = 0;
    };

    // ---- Checker.cpp: driver, package level, errors
    void error(int offset, const QString &message);
    void errorAt(const Node *node, const QString &message) { error(node ? node->span.begin : 0, message); }
    QString str(const Node *node) const;
    QString typeStr(const Type *t) const;
    QString describe(const Operand &x) const { return x.describe(m_pkg); }
    QString posText(int offset) const;
    bool stopped();
    void collectObjects();
    void declareImport(const ImportDecl *d);
    void declarePkg(const Name *name, Object *obj);
    void objDecl(Object *obj);
    void constDecl(Object *obj, const ConstDecl *d);
    void pkgVarDecl(Object *obj, const VarDecl *d);
    void typeDecl(Object *obj, const TypeDecl *d);
    void funcDecl(Object *obj, const FuncDecl *d);
    void associateMethods();
    void checkBodies();
    void funcBody(Type *sig, const BlockStmt *body, Scope *scope, const FuncLit *lit);
    void usage(Scope *scope);
    void unusedImports();
    void cycleError(Object *obj);
    void later(std::function<void()> f) { m_delayed.push_back(std::move(f)); }
    void processDelayed(std::size_t top);

    // ---- CheckerTypes.cpp
    Type *typExpr(const Expr *e, Type *def = nullptr);
    Type *typInternal(const Expr *e, Type *def);
    Type *funcType(const FuncType *ft, const Field *recv, Scope *scope, Object **recvObj);
    std::vector<Object *> params(Scope *scope, const std::vector<Field *> &fields, bool variadicOk, bool *variadic);
    Type *structType(const StructType *st);
    Type *interfaceType(const InterfaceType *it);
    std::int64_t arrayLength(const Expr *e);
    void validType(Type *named, const Node *at);

    // ---- CheckerExpr.cpp, CheckerConvert.cpp
    ExprKind rawExpr(Operand &x, const Expr *e, Type *hint, bool allowGeneric = false);
    ExprKind exprInternal(Operand &x, const Expr *e, Type *hint);
    void expr(Operand &x, const Expr *e, Type *hint = nullptr);
    void exprOrType(Operand &x, const Expr *e);
    void multiExpr(std::vector<Operand> &list, const Expr *e);
    void singleValue(Operand &x);
    // Reports and invalidates an operand that is no value (no result, a builtin, a type).
    void requireValue(Operand &x, const Expr *e);
    void ident(Operand &x, const Name *n, bool wantType);
    void useVar(Object *obj);
    void basicLit(Operand &x, const BasicLit *e);
    void unary(Operand &x, const Operation *e);
    void binary(Operand &x, const Expr *e, const Expr *lhs, const Expr *rhs, Operator op, int opPos);
    void shift(Operand &x, Operand &y, const Expr *e, Operator op);
    void comparison(Operand &x, Operand &y, Operator op, bool switchCase);
    void matchTypes(Operand &x, Operand &y);
    void convertUntyped(Operand &x, Type *target);
    int implicitType(Operand &x, Type *target, Type **result);
    void assignment(Operand &x, Type *t, const QString &context);
    void overflow(Operand &x, int opPos);
    void representable(Operand &x, Type *basic);
    void invalidConversion(int code, Operand &x, Type *target);
    void updateExprType(const Expr *e, Type *t);
    void record(const Operand &x);
    QString implementsCause(Type *v, Type *t);

    // ---- CheckerCall.cpp, CheckerLiteral.cpp
    ExprKind callExpr(Operand &x, const CallExpr *call);
    void arguments(const CallExpr *call, Type *sig, std::vector<Operand> &args);
    ExprKind builtin(Operand &x, const CallExpr *call, BuiltinId id);
    void conversion(Operand &x, Type *t);
    void selector(Operand &x, const SelectorExpr *e, bool wantType);
    void indexExpr(Operand &x, const IndexExpr *e);
    void sliceExpr(Operand &x, const SliceExpr *e);
    bool index(const Expr *e, std::int64_t max, std::int64_t *value);
    void compositeLit(Operand &x, const CompositeLit *e, Type *hint);
    void funcLit(Operand &x, const FuncLit *e);
    void typeAssertion(Operand &x, const AssertExpr *e);
    QString argSummary(const std::vector<Operand> &args) const;
    QString typesSummary(const std::vector<Type *> &types, bool variadic) const;

    // ---- CheckerStmt.cpp
    void stmtList(const std::vector<Stmt *> &list, StmtContext ctx);
    void stmt(const Stmt *s, StmtContext ctx);
    void openScope(bool function = false);
    void closeScope();
    void simpleStmt(const Stmt *s);
    void ifStmt(const IfStmt *s, StmtContext ctx);
    void forStmt(const ForStmt *s, StmtContext ctx);
    void rangeStmt(const ForStmt *s, const RangeClause *rc, StmtContext ctx);
    void switchStmt(const SwitchStmt *s, StmtContext ctx);
    void typeSwitchStmt(const SwitchStmt *s, const TypeSwitchGuard *g, StmtContext ctx);
    void selectStmt(const SelectStmt *s, StmtContext ctx);
    void goDeferStmt(const CallStmt *s);
    void sendStmt(const SendStmt *s);
    void exprStmt(const ExprStmt *s);
    void declStmt(const DeclStmt *s);
    bool isTerminating(const Stmt *s, const QString &label) const;
    bool isTerminatingList(const std::vector<Stmt *> &list, const QString &label) const;
    bool hasBreak(const Stmt *s, const QString &label, bool implicit) const;
    void caseValues(Operand &x, const Expr *cases, std::vector<Operand> &seen);

    // ---- CheckerAssign.cpp
    void assignStmt(const AssignStmt *s);
    void shortVarDecl(const AssignStmt *s, const std::vector<const Expr *> &lhs, const Expr *rhs);
    void assignVars(const std::vector<const Expr *> &lhs, const Expr *rhs);
    Type *lhsVar(const Expr *lhs);
    void assignVar(const Expr *lhs, Operand &x, const QString &context);
    void initVars(const std::vector<Object *> &vars, const Expr *rhs, const char *context, const Node *returnStmt);
    void initVar(Object *var, Operand &x, const QString &context);
    void localVarDecl(const VarDecl *d);
    void localConstDecl(const ConstDecl *d, const ConstDecl *&lastWithValues);
    void constValue(Object *obj, const Expr *typeExpr, const Expr *init, int iota);
    void returnStmt(const ReturnStmt *s);
    void assignError(const std::vector<const Expr *> &rhs, std::size_t nvars, std::size_t nvals);
    void returnError(const Node *at, const std::vector<Operand> &have, Type *results);
    static std::vector<const Expr *> unpackList(const Expr *e);
    void declareLocal(Scope *scope, const Name *name, Object *obj);

    const SyntaxTree &m_tree;
    Diagnostics &m_diagnostics;
    const std::atomic<bool> *m_cancel;
    Importer m_importer;
    bool m_declarationsOnly = false;
    QString m_path = QStringLiteral("main");
    bool m_cancelled = false;
    int m_polls = 0;

    std::unique_ptr<TypeInfo> m_info;
    Arena *m_arena = nullptr;
    Package *m_pkg = nullptr;
    Scope *m_pkgScope = nullptr;
    Scope *m_fileScope = nullptr;
    Scope *m_scope = nullptr;          // the innermost scope while checking
    FuncContext *m_func = nullptr;     // the function whose body is being checked
    int m_iota = -1;                   // the iota of the constant being declared, -1 outside
    int m_depth = 0;                   // expression recursion depth (bounded)

    // Package-level declarations: the syntax of each object, and the methods by receiver base name.
    QHash<Object *, const Node *> m_declOf;
    QHash<Object *, ConstSpec> m_constSpecs;
    QHash<Object *, Scope *> m_funcScopes;
    std::vector<std::function<void()>> m_delayed; // function bodies, checked after declarations
    QHash<QString, std::vector<std::pair<Object *, const FuncDecl *>>> m_methodsOf;
    std::vector<std::pair<Object *, const FuncDecl *>> m_funcs;
    std::vector<Object *> m_pkgObjects;
    std::vector<Object *> m_objPath;   // objects being declared, for cycle reports
    std::vector<std::pair<Object *, const ImportDecl *>> m_imports;
};

} // namespace cacophony::go
