#pragma once

// The arithmetic of `cacophony bench timing`'s rounds: the interval sd of a list of beat
// times, and the median of per-round figures with a distribution-free confidence interval
// (order statistics: no assumption about how a loaded machine's figures are spread).
// Pure functions; thread-safe.

#include <cstdint>
#include <vector>

namespace cacophony {

class BenchStatistics
{
public:
    struct Summary
    {
        int count = 0;          // 0: nothing to summarise (every other field is 0)
        double median = 0;
        double low = 0, high = 0; // the confidence interval of the median
        double coverage = 0;    // its confidence: >= 0.95 where count allows (count >= 6), else less
        double min = 0, max = 0;
    };

    // Population sd in ms of the gaps between consecutive times (ns, in performance
    // order), as RunAnalysis computes a run's interval sd. 0 for fewer than three times.
    static double intervalSdMs(const std::vector<std::int64_t> &timesNs);
    // Median, its ~95 % interval [x(k), x(n+1-k)], min and max of `values`.
    static Summary summarise(std::vector<double> values);
    // `value` rounded to `decimals` decimal places, for JSON output: a figure measured to a
    // microsecond has no business carrying fifteen digits.
    static double rounded(double value, int decimals);
};

} // namespace cacophony
