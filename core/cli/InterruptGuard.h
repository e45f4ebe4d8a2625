#pragma once

// Turns SIGINT and SIGTERM into a flag the command's main loop polls, so a run can stop
// its tasks and discard its partial output instead of dying mid-write.
//
// The handler only stores the signal number into a lock-free atomic (async-signal-safe)
// and is installed with SA_RESETHAND: a second Ctrl-C kills the process the default way,
// should the cleanup itself hang. One guard at a time; main thread only.

namespace cacophony {

class InterruptGuard
{
public:
    InterruptGuard();  // installs the handlers
    ~InterruptGuard(); // restores the previous ones
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // Thread-safe, never blocks. The signal received (SIGINT, SIGTERM), or 0.
    static int pending();
    // The conventional exit status for a process stopped by `signal`: 128 + signal.
    static int exitStatus(int signal) { return 128 + signal; }
};

} // namespace cacophony
