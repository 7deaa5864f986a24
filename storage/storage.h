#pragma once

// storage: the kgraph database, one SQLite file whose schema is ../schema.sql.
//
// In: extracted documents (core/records.h). Out: lists of entities, facts and evidence, joins
// of triple patterns, the graph (whole or cut by relation, date and support) as a
// graph::KnowledgeGraph, and the results of read-only SQL.
//
// Guarantees:
// - A new file gets the schema compiled from schema.sql and `PRAGMA user_version` set to
//   kSchemaVersion. An existing file that is not a kgraph database, or comes from a newer
//   kgraph, is refused with an Error before anything is written to it.
// - Writes happen only inside a Batch, which is one transaction: a batch that is not committed
//   (an exception, a crash) leaves the database exactly as it was before the batch.
// - A document is stored at most once, keyed by its content hash.
// - Every value from outside is bound as a parameter; no SQL text is built from input.
// - `query()` runs on a separate connection that SQLite itself keeps read-only: no write, ATTACH,
//   PRAGMA change or extension load can pass, whatever the SQL says.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/ontology.h"
#include "core/records.h"
#include "graph/graph.h"

namespace kg::storage {

class Error : public kg::Error {
public:
    explicit Error(const std::string& what) : kg::Error("storage: " + what) {}
};

// The schema version this build writes; raised with every schema change. A read-write open
// migrates an older kgraph database to it (version 1 -> 2 adds documents.body; 2 -> 3 stores
// rule ids once, keys sentences by document and position and compresses bodies against them;
// 3 -> 4 keys mentions by document and counts each entity's documents in entities.documents).
// A read-only open reads an older database as it is.
inline constexpr int kSchemaVersion = 4;

// The text of schema.sql, as compiled into the binary.
std::string_view schema_sql();

struct EntityRow {
    std::string name;
    EntityType type = EntityType::kOther;
    std::int64_t documents = 0;  // documents mentioning it
    std::int64_t facts = 0;      // facts it takes part in, either end
};

struct RelationRow {
    Relation relation = Relation::kDeploysTo;
    std::int64_t facts = 0;
    std::int64_t mentions = 0;
};

struct FactRow {
    std::string subject;
    EntityType subject_type = EntityType::kOther;
    Relation relation = Relation::kDeploysTo;
    std::string object;
    EntityType object_type = EntityType::kOther;
    std::int64_t documents = 0;
    std::int64_t mentions = 0;
};

struct EvidenceRow {
    std::string subject;
    Relation relation = Relation::kDeploysTo;
    std::string object;
    std::string document;  // path given at ingest
    std::string date;      // publication date, empty when unknown
    std::int64_t sentence_index = 0;
    std::string sentence;
    std::string rule;
};

// Canonical names; an empty optional is a wildcard. A symmetric relation matches in either
// direction, and such a row comes back oriented to the pattern (subject first).
struct FactPattern {
    std::optional<std::string> subject;
    std::optional<Relation> relation;
    std::optional<std::string> object;
};

// Publication dates, YYYY-MM-DD, both ends included; a missing end is open. With either end
// set, only evidence from documents whose date is known and in range counts: a fact is kept
// when some of its evidence is, and its documents and mentions count that evidence alone.
struct DateRange {
    std::optional<std::string> since;
    std::optional<std::string> until;
};

// Which facts load_graph() keeps. Entities are all loaded, so names still resolve.
struct GraphFilter {
    std::vector<Relation> relations;  // empty: every relation
    DateRange dates;
    std::int64_t min_documents = 1;   // documents (in the date range) stating the fact
    // Each fact's first supporting sentence (FactEdge::evidence), which drawings and exports
    // show. Walks and rankings do without: a sentence per fact is most of a big graph's memory.
    bool evidence = false;
};

// One end of a query pattern: anything, a canonical entity name, or a named variable, which
// stands for the same entity wherever it appears in the query.
struct Term {
    enum class Kind { kAny, kEntity, kVariable };
    Kind kind = Kind::kAny;
    std::string text;  // the canonical name, or the variable's name; empty for kAny
};

// At most this many patterns in one query (match() refuses more): each is one more join over
// every fact.
inline constexpr std::size_t kMaxPatterns = 8;

struct QueryPattern {
    Term subject;
    std::vector<Relation> relations;  // any of these; empty: any relation
    Term object;
};

struct MatchRow {
    std::vector<std::string> values;  // one per variable, in Matches::variables order
    std::vector<FactRow> facts;       // one per pattern, oriented to it
};

struct Matches {
    std::vector<std::string> variables;  // in order of first appearance
    std::vector<MatchRow> rows;
};

// One distinct fact as stated by one document, for scoring extraction per document.
struct DocumentFact {
    std::string document;  // path given at ingest
    std::string subject;
    Relation relation = Relation::kDeploysTo;
    std::string object;
};

struct Stats {
    std::int64_t documents = 0;
    std::int64_t document_bytes = 0;
    std::int64_t entities = 0;
    std::int64_t facts = 0;
    std::int64_t evidence = 0;
    std::int64_t database_bytes = 0;
};

// Rows a Database handle has added in the batches it committed: what one ingest stored,
// whatever other processes wrote to the same file meanwhile.
struct Written {
    std::int64_t entities = 0;
    std::int64_t facts = 0;
    std::int64_t evidence = 0;  // rows of `support`

