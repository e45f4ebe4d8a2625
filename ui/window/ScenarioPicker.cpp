#include "window/ScenarioPicker.h"

#include "metronome/DelayProfile.h"
#include "metronome/Scenario.h"
#include "window/ScenarioText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QAbstractItemView>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

namespace cacophony {

namespace {
const QString kCustom = QStringLiteral("custom");
}

ScenarioPicker::ScenarioPicker(QWidget *parent)
    : QWidget(parent)
    , m_scenario(new QComboBox(this))
    , m_strategy(new QComboBox(this))
    , m_profile(new QComboBox(this))
{
    m_scenario->setObjectName(QStringLiteral("scenarioBox"));
    m_strategy->setObjectName(QStringLiteral("strategyBox"));
    m_profile->setObjectName(QStringLiteral("profileBox"));

    for (const Scenario &s : ScenarioRegistry::scenarios()) {
        m_scenario->addItem(ScenarioText::numbered(s), s.id);
        m_scenario->setItemData(m_scenario->count() - 1, ScenarioText::lesson(s), Qt::ToolTipRole);
    }
    m_scenario->insertSeparator(m_scenario->count());
    m_scenario->addItem(tr("Custom: any strategy × delay profile"), kCustom);
    // The Lessons group: the series' small goroutine programs, under a heading that
    // cannot be picked (no data: selectNext() skips it like the separators).
    m_scenario->insertSeparator(m_scenario->count());
    m_scenario->addItem(tr("Lessons"));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_scenario->model())) {
        QStandardItem *heading = model->item(m_scenario->count() - 1);
        heading->setFlags(heading->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    for (const Scenario &s : ScenarioRegistry::lessons()) {
        m_scenario->addItem(ScenarioText::numbered(s), s.id);
        m_scenario->setItemData(m_scenario->count() - 1, ScenarioText::lesson(s), Qt::ToolTipRole);
    }
    m_scenario->setMaxVisibleItems(20);
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(16); // wider when there is room; fits 1024 px
    m_scenarioTip = (
        tr("The metronome implementation to run: the 14 scenarios of the series "
           "in its order, a custom strategy and delay profile, or one of the lessons, the "
           "series' small goroutine programs ([ and ] step through)."));

    for (const Strategy &s : ScenarioRegistry::strategies())
        m_strategy->addItem(ScenarioText::title(s), s.id);
    m_strategyTip = tr("Custom run: the metronome implementation (strategy).");
    m_strategy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_strategy->setMinimumContentsLength(6);

    for (DelayProfile p : { DelayProfile::Short, DelayProfile::Oscillating, DelayProfile::Random })
        m_profile->addItem(ScenarioText::profile(delayProfileName(p)), delayProfileName(p));
    m_profile->setToolTip(tr("Custom run: how long a volume measurement takes. Short: half a beat; "
                             "oscillating: a slow wave from 0.2 to 2.5 beats; random: 0.2 to 2.5 beats."));

    // Long titles (Polish ones especially) are read in full: the lists open as wide as
    // their longest entry, never elided, and a closed box names its whole choice in
    // its tooltip.
    for (QComboBox *box : { m_scenario, m_strategy, m_profile }) {
        box->view()->setTextElideMode(Qt::ElideNone);
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        box->view()->setMinimumWidth(widest + 48); // frame, margins and a scroll bar
    }

    auto *caption = new QLabel(tr("&Scenario"), this);
    caption->setBuddy(m_scenario);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(caption, 0, 0, 1, 2);
    grid->addWidget(m_scenario, 1, 0, 1, 2);
    grid->addWidget(m_strategy, 2, 0);
    grid->addWidget(m_profile, 2, 1);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomState();
        emit selectionChanged();
    });
    // Only reachable for custom: the boxes are disabled otherwise.
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        m_customStrategy = m_strategy->currentData().toString();
        m_strategy->setToolTip(QStringLiteral("%1\n\n%2").arg(m_strategy->currentText(), m_strategyTip));
        emit selectionChanged();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_customProfile = m_profile->currentData().toString();
        emit selectionChanged();
    });
    updateCustomState();
}

QString ScenarioPicker::scenarioId() const
{
    return m_scenario->currentData().toString();
}

QString ScenarioPicker::strategyId() const
{
    if (const Scenario *s = ScenarioRegistry::findScenario(scenarioId()))
        return s->strategyId;
    return customStrategy();
}

QString ScenarioPicker::profile() const
{
    if (const Scenario *s = ScenarioRegistry::findScenario(scenarioId()))
        return delayProfileName(s->profile);
    return customProfile();
}

QString ScenarioPicker::customStrategy() const
{
    return m_customStrategy.isEmpty() ? m_strategy->itemData(0).toString() : m_customStrategy;
}

QString ScenarioPicker::customProfile() const
{
    return m_customProfile.isEmpty() ? m_profile->itemData(0).toString() : m_customProfile;
}

void ScenarioPicker::setSelection(
    const QString &scenarioId, const QString &customStrategy, const QString &customProfile)
{
    {
        const QSignalBlocker b0(m_scenario), b1(m_strategy), b2(m_profile);
        m_customStrategy = ScenarioRegistry::findStrategy(customStrategy) ? customStrategy : QString();
        m_customProfile = delayProfileFromName(customProfile) ? customProfile : QString();
        m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(scenarioId)));
        updateCustomState();
    }
    emit selectionChanged();
}

void ScenarioPicker::selectNext(int delta)
{
    const int n = m_scenario->count();
    int i = m_scenario->currentIndex();
    do {
        i = (i + delta + n) % n;
    } while (m_scenario->itemData(i).isNull()); // skip the separator
    m_scenario->setCurrentIndex(i);
}

void ScenarioPicker::updateCustomState()
{
    // For a scenario, the two boxes show what it is made of; for custom, they choose.
    const QSignalBlocker b1(m_strategy), b2(m_profile);
    const bool custom = scenarioId() == kCustom;
    const QString strategy = custom ? m_customStrategy : strategyId();
    const QString profileName = custom ? m_customProfile : profile();
    // A lesson is its own program: the boxes stay empty.
    const Scenario *scenario = ScenarioRegistry::findScenario(scenarioId());
    const bool lesson = scenario && scenario->isLesson();
    m_strategy->setCurrentIndex(lesson ? -1 : std::max(0, m_strategy->findData(strategy)));
    m_profile->setCurrentIndex(lesson ? -1 : std::max(0, m_profile->findData(profileName)));
    m_strategy->setEnabled(custom);
    m_profile->setEnabled(custom);
    m_scenario->setToolTip(QStringLiteral("%1\n\n%2").arg(m_scenario->currentText(), m_scenarioTip));
    m_strategy->setToolTip(QStringLiteral("%1\n\n%2").arg(m_strategy->currentText(), m_strategyTip));
}

} // namespace cacophony
