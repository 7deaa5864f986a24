// A database written by an earlier kgraph opens in this one and keeps its data. Every schema
// the project has shipped is kept under tests/data/schema-vN.sql (add the current schema.sql
// there when its version is released); each is filled with data the way that version stored
// it, then opened by this build.

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "robustness/robustness_support.h"
#include "storage/sqlite.h"
#include "storage/storage.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

// The shipped schemas up to this build's, by version.
std::map<int, fs::path> earlier_schemas() {
    std::map<int, fs::path> schemas;
    const std::regex name(R"(schema-v(\d+)\.sql)");
    for (const auto& entry : fs::directory_iterator(source_dir() / "tests/data")) {
        std::smatch m;
        const std::string file = entry.path().filename().string();
        if (std::regex_match(file, m, name) && std::stoi(m[1]) <= storage::kSchemaVersion) {
            schemas.emplace(std::stoi(m[1]), entry.path());
        }
    }
    return schemas;
}

// Data as version 1 stored it: two documents, four entities (one that no document mentions)
// with aliases, three facts (one symmetric) and their evidence. Version 2 only adds to these
// tables.
constexpr const char* kVersion1Data = R"(
INSERT INTO documents (id, path, content_hash, title, published, source, bytes) VALUES
    (1, 'news/one.txt', 'hash-one', 'Troops arrive', '2024-10-28', 'desk', 120),
    (2, 'news/two.txt', 'hash-two', NULL, NULL, NULL, 80);
INSERT INTO entities (id, name, type) VALUES
    (1, 'North Korea', 'country'), (2, 'Russia', 'country'), (3, 'Kursk', 'location'),
    (4, 'Kosovo', 'location');
INSERT INTO aliases (entity_id, alias) VALUES (1, 'DPRK'), (1, 'North Korean'), (2, 'Moscow');
INSERT INTO mentions (document_id, entity_id, count) VALUES (1, 1, 2), (1, 2, 1), (2, 2, 1),
    (2, 3, 1);
INSERT INTO edges (id, subject_id, relation, object_id) VALUES
    (1, 1, 'deploys-to', 2), (2, 1, 'allied-with', 2), (3, 3, 'located-in', 2);
INSERT INTO sentences (id, document_id, position, byte_offset, text) VALUES
    (1, 1, 0, 0, 'North Korean troops deployed to Russia.'),
    (2, 1, 1, 40, 'The alliance between Russia and North Korea.'),
    (3, 2, 0, 0, 'Kursk lies in Russia.');
INSERT INTO support (edge_id, sentence_id, rule) VALUES (1, 1, 'deploy.verb'),
    (2, 2, 'ally.between'), (3, 3, 'located.in');
)";

// The same data as version 3 stored it: sentences keyed by document and position, rule ids.
constexpr const char* kVersion3Data = R"(
INSERT INTO documents (id, path, content_hash, title, published, source, bytes) VALUES
    (1, 'news/one.txt', 'hash-one', 'Troops arrive', '2024-10-28', 'desk', 120),
    (2, 'news/two.txt', 'hash-two', NULL, NULL, NULL, 80);
INSERT INTO entities (id, name, type) VALUES
    (1, 'North Korea', 'country'), (2, 'Russia', 'country'), (3, 'Kursk', 'location'),
    (4, 'Kosovo', 'location');
INSERT INTO aliases (entity_id, alias) VALUES (1, 'DPRK'), (1, 'North Korean'), (2, 'Moscow');
INSERT INTO mentions (document_id, entity_id, count) VALUES (1, 1, 2), (1, 2, 1), (2, 2, 1),
    (2, 3, 1);
INSERT INTO edges (id, subject_id, relation, object_id) VALUES
    (1, 1, 'deploys-to', 2), (2, 1, 'allied-with', 2), (3, 3, 'located-in', 2);
INSERT INTO sentences (document_id, position, byte_offset, text) VALUES
    (1, 0, 0, 'North Korean troops deployed to Russia.'),
    (1, 1, 40, 'The alliance between Russia and North Korea.'),
    (2, 0, 0, 'Kursk lies in Russia.');
INSERT INTO rules (id, name) VALUES (1, 'deploy.verb'), (2, 'ally.between'), (3, 'located.in');
INSERT INTO support (edge_id, document_id, position, rule_id) VALUES (1, 1, 0, 1),
    (2, 1, 1, 2), (3, 2, 0, 3);
)";

// Documents mentioning each entity in the data above, as `kgraph entities` counts them.
const std::map<std::string, std::int64_t> kDocumentsMentioning{
    {"North Korea", 1}, {"Russia", 2}, {"Kursk", 1}, {"Kosovo", 0}};

// Each table's columns (name, type, not null, default, key), each index and each view: what a
// migration must leave the same as a new database has.
std::vector<std::string> schema_shape(const std::string& db) {
    storage::Database database(db, storage::Database::Mode::kReadOnly);
    std::vector<std::string> shape;
    const auto objects = database.query(
        "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name");
    for (const auto& object : objects.rows) {
        shape.push_back(*object[0] + " " + *object[1] + " on " + *object[2]);
        if (*object[0] != "table" && *object[0] != "view") {
            continue;
        }
        const auto columns = database.query("PRAGMA table_info('" + *object[1] + "')");
        for (const auto& c : columns.rows) {
            shape.push_back("  " + c[1].value_or("") + " " + c[2].value_or("") + " notnull=" +
                            c[3].value_or("") + " default=" + c[4].value_or("NULL") +
                            " pk=" + c[5].value_or(""));
        }
    }
    return shape;
}

