// Goroutines and channels: the VM's side of the scheduler's primitives. A primitive that
// parks leaves the goroutine's pc after the instruction and says where its result goes
// (GoState::resume); applyResume puts Goroutine::resume there when it runs again.
#include "gorun/vm/Machine.h"
#include "gorun/vm/ChanObj.h"

#include <cstdio>

#include "gorun/sched/Chan.h"
#include "gorun/sched/Scheduler.h"
#include "gorun/sched/Select.h"

#include "go/types/Object.h"
#include "go/types/Package.h"
#include "go/types/Packages.h"
#include "go/types/Scope.h"
#include "go/types/Type.h"

namespace cacophony::gorun {

namespace {

Chan *chanOf(Word w) { return w ? &obj<ChanObj>(w)->chan : nullptr; }

bool isRef(const go::Type *t)
{
    const go::Type *u = t->underlying();
    return !(u->kind() == go::TypeKind::Basic && !u->isString());
}

} // namespace

std::size_t chanLen(Word w, bool cap)
{
    const Chan *c = chanOf(w);
    return !c ? 0 : cap ? c->cap() : c->len();
}

void Machine::applyResume(GoState &g)
{
    const GoStateResume kind = g.resume;
    g.resume = GoStateResume::None;
    if (kind == GoStateResume::None || g.frames.empty())
        return;
    Frame &f = g.frames.back();
    Word *r = g.regs.data() + f.base;
    const Word *res = g.g->resume;
    switch (kind) {
    case GoStateResume::Recv:
        r[g.resumeReg] = res[1] && g.timeChan ? timeValue(res[0]) : res[0];
        r[g.resumeReg + 1] = res[1];
        break;
    case GoStateResume::Value:
        r[g.resumeReg] = res[0];
        break;
    case GoStateResume::Send:
        if (!res[1])
            raise(g, runtimeError(Chan::kSendOnClosed, false));
        break;
    case GoStateResume::Select: {
        const int index = selectedCase(*g.g);
        const bool ok = selectedOk(*g.g);
        r[g.resumeReg] = Word(index);
        const auto *sdesc = static_cast<const SelectDesc *>(f.fn->code[f.pc - 1].p);
        const Word chw = r[sdesc->cases[std::size_t(index)].chanReg];
        r[g.resumeReg + 1] = ok && chw && obj<ChanObj>(chw)->timeValues ? timeValue(res[1]) : res[1];
        r[g.resumeReg + 2] = ok;
        const auto *desc = static_cast<const SelectDesc *>(f.fn->code[f.pc - 1].p);
        if (desc->cases[std::size_t(index)].isSend && !ok)
            raise(g, runtimeError(Chan::kSendOnClosed, false));
        break;
    }
    default:
        break;
    }
}

bool Machine::spawn(GoState &g, const Instr &c, const Word *r)
{
    const Frame &f = g.frames.back();
    auto *s = new GoState;
    const Function *fn = nullptr;
    const FuncObj *closure = nullptr;
    std::vector<Word> args(r + c.a, r + c.a + c.b);
    if (c.op == Op::Call) {
        fn = static_cast<const Function *>(c.p);
    } else if (c.op == Op::CallClosure) {
        closure = obj<FuncObj>(r[c.k]);
        if (!closure) {
            delete s;
            throw RuntimeError{"invalid memory address or nil pointer dereference"};
        }
        fn = closure->fn;
        if (closure->bound)
            args.insert(args.begin(), closure->captures[0]);
    } else {
        delete s;
        throw FatalError{"go statement of this call is not supported yet"};
    }
    call(*s, fn, closure, args.data(), int(args.size()), 0, 0, FrameKind::Normal);
    char off[32];
    std::snprintf(off, sizeof off, " +0x%zx", (f.pc - 2) * 4);
    s->createdBy = "created by " + f.fn->name + "\n\t" + sourceLine(c.pos) + off + "\n";
    g.g->pos = posId(c.pos);
    Goroutine *ng = m_scheduler->spawn(g.g, s, QString::fromStdString(fn->name));
    m_spawned.fetch_add(1, std::memory_order_relaxed);
    if (!ng) {
        delete s;
        g.parked = true; // the goroutine limit: the scheduler ends the run
        return false;
    }
    return true;
}

namespace {

// The instruction parked g: it goes on after it when g runs again, with this result.
bool parkAfter(GoState &g, Frame &f, GoStateResume resume, int reg = 0)
{
    ++f.pc;
    g.resume = resume;
    g.resumeReg = reg;
    g.parked = true;
    return false;
}

} // namespace

bool Machine::chanOp(GoState &g, Frame &f, const Instr &ins, Word *r)
{
    Scheduler &sched = *m_scheduler;
    Goroutine &gr = *g.g;
    gr.pos = posId(ins.pos);
    if (ins.op == Op::Send || ins.op == Op::Recv || ins.op == Op::Select || ins.op == Op::Close)
        m_chanOps.fetch_add(1, std::memory_order_relaxed);
    switch (ins.op) {
    case Op::MakeChan: {
        const std::int64_t cap = ins.b < 0 ? 0 : std::int64_t(r[ins.b]);
        if (cap < 0 || cap > (std::int64_t(1) << 32))
            throw RuntimeError{"makechan: size out of range", false};
        const auto *elem = static_cast<const go::Type *>(ins.p);
        r[ins.a] = word(m_heap.make<ChanObj>(std::size_t(cap) * 8, sched, std::size_t(cap), isRef(elem)));
        break;
    }
    case Op::Send: {
        Chan *c = chanOf(r[ins.a]);
        if (!c) {
            sched.parkForever(gr, WaitReason::ChanSendNil);
            return parkAfter(g, f, GoStateResume::None);
        }
        switch (c->send(gr, r[ins.b])) {
        case OpResult::Done: break;
        case OpResult::Park:
            return parkAfter(g, f, GoStateResume::Send);
        default:
            raise(g, runtimeError(Chan::kSendOnClosed, false));
            return false;
        }
        break;
    }
    case Op::Recv: {
        Chan *c = chanOf(r[ins.b]);
        if (!c) {
            sched.parkForever(gr, WaitReason::ChanReceiveNil);
            return parkAfter(g, f, GoStateResume::None);
        }
        Word out = 0;
        bool ok = false;
        const bool times = obj<ChanObj>(r[ins.b])->timeValues;
        if (c->recv(gr, out, ok) == OpResult::Park) {
            g.timeChan = times;
            return parkAfter(g, f, GoStateResume::Recv, ins.a);
        }
        r[ins.a] = ok && times ? timeValue(out) : out;
        r[ins.a + 1] = ok;
        break;
    }
    case Op::Close: {
        Chan *c = chanOf(r[ins.a]);
        if (!c)
            throw RuntimeError{"close of nil channel", false};
        if (c->close(gr) != OpResult::Done)
            throw RuntimeError{Chan::kCloseOfClosed, false};
        break;
    }
    case Op::Select: {
        const auto *desc = static_cast<const SelectDesc *>(ins.p);
        std::vector<SelectCase> cases;
        for (const SelectDesc::Case &c : desc->cases)
            cases.push_back(SelectCase{chanOf(r[c.chanReg]), c.isSend, c.isSend ? r[c.valueReg] : 0});
        int chosen = -1;
        Word received = 0;
        bool ok = false;
        switch (Select::select(sched, gr, cases, desc->hasDefault, chosen, received, ok)) {
        case OpResult::Done:
            r[ins.a] = Word(std::int64_t(chosen));
            r[ins.a + 1] = chosen >= 0 && ok && !cases[std::size_t(chosen)].isSend
                    && obj<ChanObj>(r[desc->cases[std::size_t(chosen)].chanReg])->timeValues
                ? timeValue(received) : received;
            r[ins.a + 2] = ok;
            break;
        case OpResult::Park:
            return parkAfter(g, f, GoStateResume::Select, ins.a);
        default:
            raise(g, runtimeError(Chan::kSendOnClosed, false));
            return false;
        }
        break;
    }
    case Op::Go: {
        const Instr &c = f.fn->code[f.pc + 1];
        f.pc += 2;
        return spawn(g, c, r);
    }
    default:
        throw FatalError{"unknown instruction"};
    }
    ++f.pc;
    return true;
}

Word Machine::timeValue(Word runNs)
{
    static const go::Type *timeType = go::Packages::instance().package(QStringLiteral("time"))->scope()->lookup(QStringLiteral("Time"))->type();
    BoxObj *b = obj<BoxObj>(m_heap.zero(timeType));
    b->set(0, Word(m_scheduler->clock().unixStartNs() + std::int64_t(runNs)));
    return word(b);
}

} // namespace cacophony::gorun
