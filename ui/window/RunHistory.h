#pragma once

// The runs of this session, newest first, as a table model (scenario, tempo, beats,
// lost, out of order, time). Keeps whole traces so any run can be shown again or
// compared; the oldest runs are dropped beyond kMaxRuns or kMaxEvents in total. With a
// HistoryStore the runs are also kept on disk across restarts.

#include "analysis/RunAnalysis.h"
#include "trace/TraceData.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <deque>
#include <memory>

namespace cacophony {

class HistoryStore;

class RunHistory : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 50;
    static constexpr std::size_t kMaxEvents = 4'000'000; // ~190 MB of events at most

    enum Column { RunColumn, TempoColumn, BeatsColumn, LostColumn, OrderColumn, TimeColumn, ColumnCount };

    struct Entry
    {
        // Never null. Shared, not copied, with whatever shows or saves the run (a 10M-event
        // run is 480 MB of events).
        std::shared_ptr<const TraceData> trace;
        RunAnalysis analysis;
        QDateTime when;
        bool completed = true;
    };

    explicit RunHistory(QObject *parent = nullptr);

    // Adds a run at row 0 and returns its id (ids are never reused).
    int add(TraceData trace, bool completed, const QDateTime &when = QDateTime::currentDateTime());
    // The same with the run's analysis done elsewhere (a worker thread: a 10M-event run
    // takes a second to analyse).
    int add(TraceData trace, RunAnalysis analysis, bool completed,
            const QDateTime &when = QDateTime::currentDateTime());
    const Entry *entry(int row) const;
    int rowOfId(int id) const;
    int idAt(int row) const;
    void clear();
    // Adds the store's runs (oldest first, not saved again) and from now on saves every
    // run added. The store must outlive this model's adds; nullptr stops saving. UI thread.
    void setStore(HistoryStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "9 · title" for a scenario, "Custom: strategy, profile" otherwise.
    static QString runTitle(const RunSettings &settings);
    // For file names: the scenario's number, the lesson's id, or "custom".
    static QString shortTitle(const RunSettings &settings);
    // For the History table's narrow first column: the scenario's number, "Lesson n"
    // (the series' order), or "custom".
    static QString columnTitle(const RunSettings &settings);
    // A compared run's title: which run, when, its seed and tempo, and what went wrong.
    static QString compareTitle(const Entry &entry);

private:
    struct Stored
    {
        int id;
        Entry entry;
    };
    std::deque<Stored> m_runs; // newest first
    std::size_t m_events = 0;
    int m_nextId = 1;
    HistoryStore *m_store = nullptr;
};

} // namespace cacophony
