#pragma once

// The numbers of one run (RunAnalysis) as a compact form: beats, lost, out of order,
// lateness, jitter, start offset, drift, stale volumes, spin time... A number is red when
// it shows what the scenario is meant to show (LessonAnomalies), and lost or
// out-of-order beats always are. While a run plays, figures that are only known at its end (lost
// beats) show a dash.

#include "analysis/RunAnalysis.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QFormLayout;

namespace cacophony {

class StatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatsPanel(QWidget *parent = nullptr);

    // final: the run is over (lost beats are known).
    void setAnalysis(const RunAnalysis &analysis, bool final);
    void clear();
    // A run picked but not played yet: its title, no numbers.
    void showPending(const RunSettings &settings);
    const RunAnalysis &analysis() const { return m_analysis; }
    bool hasAnalysis() const { return m_has; }

    // The shown text of a row (for tests and accessibility): "lost", "outOfOrder", ...
    QString valueText(const QString &row) const;
    // Whether a row is shown as the lesson's anomaly (red).
    bool isFlagged(const QString &row) const;
    // Whether a row is shown at all (duplicates and printed lines only where a lesson has them).
    bool isRowShown(const QString &row) const;

private:
    QLabel *addRow(const QString &key, const QString &label, const QString &tooltip);
    void setValue(const QString &key, const QString &text, bool bad = false);

    QFormLayout *m_form;
    QLabel *m_title;
    QHash<QString, QLabel *> m_values;
    RunAnalysis m_analysis;
    bool m_has = false;
};

} // namespace cacophony