    Written& operator+=(const Written& more) {
        entities += more.entities;
        facts += more.facts;
        evidence += more.evidence;
        return *this;
    }
};

// What a statement of `kgraph sql` returned. Each value is SQLite's text of it (a real with the
// digits it needs to read back exactly, a blob as an SQL literal, X'0A1B'), and its storage
// class, so that a number stays a number in JSON.
struct QueryResult {
    enum class Kind : std::uint8_t { kNull, kInteger, kReal, kText, kBlob };

    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;  // nullopt: NULL
    std::vector<std::vector<Kind>> kinds;                       // the same shape as rows
};

class Connection;

// A document's bytes as documents.body keeps them (see schema.sql): zlib-compressed with the
// document's evidence sentences as the dictionary, or as they are when that is not smaller;
// empty for none. Made from its arguments alone, so any thread may pack a document for the
// writer to store.
struct PackedBody {
    std::string bytes;
};
PackedBody pack_body(const ExtractedDocument& document, std::string_view text);

class Database {
public:
    enum class Mode { kReadWrite, kReadOnly };

    // Opens (kReadWrite: creates when missing) and checks the schema version. Throws Error for a
    // missing file in kReadOnly mode, a file that is not a kgraph database, or a newer schema.
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;

    const std::string& path() const { return path_; }

    // A transaction guard: everything saved while it lives is committed by commit(), or rolled
    // back when it is destroyed uncommitted. At most one at a time.
    //
    // Evidence rows (`support`, keyed by fact) are held back and written in key order, when the
    // batch commits, when this many are held, or when write_held() asks: written as documents
    // come, they land all over the table's pages. Until then, a read through this handle inside
    // the batch sees the batch's documents, sentences and facts, but not all of its evidence.
    // Each write of them touches most of the table's pages once the table outgrows SQLite's
    // cache; 262,144 rows (8 MiB) a write.
    static constexpr std::size_t kEvidenceRowsHeld = std::size_t{1} << 18;

    // How many documents a batch should take, in a database holding `stored` documents: an
    // eighth of them, and at least `smallest`. A commit writes every page the batch changed,
    // and a batch changes pages all over `support` (evidence of facts already known), the
    // documents' hash index and the fact and entity indexes: once these outgrow the cache, about
    // as many pages as they have, whatever the batch's size. In batches of a fixed size, ingest
    // slowed as the database grew (100 MB of news into a database already holding 800 MB wrote
    // 4.0 GB and took twice as long as into an empty one); batches that grow with the database keep the
    // pages written per document, and the speed, the same.
    static constexpr std::size_t kSmallestBatch = 2048;
    static std::size_t documents_per_batch(std::int64_t stored,
                                           std::size_t smallest = kSmallestBatch);
    class Batch {
    public:
        explicit Batch(Database& database);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        // Writes the evidence held so far, in the open transaction (commit() does too).
        void write_held();
        void commit();

