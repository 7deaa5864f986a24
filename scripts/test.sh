#!/usr/bin/env bash
# The README's second command, and what CI runs (.ci/run): installs what is missing, builds
# with warnings as errors, runs the whole test suite, then builds and runs it again under
# AddressSanitizer and UndefinedBehaviorSanitizer, then fuzzes each libFuzzer target briefly
# (fuzz/run.sh). Set KGRAPH_SKIP_SANITIZERS=1 to skip the last two while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage reports its time on stderr: the whole run must stay within CI's 20 minutes.
stage_start=$SECONDS
stage_done() {
    echo "test.sh: $1 took $((SECONDS - stage_start)) s (${SECONDS} s so far)" >&2
    stage_start=$SECONDS
}

./scripts/install-deps.sh
jobs=$(nproc)
stage_done "installing dependencies"

# KGRAPH_BUILD_BENCH adds the benchmark programs and their smoke test (bench.smoke: a 100 KB
# synthetic corpus ingested and scored); the benchmarks themselves run from bench/run.sh only.
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGRAPH_WERROR=ON \
    -DKGRAPH_BUILD_BENCH=ON >/dev/null
cmake --build build-test -j "$jobs"
stage_done "the build"
ctest --test-dir build-test --output-on-failure -j "$jobs"
stage_done "the tests"

if [ "${KGRAPH_SKIP_SANITIZERS:-0}" != 1 ]; then
    # Without the benchmark programs, whose smoke test the first pass runs.
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKGRAPH_WERROR=ON \
        -DKGRAPH_SANITIZE=ON >/dev/null
    cmake --build build-asan -j "$jobs"
    stage_done "the sanitizers' build"
    # The extraction tests share one compiled lexicon, which the sanitizers make slow to
    # compile: they run in one process here (one process a test took four minutes more).
    # The evaluation floors (scores, not memory: the extraction tests cover the same code),
    # the interrupted ingests (a kgraph process killed again and again, a minute under the
    # sanitizers) and the tests of the command line's arguments and output (KgraphCli,
    # GraphCli: each starts kgraph again and again, and each start compiles the lexicon, which
    # the sanitizers make slow; what those commands run, the in-process tests cover, and the
    # hostile-input and concurrency tests still start kgraph here) run only in the build
    # above, to keep CI within its time.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure -j "$jobs" \
        -E '^(Extractor[.]|InterruptedIngest[.]|Sets/EvalSetFloor[.]|KgraphCli[.]|GraphCli[.])'
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ./build-asan/tests/kgraph_tests --gtest_filter='Extractor.*' --gtest_brief=1
    stage_done "the tests under the sanitizers"
fi

# A short run of each libFuzzer target (clang, ASan + UBSan) from the committed seed corpus:
# fuzz/run.sh SECONDS. KGRAPH_FUZZ_SECONDS sets the time per target; KGRAPH_SKIP_FUZZ=1, or
# skipping the sanitizers, skips it.
if [ "${KGRAPH_SKIP_SANITIZERS:-0}" != 1 ] && [ "${KGRAPH_SKIP_FUZZ:-0}" != 1 ]; then
    ./fuzz/run.sh "${KGRAPH_FUZZ_SECONDS:-10}"
    stage_done "fuzzing"
fi
