#include "cli/interrupt.h"

#include <atomic>
#include <cassert>

namespace kg::cli {
namespace {

// Lock-free atomics are the one shared state C++ allows a signal handler to touch.
static_assert(std::atomic<int>::is_always_lock_free);
std::atomic<int> g_signal{0};
std::atomic<bool> g_installed{false};

struct sigaction g_previous_int {};
struct sigaction g_previous_term {};

extern "C" void on_interrupt(const int signal) {
    g_signal.store(signal, std::memory_order_relaxed);
}

void install(const int signal, struct sigaction& previous) {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the second signal finds the default action and ends the process.
    // SA_RESTART: reads and writes under way go on, so none fails just because of the signal.
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(signal, &action, &previous);
}

}  // namespace

InterruptGuard::InterruptGuard() {
    [[maybe_unused]] const bool was_installed = g_installed.exchange(true);
    assert(!was_installed && "one InterruptGuard at a time");
    install(SIGINT, g_previous_int);
    install(SIGTERM, g_previous_term);
}

InterruptGuard::~InterruptGuard() {
    sigaction(SIGINT, &g_previous_int, nullptr);
    sigaction(SIGTERM, &g_previous_term, nullptr);
    g_installed.store(false);
}

bool stop_requested() { return g_signal.load(std::memory_order_relaxed) != 0; }

int interrupt_signal() { return g_signal.load(std::memory_order_relaxed); }

int interrupted_exit_status(const int signal) { return 128 + signal; }

void clear_interrupt() { g_signal.store(0, std::memory_order_relaxed); }

}  // namespace kg::cli
