#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <isa-l/igzip_lib.h>
#include <unistd.h>
#include <zlib.h>

#include "storage/query_sql.h"
#include "storage/recent_ids.h"
#include "storage/sqlite.h"
#include "storage/storage.h"

namespace kg::storage {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

// documents.body: a zlib stream (RFC 1950) with the document's evidence sentences (in order of
// position, joined with nothing between them) as the preset dictionary, so the body refers to
// the text `sentences` already holds instead of holding it again. Without sentences it is plain
// zlib, as SQLite's archive format (sqlar) stores a file. Kept as it is when compression would
// not make it smaller, so length(body) = bytes exactly when it is not compressed.
//
// The deflate data comes from ISA-L's igzip at level 1: on the 10 MB benchmark corpus, ingest
// with --jobs 1 took 7% less CPU time than with zlib's default level, for a database 2% larger
// (igzip's level 3 compressed 4% better and saved no time; zlib's level 1 saved half as much).
// Any inflater reads it. igzip's own zlib header has no FDICT flag or dictionary id, which an
// inflater needs to be asked for the dictionary, so the header and the trailer are written
// here around igzip's raw deflate data.
constexpr int kBodyLevel = 1;

std::string compress_body(const std::string_view text, const std::string_view dictionary) {
    if (text.size() > std::numeric_limits<std::uint32_t>::max() / 2 ||
        dictionary.size() > std::numeric_limits<std::uint32_t>::max()) {
        return std::string(text);  // past what igzip counts in one call
    }
    // igzip's state (80 KB) and the buffer its level works in, once per thread.
    struct Deflater {
        isal_zstream stream;
        std::vector<std::uint8_t> level_buffer = std::vector<std::uint8_t>(ISAL_DEF_LVL1_DEFAULT);
    };
    thread_local const std::unique_ptr<Deflater> deflater = std::make_unique<Deflater>();
    const auto bytes = [](const std::string_view s) {
        return reinterpret_cast<const unsigned char*>(s.data());
    };
    const auto put_be32 = [](std::string& out, const std::uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out += static_cast<char>((v >> shift) & 0xFF);
        }
    };

    std::string out;
    out.reserve(text.size() + 16);
    // CMF: deflate with a 32 KB window; FLG: the fastest level (as zlib marks its level 1; no
    // reader acts on it), FDICT when there is a dictionary, and the check bits that make the
    // two bytes a multiple of 31.
    const unsigned cmf = 0x78;
    unsigned flg = dictionary.empty() ? 0U : 0x20U;
    flg += (31 - (cmf * 256 + flg) % 31) % 31;
    out += static_cast<char>(cmf);
    out += static_cast<char>(flg);
    if (!dictionary.empty()) {
        put_be32(out, isal_adler32(1, bytes(dictionary), dictionary.size()));
    }
    const std::size_t header = out.size();
    out.resize(text.size() + 16);  // past the text's size it is stored as it is anyway

    isal_zstream& stream = deflater->stream;
    isal_deflate_init(&stream);
    stream.level = kBodyLevel;
    stream.level_buf = deflater->level_buffer.data();
    stream.level_buf_size = static_cast<std::uint32_t>(deflater->level_buffer.size());
    stream.gzip_flag = IGZIP_DEFLATE;
    stream.end_of_stream = 1;
    stream.flush = NO_FLUSH;
    bool ok = dictionary.empty() ||
              isal_deflate_set_dict(&stream, const_cast<std::uint8_t*>(bytes(dictionary)),
                                    static_cast<std::uint32_t>(dictionary.size())) == COMP_OK;
    if (ok) {
        stream.next_in = const_cast<std::uint8_t*>(bytes(text));
        stream.avail_in = static_cast<std::uint32_t>(text.size());
        stream.next_out = reinterpret_cast<std::uint8_t*>(out.data() + header);
        stream.avail_out = static_cast<std::uint32_t>(out.size() - header);
        ok = isal_deflate(&stream) == COMP_OK && stream.avail_in == 0 &&
             stream.internal_state.state == ZSTATE_END;
    }
    if (!ok) {
        return std::string(text);  // it did not fit: it would not have been smaller
    }
    out.resize(header + stream.total_out);
    put_be32(out, isal_adler32(1, bytes(text), text.size()));
    if (out.size() >= text.size()) {
        return std::string(text);
    }
    return out;
}

// The inverse of compress_body(), given the same dictionary and the size of the original.
std::string uncompress_body(const std::string_view body, const std::size_t bytes,
                            const std::string_view dictionary) {
    if (body.size() == bytes) {
        return std::string(body);
    }
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        throw Error("zlib: cannot start uncompressing");
    }
    std::string out(bytes, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int rc = inflate(&stream, Z_FINISH);
    if (rc == Z_NEED_DICT) {
        rc = inflateSetDictionary(&stream, reinterpret_cast<const Bytef*>(dictionary.data()),
                                  static_cast<uInt>(dictionary.size()));
        if (rc == Z_OK) {
            rc = inflate(&stream, Z_FINISH);
        }
    }
    const bool whole = rc == Z_STREAM_END && stream.total_out == bytes;
    inflateEnd(&stream);
    if (!whole) {
        throw Error("a document body does not uncompress to its recorded size");
    }
    return out;
}

// Refuses, before SQLite touches it, a file that is not an SQLite database at all.
void check_file_kind(const std::string& path, const Database::Mode mode) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists) {
        if (mode == Database::Mode::kReadOnly) {
            throw Error(fmt::format(
                "no database at {}; run `kgraph ingest` first, or name one with --db", path));
        }
        return;
    }
    if (std::filesystem::is_directory(path, ec)) {
        throw Error(fmt::format("{} is a directory, not a database file", path));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(fmt::format("cannot read {}", path));
    }
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) {
        return;  // an empty file is a new database to SQLite
    }
    if (got < header.size() || std::string_view(header.data(), header.size()) != kSqliteMagic) {
        throw Error(fmt::format(
            "{} is not a kgraph database (not an SQLite file); it was left untouched", path));
    }
}

