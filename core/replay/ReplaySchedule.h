#pragma once

// A recorded run prepared for playing back slowed down: the clicks it made and the
// moments a step (→, ←) lands on, in run-clock ns, and the mapping from run time to replay
// time at a speed. The window's ReplayController and `cacophony export --wav --speed`
// share it, so a slowed WAV holds exactly what Replay plays.
//
// Contract:
//  - At speed s (kMinSpeed <= s <= kMaxSpeed) the replay lasts 1/s as long: what happened
//    at run time t sounds at replay time round(t / s) ns after the replay's start.
//  - Only beats (and a lesson's printed lines) the run made heard become clicks: one
//    after the end of program (Lost) stays silent in the replay too, as it was in the run.
//  - Spacing::Spread (the "spread" replay) moves a click later where it would sound less than
//    kSpreadGapNs after the previous one, so that near-simultaneous clicks (a lesson's five
//    printed lines within a millisecond) are heard one by one, in their order, by pitch. It
//    gives up the exact timing for that, and each moved click delays the ones after it.
//  - Pure values, no threads: copy it freely.

#include "audio/SoundSink.h"
#include "trace/TraceData.h"

#include <QString>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace cacophony {

class ReplaySchedule
{
public:
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 1.0;
    // The speeds the window offers: 1, 1/2, 1/4, 1/10, 1/100.
    static constexpr std::array<double, 5> kPresetSpeeds{1.0, 0.5, 0.25, 0.1, 0.01};

    // The least time between two clicks' onsets in a spread replay: far enough apart for
    // an ear to hear two clicks, and their pitches, one after the other.
    static constexpr std::int64_t kSpreadGapNs = 120'000'000;
    // SampleExact: every click when it happened (scaled by the speed). Spread: see above.
    enum class Spacing { SampleExact, Spread };

    // What a step moves between: the beat view's happenings (ideal beats, measurements,
    // beats, the end of program) or every event's start and end (the task view).
    enum class Steps { Beats, All };

    ReplaySchedule() = default;
    explicit ReplaySchedule(const TraceData &trace);

    bool isEmpty() const { return m_end <= 0 && m_clicks.empty(); }
    // Where the replay ends: the latest event end or the end of program, run-clock ns.
    std::int64_t endNs() const { return m_end; }
    // The beats heard in the run, sorted by time; t is run-clock ns.
    const std::vector<Click> &clicks() const { return m_clicks; }
    // Index of the first click at or after runNs.
    std::size_t firstClickFrom(std::int64_t runNs) const;

    // The nearest step strictly after / before runNs; nullopt if there is none.
    std::optional<std::int64_t> nextStep(std::int64_t runNs, Steps steps) const;
    std::optional<std::int64_t> previousStep(std::int64_t runNs, Steps steps) const;

    // The clicks from fromRunNs on, as a replay at `speed` that starts there makes them:
    // t = toReplayNs(click.t - fromRunNs, speed).
    // With Spacing::Spread each click's t is then spreadOnset(t, the previous click's t).
    std::vector<Click> replayClicks(double speed, std::int64_t fromRunNs = 0,
                                    Spacing spacing = Spacing::SampleExact) const;
    // The onset of a spread replay's click due at replayNs whose predecessor sounded at
    // previousNs (nullopt: the first click): at least kSpreadGapNs after it.
    static std::int64_t spreadOnset(std::int64_t replayNs, std::optional<std::int64_t> previousNs);

    // Pure conversions between run time and replay time at a speed.
    static std::int64_t toReplayNs(std::int64_t runNs, double speed);
    static std::int64_t toRunNs(std::int64_t replayNs, double speed);
    // "0.1", "1/10", "10%" or "1"; nullopt unless within kMinSpeed..kMaxSpeed.
    static std::optional<double> parseSpeed(const QString &text);
    // "1×", "1/2×", "1/10×": how the window and the command line name a speed.
    static QString speedLabel(double speed);

private:
    const std::vector<std::int64_t> &steps(Steps which) const;

    std::vector<Click> m_clicks;
    std::vector<std::int64_t> m_beatSteps; // sorted, unique
    std::vector<std::int64_t> m_allSteps;  // sorted, unique
    std::int64_t m_end = 0;
};

} // namespace cacophony
