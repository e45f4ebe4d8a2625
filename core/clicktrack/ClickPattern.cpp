#include "clicktrack/ClickPattern.h"

#include <algorithm>

namespace cacophony {

bool ClickPattern::isAccented(int beatInBar) const
{
    return beatInBar == 0 || (beatInBar > 0 && beatInBar < 32 && (accents >> beatInBar) & 1u);
}

int ClickPattern::clicksPerBeat(Subdivision subdivision)
{
    switch (subdivision) {
    case Subdivision::None: return 1;
    case Subdivision::Eighths: return 2;
    case Subdivision::Triplets: return 3;
    case Subdivision::Sixteenths: return 4;
    }
    return 1;
}

QString ClickPattern::signatureName() const
{
    return QStringLiteral("%1/%2").arg(beatsPerBar).arg(beatUnit);
}

bool ClickPattern::setSignature(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    bool okBeats = false;
    bool okUnit = false;
    const int beats = parts[0].trimmed().toInt(&okBeats);
    const int unit = parts[1].trimmed().toInt(&okUnit);
    if (!okBeats || !okUnit || beats < 1 || beats > kMaxBeatsPerBar || (unit != 4 && unit != 8))
        return false;
    beatsPerBar = beats;
    beatUnit = unit;
    normalise();
    return true;
}

QStringList ClickPattern::offeredSignatures()
{
    return {QStringLiteral("1/4"), QStringLiteral("2/4"), QStringLiteral("3/4"), QStringLiteral("4/4"),
            QStringLiteral("5/4"), QStringLiteral("6/4"), QStringLiteral("7/4"), QStringLiteral("3/8"),
            QStringLiteral("5/8"), QStringLiteral("6/8"), QStringLiteral("7/8"), QStringLiteral("9/8"),
            QStringLiteral("12/8")};
}

QString ClickPattern::subdivisionName(Subdivision subdivision)
{
    switch (subdivision) {
    case Subdivision::None: return QStringLiteral("none");
    case Subdivision::Eighths: return QStringLiteral("eighths");
    case Subdivision::Triplets: return QStringLiteral("triplets");
    case Subdivision::Sixteenths: return QStringLiteral("sixteenths");
    }
    return QStringLiteral("none");
}

std::optional<Subdivision> ClickPattern::subdivisionFromName(const QString &name)
{
    for (Subdivision s : {Subdivision::None, Subdivision::Eighths, Subdivision::Triplets, Subdivision::Sixteenths}) {
        if (subdivisionName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString ClickPattern::accentsName() const
{
    QStringList beats;
    for (int i = 0; i < beatsPerBar; ++i) {
        if (isAccented(i))
            beats << QString::number(i + 1);
    }
    return beats.join(QLatin1Char(','));
}

bool ClickPattern::setAccents(const QString &name)
{
    std::uint32_t bits = 1;
    for (const QString &part : name.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int beat = part.trimmed().toInt(&ok);
        if (!ok || beat < 1 || beat > kMaxBeatsPerBar)
            return false;
        bits |= 1u << (beat - 1);
    }
    accents = bits;
    normalise();
    return true;
}

void ClickPattern::normalise()
{
    beatsPerBar = std::clamp(beatsPerBar, 1, kMaxBeatsPerBar);
    beatUnit = beatUnit == 8 ? 8 : 4;
    accents = (accents | 1u) & ((1u << beatsPerBar) - 1u);
}

} // namespace cacophony
