#pragma once

// Says in words what happens at one moment of a run, for the details panel while a
// replay's cursor moves: what the cursor just passed, and what is going on under it
// (measurements, sleeps, blocked operations, spinning). Reuses the tooltips' texts
// (TimelineText::describe), so it speaks the user's language.
//
// The model must hold a whole recorded run in time order (TimelineView::setTraceData),
// as a replay does. UI thread only; stateless.

#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QCoreApplication>
#include <QString>

namespace cacophony {

class TimelineNarrator
{
    Q_DECLARE_TR_FUNCTIONS(TimelineNarrator)

public:
    static constexpr int kMaxOngoing = 8;        // lines of "under the cursor"
    static constexpr std::size_t kMaxScan = 4096; // events looked back at for ongoing spans

    // The hit for event `index` of the model as `view` draws it (None if it draws nothing
    // of its own there, e.g. a task start).
    static TimelineHit hitFor(const TimelineModel &model, std::uint32_t index, TimelineView::View view);
    // Several lines: the time (if withTime), what was just passed, what is under the cursor.
    static QString narrate(const TimelineModel &model, std::int64_t t, TimelineView::View view, bool withTime = true);
};

} // namespace cacophony
