#pragma once

// The automatic zoom of a lesson that prints lines: where its goroutines live and print.
// The bedtime lessons spend microseconds on what they teach and up to a second pausing
// (the pause lesson) or starting up (the sequential one); fitted whole, every goroutine
// would sit in the first pixel. A pure function of the model, so the window and the
// exports zoom alike.
//
// UI thread only (reads the model).

#include <QString>
#include <cstdint>
#include <optional>

namespace cacophony {

class TimelineModel;

class PrintFocus
{
public:
    struct Range
    {
        std::int64_t from = 0, to = 0; // ns, padded
    };
    // The range to show instead of the whole run, if the run prints lines and what its
    // goroutines do (spawn to end, and the lines they print; a run without goroutines:
    // its lines) takes less than kShare of it; none otherwise.
    static std::optional<Range> of(const TimelineModel &model, std::int64_t wholeEndNs);
    // What the chart says about the zoom: "Zoomed in on the printed lines: ...".
    static QString note(const Range &range, std::int64_t wholeEndNs);

    static constexpr double kShare = 0.4;
};

} // namespace cacophony
