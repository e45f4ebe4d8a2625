#include "window/BpmScale.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

namespace {
constexpr double kLowRatio = double(BpmScale::kMusicalMaxBpm) / BpmScale::kDialMinBpm;
constexpr double kHighRatio = double(BpmScale::kMaxBpm) / BpmScale::kMusicalMaxBpm;
constexpr int kHighSteps = BpmScale::kSteps - BpmScale::kMusicalSteps;

double exactBpm(double dial)
{
    if (dial <= BpmScale::kMusicalSteps)
        return BpmScale::kDialMinBpm * std::pow(kLowRatio, dial / BpmScale::kMusicalSteps);
    return BpmScale::kMusicalMaxBpm * std::pow(kHighRatio, (dial - BpmScale::kMusicalSteps) / kHighSteps);
}
} // namespace

int BpmScale::dialToBpm(int dial)
{
    dial = std::clamp(dial, 0, kSteps);
    return std::clamp(int(std::lround(exactBpm(dial))), kDialMinBpm, kMaxBpm);
}

int BpmScale::bpmToDial(int bpm)
{
    if (bpm <= kDialMinBpm)
        return 0;
    if (bpm >= kMaxBpm)
        return kSteps;
    double dial;
    if (bpm <= kMusicalMaxBpm)
        dial = kMusicalSteps * std::log(double(bpm) / kDialMinBpm) / std::log(kLowRatio);
    else
        dial = kMusicalSteps + kHighSteps * std::log(double(bpm) / kMusicalMaxBpm) / std::log(kHighRatio);
    int d = std::clamp(int(std::lround(dial)), 0, kSteps);
    // Rounding the position may land on a neighbour BPM: pick the nearest of the three.
    int best = d;
    for (int c : { d - 1, d + 1 }) {
        if (c >= 0 && c <= kSteps && std::abs(dialToBpm(c) - bpm) < std::abs(dialToBpm(best) - bpm))
            best = c;
    }
    return best;
}

} // namespace cacophony
