#include "go/syntax/AstWalker.h"

namespace cacophony::go {

namespace {

void one(const Node *n, const AstWalker::Visit &visit)
{
    if (n)
        visit(n);
}

template <class T> void all(const std::vector<T *> &nodes, const AstWalker::Visit &visit)
{
    for (const T *n : nodes)
        one(n, visit);
}

} // namespace

void AstWalker::children(const Node *n, const Visit &visit)
{
    switch (n->kind) {
    case NodeKind::ImportDecl: {
        const auto *d = static_cast<const ImportDecl *>(n);
        one(d->localName, visit);
        one(d->path, visit);
        break;
    }
    case NodeKind::ConstDecl: {
        const auto *d = static_cast<const ConstDecl *>(n);
        all(d->names, visit);
        one(d->type, visit);
        one(d->values, visit);
        break;
    }
    case NodeKind::TypeDecl: {
        const auto *d = static_cast<const TypeDecl *>(n);
        one(d->name, visit);
        one(d->type, visit);
        break;
    }
    case NodeKind::VarDecl: {
        const auto *d = static_cast<const VarDecl *>(n);
        all(d->names, visit);
        one(d->type, visit);
        one(d->values, visit);
        break;
    }
    case NodeKind::FuncDecl: {
        const auto *d = static_cast<const FuncDecl *>(n);
        one(d->recv, visit);
        one(d->name, visit);
        one(d->type, visit);
        one(d->body, visit);
        break;
    }
    case NodeKind::CompositeLit: {
        const auto *x = static_cast<const CompositeLit *>(n);
        one(x->type, visit);
        all(x->elems, visit);
        break;
    }
    case NodeKind::KeyValueExpr:
        one(static_cast<const KeyValueExpr *>(n)->key, visit);
        one(static_cast<const KeyValueExpr *>(n)->value, visit);
        break;
    case NodeKind::FuncLit:
        one(static_cast<const FuncLit *>(n)->type, visit);
        one(static_cast<const FuncLit *>(n)->body, visit);
        break;
    case NodeKind::ParenExpr: one(static_cast<const ParenExpr *>(n)->x, visit); break;
    case NodeKind::SelectorExpr:
        one(static_cast<const SelectorExpr *>(n)->x, visit);
        one(static_cast<const SelectorExpr *>(n)->sel, visit);
        break;
    case NodeKind::IndexExpr:
        one(static_cast<const IndexExpr *>(n)->x, visit);
        one(static_cast<const IndexExpr *>(n)->index, visit);
        break;
    case NodeKind::SliceExpr: {
        const auto *x = static_cast<const SliceExpr *>(n);
        one(x->x, visit);
        for (const Expr *i : x->index)
            one(i, visit);
        break;
    }
    case NodeKind::AssertExpr:
        one(static_cast<const AssertExpr *>(n)->x, visit);
        one(static_cast<const AssertExpr *>(n)->type, visit);
        break;
    case NodeKind::TypeSwitchGuard:
        one(static_cast<const TypeSwitchGuard *>(n)->lhs, visit);
        one(static_cast<const TypeSwitchGuard *>(n)->x, visit);
        break;
    case NodeKind::Operation:
        one(static_cast<const Operation *>(n)->x, visit);
        one(static_cast<const Operation *>(n)->y, visit);
        break;
    case NodeKind::CallExpr:
        one(static_cast<const CallExpr *>(n)->fun, visit);
        all(static_cast<const CallExpr *>(n)->args, visit);
        break;
    case NodeKind::ListExpr: all(static_cast<const ListExpr *>(n)->elems, visit); break;
    case NodeKind::ArrayType:
        one(static_cast<const ArrayType *>(n)->len, visit);
        one(static_cast<const ArrayType *>(n)->elem, visit);
        break;
    case NodeKind::SliceType: one(static_cast<const SliceType *>(n)->elem, visit); break;
    case NodeKind::DotsType: one(static_cast<const DotsType *>(n)->elem, visit); break;
    case NodeKind::StructType: {
        const auto *s = static_cast<const StructType *>(n);
        all(s->fields, visit);
        all(s->tags, visit);
        break;
    }
    case NodeKind::InterfaceType: all(static_cast<const InterfaceType *>(n)->methods, visit); break;
    case NodeKind::FuncType:
        all(static_cast<const FuncType *>(n)->params, visit);
        all(static_cast<const FuncType *>(n)->results, visit);
        break;
    case NodeKind::MapType:
        one(static_cast<const MapType *>(n)->key, visit);
        one(static_cast<const MapType *>(n)->value, visit);
        break;
    case NodeKind::ChanType: one(static_cast<const ChanType *>(n)->elem, visit); break;
    case NodeKind::Field: {
        const auto *f = static_cast<const Field *>(n);
        one(f->name, visit);
        one(f->type, visit);
        break;
    }
    case NodeKind::LabeledStmt:
        one(static_cast<const LabeledStmt *>(n)->label, visit);
        one(static_cast<const LabeledStmt *>(n)->stmt, visit);
        break;
    case NodeKind::BlockStmt: all(static_cast<const BlockStmt *>(n)->list, visit); break;
    case NodeKind::ExprStmt: one(static_cast<const ExprStmt *>(n)->x, visit); break;
    case NodeKind::SendStmt:
        one(static_cast<const SendStmt *>(n)->chan, visit);
        one(static_cast<const SendStmt *>(n)->value, visit);
        break;
    case NodeKind::DeclStmt: all(static_cast<const DeclStmt *>(n)->decls, visit); break;
    case NodeKind::AssignStmt:
        one(static_cast<const AssignStmt *>(n)->lhs, visit);
        one(static_cast<const AssignStmt *>(n)->rhs, visit);
        break;
    case NodeKind::BranchStmt: one(static_cast<const BranchStmt *>(n)->label, visit); break;
    case NodeKind::CallStmt: one(static_cast<const CallStmt *>(n)->call, visit); break;
    case NodeKind::ReturnStmt: one(static_cast<const ReturnStmt *>(n)->results, visit); break;
    case NodeKind::IfStmt: {
        const auto *s = static_cast<const IfStmt *>(n);
        one(s->init, visit);
        one(s->cond, visit);
        one(s->then, visit);
        one(s->elseStmt, visit);
        break;
    }
    case NodeKind::ForStmt: {
        const auto *s = static_cast<const ForStmt *>(n);
        one(s->init, visit);
        one(s->cond, visit);
        one(s->post, visit);
        one(s->body, visit);
        break;
    }
    case NodeKind::SwitchStmt:
        one(static_cast<const SwitchStmt *>(n)->init, visit);
        one(static_cast<const SwitchStmt *>(n)->tag, visit);
        all(static_cast<const SwitchStmt *>(n)->body, visit);
        break;
    case NodeKind::SelectStmt: all(static_cast<const SelectStmt *>(n)->body, visit); break;
    case NodeKind::RangeClause:
        one(static_cast<const RangeClause *>(n)->lhs, visit);
        one(static_cast<const RangeClause *>(n)->x, visit);
        break;
    case NodeKind::CaseClause:
        one(static_cast<const CaseClause *>(n)->cases, visit);
        all(static_cast<const CaseClause *>(n)->body, visit);
        break;
    case NodeKind::CommClause:
        one(static_cast<const CommClause *>(n)->comm, visit);
        all(static_cast<const CommClause *>(n)->body, visit);
        break;
    case NodeKind::File:
        one(static_cast<const File *>(n)->pkgName, visit);
        all(static_cast<const File *>(n)->decls, visit);
        break;
    case NodeKind::BadExpr:
    case NodeKind::Name:
    case NodeKind::BasicLit:
    case NodeKind::EmptyStmt:
        break;
    }
}

} // namespace cacophony::go
