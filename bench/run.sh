#!/usr/bin/env bash
# kgraph's benchmark suite, in one command: builds Release, generates the data, runs kgraph and
# the peer (a plain Python script, and NetworkX) on the same data in the same run, and prints a
# table of medians with the ratio to the peer. See bench/README.md.
#
#   bench/run.sh [--sizes "1 10 100"] [--runs 3] [--edges "1000000 5000000"] [--work DIR]
#                [--skip-graph] [--skip-text]
#
# Sizes are corpus megabytes; --edges the graph databases' sizes (the first is the one the graph
# walks, the load and the NetworkX peer run on; the largest gets the SQL 1-hop test). Generated
# data stays in --work (default /tmp/kgraph-bench) and is reused while the generators and their
# arguments are unchanged. Runs as root installs what is missing with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

sizes="1 10 100"
runs=3
edges="1000000 5000000"
work=/tmp/kgraph-bench
do_graph=1
do_text=1
while [ $# -gt 0 ]; do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --edges) edges=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --skip-graph) do_graph=0; shift ;;
        --skip-text) do_text=0; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

# --- what the suite needs: kgraph's build dependencies, the peer's Python and NetworkX, time(1)
./scripts/install-deps.sh
missing=()
for p in python3 python3-networkx time graphviz; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
fi
python=/usr/bin/python3  # Debian's, with Debian's networkx; never a pip one

# --- build Release
build=$root/build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKGRAPH_BUILD_BENCH=ON \
    -DKGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target kgraph corpus_generator graph_generator kgraph_bench >/dev/null
kgraph=$build/cli/kgraph
bench=$build/bench/kgraph_bench
mkdir -p "$work"
results=$work/results.jsonl
: >"$results"

log() { echo "$*" >&2; }
# record KEY JSON: one line of results.
record() { printf '{"key": "%s", "value": %s}\n' "$1" "$2" >>"$results"; }
# timed OUT CMD...: runs CMD under time(1); OUT gets "seconds peak_kib" and CMD's stdout goes to
# OUT.stdout.
timed() {
    local out=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >"$out.stdout" 2>"$out.stderr"
}

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
record machine "\"$machine\""
record commit "\"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')\""

# --- text: extraction, ingest, F1, memory, database size
if [ $do_text = 1 ]; then
    for mb in $sizes; do
        corpus=$work/corpus-${mb}mb
        stamp="$(cat bench/corpus_generator.cpp data/lexicon/entities/*.tsv | md5sum | cut -c1-12)"
        if [ ! -f "$corpus.stamp" ] || [ "$(cat "$corpus.stamp")" != "$stamp" ]; then
            rm -rf "$corpus" "$corpus.gold.tsv"
            log "generating a ${mb} MB corpus"
            timed "$work/gen" "$build/bench/corpus_generator" --lexicon data/lexicon \
                --size "${mb}MB" --seed 1 --out "$corpus"
            record "corpus-$mb.generate" "{\"seconds\": $(cut -d' ' -f1 "$work/gen")}"
            echo "$stamp" >"$corpus.stamp"
        fi
        for run in $(seq "$runs"); do
            log "${mb} MB, run $run of $runs"
            record "extract-$mb.kgraph" "$("$bench" extract "$corpus" --threads 1)"
            record "extract-$mb.peer" "$($python bench/peer/peer_extract.py extract data/lexicon "$corpus")"
            for jobs in 1 2; do
                db=$work/ingest-$mb-j$jobs.db
                rm -f "$db" "$db-wal" "$db-shm"
                timed "$work/ingest" "$kgraph" ingest "$corpus" --db "$db" --jobs "$jobs" --quiet
                read -r secs kib user sys <"$work/ingest"
                record "ingest-$mb.kgraph-j$jobs" "{\"seconds\": $secs, \"peak_kib\": $kib, \"cpu_seconds\": $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')}"
            done
            pdb=$work/ingest-$mb-peer.db
            rm -f "$pdb"
            timed "$work/peer" $python bench/peer/peer_extract.py ingest data/lexicon "$corpus" "$pdb"
            read -r secs kib user sys <"$work/peer"
            record "ingest-$mb.peer" "{\"seconds\": $secs, \"peak_kib\": $kib}"
        done
        db=$work/ingest-$mb-j1.db
        record "corpus-$mb.bytes" "$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
        record "db-$mb.kgraph" "$("$kgraph" stats --db "$db" --format json | tr -d '\n')"
        record "db-$mb.file" "$(stat -c %s "$db")"
        record "f1-$mb.kgraph" "$("$kgraph" eval "$corpus.gold.tsv" --db "$db" --summary --format json | tr -d '\n' | sed 's/.*"overall": *\({[^}]*}\).*/\1/')"
        $python bench/peer/peer_extract.py extract data/lexicon "$corpus" --facts "$work/peer-facts.tsv" >/dev/null
        record "f1-$mb.peer" "$($python bench/score.py "$corpus.gold.tsv" --facts "$work/peer-facts.tsv")"
    done
