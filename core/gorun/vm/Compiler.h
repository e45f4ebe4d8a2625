#pragma once

#include "gorun/vm/Program.h"

#include "go/syntax/Ast.h"
#include "go/types/Object.h"

#include <QHash>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace cacophony::go {
class SyntaxTree;
class TypeInfo;
} // namespace cacophony::go

namespace cacophony::gorun {

struct Native;

// Compiles a checked program (SyntaxTree + TypeInfo, see go/FrontEnd.h) to register
// bytecode, one Function per Go function, method and function literal. The checker has
// accepted the program, so the compiler trusts its types. Not thread-safe; one per program.
class Compiler
{
public:
    static std::unique_ptr<Program> compile(const go::SyntaxTree &tree, const go::TypeInfo &info);

private:
    Compiler(const go::SyntaxTree &tree, const go::TypeInfo &info, Program &program);

    // Where a local variable lives: a register holding its value (for a struct or array, its
    // Box), or (boxed) a register holding a one-cell Box, when closures capture the variable
    // or its address is taken.
    struct Var
    {
        int reg = 0;
        bool boxed = false;
    };
    struct Loop
    {
        const go::Stmt *stmt = nullptr;
        std::vector<int> breaks, continues;
    };
    struct FuncState
    {
        Function *fn = nullptr;
        FuncState *outer = nullptr;
        std::unordered_map<const go::Object *, Var> vars;
        std::vector<Loop> loops;
        std::vector<const go::Type *> resultTypes;
        int literals = 0;
    };

    void run();
    void declareFunctions();
    Function *compileFunction(Function *fn, const go::FuncType *type, const go::Field *recv, const go::BlockStmt *body,
                              const go::FuncLit *lit);
    void compileInit();

    // statements (CompilerStmt.cpp)
    void stmt(const go::Stmt *s);
    void block(const std::vector<go::Stmt *> &list);
    void assign(const go::AssignStmt *s);
    void define(const go::Expr *lhs, const go::Expr *rhs, bool def);
    void varDecl(const go::VarDecl *d);
    void ifStmt(const go::IfStmt *s);
    void forStmt(const go::ForStmt *s);
    void rangeStmt(const go::ForStmt *s, const go::RangeClause *r);
    void switchStmt(const go::SwitchStmt *s);
    void typeSwitch(const go::SwitchStmt *s);
    void selectStmt(const go::SelectStmt *s);
    void returnStmt(const go::ReturnStmt *s);
    void branch(const go::BranchStmt *s);
    void callStmt(const go::CallStmt *s);
    void incDec(const go::AssignStmt *s);

    // variables and stores (CompilerStore.cpp)
    Var declareVar(const go::Object *obj, int valueReg, bool fresh);
    void store(const go::Expr *lhs, int valueReg, bool fresh);
    void storeVar(const go::Object *obj, int valueReg, bool fresh);
    int address(const go::Expr *e);
    int fieldBox(int reg, const go::Type *&t, const std::vector<int> &path, std::size_t count);
    int convertTo(int reg, const go::Type *from, const go::Type *to, bool fresh);
    bool escapes(const go::Object *obj) const;

    // expressions (CompilerExpr.cpp)
    int expr(const go::Expr *e);
    void exprTo(const go::Expr *e, int dst);
    int exprAs(const go::Expr *e, const go::Type *to); // converted for assignment to `to`
    void multi(const go::Expr *e, int dst, int n);       // a call's results, v, ok forms
    int constant(const go::Expr *e);
    int name(const go::Name *n);
    int selector(const go::SelectorExpr *e);
    int index(const go::IndexExpr *e);
    int sliceExpr(const go::SliceExpr *e);
    int operation(const go::Operation *e);
    int binary(const go::Operation *e);
    int compare(go::Operator op, int x, int y, const go::Type *t);
    int compositeLit(const go::CompositeLit *e, const go::Type *t);
    int funcLit(const go::FuncLit *e);
    void wrap(int reg, const go::Type *t);
    bool isFresh(const go::Expr *e) const;

    // calls (CompilerCall.cpp)
    int call(const go::CallExpr *e, int dst, int nresults);
    int conversion(const go::CallExpr *e);
    int builtin(const go::CallExpr *e, go::BuiltinId id, int dst);
    void deferBuiltin(const go::CallExpr *e, go::BuiltinId id, int mode);
    int args(const go::CallExpr *e, const go::Type *sig, int firstParam, int base);
    int receiver(const go::SelectorExpr *sel, const go::Object *method);
    void emitCall(const go::CallExpr *e, Instr ins, int dst, int nresults);

    // (x) as x; a ListExpr as its elements, any other expression as a list of one.
    static const go::Expr *unparen(const go::Expr *e);
    static std::vector<const go::Expr *> exprList(const go::Expr *e);
    // Pops the innermost breakable statement: its breaks and the given jumps go here, its
    // continues to the enclosing loop.
    void closeBreakable(const std::vector<int> &ends);

    int reg(int n = 1);
    int add(Op op, int a = 0, int b = 0, int c = 0, std::int64_t k = 0, const void *p = nullptr);
    int here() const { return int(m_f->fn->code.size()); }
    void patch(int at) { m_f->fn->code[std::size_t(at)].k = here(); }
    int loadK(Word w);
    int loadStr(const std::string &s);
    go::Type *type(const go::Node *e) const;
    const go::Object *object(const go::Node *n) const;
    const Native *native(const go::Object *fn) const;
    std::string funcName(const go::Object *fn) const;

    const go::SyntaxTree &m_tree;
    const go::TypeInfo &m_info;
    Program &m_program;
    FuncState *m_f = nullptr;
    int m_pos = 0;
    int m_callMode = 0; // 0 a call, 1 defer, 2 go: emitCall prefixes Defer or Go
    std::string m_topName;
    std::unordered_map<const go::Object *, Function *> m_funcs;
    std::unordered_map<const go::Object *, int> m_globals;
    std::vector<const go::Object *> m_addressTaken;
};

} // namespace cacophony::gorun
