#include "window/ControlStrip.h"

#include "metronome/Scenario.h"
#include "session/RunKind.h"
#include "window/AppSettings.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>
#include <limits>

namespace cacophony {

namespace {

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

ControlStrip::ControlStrip(const WindowActions &actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("controlStrip"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4); // with its separators, roomy enough; the strip fits 1024 px

    auto *playButton = new QToolButton(this);
    playButton->setObjectName(QStringLiteral("playButton"));
    playButton->setDefaultAction(actions.playAction);
    playButton->setIconSize(QSize(36, 36));
    playButton->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    playButton->setMinimumWidth(72);
    playButton->setFocusPolicy(Qt::TabFocus);
    row->addWidget(playButton);
    row->addWidget(separator(this));

    m_tempo = new TempoControl(this);
    connect(actions.tapAction, &QAction::triggered, m_tempo, &TempoControl::tap);
    connect(actions.fasterAction, &QAction::triggered, this, [this] { m_tempo->setBpm(m_tempo->bpm() + 1); });
    connect(actions.slowerAction, &QAction::triggered, this, [this] { m_tempo->setBpm(m_tempo->bpm() - 1); });
    row->addWidget(m_tempo);
    row->addWidget(separator(this));

    m_picker = new ScenarioPicker(this);
    connect(actions.nextScenarioAction, &QAction::triggered, this, [this] { m_picker->selectNext(+1); });
    connect(actions.previousScenarioAction, &QAction::triggered, this, [this] { m_picker->selectNext(-1); });
    row->addWidget(m_picker, 1);
    row->addWidget(separator(this));

    auto *runBox = new QWidget(this);
    auto *runGrid = new QGridLayout(runBox);
    runGrid->setContentsMargins(0, 0, 0, 0);
    runGrid->setVerticalSpacing(2);
    m_beats = new QSpinBox(runBox);
    m_beats->setObjectName(QStringLiteral("beatsBox"));
    m_beats->setRange(0, AppSettings::kMaxBeats);
    m_beats->setSpecialValueText(tr("continuous"));
    m_beats->setKeyboardTracking(false);
    m_beats->setToolTip(tr("Beats per run: the series plays 15. 0 plays continuously until Stop."));
    m_seed = new QSpinBox(runBox);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("Seed of the simulated delays and volumes: the same seed repeats them "
                          "(thread scheduling still differs — that is the point)."));
    auto *dice = new QToolButton(runBox);
    dice->setDefaultAction(actions.newSeedAction);
    dice->setAutoRaise(true);
    connect(actions.newSeedAction, &QAction::triggered, this,
        [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1'000'000))); });
    // Narrow enough for a 1024 px projector: a six-digit seed (the dice give up to six) reads in full,
    // larger ones scroll (the boxes grow when there is room).
    const int digits = m_seed->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 34;
    m_seed->setMinimumWidth(digits);
    m_beats->setMinimumWidth(digits);
    runGrid->addWidget(caption(tr("&Beats"), m_beats, runBox), 0, 0);
    runGrid->addWidget(m_beats, 0, 1, 1, 2);
    runGrid->addWidget(caption(tr("S&eed"), m_seed, runBox), 1, 0);
    runGrid->addWidget(m_seed, 1, 1);
    runGrid->addWidget(dice, 1, 2);
    row->addWidget(runBox);
    row->addWidget(separator(this));

    auto *volumeBox = new QWidget(this);
    auto *volumeGrid = new QGridLayout(volumeBox);
    volumeGrid->setContentsMargins(0, 0, 0, 0);
    volumeGrid->setVerticalSpacing(2);
    m_volume = new QSlider(Qt::Horizontal, volumeBox);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volume->setMinimumWidth(48);
    m_volume->setToolTip(tr("Master volume of the clicks"));
    m_speaker = new QLabel(volumeBox);
    m_speaker->setObjectName(QStringLiteral("volumeIcon"));
    volumeGrid->addWidget(caption(tr("&Volume"), m_volume, volumeBox), 0, 0, 1, 2);
    volumeGrid->addWidget(m_speaker, 1, 0);
    volumeGrid->addWidget(m_volume, 1, 1);
    row->addWidget(volumeBox);
    setSilent(false, {});

    connect(m_tempo, &TempoControl::bpmChanged, this, &ControlStrip::emitChanged);
    connect(m_picker, &ScenarioPicker::selectionChanged, this, &ControlStrip::emitChanged);
    connect(m_beats, &QSpinBox::valueChanged, this, &ControlStrip::emitChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &ControlStrip::emitChanged);
    connect(m_volume, &QSlider::valueChanged, this, &ControlStrip::volumeChanged);
}

