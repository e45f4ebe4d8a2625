// What an unprivileged application can still do for its tick thread on a machine where a
// thread loses its core for milliseconds: the bare tick loop (TickerFloor) in variants,
// alternately in rounds, each as a ratio to the loop as the Ticker runs it (same round).
// Variants: where the spin starts (none, the Ticker's, earlier), the loop's memory
// pre-faulted, and the privileged means (SCHED_FIFO 1, mlockall), which silently stay
// ordinary where the system does not allow them.
//
//   bench_tickfloor [--rounds 15] [--beats 200] [--bpm 6000]
//
// Prints per variant the median interval sd and wake-up lateness p99 with their ~95 %
// intervals, and the per-round ratios of the sd to the Ticker's variant. Measures, never
// asserts.

#include "cli/BenchStatistics.h"
#include "runtime/Ticker.h"
#include "runtime/TickerFloor.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using cacophony::BenchStatistics;
using cacophony::TickerFloor;

namespace {

struct Named
{
    const char *name;
    TickerFloor::Variant variant;
};

double p99LatenessUs(const std::vector<std::int64_t> &times, std::int64_t intervalNs)
{
    std::vector<double> late;
    for (std::size_t i = 0; i < times.size(); ++i)
        late.push_back(static_cast<double>(times[i] - static_cast<std::int64_t>(i + 1) * intervalNs) / 1e3);
    if (late.empty())
        return 0;
    std::sort(late.begin(), late.end());
    return late[std::min(late.size() - 1, static_cast<std::size_t>(0.99 * static_cast<double>(late.size())))];
}

void print(const char *what, const BenchStatistics::Summary &s, const char *unit)
{
    std::printf("    %-14s %9.3f %-3s [%.3f, %.3f]  min %.3f  max %.3f\n", what, s.median, unit, s.low, s.high, s.min,
                s.max);
}

} // namespace

int main(int argc, char **argv)
{
    int rounds = 15, beats = 200, bpm = 6000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const int v = std::atoi(argv[i + 1]);
        if (a == "--rounds")
            rounds = v;
        else if (a == "--beats")
            beats = v;
        else if (a == "--bpm")
            bpm = v;
    }
    if (rounds < 1 || beats < 3 || bpm < 1) {
        std::fprintf(stderr, "usage: bench_tickfloor [--rounds N >= 1] [--beats N >= 3] [--bpm N >= 1]\n");
        return 2;
    }
    const std::int64_t interval = 60'000'000'000LL / bpm;
    const std::int64_t tickerSpin = cacophony::Ticker::spinNs(interval);
    std::vector<Named> variants = {
        {"ticker", {}},
        {"no spin", {0, false, false, false}},
        {"spin 400 us", {std::min<std::int64_t>(400'000, interval / 2), false, false, false}},
        {"spin 1 ms", {std::min<std::int64_t>(1'000'000, interval / 2), false, false, false}},
        {"spin 2 ms", {std::min<std::int64_t>(2'000'000, interval / 2), false, false, false}},
        {"pre-faulted", {-1, true, false, false}},
        {"SCHED_FIFO", {-1, false, true, false}},
        {"mlockall", {-1, false, false, true}},
    };
    std::printf("%d rounds of %d ticks at %d BPM (interval %.3f ms; the Ticker spins the last %.0f us), variants "
                "alternately\n",
                rounds, beats, bpm, interval / 1e6, tickerSpin / 1e3);
    const std::size_t n = variants.size();
    std::vector<std::vector<double>> sd(n), p99(n), ratio(n);
    std::vector<double> loads;
    for (int r = 0; r < rounds; ++r) {
        std::vector<double> roundSd(n);
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t v = (static_cast<std::size_t>(r) + k) % n;
            const auto times = TickerFloor::run(std::chrono::nanoseconds(interval), beats, variants[v].variant);
            roundSd[v] = BenchStatistics::intervalSdMs(times);
            sd[v].push_back(roundSd[v]);
            p99[v].push_back(p99LatenessUs(times, interval));
        }
        for (std::size_t v = 0; v < n; ++v)
            if (roundSd[0] > 0)
                ratio[v].push_back(roundSd[v] / roundSd[0]);
        double load = -1;
        getloadavg(&load, 1);
        loads.push_back(load);
        std::printf("round %2d  load %5.2f  sd ms:", r + 1, load);
        for (std::size_t v = 0; v < n; ++v)
            std::printf("  %s %.3f", variants[v].name, roundSd[v]);
        std::printf("\n");
    }
    const auto l = BenchStatistics::summarise(loads);
    std::printf("medians [~95 %% CI] over the rounds (load average %.2f, %.2f-%.2f):\n", l.median, l.min, l.max);
    for (std::size_t v = 0; v < n; ++v) {
        std::printf("  %s\n", variants[v].name);
        print("sd", BenchStatistics::summarise(sd[v]), "ms");
        print("wake p99", BenchStatistics::summarise(p99[v]), "us");
        print("sd / ticker's", BenchStatistics::summarise(ratio[v]), "x");
    }
    return 0;
}
