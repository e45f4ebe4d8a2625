#include "analysis/BeatStages.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace cacophony {

namespace {

StageStats statsOf(std::vector<std::int64_t> ns)
{
    StageStats s;
    if (ns.empty())
        return s;
    std::sort(ns.begin(), ns.end());
    const auto at = [&ns](double q) {
        const auto rank = static_cast<std::size_t>(std::ceil(q * double(ns.size())));
        return double(ns[std::clamp<std::size_t>(rank, 1, ns.size()) - 1]) / 1e3;
    };
    s.count = static_cast<int>(ns.size());
    s.median = at(0.5);
    s.p99 = at(0.99);
    s.max = double(ns.back()) / 1e3;
    return s;
}

QJsonObject toJson(const StageStats &s)
{
    const auto rounded = [](double us) { return std::round(us * 10) / 10; };
    return QJsonObject{{QStringLiteral("median_us"), rounded(s.median)},
                       {QStringLiteral("p99_us"), rounded(s.p99)},
                       {QStringLiteral("max_us"), rounded(s.max)}};
}

} // namespace

BeatStages BeatStages::analyse(const TraceData &trace)
{
    // Sent ticks only, by (ticker channel, message number): numbers count per channel.
    std::map<std::pair<std::uint32_t, std::int64_t>, const Event *> tickByMessage;
    for (const Event &e : trace.events) {
        if (e.kind != EventKind::Tick)
            continue;
        if (!e.has(Dropped))
            tickByMessage[{e.object, e.b}] = &e;
    }
    std::vector<const Event *> receives, beats;
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::ChanRecv && !e.has(NotOk) && tickByMessage.count({e.object, e.a}))
            receives.push_back(&e);
        else if (e.kind == EventKind::Beat && !e.has(Lost))
            beats.push_back(&e);
    }
    std::stable_sort(receives.begin(), receives.end(), [](const Event *x, const Event *y) { return x->end() < y->end(); });
    std::stable_sort(beats.begin(), beats.end(), [](const Event *x, const Event *y) { return x->t < y->t; });

    std::vector<std::int64_t> wake, send, handOff, perform, total;
    std::size_t next = 0; // receives[next] is the first one not yet ended
    const Event *used = nullptr;
    for (const Event *beat : beats) {
        while (next < receives.size() && receives[next]->end() <= beat->t)
            ++next;
        if (next == 0 || receives[next - 1] == used)
            continue;
        const Event *recv = receives[next - 1];
        used = recv;
        const Event *tick = tickByMessage.at({recv->object, recv->a});
        const std::int64_t due = recv->b;
        wake.push_back(tick->t - due);
        send.push_back(tick->dur);
        handOff.push_back(recv->end() - tick->t);
        perform.push_back(beat->t - recv->end());
        total.push_back(beat->t - due);
    }

    BeatStages s;
    s.wake = statsOf(std::move(wake));
    s.send = statsOf(std::move(send));
    s.handOff = statsOf(std::move(handOff));
    s.perform = statsOf(std::move(perform));
    s.total = statsOf(std::move(total));
    return s;
}

QJsonObject BeatStages::toJson() const
{
    return QJsonObject{{QStringLiteral("beats"), total.count},
                       {QStringLiteral("wake"), cacophony::toJson(wake)},
                       {QStringLiteral("send"), cacophony::toJson(send)},
                       {QStringLiteral("hand_off"), cacophony::toJson(handOff)},
                       {QStringLiteral("perform"), cacophony::toJson(perform)},
                       {QStringLiteral("total"), cacophony::toJson(total)}};
}

} // namespace cacophony
