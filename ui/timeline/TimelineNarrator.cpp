#include "timeline/TimelineNarrator.h"

#include "timeline/text/TimelineText.h"

#include <QStringList>
#include <algorithm>

namespace cacophony {

TimelineHit TimelineNarrator::hitFor(const TimelineModel &model, std::uint32_t index, TimelineView::View view)
{
    const Event &e = model.event(index);
    const bool beats = view == TimelineView::View::Beats;
    switch (e.kind) {
    case EventKind::IdealBeat:
        return {TimelineHit::IdealBeat, index, 0};
    case EventKind::Measure:
        return {beats ? TimelineHit::Measure : TimelineHit::TaskMeasure, index, 0};
    case EventKind::Beat:
    case EventKind::Print: // a lesson's printed line, drawn like a beat
        return {beats ? TimelineHit::Beat : TimelineHit::TaskBeat, index, 0};
    case EventKind::ProgramEnd:
        return {TimelineHit::ProgramEnd, index, 0};
    case EventKind::TempoChange:
        return beats ? TimelineHit{TimelineHit::TempoChange, index, 0} : TimelineHit{};
    default:
        break;
    }
    if (beats)
        return {};
    switch (e.kind) {
    case EventKind::Sleep:
        return {TimelineHit::Sleep, index, 0};
    case EventKind::Spin:
        return {TimelineHit::Spin, index, 0};
    case EventKind::ChanSend:
    case EventKind::ChanRecv:
    case EventKind::WgWait:
        return {TimelineHit::Blocked, index, 0};
    case EventKind::ChanClose:
        return {TimelineHit::Close, index, 0};
    case EventKind::Tick:
        return {TimelineHit::Tick, index, 0};
    case EventKind::TaskSpawn:
        return {TimelineHit::Arrow, index, std::uint32_t(TimelineModel::ArrowKind::Spawn)};
    default:
        return {};
    }
}

QString TimelineNarrator::narrate(const TimelineModel &model, std::int64_t t, TimelineView::View view, bool withTime)
{
    const std::uint32_t count = std::uint32_t(model.eventCount());
    // The first event after t (events are in time order).
    std::uint32_t lo = 0, hi = count;
    while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (model.event(mid).t <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    QStringList lines;
    if (withTime)
        lines << tr("Replay at %1").arg(TimelineText::formatMs(t));

    QString passed;
    QStringList ongoing;
    const std::uint32_t stop = lo > kMaxScan ? lo - std::uint32_t(kMaxScan) : 0;
    for (std::uint32_t i = lo; i-- > stop;) {
        const TimelineHit hit = hitFor(model, i, view);
        if (!hit.isValid())
            continue;
        const Event &e = model.event(i);
        if (e.dur > 0 && e.end() > t) {
            if (ongoing.size() < kMaxOngoing)
                ongoing << QStringLiteral("\u2022 ") + TimelineText(model).describe(hit, false);
        } else if (passed.isEmpty()) {
            passed = TimelineText(model).describe(hit, true);
        }
        if (!passed.isEmpty() && ongoing.size() >= kMaxOngoing)
            break;
    }
    if (!passed.isEmpty())
        lines << tr("Just passed: %1").arg(passed);
    if (!ongoing.isEmpty()) {
        std::reverse(ongoing.begin(), ongoing.end()); // oldest first
        lines << tr("Under the cursor:") << ongoing;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cacophony
