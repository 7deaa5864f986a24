#!/usr/bin/env bash
# A benchmark smoke run small enough for CI (ctest bench.smoke): generates a 100 KB corpus twice
# (same seed, same bytes), ingests it with one, two and four extraction threads (the databases
# must hold the same documents, facts and evidence, in the same order), and scores the facts
# against the generator's gold with `kgraph eval`.
#
#   smoke_test.sh CORPUS_GENERATOR KGRAPH LEXICON_DIR [MIN_F1]
set -euo pipefail
generator=$1
kgraph=$2
lexicon=$3
min_f1=${4:-0.90}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$generator" --lexicon "$lexicon" --size 100KB --seed 7 --out "$work/corpus" 2>/dev/null
"$generator" --lexicon "$lexicon" --size 100KB --seed 7 --out "$work/again" 2>/dev/null
if ! diff -r -q "$work/corpus" "$work/again" >/dev/null ||
    ! cmp -s "$work/corpus.gold.tsv" "$work/again.gold.tsv"; then
    echo "FAIL: the generator wrote different bytes for the same seed" >&2
    exit 1
fi

# The database is the same whatever --jobs is: ids, order and all. Four threads interleave
# more than two do on a small machine.
dump() {
    "$kgraph" sql "SELECT su.edge_id, su.document_id, su.position, d.path, s.name, e.relation,
                          o.name, r.name, se.text
                     FROM support su JOIN edges e ON e.id = su.edge_id
                     JOIN entities s ON s.id = e.subject_id JOIN entities o ON o.id = e.object_id
                     JOIN sentences se ON se.document_id = su.document_id
                                      AND se.position = su.position
                     JOIN documents d ON d.id = su.document_id
                     JOIN rules r ON r.id = su.rule_id
                    ORDER BY su.edge_id, su.document_id, su.position" --db "$1" --format tsv
}
for jobs in 1 2 4; do
    "$kgraph" ingest "$work/corpus" --db "$work/j$jobs.db" --jobs "$jobs" --quiet
    dump "$work/j$jobs.db" >"$work/j$jobs.tsv"
done
if [ "$(wc -l <"$work/j1.tsv")" -lt 100 ]; then
    echo "FAIL: --jobs 1 stored $(wc -l <"$work/j1.tsv") rows of evidence; 100 or more expected" >&2
    exit 1
fi
for jobs in 2 4; do
    if ! cmp -s "$work/j1.tsv" "$work/j$jobs.tsv"; then
        echo "FAIL: --jobs $jobs stored something else than --jobs 1" >&2
        exit 1
    fi
done

f1=$("$kgraph" eval "$work/corpus.gold.tsv" --db "$work/j2.db" --summary --format json |
    tr -d ' \n' | sed -n 's/.*"overall":{[^}]*"f1":\([0-9.]*\).*/\1/p')
echo "F1 on the generator's gold: $f1 (at least $min_f1 expected)"
awk -v f1="$f1" -v min="$min_f1" 'BEGIN { exit !(f1 != "" && f1 >= min) }'
