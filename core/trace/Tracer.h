#pragma once

// Collects the events of one run from any number of threads.
//
// Invariants:
//  - record() is wait-free for the recording thread: each thread appends to its own
//    chunked log and publishes the new length with a release store; no lock is taken
//    and nothing is allocated except when a thread's current chunk is full. (A thread's
//    very first record() on a Tracer creates its log and pushes it on a lock-free list
//    with a CAS, and notes it under a process-wide lock for the thread's exit: once per
//    thread and Tracer.)
//  - A thread finds its log through a small thread-local cache keyed by the Tracer's
//    generation, a process-wide unique number: a Tracer created at a former one's
//    address never sees the former one's (dangling) entries.
//  - Events of one thread are kept in the order that thread recorded them.
//  - Every recorded event is handed out exactly once by takeNew(), and is kept for
//    snapshot() until the Tracer is destroyed or forgetTaken() frees it.
//  - A chunk is freed only once takeNew() has handed out all of it and its owner has
//    moved on to a later chunk, so neither the owner nor a reader can still touch it.
//    The one exception is a thread's last chunk once that thread has ended (a pool
//    thread that expired): forgetTaken() frees it when all of it was handed out, so
//    threads that come and go over an hour leave no chunks behind (only their ~200-byte
//    log record, as the list of logs never shrinks).
//  - Task and object names are registered under m_namesMutex (not a hot path). Ids are
//    never reused, even after forgetTasks(); m_tasks stays sorted by id.

#include "trace/TraceData.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace cacophony {

class Tracer
{
public:
    Tracer();
    ~Tracer();
    Tracer(const Tracer &) = delete;
    Tracer &operator=(const Tracer &) = delete;

    // Thread-safe, lock-free, never blocks.
    void record(const Event &event);

    // Thread-safe; takes a lock. Ids start at 1 and are never reused within a Tracer.
    std::uint32_t registerTask(const QString &name, std::uint32_t parent);
    std::uint32_t registerObject(ObjectKind kind, const QString &name, std::int64_t capacity = 0);

    // Thread-safe; takes a lock. A program's source text and its interned positions
    // (Event::pos n = positions[n - 1]), for snapshot(); set once before the run.
    void setProgram(const QString &source, std::vector<SourcePosition> positions);
    // Thread-safe; takes a lock. The id of this text in TraceData::texts (1-based; equal
    // texts share an id), for LogLine, Panic and FatalError events. Texts are kept for
    // the Tracer's life (forgetTaken() does not drop them).
    std::uint32_t internText(const QString &text);

    // Events recorded since the previous call, in per-thread order (not sorted by time
    // across threads). For one consumer at a time; thread-safe against recorders.
    EventBatch takeNew();

    // Thread-safe; takes takeNew()'s lock. Frees the events takeNew() has handed out
    // (whole chunks; up to one chunk per thread may stay), for a consumer that keeps what
    // it needs itself (a continuous run). Returns how many events it freed.
    std::size_t forgetTaken();

    // Thread-safe; takes a lock. Forgets the names of these tasks (ids sorted ascending),
    // for a consumer that has let go of every event that refers to them (a continuous
    // run), so that names do not pile up over hours. Returns how many it forgot.
    std::size_t forgetTasks(const std::vector<std::uint32_t> &sortedIds);
    // Thread-safe. Changes whenever a name is registered or forgotten.
    std::uint64_t namesRevision() const;

    // Thread-safe. Everything so far that forgetTaken() has not freed, sorted by t, with
    // names and the given settings.
    TraceData snapshot(const RunSettings &settings = {}) const;
    std::vector<TaskInfo> tasks() const;
    std::vector<ObjectInfo> objects() const;

    // Thread-safe, approximate while recording goes on. Everything ever recorded,
    // including what forgetTaken() freed.
    std::size_t eventCount() const;

    // Thread-safe, approximate. For measurements: chunks (and their bytes) allocated by
    // every Tracer of the process and not yet freed.
    struct Footprint
    {
        std::size_t chunks = 0;
        std::size_t bytes = 0;
    };
    static Footprint footprint();

private:
    struct Chunk;
    struct ThreadLog;
    ThreadLog *logForThisThread();
    ThreadLog *findOrCreateLog();
    std::vector<ThreadLog *> logsInCreationOrder() const;

    std::atomic<ThreadLog *> m_logs{nullptr}; // lock-free push-front list, never shrinks
    const std::uint64_t m_generation;         // unique per Tracer: tells this Tracer's
                                              // thread-local cache entries from a former
                                              // one's (addresses get reused, this never is)
    mutable std::mutex m_namesMutex;
    std::vector<TaskInfo> m_tasks;            // guarded by m_namesMutex
    std::uint32_t m_lastTaskId = 0;           // guarded by m_namesMutex
    std::uint64_t m_namesRevision = 0;        // guarded by m_namesMutex
    std::vector<ObjectInfo> m_objects;        // guarded by m_namesMutex
    QString m_source;                         // guarded by m_namesMutex
    std::vector<SourcePosition> m_positions;  // guarded by m_namesMutex
    std::vector<QString> m_texts;             // guarded by m_namesMutex
    QHash<QString, std::uint32_t> m_textIds;  // guarded by m_namesMutex
    mutable std::mutex m_takeMutex;           // serialises takeNew(), forgetTaken() and
                                              // snapshot(); guards the read cursors and
                                              // the first kept chunk of every ThreadLog
};

} // namespace cacophony
