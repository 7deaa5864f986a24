#!/usr/bin/env python3
"""The graph peer: NetworkX (Debian's python3-networkx) loading a kgraph database the way a
user's notebook would, then the same walks kgraph_bench times.

  peer_graph.py DB [--pairs N] [--seed S]

Loads every entity and every fact with its document and evidence counts (the numbers kgraph's
load_graph reads) into an nx.MultiDiGraph, timing the SQL and the build, and measures the memory
it took (resident set before and after). Then 1-hop neighbours of N random entities (successors
and predecessors), and shortest paths between N random pairs with bidirectional BFS on an
undirected simple view built once (its build time is reported apart, and not counted in the
load). Prints one line of JSON.
"""

import gc
import json
import random
import sqlite3
import sys
import time

import networkx as nx


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def latency(ms):
    if not ms:
        return {"n": 0}
    ms = sorted(ms)
    at = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]
    return {"n": len(ms), "median_ms": round(at(0.5), 4), "p99_ms": round(at(0.99), 4)}


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    db_path = args[0]
    pairs = int(args[args.index("--pairs") + 1]) if "--pairs" in args else 1000
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1

    gc.collect()
    rss_before = rss_bytes()
    start = time.perf_counter()
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    G = nx.MultiDiGraph()
    for entity_id, name, entity_type in con.execute("SELECT id, name, type FROM entities"):
        G.add_node(entity_id, name=name, type=entity_type)
    rows = con.execute("""
        SELECT e.subject_id, e.relation, e.object_id,
               COUNT(DISTINCT su.document_id), COUNT(*)
          FROM edges e
          JOIN support su ON su.edge_id = e.id
         GROUP BY e.id""")
    for subject, relation, obj, documents, mentions in rows:
        G.add_edge(subject, obj, relation=relation, documents=documents, mentions=mentions)
    load_seconds = time.perf_counter() - start
    gc.collect()
    rss = rss_bytes() - rss_before

    rng = random.Random(seed)
    nodes = list(G.nodes)
    hop_ms = []
    found = 0
    for _ in range(pairs):
        node = rng.choice(nodes)
        t = time.perf_counter()
        neighbours = {G.nodes[n]["name"] for n in G.successors(node)}
        neighbours |= {G.nodes[n]["name"] for n in G.predecessors(node)}
        hop_ms.append((time.perf_counter() - t) * 1e3)
        found += len(neighbours)

    t = time.perf_counter()
    U = nx.Graph(G)  # undirected, one edge per pair: the fastest graph for path questions
    undirected_seconds = time.perf_counter() - t
    path_ms = []
    connected = 0
    for _ in range(pairs):
        a, b = rng.choice(nodes), rng.choice(nodes)
        t = time.perf_counter()
        try:
            nx.bidirectional_shortest_path(U, a, b)
            connected += 1
        except nx.NetworkXNoPath:
            pass
        path_ms.append((time.perf_counter() - t) * 1e3)

    print(json.dumps({
        "entities": G.number_of_nodes(), "edges": G.number_of_edges(),
        "load_seconds": round(load_seconds, 4), "rss_bytes": rss,
        "bytes_per_edge": round(rss / max(1, G.number_of_edges()), 1),
        "hop": latency(hop_ms), "hop_found": found,
        "undirected_build_seconds": round(undirected_seconds, 4),
        "path": latency(path_ms), "paths_connected": connected,
        "networkx": nx.__version__,
    }))


if __name__ == "__main__":
    main()