RunSettings ControlStrip::runSettings() const
{
    RunSettings s;
    s.scenario = m_picker->scenarioId();
    s.strategy = m_picker->strategyId();
    s.profile = m_picker->profile();
    s.bpm = m_tempo->bpm();
    s.beats = m_beats->value();
    s.seed = std::uint64_t(m_seed->value());
    return s;
}

void ControlStrip::apply(const AppSettings &s)
{
    const QSignalBlocker tempo(m_tempo), picker(m_picker), beats(m_beats), seed(m_seed), volume(m_volume);
    m_tempo->setBpm(s.bpm);
    m_beats->setValue(s.beats);
    m_seed->setValue(int(std::min<std::uint64_t>(s.seed, AppSettings::kMaxSeed)));
    m_picker->setSelection(s.scenario, s.customStrategy, s.customProfile);
    m_volume->setValue(s.volume);
}

void ControlStrip::store(AppSettings &s) const
{
    s.bpm = m_tempo->bpm();
    s.beats = m_beats->value();
    s.seed = std::uint64_t(m_seed->value());
    s.scenario = m_picker->scenarioId();
    s.customStrategy = m_picker->customStrategy();
    s.customProfile = m_picker->customProfile();
    s.volume = m_volume->value();
}

void ControlStrip::showRun(const RunSettings &s)
{
    const QSignalBlocker tempo(m_tempo), picker(m_picker), beats(m_beats), seed(m_seed);
    m_tempo->setBpm(s.bpm);
    m_beats->setValue(s.beats);
    m_seed->setValue(int(std::min<std::uint64_t>(s.seed, AppSettings::kMaxSeed)));
    const RunKind kind = RunKind::of(s);
    const Scenario *scenario = kind.scenario();
    // A scenario played with another profile than its own is a custom run of its strategy.
    if (scenario
        && (scenario->isLesson()
            || (scenario->strategyId == s.strategy && delayProfileName(scenario->profile) == s.profile)))
        m_picker->setSelection(scenario->id, m_picker->customStrategy(), m_picker->customProfile());
    else if (kind.strategy() && delayProfileFromName(s.profile))
        m_picker->setSelection(QStringLiteral("custom"), s.strategy, s.profile);
}

void ControlStrip::pickScenario(int number)
{
    const auto &scenarios = ScenarioRegistry::scenarios();
    const auto found = std::find_if(
        scenarios.cbegin(), scenarios.cend(), [number](const Scenario &s) { return s.number == number; });
    if (found == scenarios.cend())
        return;
    {
        // One change, not one per control.
        const QSignalBlocker picker(m_picker), beats(m_beats);
        m_picker->setSelection(found->id, m_picker->customStrategy(), m_picker->customProfile());
        if (m_beats->value() == 0)
            m_beats->setValue(15); // the demonstration needs runs that end
    }
    emitChanged();
}

void ControlStrip::setSilent(bool silent, const QString &why)
{
    m_silent = silent;
    const QIcon icon = silent ? WindowActions::icon("volume-muted", QStyle::SP_MediaVolumeMuted)
                              : WindowActions::icon("volume", QStyle::SP_MediaVolume);
    m_speaker->setPixmap(icon.pixmap(QSize(20, 20)));
    m_speaker->setToolTip(silent ? why : m_volume->toolTip());
}

void ControlStrip::emitChanged()
{
    emit settingsChanged(runSettings());
}

} // namespace cacophony
