#include "trace/Tracer.h"

#include <algorithm>
#include <array>
#include <mutex>

namespace cacophony {

namespace {

// Chunks start small (most threads of a run record a few hundred events) and double up
// to kMaxChunkEvents (48 bytes * 4096 = 192 KiB) so a busy thread allocates rarely.
constexpr std::size_t kFirstChunkEvents = 256;
constexpr std::size_t kMaxChunkEvents = 4096;

// Per-thread cache of "my log in the Tracer of generation g". Plain zero-initialised
// thread-locals: no TLS guard or constructor on the hot path. The log is stored as void*
// because ThreadLog is private to Tracer.
struct CacheEntry
{
    std::uint64_t generation;
    void *log;
};
constexpr std::size_t kCacheEntries = 4; // a thread rarely records into more Tracers at once
thread_local std::array<CacheEntry, kCacheEntries> t_cache{};
thread_local std::size_t t_cacheVictim = 0;
thread_local std::uint64_t t_threadKey = 0; // 0 = not assigned yet

std::atomic<std::uint64_t> g_nextGeneration{1};
std::atomic<std::uint64_t> g_nextThreadKey{1};

// A unique number per thread for the process lifetime (std::thread::id may be reused).
std::uint64_t threadKey()
{
    if (t_threadKey == 0)
        t_threadKey = g_nextThreadKey.fetch_add(1, std::memory_order_relaxed);
    return t_threadKey;
}

std::atomic<std::size_t> g_liveChunks{0};
std::atomic<std::size_t> g_liveChunkBytes{0};

// The generations of the Tracers alive, so that a thread that ends can tell the ones it
// recorded into, and only those (a destroyed Tracer's logs are gone). Leaked on purpose:
// a thread may end while the process's statics are being destroyed.
struct LiveTracers
{
    std::mutex mutex;
    std::vector<std::uint64_t> generations; // guarded by mutex
    bool alive(std::uint64_t generation) const
    {
        return std::find(generations.begin(), generations.end(), generation) != generations.end();
    }
};
LiveTracers &liveTracers()
{
    static auto *live = new LiveTracers;
    return *live;
}

// The "owner has ended" flags of the logs this thread created, set when it ends. Touched
// only when a log is created (never on record()'s fast path), so its TLS guard costs
// nothing there.
struct ThreadExit
{
    struct Entry
    {
        std::uint64_t generation;
        std::atomic<bool> *ownerGone;
    };
    std::vector<Entry> logs; // of this thread

    void add(std::uint64_t generation, std::atomic<bool> *ownerGone)
    {
        LiveTracers &live = liveTracers();
        std::lock_guard lock(live.mutex);
        std::erase_if(logs, [&live](const Entry &e) { return !live.alive(e.generation); });
        logs.push_back(Entry{generation, ownerGone});
    }

    ~ThreadExit()
    {
        LiveTracers &live = liveTracers();
        std::lock_guard lock(live.mutex); // a Tracer cannot be destroyed meanwhile
        for (const Entry &e : logs) {
            if (live.alive(e.generation))
                e.ownerGone->store(true, std::memory_order_release);
        }
    }
};
thread_local ThreadExit t_exit;

} // namespace

struct Tracer::Chunk
{
    explicit Chunk(std::size_t cap)
        : capacity(cap)
        , events(std::make_unique_for_overwrite<Event[]>(cap))
    {
        g_liveChunks.fetch_add(1, std::memory_order_relaxed);
        g_liveChunkBytes.fetch_add(cap * sizeof(Event), std::memory_order_relaxed);
    }
    ~Chunk()
    {
        g_liveChunks.fetch_sub(1, std::memory_order_relaxed);
        g_liveChunkBytes.fetch_sub(capacity * sizeof(Event), std::memory_order_relaxed);
    }
    Chunk(const Chunk &) = delete;
    Chunk &operator=(const Chunk &) = delete;

    const std::size_t capacity;
    const std::unique_ptr<Event[]> events;
    // Set by the owner thread before it publishes any event of the next chunk.
    std::atomic<Chunk *> next{nullptr};
};

// One thread's append-only log. The owner thread writes, publishes the count with a
// release store; readers read only below the count they loaded with acquire.
struct Tracer::ThreadLog
{
    explicit ThreadLog(std::uint64_t ownerKey)
        : owner(ownerKey)
        , first(new Chunk(kFirstChunkEvents))
        , tail(first)
        , readChunk(first)
    {
    }

    ~ThreadLog()
    {
        Chunk *c = first;
        while (c) {
            Chunk *n = c->next.load(std::memory_order_relaxed);
            delete c;
            c = n;
        }
    }

    ThreadLog(const ThreadLog &) = delete;
    ThreadLog &operator=(const ThreadLog &) = delete;

    // Owner thread only.
    void append(const Event &event)
    {
        if (tailFill == tail->capacity) {
            auto *c = new Chunk(std::min(tail->capacity * 2, kMaxChunkEvents));
            tail->next.store(c, std::memory_order_release);
            tail = c;
            tailFill = 0;
        }
        tail->events[tailFill++] = event;
        published.store(++written, std::memory_order_release);
    }

