// Calls: closures, interface methods, natives, defer; panic values' text.
#include "gorun/vm/Machine.h"

#include "gorun/lib/Natives.h"

#include "gorun/vm/TypeName.h"
#include "go/types/Lookup.h"
#include "go/types/Type.h"

namespace cacophony::gorun {

using go::TypeKind;

bool Machine::callInstr(GoState &g, const Instr &ins, const Word *r, FrameKind kind, const DeferredCall *d)
{
    const Word *args = d ? d->args.data() : r + ins.a;
    const int retCount = kind == FrameKind::Normal ? (1 << 30) : 0;
    switch (ins.op) {
    case Op::Call:
        call(g, static_cast<const Function *>(ins.p), nullptr, args, ins.b, ins.c, retCount, kind);
        return false;
    case Op::CallClosure: {
        const Word fw = d ? d->callee : r[ins.k];
        const FuncObj *fo = obj<FuncObj>(fw);
        if (!fo)
            throw RuntimeError{"invalid memory address or nil pointer dereference"};
        if (fo->bound) {
            std::vector<Word> all{fo->captures[0]};
            all.insert(all.end(), args, args + ins.b);
            call(g, fo->fn, fo, all.data(), int(all.size()), ins.c, retCount, kind);
        } else {
            call(g, fo->fn, fo, args, ins.b, ins.c, retCount, kind);
        }
        return false;
    }
    case Op::CallIface:
        return callIface(g, ins, d ? d->callee : r[ins.k], args + 1, ins.b - 1, kind);
    case Op::CallNative: {
        // A deferred native: run it now, on scratch registers; then the return (or the panic)
        // of the deferring frame goes on.
        std::vector<Word> regs(args, args + ins.b);
        regs.resize(std::size_t(ins.b) + 8);
        Instr local = ins;
        local.a = 0;
        local.c = ins.b;
        const std::size_t depth = g.frames.size();
        const std::size_t pc = g.frames.back().pc;
        callNative(g, local, regs.data());
        if (g.dead || g.parked || g.frames.size() != depth)
            return false;
        g.frames.back().pc = pc;
        g.frames.back().callbacks.clear();
        if (kind == FrameKind::PanicDefer)
            unwind(g);
        else
            doReturn(g);
        return false;
    }
    default:
        throw FatalError{"bad deferred call"};
    }
}

bool Machine::callIface(GoState &g, const Instr &ins, Word iface, const Word *args, int nargs, FrameKind kind)
{
    if (!iface)
        throw RuntimeError{"invalid memory address or nil pointer dereference"};
    const IfaceObj *i = obj<IfaceObj>(iface);
    const QString &name = ins.p ? *static_cast<const QString *>(ins.p)
                                : QString::fromLatin1(methodOf(iface, "Error") ? "Error" : "String");
    bool ptrRecv = false;
    const Function *fn = m_program.method(i->type, name, &ptrRecv);
    const int retCount = kind == FrameKind::Normal ? (1 << 30) : 0;
    if (!fn) {
        // errors.New's and runtime errors' values: Error() is their text.
        if (name == QLatin1String("Error") && (i->type == Heap::errorStringType() || i->type == Heap::runtimeErrorType())) {
            if (kind == FrameKind::Normal) {
                g.regs[g.frames.back().base + std::size_t(ins.c)] = i->value;
            } else if (kind == FrameKind::Callback) {
                g.frames.back().callbacks.push_back(i->value ? obj<StrObj>(i->value)->s : std::string());
            } else if (kind == FrameKind::PanicMessage) {
                printPanic(g, i->value ? obj<StrObj>(i->value)->s : std::string());
            }
            return true;
        }
        throw FatalError{"method " + name.toStdString() + " of " + runtimeTypeName(i->type)
                         + " is not implemented by the runtime"};
    }
    Word recv = i->value;
    const bool isPtr = i->type->underlying()->kind() == TypeKind::Pointer;
    if (!ptrRecv) {
        if (isPtr) {
            const go::Type *elem = i->type->underlying()->m_elem;
            if (!recv)
                throw RuntimeError{"invalid memory address or nil pointer dereference"};
            recv = Heap::isAggregate(elem) ? m_heap.copy(elem, recv) : obj<RefObj>(recv)->box->get(obj<RefObj>(recv)->index);
        } else {
            recv = m_heap.copy(i->type, recv);
        }
    }
    std::vector<Word> all{recv};
    all.insert(all.end(), args, args + nargs);
    call(g, fn, nullptr, all.data(), int(all.size()), ins.c, retCount, kind);
    return false;
}

bool Machine::callNative(GoState &g, const Instr &ins, Word *r)
{
    const Native *n = static_cast<const Native *>(ins.p);
    Frame &f = g.frames.back();
    NativeCall c{*this, r + ins.a, ins.b, r + ins.c, f.callbacks};
    c.g = g.g;
    c.pos = ins.pos;
    if (g.g)
        g.g->pos = posId(ins.pos);
    const NativeStatus status = n->fn(c);
    switch (status) {
    case NativeStatus::Done:
        f.callbacks.clear();
        ++f.pc;
        return true;
    case NativeStatus::Yield:
        f.callbacks.clear();
        ++f.pc;
        return true;
    case NativeStatus::Panic:
        f.callbacks.clear();
        raise(g, c.panicValue ? c.panicValue : runtimeError(c.panicMessage));
        return false;
    case NativeStatus::CallBack: {
        Instr m;
        m.op = Op::CallIface;
        static const QString kNames[] = {QStringLiteral("String"), QStringLiteral("Error")};
        if (c.callbackMethod.empty()) { // a func value, called without arguments (Once.Do)
            const FuncObj *fo = obj<FuncObj>(c.callbackValue);
            if (!fo)
                throw RuntimeError{"invalid memory address or nil pointer dereference"};
            call(g, fo->fn, fo, fo->bound ? fo->captures.data() : nullptr, fo->bound ? 1 : 0, 0, 0, FrameKind::Callback);
            return false;
        }
        m.p = c.callbackMethod == "Error" ? &kNames[1] : &kNames[0];
        callIface(g, m, c.callbackValue, nullptr, 0, FrameKind::Callback);
        return false;
    }
    case NativeStatus::Exit:
        g.dead = true;
        end(End::Exited, c.exitCode);
        return false;
    case NativeStatus::Park:
        f.callbacks.clear();
        ++f.pc;
        g.resume = c.resume;
        g.resumeReg = ins.c;
        g.parked = true;
        return false;
    case NativeStatus::Retry:
        g.parked = true; // the pc stays: the native runs again
        return false;
    case NativeStatus::Fatal:
        f.callbacks.clear();
        fatal(g, c.panicMessage);
        return false;
    }
    return true;
}

std::string Machine::panicValueText(Word v) const
{
    if (!v)
        return "nil";
    const IfaceObj *i = obj<IfaceObj>(v);
    const go::Type *t = i->type;
    const go::Type *u = t->underlying();
    if (t == Heap::runtimeErrorType() || t == Heap::errorStringType())
        return i->value ? obj<StrObj>(i->value)->s : std::string();
    std::string s;
    if (u->kind() == TypeKind::Basic) {
        if (u->isString())
            s = i->value ? obj<StrObj>(i->value)->s : std::string();
        else if (u->isBoolean())
            s = i->value ? "true" : "false";
        else if (u->isFloat()) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%+e", asFloat(i->value));
            s = buf;
            // Go's print: +1.500000e+000 (three exponent digits)
            const auto e = s.find('e');
            if (e != std::string::npos && s.size() - e == 4)
                s.insert(e + 2, "0");
        } else if (u->isUnsigned())
            s = std::to_string(i->value);
        else
            s = std::to_string(std::int64_t(i->value));
        if (t->isNamed())
            return runtimeTypeName(t) + "(" + (u->isString() ? "\"" + s + "\"" : s) + ")";
        return s;
    }
    return "(" + runtimeTypeName(t) + ") 0xc000012345";
}

} // namespace cacophony::gorun