class Migration : public ::testing::TestWithParam<int> {
protected:
    std::string db() const { return (dir_ / "old.db").string(); }

    // A database as version `version` of kgraph left it.
    void write_old_database(const int version) const {
        const auto schemas = earlier_schemas();
        storage::Connection connection(db(), storage::Connection::Mode::kReadWrite);
        connection.exec("PRAGMA journal_mode = WAL");
        connection.exec(read_file(schemas.at(version)));
        connection.exec(version >= 3 ? kVersion3Data : kVersion1Data);
    }

    TempDir dir_;
};

TEST(Migrations, EveryEarlierSchemaIsKept) {
    const auto schemas = earlier_schemas();
    ASSERT_TRUE(schemas.contains(1)) << "tests/data/schema-v1.sql";
    for (int version = 1; version < storage::kSchemaVersion; ++version) {
        EXPECT_TRUE(schemas.contains(version))
            << "tests/data/schema-v" << version << ".sql is missing: add the schema.sql of "
            << "that release, so its databases are tested";
    }
    const std::string text = read_file(schemas.at(1));
    EXPECT_NE(text.find("PRAGMA user_version = 1;"), std::string::npos);
}

TEST_P(Migration, AnOldDatabaseOpensAndKeepsItsData) {
    const int version = GetParam();
    write_old_database(version);
    {
        storage::Database database(db(), storage::Database::Mode::kReadWrite);
        const auto user_version = database.query("PRAGMA user_version");
        EXPECT_EQ(user_version.rows.at(0).at(0), std::to_string(storage::kSchemaVersion));
        const storage::Stats stats = database.stats();
        EXPECT_EQ(stats.documents, 2);
        EXPECT_EQ(stats.entities, 4);
        EXPECT_EQ(stats.facts, 3);
        EXPECT_EQ(stats.evidence, 3);
        EXPECT_EQ(database.resolve_entity("dprk"), "North Korea");
        const auto evidence =
            database.evidence({"North Korea", Relation::kDeploysTo, "Russia"});
        ASSERT_EQ(evidence.size(), 1U);
        EXPECT_EQ(evidence[0].document, "news/one.txt");
        EXPECT_EQ(evidence[0].date, "2024-10-28");
        EXPECT_EQ(evidence[0].sentence, "North Korean troops deployed to Russia.");
        EXPECT_EQ(evidence[0].rule, "deploy.verb");
        const auto allied = database.facts({"Russia", Relation::kAlliedWith, std::nullopt});
        ASSERT_EQ(allied.size(), 1U);
        EXPECT_EQ(allied[0].object, "North Korea");
        std::map<std::string, std::int64_t> documents;
        for (const auto& entity : database.entities(std::nullopt)) {
            documents[entity.name] = entity.documents;
        }
        EXPECT_EQ(documents, kDocumentsMentioning);
    }
    EXPECT_EQ(database_problems(db()), "");

    // The migrated schema is the one a new database gets.
    const std::string fresh = (dir_ / "fresh.db").string();
    { storage::Database database(fresh, storage::Database::Mode::kReadWrite); }
    EXPECT_EQ(schema_shape(db()), schema_shape(fresh));

    // The command reads it and adds to it; the old documents are not ingested again.
    const auto facts = kgraph_json(db(), {"facts"});
    ASSERT_TRUE(facts.is_array());
    EXPECT_EQ(facts.size(), 3U);
    dir_.write("new.txt", "Iran supplied drones to Russia.\n");
    const auto r = run_kgraph({"ingest", (dir_ / "new.txt").string(), "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(kgraph_json(db(), {"facts"}).size(), 4U);
    EXPECT_EQ(database_problems(db()), "");
}

TEST_P(Migration, ReadingAnOldDatabaseNeedsNoWriteFirst) {
    write_old_database(GetParam());
    const auto facts = kgraph_json(db(), {"facts", "--relation", "deploys-to"});
    ASSERT_TRUE(facts.is_array());
    ASSERT_EQ(facts.size(), 1U);
    EXPECT_EQ(facts[0]["subject"], "North Korea");
    const auto evidence = kgraph_json(db(), {"explain", "DPRK", "deploys-to", "Moscow"});
    ASSERT_EQ(evidence.size(), 1U);
    EXPECT_EQ(evidence[0]["document"], "news/one.txt");
    std::map<std::string, std::int64_t> documents;
    for (const auto& entity : kgraph_json(db(), {"entities"})) {
        documents[entity["name"].get<std::string>()] = entity["documents"].get<std::int64_t>();
    }
    EXPECT_EQ(documents, kDocumentsMentioning);
}

std::vector<int> versions() {
    std::vector<int> out;
    for (const auto& [version, path] : earlier_schemas()) {
        out.push_back(version);
    }
    return out;
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Migration);
INSTANTIATE_TEST_SUITE_P(EarlierSchemas, Migration, ::testing::ValuesIn(versions()),
                         [](const auto& version) { return "v" + std::to_string(version.param); });

}  // namespace
}  // namespace kg::test
