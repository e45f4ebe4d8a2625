#pragma once

// The History kept across restarts: one Perfetto trace file per run in a folder of its
// own (the app's data folder, or beside an explicit settings file), named
// run-<ms since epoch, UTC>-<completed|stopped>.perfetto-trace so that the time and how
// the run ended need nothing but the trace. Saves run on a worker thread of the store's
// own (one at a time, in order); after each save the oldest files beyond kMaxRuns files
// or kMaxBytes on disk are removed. A file that cannot be read is skipped with a one-line
// message; a folder that cannot be written is said once per save and the in-memory
// history goes on without it.

#include "trace/TraceData.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <memory>
#include <vector>

namespace cacophony {

class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 20;
    static constexpr qint64 kMaxBytes = 500LL * 1024 * 1024;

    struct Run
    {
        TraceData trace;
        QDateTime when;
        bool completed = true;
    };

    // The folder for a window on that settings file: beside it ("history"), or for the
    // default settings in QStandardPaths::AppDataLocation. Thread-safe.
    static QString folderFor(const QString &settingsFile);

    explicit HistoryStore(const QString &folder, int maxRuns = kMaxRuns, qint64 maxBytes = kMaxBytes,
                          QObject *parent = nullptr);
    // Waits for the saves under way.
    ~HistoryStore() override;

    QString folder() const { return m_folder; }

    // The newest maxRuns runs, oldest first; unreadable files are skipped, each with a
    // message(). UI thread (blocks while reading: a typical run is a few kB).
    std::vector<Run> load();
    // Writes the run on the worker, then removes the oldest files beyond the bounds.
    // Errors come back as message(). UI thread.
    void save(std::shared_ptr<const TraceData> trace, const QDateTime &when, bool completed);
    // Blocks until every save asked for is done (tests, shutdown). UI thread.
    void waitForSaves();

    // The file name a run is stored under (without the folder). Thread-safe (pure).
    static QString fileName(const QDateTime &when, bool completed);

signals:
    // One line for the status bar and log. Emitted on the UI thread.
    void message(const QString &text);

private:
    struct Name
    {
        QString path;
        QDateTime when;
        bool completed = true;
    };
    // The folder's run files, newest first; names that do not parse are left out.
    static std::vector<Name> listRuns(const QString &folder);
    // Worker: writes one run and prunes; returns an error message or an empty string.
    static QString write(const QString &folder, const TraceData &trace, const QDateTime &when, bool completed,
                         int maxRuns, qint64 maxBytes);
    static void prune(const QString &folder, int maxRuns, qint64 maxBytes);

    QString m_folder;
    int m_maxRuns;
    qint64 m_maxBytes;
    QThreadPool m_worker; // one thread: saves in order
};

} // namespace cacophony
