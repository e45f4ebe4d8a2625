#pragma once

// The syntax tree of a Go file. It mirrors gc's cmd/compile/internal/syntax nodes (which
// types2, gc's checker after go/types, works on), so a checker can follow types2 and place
// its errors where gc does: every node keeps gc's position `pos` (for an Operation its
// operator, for a CallExpr its '(', for an AssignStmt its operator, as gc) and its full
// source span [begin, end) in byte offsets; Source turns offsets into line:column.
//
// Annotations (a type, a constant value, a resolved object) live in side tables indexed
// by Node::id, which is dense per file (0 .. Ast::nodeCount()-1): the tree itself stays
// immutable after parsing, so one tree can be read by several threads, and a bytecode
// compiler walks it by switching on Node::kind.
//
// This header holds every node type on purpose (as go/ast and gc's nodes.go do): they are
// plain records with no behaviour, read together.

#include "go/syntax/Token.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cacophony::go {

enum class NodeKind : std::uint8_t {
    // declarations
    ImportDecl,
    ConstDecl,
    TypeDecl,
    VarDecl,
    FuncDecl,
    // expressions (BadExpr .. ChanType)
    BadExpr,
    Name,
    BasicLit,
    CompositeLit,
    KeyValueExpr,
    FuncLit,
    ParenExpr,
    SelectorExpr,
    IndexExpr,
    SliceExpr,
    AssertExpr,
    TypeSwitchGuard,
    Operation,
    CallExpr,
    ListExpr,
    ArrayType,
    SliceType,
    DotsType,
    StructType,
    InterfaceType,
    FuncType,
    MapType,
    ChanType,
    // statements (EmptyStmt .. RangeClause)
    EmptyStmt,
    LabeledStmt,
    BlockStmt,
    ExprStmt,
    SendStmt,
    DeclStmt,
    AssignStmt,
    BranchStmt,
    CallStmt,
    ReturnStmt,
    IfStmt,
    ForStmt,
    SwitchStmt,
    SelectStmt,
    RangeClause,
    // other
    Field,
    CaseClause,
    CommClause,
    File
};

// A half-open range of byte offsets in the Source.
struct Span
{
    int begin = 0;
    int end = 0;
};

struct Node
{
    explicit Node(NodeKind k) : kind(k) {}
    virtual ~Node() = default;
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    const NodeKind kind;
    std::uint32_t id = 0; // dense per file: the key of checker side tables
    int pos = 0;          // gc's position of the node (byte offset)
    Span span;            // everything the node covers, its children included
};

struct Decl : Node { using Node::Node; int group = 0; /* 0: not in a ( ) group; else the group's number */ };
struct Expr : Node { using Node::Node; };
struct Stmt : Node { using Node::Node; };

inline bool isDecl(NodeKind k) { return k <= NodeKind::FuncDecl; }
inline bool isExpr(NodeKind k) { return k >= NodeKind::BadExpr && k <= NodeKind::ChanType; }
inline bool isStmt(NodeKind k) { return k >= NodeKind::EmptyStmt && k <= NodeKind::RangeClause; }

// The node as T if it is one (T::kKind), else nullptr.
template <class T> T *as(Node *n) { return n && n->kind == T::kKind ? static_cast<T *>(n) : nullptr; }
template <class T> const T *as(const Node *n) { return n && n->kind == T::kKind ? static_cast<const T *>(n) : nullptr; }

#define CACOPHONY_GO_NODE(Name, Base) \
    static constexpr NodeKind kKind = NodeKind::Name; \
    Name() : Base(kKind) {}

// ---- expressions ----------------------------------------------------------------------

struct Field;
struct FuncType;
struct BlockStmt;

// A placeholder where a syntax error was reported, at the position gc reports (the next
// token); its parents' spans cover it.
struct BadExpr : Expr { CACOPHONY_GO_NODE(BadExpr, Expr) };

struct Name : Expr
{
    CACOPHONY_GO_NODE(Name, Expr)
    std::string value;
};

struct BasicLit : Expr
{
    CACOPHONY_GO_NODE(BasicLit, Expr)
    std::string value; // as written, quotes and prefixes included
    LitKind litKind = LitKind::Int;
    bool bad = false; // the literal has syntax errors (already reported)
};

struct CompositeLit : Expr
{
    CACOPHONY_GO_NODE(CompositeLit, Expr)
    Expr *type = nullptr; // nullptr: no literal type (an element of an outer literal)
    std::vector<Expr *> elems;
    int keyCount = 0; // elements with keys (KeyValueExpr)
    int rbrace = 0;
};

struct KeyValueExpr : Expr
{
    CACOPHONY_GO_NODE(KeyValueExpr, Expr)
    Expr *key = nullptr;
    Expr *value = nullptr;
};

struct FuncLit : Expr
{
    CACOPHONY_GO_NODE(FuncLit, Expr)
    FuncType *type = nullptr;
    BlockStmt *body = nullptr;
};

struct ParenExpr : Expr
{
    CACOPHONY_GO_NODE(ParenExpr, Expr)
    Expr *x = nullptr;
};

