#pragma once

// Tells ThreadSanitizer about the task pool, whose locking it cannot see. Qt is not built
// with TSan, and QThreadPool locks with a futex-based QMutex, invisible to it. Two things
// follow, and this header handles both; both compile to nothing outside TSan builds.
//
//  1. The hand-off. A runnable handed to a pool thread that is already running would look
//     unsynchronised with the thread that started it. The runtime calls
//     handOffRelease(runnable) before QThreadPool::start() and handOffAcquire(runnable) as
//     the first thing the runnable does, so TSan sees what the pool guarantees:
//     everything before start() happens before run(). CACOPHONY_TSAN_HANDOFF_OFF leaves
//     this out: tst_runtimehandoff_unannotated builds the runtime that way to show that
//     TSan then reports the hand-off as a race (the annotation is needed).
//  2. The pool's own bookkeeping (its queue pages, its lists of threads) is allocated and
//     freed by different threads under that QMutex, which TSan would report through its
//     allocator interceptors. QtPoolCode marks exactly the stretches where only Qt's pool
//     code runs: a QThreadPool call in our code (a scope), and a pool thread from the end
//     of one task to the start of its next (leavePoolThreadTask / enterPoolThreadTask).
//     TSan skips the memory accesses there; synchronisation stays visible, and every line
//     of ours (the tasks, the runtime) stays checked. No suppression file entry needed.

#if defined(__SANITIZE_THREAD__)
#define CACOPHONY_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CACOPHONY_TSAN 1
#endif
#endif

#if defined(CACOPHONY_TSAN)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
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

// A scope in which only Qt's pool code runs (a QThreadPool call).
class QtPoolCode
{
public:
    QtPoolCode()
    {
#if defined(CACOPHONY_TSAN)
        __tsan_ignore_thread_begin();
#endif
    }
    ~QtPoolCode()
    {
#if defined(CACOPHONY_TSAN)
        __tsan_ignore_thread_end();
#endif
    }
    QtPoolCode(const QtPoolCode &) = delete;
    QtPoolCode &operator=(const QtPoolCode &) = delete;

    // Pool thread, at the end of a task: what follows is Qt's, until the next task starts
    // (enterPoolThreadTask) or the thread ends (then a thread-local guard ends the
    // stretch: TSan requires a thread to finish with no ignore in force).
    static void leavePoolThreadTask()
    {
#if defined(CACOPHONY_TSAN)
        t_between.active = true;
        __tsan_ignore_thread_begin();
#endif
    }
    // Pool thread, at the start of a task.
    static void enterPoolThreadTask()
    {
#if defined(CACOPHONY_TSAN)
        if (t_between.active) {
            t_between.active = false;
            __tsan_ignore_thread_end();
        }
#endif
    }

private:
#if defined(CACOPHONY_TSAN)
    struct Between
    {
        bool active;
        ~Between()
        {
            if (active)
                __tsan_ignore_thread_end();
        }
    };
    static inline thread_local Between t_between{false};
#endif
};

} // namespace cacophony
