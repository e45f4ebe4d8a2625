#include "metronomemode/MetronomeMode.h"

#include "metronomemode/BeatFlash.h"
#include "metronomemode/MeterControls.h"
#include "metronomemode/MetronomeController.h"
#include "metronomemode/TempoKeys.h"
#include "window/AppSettings.h"

#include <QComboBox>
#include <QWidget>

namespace cacophony {

MetronomeMode::MetronomeMode(QWidget *window, SoundSink *sink)
    : QObject(window)
    , m_switch(new ModeSwitch(window))
    , m_meter(new MeterControls(window))
    , m_flash(new BeatFlash(window))
    , m_controller(new MetronomeController(sink, this))
    , m_keys(new TempoKeys(window))
{
    connect(m_switch, &ModeSwitch::modeChanged, this, [this](ModeSwitch::Mode mode) {
        if (mode == ModeSwitch::Mode::Scenarios)
            stop();
        showMode();
        emit modeChanged(mode == ModeSwitch::Mode::Metronome);
    });
    connect(m_meter, &MeterControls::patternChanged, this, [this](const ClickPattern &p) {
        m_controller->setPattern(p);
        m_flash->setBeatsPerBar(p.beatsPerBar);
        emit patternChanged();
    });
    connect(m_controller, &MetronomeController::clickHeard, m_flash, &BeatFlash::flash);
    connect(m_controller, &MetronomeController::stopped, m_flash, &BeatFlash::clear);
    showMode();
}

MetronomeMode::~MetronomeMode()
{
    m_controller->stop();
}

bool MetronomeMode::isActive() const
{
    return m_switch->mode() == ModeSwitch::Mode::Metronome;
}

bool MetronomeMode::isPlaying() const
{
    return m_controller->isPlaying();
}

ClickPattern MetronomeMode::pattern() const
{
    return m_meter->pattern();
}

QString MetronomeMode::headerText() const
{
    return tr("<b>Metronome</b> — %1, %2. ↑/↓ ±1 BPM, PgUp/PgDn ±10, Space plays and stops, T taps.")
        .arg(m_meter->pattern().signatureName(), m_meter->subdivisionBox()->currentText().toLower());
}

void MetronomeMode::setScenarioWidgets(const QList<QWidget *> &widgets)
{
    m_scenarioWidgets.clear();
    for (QWidget *w : widgets)
        m_scenarioWidgets << w;
    showMode();
}

void MetronomeMode::apply(const AppSettings &settings)
{
    ClickPattern p;
    p.setSignature(settings.signature);
    p.subdivision = ClickPattern::subdivisionFromName(settings.subdivision).value_or(Subdivision::None);
    p.setAccents(settings.accents);
    m_meter->setPattern(p);
    m_controller->setPattern(m_meter->pattern());
    m_flash->setBeatsPerBar(p.beatsPerBar);
    m_switch->setMode(ModeSwitch::fromName(settings.mode));
    showMode();
}

void MetronomeMode::store(AppSettings &settings) const
{
    const ClickPattern p = m_meter->pattern();
    settings.mode = ModeSwitch::name(m_switch->mode());
    settings.signature = p.signatureName();
    settings.subdivision = ClickPattern::subdivisionName(p.subdivision);
    settings.accents = p.accentsName();
}

void MetronomeMode::setActive(bool metronome)
{
    const ModeSwitch::Mode mode = metronome ? ModeSwitch::Mode::Metronome : ModeSwitch::Mode::Scenarios;
    if (mode == m_switch->mode())
        return;
    if (!metronome)
        stop();
    m_switch->setMode(mode);
    showMode();
    emit modeChanged(metronome);
}

void MetronomeMode::play(int bpm)
{
    m_flash->setBeatsPerBar(m_meter->pattern().beatsPerBar);
    m_controller->start(bpm, m_meter->pattern());
}

void MetronomeMode::stop()
{
    m_controller->stop();
}

void MetronomeMode::setBpm(int bpm)
{
    m_controller->setBpm(bpm);
}

void MetronomeMode::showMode()
{
    const bool metronome = isActive();
    m_meter->setVisible(metronome);
    m_flash->setVisible(metronome);
    for (QWidget *w : std::as_const(m_scenarioWidgets)) {
        if (w)
            w->setVisible(!metronome);
    }
}

} // namespace cacophony
