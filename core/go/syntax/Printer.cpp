#include "go/syntax/Printer.h"

namespace cacophony::go {

namespace {

// Deeper than this, an expression prints as "…" (the parser bounds nesting already; this
// bounds the printer's own stack on trees built elsewhere).
constexpr int kMaxPrintDepth = 2000;

void printOp(std::string &out, Operator op)
{
    out += operatorText(op);
}

} // namespace

QString Printer::shortString(const Node *node)
{
    std::string out;
    print(out, node, 0);
    return QString::fromStdString(out);
}

QString Printer::emphasize(const Expr *x)
{
    const QString s = shortString(x);
    if (const auto *op = as<Operation>(x); op && op->y)
        return QLatin1Char('(') + s + QLatin1Char(')');
    return s;
}

void Printer::printList(std::string &out, const std::vector<Expr *> &list, int depth)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i)
            out += ", ";
        print(out, list[i], depth);
    }
}

void Printer::printFields(std::string &out, const std::vector<Field *> &fields, const char *sep, int depth)
{
    // Names sharing one type node print as one group: a, b int.
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const Field *f = fields[i];
        if (i)
            out += (f->name && fields[i - 1]->name && fields[i - 1]->type == f->type) ? ", " : sep;
        if (f->name) {
            print(out, f->name, depth);
            const bool last = i + 1 == fields.size() || !fields[i + 1]->name || fields[i + 1]->type != f->type;
            if (!last)
                continue;
            if (as<FuncType>(f->type) && std::string_view(sep) == "; ") {
                // interface method: name(params) results
                std::string sig;
                print(sig, f->type, depth);
                out += sig.substr(4);
                continue;
            }
            out += ' ';
        }
        print(out, f->type, depth);
    }
}