// One read transaction: every statement run while it lives sees the database as it was at
// the first, whatever an ingest commits meanwhile. Without it a reader that sizes a table by
// one statement and reads it with the next could find rows the first did not count.
class ReadSnapshot {
public:
    // Inside a transaction already (a writer's batch), that one is the snapshot.
    explicit ReadSnapshot(Connection& connection)
        : connection_(connection), owns_(!connection.in_transaction()) {
        if (owns_) {
            connection_.exec("BEGIN");
        }
    }
    ~ReadSnapshot() {
        if (!owns_) {
            return;
        }
        try {
            connection_.exec("COMMIT");
        } catch (...) {
            // Nothing was written; the transaction ends with the connection at worst.
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Connection& connection_;
    bool owns_;
};

std::int64_t single_int(Connection& connection, const std::string_view sql) {
    Statement statement(connection, sql);
    return statement.step() ? statement.column_int(0) : 0;
}

// The first column of every row, as text.
std::vector<std::string> text_column(Connection& connection, const std::string_view sql) {
    Statement statement(connection, sql);
    std::vector<std::string> values;
    while (statement.step()) {
        values.push_back(statement.column_text(0));
    }
    return values;
}

// A writer killed while SQLite still used a rollback journal (the switch to WAL on a new file)
// leaves PATH-journal beside the file, and a read-only connection cannot undo it: SQLite says
// "attempt to write a readonly database". The first connection that may write rolls it back
// when it reads, so a reading command opens one for a moment to do that, which gives the file
// back exactly as it was before the interrupted change.
void roll_back_interrupted_write(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::file_size(path + "-journal", ec) == 0 || ec) {
        return;
    }
    try {
        Connection writer(path, Connection::Mode::kReadWrite);
        single_int(writer, "SELECT COUNT(*) FROM sqlite_schema");
    } catch (const Error& e) {
        throw Error(fmt::format("{} was left half-written by an interrupted kgraph, and the "
                                "unfinished change could not be rolled back ({}); open it once "
                                "with write access, e.g. with `kgraph ingest`",
                                path, e.what()));
    }
}

// The statement of schema.sql that starts with `head`, up to its semicolon.
std::string schema_statement(const std::string_view head) {
    const std::string_view schema = schema_sql();
    const std::size_t begin = schema.find(head);
    const std::size_t end = schema.find(";\n", begin);
    if (begin == std::string_view::npos || end == std::string_view::npos) {
        throw Error(fmt::format("schema.sql has no statement '{}'", head));
    }
    return std::string(schema.substr(begin, end + 1 - begin));
}

// Version 3 stores each rule id once (rules, support.rule_id), keys sentences by document and
// position and names them so in support, and keys mentions by entity; the indexes that only a
// DELETE by hand would use are gone. The new tables are made from schema.sql itself (so
// mentions comes out keyed as the current version keys it, and version 4's step copies it once
// more) and filled from the old ones, which are then dropped. Bodies stored before keep their
// plain zlib form. Runs inside the caller's transaction, with foreign keys off (kgraph never
// turns them on).
void migrate_to_version_3(Connection& c) {
    c.exec("PRAGMA legacy_alter_table = ON");  // a rename leaves other tables' SQL alone
    c.exec(R"(
        DROP VIEW facts;
        DROP VIEW evidence;
        DROP INDEX mentions_by_entity;
        DROP INDEX support_by_sentence;
        ALTER TABLE mentions RENAME TO mentions_v2;
        ALTER TABLE sentences RENAME TO sentences_v2;
        ALTER TABLE support RENAME TO support_v2;)");
    c.exec("PRAGMA legacy_alter_table = OFF");
    for (const char* head : {"CREATE TABLE mentions", "CREATE TABLE sentences",
                             "CREATE TABLE rules", "CREATE TABLE support"}) {
        c.exec(schema_statement(head));
    }
    c.exec(R"(
        INSERT INTO mentions (entity_id, document_id, count)
        SELECT entity_id, document_id, count FROM mentions_v2 ORDER BY entity_id, document_id;
        INSERT INTO sentences (document_id, position, byte_offset, text)
        SELECT document_id, position, byte_offset, text FROM sentences_v2
         ORDER BY document_id, position;
        INSERT INTO rules (name) SELECT DISTINCT rule FROM support_v2 ORDER BY rule;
        INSERT INTO support (edge_id, document_id, position, rule_id)
        SELECT su.edge_id, se.document_id, se.position, r.id
          FROM support_v2 su
          JOIN sentences_v2 se ON se.id = su.sentence_id
          JOIN rules r ON r.name = su.rule
         ORDER BY su.edge_id, se.document_id, se.position;
        DROP TABLE support_v2;
        DROP TABLE sentences_v2;
        DROP TABLE mentions_v2;)");
    for (const char* head : {"CREATE VIEW facts", "CREATE VIEW evidence"}) {
        c.exec(schema_statement(head));
    }
    c.exec("PRAGMA user_version = 3");
}

// Version 4 keys mentions by document, so that ingest appends to it, and keeps how many
// documents mention each entity on the entity (entities.documents). Runs as version 3's does.
void migrate_to_version_4(Connection& c) {
    c.exec("ALTER TABLE entities ADD COLUMN documents INTEGER NOT NULL DEFAULT 0");
    c.exec(R"(
        UPDATE entities SET documents = counted.n
          FROM (SELECT entity_id, COUNT(*) AS n FROM mentions GROUP BY entity_id) AS counted
         WHERE counted.entity_id = entities.id;)");
    c.exec("PRAGMA legacy_alter_table = ON");
    c.exec("ALTER TABLE mentions RENAME TO mentions_v3");
    c.exec("PRAGMA legacy_alter_table = OFF");
    c.exec(schema_statement("CREATE TABLE mentions"));
    c.exec(R"(
        INSERT INTO mentions (document_id, entity_id, count)
        SELECT document_id, entity_id, count FROM mentions_v3 ORDER BY document_id, entity_id;
        DROP TABLE mentions_v3;)");
    c.exec("PRAGMA user_version = 4");
}

EntityType entity_type_from(const std::string& name) {
    return parse_entity_type(name).value_or(EntityType::kOther);
}

Relation relation_from(const std::string& name) {
    const auto relation = parse_relation(name);
    if (!relation) {
        throw Error(fmt::format("unknown relation '{}' in the database", name));
    }
    return *relation;
}

// The names and relations of the patterns, as match_sql() and evidence_sql() name their
// parameters: :r<i>_<k>, :s<i> and :o<i>.
void bind_patterns(Statement& statement, const std::vector<QueryPattern>& patterns) {
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const QueryPattern& p = patterns[i];
        for (std::size_t k = 0; k < p.relations.size(); ++k) {
            statement.bind(statement.parameter_index(fmt::format(":r{}_{}", i, k)),
                           to_string(p.relations[k]));
        }
        if (p.subject.kind == Term::Kind::kEntity) {
            statement.bind(statement.parameter_index(fmt::format(":s{}", i)), p.subject.text);
        }
        if (p.object.kind == Term::Kind::kEntity) {
            statement.bind(statement.parameter_index(fmt::format(":o{}", i)), p.object.text);
        }
    }
}

void bind_dates(Statement& statement, const DateRange& dates) {
    for (const auto& [name, value] :
         {std::pair{":since", &dates.since}, {":until", &dates.until}}) {
        if (const int index = statement.parameter_index(name); index != 0) {
            statement.bind_optional(index, *value);
        }
    }
}

}  // namespace

// Rows for one table, written kRowsPerStatement to a statement: each run of a statement costs
// SQLite more than the row it writes (cursors opened and closed, the plan started and ended),
// and a table that takes a few dozen rows a document pays that once for many of them (ingest
// of the benchmark corpora 3% faster with --jobs 1; 8 or 32 rows did the same). Rows left
// over go one to a statement. `bind(statement, first, row)` binds a row's columns from
// parameter `first` on; what it binds unowned must outlive insert().
template <typename Row>
class RowInserter {
public:
    static constexpr int kRowsPerStatement = 16;
    using Bind = void (*)(Statement&, int, const Row&);

    RowInserter(Connection& c, const std::string_view head, const int columns, const Bind bind)
        : connection_(c),
          one_(c, fmt::format("{} VALUES {}", head, placeholders(columns, 1))),
          many_(c, fmt::format("{} VALUES {}", head, placeholders(columns, kRowsPerStatement))),
          columns_(columns),
          bind_(bind) {}

    // Returns how many rows went in (an INSERT OR IGNORE may leave some out).
    std::int64_t insert(const std::vector<Row>& rows) {
        std::int64_t inserted = 0;
        std::size_t i = 0;
        for (; i + kRowsPerStatement <= rows.size(); i += kRowsPerStatement) {
            for (int k = 0; k < kRowsPerStatement; ++k) {
                bind_(many_, k * columns_ + 1, rows[i + static_cast<std::size_t>(k)]);
            }
            many_.run();
            inserted += connection_.changes();
        }
        for (; i < rows.size(); ++i) {
            bind_(one_, 1, rows[i]);
            one_.run();
            inserted += connection_.changes();
        }
        return inserted;
    }

private:
    // "(?1, ?2, ?3), (?4, ?5, ?6)" for two rows of three columns.
    static std::string placeholders(const int columns, const int rows) {
        std::string out;
        for (int r = 0; r < rows; ++r) {
            out += r == 0 ? "(" : ", (";
            for (int c = 0; c < columns; ++c) {
                out += fmt::format("{}?{}", c == 0 ? "" : ", ", r * columns + c + 1);
            }
            out += ")";
        }
        return out;
    }

