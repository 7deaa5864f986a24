#!/usr/bin/env python3
"""Turns bench/run.sh's results.jsonl into the Markdown tables of bench/README.md: medians over
the runs, kgraph next to the peer measured in the same run, the ratio, and each target of issue 5
with whether this run met it.

  report.py results.jsonl
"""

import json
import statistics
import sys
from collections import defaultdict


def load(path):
    values = defaultdict(list)
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                row = json.loads(line)
                values[row["key"]].append(row["value"])
    return values


def median(rows, *path):
    found = []
    for row in rows:
        for key in path:
            row = row.get(key) if isinstance(row, dict) else None
        if isinstance(row, (int, float)):
            found.append(row)
    return statistics.median(found) if found else None


def fmt(value, digits=2, unit=""):
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}{unit}"
    return f"{value:,}{unit}"


def verdict(ok):
    return "-" if ok is None else ("met" if ok else "**not met**")


def main():
    v = load(sys.argv[1])
    out = []
    machine = v.get("machine", ["?"])[0]
    commit = v.get("commit", ["?"])[0]
    runs = max((len(rows) for key, rows in v.items() if key.startswith("extract-")), default=0)
    out.append(f"Machine: {machine}. Commit {commit}. Medians of {runs} runs; kgraph and the peer "
               "ran in the same run, one after the other.\n")

    sizes = sorted({int(k.split("-")[1].split(".")[0]) for k in v if k.startswith("extract-")})
    targets = []
    if sizes:
        out.append("| corpus | extraction only, kgraph (1 thread) | peer | ratio | ingest --jobs 1 "
                   "| --jobs 2 | j2/j1 | peer ingest | ratio (j1) | ingest j1 per CPU-second "
                   "| peak RSS j1 / j2 | F1 kgraph | F1 peer | db / corpus | bytes per fact "
                   "| bytes per evidence |")
        out.append("|" + " --- |" * 16)
    speeds = {}
    for mb in sizes:
        corpus_bytes = (v.get(f"corpus-{mb}.bytes") or [None])[0]
        ex_k = median(v.get(f"extract-{mb}.kgraph", []), "mb_per_s")
        ex_p = median(v.get(f"extract-{mb}.peer", []), "mb_per_s")
        mbps = lambda key: (corpus_bytes / 1e6 / s) if corpus_bytes and (s := median(v.get(key, []), "seconds")) else None
        in_1 = mbps(f"ingest-{mb}.kgraph-j1")
        in_2 = mbps(f"ingest-{mb}.kgraph-j2")
        in_p = mbps(f"ingest-{mb}.peer")
        cpu_1 = median(v.get(f"ingest-{mb}.kgraph-j1", []), "cpu_seconds")
        in_cpu = corpus_bytes / 1e6 / cpu_1 if corpus_bytes and cpu_1 else None
        rss_1 = median(v.get(f"ingest-{mb}.kgraph-j1", []), "peak_kib")
        rss_2 = median(v.get(f"ingest-{mb}.kgraph-j2", []), "peak_kib")
        f1_k = median(v.get(f"f1-{mb}.kgraph", []), "f1")
        f1_p = median(v.get(f"f1-{mb}.peer", []), "f1")
        stats = {m["measure"]: m["value"] for m in (v.get(f"db-{mb}.kgraph") or [[]])[0]}
        db_file = (v.get(f"db-{mb}.file") or [None])[0]
        ratio = lambda a, b: a / b if a and b else None
        per = lambda a, b: a / b if a and b else None
        speeds[mb] = (in_1, rss_2, in_cpu)
        out.append(
            f"| {mb} MB | {fmt(ex_k)} MB/s | {fmt(ex_p)} MB/s | {fmt(ratio(ex_k, ex_p), 1)}x "
            f"| {fmt(in_1)} MB/s | {fmt(in_2)} MB/s | {fmt(ratio(in_2, in_1))}x | {fmt(in_p)} MB/s "
            f"| {fmt(ratio(in_1, in_p), 1)}x | {fmt(in_cpu)} MB/s | {fmt(rss_1 and rss_1 / 1024, 0)} / "
            f"{fmt(rss_2 and rss_2 / 1024, 0)} MiB | {fmt(f1_k, 3)} | {fmt(f1_p, 3)} "
            f"| {fmt(per(db_file, corpus_bytes))}x | {fmt(per(db_file, stats.get('facts')), 0)} "
            f"| {fmt(per(db_file, stats.get('evidence')), 0)} |")
        if mb == sizes[-1]:
            targets += [
                (f"extraction only, {mb} MB, >= 40x the peer", ratio(ex_k, ex_p), 40, ">="),
                (f"ingest into SQLite, {mb} MB, --jobs 1, >= 15x the peer", ratio(in_1, in_p), 15, ">="),
                (f"--jobs 2 / --jobs 1, {mb} MB, >= 1.6x", ratio(in_2, in_1), 1.6, ">="),
                (f"F1 on the generator's gold, {mb} MB, >= 0.95", f1_k, 0.95, ">="),
                (f"peak RSS ingesting {mb} MB (--jobs 2), < 200 MiB", rss_2 and rss_2 / 1024, 200, "<"),
                (f"database size, {mb} MB corpus, <= 1.5x the corpus", per(db_file, corpus_bytes), 1.5, "<="),
            ]
    if len(sizes) >= 2:
        (a, (sa, ra, ca)), (b, (sb, rb, cb)) = sorted(speeds.items())[-2:]
        if sa and sb:
            targets.append((f"linear: ingest MB/s at {b} MB / at {a} MB, within noise (>= 0.85)",
                            sb / sa, 0.85, ">="))
        if ca and cb:
            targets.append((f"linear, in CPU time (immune to the shared machine): ingest MB per "
                            f"CPU-second at {b} MB / at {a} MB (>= 0.85)", cb / ca, 0.85, ">="))
        if ra and rb:
            targets.append((f"flat memory: peak RSS at {b} MB / at {a} MB (<= 1.25)", rb / ra, 1.25, "<="))

    graph_keys = sorted(k for k in v if k.startswith("graph-") and k.endswith(".kgraph"))
    for key in graph_keys:
        n = key.split("-")[1].split(".")[0]
        k = v[key]
        p = v.get(f"graph-{n}.peer", [])
        dot = v.get(f"graph-{n}.kgraph-export-dot", [])
        edges = median(k, "edges")
        out.append(f"\nGraph of {fmt(edges, 0)} edges over {fmt(median(k, 'entities'), 0)} entities "
                   "(heavy-tailed degrees), 1,000 random entities or pairs per run:\n")
        out.append("| workload | kgraph (Boost.Graph) | peer (NetworkX) | kgraph / peer |")
        out.append("| --- | --- | --- | --- |")
        rows = [
            ("load from the database", median(k, "load_seconds"), median(p, "load_seconds"), " s"),
            ("memory of the loaded graph", median(k, "heap_bytes") and median(k, "heap_bytes") / 2**20,
             median(p, "rss_bytes") and median(p, "rss_bytes") / 2**20, " MiB"),
            ("memory per edge", median(k, "bytes_per_edge"), median(p, "bytes_per_edge"), " B"),
            ("1-hop neighbours, median", median(k, "hop", "median_ms"), median(p, "hop", "median_ms"), " ms"),
            ("1-hop neighbours, p99", median(k, "hop", "p99_ms"), median(p, "hop", "p99_ms"), " ms"),
            ("shortest path, median", median(k, "path", "median_ms"), median(p, "path", "median_ms"), " ms"),
            ("shortest path, p99", median(k, "path", "p99_ms"), median(p, "path", "p99_ms"), " ms"),
            ("`kgraph export dot` (load + write)", median(dot, "seconds"), None, " s"),
            ("`kgraph export svg --top 300` (dot, labelled)",
             median(v.get(f"graph-{n}.kgraph-export-svg-top300", []), "seconds"), None, " s"),
            ("`kgraph export svg --top 2000` (sfdp)",
             median(v.get(f"graph-{n}.kgraph-export-svg-top2000", []), "seconds"), None, " s"),
        ]
        for name, a, b, unit in rows:
            digits = 4 if unit == " ms" else 2
            out.append(f"| {name} | {fmt(a, digits, unit)} | {fmt(b, digits, unit)} | "
                       f"{fmt(a / b if a is not None and b else None, 3)} |")
        load_s = median(k, "load_seconds")
        heap = median(k, "heap_bytes")
        path_k = median(k, "path", "median_ms")
        path_p = median(p, "path", "median_ms")
        targets += [
            (f"load {fmt(edges, 0)} edges into Boost.Graph <= 1 s", load_s, 1.0, "<="),
            (f"... and <= 150 MiB", heap and heap / 2**20, 150, "<="),
            ("shortest path median <= 0.5x NetworkX", path_k / path_p if path_k and path_p else None, 0.5, "<="),
        ]
    for key in sorted(k for k in v if k.startswith("sql-hop-")):
        n = key.split("-")[2].split(".")[0]
        rows = v[key]
        med = median(rows, "hop", "median_ms")
        out.append(f"\n1-hop neighbours through SQL on the {fmt(int(n), 0)}-edge database "
                   f"({fmt(median(rows, 'entities'), 0)} entities): median {fmt(med, 4)} ms, "
                   f"p99 {fmt(median(rows, 'hop', 'p99_ms'), 4)} ms. Query plan: "
                   f"`{rows[0].get('plan', '')}`.")
        targets.append((f"1-hop through SQL, {fmt(int(n), 0)} edges, median <= 1 ms", med, 1.0, "<="))
    for key in sorted(k for k in v if k.startswith("facts-of-")):
        n = key.split("-")[2].split(".")[0]
        rows = v[key]
        out.append(f"\nAn entity's facts through kgraph's own reads on the {fmt(int(n), 0)}-edge "
                   f"database (`kgraph facts --subject`, then `--object`, with their counts): "
                   f"median {fmt(median(rows, 'facts', 'median_ms'), 4)} ms, "
                   f"p99 {fmt(median(rows, 'facts', 'p99_ms'), 4)} ms; the evidence of one of "
                   f"them (`kgraph explain`): median {fmt(median(rows, 'evidence', 'median_ms'), 4)} ms, "
                   f"p99 {fmt(median(rows, 'evidence', 'p99_ms'), 4)} ms.")

    if targets:
        out.append("\n| target | this run | verdict |")
        out.append("| --- | --- | --- |")
        for name, value, limit, op in targets:
            ok = None
            if value is not None:
                ok = {">=": value >= limit, "<=": value <= limit, "<": value < limit}[op]
            out.append(f"| {name} | {fmt(value, 3)} | {verdict(ok)} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