fi

# --- graph: load, memory, walks, DOT, SQL 1-hop
if [ $do_graph = 1 ]; then
    first=""
    largest=""
    for n in $edges; do
        gdb=$work/graph-$n.db
        stamp="$(cat bench/graph_generator.cpp schema.sql | md5sum | cut -c1-12)"
        if [ ! -f "$gdb.stamp" ] || [ "$(cat "$gdb.stamp")" != "$stamp" ]; then
            rm -f "$gdb" "$gdb-wal" "$gdb-shm"
            log "generating a graph of $n edges"
            timed "$work/gen" "$build/bench/graph_generator" --db "$gdb" --edges "$n" --entities 200000
            record "graph-$n.generate" "{\"seconds\": $(cut -d' ' -f1 "$work/gen")}"
            echo "$stamp" >"$gdb.stamp"
        fi
        first=${first:-$n}
        largest=$n
    done
    gdb=$work/graph-$first.db
    # The SQL test times queries on a database the system holds in memory, as an analyst's
    # repeated queries find it. A database generated in an earlier run may have left the page
    # cache since (then the median was four times as long): it is read once first.
    cat "$work/graph-$largest.db" >/dev/null
    for run in $(seq "$runs"); do
        log "graph of $first edges, run $run of $runs"
        record "graph-$first.kgraph" "$("$bench" graph "$gdb" --pairs 1000 --seed "$run")"
        timed "$work/dot" "$kgraph" export dot --db "$gdb" -o /dev/null
        record "graph-$first.kgraph-export-dot" "{\"seconds\": $(cut -d' ' -f1 "$work/dot"), \"peak_kib\": $(cut -d' ' -f2 "$work/dot")}"
        # A picture of a big graph: the 300 best-supported facts drawn by dot with labels, and
        # 2,000 drawn by sfdp without (what kgraph picks above 300).
        for top in 300 2000; do
            timed "$work/svg" "$kgraph" export svg --db "$gdb" --top "$top" -o "$work/top-$top.svg"
            record "graph-$first.kgraph-export-svg-top$top" "{\"seconds\": $(cut -d' ' -f1 "$work/svg"), \"peak_kib\": $(cut -d' ' -f2 "$work/svg")}"
        done
        record "graph-$first.peer" "$($python bench/peer/peer_graph.py "$gdb" --pairs 1000 --seed "$run")"
        record "sql-hop-$largest.kgraph" "$("$bench" sql-hop "$work/graph-$largest.db" --pairs 1000 --seed "$run")"
        record "facts-of-$largest.kgraph" "$("$bench" facts-of "$work/graph-$largest.db" --pairs 1000 --seed "$run")"
    done
fi

$python bench/report.py "$results" | tee "$work/results.md"
log "raw results: $results; table: $work/results.md"