    Connection& connection_;
    Statement one_;
    Statement many_;
    int columns_;
    Bind bind_;
};

// Rows of mentions, sentences and support as save() gathers them.
struct MentionRow {
    std::int64_t document;
    std::int64_t entity;
    std::int64_t count;
};

struct SentenceRow {
    std::int64_t document;
    std::int64_t position;
    std::int64_t offset;
    std::string_view text;
};

struct SupportRow {
    std::int64_t edge;
    std::int64_t document;
    std::int64_t position;
    std::int64_t rule;
};

// Statements used for every document, prepared once per database handle.
struct Database::Statements {
    explicit Statements(Connection& c)
        : has_document(c, "SELECT 1 FROM documents WHERE content_hash = ?1"),
          insert_document(c,
                          "INSERT INTO documents (path, content_hash, title, published, source, "
                          "bytes, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          find_entity(c, "SELECT id, type = 'other' FROM entities WHERE name = ?1"),
          insert_entity(c, "INSERT INTO entities (name, type) VALUES (?1, ?2)"),
          retype_entity(c, "UPDATE entities SET type = ?2 WHERE id = ?1"),
          insert_alias(c, "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?1, ?2)"),
          insert_mentions(c, "INSERT INTO mentions (document_id, entity_id, count)", 3,
                          [](Statement& st, const int i, const MentionRow& row) {
                              st.bind(i, row.document)
                                  .bind(i + 1, row.entity)
                                  .bind(i + 2, row.count);
                          }),
          count_mentions(c, "UPDATE entities SET documents = documents + ?2 WHERE id = ?1"),
          insert_sentences(c, "INSERT INTO sentences (document_id, position, byte_offset, text)",
                           4,
                           [](Statement& st, const int i, const SentenceRow& row) {
                               st.bind(i, row.document)
                                   .bind(i + 1, row.position)
                                   .bind(i + 2, row.offset)
                                   .bind_unowned(i + 3, row.text);
                           }),
          upsert_rule(c,
                      "INSERT INTO rules (name) VALUES (?1) ON CONFLICT (name) DO UPDATE SET "
                      "name = excluded.name RETURNING id"),
          find_edge(c,
                    "SELECT id FROM edges WHERE subject_id = ?1 AND relation = ?2 AND "
                    "object_id = ?3"),
          insert_edge(c,
                      "INSERT INTO edges (subject_id, relation, object_id) VALUES (?1, ?2, ?3)"),
          insert_evidence(c,
                          "INSERT OR IGNORE INTO support (edge_id, document_id, position, rule_id)",
                          4, [](Statement& st, const int i, const SupportRow& row) {
                              st.bind(i, row.edge)
                                  .bind(i + 1, row.document)
                                  .bind(i + 2, row.position)
                                  .bind(i + 3, row.rule);
                          }) {}

    Statement has_document;
    Statement insert_document;
    // An entity is looked for, then inserted or given a better type: an upsert with RETURNING
    // took 58,000 instructions an entity, the two 45,000 (callgrind, the 10 MB corpus).
    Statement find_entity;
    Statement insert_entity;
    Statement retype_entity;
    Statement insert_alias;
    RowInserter<MentionRow> insert_mentions;
    Statement count_mentions;
    RowInserter<SentenceRow> insert_sentences;
    Statement upsert_rule;
    Statement find_edge;
    Statement insert_edge;
    RowInserter<SupportRow> insert_evidence;

    // Entity ids known to be committed or written in the open batch, with the type known to
    // be stored (kOther: perhaps a better one is); cleared on rollback. Bounded, as edge_ids
    // below is.
    struct KnownEntity {
        std::int64_t id;
        EntityType type;
    };
    static constexpr std::size_t kCachedEntities = 16384;
    RecentIds<std::string, KnownEntity> entity_ids{kCachedEntities};
    // The same for rule ids; there are a few hundred rules.
    std::unordered_map<std::string, std::int64_t> rule_ids;
    // The same for edges, by (subject id, relation, object id): a fact stated again costs a
    // hash probe instead of a search of the edges index. Most evidence restates a known fact
    // (3 evidence rows per fact on the benchmark corpus). Bounded so that memory is flat in
    // corpus size: two generations of 16k facts, which 10 MB of news (28k facts) already
    // fills. Holding every fact instead (167k at 100 MB) took 12 MiB more and was no faster
    // (measured when each generation was a node-based map).
    static constexpr std::size_t kCachedEdges = 32768;
    struct EdgeKey {
        std::int64_t subject;
        std::int64_t object;
        Relation relation;
        bool operator==(const EdgeKey&) const = default;
    };
    struct EdgeKeyHash {
        std::size_t operator()(const EdgeKey& k) const {
            return std::hash<std::int64_t>()(k.subject * 1000003 + k.object) * 31 +
                   static_cast<std::size_t>(k.relation);
        }
    };
    RecentIds<EdgeKey, std::int64_t, EdgeKeyHash> edge_ids{kCachedEdges};
    // Documents of the open batch that mention each entity, by entity id: added to
    // entities.documents when the batch commits, once per entity and in id order, instead of
    // rewriting an entity's row for each document. Cleared on rollback.
    std::map<std::int64_t, std::int64_t> documents_mentioning;
    // Evidence rows saved in the open batch and not yet written (kEvidenceRowsHeld); cleared on
    // rollback.
    std::vector<SupportRow> held_evidence;
    Written pending;  // what the open batch has added; the handle's written_ once committed
    // A document's rows, gathered to be written several to a statement; scratch.
    std::vector<MentionRow> mention_rows;
    std::vector<SentenceRow> sentence_rows;
    // The document's entities by name, with their ids, for its facts; scratch, its names views
    // into the document being saved (cleared as each save() starts).
    struct DocumentEntity {
        std::string_view name;
        std::int64_t id;
    };
    std::vector<DocumentEntity> document_entities;
    bool in_batch = false;

    // Writes the evidence held, in key order. A sentence stating a fact twice keeps the rule
    // of the first statement (the sort is stable, and the insert ignores the second).
    void write_evidence() {
        std::stable_sort(held_evidence.begin(), held_evidence.end(),
                         [](const SupportRow& a, const SupportRow& b) {
                             return std::tie(a.edge, a.document, a.position) <
                                    std::tie(b.edge, b.document, b.position);
                         });
        pending.evidence += insert_evidence.insert(held_evidence);
        held_evidence.clear();
    }
};

Database::Database(const std::string& path, const Mode mode) : path_(path) {
    check_file_kind(path, mode);
    if (mode == Mode::kReadOnly) {
        roll_back_interrupted_write(path);
    }
    connection_ = std::make_unique<Connection>(
        path, mode == Mode::kReadWrite ? Connection::Mode::kReadWrite : Connection::Mode::kReadOnly);
    Connection& c = *connection_;

    // Both read in one statement, so from one snapshot: another kgraph may be creating the
    // schema at this moment, and reading them apart could see its tables but not its version.
    std::int64_t version = 0;
    std::int64_t tables = 0;
    try {
        Statement both(c, "SELECT (SELECT user_version FROM pragma_user_version), "
                          "(SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table')");
        if (both.step()) {
            version = both.column_int(0);
            tables = both.column_int(1);
        }
    } catch (const Error&) {
        // SQLite says "attempt to write a readonly database", even to a command that only
        // reads, when it cannot make the -shm file of a database in WAL mode.
        std::error_code ec;
        const std::filesystem::path folder = std::filesystem::absolute(path, ec).parent_path();
        if (c.failed_read_only() && !ec && access(folder.c_str(), W_OK) != 0 &&
            !std::filesystem::exists(path + "-shm")) {
            const std::string name = std::filesystem::path(path).filename().string();
            if (mode == Mode::kReadOnly) {
                throw Error(fmt::format(
                    "cannot read {}: its folder is not writable, and SQLite reads a database in "
                    "WAL mode, as kgraph's are, only with a {}-shm file beside it; copy the "
                    "database to a folder you can write to",
                    path, name));
            }
            throw Error(fmt::format(
                "cannot write {}: its folder is not writable, and SQLite keeps the log of a "
                "database in WAL mode, as kgraph's are, beside it ({}-wal and {}-shm); use a "
                "database in a folder you can write to",
                path, name, name));
        }
        throw;
    }
    if (version > kSchemaVersion) {
        throw Error(fmt::format(
            "{} was written by a newer kgraph (schema version {}, this build knows up to {}); "
            "upgrade kgraph to use it. It was left untouched",
            path, version, kSchemaVersion));
    }
    if (version == 0 && tables > 0) {
        throw Error(fmt::format(
            "{} is an SQLite database but not a kgraph one; it was left untouched", path));
    }
    if (version > 0 &&
        single_int(c, "SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('edges', 'support', "
                      "'relation_types')") != 3) {
        throw Error(fmt::format(
            "{} is an SQLite database but not a kgraph one; it was left untouched", path));
    }
    if (version == 0 && mode == Mode::kReadOnly) {
        throw Error(fmt::format(
            "{} is empty; run `kgraph ingest` first, or name another database with --db", path));
    }
    if (mode == Mode::kReadOnly) {
        // A kgraph database: what an interrupted ingest left in its log is copied in when the
        // last reader closes, and the -wal and -shm files go (see Connection).
        c.allow_checkpoint_on_close();
    }
    if (mode == Mode::kReadWrite) {
        if (version == 0 && tables == 0) {
            // Only an empty file takes a page size, and only before WAL. A document row (about
            // 1 KB with its body compressed) leaves less of an 8 KiB page unused than of 4 KiB.
            c.exec("PRAGMA page_size = 8192");
        }
        c.exec("PRAGMA journal_mode = WAL");
        c.exec("PRAGMA synchronous = NORMAL");
        // SQLite copies the write-ahead log into the file every 1,000 pages by default, 8 MiB
        // here: a page that every batch touches (an index's upper levels, the last page of
        // each table) is copied once per checkpoint. Every 4,000 pages (32 MiB of log, gone
        // when the last connection closes) ingest of 100 MB takes 3% less CPU time and 4% less
        // wall time with --jobs 1 and 2; 16,000 did no better.
        c.exec("PRAGMA wal_autocheckpoint = 4000");
        // Another kgraph may be making or upgrading the same file at this moment: each step
        // checks the version again once it holds the write lock, and does only what is left.
        if (version == 0) {
            c.exec("BEGIN IMMEDIATE");
            try {
                if (single_int(c, "PRAGMA user_version") == 0) {
                    c.exec(schema_sql());
                }
                c.exec("COMMIT");
            } catch (...) {
                c.exec("ROLLBACK");
                throw;
            }
        }
        if (version == 1) {
            // Version 2 keeps each document's bytes (documents.body); documents stored before
            // have none. The column goes last, where schema.sql puts it.
            c.exec("BEGIN IMMEDIATE");
            try {
                if (single_int(c, "PRAGMA user_version") == 1) {
                    c.exec("ALTER TABLE documents ADD COLUMN body BLOB");
                    c.exec("PRAGMA user_version = 2");
                }
                c.exec("COMMIT");
            } catch (...) {
                c.exec("ROLLBACK");
                throw;
            }
        }
        if (version >= 1 && version < 4) {
            c.exec("BEGIN IMMEDIATE");
            try {
                if (single_int(c, "PRAGMA user_version") == 2) {
                    migrate_to_version_3(c);
                }
                if (single_int(c, "PRAGMA user_version") == 3) {
                    migrate_to_version_4(c);
                }
                c.exec("COMMIT");
            } catch (...) {
                c.exec("ROLLBACK");
                throw;
            }
        }
    }
    // Foreign keys are declared in schema.sql (they document the joins, and a DELETE by hand
    // with foreign_keys on cascades through them) but not enforced here: save() takes every id
    // it writes from the row it has just found or inserted, so the checks could only pass, and
    // each cost a lookup per row: 13% of ingest time on 10 and 100 MB of news. `kgraph sql` is
    // read-only; the robustness tests run PRAGMA foreign_key_check after every ingest they cut.
    c.exec("PRAGMA foreign_keys = OFF");
    // SQLite's default page cache is 2 MiB. Ingest inserts into indexes in key order that is not
    // insertion order (edges, support, mentions), so once the file outgrows the cache every
    // batch re-reads from the OS the pages it touches: building a 300k-fact database spent 41%
    // of its time in pread/pwrite with the default. 16 MiB holds the pages a batch keeps coming
    // back to (the tables' upper levels, recent documents' rows) and took no longer than 64 MiB
    // on 100 MB of news, with a third less memory; temporary b-trees stay in memory. Reading
    // commands scan (load_graph reads each page once) or probe indexes: 8 MiB serves them, and
    // the pages a larger cache would keep after loading a million-fact graph would sit beside
    // it unused.
    c.exec(mode == Mode::kReadWrite ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = -8192");
    c.exec(mode == Mode::kReadWrite ? "PRAGMA temp_store = MEMORY" : "PRAGMA temp_store = FILE");
    if (mode == Mode::kReadOnly && version < 4) {
        // Read-only, an older database is read as it is: views in the temporary schema, which
        // come before the file's own tables in name lookup, give this build's queries the
        // tables of the current version. The file's own views do not see them. (After
        // temp_store: setting it drops what the temporary schema holds.) query_only keeps
        // temporary objects out too: it is lifted while the views are made, before any
        // caller's statement runs.
        c.exec("PRAGMA query_only = OFF");
        if (version < 3) {
            c.exec(R"(
                CREATE TEMP VIEW rules (id, name) AS SELECT DISTINCT rule, rule FROM main.support;
                CREATE TEMP VIEW support (edge_id, document_id, position, rule_id) AS
                SELECT su.edge_id, se.document_id, se.position, su.rule
                  FROM main.support su JOIN main.sentences se ON se.id = su.sentence_id;)");
        }
        c.exec(R"(
            CREATE TEMP VIEW entities (id, name, type, documents) AS
            SELECT e.id, e.name, e.type,
                   (SELECT COUNT(*) FROM main.mentions m WHERE m.entity_id = e.id)
              FROM main.entities e;)");
        c.exec("PRAGMA query_only = ON");
        assert(single_int(c, "PRAGMA query_only") == 1);
    }
    if (mode == Mode::kReadWrite) {
        statements_ = std::make_unique<Statements>(c);  // the write path; see save()
    }
}

Database::~Database() = default;
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Database::Batch::Batch(Database& database) : database_(&database) {
    if (!database_->statements_) {
        throw Error(fmt::format("{} is open read-only; nothing can be written to it",
                                database_->path_));
    }
    auto& s = *database_->statements_;
    assert(!s.in_batch && "one batch at a time");
    database_->connection_->exec("BEGIN IMMEDIATE");
    s.in_batch = true;
}

Database::Batch::~Batch() {
    if (done_) {
        return;
    }
    try {
        database_->connection_->exec("ROLLBACK");
    } catch (...) {
        // The transaction is gone either way; a destructor must not throw.
    }
    database_->statements_->entity_ids.clear();
    database_->statements_->rule_ids.clear();
    database_->statements_->edge_ids.clear();
    database_->statements_->documents_mentioning.clear();
    database_->statements_->held_evidence.clear();
    database_->statements_->pending = {};
    database_->statements_->in_batch = false;
}

void Database::Batch::write_held() { database_->statements_->write_evidence(); }

void Database::Batch::commit() {
    auto& s = *database_->statements_;
    for (const auto& [entity, documents] : s.documents_mentioning) {
        s.count_mentions.bind(1, entity).bind(2, documents);
        s.count_mentions.run();
    }
    s.documents_mentioning.clear();  // counted in the transaction, whatever COMMIT does
    s.write_evidence();
    database_->connection_->exec("COMMIT");
    done_ = true;
    s.in_batch = false;
    database_->written_ += s.pending;
    s.pending = {};
}

std::size_t Database::documents_per_batch(const std::int64_t stored, const std::size_t smallest) {
    return std::max(smallest, static_cast<std::size_t>(std::max<std::int64_t>(stored, 0) / 8));
}

std::int64_t Database::document_count() {
    return single_int(*connection_, "SELECT COUNT(*) FROM documents");
}

bool Database::has_document(const std::string_view content_hash) {
    if (!statements_) {
        Statement statement(*connection_, "SELECT 1 FROM documents WHERE content_hash = ?1");
        return statement.bind(1, content_hash).step();
    }
    auto& statement = statements_->has_document;
    statement.bind(1, content_hash);
    const bool found = statement.step();
    statement.reset();
    return found;
}

namespace {

// The evidence sentences of a document, one each, in order of position: stored in `sentences`,
// and the dictionary its body is compressed with.
std::map<std::uint32_t, const FactRecord*> evidence_sentences(const ExtractedDocument& document) {
    std::map<std::uint32_t, const FactRecord*> sentences;
    for (const auto& fact : document.facts) {
        sentences.try_emplace(fact.sentence_index, &fact);
    }
    return sentences;
}

}  // namespace

PackedBody pack_body(const ExtractedDocument& document, const std::string_view text) {
    if (text.empty()) {
        return {};
    }
    std::string dictionary;
    for (const auto& [index, fact] : evidence_sentences(document)) {
        dictionary += fact->sentence;
    }
    return {compress_body(text, dictionary)};
}

bool Database::save(const ExtractedDocument& document, const std::string_view text) {
    return save(document, pack_body(document, text));
}

bool Database::save(const ExtractedDocument& document, const PackedBody& body) {
    auto& s = *statements_;
    if (!s.in_batch) {
        throw Error("save() outside a batch");
    }
    if (has_document(document.meta.content_hash)) {
        return false;
    }
    const auto optional_text = [](const std::string& text) {
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    };
    const auto sentences = evidence_sentences(document);
    const DocumentMeta& meta = document.meta;
    // Ingest binds the record's own bytes, not copies of them (bind_unowned): each statement
    // runs, and is reset, while the document is in hand.
    s.insert_document.bind_unowned(1, meta.path)
        .bind_unowned(2, meta.content_hash)
        .bind_optional(3, optional_text(meta.title))
        .bind_optional(4, optional_text(meta.date))
        .bind_optional(5, optional_text(meta.source))
        .bind(6, static_cast<std::int64_t>(meta.bytes));
    if (body.bytes.empty()) {
        s.insert_document.bind_null(7);
    } else {
        s.insert_document.bind_blob_unowned(7, body.bytes);
    }
    s.insert_document.run();
    const std::int64_t document_id = connection_->last_insert_rowid();

    const auto entity_id = [&](const std::string& name, const EntityType type,
                               const std::vector<std::string>* aliases) {
        // An entity stored as `other` takes the first type a document gives it.
        if (const auto known = s.entity_ids.find(name);
            known && (known->type != EntityType::kOther || type == EntityType::kOther)) {
            return known->id;
        }
        std::int64_t id = 0;
        bool retype = false;
        s.find_entity.bind_unowned(1, name);
        const bool found = s.find_entity.step();
        if (found) {
            id = s.find_entity.column_int(0);
            retype = s.find_entity.column_int(1) != 0 && type != EntityType::kOther;
        }
        s.find_entity.reset();  // before anything else can throw: the handle stays usable
        if (!found) {
            s.insert_entity.bind_unowned(1, name).bind_unowned(2, to_string(type));
            s.insert_entity.run();
            ++s.pending.entities;
            id = connection_->last_insert_rowid();
        } else if (retype) {
            s.retype_entity.bind(1, id).bind_unowned(2, to_string(type));
            s.retype_entity.run();
        }
        if (aliases != nullptr) {
            for (const auto& alias : *aliases) {
                s.insert_alias.bind(1, id).bind_unowned(2, alias);
                s.insert_alias.run();
            }
        }
        s.entity_ids.put(name, {id, type});
        return id;
    };

    s.mention_rows.clear();
    s.document_entities.clear();
    for (const auto& entity : document.entities) {
        const std::int64_t id = entity_id(entity.name, entity.type, &entity.aliases);
        s.document_entities.push_back({entity.name, id});
        if (entity.mentions > 0) {
            s.mention_rows.push_back(
                {document_id, id, static_cast<std::int64_t>(entity.mentions)});
        }
    }
    // In key order (the document's, then the entity's), each row goes in beside the last: 1% of
    // kgraph_bench store's instructions on 1 MB, against the entities' order by name. A record
    // that lists one entity twice (the extractor never does; another caller may) gives one
    // row, with the two counts added, and one document to the entity.
    std::sort(s.mention_rows.begin(), s.mention_rows.end(),
              [](const MentionRow& a, const MentionRow& b) { return a.entity < b.entity; });
    std::size_t merged = 0;
    for (const MentionRow& row : s.mention_rows) {
        if (merged > 0 && s.mention_rows[merged - 1].entity == row.entity) {
            s.mention_rows[merged - 1].count += row.count;
        } else {
            s.mention_rows[merged++] = row;
        }
    }
    s.mention_rows.resize(merged);
    for (const MentionRow& row : s.mention_rows) {
        ++s.documents_mentioning[row.entity];
    }
    s.insert_mentions.insert(s.mention_rows);
    // A fact's ends are found among the document's entities, without hashing their names again;
    // a name the document does not list (another caller's records may) is stored as `other`.
    std::sort(s.document_entities.begin(), s.document_entities.end(),
              [](const Statements::DocumentEntity& a, const Statements::DocumentEntity& b) {
                  return a.name < b.name;
              });
    const auto id_of = [&](const std::string& name) {
        const auto it = std::lower_bound(
            s.document_entities.begin(), s.document_entities.end(), name,
            [](const Statements::DocumentEntity& e, const std::string& n) { return e.name < n; });
        if (it != s.document_entities.end() && it->name == name) {
            return it->id;
        }
        // The same id would come back for a listed name, only the slow way: make a lookup that
        // misses a listed name fail the Debug build's tests.
        assert(std::none_of(document.entities.begin(), document.entities.end(),
                            [&](const EntityRecord& e) { return e.name == name; }));
        return entity_id(name, EntityType::kOther, nullptr);
    };

    s.sentence_rows.clear();
    for (const auto& [index, fact] : sentences) {
        s.sentence_rows.push_back({document_id, static_cast<std::int64_t>(index),
                                   static_cast<std::int64_t>(fact->sentence_offset),
                                   fact->sentence});
    }
    s.insert_sentences.insert(s.sentence_rows);
    for (const auto& fact : document.facts) {
        const bool swap = is_symmetric(fact.relation) && fact.object < fact.subject;
        const std::string& subject = swap ? fact.object : fact.subject;
        const std::string& object = swap ? fact.subject : fact.object;
        const std::int64_t subject_id = id_of(subject);
        const std::int64_t object_id = id_of(object);

        const Statements::EdgeKey key{subject_id, object_id, fact.relation};
        std::optional<std::int64_t> edge_id = s.edge_ids.find(key);
        if (!edge_id) {
            s.find_edge.bind(1, subject_id)
                .bind_unowned(2, to_string(fact.relation))
                .bind(3, object_id);
            if (s.find_edge.step()) {
                edge_id = s.find_edge.column_int(0);
            }
            s.find_edge.reset();  // before anything else can throw: the handle stays usable
            if (!edge_id) {
                s.insert_edge.bind(1, subject_id)
                    .bind_unowned(2, to_string(fact.relation))
                    .bind(3, object_id);
                s.insert_edge.run();
                edge_id = connection_->last_insert_rowid();
                ++s.pending.facts;
            }
            s.edge_ids.put(key, *edge_id);
        }
        auto rule = s.rule_ids.find(fact.rule);
        if (rule == s.rule_ids.end()) {
            s.upsert_rule.bind_unowned(1, fact.rule);
            s.upsert_rule.step();
            rule = s.rule_ids.emplace(fact.rule, s.upsert_rule.column_int(0)).first;
            s.upsert_rule.reset();
        }
        s.held_evidence.push_back({*edge_id, document_id,
                                   static_cast<std::int64_t>(fact.sentence_index), rule->second});
        if (s.held_evidence.size() >= kEvidenceRowsHeld) {
            s.write_evidence();
        }
    }
    return true;
}

void Database::compact() {
    if (statements_ && statements_->in_batch) {
        throw Error("compact() inside a batch");
    }
    // VACUUM gives the copy it builds a page cache as large as this connection's: a smaller
    // one for the while keeps the peak near what ingest itself takes.
    connection_->exec("PRAGMA temp_store = FILE");
    connection_->exec("PRAGMA cache_size = -8192");
    connection_->exec("VACUUM");
    connection_->exec("PRAGMA cache_size = -16384");
    connection_->exec("PRAGMA temp_store = MEMORY");
}

std::optional<std::string> Database::document_text(const std::string_view content_hash) {
    Statement document(*connection_,
                       "SELECT id, body, bytes FROM documents WHERE content_hash = ?1");
    document.bind(1, content_hash);
    if (!document.step() || document.column_is_null(1)) {
        return std::nullopt;
    }
    std::string dictionary;
    Statement sentences(*connection_,
                        "SELECT text FROM sentences WHERE document_id = ?1 ORDER BY position");
    sentences.bind(1, document.column_int(0));
    while (sentences.step()) {
        dictionary += sentences.column_text(0);
    }
    return uncompress_body(document.column_text(1),
                           static_cast<std::size_t>(document.column_int(2)), dictionary);
}

std::optional<std::string> Database::resolve_entity(const std::string_view name) {
    // Exact canonical name first, then any alias; an alias shared by two entities goes to the
    // one mentioned in more documents.
    Statement statement(*connection_, R"(
        SELECT c.name FROM (
            SELECT e.name AS name, 0 AS rank, e.documents AS documents
              FROM entities e WHERE e.name = ?1
            UNION ALL
            SELECT e.name, 1, e.documents FROM entities e WHERE e.name = ?1 COLLATE NOCASE
            UNION ALL
            SELECT e.name, 2, e.documents FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.alias = ?1 COLLATE NOCASE) AS c
        ORDER BY c.rank, c.documents DESC
        LIMIT 1)");
    statement.bind(1, name);
    if (!statement.step()) {
        return std::nullopt;
    }
    return statement.column_text(0);
}

std::vector<std::string> Database::all_names() {
    return text_column(*connection_, "SELECT DISTINCT alias FROM entity_names");
}

std::vector<EntityRow> Database::entities(const std::optional<EntityType> type) {
    Statement statement(*connection_, R"(
        SELECT e.name, e.type,
               e.documents,
               (SELECT COUNT(*) FROM edges g WHERE g.subject_id = e.id)
             + (SELECT COUNT(*) FROM edges g WHERE g.object_id = e.id) AS facts
          FROM entities e
         WHERE ?1 IS NULL OR e.type = ?1
         ORDER BY documents DESC, facts DESC, e.name)");
    if (type) {
        statement.bind(1, to_string(*type));
    }
    std::vector<EntityRow> rows;
    while (statement.step()) {
        rows.push_back({statement.column_text(0), entity_type_from(statement.column_text(1)),
                        statement.column_int(2), statement.column_int(3)});
    }
    return rows;
}

std::vector<RelationRow> Database::relations() {
    // Each count in one pass over its table: a count per relation type, each a pass of its own,
    // took sixteen times as long.
    Statement statement(*connection_, R"(
        SELECT rt.name, COALESCE(f.facts, 0) AS facts, COALESCE(m.mentions, 0)
          FROM relation_types rt
          LEFT JOIN (SELECT relation, COUNT(*) AS facts FROM edges GROUP BY relation) f
                 ON f.relation = rt.name
          LEFT JOIN (SELECT e.relation, COUNT(*) AS mentions
                       FROM support su JOIN edges e ON e.id = su.edge_id
                      GROUP BY e.relation) m
                 ON m.relation = rt.name
         ORDER BY facts DESC, rt.name)");
    std::vector<RelationRow> rows;
    while (statement.step()) {
        rows.push_back({relation_from(statement.column_text(0)), statement.column_int(1),
                        statement.column_int(2)});
    }
    return rows;
}

std::vector<FactRow> Database::facts(const FactPattern& pattern, const DateRange& dates) {
    std::vector<FactRow> rows;
    facts(pattern, dates, [&](FactRow&& row) { rows.push_back(std::move(row)); });
    return rows;
}

void Database::facts(const FactPattern& pattern, const DateRange& dates,
                     const std::function<void(FactRow&&)>& row) {
    match(
        {as_query(pattern)}, dates, 0, [](const std::vector<std::string>&) {},
        [&](MatchRow&& found) { row(std::move(found.facts.front())); });
}

Matches Database::match(const std::vector<QueryPattern>& patterns, const DateRange& dates,
                        const std::size_t limit) {
    Matches matches;
    match(
        patterns, dates, limit,
        [&](const std::vector<std::string>& variables) { matches.variables = variables; },
        [&](MatchRow&& row) { matches.rows.push_back(std::move(row)); });
    return matches;
}

void Database::match(const std::vector<QueryPattern>& patterns, const DateRange& dates,
                     const std::size_t limit,
                     const std::function<void(const std::vector<std::string>&)>& variables,
                     const std::function<void(MatchRow&&)>& row) {
    const MatchPlan plan = match_sql(patterns, dates.since || dates.until);
    Statement statement(*connection_, plan.sql);
    bind_patterns(statement, patterns);
    bind_dates(statement, dates);
    // SQLite reads a negative LIMIT as none.
    statement.bind(statement.parameter_index(":limit"),
                   limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));

    variables(plan.variables);
    while (statement.step()) {
        MatchRow found;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            const int c = static_cast<int>(i) * 7;
            found.facts.push_back({statement.column_text(c),
                                   entity_type_from(statement.column_text(c + 1)),
                                   relation_from(statement.column_text(c + 2)),
                                   statement.column_text(c + 3),
                                   entity_type_from(statement.column_text(c + 4)),
                                   statement.column_int(c + 5), statement.column_int(c + 6)});
        }
        for (const auto& [pattern, subject] : plan.variable_ends) {
            const FactRow& fact = found.facts[pattern];
            found.values.push_back(subject ? fact.subject : fact.object);
        }
        row(std::move(found));
    }
}

