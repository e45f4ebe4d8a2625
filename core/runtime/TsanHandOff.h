#pragma once

// Tells ThreadSanitizer about a hand-off it cannot see. Qt is not built with TSan, so the
// locking inside QThreadPool (a futex-based QMutex) is invisible to it: a runnable handed
// to a pool thread that is already running would look unsynchronised with the thread
// that started it. The runtime calls handOffRelease(runnable) before QThreadPool::start()
// and handOffAcquire(runnable) as the first thing the runnable does, so TSan sees what
// the pool really guarantees: everything before start() happens before run().
//
// Compiled in only under TSan; elsewhere both are empty. CACOPHONY_TSAN_HANDOFF_OFF
// leaves them out under TSan too: tst_runtimehandoff builds the runtime that way to show
// that TSan then reports the hand-off as a race (the annotation is needed).

#if defined(__SANITIZE_THREAD__)
#define CACOPHONY_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CACOPHONY_TSAN 1
#endif
#endif

#if defined(CACOPHONY_TSAN) && !defined(CACOPHONY_TSAN_HANDOFF_OFF)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace cacophony {

// Thread-safe. Publishes everything the calling thread did so far under `key`.
inline void handOffRelease([[maybe_unused]] void *key)
{
#if defined(CACOPHONY_TSAN) && !defined(CACOPHONY_TSAN_HANDOFF_OFF)
    __tsan_release(key);
#endif
}

// Thread-safe. Makes what was published under `key` visible to the calling thread.
inline void handOffAcquire([[maybe_unused]] void *key)
{
#if defined(CACOPHONY_TSAN) && !defined(CACOPHONY_TSAN_HANDOFF_OFF)
    __tsan_acquire(key);
#endif
}

} // namespace cacophony
