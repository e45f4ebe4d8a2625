#include "cli/BenchStatistics.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

namespace {
constexpr double kConfidence = 0.95;
} // namespace

double BenchStatistics::intervalSdMs(const std::vector<std::int64_t> &timesNs)
{
    if (timesNs.size() < 3)
        return 0;
    // Welford's running mean and sum of squares, over the gaps in ms.
    double mean = 0, squares = 0;
    std::size_t n = 0;
    for (std::size_t i = 1; i < timesNs.size(); ++i) {
        const double gap = static_cast<double>(timesNs[i] - timesNs[i - 1]) / 1e6;
        ++n;
        const double delta = gap - mean;
        mean += delta / static_cast<double>(n);
        squares += delta * (gap - mean);
    }
    return std::sqrt(squares / static_cast<double>(n));
}

BenchStatistics::Summary BenchStatistics::summarise(std::vector<double> values)
{
    Summary s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.count = static_cast<int>(n);
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.front();
    s.max = values.back();
    // [x(k), x(n+1-k)] (1-based) holds the median with probability 1 - 2 P(B <= k-1),
    // B ~ Binomial(n, 1/2): take the largest k that keeps it >= 95 %, else k = 1.
    double below = std::pow(0.5, static_cast<double>(n)); // P(B <= k-1), for k = 1
    double term = below;                                   // P(B = k-1)
    std::size_t k = 1;
    s.coverage = 1 - 2 * below;
    for (std::size_t next = 2; next <= (n + 1) / 2; ++next) {
        term *= static_cast<double>(n - (next - 2)) / static_cast<double>(next - 1);
        const double coverage = 1 - 2 * (below + term);
        if (coverage < kConfidence)
            break;
        below += term;
        k = next;
        s.coverage = coverage;
    }
    s.low = values[k - 1];
    s.high = values[n - k];
    return s;
}

double BenchStatistics::rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace cacophony
