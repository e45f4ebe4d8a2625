// Slices, maps, interfaces and closures.
#include "gorun/vm/Machine.h"

#include "gorun/vm/SliceGrowth.h"

#include "gorun/vm/TypeName.h"
#include "go/types/Lookup.h"
#include "go/types/Type.h"

#include <algorithm>

namespace cacophony::gorun {

using go::TypeKind;

namespace {

std::string_view sv(Word w) { return w ? std::string_view(obj<StrObj>(w)->s) : std::string_view(); }

std::string ifaceName(const go::Type *t)
{
    if (!t)
        return "interface {}";
    if (t->isInterface() && !t->isNamed() && t->underlying()->m_methods.empty() && t->underlying()->m_embeddeds.empty())
        return "interface {}";
    return runtimeTypeName(t);
}

bool matches(const go::Type *dyn, const go::Type *target)
{
    if (target->isInterface())
        return go::missingMethod(const_cast<go::Type *>(dyn), const_cast<go::Type *>(target)).isEmpty();
    return go::identical(dyn, target);
}

} // namespace

void Machine::sliceExpr(const Instr &ins, Word *r)
{
    const Word x = r[ins.b];
    const std::int64_t flags = ins.k;
    const bool isString = flags & 8, isArray = flags & 16;
    std::int64_t len = 0, cap = 0, off = 0;
    BoxObj *arr = nullptr;
    if (isString) {
        len = cap = std::int64_t(sv(x).size());
    } else if (isArray) {
        arr = obj<BoxObj>(x);
        if (!arr)
            throw RuntimeError{"invalid memory address or nil pointer dereference"};
        len = cap = std::int64_t(arr->cells.size());
    } else if (const SliceObj *s = obj<SliceObj>(x)) {
        arr = s->arr;
        off = s->off;
        len = s->len;
        cap = s->cap;
    }
    const std::int64_t lo = flags & 1 ? std::int64_t(r[ins.c]) : 0;
    const std::int64_t hi = flags & 2 ? std::int64_t(r[ins.c + 1]) : len;
    const std::int64_t max = flags & 4 ? std::int64_t(r[ins.c + 2]) : cap;
    const std::string what = isString || isArray ? "length " : "capacity ";
    auto fail = [](const std::string &m) { throw RuntimeError{"slice bounds out of range " + m}; };
    if (flags & 4) {
        if (max < 0 || max > cap)
            fail("[::" + std::to_string(max) + "] with " + what + std::to_string(cap));
        if (hi < 0 || hi > max)
            fail("[:" + std::to_string(hi) + ":" + std::to_string(max) + "]");
        if (lo < 0 || lo > hi)
            fail("[" + std::to_string(lo) + ":" + std::to_string(hi) + ":]");
    } else {
        if (hi < 0 || hi > (isString ? len : cap))
            fail("[:" + std::to_string(hi) + "] with " + (isString ? "length " + std::to_string(len) : what + std::to_string(cap)));
        if (lo < 0 || lo > hi)
            fail("[" + std::to_string(lo) + ":" + std::to_string(hi) + "]");
    }
    if (isString) {
        r[ins.a] = m_heap.strWord(std::string(sv(x).substr(std::size_t(lo), std::size_t(hi - lo))));
        return;
    }
    if (!arr) {
        r[ins.a] = 0;
        return;
    }
    r[ins.a] = word(m_heap.make<SliceObj>(0, arr, off + lo, hi - lo, max - lo));
}

void Machine::append(const Instr &ins, Word *r)
{
    const go::Type *elem = static_cast<const go::Type *>(ins.p);
    const SliceObj *s = obj<SliceObj>(r[ins.b]);
    std::vector<Word> values;
    if (ins.op == Op::Append) {
        values.assign(r + ins.c, r + ins.c + ins.k);
    } else if (ins.k) {
        for (char ch : sv(r[ins.c]))
            values.push_back(std::uint8_t(ch));
    } else if (const SliceObj *o = obj<SliceObj>(r[ins.c])) {
        for (std::int64_t i = 0; i < o->len; ++i)
            values.push_back(m_heap.copy(elem, o->arr->get(std::size_t(o->off + i))));
    }
    const std::int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
    const std::int64_t need = len + std::int64_t(values.size());
    if (values.empty()) {
        r[ins.a] = r[ins.b];
        return;
    }
    if (need <= cap) {
        for (std::size_t i = 0; i < values.size(); ++i)
            s->arr->set(std::size_t(s->off + len) + i, values[i]);
        r[ins.a] = word(m_heap.make<SliceObj>(0, s->arr, s->off, need, cap));
        return;
    }
    const std::int64_t newCap = growCap(cap, need, goSizeof(elem));
    BoxObj *b = m_heap.box(elem, std::size_t(newCap), true);
    for (std::int64_t i = 0; i < len; ++i)
        b->set(std::size_t(i), s->arr->get(std::size_t(s->off + i)));
    for (std::size_t i = 0; i < values.size(); ++i)
        b->set(std::size_t(len) + i, values[i]);
    if (Heap::isAggregate(elem))
        for (std::int64_t i = need; i < newCap; ++i)
            b->set(std::size_t(i), m_heap.zero(elem));
    r[ins.a] = word(m_heap.make<SliceObj>(0, b, 0, need, newCap));
}

std::int64_t Machine::copySlice(Word dst, Word src, bool fromString)
{
    const SliceObj *d = obj<SliceObj>(dst);
    if (!d)
        return 0;
    if (fromString) {
        const std::string_view s = sv(src);
        const std::int64_t n = std::min<std::int64_t>(d->len, std::int64_t(s.size()));
        for (std::int64_t i = 0; i < n; ++i)
            d->arr->set(std::size_t(d->off + i), std::uint8_t(s[std::size_t(i)]));
        return n;
    }
    const SliceObj *s = obj<SliceObj>(src);
    if (!s)
        return 0;
    const std::int64_t n = std::min(d->len, s->len);
    const go::Type *elem = d->arr->type;
    std::vector<Word> tmp(static_cast<std::size_t>(n) + 0); // overlapping ranges copy as memmove
    for (std::int64_t i = 0; i < n; ++i)
        tmp[std::size_t(i)] = s->arr->get(std::size_t(s->off + i));
    for (std::int64_t i = 0; i < n; ++i) {
        if (Heap::isAggregate(elem))
            m_heap.copyInto(elem, obj<BoxObj>(d->arr->get(std::size_t(d->off + i))), obj<BoxObj>(tmp[std::size_t(i)]));
        else
            d->arr->set(std::size_t(d->off + i), tmp[std::size_t(i)]);
    }
    return n;
}

bool Machine::mapOrIfaceOp(GoState &g, Frame &f, const Instr &ins, Word *r)
{
    (void)g;
    const auto *type = static_cast<const go::Type *>(ins.p);
    switch (ins.op) {
    case Op::MakeMap: r[ins.a] = word(m_heap.make<MapObj>(64, type)); break;
    case Op::MapGet:
    case Op::MapGet2: {
        const go::Type *elem = type->underlying()->m_elem;
        MapObj *m = obj<MapObj>(r[ins.b]);
        bool found = false;
        Word v = 0;
        if (m) {
            const std::string key = m_heap.key(type->underlying()->m_key, r[ins.c]);
            std::lock_guard lock(m->mutex);
            auto it = m->entries.find(key);
            if (it != m->entries.end()) {
                found = true;
                v = it->second.second;
            }
        }
        r[ins.a] = found ? v : m_heap.zero(elem);
        if (ins.op == Op::MapGet2)
            r[ins.a + 1] = found;
        break;
    }
    case Op::MapSet: {
        MapObj *m = obj<MapObj>(r[ins.a]);
        if (!m)
            throw RuntimeError{"assignment to entry in nil map", false};
        const go::Type *kt = type->underlying()->m_key;
        std::string key = m_heap.key(kt, r[ins.b]);
        const Word k = m_heap.copy(kt, r[ins.b]);
        std::lock_guard lock(m->mutex);
        auto [it, inserted] = m->entries.try_emplace(std::move(key), k, r[ins.c]);
        if (!inserted)
            it->second.second = r[ins.c];
        if (inserted)
            m_heap.account(64);
        break;
    }
    case Op::MapDelete:
        if (MapObj *m = obj<MapObj>(r[ins.a])) {
            const std::string key = m_heap.key(type->underlying()->m_key, r[ins.b]);
            std::lock_guard lock(m->mutex);
            m->entries.erase(key);
        }
        break;
    case Op::MapKeys: {
        std::vector<Word> keys;
        if (MapObj *m = obj<MapObj>(r[ins.b])) {
            std::lock_guard lock(m->mutex);
            for (const auto &e : m->entries)
                keys.push_back(e.second.first);
        }
        // Go's order is unspecified: the run's seed picks one
        for (std::size_t i = keys.size(); i > 1; --i)
            std::swap(keys[i - 1], keys[random64() % i]);
        BoxObj *b = m_heap.box(type->underlying()->m_key, keys.size(), true);
        for (std::size_t i = 0; i < keys.size(); ++i)
            b->set(i, keys[i]);
        r[ins.a] = word(m_heap.make<SliceObj>(0, b, 0, std::int64_t(keys.size()), std::int64_t(keys.size())));
        break;
    }
    case Op::ToIface: {
        const Word v = ins.c ? r[ins.b] : m_heap.copy(type, r[ins.b]);
        r[ins.a] = word(m_heap.make<IfaceObj>(0, type, v));
        break;
    }
    case Op::Assert:
    case Op::Assert2: {
        const Word x = r[ins.b];
        const IfaceObj *i = obj<IfaceObj>(x);
        const bool ok = i && matches(i->type, type);
        if (ins.op == Op::Assert2) {
            r[ins.a] = ok ? (type->isInterface() ? x : m_heap.copy(type, i->value)) : m_heap.zero(type);
            r[ins.a + 1] = ok;
            break;
        }
        if (!ok) {
            const auto *stat = reinterpret_cast<const go::Type *>(ins.k);
            const std::string target = runtimeTypeName(type);
            if (!i)
                throw RuntimeError{"interface conversion: interface is nil, not " + target, false};
            const std::string dyn = runtimeTypeName(i->type);
            if (type->isInterface())
                throw RuntimeError{"interface conversion: " + dyn + " is not " + target + ": "
                                       + go::missingMethod(const_cast<go::Type *>(i->type), const_cast<go::Type *>(type)).toStdString(),
                                   false};
            throw RuntimeError{"interface conversion: " + ifaceName(stat) + " is " + dyn + ", not " + target, false};
        }
        r[ins.a] = type->isInterface() ? x : m_heap.copy(type, i->value);
        break;
    }
    case Op::TypeIs: {
        const IfaceObj *i = obj<IfaceObj>(r[ins.b]);
        r[ins.a] = i && matches(i->type, type);
        break;
    }
    case Op::MakeClosure: {
        std::vector<Word> caps(r + ins.b, r + ins.b + ins.c);
        r[ins.a] = word(m_heap.make<FuncObj>(caps.size() * sizeof(Word), static_cast<const Function *>(ins.p), std::move(caps)));
        break;
    }
    case Op::LoadCapture: r[ins.a] = f.closure->captures[std::size_t(ins.b)]; break;
    case Op::BindMethod:
        r[ins.a] = word(m_heap.make<FuncObj>(8, static_cast<const Function *>(ins.p), std::vector<Word>{r[ins.b]}, true));
        break;
    case Op::Print: {
        std::string out;
        for (int i = 0; i < ins.b; ++i) {
            if (i > 0 && ins.k)
                out += ' ';
            out += panicValueText(r[ins.a + i]);
        }
        if (ins.k)
            out += '\n';
        g.g->pos = posId(ins.pos);
        write(true, out, g.g);
        break;
    }
    default:
        return chanOp(g, f, ins, r);
    }
    ++f.pc;
    return true;
}

} // namespace cacophony::gorun
