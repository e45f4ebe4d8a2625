#pragma once

// The BPM dial's scale. Most of the dial's travel covers the musical range 20-300 BPM on
// a geometric scale (equal ratios per step, like the marks of a mechanical metronome);
// the last part climbs geometrically from 300 to the series' 6000 BPM.
//
// Contract: dialToBpm is monotonic non-decreasing over [0, kSteps]; bpmToDial is its
// nearest inverse: dialToBpm(bpmToDial(b)) == b for every b in 20..300, and within 2 %
// of b above 300, where one dial step is more than one BPM.

namespace cacophony {

class BpmScale
{
public:
    static constexpr int kSteps = 1000; // dial range is 0..kSteps
    static constexpr int kMusicalSteps = 850; // 0..850 covers 20..300
    static constexpr int kMinBpm = 1; // the spin box's range
    static constexpr int kMaxBpm = 6000;
    static constexpr int kDialMinBpm = 20;
    static constexpr int kMusicalMaxBpm = 300;

    static int dialToBpm(int dial);
    // BPM below the dial's range map to 0, above it to kSteps.
    static int bpmToDial(int bpm);
    // A fine step of the dial (wheel notch, arrow key): one BPM up to kMusicalMaxBpm, then
    // the next dial position whose BPM differs. Clamped to kMinBpm..kMaxBpm.
    static int step(int bpm, int steps);
};

} // namespace cacophony
