#include "gorun/vm/Machine.h"

#include "gorun/sched/Scheduler.h"

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

void Machine::stop()
{
    std::lock_guard lock(m_schedulerMutex); // run() may be creating the scheduler right now
    m_stop.store(true, std::memory_order_relaxed);
    if (Scheduler *s = m_scheduler.get())
        s->stop();
}

std::uint64_t Machine::random64()
{
    std::lock_guard lock(m_randomMutex);
    return m_random();
}

void Machine::reseed(std::uint64_t seed)
{
    std::lock_guard lock(m_randomMutex);
    m_random.seed(seed);
}

void Machine::end(End end, int status)
{
    {
        std::lock_guard lock(m_endMutex);
        if (m_ended)
            return;
        m_ended = true;
        m_end = end;
        m_exitCode = status;
    }
    m_scheduler->exit(status, end == End::Finished || end == End::Exited ? RunEnd::Finished
                              : end == End::Stopped || end == End::Budget ? RunEnd::Stopped : RunEnd::Panicked);
}

int Machine::run()
{
    Scheduler::Options so;
    so.gomaxprocs = m_options.gomaxprocs;
    so.seed = m_options.seed;
    so.deterministic = m_options.deterministic;
    so.tracer = m_options.trace ? &m_options.trace->tracer() : nullptr;
    {
        std::lock_guard lock(m_schedulerMutex);
        m_scheduler = std::make_unique<Scheduler>(*this, so);
    }
    auto *main = new GoState;
    try {
        m_globals = m_heap.box(nullptr, m_program.globalTypes.size(), false);
        for (std::size_t i = 0; i < m_program.globalTypes.size(); ++i)
            m_globals->set(i, m_heap.zero(m_program.globalTypes[i]));
    } catch (const FatalError &e) {
        write(true, "fatal error: " + e.message + "\n");
        delete main;
        return 2;
    }
    call(*main, m_program.init, nullptr, nullptr, 0, 0, 0, FrameKind::Normal);
    Goroutine *g = m_scheduler->spawn(nullptr, main, QStringLiteral("main.main"));
    main->g = g;
    if (m_stop.load())
        m_scheduler->stop();
    const int status = m_scheduler->run(g);
    if (m_options.trace)
        m_options.trace->flush(m_scheduler->clock().now());
    m_scheduler->forEachGoroutine([](Goroutine &other) {
        delete static_cast<GoState *>(other.vm);
        other.vm = nullptr;
    });
    std::lock_guard lock(m_endMutex);
    if (!m_ended) {
        const RunEnd re = m_scheduler->runEnd();
        m_end = re == RunEnd::Stopped ? End::Stopped : re == RunEnd::Deadlocked || re == RunEnd::Panicked ? End::Fatal : End::Finished;
        if (m_stop.load())
            m_end = End::Stopped;
        m_exitCode = status;
    }
    switch (m_end) {
    case End::Finished: return 0;
    case End::Exited: return m_exitCode;
    case End::Stopped: return 130;
    case End::Budget: return 3;
    default: return 2;
    }
}

Executor::Step Machine::run(Goroutine &g, Worker &w)
{
    auto *s = static_cast<GoState *>(g.vm);
    s->g = &g;
    s->worker = &w;
    applyResume(*s);
    const Step step = execute(*s);
    if (step == Step::Exit) {
        g.failed = s->dead;
        delete s;
        g.vm = nullptr;
    }
    return step;
}

void Machine::fatal(std::string_view firstLine)
{
    std::string text = "fatal error: " + std::string(firstLine) + "\n";
    GoState *failing = m_failing.load();
    if (failing && !failing->frames.empty())
        text += "\n" + traceback(*failing, "running", true);
    m_scheduler->forEachGoroutine([&](Goroutine &g) {
        auto *s = static_cast<GoState *>(g.vm);
        if (!s || s == failing || s->frames.empty())
            return;
        const char *reason = waitReasonName(g.waitReason);
        text += "\n" + traceback(*s, *reason ? reason : "runnable", true);
    });
    write(true, text);
    std::lock_guard lock(m_endMutex);
    if (!m_ended) {
        m_ended = true;
        m_end = End::Fatal;
        m_exitCode = 2;
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
        return;
    }
    Frame &caller = g.frames.back();
    switch (kind) {
    case FrameKind::Normal:
        for (int i = 0; i < count && std::size_t(i) < n; ++i)
            g.regs[caller.base + std::size_t(dst + i)] = res[i];
        break;
    case FrameKind::Callback:
        caller.callbacks.push_back(n > 0 && res[0] ? obj<StrObj>(res[0])->s : std::string());
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

RunEnd Machine::runEnd() const
{
    return m_scheduler ? m_scheduler->runEnd() : RunEnd::Unknown;
}

void Machine::write(bool toStderr, std::string_view text, const Goroutine *g)
{
    if (m_options.write)
        m_options.write(toStderr, text);
    if (m_options.trace)
        m_options.trace->output(g ? g->task : 0, g ? g->pos : 0, m_scheduler->clock().now(), toStderr, text);
}

void Machine::tracePanic(GoState &g, Word value, bool recovered)
{
    if (!m_options.trace || !g.g)
        return;
    if (!g.frames.empty()) {
        const Frame &f = g.frames.back();
        if (!f.fn->code.empty())
            g.g->pos = posId(f.fn->code[std::min(f.pc, f.fn->code.size() - 1)].pos);
    }
    m_options.trace->panic(g.g->task, g.g->pos, m_scheduler->clock().now(), panicValueText(value), recovered);
}

void Machine::raise(GoState &g, Word value)
{
    tracePanic(g, value, false);
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
    write(true, text, g.g);
    g.dead = true;
    end(End::Panicked, 2);
}

void Machine::fatal(GoState &g, const std::string &message)
{
    if (message == "stack overflow")
        write(true, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    GoState *none = nullptr;
    m_failing.compare_exchange_strong(none, &g);
    g.parked = true; // the scheduler ends the run and reports through fatal(firstLine)
    m_scheduler->fatal(g.g, message);
}

std::string Machine::sourceLine(int pos) const
{
    const go::Source &src = *m_program.source;
    return QFileInfo(src.fileName()).absoluteFilePath().toStdString() + ":" + std::to_string(src.position(pos).line);
}

std::string Machine::traceback(const GoState &g, const char *state, bool topAdvanced) const
{
    std::string s = "goroutine " + std::to_string(g.g ? g.g->goid : 1) + " [" + state + "]:\n";
    for (auto it = g.frames.rbegin(); it != g.frames.rend(); ++it) {
        if (it->fn == m_program.init)
            continue;
        // A caller's pc is past its call; so is a parked goroutine's.
        const bool advanced = it != g.frames.rbegin() || topAdvanced;
        const std::size_t pc = std::min(advanced && it->pc > 0 ? it->pc - 1 : it->pc, it->fn->code.size() - 1);
        char off[32];
        std::snprintf(off, sizeof off, " +0x%zx", pc * 4);
        s += it->fn->name + "(...)\n\t" + sourceLine(it->fn->code[pc].pos) + off + "\n";
    }
    return s + g.createdBy;
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
