#!/usr/bin/env bash
# Builds kgraph's libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# in build-fuzz/, then runs each for SECONDS seconds (default 60), as many at once as there are
# cores. Fails when a target finds a crash, a sanitizer report, a leak or a slow input; the
# input is left in build-fuzz/artifacts/<target>/ and the log in build-fuzz/logs/<target>.log.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     targets: text lexicon rules query (default: all)
#
# Each target starts from the seed corpus committed in fuzz/corpus/<target>/ and keeps what it
# finds in build-fuzz/corpus/<target>/, so later runs go on from there. To keep a crash fixed,
# copy its input into fuzz/corpus/<target>/: the test suite replays that folder
# (tests/robustness/fuzz_corpus_test.cpp).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(text lexicon rules query)
fi

# clang and compiler-rt's libFuzzer (Debian 12: libclang-rt-14-dev), plus what kgraph needs.
./scripts/install-deps.sh
missing=()
for p in clang libclang-rt-14-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "fuzz: installing ${missing[*]}" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build=build-fuzz
cmake -S fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/logs"
run_one() {
    local target=$1
    mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
    local options=(
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=8192
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target/"
    )
    if [ -f "fuzz/$target.dict" ]; then
        options+=(-dict="fuzz/$target.dict")
    fi
    # The first folder receives new inputs; the committed seeds are only read.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz_$target" "${options[@]}" "$build/corpus/$target" "fuzz/corpus/$target" \
        >"$build/logs/$target.log" 2>&1
}

jobs=$(nproc)
pids=()
names=()
failed=()
wait_for() {
    local pid=$1 name=$2
    if wait "$pid"; then
        echo "fuzz: $name: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$build/logs/$name.log" \
            | tail -1 || true), no crash" >&2
    else
        failed+=("$name")
        echo "fuzz: $name FAILED; the end of $build/logs/$name.log:" >&2
        tail -n 40 "$build/logs/$name.log" >&2
    fi
}
for target in "${targets[@]}"; do
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait_for "${pids[0]}" "${names[0]}"
        pids=("${pids[@]:1}")
        names=("${names[@]:1}")
    fi
    run_one "$target" &
    pids+=($!)
    names+=("$target")
done
for i in "${!pids[@]}"; do
    wait_for "${pids[$i]}" "${names[$i]}"
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}; inputs in $build/artifacts/" >&2
    exit 1
fi
echo "fuzz: ${targets[*]}: ${seconds} s each, no crash" >&2
