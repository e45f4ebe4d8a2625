#include "metronome/DelayProfile.h"

namespace cacophony {

QString delayProfileName(DelayProfile profile)
{
    switch (profile) {
    case DelayProfile::Short:
        return QStringLiteral("short");
    case DelayProfile::Oscillating:
        return QStringLiteral("oscillating");
    case DelayProfile::Random:
        return QStringLiteral("random");
    }
    return QString();
}

std::optional<DelayProfile> delayProfileFromName(QStringView name)
{
    for (DelayProfile p : {DelayProfile::Short, DelayProfile::Oscillating, DelayProfile::Random}) {
        if (name.compare(delayProfileName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace cacophony
