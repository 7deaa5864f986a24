#include <algorithm>
#include <array>
#include <cassert>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <fmt/format.h>

#include "storage/sqlite.h"
#include "storage/storage.h"

namespace kg::storage {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

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

std::int64_t single_int(Connection& connection, const std::string_view sql) {
    Statement statement(connection, sql);
    return statement.step() ? statement.column_int(0) : 0;
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

std::optional<std::string> relation_param(const FactPattern& pattern) {
    if (!pattern.relation) {
        return std::nullopt;
    }
    return std::string(to_string(*pattern.relation));
}

// The WHERE clause shared by facts() and evidence(): ?1 relation, ?2 subject, ?3 object, each
// NULL for a wildcard. A symmetric fact also matches with its ends swapped; `flipped` says so,
// so the row can be shown oriented to the pattern.
constexpr std::string_view kPatternMatch = R"(
    (?1 IS NULL OR e.relation = ?1) AND (
        ((?2 IS NULL OR s.name = ?2) AND (?3 IS NULL OR o.name = ?3))
        OR (rt.symmetric = 1 AND NOT (?2 IS NULL AND ?3 IS NULL)
            AND (?2 IS NULL OR o.name = ?2) AND (?3 IS NULL OR s.name = ?3)))
)";

constexpr std::string_view kFlipped =
    "(rt.symmetric = 1 AND NOT ((?2 IS NULL OR s.name = ?2) AND (?3 IS NULL OR o.name = ?3)))";

}  // namespace

// Statements used for every document, prepared once per database handle.
struct Database::Statements {
    explicit Statements(Connection& c)
        : has_document(c, "SELECT 1 FROM documents WHERE content_hash = ?1"),
          insert_document(c,
                          "INSERT INTO documents (path, content_hash, title, published, source, "
                          "bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          upsert_entity(c,
                        "INSERT INTO entities (name, type) VALUES (?1, ?2) "
                        "ON CONFLICT (name) DO UPDATE SET type = CASE WHEN entities.type = "
                        "'other' THEN excluded.type ELSE entities.type END RETURNING id"),
          insert_alias(c, "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?1, ?2)"),
          insert_mention(c,
                         "INSERT INTO mentions (document_id, entity_id, count) VALUES (?1, ?2, ?3)"),
          insert_sentence(c,
                          "INSERT INTO sentences (document_id, position, byte_offset, text) "
                          "VALUES (?1, ?2, ?3, ?4) RETURNING id"),
          upsert_edge(c,
                      "INSERT INTO edges (subject_id, relation, object_id) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (subject_id, relation, object_id) DO UPDATE SET "
                      "relation = excluded.relation RETURNING id"),
          insert_support(c,
                         "INSERT OR IGNORE INTO support (edge_id, sentence_id, rule) "
                         "VALUES (?1, ?2, ?3)") {}

    Statement has_document;
    Statement insert_document;
    Statement upsert_entity;
    Statement insert_alias;
    Statement insert_mention;
    Statement insert_sentence;
    Statement upsert_edge;
    Statement insert_support;

    // Entity ids known to be committed or written in the open batch; cleared on rollback.
    std::unordered_map<std::string, std::int64_t> entity_ids;
    bool in_batch = false;
};

