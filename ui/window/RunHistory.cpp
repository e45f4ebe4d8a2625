#include "window/RunHistory.h"

#include "session/RunKind.h"

#include "metronome/Scenario.h"
#include "window/HistoryStore.h"
#include "window/ScenarioText.h"

#include <QLocale>

namespace cacophony {

RunHistory::RunHistory(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString RunHistory::runTitle(const RunSettings &s)
{
    return ScenarioText::describe(s.scenario, s.strategy, s.profile);
}

QString RunHistory::shortTitle(const RunSettings &s)
{
    if (const Scenario *sc = ScenarioRegistry::findScenario(s.scenario))
        return sc->isLesson() ? sc->id : QString::number(sc->number);
    return tr("custom");
}

QString RunHistory::columnTitle(const RunSettings &s)
{
    const auto &lessons = ScenarioRegistry::lessons();
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        if (lessons[i].id == s.scenario)
            return tr("Lesson %1").arg(i + 1);
    }
    return shortTitle(s);
}

QString RunHistory::compareTitle(const Entry &e)
{
    const RunSettings &s = e.trace->settings;
    const QString run = tr("%1 — %2, seed %3")
                            .arg(runTitle(s), e.when.time().toString(QStringLiteral("HH:mm:ss")))
                            .arg(s.seed);
    if (RunKind::of(*e.trace).printsLines())
        return tr("%1 — %2 lines lost, %3 out of order").arg(run).arg(e.analysis.linesLost).arg(e.analysis.linesOutOfOrder);
    return tr("%1 — %2 BPM, %3 lost, %4 out of order")
        .arg(run)
        .arg(s.bpm)
        .arg(e.analysis.beatsLost)
        .arg(e.analysis.outOfOrder);
}

int RunHistory::add(TraceData trace, bool completed, const QDateTime &when)
{
    RunAnalysis analysis = RunAnalysis::analyse(trace);
    return add(std::move(trace), std::move(analysis), completed, when);
}

int RunHistory::add(TraceData trace, RunAnalysis analysis, bool completed, const QDateTime &when)
{
    Stored stored { m_nextId++, Entry {} };
    stored.entry.analysis = std::move(analysis);
    stored.entry.trace = std::make_shared<const TraceData>(std::move(trace));
    stored.entry.when = when;
    stored.entry.completed = completed;
    m_events += stored.entry.trace->events.size();
    if (m_store)
        m_store->save(stored.entry.trace, when, completed);

    beginInsertRows({}, 0, 0);
    m_runs.push_front(std::move(stored));
    endInsertRows();

    // Keep the newest run even if it alone is over the budget.
    while (m_runs.size() > 1 && (m_runs.size() > std::size_t(kMaxRuns) || m_events > kMaxEvents)) {
        const int last = int(m_runs.size()) - 1;
        beginRemoveRows({}, last, last);
        m_events -= m_runs.back().entry.trace->events.size();
        m_runs.pop_back();
        endRemoveRows();
    }
    return m_runs.front().id;
}

const RunHistory::Entry *RunHistory::entry(int row) const
{
    if (row < 0 || row >= int(m_runs.size()))
        return nullptr;
    return &m_runs[std::size_t(row)].entry;
}

int RunHistory::rowOfId(int id) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == id)
            return int(i);
    }
    return -1;
}

int RunHistory::idAt(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? m_runs[std::size_t(row)].id : 0;
}

void RunHistory::clear()
{
    beginResetModel();
    m_runs.clear();
    m_events = 0;
    endResetModel();
}

void RunHistory::setStore(HistoryStore *store)
{
    m_store = nullptr; // what is loaded is on disk already
    if (store) {
        for (HistoryStore::Run &run : store->load())
            add(std::move(run.trace), run.completed, run.when);
    }
    m_store = store;
}

int RunHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistory::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistory::data(const QModelIndex &index, int role) const
{
    const Entry *e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const RunSettings &s = e->trace->settings;
    const RunAnalysis &a = e->analysis;
    const bool lines = RunKind::of(*e->trace).printsLines();
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RunColumn:
            return columnTitle(s);
        case TempoColumn:
            return QString::number(s.bpm); // "6000", as every other place writes a tempo
        // A lesson that prints: its lines stand in for beats.
        case BeatsColumn:
            return e->completed ? locale.toString(lines ? a.linesPrinted : a.beatsPerformed)
                                : tr("%1 (stopped)").arg(lines ? a.linesPrinted : a.beatsPerformed);
        case LostColumn:
            return locale.toString(lines ? a.linesLost : a.beatsLost);
        case OrderColumn:
            return locale.toString(lines ? a.linesOutOfOrder : a.outOfOrder);
        case TimeColumn:
            return locale.toString(e->when.time(), QLocale::ShortFormat);
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 BPM, seed %3, %4 beats, %5 lost, %6 out of order\n%7")
            .arg(runTitle(s))
            .arg(s.bpm)
            .arg(s.seed)
            .arg(a.beatsPerformed)
            .arg(a.beatsLost)
            .arg(a.outOfOrder)
            .arg(locale.toString(e->when, QLocale::LongFormat))
            + (a.stopped ? QLatin1Char('\n') + tr("Stopped: the beats not yet due were not lost.") : QString());
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() == RunColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RunHistory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RunColumn:
            return tr("Scenario");
        case TempoColumn:
            return tr("BPM");
        case BeatsColumn:
            return tr("Beats");
        case LostColumn:
            return tr("Lost");
        case OrderColumn:
            return tr("Disorder");
        case TimeColumn:
            return tr("Time");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RunColumn:
            return tr("Scenario number (as in the series), lesson (in the series' order) or custom");
        case TempoColumn:
            return tr("Tempo in beats per minute");
        case BeatsColumn:
            return tr("Beats performed before the end of program");
        case LostColumn:
            return tr("Beats lost: never performed or performed after the end of program");
        case OrderColumn:
            return tr("Beats performed out of order");
        case TimeColumn:
            return tr("When the run ended");
        }
    }
    return {};
}

} // namespace cacophony
