#!/usr/bin/env python3
"""The peer kgraph is measured against: the extraction script a user would write in plain
Python 3 (standard library only), reading the same lexicon and the same articles.

- sentences: a regular expression split after . ! ? before a capital or a quote;
- entities: dictionary lookup of token n-grams (longest first, up to 6 tokens) over every name,
  alias, demonym and metonym in data/lexicon/entities/*.tsv;
- facts: between two consecutive entities of a sentence, the first trigger word found gives
  the relation (subject = the first entity), "and" between them plus a trigger after them
  gives a symmetric pair.

  peer_extract.py extract LEXICON_DIR CORPUS_DIR [--facts OUT.tsv]
      reads every .txt under CORPUS_DIR into memory, then times extraction alone; prints JSON
      {"bytes", "documents", "facts", "seconds", "mb_per_s"}.
  peer_extract.py ingest LEXICON_DIR CORPUS_DIR DB
      end to end: reads, extracts and stores documents, entities, facts and evidence sentences
      in SQLite (one transaction per 256 documents, like kgraph); prints the same JSON.
"""

import json
import os
import re
import sqlite3
import sys
import time

SENTENCE_SPLIT = re.compile(r'(?<=[.!?])["\')\]]*\s+(?=["\'(\[]?[A-Z0-9])')
TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?|[^\w\s]")
MAX_NGRAM = 6

TRIGGERS = {
    "deploys-to": ["deployed", "deploys", "deploy", "sent", "sends", "stationed", "deployment",
                   "dispatched"],
    "warns-of": ["warned", "warns", "warn", "warning"],
    "exchanges-tech-with": ["exchanged", "exchange", "shared", "transfer", "know-how"],
    "supplies": ["supplied", "supplies", "supply", "providing", "provided", "provides",
                 "shipments", "delivered"],
    "supports": ["supported", "supports", "support", "backs", "backed", "stands"],
    "allied-with": ["alliance", "ally", "allied", "allies"],
    "fights": ["war", "attacked", "airstrikes", "offensive", "invaded", "fighting"],
    "threatens": ["threat", "threatened", "threatens", "threatening"],
    "sanctions": ["sanctions", "sanctioned", "sanction", "embargo"],
    "member-of": ["joined", "member", "accession", "membership"],
    "leads": ["president", "leader", "secretary-general", "prime", "chief"],
    "located-in": ["located", "region", "province"],
    "meets-with": ["met", "meets", "talks", "meeting"],
    "criticizes": ["condemned", "criticized", "condemnation", "criticizes", "denounced"],
    "urges": ["urged", "urges", "called"],
    "cooperates-with": ["cooperates", "cooperate", "cooperation", "agreement", "deal", "signed"],
}
SYMMETRIC = {"exchanges-tech-with", "allied-with", "meets-with", "cooperates-with"}
TRIGGER_OF = {word: rel for rel, words in TRIGGERS.items() for word in words}
NEGATIONS = {"not", "never", "no", "denied", "may", "could", "might", "would", "will"}