Database::Database(const std::string& path, const Mode mode) : path_(path) {
    check_file_kind(path, mode);
    connection_ = std::make_unique<Connection>(
        path, mode == Mode::kReadWrite ? Connection::Mode::kReadWrite : Connection::Mode::kReadOnly);
    Connection& c = *connection_;

    const std::int64_t version = single_int(c, "PRAGMA user_version");
    const std::int64_t tables =
        single_int(c, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'");
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
    if (mode == Mode::kReadWrite) {
        c.exec("PRAGMA journal_mode = WAL");
        c.exec("PRAGMA synchronous = NORMAL");
        if (version == 0) {
            c.exec("BEGIN IMMEDIATE");
            try {
                c.exec(schema_sql());
                c.exec("COMMIT");
            } catch (...) {
                c.exec("ROLLBACK");
                throw;
            }
        }
        // Schema version 1 is the first; migrations from older versions go here.
    }
    c.exec("PRAGMA foreign_keys = ON");
    statements_ = std::make_unique<Statements>(c);
}

Database::~Database() = default;
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Database::Batch::Batch(Database& database) : database_(&database) {
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
    database_->statements_->in_batch = false;
}

void Database::Batch::commit() {
    database_->connection_->exec("COMMIT");
    done_ = true;
    database_->statements_->in_batch = false;
}

bool Database::has_document(const std::string_view content_hash) {
    auto& statement = statements_->has_document;
    statement.bind(1, content_hash);
    const bool found = statement.step();
    statement.reset();
    return found;
}

bool Database::save(const ExtractedDocument& document) {
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
    const DocumentMeta& meta = document.meta;
    s.insert_document.bind(1, meta.path)
        .bind(2, meta.content_hash)
        .bind_optional(3, optional_text(meta.title))
        .bind_optional(4, optional_text(meta.date))
        .bind_optional(5, optional_text(meta.source))
        .bind(6, static_cast<std::int64_t>(meta.bytes));
    s.insert_document.run();
    const std::int64_t document_id = connection_->last_insert_rowid();

    const auto entity_id = [&](const std::string& name, const EntityType type,
                               const std::vector<std::string>* aliases) {
        if (const auto it = s.entity_ids.find(name); it != s.entity_ids.end()) {
            return it->second;
        }
        s.upsert_entity.bind(1, name).bind(2, to_string(type));
        s.upsert_entity.step();
        const std::int64_t id = s.upsert_entity.column_int(0);
        s.upsert_entity.reset();
        if (aliases != nullptr) {
            for (const auto& alias : *aliases) {
                s.insert_alias.bind(1, id).bind(2, alias);
                s.insert_alias.run();
            }
        }
        s.entity_ids.emplace(name, id);
        return id;
    };

    std::unordered_map<std::string, EntityType> types;
    for (const auto& entity : document.entities) {
        const std::int64_t id = entity_id(entity.name, entity.type, &entity.aliases);
        types.emplace(entity.name, entity.type);
        if (entity.mentions > 0) {
            s.insert_mention.bind(1, document_id)
                .bind(2, id)
                .bind(3, static_cast<std::int64_t>(entity.mentions));
            s.insert_mention.run();
        }
    }

    std::unordered_map<std::uint32_t, std::int64_t> sentence_ids;
    for (const auto& fact : document.facts) {
        const auto type_of = [&](const std::string& name) {
            const auto it = types.find(name);
            return it != types.end() ? it->second : EntityType::kOther;
        };
        const bool swap = is_symmetric(fact.relation) && fact.object < fact.subject;
        const std::string& subject = swap ? fact.object : fact.subject;
        const std::string& object = swap ? fact.subject : fact.object;
        const std::int64_t subject_id = entity_id(subject, type_of(subject), nullptr);
        const std::int64_t object_id = entity_id(object, type_of(object), nullptr);

        auto [it, inserted] = sentence_ids.try_emplace(fact.sentence_index, 0);
        if (inserted) {
            s.insert_sentence.bind(1, document_id)
                .bind(2, static_cast<std::int64_t>(fact.sentence_index))
                .bind(3, static_cast<std::int64_t>(fact.sentence_offset))
                .bind(4, fact.sentence);
            s.insert_sentence.step();
            it->second = s.insert_sentence.column_int(0);
            s.insert_sentence.reset();
        }
        s.upsert_edge.bind(1, subject_id).bind(2, to_string(fact.relation)).bind(3, object_id);
        s.upsert_edge.step();
        const std::int64_t edge_id = s.upsert_edge.column_int(0);
        s.upsert_edge.reset();
        s.insert_support.bind(1, edge_id).bind(2, it->second).bind(3, fact.rule);
        s.insert_support.run();
    }
    return true;
}

std::optional<std::string> Database::resolve_entity(const std::string_view name) {
    // Exact canonical name first, then any alias; an alias shared by two entities goes to the
    // one mentioned in more documents.
    Statement statement(*connection_, R"(
        SELECT name FROM (
            SELECT e.name AS name, 0 AS rank FROM entities e WHERE e.name = ?1
            UNION ALL
            SELECT e.name, 1 FROM entities e WHERE e.name = ?1 COLLATE NOCASE
            UNION ALL
            SELECT e.name, 2 FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.alias = ?1 COLLATE NOCASE)
        ORDER BY rank,
                 (SELECT COUNT(*) FROM mentions m JOIN entities x ON x.id = m.entity_id
                   WHERE x.name = name) DESC
        LIMIT 1)");
    statement.bind(1, name);
    if (!statement.step()) {
        return std::nullopt;
    }
    return statement.column_text(0);
}

std::vector<std::string> Database::all_names() {
    Statement statement(*connection_, "SELECT DISTINCT alias FROM entity_names");
    std::vector<std::string> names;
    while (statement.step()) {
        names.push_back(statement.column_text(0));
    }
    return names;
}

std::vector<EntityRow> Database::entities(const std::optional<EntityType> type) {
    Statement statement(*connection_, R"(
        SELECT e.name, e.type,
               (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS documents,
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
    Statement statement(*connection_, R"(
        SELECT rt.name,
               (SELECT COUNT(*) FROM edges e WHERE e.relation = rt.name) AS facts,
               (SELECT COUNT(*) FROM edges e JOIN support su ON su.edge_id = e.id
                 WHERE e.relation = rt.name) AS mentions
          FROM relation_types rt
         ORDER BY facts DESC, rt.name)");
    std::vector<RelationRow> rows;
    while (statement.step()) {
        rows.push_back({relation_from(statement.column_text(0)), statement.column_int(1),
                        statement.column_int(2)});
    }
    return rows;
}

std::vector<FactRow> Database::facts(const FactPattern& pattern) {
    Statement statement(*connection_, fmt::format(R"(
        SELECT s.name, s.type, e.relation, o.name, o.type,
               (SELECT COUNT(DISTINCT se.document_id)
                  FROM support su JOIN sentences se ON se.id = su.sentence_id
                 WHERE su.edge_id = e.id) AS documents,
               (SELECT COUNT(*) FROM support su WHERE su.edge_id = e.id) AS mentions,
               {} AS flipped
          FROM edges e
          JOIN relation_types rt ON rt.name = e.relation
          JOIN entities s ON s.id = e.subject_id
          JOIN entities o ON o.id = e.object_id
         WHERE {}
         ORDER BY documents DESC, mentions DESC, s.name, e.relation, o.name)",
                                                  kFlipped, kPatternMatch));
    statement.bind_optional(1, relation_param(pattern))
        .bind_optional(2, pattern.subject)
        .bind_optional(3, pattern.object);
    std::vector<FactRow> rows;
    while (statement.step()) {
        FactRow row{statement.column_text(0),
                    entity_type_from(statement.column_text(1)),
                    relation_from(statement.column_text(2)),
                    statement.column_text(3),
                    entity_type_from(statement.column_text(4)),
                    statement.column_int(5),
                    statement.column_int(6)};
        if (statement.column_int(7) != 0) {
            std::swap(row.subject, row.object);
            std::swap(row.subject_type, row.object_type);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<EvidenceRow> Database::evidence(const FactPattern& pattern) {
    Statement statement(*connection_, fmt::format(R"(
        SELECT s.name, e.relation, o.name, d.path, COALESCE(d.published, ''), se.position,
               se.text, su.rule, {} AS flipped
          FROM support su
          JOIN edges e ON e.id = su.edge_id
          JOIN relation_types rt ON rt.name = e.relation
          JOIN entities s ON s.id = e.subject_id
          JOIN entities o ON o.id = e.object_id
          JOIN sentences se ON se.id = su.sentence_id
          JOIN documents d ON d.id = se.document_id
         WHERE {}
         ORDER BY s.name, e.relation, o.name, d.path, se.position)",
                                                  kFlipped, kPatternMatch));
    statement.bind_optional(1, relation_param(pattern))
        .bind_optional(2, pattern.subject)
        .bind_optional(3, pattern.object);
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
          JOIN sentences se ON se.id = su.sentence_id
          JOIN documents d ON d.id = se.document_id
         ORDER BY d.path, s.name, e.relation, o.name)");
    std::vector<DocumentFact> rows;
    while (statement.step()) {
        rows.push_back({statement.column_text(0), statement.column_text(1),
                        relation_from(statement.column_text(2)), statement.column_text(3)});
    }
    return rows;
}

Stats Database::stats() {
    Connection& c = *connection_;
    Stats stats;
    stats.documents = single_int(c, "SELECT COUNT(*) FROM documents");
    stats.document_bytes = single_int(c, "SELECT COALESCE(SUM(bytes), 0) FROM documents");
    stats.entities = single_int(c, "SELECT COUNT(*) FROM entities");
    stats.facts = single_int(c, "SELECT COUNT(*) FROM edges");
    stats.evidence = single_int(c, "SELECT COUNT(*) FROM support");
    stats.database_bytes = single_int(c, "PRAGMA page_count") * single_int(c, "PRAGMA page_size");
    return stats;
}

graph::KnowledgeGraph Database::load_graph() {
    graph::KnowledgeGraph graph;
    Statement entities(*connection_, "SELECT id, name, type FROM entities ORDER BY name");
    std::unordered_map<std::int64_t, graph::Vertex> vertices;
    while (entities.step()) {
        vertices.emplace(entities.column_int(0),
                         graph.add_entity(entities.column_text(1),
                                          entity_type_from(entities.column_text(2))));
    }
    Statement edges(*connection_, R"(
        SELECT e.subject_id, e.relation, e.object_id,
               COUNT(DISTINCT se.document_id), COUNT(su.sentence_id)
          FROM edges e
          LEFT JOIN support su ON su.edge_id = e.id
          LEFT JOIN sentences se ON se.id = su.sentence_id
         GROUP BY e.id
         ORDER BY e.id)");
    while (edges.step()) {
        graph.add_fact(vertices.at(edges.column_int(0)), relation_from(edges.column_text(1)),
                       vertices.at(edges.column_int(2)),
                       static_cast<std::uint32_t>(edges.column_int(3)),
                       static_cast<std::uint32_t>(edges.column_int(4)));
    }
    return graph;
}

QueryResult Database::query(const std::string_view sql) {
    Connection reader(path_, Connection::Mode::kReadOnlyLocked);
    Statement statement(reader, sql);
    QueryResult result;
    for (int i = 0; i < statement.column_count(); ++i) {
        result.columns.push_back(statement.column_name(i));
    }
    while (statement.step()) {
        auto& row = result.rows.emplace_back();
        for (int i = 0; i < statement.column_count(); ++i) {
            row.push_back(statement.column_value(i));
        }
    }
    return result;
}

}  // namespace kg::storage
