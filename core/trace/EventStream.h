#pragma once

// Hands a tracer's events to consumers on other threads in batches, at most ~60 times a
// second, through a queued signal: never one signal per event.
//
// The stream polls its tracer from its own worker thread; consumers connect to
// batchReady() (queued across threads automatically). stop() delivers a final batch with
// whatever was still pending, so a consumer that waits for stopped() has seen every
// event exactly once.
//
// Invariants:
//  - At most one worker thread exists; it is the only caller of its tracer's takeNew()
//    while it runs, and it emits batchReady() only for non-empty batches.
//  - start() and stop() are serialised by one control mutex; the worker's stop request
//    and tracer are guarded by a second mutex that the worker waits on with a timeout
//    (its poll period).
//  - stopped() is emitted by the worker after its final batchReady(), so a queued
//    consumer receives them in that order.

#include "trace/Event.h"

#include <QObject>
#include <memory>

namespace cacophony {

class Tracer;

class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override; // stops

    // Thread-safe. Starts streaming `tracer`'s new events (replacing any previous tracer,
    // whose pending events are flushed first). The tracer must stay alive until stop()
    // or the next start() returns. intervalMs is clamped to [1, 1000].
    void start(Tracer *tracer, int intervalMs = 16);
    // Thread-safe. Flushes pending events as a last batch, then emits stopped().
    // Blocks until that final flush is done. Does nothing (emits nothing) if not running.
    // Called from a slot running on the worker thread (a direct connection), it only
    // requests the stop: the flush follows when the slot returns.
    void stop();
    // Thread-safe.
    bool isRunning() const;

signals:
    // Emitted from the stream's worker thread; batch is non-empty.
    void batchReady(const cacophony::EventBatch &batch);
    // Emitted from the stream's worker thread, after the final batchReady().
    void stopped();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cacophony