    // Appends `count` published events starting at (chunk, index) to out and advances
    // the position. Only call with count <= published - position.
    static void copy(Chunk *&chunk, std::size_t &index, std::size_t count, EventBatch &out)
    {
        while (count > 0) {
            if (index == chunk->capacity) {
                chunk = chunk->next.load(std::memory_order_acquire);
                index = 0;
            }
            const std::size_t n = std::min(count, chunk->capacity - index);
            out.insert(out.end(), chunk->events.get() + index, chunk->events.get() + index + n);
            index += n;
            count -= n;
        }
    }

    const std::uint64_t owner; // threadKey() of the one thread that appends
    ThreadLog *next = nullptr; // set before the log is pushed, then immutable
    Chunk *first;              // oldest kept chunk (null once retired); guarded by
                               // Tracer::m_takeMutex
    std::size_t forgotten = 0; // events in freed chunks; guarded by Tracer::m_takeMutex
    bool retired = false;      // owner ended, every chunk freed; guarded by m_takeMutex
    // Set (release) by the owner thread as it ends, after its last record().
    std::atomic<bool> ownerGone{false};

    // Written by the owner, read by anyone. Kept with the owner's fields below.
    alignas(64) std::atomic<std::size_t> published{0};
    Chunk *tail;               // owner only
    std::size_t tailFill = 0;  // owner only: events in tail
    std::size_t written = 0;   // owner only: events appended

