// Package math/rand: the top-level functions, on the run's generator (seeded by --seed).
#include "gorun/lib/Natives.h"

#include "gorun/vm/Machine.h"

#include "go/types/Universe.h"

namespace cacophony::gorun {

namespace {

std::int64_t int63(NativeCall &c) { return std::int64_t(c.m.random64() >> 1); }

// A uniform integer in [0, n), n > 0, without modulo bias.
std::int64_t below(NativeCall &c, std::int64_t n)
{
    return std::int64_t((c.m.random64() >> 1) % std::uint64_t(n));
}

template <int Bits> NativeStatus intn(NativeCall &c)
{
    const std::int64_t n = std::int64_t(c.args[0]);
    if (n <= 0)
        return c.runtimePanic(Bits == 31 ? "invalid argument to Int31n" : Bits == 63 ? "invalid argument to Int63n" : "invalid argument to Intn");
    c.results[0] = Word(below(c, n));
    return NativeStatus::Done;
}

} // namespace

std::vector<Native> randNatives()
{
    return {
        {"math/rand.Seed", [](NativeCall &c) {
             c.m.reseed(c.args[0]);
             return NativeStatus::Done;
         }},
        {"math/rand.Int", [](NativeCall &c) {
             c.results[0] = Word(int63(c));
             return NativeStatus::Done;
         }},
        {"math/rand.Int63", [](NativeCall &c) {
             c.results[0] = Word(int63(c));
             return NativeStatus::Done;
         }},
        {"math/rand.Int31", [](NativeCall &c) {
             c.results[0] = Word(int63(c) >> 32);
             return NativeStatus::Done;
         }},
        {"math/rand.Intn", intn<0>},
        {"math/rand.Int31n", intn<31>},
        {"math/rand.Int63n", intn<63>},
        {"math/rand.Float64", [](NativeCall &c) {
             c.results[0] = fromFloat(double(int63(c) >> 10) / double(std::int64_t(1) << 53));
             return NativeStatus::Done;
         }},
        {"math/rand.Perm", [](NativeCall &c) {
             const std::int64_t n = std::int64_t(c.args[0]);
             if (n < 0)
                 return c.runtimePanic("invalid argument to Perm");
             BoxObj *b = c.m.heap().box(go::Universe::get().basic(go::BasicKind::Int), std::size_t(n), true);
             for (std::int64_t i = 0; i < n; ++i) {
                 const std::int64_t j = below(c, i + 1);
                 b->set(std::size_t(i), b->get(std::size_t(j)));
                 b->set(std::size_t(j), Word(i));
             }
             c.results[0] = word(c.m.heap().make<SliceObj>(0, b, 0, n, n));
             return NativeStatus::Done;
         }},
    };
}

} // namespace cacophony::gorun
