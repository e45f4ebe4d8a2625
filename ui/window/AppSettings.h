#pragma once

// The app's persistent settings, as plain values, read from and written to QSettings.
// load() never trusts the file: a value of the wrong type or out of range falls back to
// its default and is reported in warnings (shown in the status bar), so a corrupt
// settings file can never stop the app from starting.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>

namespace cacophony {

struct AppSettings
{
    int bpm = 240; // fast enough to hear scenario 9 fall apart in seconds
    int beats = 15; // beats per run; 0 = continuous until Stop
    QString scenario = QStringLiteral("async_naive"); // scenario id, or "custom"
    QString customStrategy = QStringLiteral("async_naive");
    QString customProfile = QStringLiteral("random");
    std::uint64_t seed = 1;
    int volume = 80; // master volume 0-100
    QString audioDevice; // empty = the system's default output
    QString timelineView = QStringLiteral("beats"); // beats | tasks
    QString theme = QStringLiteral("system"); // system | light | dark
    QString exportDir;
    // File > Export Image: the last chosen size (0 = the timeline's size on screen) and scale.
    int exportWidth = 0;
    int exportHeight = 0;
    double exportScale = 2.0; // sharp on high-DPI screens and in slides
    bool exportKeepAspect = true;
    bool exportWholeRun = true; // the whole run, or only the visible range
    QString exportFormat = QStringLiteral("png"); // png | jpg | pdf | svg: the last one chosen
    int exportQuality = 92; // JPG, 1-100
    QString traceDir;
    double replaySpeed = 0.1; // one of ReplaySchedule::kPresetSpeeds
    double presentationScale = 1.5; // View > Presentation: text and marks this many times their size
    bool firstStartDone = false;
    // Metronome mode (ClickPattern's names).
    QString mode = QStringLiteral("scenarios"); // metronome | scenarios
    QString signature = QStringLiteral("4/4");
    QString subdivision = QStringLiteral("none");
    QString accents = QStringLiteral("1"); // the accented beats, from 1
    QByteArray geometry;
    QByteArray windowState;

    static constexpr int kMaxBeats = 1'000'000;
    static constexpr std::uint64_t kMaxSeed = 2'147'483'647; // what the seed box can show

    // Reads everything; bad values fall back to defaults, one line per problem in *warnings.
    static AppSettings load(QSettings &settings, QStringList *warnings = nullptr);
    void save(QSettings &settings) const;

    // The settings store the app uses: the file given (INI), or the platform default.
    static std::unique_ptr<QSettings> open(const QString &file = {});
};

} // namespace cacophony
