#!/usr/bin/env bash
# The README's first command: installs what is missing, builds kgraph in Release, ingests the
# sample corpus (data/sample/) into out/kgraph.db, and draws the graph as out/kgraph.dot (and
# out/kgraph.svg where Graphviz is installed). Prints a short summary.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build --target kgraph

mkdir -p out
rm -f out/kgraph.db out/kgraph.db-wal out/kgraph.db-shm
kgraph=build/cli/kgraph
export KGRAPH_DB=out/kgraph.db

"$kgraph" ingest data/sample/
"$kgraph" export dot -o out/kgraph.dot
if command -v dot >/dev/null; then
    "$kgraph" export svg -o out/kgraph.svg
fi

echo
"$kgraph" stats --format table
echo
echo "Most supported facts:"
"$kgraph" sql --format table \
    'SELECT subject, relation, object, documents FROM facts ORDER BY documents DESC, mentions DESC LIMIT 12'
echo
echo "Wrote out/kgraph.db and out/kgraph.dot$( [ -f out/kgraph.svg ] && echo ' and out/kgraph.svg')."
echo "Try: $kgraph query --db out/kgraph.db '? deploys-to Russia'"