std::vector<EvidenceRow> Database::evidence(const FactPattern& pattern) {
    // The facts that facts() lists for the pattern, each with its supporting sentences.
    Statement statement(*connection_, evidence_sql(pattern));
    bind_patterns(statement, {as_query(pattern)});
    std::vector<EvidenceRow> rows;
    while (statement.step()) {
        EvidenceRow row{statement.column_text(0), relation_from(statement.column_text(1)),
                        statement.column_text(2), statement.column_text(3),
                        statement.column_text(4), statement.column_int(5),
                        statement.column_text(6), statement.column_text(7)};
        if (statement.column_int(8) != 0) {
            std::swap(row.subject, row.object);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<DocumentFact> Database::document_facts() {
    Statement statement(*connection_, R"(
        SELECT DISTINCT d.path, s.name, e.relation, o.name
          FROM support su
          JOIN edges e ON e.id = su.edge_id
          JOIN entities s ON s.id = e.subject_id
          JOIN entities o ON o.id = e.object_id
          JOIN documents d ON d.id = su.document_id
         ORDER BY d.path, s.name, e.relation, o.name)");
    std::vector<DocumentFact> rows;
    while (statement.step()) {
        rows.push_back({statement.column_text(0), statement.column_text(1),
                        relation_from(statement.column_text(2)), statement.column_text(3)});
    }
    return rows;
}

std::vector<std::string> Database::document_paths() {
    return text_column(*connection_, "SELECT path FROM documents ORDER BY path");
}

Stats Database::stats() {
    Connection& c = *connection_;
    const ReadSnapshot snapshot(c);
    Stats stats;
    stats.documents = document_count();
    stats.document_bytes = single_int(c, "SELECT COALESCE(SUM(bytes), 0) FROM documents");
    stats.entities = single_int(c, "SELECT COUNT(*) FROM entities");
    stats.facts = single_int(c, "SELECT COUNT(*) FROM edges");
    stats.evidence = single_int(c, "SELECT COUNT(*) FROM support");
    stats.database_bytes = single_int(c, "PRAGMA page_count") * single_int(c, "PRAGMA page_size");
    return stats;
}

namespace {

// Rows of one table by their integer primary key. SQLite gives a new row the largest id + 1, so
// ids are dense and a vector serves; a table whose ids were set by hand far apart gets a map.
template <typename T>
class ById {
public:
    ById(const std::int64_t max_id, const std::int64_t rows, const T& none = T{}) : none_(none) {
        if (max_id >= 0 && max_id <= 4 * rows + 1024) {
            dense_.resize(static_cast<std::size_t>(max_id) + 1, none);
        }
        sparse_ = dense_.empty();
    }
    T& operator[](const std::int64_t id) {
        if (!sparse_ && (id < 0 || static_cast<std::size_t>(id) >= dense_.size())) {
            throw Error(fmt::format("id {} is past the {} rows counted", id, dense_.size()));
        }
        return sparse_ ? map_.try_emplace(id, none_).first->second
                       : dense_[static_cast<std::size_t>(id)];
    }
    const T* find(const std::int64_t id) const {
        if (!sparse_) {
            return id >= 0 && static_cast<std::size_t>(id) < dense_.size() ? &dense_[static_cast<std::size_t>(id)]
                                                                            : nullptr;
        }
        const auto it = map_.find(id);
        return it == map_.end() ? nullptr : &it->second;
    }

private:
    T none_;
    bool sparse_ = false;
    std::vector<T> dense_;
    std::unordered_map<std::int64_t, T> map_;
};

}  // namespace

// Loading reads each table once, in its key order, and joins in memory: entities, documents,
// support in edge order (each row names its sentence by document and position), edges, then
// the text of just the sentences chosen as evidence. The same result as one SQL statement
// that groups support by edge, with a subquery for each fact's first sentence, which took 5 s
// for a million facts; this takes about one.
graph::KnowledgeGraph Database::load_graph(const GraphFilter& filter) {
    Connection& c = *connection_;
    const ReadSnapshot snapshot(c);
    graph::KnowledgeGraph graph;

    constexpr graph::Vertex kNoVertex = std::numeric_limits<graph::Vertex>::max();
    const std::int64_t entity_rows = single_int(c, "SELECT COUNT(*) FROM entities");
    if (static_cast<std::uint64_t>(entity_rows) > std::numeric_limits<std::uint32_t>::max()) {
        throw Error("more entities than a graph holds (2^32)");  // facts name them in 32 bits
    }
    ById<graph::Vertex> vertex_of(single_int(c, "SELECT COALESCE(MAX(id), -1) FROM entities"),
                                  entity_rows, kNoVertex);
    {
        Statement entities(c, "SELECT id, name, type FROM entities ORDER BY name");
        while (entities.step()) {
            vertex_of[entities.column_int(0)] = graph.add_entity(
                entities.column_text(1), entity_type_from(entities.column_text(2)));
        }
    }

    // Documents: whether each is in the date range (an unset end is open; with an end set, a
    // document without a date is out), and what orders evidence: dated before undated, then
    // date, then path.
    struct Doc {
        bool in_range = false;
        bool dated = false;
        std::string published;
        std::string path;
    };
    ById<Doc> documents(single_int(c, "SELECT COALESCE(MAX(id), -1) FROM documents"),
                        document_count());
    {
        Statement rows(c, "SELECT id, published, path FROM documents");
        while (rows.step()) {
            Doc& d = documents[rows.column_int(0)];
            d.dated = !rows.column_is_null(1);
            d.published = rows.column_text(1);
            d.path = rows.column_text(2);
            d.in_range = (!filter.dates.since || (d.dated && d.published >= *filter.dates.since)) &&
                         (!filter.dates.until || (d.dated && d.published <= *filter.dates.until));
        }
    }
    struct Where {
        std::int64_t document = -1;
        std::int64_t position = 0;
        auto operator<=>(const Where&) const = default;
    };

    // Edges in id order, each with its support rows (support's key starts with edge_id).
    // The facts kept, added to the graph once all are known: reserve_facts() then sizes each
    // entity's lists once (a million facts load in 0.7 s instead of 0.95, into 132 MiB instead
    // of 143, for 32 MB more while loading). With filter.evidence, the sentence each quotes.
    struct Pending {
        std::uint32_t subject;  // vertex numbers
        std::uint32_t object;
        graph::FactEdge fact;
    };
    std::vector<Pending> kept;
    std::vector<Where> quoted;
    std::size_t support_rows = 0;
    {
        const auto wanted = [&](const Relation r) {
            return filter.relations.empty() || std::find(filter.relations.begin(),
                                                         filter.relations.end(),
                                                         r) != filter.relations.end();
        };
        Statement edges(c, "SELECT id, subject_id, relation, object_id FROM edges ORDER BY id");
        Statement support(c,
                          "SELECT edge_id, document_id, position FROM support "
                          "ORDER BY edge_id, document_id, position");
        bool more = support.step();
        std::vector<std::int64_t> docs;
        while (edges.step()) {
            const std::int64_t id = edges.column_int(0);
            while (more && support.column_int(0) < id) {
                more = support.step();  // support of an edge that is gone
            }
            const Relation relation = relation_from(edges.column_text(2));
            const bool relation_wanted = wanted(relation);
            docs.clear();
            std::uint32_t mentions = 0;
            const Doc* first = nullptr;  // the document of the evidence sentence
            Where evidence;
            const std::string* earliest = nullptr;
            const std::string* latest = nullptr;
            for (; more && support.column_int(0) == id; more = support.step()) {
                ++support_rows;
                if (!relation_wanted) {
                    continue;
                }
                const Where at{support.column_int(1), support.column_int(2)};
                const Doc* doc = documents.find(at.document);
                if (doc == nullptr || !doc->in_range) {
                    continue;
                }
                ++mentions;
                docs.push_back(at.document);
                if (doc->dated) {
                    if (earliest == nullptr || doc->published < *earliest) {
                        earliest = &doc->published;
                    }
                    if (latest == nullptr || doc->published > *latest) {
                        latest = &doc->published;
                    }
                }
                const auto before = [](const Doc& a, const Where& a_at, const Doc& b,
                                       const Where& b_at) {
                    if (a.dated != b.dated) {
                        return a.dated;
                    }
                    if (a.published != b.published) {
                        return a.published < b.published;
                    }
                    if (a.path != b.path) {
                        return a.path < b.path;
                    }
                    return a_at.position < b_at.position;
                };
                if (first == nullptr || before(*doc, at, *first, evidence)) {
                    first = doc;
                    evidence = at;
                }
            }
            if (mentions == 0) {
                continue;
            }
            std::sort(docs.begin(), docs.end());
            const auto distinct =
                static_cast<std::int64_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
            if (distinct < filter.min_documents) {
                continue;
            }
            const graph::Vertex* subject = vertex_of.find(edges.column_int(1));
            const graph::Vertex* object = vertex_of.find(edges.column_int(3));
            if (subject == nullptr || object == nullptr || *subject == kNoVertex ||
                *object == kNoVertex) {
                throw Error(fmt::format("edge {} names an entity that is not in the database", id));
            }
            const graph::FactEdge fact{relation,
                                       static_cast<std::uint32_t>(distinct),
                                       mentions,
                                       earliest ? graph::date_from_text(*earliest) : 0,
                                       latest ? graph::date_from_text(*latest) : 0,
                                       graph::kNoEvidence};
            static_assert(sizeof(graph::Vertex) >= sizeof(std::uint32_t));
            kept.push_back({static_cast<std::uint32_t>(*subject),
                            static_cast<std::uint32_t>(*object), fact});
            if (filter.evidence) {
                quoted.push_back(evidence);
            }
        }
    }
    std::vector<std::uint32_t> stated_by(graph.entity_count());
    std::vector<std::uint32_t> stated_about(graph.entity_count());
    for (const auto& p : kept) {
        ++stated_by[p.subject];
        ++stated_about[p.object];
    }
    graph.reserve_facts(stated_by, stated_about);

    if (!filter.evidence) {
        for (const auto& p : kept) {
            graph.add_fact(p.subject, p.object, p.fact);  // nothing more to fetch
        }
        return graph;
    }
    // The evidence sentences' text: one lookup each when few are wanted, else one pass over the
    // table in key order beside the wanted keys sorted.
    std::vector<std::string> quoted_text(kept.size());
    std::vector<std::size_t> by_sentence(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        by_sentence[i] = i;
    }
    std::sort(by_sentence.begin(), by_sentence.end(), [&](const std::size_t a, const std::size_t b) {
        return quoted[a] < quoted[b];
    });
    if (kept.size() * 16 < support_rows) {
        Statement text(c, "SELECT text FROM sentences WHERE document_id = ?1 AND position = ?2");
        for (const std::size_t i : by_sentence) {
            text.bind(1, quoted[i].document).bind(2, quoted[i].position);
            if (text.step()) {
                quoted_text[i] = text.column_text(0);
            }
            text.reset();
        }
    } else {
        Statement texts(c,
                        "SELECT document_id, position, text FROM sentences "
                        "ORDER BY document_id, position");
        std::size_t next = 0;
        while (next < by_sentence.size() && texts.step()) {
            const Where at{texts.column_int(0), texts.column_int(1)};
            while (next < by_sentence.size() && quoted[by_sentence[next]] < at) {
                ++next;
            }
            const std::size_t first_wanting = next;
            while (next < by_sentence.size() && quoted[by_sentence[next]] == at) {
                ++next;
            }
            if (next > first_wanting) {
                const std::string text = texts.column_text(2);
                for (std::size_t k = first_wanting; k < next; ++k) {
                    quoted_text[by_sentence[k]] = text;
                }
            }
        }
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
        graph.add_fact(kept[i].subject, kept[i].object, kept[i].fact, quoted_text[i]);
    }
    return graph;
}

QueryResult Database::query(const std::string_view sql) {
    QueryResult result;
    query(
        sql, [&](const std::vector<std::string>& columns) { result.columns = columns; },
        [&](const std::vector<std::optional<std::string>>& values,
            const std::vector<QueryResult::Kind>& kinds) {
            result.rows.push_back(values);
            result.kinds.push_back(kinds);
        });
    return result;
}

void Database::query(const std::string_view sql,
                     const std::function<void(const std::vector<std::string>&)>& columns,
                     const std::function<void(const std::vector<std::optional<std::string>>&,
                                              const std::vector<QueryResult::Kind>&)>& row) {
    Connection reader(path_, Connection::Mode::kReadOnlyLocked);
    Statement statement(reader, sql);
    std::vector<std::string> names;
    for (int i = 0; i < statement.column_count(); ++i) {
        names.push_back(statement.column_name(i));
    }
    columns(names);
    std::vector<std::optional<std::string>> values;
    std::vector<QueryResult::Kind> kinds;
    while (statement.step()) {
        values.clear();
        kinds.clear();
        for (int i = 0; i < statement.column_count(); ++i) {
            const QueryResult::Kind kind = statement.column_type(i);
            kinds.push_back(kind);
            if (kind == QueryResult::Kind::kNull) {
                values.emplace_back();
            } else if (kind == QueryResult::Kind::kBlob) {
                // As bytes, a compressed body would be noise on a terminal and broken characters
                // in JSON.
                constexpr std::string_view kHex = "0123456789ABCDEF";
                const std::string_view blob = statement.column_blob(i);
                std::string literal = "X'";
                literal.reserve(blob.size() * 2 + 3);
                for (const char c : blob) {
                    const auto byte = static_cast<unsigned char>(c);
                    literal += kHex[byte >> 4];
                    literal += kHex[byte & 0xF];
                }
                values.push_back(literal + "'");
            } else if (kind == QueryResult::Kind::kReal) {
                // SQLite's text has 15 digits: 0.1 + 0.2 would read back as 0.3. Where that is
                // not the value, the shortest text that reads back as it.
                std::string text = statement.column_text(i);
                const double value = statement.column_double(i);
                if (std::strtod(text.c_str(), nullptr) != value && std::isfinite(value)) {
                    text = fmt::format("{}", value);
                }
                values.push_back(std::move(text));
            } else {
                values.push_back(statement.column_text(i));
            }
        }
        row(values, kinds);
    }
}

}  // namespace kg::storage
