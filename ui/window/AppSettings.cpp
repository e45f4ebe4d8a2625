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

#include <algorithm>
#include <initializer_list>
#include <type_traits>
#include <variant>
#include <vector>

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

bool oneOf(const QString &v, std::initializer_list<const char *> allowed)
{
    return std::any_of(allowed.begin(), allowed.end(), [&v](const char *a) { return v == QLatin1String(a); });
}

// One row per stored key: where it lives in AppSettings and what is valid. load() and
// save() both walk this table, so a key is named once.
struct Key
{
    const char *name;
    std::variant<int AppSettings::*, double AppSettings::*, bool AppSettings::*, QString AppSettings::*,
        std::uint64_t AppSettings::*, QByteArray AppSettings::*>
        member;
    double min = 0; // numbers
    double max = 0;
    bool zeroAllowed = false; // integers: 0 = not chosen, else min..max
    bool (*valid)(const QString &) = nullptr; // texts; null: any
};

const std::vector<Key> &keys()
{
    static const std::vector<Key> table = {
        { "tempo/bpm", &AppSettings::bpm, BpmScale::kMinBpm, BpmScale::kMaxBpm },
        { "run/beats", &AppSettings::beats, 0, AppSettings::kMaxBeats },
        { "run/scenario", &AppSettings::scenario, 0, 0, false, isScenarioOrCustom },
        { "run/customStrategy", &AppSettings::customStrategy, 0, 0, false,
            [](const QString &v) { return ScenarioRegistry::findStrategy(v) != nullptr; } },
        { "run/customProfile", &AppSettings::customProfile, 0, 0, false,
            [](const QString &v) { return delayProfileFromName(v).has_value(); } },
        { "run/seed", &AppSettings::seed, 0, double(AppSettings::kMaxSeed) },
        { "audio/volume", &AppSettings::volume, 0, 100 },
        { "audio/device", &AppSettings::audioDevice },
        { "view/timeline", &AppSettings::timelineView, 0, 0, false,
            [](const QString &v) { return oneOf(v, { "beats", "tasks" }); } },
        { "view/theme", &AppSettings::theme, 0, 0, false,
            [](const QString &v) { return oneOf(v, { "system", "light", "dark" }); } },
        { "paths/export", &AppSettings::exportDir },
        { "paths/trace", &AppSettings::traceDir },
        { "export/width", &AppSettings::exportWidth, ChartExporter::kMinSize, ChartExporter::kMaxSize, true },
        { "export/height", &AppSettings::exportHeight, ChartExporter::kMinSize, ChartExporter::kMaxSize, true },
        { "export/scale", &AppSettings::exportScale, ExportOptionsDialog::kMinScale, ExportOptionsDialog::kMaxScale },
        { "export/keepAspect", &AppSettings::exportKeepAspect },
        { "replay/speed", &AppSettings::replaySpeed, ReplaySchedule::kMinSpeed, ReplaySchedule::kMaxSpeed },
        { "view/presentationScale", &AppSettings::presentationScale, PresentationMode::kMinScale,
            PresentationMode::kMaxScale },
        { "export/wholeRun", &AppSettings::exportWholeRun },
        { "export/format", &AppSettings::exportFormat, 0, 0, false,
            [](const QString &v) { return oneOf(v, { "png", "jpg", "pdf", "svg" }); } },
        { "export/quality", &AppSettings::exportQuality, 1, 100 },
        { "firstStart/done", &AppSettings::firstStartDone },
        { "metronome/mode", &AppSettings::mode, 0, 0, false,
            [](const QString &v) { return oneOf(v, { "metronome", "scenarios" }); } },
        { "metronome/signature", &AppSettings::signature, 0, 0, false,
            [](const QString &v) { return ClickPattern().setSignature(v); } },
        { "metronome/subdivision", &AppSettings::subdivision, 0, 0, false,
            [](const QString &v) { return ClickPattern::subdivisionFromName(v).has_value(); } },
        { "metronome/accents", &AppSettings::accents, 0, 0, false,
            [](const QString &v) { return ClickPattern().setAccents(v); } },
        { "window/geometry", &AppSettings::geometry },
        { "window/state", &AppSettings::windowState },
    };
    return table;
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
    for (const Key &key : keys()) {
        std::visit(
            [&](auto member) {
                using T = std::remove_reference_t<decltype(s.*member)>;
                T &value = s.*member;
                if constexpr (std::is_same_v<T, int>) {
                    if (key.zeroAllowed)
                        r.integerOrZero(key.name, value, int(key.min), int(key.max));
                    else
                        r.integer(key.name, value, int(key.min), int(key.max));
                } else if constexpr (std::is_same_v<T, double>) {
                    r.real(key.name, value, key.min, key.max);
                } else if constexpr (std::is_same_v<T, bool>) {
                    r.boolean(key.name, value);
                } else if constexpr (std::is_same_v<T, QString>) {
                    r.text(key.name, value, [&key](const QString &v) { return !key.valid || key.valid(v); });
                } else if constexpr (std::is_same_v<T, std::uint64_t>) {
                    r.unsignedInteger(key.name, value, std::uint64_t(key.max));
                } else {
                    r.bytes(key.name, value);
                }
            },
            key.member);
    }
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    for (const Key &key : keys()) {
        std::visit(
            [&](auto member) {
                const auto &value = this->*member;
                using T = std::remove_cvref_t<decltype(value)>;
                // Numbers that are not ints go as text: exact, and the same in every format.
                if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::uint64_t>)
                    settings.setValue(QLatin1String(key.name), QString::number(value));
                else
                    settings.setValue(QLatin1String(key.name), value);
            },
            key.member);
    }
}

std::unique_ptr<QSettings> AppSettings::open(const QString &file)
{
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace cacophony