    // takeNew() cursor, guarded by Tracer::m_takeMutex; on its own cache line so the
    // reader does not slow the owner down.
    alignas(64) Chunk *readChunk;
    std::size_t readIndex = 0;
    std::size_t taken = 0;
};

Tracer::Tracer()
    : m_generation(g_nextGeneration.fetch_add(1, std::memory_order_relaxed))
{
    registerTraceMetaTypes();
    LiveTracers &live = liveTracers();
    std::lock_guard lock(live.mutex);
    live.generations.push_back(m_generation);
}

Tracer::~Tracer()
{
    {
        // From now on no ending thread touches our logs.
        LiveTracers &live = liveTracers();
        std::lock_guard lock(live.mutex);
        std::erase(live.generations, m_generation);
    }
    ThreadLog *log = m_logs.load(std::memory_order_acquire);
    while (log) {
        ThreadLog *n = log->next;
        delete log;
        log = n;
    }
}

inline Tracer::ThreadLog *Tracer::logForThisThread()
{
    for (const CacheEntry &e : t_cache) {
        if (e.generation == m_generation)
            return static_cast<ThreadLog *>(e.log);
    }
    return findOrCreateLog();
}

void Tracer::record(const Event &event)
{
    logForThisThread()->append(event);
}

Tracer::ThreadLog *Tracer::findOrCreateLog()
{
    const std::uint64_t key = threadKey();
    ThreadLog *log = nullptr;
    // Only this thread creates logs with this key, so if it is not in the list now, no
    // other thread can add it meanwhile.
    for (ThreadLog *l = m_logs.load(std::memory_order_acquire); l; l = l->next) {
        if (l->owner == key) {
            log = l;
            break;
        }
    }
    if (!log) {
        log = new ThreadLog(key);
        log->next = m_logs.load(std::memory_order_relaxed);
        while (!m_logs.compare_exchange_weak(log->next, log, std::memory_order_release,
                                             std::memory_order_relaxed)) {
        }
        t_exit.add(m_generation, &log->ownerGone);
    }
    t_cache[t_cacheVictim] = CacheEntry{m_generation, log};
    t_cacheVictim = (t_cacheVictim + 1) % kCacheEntries;
    return log;
}

std::vector<Tracer::ThreadLog *> Tracer::logsInCreationOrder() const
{
    std::vector<ThreadLog *> logs;
    for (ThreadLog *l = m_logs.load(std::memory_order_acquire); l; l = l->next)
        logs.push_back(l);
    std::reverse(logs.begin(), logs.end()); // the list is push-front
    return logs;
}

std::uint32_t Tracer::registerTask(const QString &name, std::uint32_t parent)
{
    std::lock_guard lock(m_namesMutex);
    const std::uint32_t id = ++m_lastTaskId;
    m_tasks.push_back(TaskInfo{id, parent, name});
    ++m_namesRevision;
    return id;
}

std::size_t Tracer::forgetTasks(const std::vector<std::uint32_t> &sortedIds)
{
    if (sortedIds.empty())
        return 0;
    std::lock_guard lock(m_namesMutex);
    const std::size_t forgotten = std::erase_if(m_tasks, [&sortedIds](const TaskInfo &info) {
        return std::binary_search(sortedIds.begin(), sortedIds.end(), info.id);
    });
    if (forgotten) {
        ++m_namesRevision;
        if (m_tasks.capacity() > 2 * m_tasks.size() + 1024)
            m_tasks.shrink_to_fit(); // a long run's peak must not stay allocated
    }
    return forgotten;
}

std::uint64_t Tracer::namesRevision() const
{
    std::lock_guard lock(m_namesMutex);
    return m_namesRevision;
}

std::uint32_t Tracer::registerObject(ObjectKind kind, const QString &name, std::int64_t capacity)
{
    std::lock_guard lock(m_namesMutex);
    const auto id = static_cast<std::uint32_t>(m_objects.size() + 1);
    m_objects.push_back(ObjectInfo{id, kind, name, capacity});
    ++m_namesRevision;
    return id;
}

EventBatch Tracer::takeNew()
{
    std::lock_guard lock(m_takeMutex);
    const std::vector<ThreadLog *> logs = logsInCreationOrder();
    std::vector<std::size_t> available(logs.size());
    std::size_t total = 0;
    for (std::size_t i = 0; i < logs.size(); ++i) {
        available[i] = logs[i]->published.load(std::memory_order_acquire);
        total += available[i] - logs[i]->taken;
    }
    EventBatch batch;
    batch.reserve(total);
    for (std::size_t i = 0; i < logs.size(); ++i) {
        ThreadLog *log = logs[i];
        ThreadLog::copy(log->readChunk, log->readIndex, available[i] - log->taken, batch);
        log->taken = available[i];
    }
    return batch;
}

std::size_t Tracer::forgetTaken()
{
    std::lock_guard lock(m_takeMutex);
    std::size_t freed = 0;
    for (ThreadLog *log : logsInCreationOrder()) {
        if (log->retired)
            continue;
        // An owner that has ended publishes nothing more: once all of its log was handed
        // out, its last chunk can go too.
        if (log->ownerGone.load(std::memory_order_acquire)
            && log->taken == log->published.load(std::memory_order_relaxed)) {
            for (Chunk *c = log->first; c;) {
                Chunk *n = c->next.load(std::memory_order_acquire);
                delete c;
                c = n;
            }
            freed += log->taken - log->forgotten;
            log->first = log->readChunk = nullptr;
            log->readIndex = 0;
            log->forgotten = log->taken;
            log->retired = true;
            continue;
        }
        // Chunks before the read cursor's are fully taken, and the owner, which has
        // published into a later chunk, never looks back at them.
        while (log->first != log->readChunk) {
            Chunk *done = log->first;
            log->first = done->next.load(std::memory_order_acquire);
            log->forgotten += done->capacity;
            freed += done->capacity;
            delete done;
        }
    }
    return freed;
}

TraceData Tracer::snapshot(const RunSettings &settings) const
{
    TraceData data;
    data.settings = settings;
    {
        std::lock_guard lock(m_takeMutex); // forgetTaken() must not free what we read
        const std::vector<ThreadLog *> logs = logsInCreationOrder();
        std::vector<std::size_t> available(logs.size());
        std::size_t total = 0;
        for (std::size_t i = 0; i < logs.size(); ++i) {
            available[i] = logs[i]->published.load(std::memory_order_acquire) - logs[i]->forgotten;
            total += available[i];
        }
        data.events.reserve(total);
        for (std::size_t i = 0; i < logs.size(); ++i) {
            Chunk *chunk = logs[i]->first;
            std::size_t index = 0;
            ThreadLog::copy(chunk, index, available[i], data.events);
        }
    }
    // Stable: events of one thread with equal t keep their recorded order.
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const Event &x, const Event &y) { return x.t < y.t; });
    // Names after events: whatever an event refers to was registered before it was
    // recorded, so it is in the tables.
    std::lock_guard lock(m_namesMutex);
    data.tasks = m_tasks;
    data.objects = m_objects;
    data.source = m_source;
    data.positions = m_positions;
    data.texts = m_texts;
    return data;
}

void Tracer::setProgram(const QString &source, std::vector<SourcePosition> positions)
{
    std::lock_guard lock(m_namesMutex);
    m_source = source;
    m_positions = std::move(positions);
}

std::uint32_t Tracer::internText(const QString &text)
{
    std::lock_guard lock(m_namesMutex);
    if (const auto it = m_textIds.constFind(text); it != m_textIds.constEnd())
        return *it;
    m_texts.push_back(text);
    const auto id = std::uint32_t(m_texts.size());
    m_textIds.insert(text, id);
    return id;
}

std::vector<TaskInfo> Tracer::tasks() const
{
    std::lock_guard lock(m_namesMutex);
    return m_tasks;
}

std::vector<ObjectInfo> Tracer::objects() const
{
    std::lock_guard lock(m_namesMutex);
    return m_objects;
}

Tracer::Footprint Tracer::footprint()
{
    return Footprint{g_liveChunks.load(std::memory_order_relaxed), g_liveChunkBytes.load(std::memory_order_relaxed)};
}

std::size_t Tracer::eventCount() const
{
    std::size_t n = 0;
    for (ThreadLog *l = m_logs.load(std::memory_order_acquire); l; l = l->next)
        n += l->published.load(std::memory_order_relaxed);
    return n;
}

} // namespace cacophony
