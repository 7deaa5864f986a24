#!/usr/bin/env bash
# The README's second command, and what CI runs (.ci/run): installs what is missing, builds
# with warnings as errors, runs the whole test suite, then builds and runs it again under
# AddressSanitizer and UndefinedBehaviorSanitizer. Set KGRAPH_SKIP_SANITIZERS=1 to skip the
# second pass while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
jobs=$(nproc)

cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGRAPH_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test --output-on-failure -j "$jobs"

if [ "${KGRAPH_SKIP_SANITIZERS:-0}" != 1 ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKGRAPH_WERROR=ON \
        -DKGRAPH_SANITIZE=ON >/dev/null
    cmake --build build-asan -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi
