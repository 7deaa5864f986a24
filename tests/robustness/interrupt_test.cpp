// cli/interrupt.h: the first SIGINT or SIGTERM becomes a flag; the second ends the process.

#include "cli/interrupt.h"

#include <gtest/gtest.h>

#include <csignal>

namespace kg::cli {
namespace {

int g_outer_signals = 0;
extern "C" void count_outer(int) { ++g_outer_signals; }

TEST(InterruptGuard, TheFirstSignalSetsTheFlagInsteadOfKilling) {
    for (const int signal : {SIGINT, SIGTERM}) {
        clear_interrupt();
        {
            const InterruptGuard guard;
            EXPECT_FALSE(stop_requested());
            std::raise(signal);
            EXPECT_TRUE(stop_requested());
            EXPECT_EQ(interrupt_signal(), signal);
        }
        EXPECT_TRUE(stop_requested()) << "the signal stays recorded for the report";
        EXPECT_EQ(interrupted_exit_status(interrupt_signal()), 128 + signal);
        clear_interrupt();
        EXPECT_FALSE(stop_requested());
    }
}

TEST(InterruptGuard, PutsBackTheHandlersItFound) {
    g_outer_signals = 0;
    const auto previous = std::signal(SIGINT, count_outer);
    {
        const InterruptGuard guard;
        std::raise(SIGINT);
        EXPECT_EQ(g_outer_signals, 0);
    }
    std::raise(SIGINT);
    EXPECT_EQ(g_outer_signals, 1);
    std::signal(SIGINT, previous);
    clear_interrupt();
}

TEST(InterruptGuardDeathTest, ASecondSignalEndsTheProcess) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            const InterruptGuard guard;
            std::raise(SIGINT);
            std::raise(SIGINT);
            std::exit(0);
        },
        ::testing::KilledBySignal(SIGINT), "");
}

}  // namespace
}  // namespace kg::cli
