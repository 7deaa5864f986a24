#!/usr/bin/env python3
"""Scores extracted facts against a gold file, as ONTOLOGY.md says: distinct (subject, relation,
object) facts per document, symmetric relations matching in either direction, micro-averaged
over documents.

  score.py GOLD --db kgraph.db        facts of a kgraph database (its `evidence` view)
  score.py GOLD --facts facts.tsv     facts as TSV: doc, subject, relation, object (a header line
                                      starting with `doc` is skipped)

A document is named by its file name without `.txt`, in the gold and in the predictions. Prints
one line of JSON: {"tp", "fp", "fn", "precision", "recall", "f1"}; --errors N also lists up to N
false positives and false negatives on stderr.
"""

import argparse
import json
import os
import sqlite3
import sys

SYMMETRIC = {"exchanges-tech-with", "allied-with", "meets-with", "cooperates-with"}


def doc_name(path):
    base = os.path.basename(path)
    return base[:-4] if base.endswith(".txt") else base


def key(doc, subject, relation, obj):
    if relation in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return (doc, subject, relation, obj)


def read_tsv(path):
    facts = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4 or fields[0] == "doc":
                continue
            facts.add(key(doc_name(fields[0]), *fields[1:]))
    return facts


def read_db(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute("SELECT DISTINCT document, subject, relation, object FROM evidence")
    return {key(doc_name(d), s, r, o) for d, s, r, o in rows}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db")
    source.add_argument("--facts")
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args()

    gold = read_tsv(args.gold)
    predicted = read_db(args.db) if args.db else read_tsv(args.facts)
    # Only documents the gold knows count: a gold file may cover a prefix of what was read.
    docs = {g[0] for g in gold}
    predicted = {p for p in predicted if p[0] in docs}
    tp = len(gold & predicted)
    fp = len(predicted - gold)
    fn = len(gold - predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(json.dumps({"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4),
                      "recall": round(recall, 4), "f1": round(f1, 4)}))
    if args.errors:
        for label, items in (("FP", predicted - gold), ("FN", gold - predicted)):
            for item in sorted(items)[: args.errors]:
                print(label, *item, sep="\t", file=sys.stderr)


if __name__ == "__main__":
    main()
