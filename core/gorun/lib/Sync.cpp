// Package sync: Mutex, RWMutex, WaitGroup, Once on the scheduler's primitives. A sync value
// is a struct Box (its zero value is ready to use): the primitive is made on first use and
// published into one of its cells by a compare-and-swap, so racing first users share one.
#include "gorun/lib/Natives.h"

#include "gorun/sched/Mutex.h"
#include "gorun/sched/RWMutex.h"
#include "gorun/sched/Scheduler.h"
#include "gorun/sched/WaitGroup.h"
#include "gorun/vm/Machine.h"

#include "go/types/Universe.h"

#include <memory>

namespace cacophony::gorun {

namespace {

template <class P> struct SyncObj : HeapObj
{
    explicit SyncObj(Scheduler &s) : HeapObj(ObjKind::Box), primitive(s) {}
    P primitive;
};

// The primitive of the sync value the receiver points to (cell `cell` holds it).
template <class P> P *primitive(NativeCall &c, std::size_t cell)
{
    BoxObj *b = obj<BoxObj>(c.args[0]);
    if (!b)
        return nullptr;
    Word w = b->get(cell);
    if (!w) {
        auto *made = c.m.heap().make<SyncObj<P>>(64, c.m.scheduler());
        Word expected = 0;
        if (b->cells[cell].compare_exchange_strong(expected, word(made)))
            w = word(made);
        else
            w = expected; // another goroutine's came first; ours is garbage
    }
    return &obj<SyncObj<P>>(w)->primitive;
}

NativeStatus result(NativeCall &c, OpResult r, const char *fatalLine = nullptr)
{
    switch (r) {
    case OpResult::Done: return NativeStatus::Done;
    case OpResult::Park: return NativeStatus::Park;
    case OpResult::Fatal:
        c.panicMessage = fatalLine ? fatalLine : "sync: unlock of unlocked mutex";
        return NativeStatus::Fatal;
    case OpResult::Panic: break;
    }
    // sync panics with a string, not a runtime error
    c.panicValue = word(c.m.heap().make<IfaceObj>(0, go::Universe::get().basic(go::BasicKind::String),
                                                  c.m.heap().strWord("sync: negative WaitGroup counter")));
    return NativeStatus::Panic;
}

template <class P> using Op = OpResult (P::*)(Goroutine &);

template <class P, std::size_t Cell, Op<P> F> NativeStatus call(NativeCall &c)
{
    P *p = primitive<P>(c, Cell);
    if (!p)
        return c.runtimePanic("invalid memory address or nil pointer dereference");
    c.g->pos = c.m.posId(c.pos);
    return result(c, (p->*F)(*c.g), std::is_same_v<P, RWMutex> ? "sync: Unlock of unlocked RWMutex" : nullptr);
}

} // namespace

std::vector<Native> syncNatives()
{
    // Mutex{state, sema}: cell 1; RWMutex{w, readers}: cell 1; WaitGroup{state, sema}: cell 1;
    // Once{done, m}: cell 0 counts 0 (not done), 1 (running f), 2 (done).
    return {
        {"sync.(*Mutex).Lock", call<Mutex, 1, &Mutex::lock>},
        {"sync.(*Mutex).Unlock", call<Mutex, 1, &Mutex::unlock>},
        {"sync.(*Mutex).TryLock", [](NativeCall &c) {
             Mutex *m = primitive<Mutex>(c, 1);
             if (!m)
                 return c.runtimePanic("invalid memory address or nil pointer dereference");
             c.results[0] = m->tryLock(*c.g);
             return NativeStatus::Done;
         }},
        {"sync.(*RWMutex).Lock", call<RWMutex, 1, &RWMutex::lock>},
        {"sync.(*RWMutex).Unlock", call<RWMutex, 1, &RWMutex::unlock>},
        {"sync.(*RWMutex).RLock", call<RWMutex, 1, &RWMutex::rlock>},
        {"sync.(*RWMutex).RUnlock", call<RWMutex, 1, &RWMutex::runlock>},
        {"sync.(*WaitGroup).Done", call<WaitGroup, 1, &WaitGroup::done>},
        {"sync.(*WaitGroup).Wait", call<WaitGroup, 1, &WaitGroup::wait>},
        {"sync.(*WaitGroup).Add", [](NativeCall &c) {
             WaitGroup *wg = primitive<WaitGroup>(c, 1);
             if (!wg)
                 return c.runtimePanic("invalid memory address or nil pointer dereference");
             c.g->pos = c.m.posId(c.pos);
             return result(c, wg->add(*c.g, std::int64_t(c.args[1])));
         }},
        {"sync.(*Once).Do", [](NativeCall &c) {
             BoxObj *b = obj<BoxObj>(c.args[0]);
             if (!b)
                 return c.runtimePanic("invalid memory address or nil pointer dereference");
             if (!c.callbacks.empty()) { // f returned: done
                 b->set(0, 2);
                 return NativeStatus::Done;
             }
             Word expected = 0;
             if (b->cells[0].compare_exchange_strong(expected, 1)) {
                 c.callbackValue = c.args[1]; // run f as a continuation, then come back here
                 return NativeStatus::CallBack;
             }
             if (expected == 2)
                 return NativeStatus::Done;
             c.m.scheduler().gosched(*c.g); // another goroutine runs f: wait for it by yielding
             return NativeStatus::Retry;
         }},
    };
}

} // namespace cacophony::gorun
