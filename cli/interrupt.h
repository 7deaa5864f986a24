#pragma once

// Stopping a long command cleanly on Ctrl-C. While an InterruptGuard lives, SIGINT and SIGTERM
// do not kill the process: the first one sets a flag that the command polls at safe points
// (`kgraph ingest` between documents), so it can commit what it has stored and say how far it
// got. A second signal of the same kind gets the default action back and ends the process at
// once, as a user pressing Ctrl-C twice expects; what was committed stays committed.
//
// The handler only stores into a lock-free atomic, which is async-signal-safe; the flag may be
// read from any thread.

#include <csignal>

namespace kg::cli {

class InterruptGuard {
public:
    // Installs the handlers. At most one guard at a time (an assert says so).
    InterruptGuard();
    // Restores the handlers that were there before; a signal that arrived stays recorded in
    // interrupt_signal() for whoever reports it.
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
};

// Whether SIGINT or SIGTERM arrived while a guard was installed.
bool stop_requested();

// The signal that asked to stop (SIGINT or SIGTERM), or 0.
int interrupt_signal();

// The exit status for a command stopped by `signal`: 128 + its number, as shells report.
int interrupted_exit_status(int signal);

// Forgets a recorded signal. For tests, and for a process that runs several commands.
void clear_interrupt();

}  // namespace kg::cli
