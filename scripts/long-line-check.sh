#!/usr/bin/env bash
# Opt-in check of the issue's worst case, too slow for the test suite (which uses 20 MB):
# `kgraph ingest` on a file that is one 200 MB line must finish, store every fact in it and stay
# within memory: at most three bytes a byte of the file (the file, its lowered copy, and the
# tokens of one window of it; 450 MiB at 200 MB), when /usr/bin/time is there to measure it.
# Builds build/ when its kgraph is missing.
#
#   scripts/long-line-check.sh [MEGABYTES]      default 200
set -euo pipefail
cd "$(dirname "$0")/.."

megabytes=${1:-200}
kgraph=build/cli/kgraph
if [ ! -x "$kgraph" ]; then
    ./scripts/install-deps.sh
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build --target kgraph
fi

work=$(mktemp -d /tmp/kgraph-long-line.XXXXXX)
trap 'rm -rf "$work"' EXIT

# One line: filler prose, and every 50 fillers a sentence that states a fact.
awk -v bytes=$((megabytes * 1024 * 1024)) 'BEGIN {
    filler = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
    fact = "Iran supplied drones to Russia. "
    n = 0; facts = 0
    while (n < bytes) {
        for (k = 0; k < 50; k++) { printf "%s", filler; n += length(filler) }
        printf "%s", fact; n += length(fact); facts++
    }
    print facts > "/dev/stderr"
}' >"$work/long.txt" 2>"$work/facts"
echo "long-line: $(wc -c <"$work/long.txt") bytes in $(wc -l <"$work/long.txt") lines," \
    "$(cat "$work/facts") fact sentences" >&2

start=$(date +%s)
if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -o "$work/time" -f "%e %M" \
        "$kgraph" ingest --db "$work/kg.db" "$work/long.txt"
    read -r seconds peak_kib <"$work/time"
    echo "long-line: $seconds s, $peak_kib KiB peak memory" >&2
    if [ $((peak_kib * 1024)) -gt $((3 * $(wc -c <"$work/long.txt"))) ]; then
        echo "long-line: FAILED: more than three bytes of memory a byte of the file" >&2
        exit 1
    fi
else
    "$kgraph" ingest --db "$work/kg.db" "$work/long.txt"
fi
echo "long-line: ingest took $(($(date +%s) - start)) s" >&2

stored=$("$kgraph" sql --db "$work/kg.db" --format tsv \
    "SELECT COUNT(*) FROM evidence" | tail -n 1)
if [ "$stored" != "$(cat "$work/facts")" ]; then
    echo "long-line: FAILED: $stored evidence sentences stored, $(cat "$work/facts") expected" >&2
    exit 1
fi
echo "long-line: ok, every fact sentence stored" >&2
