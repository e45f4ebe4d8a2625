#include "metronomemode/ModeSwitch.h"

#include <QButtonGroup>
#include <QVBoxLayout>
#include <QToolButton>

namespace cacophony {

ModeSwitch::ModeSwitch(QWidget *parent)
    : QWidget(parent)
    , m_metronome(new QToolButton(this))
    , m_scenarios(new QToolButton(this))
{
    setObjectName(QStringLiteral("modeSwitch"));
    m_metronome->setObjectName(QStringLiteral("metronomeModeButton"));
    m_scenarios->setObjectName(QStringLiteral("scenariosModeButton"));
    m_metronome->setText(tr("Metronome"));
    m_metronome->setToolTip(tr("A steady click track at the dial's tempo, with accents and subdivisions"));
    m_scenarios->setText(tr("Concurrency"));
    m_scenarios->setToolTip(tr("The concurrency scenarios: hear and see beats go wrong"));
    auto *group = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QToolButton *b : {m_metronome, m_scenarios}) {
        b->setCheckable(true);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        b->setFocusPolicy(Qt::TabFocus);
        group->addButton(b);
        layout->addWidget(b);
    }
    m_scenarios->setChecked(true);
    connect(m_metronome, &QToolButton::clicked, this, [this] { choose(Mode::Metronome); });
    connect(m_scenarios, &QToolButton::clicked, this, [this] { choose(Mode::Scenarios); });
}

void ModeSwitch::setMode(Mode mode)
{
    m_mode = mode;
    (mode == Mode::Metronome ? m_metronome : m_scenarios)->setChecked(true);
}

void ModeSwitch::choose(Mode mode)
{
    if (mode == m_mode)
        return;
    setMode(mode);
    emit modeChanged(mode);
}

QString ModeSwitch::name(Mode mode)
{
    return mode == Mode::Metronome ? QStringLiteral("metronome") : QStringLiteral("scenarios");
}

ModeSwitch::Mode ModeSwitch::fromName(const QString &name)
{
    return name == QLatin1String("metronome") ? Mode::Metronome : Mode::Scenarios;
}

} // namespace cacophony
