#pragma once

// What the click track plays within a bar: a time signature (1/4 to 12/8; the dial's BPM
// counts the signature's unit, so 6/8 at 120 is six eighths at 120 a minute), which beats
// are accented (the first always), and a subdivision of every beat.
//
// A plain value; its names are stable, they are stored in the settings.

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace cacophony {

enum class Subdivision : std::uint8_t { None, Eighths, Triplets, Sixteenths };

struct ClickPattern
{
    static constexpr int kMaxBeatsPerBar = 12;

    int beatsPerBar = 4; // 1..kMaxBeatsPerBar
    int beatUnit = 4;    // 4 or 8
    Subdivision subdivision = Subdivision::None;
    std::uint32_t accents = 1; // bit i: beat i of the bar is accented; bit 0 always is

    bool operator==(const ClickPattern &) const = default;

    bool isAccented(int beatInBar) const;
    // Clicks per beat: 1, 2, 3 or 4.
    static int clicksPerBeat(Subdivision subdivision);

    // "7/8".
    QString signatureName() const;
    // Parses "n/4" or "n/8" (n in 1..12) into beatsPerBar and beatUnit; false otherwise.
    bool setSignature(const QString &name);
    // The signatures offered in the window, in that order.
    static QStringList offeredSignatures();

    // "none", "eighths", "triplets", "sixteenths"; nullopt for anything else.
    static QString subdivisionName(Subdivision subdivision);
    static std::optional<Subdivision> subdivisionFromName(const QString &name);

    // "1,4": the accented beats, counted from 1. Parsing ignores beats beyond the bar and
    // always keeps the first; false for text that is not such a list.
    QString accentsName() const;
    bool setAccents(const QString &name);
    // Keeps the first beat accented and drops accents beyond the bar.
    void normalise();
};

} // namespace cacophony

Q_DECLARE_METATYPE(cacophony::ClickPattern)
