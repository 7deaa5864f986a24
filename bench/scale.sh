#!/usr/bin/env bash
# Ingest speed as the database grows: generates a corpus of --size megabytes (default 1000),
# then ingests it into one database in parts of about --part megabytes (default 100), one
# `kgraph ingest` a part, and prints a line a part: its seconds, MB/s, the bytes the run wrote
# (time(1)'s file system outputs) and its peak memory. Ingest is linear when the last parts go
# as fast as the first. See bench/README.md.
#
#   bench/scale.sh [--size 1000] [--part 100] [--jobs 2] [--work DIR]
#
# The corpus stays in --work (default /tmp/kgraph-scale; 1.5 GB at 1000 MB) and is reused; the
# database (1.4 GB at 1000 MB) is made again each run. Needs what bench/run.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

size=1000
part=100
jobs=2
work=/tmp/kgraph-scale
while [ $# -gt 0 ]; do
    case $1 in
        --size) size=$2; shift 2 ;;
        --part) part=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "scale.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

build=$root/build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKGRAPH_BUILD_BENCH=ON \
    -DKGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target kgraph corpus_generator >/dev/null

mkdir -p "$work"
corpus=$work/corpus-${size}mb
if [ ! -f "$corpus.stamp" ]; then
    rm -rf "$corpus"
    "$build/bench/corpus_generator" --lexicon data/lexicon --size "${size}MB" --out "$corpus" >&2
    touch "$corpus.stamp"
fi

# The generator writes a thousand articles to a folder (aNNNN, in order): a part is the next
# folders that together reach --part megabytes.
db=$work/scale.db
rm -f "$db" "$db-wal" "$db-shm"
limit=$((part * 1000000))
folders=()
bytes=0
n=0
first_speed=""
ingest_part() {
    local out
    out=$( { /usr/bin/time -f "%e %O %M" "$build/cli/kgraph" ingest --db "$db" --jobs "$jobs" \
        --quiet "${folders[@]}" >/dev/null; } 2>&1 | tail -1)
    read -r seconds blocks kib <<<"$out"
    speed=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    first_speed=${first_speed:-$speed}
    printf "part %2d: %6.1f MB in %6.2f s, %5s MB/s (%.2f of the first part's), wrote %5.2f GB, peak %3d MiB\n" \
        "$n" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$seconds" "$speed" \
        "$(awk -v a="$speed" -v f="$first_speed" 'BEGIN { print a / f }')" \
        "$(awk -v k="$blocks" 'BEGIN { print k * 512 / 1e9 }')" $((kib / 1024))
    n=$((n + 1))
    folders=()
    bytes=0
}
for folder in "$corpus"/a*; do
    folders+=("$folder")
    bytes=$((bytes + $(du -sb --apparent-size "$folder" | cut -f1)))
    if [ "$bytes" -ge "$limit" ]; then
        ingest_part
    fi
done
if [ ${#folders[@]} -gt 0 ]; then
    ingest_part
fi
echo "database: $(du -b "$db" | cut -f1) bytes"
