// `kgraph sql` runs on a connection that SQLite keeps read-only (storage/sqlite.cpp's
// authorizer, defensive mode, no ATTACH, no extensions), not on a check of the SQL text. The
// statements here reach for writes by the roundabout ways: a CTE before DELETE, REPLACE,
// writable_schema, VACUUM INTO a new file, a checkpoint, temporary objects, triggers. Each is
// refused with one line, the database file stays byte for byte the same and no file appears.
// (tests/storage/database_test.cpp covers the plain writes in-process.) And what it reads it
// prints as it reads, however much that is.

#include <gtest/gtest.h>

#include <set>

#include "robustness/robustness_support.h"

namespace kg::test {
namespace {

class SqlReadOnly : public ::testing::Test {
protected:
    void SetUp() override {
        const auto r = run_kgraph(
            {"ingest", (source_dir() / "data/sample").string(), "--db", db()});
        ASSERT_EQ(r.status, 0) << r.err;
    }

    std::string db() const { return (dir_ / "kg.db").string(); }

    // The files in the folder: kgraph's readers leave no -wal or -shm behind either.
    std::set<std::string> files() const {
        std::set<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
            names.insert(entry.path().filename().string());
        }
        return names;
    }

    TempDir dir_;
};

TEST_F(SqlReadOnly, RoundaboutWritesAreRefusedAndChangeNothing) {
    const std::string other = (dir_ / "copy.db").string();
    const std::vector<std::string> statements{
        "WITH doomed AS (SELECT id FROM edges) DELETE FROM edges WHERE id IN doomed",
        "WITH x AS (SELECT 1) INSERT INTO entities (name, type) SELECT 'x', 'other' FROM x",
        "REPLACE INTO entities (id, name, type) VALUES (1, 'Atlantis', 'country')",
        "INSERT OR REPLACE INTO relation_types VALUES ('deploys-to', 1)",
        "UPDATE entities SET name = name || '!' RETURNING name",
        "PRAGMA writable_schema = 1",
        "PRAGMA writable_schema = RESET",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "PRAGMA query_only = 0",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA optimize",
        "VACUUM INTO '" + other + "'",
        "ATTACH DATABASE '" + other + "' AS copy",
        "ATTACH DATABASE ':memory:' AS scratch",
        "CREATE TEMP TABLE scratch (x)",
        "CREATE TEMP VIEW v AS SELECT 1",
        "CREATE TEMP TRIGGER t AFTER INSERT ON entities BEGIN SELECT 1; END",
        "CREATE INDEX i ON entities (type)",
        "ALTER TABLE entities ADD COLUMN x",
        "ANALYZE",
        "REINDEX",
        "DROP INDEX aliases_by_alias",
        "BEGIN IMMEDIATE",
        "SAVEPOINT s",
        "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0')",
        "SELECT 1; DELETE FROM documents",
        "DELETE FROM documents; SELECT 1",
        "SELECT 1; -- a comment, then\nDELETE FROM documents",
        "SELECT 1; /* a comment */ DELETE FROM documents",
        "SELECT 1; SELECT 2",
    };
    const std::string before = read_file(db());
    const std::set<std::string> files_before = files();
    const auto stats_before = run_kgraph({"stats", "--db", db(), "--format", "json"}).out;
    for (const auto& sql : statements) {
        const auto r = run_kgraph({"sql", sql, "--db", db()});
        EXPECT_EQ(r.status, 1) << sql << "\n" << r.out;
        EXPECT_EQ(line_count(r.err), 1U) << sql << ": " << r.err;
        EXPECT_EQ(r.out, "") << sql;
    }
    EXPECT_TRUE(read_file(db()) == before) << "the database file changed";
    EXPECT_EQ(files(), files_before) << "a file appeared or went";
    EXPECT_EQ(run_kgraph({"stats", "--db", db(), "--format", "json"}).out, stats_before);
    EXPECT_EQ(database_problems(db()), "");
}

TEST_F(SqlReadOnly, ReadsThatDescribeTheDatabaseStillWork) {
    for (const std::string sql :
         {"WITH f AS (SELECT * FROM facts) SELECT COUNT(*) FROM f",
          "PRAGMA integrity_check",
          "PRAGMA user_version", "PRAGMA table_info(evidence)",
          "SELECT sql FROM sqlite_schema WHERE name = 'facts'",
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) "
          "SELECT SUM(i) FROM n",
          // What follows the statement may be comments: scripts and editors leave them.
          "SELECT COUNT(*) FROM facts; -- how many", "SELECT 1 /* one */; /* done */ ;\n"}) {
        const auto r = run_kgraph({"sql", sql, "--db", db(), "--format", "json"});
        EXPECT_EQ(r.status, 0) << sql << ": " << r.err;
    }
}

// Rows are printed as they are read, not gathered first: a statement with no end, piped into
// head, ends when head does (SIGPIPE). Held whole, the rows would fill the 1 GB of address
// space kgraph is given here within seconds, and the command would fail with no output.
TEST_F(SqlReadOnly, RowsArriveAsTheyAreReadNotAllAtTheEnd) {
    if (kSanitized) {
        GTEST_SKIP() << "the sanitizers reserve more address space than the limit below";
    }
    if (run_shell("command -v prlimit && command -v timeout").status != 0) {
        GTEST_SKIP() << "no prlimit or timeout";
    }
    for (const std::string format : {"tsv", "json"}) {
        const auto r = run_shell(
            "timeout 120 prlimit --as=1000000000 '" + std::string(KGRAPH_BINARY) + "' sql --db '" +
            db() + "' --format " + format +
            " 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i, "
            "i * 0.5 AS half FROM n' | head -c 2000000 | tail -c 200");
        EXPECT_EQ(r.status, 0) << format << ": " << r.err;
        EXPECT_EQ(r.out.size(), 200U) << format << ": " << r.err;
    }
}

}  // namespace
}  // namespace kg::test
