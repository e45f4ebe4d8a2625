#include "timeline/PrintFocus.h"

#include "timeline/TimelineModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace cacophony {

namespace {

constexpr std::size_t kMostEvents = 100'000; // a lesson is a few dozen; never scan a long run

} // namespace

std::optional<PrintFocus::Range> PrintFocus::of(const TimelineModel &model, std::int64_t wholeEndNs)
{
    if (!model.printsLines() || model.eventCount() > kMostEvents || wholeEndNs <= 0)
        return std::nullopt;
    constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();
    std::int64_t from = kNone, to = std::numeric_limits<std::int64_t>::min();
    std::int64_t printFrom = kNone, printTo = std::numeric_limits<std::int64_t>::min();
    QHash<std::uint32_t, bool> spawned; // goroutines: tasks some task spawned
    for (std::uint32_t i = 0; i < model.eventCount(); ++i) {
        const Event &e = model.event(i);
        if (e.kind == EventKind::TaskSpawn && e.object != 0 && e.task != 0) // not main, spawned from outside
            spawned.insert(e.object, true);
    }
    for (std::uint32_t i = 0; i < model.eventCount(); ++i) {
        const Event &e = model.event(i);
        if (e.kind == EventKind::Print) {
            printFrom = std::min(printFrom, e.t);
            printTo = std::max(printTo, e.t);
        }
        const bool goroutine = spawned.contains(e.task) || (e.kind == EventKind::TaskSpawn && e.task != 0);
        if (goroutine) {
            from = std::min(from, e.t);
            to = std::max(to, e.end());
        }
    }
    if (from == kNone) { // no goroutines (the sequential lesson): its lines
        from = printFrom;
        to = printTo;
    }
    if (from == kNone || double(to - from) >= kShare * double(wholeEndNs))
        return std::nullopt;
    const std::int64_t pad = std::max<std::int64_t>((to - from) / 8, 200);
    return Range{from - pad, to + pad};
}

QString PrintFocus::note(const Range &range, std::int64_t wholeEndNs)
{
    // The width shown: microseconds are what a reader of this zoom needs.
    const std::int64_t width = range.to - range.from;
    const QString shown = width < 1'000'000
        ? QCoreApplication::translate("cacophony::TimelineLayer", "%1 µs")
              .arg(QLocale().toString(double(width) / 1e3, 'f', width < 10'000 ? 2 : 0))
        : TimelineModel::formatMs(width);
    return QCoreApplication::translate("cacophony::TimelineLayer",
                                       "Zoomed in on the printed lines: %1 of a %2 run shown (scroll to zoom out)")
        .arg(shown, TimelineModel::formatMs(wholeEndNs));
}

} // namespace cacophony
