#include "gorun/vm/Machine.h"

#include "go/syntax/Source.h"
#include "go/types/Lookup.h"
#include "go/types/Type.h"

#include <QFileInfo>

#include <cstdio>

namespace cacophony::gorun {

namespace {

// Frames and registers a goroutine may hold before "stack overflow" (Go's limit is 1 GB of
// stack; ours counts the VM's own bytes).
constexpr std::size_t kMaxStackBytes = std::size_t(256) << 20;

} // namespace

Machine::Machine(const Program &program, Options options)
    : m_program(program), m_options(std::move(options)), m_heap(m_options.memoryLimit), m_random(m_options.seed)
{
}

Machine::~Machine() = default;

int Machine::run()
{
    GoState g;
    try {
        m_globals = m_heap.box(nullptr, m_program.globalTypes.size(), false);
        for (std::size_t i = 0; i < m_program.globalTypes.size(); ++i)
            m_globals->set(i, m_heap.zero(m_program.globalTypes[i]));
    } catch (const FatalError &e) {
        fatal(g, e.message);
        return 2;
    }
    call(g, m_program.init, nullptr, nullptr, 0, 0, 0, FrameKind::Normal);
    while (!m_done && execute(g) == Step::Yield) {
    }
    switch (m_end) {
    case End::Finished: return 0;
    case End::Exited: return m_exitCode;
    case End::Stopped: return 130;
    case End::Budget: return 3;
    default: return 2;
    }
}

void Machine::call(GoState &g, const Function *fn, const FuncObj *closure, const Word *args, int nargs, int retDst,
                   int retCount, FrameKind kind)
{
    const std::size_t base = g.frames.empty() ? 0 : g.frames.back().base + std::size_t(g.frames.back().fn->regs);
    const std::size_t need = base + std::size_t(fn->regs);
    if (need * sizeof(Word) + g.frames.size() * sizeof(Frame) > kMaxStackBytes)
        throw FatalError{"stack overflow"};
    // args may point into g.regs: copy them before the vector may move.
    Word tmp[16];
    std::vector<Word> big;
    const Word *src = args;
    if (nargs > 0) {
        Word *dst = nargs <= 16 ? tmp : (big.resize(std::size_t(nargs)), big.data());
        std::copy(args, args + nargs, dst);
        src = dst;
    }
    if (g.regs.size() < need)
        g.regs.resize(std::max(need, g.regs.size() * 2));
    std::fill(g.regs.begin() + std::ptrdiff_t(base), g.regs.begin() + std::ptrdiff_t(need), 0);
    std::copy(src, src + nargs, g.regs.begin() + std::ptrdiff_t(base));
    Frame f;
    f.fn = fn;
    f.closure = closure;
    f.base = base;
    f.retDst = retDst;
    f.retCount = retCount;
    f.kind = kind;
    g.frames.push_back(std::move(f));
}

void Machine::doReturn(GoState &g)
{
    Frame &f = g.frames.back();
    if (!f.defers.empty()) {
        DeferredCall d = std::move(f.defers.back());
        f.defers.pop_back();
        // f.pc stays on its Ret: after the deferred call, the return goes on.
        callInstr(g, d.call, nullptr, FrameKind::Deferred, &d);
        return;
    }
    Word results[8];
    std::vector<Word> many;
    Word *res = f.fn->results.size() <= 8 ? results : (many.resize(f.fn->results.size()), many.data());
    for (std::size_t i = 0; i < f.fn->results.size(); ++i) {
        const ResultSlot &s = f.fn->results[i];
        const Word w = g.regs[f.base + std::size_t(s.reg)];
        res[i] = s.boxed ? obj<BoxObj>(w)->get(0) : w;
    }
    const FrameKind kind = f.kind;
    const int dst = f.retDst, count = f.retCount;
    const std::size_t n = f.fn->results.size();
    g.frames.pop_back();
    if (g.frames.empty()) {
        if (kind == FrameKind::PanicMessage)
            printPanic(g, res[0] ? obj<StrObj>(res[0])->s : std::string());
        m_done = true;
        return;
    }
    Frame &caller = g.frames.back();
    switch (kind) {
    case FrameKind::Normal:
        for (int i = 0; i < count && std::size_t(i) < n; ++i)
            g.regs[caller.base + std::size_t(dst + i)] = res[i];
        break;
    case FrameKind::Callback:
        caller.callbacks.push_back(res[0] ? obj<StrObj>(res[0])->s : std::string());
        break;
    case FrameKind::PanicDefer:
        if (!g.panics.empty() && g.panics.back().recovered) {
            g.panics.pop_back();
            doReturn(g); // the deferring function returns normally
        } else {
            unwind(g);
        }
        break;
    default:
        break;
    }
}

void Machine::raise(GoState &g, Word value)
{
    g.panics.push_back(PanicRecord{value, false, traceback(g)});
    unwind(g);
}

// Runs the deferred calls of the innermost frame, frame by frame, until one recovers or the
// goroutine has no frames left.
void Machine::unwind(GoState &g)
{
    while (!g.frames.empty()) {
        Frame &f = g.frames.back();
        if (!f.defers.empty()) {
            DeferredCall d = std::move(f.defers.back());
            f.defers.pop_back();
            callInstr(g, d.call, nullptr, FrameKind::PanicDefer, &d);
            return;
        }
        g.frames.pop_back();
    }
    // Unrecovered: the report, with Error() or String() of the value when it has one.
    const Word v = g.panics.back().value;
    for (const char *m : {"Error", "String"})
        if (const Function *fn = methodOf(v, m)) {
            Instr ins;
            ins.op = Op::CallIface;
            const Word recv = v;
            callIface(g, ins, recv, nullptr, 0, FrameKind::PanicMessage);
            (void)fn;
            return;
        }
    printPanic(g, panicValueText(v));
    m_done = true;
}

void Machine::printPanic(GoState &g, const std::string &message)
{
    std::string text;
    for (std::size_t i = 0; i + 1 < g.panics.size(); ++i)
        text += "panic: " + panicValueText(g.panics[i].value) + (g.panics[i].recovered ? " [recovered]" : "") + "\n\t";
    text += "panic: " + message;
    const Word v = g.panics.back().value;
    if (v && obj<IfaceObj>(v)->type == Heap::runtimeErrorType()
        && message.find("nil pointer dereference") != std::string::npos)
        text += "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
    text += "\n\n" + g.panics.back().traceback;
    write(true, text);
    m_end = End::Panicked;
}

void Machine::fatal(GoState &g, const std::string &message)
{
    std::string text;
    if (message == "stack overflow")
        text = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
    text += "fatal error: " + message + "\n";
    if (!g.frames.empty())
        text += "\n" + traceback(g);
    write(true, text);
    m_end = End::Fatal;
    m_done = true;
}

std::string Machine::sourceLine(int pos) const
{
    const go::Source &src = *m_program.source;
    return QFileInfo(src.fileName()).absoluteFilePath().toStdString() + ":" + std::to_string(src.position(pos).line);
}

std::string Machine::traceback(const GoState &g) const
{
    std::string s = "goroutine " + std::to_string(g.goid) + " [running]:\n";
    for (auto it = g.frames.rbegin(); it != g.frames.rend(); ++it) {
        if (it->fn == m_program.init)
            continue;
        const std::size_t pc = std::min(it->pc, it->fn->code.size() - 1);
        char off[32];
        std::snprintf(off, sizeof off, " +0x%zx", pc * 4);
        s += it->fn->name + "(...)\n\t" + sourceLine(it->fn->code[pc].pos) + off + "\n";
    }
    return s;
}

Word Machine::runtimeError(const std::string &message, bool prefixed)
{
    return word(m_heap.make<IfaceObj>(0, Heap::runtimeErrorType(), m_heap.strWord((prefixed ? "runtime error: " : "") + message)));
}

const Function *Machine::methodOf(Word iface, const char *name) const
{
    if (!iface)
        return nullptr;
    return m_program.method(obj<IfaceObj>(iface)->type, QString::fromLatin1(name));
}

} // namespace cacophony::gorun
