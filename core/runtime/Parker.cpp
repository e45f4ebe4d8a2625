#include "runtime/Parker.h"

#include "runtime/Runtime.h"

#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace cacophony {

Parker &Parker::forThisThread()
{
    thread_local Parker parker;
    return parker;
}

void Parker::interrupt()
{
    std::lock_guard lock(m_mutex);
    m_cv.notify_all();
}

bool Parker::stopping(Runtime *runtime) const
{
    return runtime && runtime->isStopping();
}

void Parker::registerWith(Runtime *runtime)
{
    if (runtime)
        runtime->registerParked(this);
}

void Parker::unregisterFrom(Runtime *runtime)
{
    if (runtime)
        runtime->unregisterParked(this);
}

void Parker::spinPause(int round)
{
    // A few CPU pauses first (the partner is likely running on the other core), then
    // give the core away: on a 2-core machine the partner may need this one.
    if (round < 32) {
#if defined(__x86_64__) || defined(__i386__)
        _mm_pause();
#endif
    } else {
        std::this_thread::yield();
    }
}

} // namespace cacophony
