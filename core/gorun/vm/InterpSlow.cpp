// The instructions that allocate, check types or call: everything but the hot loop's.
#include "gorun/vm/Machine.h"

#include "gorun/vm/Utf8.h"
#include "gorun/vm/SliceGrowth.h"

#include "go/types/Lookup.h"
#include "go/types/Type.h"

#include <algorithm>
#include <cmath>

namespace cacophony::gorun {

using go::TypeKind;

namespace {

} // namespace

std::size_t chanLen(Word w, bool cap);

namespace {

[[noreturn]] void nilDeref() { throw RuntimeError{"invalid memory address or nil pointer dereference"}; }

void checkIndex(std::int64_t i, std::int64_t n)
{
    if (i < 0 || i >= n)
        throw RuntimeError{"index out of range [" + std::to_string(i) + "] with length " + std::to_string(n)};
}

std::string_view sv(Word w) { return w ? std::string_view(obj<StrObj>(w)->s) : std::string_view(); }

} // namespace

bool Machine::slowOp(GoState &g, Frame &f, const Instr &ins, Word *r)
{
    const auto *type = static_cast<const go::Type *>(ins.p);
    switch (ins.op) {
    case Op::Zero: r[ins.a] = m_heap.zero(type); break;
    case Op::Copy:
        if (!r[ins.b])
            nilDeref();
        r[ins.a] = m_heap.copy(type, r[ins.b]);
        break;
    case Op::CopyInto:
        if (!r[ins.a] || !r[ins.b])
            nilDeref();
        m_heap.copyInto(type, obj<BoxObj>(r[ins.a]), obj<BoxObj>(r[ins.b]));
        break;
    case Op::LoadGlobal: r[ins.a] = m_globals->get(std::size_t(ins.k)); break;
    case Op::StoreGlobal: m_globals->set(std::size_t(ins.k), r[ins.a]); break;
    case Op::EqV: r[ins.a] = m_heap.equal(type, r[ins.b], r[ins.c]); break;
    case Op::NeV: r[ins.a] = !m_heap.equal(type, r[ins.b], r[ins.c]); break;
    case Op::EqStr: r[ins.a] = sv(r[ins.b]) == sv(r[ins.c]); break;
    case Op::NeStr: r[ins.a] = sv(r[ins.b]) != sv(r[ins.c]); break;
    case Op::LtStr: r[ins.a] = sv(r[ins.b]) < sv(r[ins.c]); break;
    case Op::LeStr: r[ins.a] = sv(r[ins.b]) <= sv(r[ins.c]); break;
    case Op::Concat:
        if (!r[ins.b] || !r[ins.c])
            r[ins.a] = r[ins.b] ? r[ins.b] : r[ins.c];
        else
            r[ins.a] = word(m_heap.str(std::string(sv(r[ins.b])) + std::string(sv(r[ins.c]))));
        break;
    case Op::StrIndex: {
        const std::string_view s = sv(r[ins.b]);
        const std::int64_t i = std::int64_t(r[ins.c]);
        checkIndex(i, std::int64_t(s.size()));
        r[ins.a] = std::uint8_t(s[std::size_t(i)]);
        break;
    }
    case Op::DecodeRune: {
        const std::string_view s = sv(r[ins.b]);
        int width = 1;
        r[ins.a] = Word(decodeRune(s.substr(std::size_t(r[ins.c])), &width));
        r[ins.a + 1] = Word(width);
        break;
    }
    case Op::IntToF:
        r[ins.a] = fromFloat(ins.c ? double(r[ins.b]) : double(std::int64_t(r[ins.b])));
        break;
    case Op::FToInt: {
        const double d = asFloat(r[ins.b]);
        if (std::isnan(d) || d >= 18446744073709551616.0 || d < -9223372036854775808.0)
            r[ins.a] = Word(1) << 63; // out of range: implementation-defined in Go
        else
            r[ins.a] = ins.c && d >= 9223372036854775808.0 ? Word(d) : Word(std::int64_t(d));
        break;
    }
    case Op::RuneToStr: r[ins.a] = word(m_heap.str(encodeRune(std::int64_t(r[ins.b])))); break;
    case Op::StrToBytes:
    case Op::StrToRunes: {
        const std::string_view s = sv(r[ins.b]);
        std::vector<Word> out;
        if (ins.op == Op::StrToBytes) {
            for (char ch : s)
                out.push_back(std::uint8_t(ch));
        } else {
            for (std::size_t i = 0; i < s.size();) {
                int w = 1;
                out.push_back(Word(decodeRune(s.substr(i), &w)));
                i += std::size_t(w);
            }
        }
        BoxObj *b = m_heap.box(type, out.size(), true);
        for (std::size_t i = 0; i < out.size(); ++i)
            b->set(i, out[i]);
        r[ins.a] = word(m_heap.make<SliceObj>(0, b, 0, std::int64_t(out.size()), std::int64_t(out.size())));
        break;
    }
    case Op::BytesToStr:
    case Op::RunesToStr: {
        const SliceObj *s = obj<SliceObj>(r[ins.b]);
        std::string out;
        for (std::int64_t i = 0; s && i < s->len; ++i) {
            const Word w = s->arr->get(std::size_t(s->off + i));
            if (ins.op == Op::BytesToStr)
                out.push_back(char(w));
            else
                out += encodeRune(std::int64_t(std::int32_t(w)));
        }
        r[ins.a] = m_heap.strWord(std::move(out));
        break;
    }
    case Op::CallClosure:
    case Op::CallIface:
        ++f.pc;
        callInstr(g, ins, r, FrameKind::Normal, nullptr);
        return false;
    case Op::CallNative:
        return callNative(g, ins, r);
    case Op::Defer: {
        const Instr &c = f.fn->code[f.pc + 1];
        DeferredCall d;
        d.call = c;
        d.args.assign(r + c.a, r + c.a + c.b);
        if (c.op == Op::CallClosure || c.op == Op::CallIface)
            d.callee = r[c.k];
        f.defers.push_back(std::move(d));
        f.pc += 2;
        return true;
    }
    case Op::Panic:
        raise(g, r[ins.a]);
        return false;
    case Op::Recover: {
        r[ins.a] = 0;
        if (f.kind == FrameKind::PanicDefer && !g.panics.empty() && !g.panics.back().recovered) {
            g.panics.back().recovered = true;
            r[ins.a] = g.panics.back().value;
            tracePanic(g, r[ins.a], true);
        }
        break;
    }
    case Op::MakeRef: {
        BoxObj *b = ins.b < 0 ? m_globals : obj<BoxObj>(r[ins.b]);
        r[ins.a] = word(m_heap.make<RefObj>(0, b, std::size_t(ins.k)));
        break;
    }
    case Op::NewScalar: {
        BoxObj *b = m_heap.box(type, 1, true);
        b->set(0, r[ins.b]);
        r[ins.a] = word(b);
        break;
    }
    case Op::NilCheck:
        if (!r[ins.a])
            nilDeref();
        break;
    case Op::ArrIndex:
    case Op::ArrRef: {
        BoxObj *b = obj<BoxObj>(r[ins.b]);
        if (!b)
            nilDeref();
        const std::int64_t i = std::int64_t(r[ins.c]);
        checkIndex(i, std::int64_t(b->cells.size()));
        r[ins.a] = ins.op == Op::ArrIndex ? b->get(std::size_t(i)) : word(m_heap.make<RefObj>(0, b, std::size_t(i)));
        break;
    }
    case Op::ArrStore: {
        BoxObj *b = obj<BoxObj>(r[ins.a]);
        if (!b)
            nilDeref();
        const std::int64_t i = std::int64_t(r[ins.b]);
        checkIndex(i, std::int64_t(b->cells.size()));
        b->set(std::size_t(i), r[ins.c]);
        break;
    }
    case Op::SliceIndex:
    case Op::SliceRef: {
        const SliceObj *s = obj<SliceObj>(r[ins.b]);
        const std::int64_t i = std::int64_t(r[ins.c]);
        checkIndex(i, s ? s->len : 0);
        r[ins.a] = ins.op == Op::SliceIndex ? s->arr->get(std::size_t(s->off + i))
                                            : word(m_heap.make<RefObj>(0, s->arr, std::size_t(s->off + i)));
        break;
    }
    case Op::SliceStore: {
        const SliceObj *s = obj<SliceObj>(r[ins.a]);
        const std::int64_t i = std::int64_t(r[ins.b]);
        checkIndex(i, s ? s->len : 0);
        s->arr->set(std::size_t(s->off + i), r[ins.c]);
        break;
    }
    case Op::Len:
    case Op::Cap: {
        const Word w = r[ins.b];
        const go::Type *u = type ? type->underlying() : nullptr;
        if (u && u->isString())
            r[ins.a] = sv(w).size();
        else if (u && u->kind() == TypeKind::Array)
            r[ins.a] = Word(u->m_length);
        else if (u && u->kind() == TypeKind::Pointer)
            r[ins.a] = Word(u->m_elem->underlying()->m_length);
        else if (u && u->kind() == TypeKind::Chan)
            r[ins.a] = chanLen(w, ins.op == Op::Cap);
        else if (u && u->kind() == TypeKind::Map) {
            MapObj *m = obj<MapObj>(w);
            if (m) {
                std::lock_guard lock(m->mutex);
                r[ins.a] = m->entries.size();
            } else {
                r[ins.a] = 0;
            }
        } else {
            const SliceObj *s = obj<SliceObj>(w);
            r[ins.a] = !s ? 0 : Word(ins.op == Op::Len ? s->len : s->cap);
        }
        break;
    }
    case Op::MakeSlice: {
        const std::int64_t len = std::int64_t(r[ins.b]), cap = std::int64_t(r[ins.c]);
        if (len < 0 || len > (std::int64_t(1) << 40))
            throw RuntimeError{"makeslice: len out of range"};
        if (cap < len || cap > (std::int64_t(1) << 40))
            throw RuntimeError{"makeslice: cap out of range"};
        BoxObj *b = m_heap.box(type, std::size_t(cap), true);
        if (Heap::isAggregate(type))
            for (std::int64_t i = 0; i < cap; ++i)
                b->set(std::size_t(i), m_heap.zero(type));
        r[ins.a] = word(m_heap.make<SliceObj>(0, b, 0, len, cap));
        break;
    }
    case Op::SliceExpr: sliceExpr(ins, r); break;
    case Op::Append:
    case Op::AppendSlice: append(ins, r); break;
    case Op::CopySlice: r[ins.a] = Word(copySlice(r[ins.b], r[ins.c], ins.k != 0)); break;
    default:
        return mapOrIfaceOp(g, f, ins, r);
    }
    ++f.pc;
    return true;
}

} // namespace cacophony::gorun