struct SelectorExpr : Expr
{
    CACOPHONY_GO_NODE(SelectorExpr, Expr)
    Expr *x = nullptr;
    Name *sel = nullptr;
};

struct IndexExpr : Expr
{
    CACOPHONY_GO_NODE(IndexExpr, Expr)
    Expr *x = nullptr;
    Expr *index = nullptr; // a ListExpr for x[a, b] (an instantiation, outside the subset)
};

struct SliceExpr : Expr
{
    CACOPHONY_GO_NODE(SliceExpr, Expr)
    Expr *x = nullptr;
    std::array<Expr *, 3> index{}; // low, high, max; nullptr where absent
    bool full = false;             // x[a:b:c]
};

struct AssertExpr : Expr
{
    CACOPHONY_GO_NODE(AssertExpr, Expr)
    Expr *x = nullptr;
    Expr *type = nullptr;
};

// x.(type), or v := x.(type), as the tag of a type switch.
struct TypeSwitchGuard : Expr
{
    CACOPHONY_GO_NODE(TypeSwitchGuard, Expr)
    Name *lhs = nullptr; // nullptr: no v :=
    Expr *x = nullptr;
};

// A unary (y == nullptr) or binary operation. *p (Mul, unary) is a dereference or a
// pointer type; <-ch (Recv) a receive; &x (And) an address.
struct Operation : Expr
{
    CACOPHONY_GO_NODE(Operation, Expr)
    Operator op = Operator::None;
    Expr *x = nullptr;
    Expr *y = nullptr;
};

struct CallExpr : Expr
{
    CACOPHONY_GO_NODE(CallExpr, Expr)
    Expr *fun = nullptr;
    std::vector<Expr *> args;
    bool hasDots = false; // f(xs...)
};

// a, b, c where a list stands as one expression (assignment sides, return values, case lists).
struct ListExpr : Expr
{
    CACOPHONY_GO_NODE(ListExpr, Expr)
    std::vector<Expr *> elems;
};

struct ArrayType : Expr
{
    CACOPHONY_GO_NODE(ArrayType, Expr)
    Expr *len = nullptr; // nullptr: [...]T
    Expr *elem = nullptr;
};

struct SliceType : Expr
{
    CACOPHONY_GO_NODE(SliceType, Expr)
    Expr *elem = nullptr;
};

// ...T, the type of a variadic parameter.
struct DotsType : Expr
{
    CACOPHONY_GO_NODE(DotsType, Expr)
    Expr *elem = nullptr;
};

struct StructType : Expr
{
    CACOPHONY_GO_NODE(StructType, Expr)
    std::vector<Field *> fields;
    std::vector<BasicLit *> tags; // i >= tags.size() or tags[i] == nullptr: no tag for field i
};

struct InterfaceType : Expr
{
    CACOPHONY_GO_NODE(InterfaceType, Expr)
    std::vector<Field *> methods; // name == nullptr: an embedded interface
};

struct FuncType : Expr
{
    CACOPHONY_GO_NODE(FuncType, Expr)
    std::vector<Field *> params;
    std::vector<Field *> results;
};

struct MapType : Expr
{
    CACOPHONY_GO_NODE(MapType, Expr)
    Expr *key = nullptr;
    Expr *value = nullptr;
};

struct ChanType : Expr
{
    CACOPHONY_GO_NODE(ChanType, Expr)
    ChanDir dir = ChanDir::Both;
    Expr *elem = nullptr;
};

// A struct field, parameter, result or interface method. Names declared in one list
// share the same type node (the same pointer), as in gc.
struct Field : Node
{
    CACOPHONY_GO_NODE(Field, Node)
    Name *name = nullptr; // nullptr: anonymous parameter, embedded field or interface
    Expr *type = nullptr;
};

// ---- statements -----------------------------------------------------------------------

struct Decl;

struct EmptyStmt : Stmt { CACOPHONY_GO_NODE(EmptyStmt, Stmt) };

struct LabeledStmt : Stmt
{
    CACOPHONY_GO_NODE(LabeledStmt, Stmt)
    Name *label = nullptr;
    Stmt *stmt = nullptr;
};

struct BlockStmt : Stmt
{
    CACOPHONY_GO_NODE(BlockStmt, Stmt)
    std::vector<Stmt *> list;
    int rbrace = 0;
};

struct ExprStmt : Stmt
{
    CACOPHONY_GO_NODE(ExprStmt, Stmt)
    Expr *x = nullptr;
};

struct SendStmt : Stmt
{
    CACOPHONY_GO_NODE(SendStmt, Stmt)
    Expr *chan = nullptr;
    Expr *value = nullptr;
};

struct DeclStmt : Stmt
{
    CACOPHONY_GO_NODE(DeclStmt, Stmt)
    std::vector<Decl *> decls;
};

// lhs = rhs, lhs op= rhs, lhs := rhs (op == Def), lhs++ / lhs-- (rhs == nullptr, op Add / Sub).
struct AssignStmt : Stmt
{
    CACOPHONY_GO_NODE(AssignStmt, Stmt)
    Operator op = Operator::None;
    Expr *lhs = nullptr;
    Expr *rhs = nullptr;
};