void Printer::print(std::string &out, const Node *n, int depth)
{
    if (!n)
        return;
    if (depth > kMaxPrintDepth) {
        out += "…";
        return;
    }
    ++depth;
    switch (n->kind) {
    case NodeKind::BadExpr: out += "BadExpr"; break;
    case NodeKind::Name: out += static_cast<const Name *>(n)->value; break;
    case NodeKind::BasicLit: out += static_cast<const BasicLit *>(n)->value; break;
    case NodeKind::FuncLit:
        print(out, static_cast<const FuncLit *>(n)->type, depth);
        out += " {…}";
        break;
    case NodeKind::CompositeLit: {
        const auto *c = static_cast<const CompositeLit *>(n);
        print(out, c->type, depth);
        out += c->elems.empty() ? "{}" : "{…}";
        break;
    }
    case NodeKind::KeyValueExpr: {
        const auto *kv = static_cast<const KeyValueExpr *>(n);
        print(out, kv->key, depth);
        out += ": ";
        print(out, kv->value, depth);
        break;
    }
    case NodeKind::ParenExpr:
        out += '(';
        print(out, static_cast<const ParenExpr *>(n)->x, depth);
        out += ')';
        break;
    case NodeKind::SelectorExpr: {
        const auto *s = static_cast<const SelectorExpr *>(n);
        print(out, s->x, depth);
        out += '.';
        print(out, s->sel, depth);
        break;
    }
    case NodeKind::IndexExpr: {
        const auto *i = static_cast<const IndexExpr *>(n);
        print(out, i->x, depth);
        out += '[';
        print(out, i->index, depth);
        out += ']';
        break;
    }
    case NodeKind::SliceExpr: {
        const auto *s = static_cast<const SliceExpr *>(n);
        print(out, s->x, depth);
        out += '[';
        print(out, s->index[0], depth);
        out += ':';
        print(out, s->index[1], depth);
        if (s->full) {
            out += ':';
            print(out, s->index[2], depth);
        }
        out += ']';
        break;
    }
    case NodeKind::AssertExpr: {
        const auto *a = static_cast<const AssertExpr *>(n);
        print(out, a->x, depth);
        out += ".(";
        print(out, a->type, depth);
        out += ')';
        break;
    }
    case NodeKind::TypeSwitchGuard: {
        const auto *g = static_cast<const TypeSwitchGuard *>(n);
        if (g->lhs) {
            print(out, g->lhs, depth);
            out += " := ";
        }
        print(out, g->x, depth);
        out += ".(type)";
        break;
    }
    case NodeKind::Operation: {
        const auto *o = static_cast<const Operation *>(n);
        if (!o->y) {
            printOp(out, o->op);
            print(out, o->x, depth);
        } else {
            print(out, o->x, depth);
            out += ' ';
            printOp(out, o->op);
            out += ' ';
            print(out, o->y, depth);
        }
        break;
    }
    case NodeKind::CallExpr: {
        const auto *c = static_cast<const CallExpr *>(n);
        print(out, c->fun, depth);
        out += '(';
        printList(out, c->args, depth);
        if (c->hasDots)
            out += "...";
        out += ')';
        break;
    }
    case NodeKind::ListExpr: printList(out, static_cast<const ListExpr *>(n)->elems, depth); break;
    case NodeKind::ArrayType: {
        const auto *a = static_cast<const ArrayType *>(n);
        out += '[';
        if (a->len)
            print(out, a->len, depth);
        else
            out += "...";
        out += ']';
        print(out, a->elem, depth);
        break;
    }
    case NodeKind::SliceType:
        out += "[]";
        print(out, static_cast<const SliceType *>(n)->elem, depth);
        break;
    case NodeKind::DotsType:
        out += "...";
        print(out, static_cast<const DotsType *>(n)->elem, depth);
        break;
    case NodeKind::StructType: {
        const auto *s = static_cast<const StructType *>(n);
        out += "struct{";
        if (!s->fields.empty()) {
            out += ' ';
            printFields(out, s->fields, "; ", depth);
            out += ' ';
        }
        out += '}';
        break;
    }
    case NodeKind::InterfaceType: {
        const auto *i = static_cast<const InterfaceType *>(n);
        out += "interface{";
        if (!i->methods.empty()) {
            out += ' ';
            printFields(out, i->methods, "; ", depth);
            out += ' ';
        }
        out += '}';
        break;
    }
    case NodeKind::FuncType: {
        const auto *f = static_cast<const FuncType *>(n);
        out += "func(";
        printFields(out, f->params, ", ", depth);
        out += ')';
        if (f->results.size() == 1 && !f->results.front()->name) {
            out += ' ';
            print(out, f->results.front()->type, depth);
        } else if (!f->results.empty()) {
            out += " (";
            printFields(out, f->results, ", ", depth);
            out += ')';
        }
        break;
    }
    case NodeKind::MapType: {
        const auto *m = static_cast<const MapType *>(n);
        out += "map[";
        print(out, m->key, depth);
        out += ']';
        print(out, m->value, depth);
        break;
    }
    case NodeKind::ChanType: {
        const auto *c = static_cast<const ChanType *>(n);
        out += c->dir == ChanDir::RecvOnly ? "<-chan " : c->dir == ChanDir::SendOnly ? "chan<- " : "chan ";
        print(out, c->elem, depth);
        break;
    }
    case NodeKind::ExprStmt: print(out, static_cast<const ExprStmt *>(n)->x, depth); break;
    case NodeKind::SendStmt: {
        const auto *s = static_cast<const SendStmt *>(n);
        print(out, s->chan, depth);
        out += " <- ";
        print(out, s->value, depth);
        break;
    }
    case NodeKind::AssignStmt: {
        const auto *a = static_cast<const AssignStmt *>(n);
        print(out, a->lhs, depth);
        if (!a->rhs) {
            printOp(out, a->op);
            printOp(out, a->op);
            break;
        }
        out += ' ';
        if (a->op != Operator::None)
            printOp(out, a->op);
        out += "= ";
        print(out, a->rhs, depth);
        break;
    }
    case NodeKind::RangeClause: {
        const auto *r = static_cast<const RangeClause *>(n);
        if (r->lhs) {
            print(out, r->lhs, depth);
            out += r->def ? " := " : " = ";
        }
        out += "range ";
        print(out, r->x, depth);
        break;
    }
    case NodeKind::Field: {
        const auto *f = static_cast<const Field *>(n);
        if (f->name) {
            print(out, f->name, depth);
            out += ' ';
        }
        print(out, f->type, depth);
        break;
    }
    default:
        out += "…"; // declarations and compound statements are never quoted whole
        break;
    }
}

} // namespace cacophony::go
