#pragma once

// Picks what to run: one of the series' 14 scenarios ("9 · title", in the series' order),
// or "Custom", a free choice of strategy and delay profile, or one of the Lessons (the
// series' small goroutine programs, a group of their own). For a scenario the strategy
// and profile boxes show what it is made of (disabled); for custom they choose; for a
// lesson they stay empty.

#include <QWidget>

class QComboBox;

namespace cacophony {

class ScenarioPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPicker(QWidget *parent = nullptr);

    // Scenario or lesson id, or "custom".
    QString scenarioId() const;
    // The strategy and profile to run: the scenario's own, or the custom choice.
    QString strategyId() const;
    QString profile() const;
    // Unknown ids fall back to the first scenario / strategy / profile.
    void setSelection(const QString &scenarioId, const QString &customStrategy, const QString &customProfile);
    QString customStrategy() const;
    QString customProfile() const;

    void selectNext(int delta); // cycles through the 14 scenarios, custom and the lessons

    QComboBox *scenarioBox() const { return m_scenario; }
    QComboBox *strategyBox() const { return m_strategy; }
    QComboBox *profileBox() const { return m_profile; }

signals:
    void selectionChanged();

private:
    void updateCustomState();

    QComboBox *m_scenario;
    QComboBox *m_strategy;
    QComboBox *m_profile;
    QString m_customStrategy; // the custom choice, kept while a scenario is shown
    QString m_customProfile;
    QString m_scenarioTip; // what each box is for, below the full name of its choice
    QString m_strategyTip;
};

} // namespace cacophony
