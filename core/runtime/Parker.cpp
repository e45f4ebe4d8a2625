#include "runtime/Parker.h"

#include "runtime/Runtime.h"


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

void Parker::cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#endif
}

} // namespace cacophony