struct BranchStmt : Stmt
{
    CACOPHONY_GO_NODE(BranchStmt, Stmt)
    Token tok = Token::Break; // Break, Continue, Fallthrough, Goto (reported: outside the subset)
    Name *label = nullptr;
    // What break and continue leave or repeat: the ForStmt, SwitchStmt or SelectStmt (set
    // by the parser when the function has no syntax errors; nullptr for fallthrough).
    Stmt *target = nullptr;
};

// go f() or defer f().
struct CallStmt : Stmt
{
    CACOPHONY_GO_NODE(CallStmt, Stmt)
    Token tok = Token::Go; // Go or Defer
    Expr *call = nullptr;  // a CallExpr unless an error was reported
};

struct ReturnStmt : Stmt
{
    CACOPHONY_GO_NODE(ReturnStmt, Stmt)
    Expr *results = nullptr; // nullptr: none; a ListExpr for several
};

struct IfStmt : Stmt
{
    CACOPHONY_GO_NODE(IfStmt, Stmt)
    Stmt *init = nullptr;
    Expr *cond = nullptr;
    BlockStmt *then = nullptr;
    Stmt *elseStmt = nullptr; // nullptr, an IfStmt or a BlockStmt
};

// for init; cond; post {}; for cond {}; for {}; for k, v := range x {} (init is a RangeClause).
struct ForStmt : Stmt
{
    CACOPHONY_GO_NODE(ForStmt, Stmt)
    Stmt *init = nullptr;
    Expr *cond = nullptr;
    Stmt *post = nullptr;
    BlockStmt *body = nullptr;
};

struct CaseClause;
struct CommClause;

struct SwitchStmt : Stmt
{
    CACOPHONY_GO_NODE(SwitchStmt, Stmt)
    Stmt *init = nullptr;
    Expr *tag = nullptr; // a TypeSwitchGuard for a type switch
    std::vector<CaseClause *> body;
    int rbrace = 0;
};

struct SelectStmt : Stmt
{
    CACOPHONY_GO_NODE(SelectStmt, Stmt)
    std::vector<CommClause *> body;
    int rbrace = 0;
};

struct RangeClause : Stmt
{
    CACOPHONY_GO_NODE(RangeClause, Stmt)
    Expr *lhs = nullptr; // nullptr: for range x
    bool def = false;    // :=
    Expr *x = nullptr;
};

struct CaseClause : Node
{
    CACOPHONY_GO_NODE(CaseClause, Node)
    Expr *cases = nullptr; // nullptr: default; a ListExpr for several
    std::vector<Stmt *> body;
    int colon = 0;
};

struct CommClause : Node
{
    CACOPHONY_GO_NODE(CommClause, Node)
    Stmt *comm = nullptr; // a SendStmt, ExprStmt (receive) or AssignStmt; nullptr: default
    std::vector<Stmt *> body;
    int colon = 0;
};

// ---- declarations ---------------------------------------------------------------------

struct ImportDecl : Decl
{
    CACOPHONY_GO_NODE(ImportDecl, Decl)
    Name *localName = nullptr; // nullptr: no rename (includes "." and "_")
    BasicLit *path = nullptr;  // nullptr: missing path (reported)
};

struct ConstDecl : Decl
{
    CACOPHONY_GO_NODE(ConstDecl, Decl)
    std::vector<Name *> names;
    Expr *type = nullptr;   // nullptr: none
    Expr *values = nullptr; // nullptr: none (repeats the group's previous values, with iota)
    int iota = 0;           // the index of this spec in its group
};

struct TypeDecl : Decl
{
    CACOPHONY_GO_NODE(TypeDecl, Decl)
    Name *name = nullptr;
    bool alias = false; // type A = B
    Expr *type = nullptr;
};

struct VarDecl : Decl
{
    CACOPHONY_GO_NODE(VarDecl, Decl)
    std::vector<Name *> names;
    Expr *type = nullptr;
    Expr *values = nullptr;
};

struct FuncDecl : Decl
{
    CACOPHONY_GO_NODE(FuncDecl, Decl)
    Field *recv = nullptr; // nullptr: a function, not a method
    Name *name = nullptr;
    FuncType *type = nullptr;
    BlockStmt *body = nullptr; // nullptr: no body (reported by the checker as "missing function body")
};

// The program's Go version from a `// go 1.N` comment line; 1.22 when there is none.
struct GoVersion
{
    int major = 1;
    int minor = 22;
    int pos = -1; // where the comment is; -1: the default
    bool atLeast(int maj, int min) const { return major > maj || (major == maj && minor >= min); }
};

struct File : Node
{
    CACOPHONY_GO_NODE(File, Node)
    Name *pkgName = nullptr;
    std::vector<Decl *> decls;
    int eof = 0;
    GoVersion goVersion;
};

#undef CACOPHONY_GO_NODE

} // namespace cacophony::go
