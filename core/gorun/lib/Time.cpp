// Package time: Duration, Time (wall ns in its first cell), Sleep, and the timers (Ticker,
// Timer, After, Tick) on the scheduler's RuntimeTimer.
#include "gorun/lib/Natives.h"

#include "gorun/sched/RuntimeTimer.h"
#include "gorun/sched/Scheduler.h"
#include "gorun/vm/ChanObj.h"
#include "gorun/vm/Machine.h"

#include "go/types/Object.h"
#include "go/types/Package.h"
#include "go/types/Packages.h"
#include "go/types/Scope.h"

#include <cmath>

namespace cacophony::gorun {

namespace {

struct TimerObj : HeapObj
{
    TimerObj(Scheduler &s, Chan &c) : HeapObj(ObjKind::Box), timer(s, c) {}
    RuntimeTimer timer;
};

const go::Type *timeType(const char *name)
{
    return go::Packages::instance().package(QStringLiteral("time"))->scope()->lookup(QString::fromLatin1(name))->type();
}

std::int64_t wall(Word t) { return t ? std::int64_t(obj<BoxObj>(t)->get(0)) : 0; }
std::int64_t nowNs(NativeCall &c) { return c.m.scheduler().clock().now(); }
Word timeAt(NativeCall &c, std::int64_t unixNs) { return c.m.timeValue(Word(unixNs - c.m.scheduler().clock().unixStartNs())); }
std::int64_t unixNow(NativeCall &c) { return c.m.scheduler().clock().unixStartNs() + nowNs(c); }

NativeStatus ret(NativeCall &c, Word w)
{
    c.results[0] = w;
    return NativeStatus::Done;
}

// Go's Duration.String: "1h2m3.5s", "1.5s", "250ms", "10µs", "0s".
std::string durationString(std::int64_t d)
{
    if (d == 0)
        return "0s";
    const bool neg = d < 0;
    std::uint64_t u = neg ? std::uint64_t(0) - std::uint64_t(d) : std::uint64_t(d);
    auto frac = [](std::uint64_t v, int prec, std::string &s) {
        std::string digits;
        bool print = false;
        for (int i = 0; i < prec; ++i) {
            const int digit = int(v % 10);
            print = print || digit != 0;
            if (print)
                digits.insert(digits.begin(), char('0' + digit));
            v /= 10;
        }
        if (print)
            s = "." + digits + s;
        return v;
    };
    std::string s;
    if (u < 1000000000) {
        int prec = 0;
        std::string unit;
        if (u < 1000) {
            return (neg ? "-" : "") + std::to_string(u) + "ns";
        } else if (u < 1000000) {
            prec = 3;
            unit = "µs";
        } else {
            prec = 6;
            unit = "ms";
        }
        s = unit;
        u = frac(u, prec, s);
        s = std::to_string(u) + s;
    } else {
        s = "s";
        u = frac(u, 9, s);
        s = std::to_string(u % 60) + s;
        u /= 60;
        if (u > 0) {
            s = std::to_string(u % 60) + "m" + s;
            u /= 60;
            if (u > 0)
                s = std::to_string(u) + "h" + s;
        }
    }
    return (neg ? "-" : "") + s;
}

// A channel of capacity 1 that a RuntimeTimer sends on; the Ticker or Timer struct holds both.
Word newTimer(NativeCall &c, std::int64_t delay, std::int64_t period, Word *chanOut)
{
    Scheduler &s = c.m.scheduler();
    auto *ch = c.m.heap().make<ChanObj>(64, s, 1, true, true);
    auto *t = c.m.heap().make<TimerObj>(64, s, ch->chan);
    t->timer.reset(delay, period);
    *chanOut = word(ch);
    BoxObj *b = obj<BoxObj>(c.m.heap().zero(timeType(period ? "Ticker" : "Timer")));
    b->set(0, word(ch));
    b->set(1, word(t));
    return word(b);
}

RuntimeTimer *timerOf(NativeCall &c)
{
    const BoxObj *b = obj<BoxObj>(c.args[0]);
    return b && b->get(1) ? &obj<TimerObj>(b->get(1))->timer : nullptr;
}

template <std::int64_t Unit> NativeStatus durationIn(NativeCall &c)
{
    return ret(c, Word(std::int64_t(c.args[0]) / Unit));
}

template <std::int64_t Unit> NativeStatus durationFloat(NativeCall &c)
{
    const std::int64_t d = std::int64_t(c.args[0]);
    return ret(c, fromFloat(double(d / Unit) + double(d % Unit) / double(Unit)));
}

} // namespace

std::vector<Native> timeNatives()
{
    return {
        {"time.Sleep", [](NativeCall &c) {
             c.g->pos = c.m.posId(c.pos);
             return c.m.scheduler().sleep(*c.g, std::int64_t(c.args[0])) == OpResult::Park ? NativeStatus::Park : NativeStatus::Done;
         }},
        {"time.Now", [](NativeCall &c) { return ret(c, c.m.timeValue(Word(nowNs(c)))); }},
        {"time.Since", [](NativeCall &c) { return ret(c, Word(unixNow(c) - wall(c.args[0]))); }},
        {"time.Until", [](NativeCall &c) { return ret(c, Word(wall(c.args[0]) - unixNow(c))); }},
        {"time.Unix", [](NativeCall &c) { return ret(c, timeAt(c, std::int64_t(c.args[0]) * 1000000000 + std::int64_t(c.args[1]))); }},
        {"time.UnixMilli", [](NativeCall &c) { return ret(c, timeAt(c, std::int64_t(c.args[0]) * 1000000)); }},
        {"time.Time.Add", [](NativeCall &c) { return ret(c, timeAt(c, wall(c.args[0]) + std::int64_t(c.args[1]))); }},
        {"time.Time.Sub", [](NativeCall &c) { return ret(c, Word(wall(c.args[0]) - wall(c.args[1]))); }},
        {"time.Time.Before", [](NativeCall &c) { return ret(c, wall(c.args[0]) < wall(c.args[1])); }},
        {"time.Time.After", [](NativeCall &c) { return ret(c, wall(c.args[0]) > wall(c.args[1])); }},
        {"time.Time.Equal", [](NativeCall &c) { return ret(c, wall(c.args[0]) == wall(c.args[1])); }},
        {"time.Time.IsZero", [](NativeCall &c) { return ret(c, wall(c.args[0]) == 0); }},
        {"time.Time.Unix", [](NativeCall &c) { return ret(c, Word(wall(c.args[0]) / 1000000000)); }},
        {"time.Time.UnixMilli", [](NativeCall &c) { return ret(c, Word(wall(c.args[0]) / 1000000)); }},
        {"time.Time.UnixMicro", [](NativeCall &c) { return ret(c, Word(wall(c.args[0]) / 1000)); }},
        {"time.Time.UnixNano", [](NativeCall &c) { return ret(c, Word(wall(c.args[0]))); }},
        {"time.Duration.String", [](NativeCall &c) { return ret(c, c.m.heap().strWord(durationString(std::int64_t(c.args[0])))); }},
        {"time.Duration.Nanoseconds", durationIn<1>},
        {"time.Duration.Microseconds", durationIn<1000>},
        {"time.Duration.Milliseconds", durationIn<1000000>},
        {"time.Duration.Seconds", durationFloat<1000000000>},
        {"time.Duration.Minutes", durationFloat<60000000000>},
        {"time.Duration.Hours", durationFloat<3600000000000>},
        {"time.NewTicker", [](NativeCall &c) {
             const std::int64_t d = std::int64_t(c.args[0]);
             if (d <= 0)
                 return c.runtimePanic("non-positive interval for NewTicker");
             Word ch = 0;
             c.panicValue = 0;
             return ret(c, newTimer(c, d, d, &ch));
         }},
        {"time.Tick", [](NativeCall &c) {
             const std::int64_t d = std::int64_t(c.args[0]);
             Word ch = 0;
             if (d > 0)
                 newTimer(c, d, d, &ch);
             return ret(c, ch);
         }},
        {"time.NewTimer", [](NativeCall &c) {
             Word ch = 0;
             return ret(c, newTimer(c, std::max<std::int64_t>(std::int64_t(c.args[0]), 0), 0, &ch));
         }},
        {"time.After", [](NativeCall &c) {
             Word ch = 0;
             newTimer(c, std::max<std::int64_t>(std::int64_t(c.args[0]), 0), 0, &ch);
             return ret(c, ch);
         }},
        {"time.(*Ticker).Stop", [](NativeCall &c) {
             if (RuntimeTimer *t = timerOf(c))
                 t->stop();
             return NativeStatus::Done;
         }},
        {"time.(*Ticker).Reset", [](NativeCall &c) {
             const std::int64_t d = std::int64_t(c.args[1]);
             if (d <= 0)
                 return c.runtimePanic("non-positive interval for Ticker.Reset");
             if (RuntimeTimer *t = timerOf(c))
                 t->reset(d, d);
             return NativeStatus::Done;
         }},
        {"time.(*Timer).Stop", [](NativeCall &c) {
             RuntimeTimer *t = timerOf(c);
             return ret(c, t && t->stop());
         }},
        {"time.(*Timer).Reset", [](NativeCall &c) {
             RuntimeTimer *t = timerOf(c);
             return ret(c, t && t->reset(std::max<std::int64_t>(std::int64_t(c.args[1]), 0)));
         }},
    };
}

} // namespace cacophony::gorun
