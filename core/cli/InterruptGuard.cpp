#include "cli/InterruptGuard.h"

#include <atomic>
#include <csignal>

#ifdef __unix__
#include <signal.h>
#endif

namespace cacophony {

namespace {

std::atomic<int> g_pendingSignal{0};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void onInterrupt(int signal)
{
    g_pendingSignal.store(signal, std::memory_order_relaxed);
}

#ifdef __unix__
struct sigaction g_previousInt;
struct sigaction g_previousTerm;
#endif

} // namespace

InterruptGuard::InterruptGuard()
{
    g_pendingSignal.store(0, std::memory_order_relaxed);
#ifdef __unix__
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
#else
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
#endif
}

InterruptGuard::~InterruptGuard()
{
#ifdef __unix__
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#endif
}

int InterruptGuard::pending()
{
    return g_pendingSignal.load(std::memory_order_relaxed);
}

} // namespace cacophony
