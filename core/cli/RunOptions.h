#pragma once

// The options of `cacophony run` and `cacophony bench timing`, parsed and validated
// before anything runs: a bad value is reported as one line and nothing is started.
//
// Syntax: `--name VALUE` or `--name=VALUE`; flags take no value; the last repetition of
// an option wins; no positional arguments.

#include "metronome/Scenario.h"
#include "trace/TraceData.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace cacophony {

struct RunOptions
{
    enum class Command { Run, BenchTiming };

    static constexpr int kMinBpm = 1;
    static constexpr int kMaxBpm = 6000;
    static constexpr int kMinBeats = 1;
    static constexpr int kMaxBeats = 100000;
    static constexpr int kRunBeats = 15;
    static constexpr int kBenchBeats = 200;
    static constexpr int kBenchRounds = 5; // bench timing: rounds of each scenario, Go and the floor
    static constexpr int kMaxRounds = 1000;
    static constexpr int kDefaultBpm = 6000;
    // The scenarios `bench timing` runs by default: those driven by a ticker whose
    // tempo does not depend on the measurement time.
    static constexpr int kBenchScenarios[] = {6, 11, 12, 13, 14};

    // What to run, in order: scenarios, or lessons (--lesson; never both). A null entry is
    // a custom run (--strategy without --scenario).
    std::vector<const Scenario *> scenarios;
    const Strategy *strategy = nullptr;  // --strategy: replaces each scenario's own
    std::optional<DelayProfile> profile; // --profile: replaces each scenario's own
    int bpm = kDefaultBpm;
    bool bpmGiven = false; // --bpm given: it overrides a lesson's own default tempo
    int beats = kRunBeats;
    std::uint64_t seed = 1;
    int rounds = kBenchRounds; // bench timing only
    QString tracePath; // empty: none
    QString wavPath;   // empty: none
    bool json = false;
    bool audio = false;
    bool help = false; // --help given: print usage, ignore the rest

    // args: the words after the command ("run" or "bench timing").
    // On bad input returns nullopt and a one-line message in *error.
    static std::optional<RunOptions> parse(Command command, const QStringList &args, QString *error);

    // The settings for one entry of `scenarios`.
    RunSettings settingsFor(const Scenario *scenario) const;
    // True if more than one scenario runs (output files then get the id in their name).
    bool many() const { return scenarios.size() > 1; }
    // True if what runs are lessons (--lesson).
    bool lessons() const { return !scenarios.empty() && scenarios.front() && scenarios.front()->isLesson(); }
};

} // namespace cacophony
