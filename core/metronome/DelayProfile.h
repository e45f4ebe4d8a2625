#pragma once

// How long a simulated volume measurement takes, as a multiple of the baseline (the beat
// interval): short = 0.5; oscillating = triangle wave over wall-clock time, period 20 x
// baseline, 10 levels from 0.2 to 2.5 and back; random = uniform 0.2 .. 2.5.

#include <QString>
#include <QStringView>
#include <optional>

namespace cacophony {

enum class DelayProfile { Short, Oscillating, Random };

QString delayProfileName(DelayProfile profile);                         // "short", ...
std::optional<DelayProfile> delayProfileFromName(QStringView name);     // nullopt if unknown

} // namespace cacophony
