#include "window/StatsPanel.h"

#include "timeline/text/TimelineText.h"
#include "window/LessonAnomalies.h"
#include "window/RunHistory.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace cacophony {

namespace {

QString ms(double value)
{
    const int decimals = std::abs(value) >= 100 ? 0 : (std::abs(value) >= 10 ? 1 : 2);
    return QCoreApplication::translate("StatsPanel", "%1 ms").arg(TimelineText::number(value, decimals));
}

} // namespace

StatsPanel::StatsPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
{
    // The rows scroll when the dock is too short for them, and wrap to its width: a long
    // value is never cut off nor drawn under the next row (the scroll area gives the rows
    // the height their wrapped lines need at its width).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *rows = new QWidget(scroll);
    rows->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    scroll->setWidget(rows);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(rows);
    m_title->setParent(rows);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("statsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setVerticalSpacing(3);
    layout->addLayout(m_form);
    layout->addStretch(1);

    addRow(QStringLiteral("tempo"), tr("Tempo"), tr("Beats per minute and the beat interval."));
    addRow(QStringLiteral("beats"), tr("Beats"),
        tr("Beats performed before the end of program, of those expected."));
    addRow(QStringLiteral("lost"), tr("Lost"),
        tr("Beats never performed, or performed after the end of program (in Go the process "
           "would already have exited)."));
    addRow(QStringLiteral("outOfOrder"), tr("Out of order"),
        tr("Beats performed after a beat with a higher number."));
    addRow(QStringLiteral("duplicates"), tr("Duplicates"),
        tr("Beats performed with a number an earlier beat already had (the closure bug: tasks "
           "reading the loop counter when they run)."));
    addRow(QStringLiteral("lines"), tr("Printed lines"),
        tr("A lesson's log lines: printed before the end of program, cut off after it (would have "
           "printed), and printed after a line that comes later in the program."));
    addRow(QStringLiteral("lateness"), tr("Lateness"),
        tr("How late beats are against their ideal time: mean, 99th percentile, maximum."));
    addRow(QStringLiteral("jitter"), tr("Jitter"),
        tr("Standard deviation of the intervals between consecutive beats; 0 is a perfect "
           "metronome. The mean interval is in brackets."));
    addRow(QStringLiteral("offset"), tr("Start offset"),
        tr("How late the first beat is against its ideal time: a constant delay set at the start "
           "(a ticker's first tick, the first measurement) that every later beat keeps. It is not "
           "drift."));
    addRow(QStringLiteral("drift"), tr("Drift"),
        tr("How far the last beat strays from the grid the first beat set: time lost or gained "
           "over the run, without the start offset."));
    addRow(QStringLiteral("stale"), tr("Stale volumes"),
        tr("Beats whose volume came from a measurement an earlier beat had already used."));
    addRow(QStringLiteral("overlap"), tr("Overlapping"),
        tr("Volume measurements that ran at the same time as another one."));
    addRow(QStringLiteral("dropped"), tr("Dropped ticks"),
        tr("Ticker ticks nobody received in time: the ticker drops them for a slow receiver."));
    addRow(QStringLiteral("spin"), tr("Spin time"), tr("Total time spent busy-waiting."));
    addRow(QStringLiteral("end"), tr("End of program"),
        tr("When the metronome function returned (the red line)."));
    clear();
}

QLabel *StatsPanel::addRow(const QString &key, const QString &label, const QString &tooltip)
{
    QWidget *rows = m_title->parentWidget();
    auto *name = new QLabel(label, rows);
    auto *value = new QLabel(rows);
    value->setObjectName(key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long value (lateness, in a long language) wraps instead of widening the window.
    value->setWordWrap(true);
    name->setToolTip(tooltip);
    value->setToolTip(tooltip);
    m_form->addRow(name, value);
    m_values.insert(key, value);
    return value;
}

void StatsPanel::setValue(const QString &key, const QString &text, bool bad)
{
    QLabel *label = m_values.value(key);
    label->setText(text);
    label->setProperty("flagged", bad);
    // A fixed warm red reads on both the light and the dark palette.
    label->setStyleSheet(bad ? QStringLiteral("color: #e0483e; font-weight: bold;") : QString());
}

QString StatsPanel::valueText(const QString &row) const
{
    const QLabel *label = m_values.value(row);
    return label ? label->text() : QString();
}

bool StatsPanel::isFlagged(const QString &row) const
{
    const QLabel *label = m_values.value(row);
    return label && label->property("flagged").toBool();
}

bool StatsPanel::isRowShown(const QString &row) const
{
    QLabel *label = m_values.value(row);
    return label && m_form->isRowVisible(label);
}

void StatsPanel::clear()
{
    m_has = false;
    m_analysis = RunAnalysis {};
    m_title->setText(tr("No run yet. Press Play (Space)."));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        setValue(it.key(), QStringLiteral("—"));
    m_form->setRowVisible(m_values.value(QStringLiteral("duplicates")), false);
    m_form->setRowVisible(m_values.value(QStringLiteral("lines")), false);
}

void StatsPanel::showPending(const RunSettings &settings)
{
    clear();
    m_title->setText(tr("%1 — not played yet. Press Play (Space).").arg(RunHistory::runTitle(settings)));
}

void StatsPanel::setAnalysis(const RunAnalysis &a, bool final)
{
    m_analysis = a;
    m_has = true;
    const QLocale locale;
    const RunSettings &s = a.settings;
    m_title->setText(RunHistory::runTitle(s));
    // Red is for what the scenario is meant to show; lost and out-of-order beats are
    // always worth it (no scenario keeps them by design).
    const LessonAnomalies::Anomalies shows = LessonAnomalies::of(s.scenario);
    auto lesson = [shows](LessonAnomalies::Anomaly anomaly, bool beyond) {
        return beyond && shows.testFlag(anomaly);
    };

    const double intervalMs = s.bpm > 0 ? 60000.0 / s.bpm : 0;
    setValue(QStringLiteral("tempo"), tr("%1 BPM (%2)").arg(s.bpm).arg(ms(intervalMs)));
    // A continuous run expects no number of beats (its ghost grid only runs ahead of it).
    const int lines = a.linesPrinted + a.linesLost;
    setValue(QStringLiteral("beats"),
        lines > 0 ? QStringLiteral("—") // a lesson that prints has no beats
        : s.beats > 0 && a.beatsExpected > 0
            ? tr("%1 of %2").arg(locale.toString(a.beatsPerformed), locale.toString(a.beatsExpected))
            : tr("%1, continuous").arg(locale.toString(a.beatsPerformed)));
    // A stopped run lost only what was due before the stop (see RunAnalysis).
    if (final && a.stopped)
        setValue(QStringLiteral("lost"), tr("%1 (stopped)").arg(locale.toString(a.beatsLost)), a.beatsLost > 0);
    else if (final)
        setValue(QStringLiteral("lost"), locale.toString(a.beatsLost), a.beatsLost > 0);
    else
        setValue(QStringLiteral("lost"), QStringLiteral("—"));
    setValue(QStringLiteral("outOfOrder"), locale.toString(a.outOfOrder), a.outOfOrder > 0);
    setValue(QStringLiteral("duplicates"), locale.toString(a.duplicateBeats), a.duplicateBeats > 0);
    setValue(QStringLiteral("lines"),
        lines == 0 ? QStringLiteral("—")
                   : tr("%1 printed · %2 lost · %3 out of order")
                         .arg(locale.toString(a.linesPrinted), locale.toString(a.linesLost),
                              locale.toString(a.linesOutOfOrder)),
        a.linesLost > 0 || a.linesOutOfOrder > 0);

    // Rows that only a lesson moves are shown only for a run that has them.
    m_form->setRowVisible(m_values.value(QStringLiteral("duplicates")),
        a.duplicateBeats > 0 || shows.testFlag(LessonAnomalies::Duplicates));
    m_form->setRowVisible(m_values.value(QStringLiteral("lines")), lines > 0);

    const bool hasBeats = a.beatsPerformed > 0;
    // Late by more than a quarter of a beat is audible.
    const bool late = hasBeats && a.lateness.max > 0.25 * intervalMs;
    setValue(QStringLiteral("lateness"),
        hasBeats ? tr("%1 · p99 %2 · max %3").arg(ms(a.lateness.mean), ms(a.lateness.p99), ms(a.lateness.max))
                 : QStringLiteral("—"),
        lesson(LessonAnomalies::Lateness, late));
    const bool jittery = a.beatsPerformed > 1 && a.interval.sd > 0.1 * intervalMs;
    setValue(QStringLiteral("jitter"),
        a.beatsPerformed > 1 ? tr("%1 (mean interval %2)").arg(ms(a.interval.sd), ms(a.interval.mean))
                             : QStringLiteral("—"),
        lesson(LessonAnomalies::Jitter, jittery));
    setValue(QStringLiteral("offset"), hasBeats ? ms(a.offsetMs) : QStringLiteral("—"),
        lesson(LessonAnomalies::Offset, hasBeats && std::abs(a.offsetMs) > 0.25 * intervalMs));
    setValue(QStringLiteral("drift"), hasBeats ? ms(a.gridDriftMs) : QStringLiteral("—"),
        lesson(LessonAnomalies::Drift, hasBeats && std::abs(a.gridDriftMs) > 0.25 * intervalMs));
    setValue(QStringLiteral("stale"), locale.toString(a.repeatedVolumes),
        lesson(LessonAnomalies::Stale, a.repeatedVolumes > 0));
    setValue(QStringLiteral("overlap"),
        tr("%1 of %2").arg(locale.toString(a.overlappingMeasurements), locale.toString(a.measurements)),
        lesson(LessonAnomalies::Overlap, a.overlappingMeasurements > 0));
    setValue(QStringLiteral("dropped"), locale.toString(a.droppedTicks),
        lesson(LessonAnomalies::DroppedTicks, a.droppedTicks > 0));
    setValue(QStringLiteral("spin"), ms(a.spinMs), lesson(LessonAnomalies::Spin, a.spinMs > 0));
    setValue(QStringLiteral("end"), a.endMs >= 0 ? ms(a.endMs) : QStringLiteral("—"));
}

} // namespace cacophony