    private:
        Database* database_;
        bool done_ = false;
    };

    bool has_document(std::string_view content_hash);
    std::int64_t document_count();
    // Saves a document, its entities, facts and evidence, and its bytes in documents.body
    // (`text`, empty for none; or `body`, which pack_body() made from this same document: its
    // sentences are the dictionary that reads it back). Must run inside a Batch. Returns false,
    // saving nothing, when a document with the same content hash is already stored.
    bool save(const ExtractedDocument& document, std::string_view text = {});
    bool save(const ExtractedDocument& document, const PackedBody& body);
    // The new entities, facts and evidence rows of this handle's committed batches.
    const Written& written() const { return written_; }

    // The bytes of the document with this content hash as they were ingested, read back from
    // documents.body; nullopt when there is no such document or it was stored without them.
    std::optional<std::string> document_text(std::string_view content_hash);

    // Rewrites the file with its pages full and in key order (SQLite's VACUUM, through a
    // temporary file rather than memory). Ingest calls it when a run wrote most of the file:
    // indexes filled in random key order leave pages partly empty. Not inside a Batch.
    void compact();

    // The canonical name an input name stands for: exact, then any alias, case ignored.
    std::optional<std::string> resolve_entity(std::string_view name);
    // Every canonical name and alias, for suggestions.
    std::vector<std::string> all_names();

    std::vector<EntityRow> entities(std::optional<EntityType> type);
    std::vector<RelationRow> relations();
    std::vector<FactRow> facts(const FactPattern& pattern, const DateRange& dates = {});
    // The same, each row handed to `row` as it is read: memory stays flat however many.
    void facts(const FactPattern& pattern, const DateRange& dates,
               const std::function<void(FactRow&&)>& row);
    // Every way to satisfy all the patterns at once, joined in SQL with every name, relation
    // and date bound as a parameter. Rows come strongest first (documents summed over the
    // patterns), at most `limit` of them (0: all). A symmetric fact matches either way round;
    // where neither end of its pattern is pinned (a name, or a variable used again), it
    // matches once, as stored, so `? allied-with ?` lists each alliance once.
    Matches match(const std::vector<QueryPattern>& patterns, const DateRange& dates,
                  std::size_t limit);
    // The same, each row handed to `row` as it is read, after `variables` has had the names of
    // the variables: memory stays flat however many rows come.
    void match(const std::vector<QueryPattern>& patterns, const DateRange& dates,
               std::size_t limit,
               const std::function<void(const std::vector<std::string>&)>& variables,
               const std::function<void(MatchRow&&)>& row);
    std::vector<EvidenceRow> evidence(const FactPattern& pattern);
    // Every distinct (document, fact) pair, ordered by document path then fact.
    std::vector<DocumentFact> document_facts();
    // The path of every stored document, facts or none, in order.
    std::vector<std::string> document_paths();
    Stats stats();

    // The graph for traversal and export: every entity, and the facts the filter keeps with
    // their counts, dates and first evidence sentence (earliest document first).
    graph::KnowledgeGraph load_graph(const GraphFilter& filter = {});

    // Runs one SQL statement on a read-only connection of its own.
    QueryResult query(std::string_view sql);
    // The same, handing each row to `row` as it is read (values and kinds as in QueryResult),
    // after `columns` has had the column names: memory stays flat however many rows come.
    void query(std::string_view sql,
               const std::function<void(const std::vector<std::string>&)>& columns,
               const std::function<void(const std::vector<std::optional<std::string>>&,
                                        const std::vector<QueryResult::Kind>&)>& row);

private:
    struct Statements;
    std::string path_;
    std::unique_ptr<Connection> connection_;
    std::unique_ptr<Statements> statements_;
    Written written_;
};

}  // namespace kg::storage
