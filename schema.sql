-- kgraph database schema.
--
-- This file is the one definition of the database: CMake compiles it into the `kgraph` binary,
-- which applies it to a new database, and it reads on its own as documentation. Tables hold ids;
-- the views at the end give people names and are a public interface: scripts and notebooks
-- depend on `facts`, `evidence` and `entity_names`, so their names and columns are stable.
--
-- A change to this file that an existing database must see raises `user_version` (last line)
-- and comes with a migration in storage/.

-- One row per ingested document, identified by the hash of its bytes.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    path         TEXT    NOT NULL,           -- as given at ingest; for stdin, --name or "<stdin>"
    content_hash TEXT    NOT NULL UNIQUE,    -- XXH3-128 of the bytes, hex
    title        TEXT,                       -- from the header block, else NULL
    published    TEXT,                       -- YYYY-MM-DD from the header block, else NULL
    source       TEXT,                       -- from the header block, else NULL
    bytes        INTEGER NOT NULL,
    ingested_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- The document's bytes as ingested, zlib-compressed with a preset dictionary: the text of the
    -- document's rows in `sentences`, in order of position, joined with nothing between them.
    -- The evidence sentences are kept as text for the `evidence` view anyway; as a dictionary they
    -- let the body refer to them instead of holding them again (news text then takes about a
    -- quarter of its size here instead of half). Python reads it with
    -- zlib.decompressobj(zdict=SENTENCES).decompress(body); a body that needs no dictionary (no
    -- sentences, or stored before schema version 3) has no FDICT flag in its zlib header, and
    -- SQLite's sqlar_uncompress(body, bytes) reads it. Kept as they are when compression would
    -- not make them smaller, so length(body) = bytes exactly when they are not compressed.
    -- NULL for documents stored before schema version 2.
    body         BLOB
);

-- The 16 relation types of the ontology. Rows are fixed by this file; their names are stable.
CREATE TABLE relation_types (
    name      TEXT    PRIMARY KEY,
    symmetric INTEGER NOT NULL CHECK (symmetric IN (0, 1))
) WITHOUT ROWID;

INSERT INTO relation_types (name, symmetric) VALUES
    ('deploys-to', 0), ('warns-of', 0), ('exchanges-tech-with', 1), ('supplies', 0),
    ('supports', 0), ('allied-with', 1), ('fights', 0), ('threatens', 0), ('sanctions', 0),
    ('member-of', 0), ('leads', 0), ('located-in', 0), ('meets-with', 1), ('criticizes', 0),
    ('urges', 0), ('cooperates-with', 1);

-- Nodes. A name is canonical and unique; the type is the ontology's. `documents` counts the
-- documents that mention the entity (its rows in `mentions`), kept by ingest as it stores them.
CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (name <> ''),
    type      TEXT NOT NULL
              CHECK (type IN ('person', 'country', 'organization', 'location', 'other')),
    documents INTEGER NOT NULL DEFAULT 0
);

-- Other names an entity is known by: lexicon aliases, demonyms, metonyms, and the full form a
-- text wrote for a new name that leaves out its word for its kind ("Copperbelt Province").
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases (alias COLLATE NOCASE);

-- Which documents mention which entities, and how often. Keyed by document, so ingest only
-- appends: keyed by entity, every batch rewrote pages all over the table, and ingest slowed as
-- the database grew. How many documents mention an entity is entities.documents. Nothing in
-- kgraph deletes documents; a DELETE by hand cascades here (and leaves that count as it was).
CREATE TABLE mentions (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    count       INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;

-- Edges: one row per distinct (subject, relation, object). A symmetric relation is stored once,
-- with subject name < object name, so a lookup needs one probe per direction.
CREATE TABLE edges (
    id         INTEGER PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES entities (id),
    relation   TEXT    NOT NULL REFERENCES relation_types (name),
    object_id  INTEGER NOT NULL REFERENCES entities (id),
    UNIQUE (subject_id, relation, object_id)
);
CREATE INDEX edges_by_object ON edges (object_id, relation);

-- Sentences that support at least one edge, as written in the document (line breaks and runs
-- of spaces inside a sentence become one space), keyed by their place in it.
CREATE TABLE sentences (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,   -- 0-based index of the sentence in the document
    byte_offset INTEGER NOT NULL,   -- where it starts in the document's bytes
    text        TEXT    NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

-- The ids of the extraction rules that matched (data/lexicon/rules.tsv), each stored once.
CREATE TABLE rules (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- Evidence: which sentence supports which edge, and the rule that matched. Keyed by edge, the
-- way facts are counted and explained; as for mentions, a DELETE by hand cascades by a scan.
CREATE TABLE support (
    edge_id     INTEGER NOT NULL REFERENCES edges (id),
    document_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    rule_id     INTEGER NOT NULL REFERENCES rules (id),
    PRIMARY KEY (edge_id, document_id, position),
    FOREIGN KEY (document_id, position) REFERENCES sentences (document_id, position)
        ON DELETE CASCADE
) WITHOUT ROWID;

-- Public view: one row per distinct fact. `documents` counts distinct documents stating it,
-- `mentions` counts evidence rows.
CREATE VIEW facts (subject, subject_type, relation, object, object_type, documents, mentions) AS
SELECT s.name, s.type, e.relation, o.name, o.type,
       (SELECT COUNT(DISTINCT su.document_id) FROM support su WHERE su.edge_id = e.id),
       (SELECT COUNT(*) FROM support su WHERE su.edge_id = e.id)
  FROM edges e
  JOIN entities s ON s.id = e.subject_id
  JOIN entities o ON o.id = e.object_id;

-- Public view: one row per supporting sentence. `document` is the path given at ingest.
CREATE VIEW evidence (subject, relation, object, document, sentence, rule) AS
SELECT s.name, e.relation, o.name, d.path, se.text, r.name
  FROM support su
  JOIN edges e ON e.id = su.edge_id
  JOIN entities s ON s.id = e.subject_id
  JOIN entities o ON o.id = e.object_id
  JOIN sentences se ON se.document_id = su.document_id AND se.position = su.position
  JOIN documents d ON d.id = su.document_id
  JOIN rules r ON r.id = su.rule_id;

-- Public view: every canonical name with each name it is known by, itself included, so one
-- lookup on `alias` finds an entity by any of its names.
CREATE VIEW entity_names (name, type, alias) AS
SELECT name, type, name FROM entities
UNION ALL
SELECT en.name, en.type, a.alias FROM entities en JOIN aliases a ON a.entity_id = en.id;

PRAGMA user_version = 4;