def load_lexicon(lexicon_dir):
    """Maps a lower-case token tuple to its entity's canonical name."""
    names = {}
    folder = os.path.join(lexicon_dir, "entities")
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".tsv"):
            continue
        with open(os.path.join(folder, file), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 2:
                    continue
                canonical = fields[0].strip()
                surfaces = [canonical]
                for column in fields[2:5]:
                    surfaces += [s.strip() for s in column.split("|") if s.strip()]
                for surface in surfaces:
                    if surface.lower().startswith("the "):
                        surface = surface[4:]
                    key = tuple(t.lower() for t in TOKEN.findall(surface))
                    if key and key not in names:
                        names[key] = canonical
    return names


def extract(text, names):
    """Facts of one document: a list of (subject, relation, object, sentence)."""
    facts = []
    for sentence in SENTENCE_SPLIT.split(text):
        tokens = TOKEN.findall(sentence)
        lower = [t.lower() for t in tokens]
        mentions = []  # (first token, one past the last, name)
        i = 0
        while i < len(tokens):
            for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
                name = names.get(tuple(lower[i:i + n]))
                if name is not None and tokens[i][:1].isupper():
                    mentions.append((i, i + n, name))
                    i += n
                    break
            else:
                i += 1
        for (a_begin, a_end, a), (b_begin, b_end, b) in zip(mentions, mentions[1:]):
            if a == b:
                continue
            between = lower[a_end:b_begin]
            if any(w in NEGATIONS for w in lower[max(0, a_begin - 4):b_begin]):
                continue
            relation = next((TRIGGER_OF[w] for w in between if w in TRIGGER_OF), None)
            if relation is None and between == ["and"]:
                after = lower[b_end:b_end + 6]
                relation = next((TRIGGER_OF[w] for w in after if w in TRIGGER_OF), None)
                if relation not in SYMMETRIC:
                    relation = None
            if relation is None:
                continue
            if relation in SYMMETRIC and b < a:
                a, b = b, a
            facts.append((a, relation, b, sentence))
    return facts


def corpus_files(corpus_dir):
    paths = []
    for root, _, files in os.walk(corpus_dir):
        paths += [os.path.join(root, f) for f in files if f.endswith(".txt")]
    return sorted(paths)


def doc_name(path):
    return os.path.basename(path)[:-4]


def cmd_extract(lexicon_dir, corpus_dir, out_path):
    names = load_lexicon(lexicon_dir)
    texts = []
    for path in corpus_files(corpus_dir):
        with open(path, encoding="utf-8") as f:
            texts.append((path, f.read()))
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    start = time.perf_counter()
    results = [(path, extract(text, names)) for path, text in texts]
    seconds = time.perf_counter() - start
    count = sum(len(set((s, r, o) for s, r, o, _ in facts)) for _, facts in results)
    if out_path:
        with open(out_path, "w", encoding="utf-8") as out:
            out.write("doc\tsubject\trelation\tobject\n")
            for path, facts in results:
                for s, r, o in sorted(set((s, r, o) for s, r, o, _ in facts)):
                    out.write(f"{doc_name(path)}\t{s}\t{r}\t{o}\n")
    return {"bytes": size, "documents": len(texts), "facts": count, "seconds": round(seconds, 3),
            "mb_per_s": round(size / 1e6 / seconds, 3)}


SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, path TEXT, body TEXT);
CREATE TABLE IF NOT EXISTS entities (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE TABLE IF NOT EXISTS edges (id INTEGER PRIMARY KEY, subject INTEGER, relation TEXT,
                                  object INTEGER, UNIQUE (subject, relation, object));
CREATE TABLE IF NOT EXISTS evidence (edge INTEGER, document INTEGER, sentence TEXT);
"""


def cmd_ingest(lexicon_dir, corpus_dir, db_path):
    start = time.perf_counter()
    names = load_lexicon(lexicon_dir)
    db = sqlite3.connect(db_path)
    db.executescript(SCHEMA)
    entity_ids = {}
    edge_ids = {}
    size = 0
    count = 0
    paths = corpus_files(corpus_dir)

    def entity(name):
        if name not in entity_ids:
            db.execute("INSERT OR IGNORE INTO entities (name) VALUES (?)", (name,))
            entity_ids[name] = db.execute("SELECT id FROM entities WHERE name = ?",
                                          (name,)).fetchone()[0]
        return entity_ids[name]

    for k in range(0, len(paths), 256):
        with db:
            for path in paths[k:k + 256]:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                size += len(text.encode("utf-8"))
                doc = db.execute("INSERT INTO documents (path, body) VALUES (?, ?)",
                                 (path, text)).lastrowid
                rows = []
                for s, r, o, sentence in extract(text, names):
                    key = (entity(s), r, entity(o))
                    if key not in edge_ids:
                        db.execute("INSERT OR IGNORE INTO edges (subject, relation, object) "
                                   "VALUES (?, ?, ?)", key)
                        edge_ids[key] = db.execute(
                            "SELECT id FROM edges WHERE subject = ? AND relation = ? "
                            "AND object = ?", key).fetchone()[0]
                        count += 1
                    rows.append((edge_ids[key], doc, sentence))
                db.executemany("INSERT INTO evidence VALUES (?, ?, ?)", rows)
    db.close()
    seconds = time.perf_counter() - start
    return {"bytes": size, "documents": len(paths), "facts": count, "seconds": round(seconds, 3),
            "mb_per_s": round(size / 1e6 / seconds, 3)}


def main():
    args = sys.argv[1:]
    if len(args) >= 3 and args[0] == "extract":
        out = args[4] if len(args) == 5 and args[3] == "--facts" else None
        print(json.dumps(cmd_extract(args[1], args[2], out)))
    elif len(args) == 4 and args[0] == "ingest":
        print(json.dumps(cmd_ingest(args[1], args[2], args[3])))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
