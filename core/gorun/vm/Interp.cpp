// The dispatch loop: the hot instructions inline, the rest in InterpSlow.cpp. Every call
// pushes a Frame and restarts the loop on it; nothing of a goroutine stays on the C++ stack.
#include "gorun/vm/Machine.h"

#include "gorun/sched/Worker.h"

#include <cmath>
#include <cstring>

namespace cacophony::gorun {

namespace {

std::int64_t sx(Word w) { return std::int64_t(w); }

} // namespace

Machine::Step Machine::execute(GoState &g)
{
    for (;;) {
        if (g.frames.empty() || g.dead)
            return Step::Exit;
        if (g.parked) {
            g.parked = false;
            return Step::Park;
        }
        try {
            Frame *f = &g.frames.back();
            Word *r = g.regs.data() + f->base;
            const Instr *code = f->fn->code.data();
            for (;;) {
                const Instr &ins = code[f->pc];
                switch (ins.op) {
                case Op::Nop: break;
                case Op::Move: r[ins.a] = r[ins.b]; break;
                case Op::LoadK: r[ins.a] = Word(ins.k); break;
                case Op::AddI: r[ins.a] = r[ins.b] + r[ins.c]; break;
                case Op::SubI: r[ins.a] = r[ins.b] - r[ins.c]; break;
                case Op::MulI: r[ins.a] = r[ins.b] * r[ins.c]; break;
                case Op::DivS:
                case Op::RemS: {
                    const std::int64_t x = sx(r[ins.b]), y = sx(r[ins.c]);
                    if (y == 0)
                        throw RuntimeError{"integer divide by zero"};
                    if (y == -1) // MinInt / -1 wraps in Go; in C++ it would trap
                        r[ins.a] = ins.op == Op::DivS ? Word(0) - Word(x) : 0;
                    else
                        r[ins.a] = Word(ins.op == Op::DivS ? x / y : x % y);
                    break;
                }
                case Op::DivU:
                case Op::RemU:
                    if (r[ins.c] == 0)
                        throw RuntimeError{"integer divide by zero"};
                    r[ins.a] = ins.op == Op::DivU ? r[ins.b] / r[ins.c] : r[ins.b] % r[ins.c];
                    break;
                case Op::And: r[ins.a] = r[ins.b] & r[ins.c]; break;
                case Op::Or: r[ins.a] = r[ins.b] | r[ins.c]; break;
                case Op::Xor: r[ins.a] = r[ins.b] ^ r[ins.c]; break;
                case Op::AndNot: r[ins.a] = r[ins.b] & ~r[ins.c]; break;
                case Op::Shl:
                case Op::ShrS:
                case Op::ShrU: {
                    const Word n = r[ins.c];
                    if (ins.k && sx(n) < 0)
                        throw RuntimeError{"negative shift amount"};
                    const Word x = r[ins.b];
                    if (ins.op == Op::Shl)
                        r[ins.a] = n >= 64 ? 0 : x << n;
                    else if (ins.op == Op::ShrU)
                        r[ins.a] = n >= 64 ? 0 : x >> n;
                    else
                        r[ins.a] = Word(sx(x) >> (n >= 64 ? 63 : n));
                    break;
                }
                case Op::NegI: r[ins.a] = Word(0) - r[ins.b]; break;
                case Op::BitNot: r[ins.a] = ~r[ins.b]; break;
                case Op::Not: r[ins.a] = r[ins.b] ? 0 : 1; break;
                case Op::Wrap: {
                    const int sh = 64 - int(ins.k);
                    r[ins.a] = ins.c ? Word(sx(r[ins.b] << sh) >> sh) : (r[ins.b] << sh) >> sh;
                    break;
                }
                case Op::AddF: r[ins.a] = fromFloat(asFloat(r[ins.b]) + asFloat(r[ins.c])); break;
                case Op::SubF: r[ins.a] = fromFloat(asFloat(r[ins.b]) - asFloat(r[ins.c])); break;
                case Op::MulF: r[ins.a] = fromFloat(asFloat(r[ins.b]) * asFloat(r[ins.c])); break;
                case Op::DivF: r[ins.a] = fromFloat(asFloat(r[ins.b]) / asFloat(r[ins.c])); break;
                case Op::NegF: r[ins.a] = fromFloat(-asFloat(r[ins.b])); break;
                case Op::EqW: r[ins.a] = r[ins.b] == r[ins.c]; break;
                case Op::NeW: r[ins.a] = r[ins.b] != r[ins.c]; break;
                case Op::LtS: r[ins.a] = sx(r[ins.b]) < sx(r[ins.c]); break;
                case Op::LeS: r[ins.a] = sx(r[ins.b]) <= sx(r[ins.c]); break;
                case Op::LtU: r[ins.a] = r[ins.b] < r[ins.c]; break;
                case Op::LeU: r[ins.a] = r[ins.b] <= r[ins.c]; break;
                case Op::EqF: r[ins.a] = asFloat(r[ins.b]) == asFloat(r[ins.c]); break;
                case Op::NeF: r[ins.a] = asFloat(r[ins.b]) != asFloat(r[ins.c]); break;
                case Op::LtF: r[ins.a] = asFloat(r[ins.b]) < asFloat(r[ins.c]); break;
                case Op::LeF: r[ins.a] = asFloat(r[ins.b]) <= asFloat(r[ins.c]); break;
                case Op::Jmp:
                    f->pc = std::size_t(ins.k);
                    if (f->pc <= std::size_t(&ins - code)) { // a back-edge: the preemption point
                        if (m_options.instructionBudget && ++m_executed > m_options.instructionBudget) {
                            end(End::Budget, 3);
                            return Step::Yield;
                        }
                        if (g.worker->preemptRequested())
                            return Step::Yield;
                    }
                    continue;
                case Op::JmpIf:
                    if (r[ins.a]) {
                        f->pc = std::size_t(ins.k);
                        continue;
                    }
                    break;
                case Op::JmpIfNot:
                    if (!r[ins.a]) {
                        f->pc = std::size_t(ins.k);
                        continue;
                    }
                    break;
                case Op::LoadCell: {
                    const BoxObj *b = obj<BoxObj>(r[ins.b]);
                    if (!b)
                        throw RuntimeError{"invalid memory address or nil pointer dereference"};
                    r[ins.a] = b->get(std::size_t(ins.k));
                    break;
                }
                case Op::StoreCell: {
                    BoxObj *b = obj<BoxObj>(r[ins.a]);
                    if (!b)
                        throw RuntimeError{"invalid memory address or nil pointer dereference"};
                    b->set(std::size_t(ins.k), r[ins.b]);
                    break;
                }
                case Op::LoadRef: {
                    const RefObj *p = obj<RefObj>(r[ins.b]);
                    if (!p)
                        throw RuntimeError{"invalid memory address or nil pointer dereference"};
                    r[ins.a] = p->box->get(p->index);
                    break;
                }
                case Op::StoreRef: {
                    const RefObj *p = obj<RefObj>(r[ins.a]);
                    if (!p)
                        throw RuntimeError{"invalid memory address or nil pointer dereference"};
                    p->box->set(p->index, r[ins.b]);
                    break;
                }
                case Op::Call: {
                    ++f->pc;
                    if (g.worker->preemptRequested()) {
                        --f->pc; // the call runs when the goroutine runs again
                        return Step::Yield;
                    }
                    call(g, static_cast<const Function *>(ins.p), nullptr, r + ins.a, ins.b, ins.c, int(ins.k == 0 ? 8 : ins.k),
                         FrameKind::Normal);
                    goto reload;
                }
                case Op::Ret:
                    doReturn(g);
                    goto reload;
                default:
                    if (!slowOp(g, *f, ins, r))
                        goto reload;
                    continue; // slowOp moved the pc
                }
                ++f->pc;
            }
        } catch (const RuntimeError &e) {
            raise(g, runtimeError(e.message, e.runtimePrefix));
        } catch (const FatalError &e) {
            fatal(g, e.message);
            g.parked = false;
            return Step::Park; // the run ends; the report walks this goroutine's frames
        }
    reload:;
    }
}

} // namespace cacophony::gorun
