#include "trace/EventStream.h"

#include "util/TsanHandOff.h"
#include "trace/Tracer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace cacophony {

namespace {

// ThreadSanitizer and the queued signals: Qt (not built with TSan) copies the arguments
// into an event and appends it to the receiver's queue under a futex-based QMutex TSan
// cannot see. A receiver that sleeps in its event loop is woken through an eventfd, which
// TSan does see; a busy receiver is not, and TSan then reports the batch's copy, read by
// the receiver, as racing with its allocation here. The copy and the queueing are Qt's
// hand-off, so the emission is marked as code where only Qt runs (as the runtime marks
// its calls into the pool): TSan skips its memory accesses, the receiver's slot stays
// checked. A slot connected directly (run here, inside the emission) is not checked.
template<typename Emit>
void emitThroughQt(Emit &&emitSignal)
{
    QtPoolCode qtOnly;
    emitSignal();
}

} // namespace

struct EventStream::Private
{
    std::mutex controlMutex;       // serialises start() and stop()
    std::thread worker;            // guarded by controlMutex
    std::atomic<bool> running{false};
    std::atomic<std::thread::id> workerId{};

    std::mutex mutex;              // guards stopRequested and emitStopped
    std::condition_variable wake;  // notified when stopRequested is set
    bool stopRequested = false;
    bool emitStopped = true;       // false when start() replaces the tracer
};

EventStream::EventStream(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    registerTraceMetaTypes();
}

EventStream::~EventStream()
{
    stop();
    // A stop() requested from the worker itself (see stop()) left the thread to join.
    std::lock_guard control(d->controlMutex);
    if (d->worker.joinable())
        d->worker.join();
}

void EventStream::start(Tracer *tracer, int intervalMs)
{
    std::lock_guard control(d->controlMutex);
    if (d->worker.joinable()) {
        // Flush the previous tracer quietly: for consumers the stream goes on.
        {
            std::lock_guard lock(d->mutex);
            d->stopRequested = true;
            d->emitStopped = false;
        }
        d->wake.notify_all();
        d->worker.join();
    }
    if (!tracer) {
        d->running.store(false, std::memory_order_release);
        return;
    }
    {
        std::lock_guard lock(d->mutex);
        d->stopRequested = false;
        d->emitStopped = true;
    }
    const auto period = std::chrono::milliseconds(std::clamp(intervalMs, 1, 1000));
    d->running.store(true, std::memory_order_release);
    d->worker = std::thread([this, tracer, period] {
        d->workerId.store(std::this_thread::get_id(), std::memory_order_release);
        auto flush = [&] {
            EventBatch batch = tracer->takeNew();
            if (!batch.empty())
                emitThroughQt([&] { emit batchReady(batch); });
        };
        auto next = std::chrono::steady_clock::now() + period;
        std::unique_lock lock(d->mutex);
        for (;;) {
            d->wake.wait_until(lock, next, [this] { return d->stopRequested; });
            if (d->stopRequested)
                break;
            lock.unlock();
            flush();
            lock.lock();
            // Keep the cadence; after a stall poll once at once, never in a burst: the
            // k-th poll is never earlier than k periods after the start.
            next = std::max(next + period, std::chrono::steady_clock::now());
        }
        const bool announce = d->emitStopped;
        lock.unlock();
        flush();
        d->workerId.store(std::thread::id(), std::memory_order_release);
        d->running.store(false, std::memory_order_release);
        if (announce)
            emitThroughQt([this] { emit stopped(); });
    });
}

void EventStream::stop()
{
    if (d->workerId.load(std::memory_order_acquire) == std::this_thread::get_id()) {
        // Called from a slot on the worker thread: joining would deadlock.
        {
            std::lock_guard lock(d->mutex);
            d->stopRequested = true;
        }
        d->wake.notify_all();
        return;
    }
    std::lock_guard control(d->controlMutex);
    if (!d->worker.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopRequested = true;
    }
    d->wake.notify_all();
    d->worker.join();
}

bool EventStream::isRunning() const
{
    return d->running.load(std::memory_order_acquire);
}

} // namespace cacophony
