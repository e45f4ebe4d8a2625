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

int BpmScale::step(int bpm, int steps)
{
    bpm = std::clamp(bpm, kMinBpm, kMaxBpm);
    const int direction = steps > 0 ? 1 : -1;
    for (int i = 0; i != steps; i += direction) {
        const int next = bpm + direction;
        if (next <= kMusicalMaxBpm) {
            bpm = std::clamp(next, kMinBpm, kMaxBpm);
            continue;
        }
        // Above the musical range one BPM is too fine: move to the next dial position.
        int dial = bpmToDial(bpm);
        while (dial >= 0 && dial <= kSteps && dialToBpm(dial) * direction <= bpm * direction)
            dial += direction;
        bpm = dial > kSteps ? kMaxBpm : std::max(dialToBpm(dial), kMusicalMaxBpm);
    }
    return bpm;
}

} // namespace cacophony
