#include "gorun/vm/Compiler.h"

#include "gorun/lib/Natives.h"

#include "go/syntax/SyntaxTree.h"
#include "go/types/Arena.h"
#include "go/types/TypeInfo.h"

#include <algorithm>

namespace cacophony::gorun {

using namespace go;

const Function *Program::method(const go::Type *t, const QString &name, bool *pointerRecv) const
{
    const go::Type *base = t;
    if (base->kind() == TypeKind::Pointer)
        base = base->m_elem;
    if (base->kind() != TypeKind::Named)
        return nullptr;
    auto it = methods.find({base->m_obj, name});
    if (it == methods.end())
        return nullptr;
    if (pointerRecv)
        *pointerRecv = it->second->pointerRecv;
    return it->second;
}

Compiler::Compiler(const SyntaxTree &tree, const TypeInfo &info, Program &program)
    : m_tree(tree), m_info(info), m_program(program)
{
}

std::unique_ptr<Program> Compiler::compile(const SyntaxTree &tree, const TypeInfo &info)
{
    auto program = std::make_unique<Program>();
    program->source = tree.sharedSource();
    Compiler(tree, info, *program).run();
    return program;
}

go::Type *Compiler::type(const Node *e) const { return m_info.type(e->id); }
const Object *Compiler::object(const Node *n) const { return m_info.object(n->id); }

std::string Compiler::funcName(const Object *fn) const
{
    const go::Type *sig = fn->type();
    if (sig && sig->m_recv) {
        const go::Type *r = sig->m_recv->type();
        const bool ptr = r->kind() == TypeKind::Pointer;
        const QString base = (ptr ? r->m_elem : r)->m_obj->name();
        return (ptr ? "main.(*" + base + ")." : "main." + base + ".").toStdString() + fn->name().toStdString();
    }
    return "main." + fn->name().toStdString();
}

const Native *Compiler::native(const Object *fn) const
{
    const go::Type *sig = fn->type();
    std::string name;
    const QString pkg = fn->m_pkg ? fn->m_pkg->path() : QString();
    if (sig && sig->m_recv) {
        const go::Type *r = sig->m_recv->type();
        const bool ptr = r->kind() == TypeKind::Pointer;
        const QString base = (ptr ? r->m_elem : r)->m_obj->name();
        name = (ptr ? pkg + ".(*" + base + ")." : pkg + "." + base + ".").toStdString() + fn->name().toStdString();
    } else {
        name = pkg.toStdString() + "." + fn->name().toStdString();
    }
    const Native *n = findNative(name);
    if (!n)
        throw FatalError{name + " is not implemented by the runtime"};
    return n;
}

void Compiler::run()
{
    for (std::uint32_t i = 0; i < m_tree.nodeCount(); ++i) {
        const Node *n = m_tree.node(i);
        if (const auto *op = as<Operation>(n); op && op->op == Operator::And && !op->y) {
            const Expr *x = op->x;
            while (const auto *p = as<ParenExpr>(x))
                x = p->x;
            if (const auto *nm = as<Name>(x))
                m_addressTaken.push_back(object(nm));
        } else if (const auto *sel = as<SelectorExpr>(n)) {
            const Selection *s = m_info.selection(sel->id);
            const Expr *x = sel->x;
            while (const auto *p = as<ParenExpr>(x))
                x = p->x;
            if (s && s->needsAddress)
                if (const auto *nm = as<Name>(x))
                    m_addressTaken.push_back(object(nm));
        }
    }
    declareFunctions();
    for (const Decl *d : m_tree.file()->decls)
        if (const auto *fd = as<FuncDecl>(d); fd && fd->body) {
            m_topName = funcName(object(fd->name));
            compileFunction(m_funcs.at(object(fd->name)), fd->type, fd->recv, fd->body, nullptr);
        }
    compileInit();
}

void Compiler::declareFunctions()
{
    for (const Decl *d : m_tree.file()->decls) {
        if (const auto *fd = as<FuncDecl>(d)) {
            const Object *obj = object(fd->name);
            auto fn = std::make_unique<Function>();
            fn->name = funcName(obj);
            fn->declPos = fd->pos;
            fn->pointerRecv = obj->m_pointerRecv;
            m_funcs[obj] = fn.get();
            if (fd->recv) {
                const go::Type *r = obj->type()->m_recv->type();
                const go::Type *base = r->kind() == TypeKind::Pointer ? r->m_elem : r;
                m_program.methods[{base->m_obj, obj->name()}] = fn.get();
            }
            m_program.functions.push_back(std::move(fn));
        } else if (const auto *vd = as<VarDecl>(d)) {
            for (const go::Name *n : vd->names) {
                const Object *obj = object(n);
                if (!obj || obj->name() == QLatin1String("_"))
                    continue;
                m_globals[obj] = int(m_program.globalTypes.size());
                m_program.globalTypes.push_back(obj->type());
            }
        }
    }
}

bool Compiler::escapes(const Object *obj) const
{
    return obj->m_captured || std::find(m_addressTaken.begin(), m_addressTaken.end(), obj) != m_addressTaken.end();
}

Function *Compiler::compileFunction(Function *fn, const FuncType *ft, const Field *recv, const BlockStmt *body,
                                    const FuncLit *lit)
{
    FuncState state;
    state.fn = fn;
    state.outer = m_f;
    m_f = &state;
    m_pos = fn->declPos;
    std::vector<const Object *> params;
    if (recv)
        params.push_back(recv->name ? object(recv->name) : nullptr);
    for (const Field *p : ft->params)
        params.push_back(p->name ? object(p->name) : nullptr);
    fn->params = int(params.size());
    fn->regs = fn->params;
    std::vector<const Object *> results;
    for (const Field *r : ft->results)
        results.push_back(r->name ? object(r->name) : nullptr);
    const go::Type *sig = lit ? type(lit) : nullptr;
    (void)sig;
    std::vector<int> resultRegs;
    for (std::size_t i = 0; i < results.size(); ++i)
        resultRegs.push_back(reg());
    if (lit) {
        const std::vector<Object *> caps = m_info.captures(lit->id);
        for (std::size_t i = 0; i < caps.size(); ++i) {
            const int r = reg();
            add(Op::LoadCapture, r, int(i));
            m_f->vars[caps[i]] = Var{r, !Heap::isAggregate(caps[i]->type())};
        }
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Object *p = params[i];
        if (!p || p->name() == QLatin1String("_"))
            continue;
        if (escapes(p) && !Heap::isAggregate(p->type())) {
            const int r = reg();
            add(Op::NewScalar, r, int(i), 0, 0, p->type());
            m_f->vars[p] = Var{r, true};
        } else {
            m_f->vars[p] = Var{int(i), false};
        }
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
        const Object *r = results[i];
        const go::Type *t = r ? r->type() : ft->results[i]->type ? type(ft->results[i]->type) : nullptr;
        add(Op::Zero, resultRegs[i], 0, 0, 0, t);
        m_f->resultTypes.push_back(t);
        const bool boxed = r && escapes(r) && !Heap::isAggregate(t);
        if (boxed)
            add(Op::NewScalar, resultRegs[i], resultRegs[i], 0, 0, t);
        if (r && r->name() != QLatin1String("_"))
            m_f->vars[r] = Var{resultRegs[i], boxed};
        fn->results.push_back(ResultSlot{resultRegs[i], boxed});
    }
    block(body->list);
    m_pos = body->rbrace;
    add(Op::Ret);
    m_f = state.outer;
    return fn;
}

void Compiler::compileInit()
{
    auto fn = std::make_unique<Function>();
    fn->name = "runtime.main";
    FuncState state;
    state.fn = fn.get();
    m_f = &state;
    m_topName = "main.init";
    for (const Decl *d : m_tree.file()->decls)
        if (const auto *vd = as<VarDecl>(d))
            varDecl(vd);
    for (const Decl *d : m_tree.file()->decls)
        if (const auto *fd = as<FuncDecl>(d); fd && !fd->recv && fd->name->value == "init")
            add(Op::Call, 0, 0, 0, 0, m_funcs.at(object(fd->name)));
    for (const Decl *d : m_tree.file()->decls)
        if (const auto *fd = as<FuncDecl>(d); fd && !fd->recv && fd->name->value == "main") {
            m_pos = fd->pos;
            add(Op::Call, 0, 0, 0, 0, m_funcs.at(object(fd->name)));
        }
    add(Op::Ret);
    m_program.init = fn.get();
    m_program.functions.push_back(std::move(fn));
    m_f = nullptr;
}

const Expr *Compiler::unparen(const Expr *e)
{
    while (const auto *p = as<ParenExpr>(e))
        e = p->x;
    return e;
}

std::vector<const Expr *> Compiler::exprList(const Expr *e)
{
    if (!e)
        return {};
    if (const auto *l = as<ListExpr>(e))
        return {l->elems.begin(), l->elems.end()};
    return {e};
}

void Compiler::closeBreakable(const std::vector<int> &ends)
{
    Loop loop = std::move(m_f->loops.back());
    m_f->loops.pop_back();
    for (int j : ends)
        patch(j);
    for (int j : loop.breaks)
        patch(j);
    for (int j : loop.continues)
        m_f->loops.back().continues.push_back(j);
}

int Compiler::reg(int n)
{
    const int r = m_f->fn->regs;
    m_f->fn->regs += n;
    return r;
}

int Compiler::add(Op op, int a, int b, int c, std::int64_t k, const void *p)
{
    Instr ins;
    ins.op = op;
    ins.a = a;
    ins.b = b;
    ins.c = c;
    ins.k = k;
    ins.p = p;
    ins.pos = m_pos;
    m_f->fn->code.push_back(ins);
    return int(m_f->fn->code.size()) - 1;
}

int Compiler::loadK(Word w)
{
    const int r = reg();
    add(Op::LoadK, r, 0, 0, std::int64_t(w));
    return r;
}

int Compiler::loadStr(const std::string &s)
{
    return loadK(s.empty() ? 0 : word(m_program.constants->str(s)));
}

} // namespace cacophony::gorun
