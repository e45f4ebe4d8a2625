#include "window/AppSettings.h"

#include "clicktrack/ClickPattern.h"
#include "export/ChartExporter.h"
#include "export/ExportOptionsDialog.h"
#include "metronome/DelayProfile.h"
#include "metronome/Scenario.h"
#include "replay/ReplaySchedule.h"
#include "window/BpmScale.h"
#include "window/PresentationMode.h"

#include <QCoreApplication>

namespace cacophony {

namespace {

// Each reader takes the default in `value` and replaces it only with a valid stored value.
class Reader
{
public:
    Reader(QSettings &settings, QStringList *warnings)
        : m_settings(settings)
        , m_warnings(warnings)
    {
    }

    void integer(const char *key, int &value, int min, int max)
    {
        if (!m_settings.contains(QLatin1String(key)))
            return;
        bool ok = false;
        const qlonglong v = m_settings.value(QLatin1String(key)).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return reject(key, value);
        value = int(v);
    }
    // 0 (not chosen) or min..max.
    void integerOrZero(const char *key, int &value, int min, int max)
    {
        int v = value;
        integer(key, v, 0, max);
        if (v != 0 && v < min)
            return reject(key, value);
        value = v;
    }
    void real(const char *key, double &value, double min, double max)
    {
        if (!m_settings.contains(QLatin1String(key)))
            return;
        bool ok = false;
        const double v = m_settings.value(QLatin1String(key)).toString().toDouble(&ok);
        if (!ok || !(v >= min && v <= max))
            return reject(key, QString::number(value));
        value = v;
    }
    void unsignedInteger(const char *key, std::uint64_t &value, std::uint64_t max)
    {
        if (!m_settings.contains(QLatin1String(key)))
            return;
        bool ok = false;
        const qulonglong v = m_settings.value(QLatin1String(key)).toString().toULongLong(&ok);
        if (!ok || v > max)
            return reject(key, QString::number(value));
        value = v;
    }
    template <typename Valid> void text(const char *key, QString &value, Valid valid)
    {
        if (!m_settings.contains(QLatin1String(key)))
            return;
        const QVariant v = m_settings.value(QLatin1String(key));
        if (!v.canConvert<QString>() || !valid(v.toString()))
            return reject(key, value);
        value = v.toString();
    }
    void boolean(const char *key, bool &value)
    {
        if (!m_settings.contains(QLatin1String(key)))
            return;
        const QString v = m_settings.value(QLatin1String(key)).toString().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1"))
            value = true;
        else if (v == QLatin1String("false") || v == QLatin1String("0"))
            value = false;
        else
            reject(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void bytes(const char *key, QByteArray &value)
    {
        if (m_settings.contains(QLatin1String(key)))
            value = m_settings.value(QLatin1String(key)).toByteArray();
    }

private:
    void reject(const char *key, int fallback) { reject(key, QString::number(fallback)); }
    void reject(const char *key, const QString &fallback)
    {
        if (m_warnings)
            m_warnings->append(QCoreApplication::translate("AppSettings", "Setting %1 was invalid; using %2.")
                                   .arg(QLatin1String(key), fallback));
    }

    QSettings &m_settings;
    QStringList *m_warnings;
};

bool isScenarioOrCustom(const QString &id)
{
    if (id == QLatin1String("custom"))
        return true;
    const Scenario *s = ScenarioRegistry::findScenario(id);
    return s && s->id == id; // ids only: a bare number is not a stored value
}

} // namespace

AppSettings AppSettings::load(QSettings &settings, QStringList *warnings)
{
    AppSettings s;
    if (settings.status() != QSettings::NoError) {
        if (warnings)
            warnings->append(QCoreApplication::translate(
                "AppSettings", "The settings file could not be read; using defaults."));
        return s;
    }
    Reader r(settings, warnings);
    r.integer("tempo/bpm", s.bpm, BpmScale::kMinBpm, BpmScale::kMaxBpm);
    r.integer("run/beats", s.beats, 0, kMaxBeats);
    r.text("run/scenario", s.scenario, isScenarioOrCustom);
    r.text("run/customStrategy", s.customStrategy,
        [](const QString &v) { return ScenarioRegistry::findStrategy(v) != nullptr; });
    r.text("run/customProfile", s.customProfile,
        [](const QString &v) { return delayProfileFromName(v).has_value(); });
    r.unsignedInteger("run/seed", s.seed, kMaxSeed);
    r.integer("audio/volume", s.volume, 0, 100);
    r.text("audio/device", s.audioDevice, [](const QString &) { return true; });
    r.text("view/timeline", s.timelineView,
        [](const QString &v) { return v == QLatin1String("beats") || v == QLatin1String("tasks"); });
    r.text("view/theme", s.theme, [](const QString &v) {
        return v == QLatin1String("system") || v == QLatin1String("light") || v == QLatin1String("dark");
    });
    r.text("paths/export", s.exportDir, [](const QString &) { return true; });
    r.text("paths/trace", s.traceDir, [](const QString &) { return true; });
    r.integerOrZero("export/width", s.exportWidth, ChartExporter::kMinSize, ChartExporter::kMaxSize);
    r.integerOrZero("export/height", s.exportHeight, ChartExporter::kMinSize, ChartExporter::kMaxSize);
    r.real("export/scale", s.exportScale, ExportOptionsDialog::kMinScale, ExportOptionsDialog::kMaxScale);
    r.boolean("export/keepAspect", s.exportKeepAspect);
    r.real("replay/speed", s.replaySpeed, ReplaySchedule::kMinSpeed, ReplaySchedule::kMaxSpeed);
    r.real("view/presentationScale", s.presentationScale, PresentationMode::kMinScale, PresentationMode::kMaxScale);
    r.boolean("export/wholeRun", s.exportWholeRun);
    r.text("export/format", s.exportFormat, [](const QString &v) {
        return v == QLatin1String("png") || v == QLatin1String("jpg") || v == QLatin1String("pdf")
            || v == QLatin1String("svg");
    });
    r.integer("export/quality", s.exportQuality, 1, 100);
    r.boolean("firstStart/done", s.firstStartDone);
    r.text("metronome/mode", s.mode,
        [](const QString &v) { return v == QLatin1String("metronome") || v == QLatin1String("scenarios"); });
    r.text("metronome/signature", s.signature, [](const QString &v) { return ClickPattern().setSignature(v); });
    r.text("metronome/subdivision", s.subdivision,
        [](const QString &v) { return ClickPattern::subdivisionFromName(v).has_value(); });
    r.text("metronome/accents", s.accents, [](const QString &v) { return ClickPattern().setAccents(v); });
    r.bytes("window/geometry", s.geometry);
    r.bytes("window/state", s.windowState);
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tempo/bpm"), bpm);
    settings.setValue(QStringLiteral("run/beats"), beats);
    settings.setValue(QStringLiteral("run/scenario"), scenario);
    settings.setValue(QStringLiteral("run/customStrategy"), customStrategy);
    settings.setValue(QStringLiteral("run/customProfile"), customProfile);
    settings.setValue(QStringLiteral("run/seed"), QString::number(seed));
    settings.setValue(QStringLiteral("audio/volume"), volume);
    settings.setValue(QStringLiteral("audio/device"), audioDevice);
    settings.setValue(QStringLiteral("view/timeline"), timelineView);
    settings.setValue(QStringLiteral("view/theme"), theme);
    settings.setValue(QStringLiteral("paths/export"), exportDir);
    settings.setValue(QStringLiteral("paths/trace"), traceDir);
    settings.setValue(QStringLiteral("export/width"), exportWidth);
    settings.setValue(QStringLiteral("export/height"), exportHeight);
    settings.setValue(QStringLiteral("export/scale"), QString::number(exportScale));
    settings.setValue(QStringLiteral("export/keepAspect"), exportKeepAspect);
    settings.setValue(QStringLiteral("replay/speed"), QString::number(replaySpeed));
    settings.setValue(QStringLiteral("view/presentationScale"), QString::number(presentationScale));
    settings.setValue(QStringLiteral("export/wholeRun"), exportWholeRun);
    settings.setValue(QStringLiteral("export/format"), exportFormat);
    settings.setValue(QStringLiteral("export/quality"), exportQuality);
    settings.setValue(QStringLiteral("firstStart/done"), firstStartDone);
    settings.setValue(QStringLiteral("metronome/mode"), mode);
    settings.setValue(QStringLiteral("metronome/signature"), signature);
    settings.setValue(QStringLiteral("metronome/subdivision"), subdivision);
    settings.setValue(QStringLiteral("metronome/accents"), accents);
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), windowState);
}

std::unique_ptr<QSettings> AppSettings::open(const QString &file)
{
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace cacophony
