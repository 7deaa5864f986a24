#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <sqlite3.h>

#include "storage/sqlite.h"
#include "storage/storage.h"
#include "support/test_support.h"

namespace kg::storage {
namespace {

ExtractedDocument document(const std::string& path, const std::string& hash) {
    ExtractedDocument doc;
    doc.meta.path = path;
    doc.meta.content_hash = hash;
    doc.meta.bytes = 100;
    doc.meta.date = "2024-10-28";
    doc.entities = {{"North Korea", EntityType::kCountry, {"DPRK", "North Korean"}, 2},
                    {"Russia", EntityType::kCountry, {"Moscow"}, 3}};
    doc.facts = {{"North Korea", Relation::kDeploysTo, "Russia", "deploy.verb", 0, 0,
                  "North Korean troops deployed to Russia."},
                 {"Russia", Relation::kAlliedWith, "North Korea", "ally.between", 1, 40,
                  "The alliance between Russia and North Korea."}};
    return doc;
}

// A database in a temporary folder, with a helper to save documents in one batch.
class DatabaseTest : public ::testing::Test {
protected:
    std::string path() const { return (dir_ / "kg.db").string(); }

    void save(Database& db, const std::vector<ExtractedDocument>& docs) {
        Database::Batch batch(db);
        for (const auto& doc : docs) {
            db.save(doc);
        }
        batch.commit();
    }

    test::TempDir dir_;
};

TEST_F(DatabaseTest, CreatesTheSchemaAndRecordsItsVersion) {
    Database db(path(), Database::Mode::kReadWrite);
    const auto result = db.query("PRAGMA user_version");
    ASSERT_EQ(result.rows.size(), 1U);
    EXPECT_EQ(result.rows[0][0], std::to_string(kSchemaVersion));
}

// A database as kgraph 0.1 wrote it: schema version 1 (tests/data/schema-v1.sql, the
// schema.sql of that version), with one document, made by the sqlite3 shell.
class VersionOneDatabaseTest : public DatabaseTest {
protected:
    void SetUp() override {
        const auto schema = test::source_dir() / "tests" / "data" / "schema-v1.sql";
        const auto made = sqlite(fmt::format(
            ".read '{}'\nINSERT INTO documents (path, content_hash, bytes) VALUES ('old.txt', "
            "'h0', 10);",
            schema.string()));
        ASSERT_EQ(made.status, 0) << made.err;
    }

    // Runs SQL in the sqlite3 shell, which has sqlar_uncompress; returns its result.
    test::RunResult sqlite(const std::string& sql) const {
        const auto script = dir_.write("script.sql", sql + "\n");
        return test::run_shell(fmt::format("sqlite3 '{}' < '{}'", path(), script.string()));
    }
};

TEST_F(VersionOneDatabaseTest, MigratesToTheCurrentVersionKeepingWhatItHolds) {
    {
        Database db(path(), Database::Mode::kReadWrite);
        EXPECT_EQ(db.query("PRAGMA user_version").rows[0][0], std::to_string(kSchemaVersion));
        EXPECT_EQ(db.stats().documents, 1);
        EXPECT_EQ(db.query("SELECT body IS NULL FROM documents WHERE path = 'old.txt'").rows[0][0],
                  "1");
        std::string text;
        for (int i = 0; i < 20; ++i) {
            text += "North Korean troops have been deployed to Russia's Kursk region.\n";
        }
        auto doc = document("new.txt", "h1");
        doc.meta.bytes = text.size();
        doc.facts.clear();  // no sentences: plain zlib, which the sqlite3 shell reads
        Database::Batch batch(db);
        db.save(doc, text);
        batch.commit();
    }
    // A body without sentences reads back as SQLite's archive format says, in the sqlite3 shell.
    const auto body = sqlite(
        "SELECT length(body) < bytes, substr(CAST(sqlar_uncompress(body, bytes) AS TEXT), 1, 64) "
        "FROM documents WHERE path = 'new.txt';");
    EXPECT_EQ(body.out, "1|North Korean troops have been deployed to Russia's Kursk region.\n")
        << body.err;
    // A migrated database is laid out as a new one: the column is the table's last.
    EXPECT_EQ(sqlite("SELECT name FROM pragma_table_info('documents') ORDER BY cid DESC LIMIT 1;")
                  .out,
              "body\n");
}

// A body stored by version 2, plain zlib as the sqlite3 shell's sqlar_compress makes it, still
// reads back once the database is migrated.
TEST_F(DatabaseTest, AVersionTwoBodyReadsBackAfterMigrating) {
    const auto schema = test::source_dir() / "tests" / "data" / "schema-v2.sql";
    std::string text;
    for (int i = 0; i < 20; ++i) {
        text += "North Korean troops have been deployed to the Kursk region.\n";
    }
    const auto script = dir_.write(
        "v2.sql", fmt::format(".read '{}'\nINSERT INTO documents (path, content_hash, bytes, body) "
                              "VALUES ('old.txt', 'h0', {}, sqlar_compress(CAST('{}' AS BLOB)));\n",
                              schema.string(), text.size(), text));
    const auto made = test::run_shell(fmt::format("sqlite3 '{}' < '{}'", path(), script.string()));
    ASSERT_EQ(made.status, 0) << made.err;
    {
        Database db(path(), Database::Mode::kReadOnly);  // read as version 2
        EXPECT_EQ(db.document_text("h0"), text);
    }
    Database db(path(), Database::Mode::kReadWrite);
    EXPECT_EQ(db.query("PRAGMA user_version").rows[0][0], std::to_string(kSchemaVersion));
    EXPECT_EQ(db.document_text("h0"), text);
}

TEST_F(VersionOneDatabaseTest, OpensReadOnlyWithoutChangingIt) {
    Database db(path(), Database::Mode::kReadOnly);
    EXPECT_EQ(db.stats().documents, 1);
    EXPECT_EQ(db.query("PRAGMA user_version").rows[0][0], "1");
    EXPECT_THROW(Database::Batch batch(db), Error);
}

TEST_F(DatabaseTest, KeepsEachDocumentsBytesCompressed) {
    Database db(path(), Database::Mode::kReadWrite);
    std::string text;
    for (int i = 0; i < 20; ++i) {
        text += "North Korean troops have been deployed to Russia's Kursk region. ";
    }
    Database::Batch batch(db);
    auto doc = document("a.txt", "h1");
    doc.meta.bytes = text.size();
    db.save(doc, text);
    db.save(document("b.txt", "h2"));  // no text given: no body
    batch.commit();
    const auto rows =
        db.query("SELECT length(body) < bytes, body IS NULL FROM documents ORDER BY path").rows;
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0][0], "1");  // compressed
    EXPECT_EQ(rows[1][1], "1");
}

// The document's text as the sentences of document() stand in it, with filler between.
std::string text_of_document() {
    std::string text = "North Korean troops deployed to Russia. ";
    text += "The alliance between Russia and North Korea. ";
    for (int i = 0; i < 10; ++i) {
        text += "Officials said nothing more about it on the day. ";
    }
    return text;
}

// document(path, hash) as a document of text_of_document()'s bytes.
ExtractedDocument document_of_text(const std::string& path, const std::string& hash) {
    ExtractedDocument doc = document(path, hash);
    doc.meta.bytes = text_of_document().size();
    return doc;
}

TEST_F(DatabaseTest, ABodyReadsBackThroughItsSentences) {
    Database db(path(), Database::Mode::kReadWrite);
    const std::string text = text_of_document();
    Database::Batch batch(db);
    db.save(document_of_text("a.txt", "h1"), text);
    db.save(document("b.txt", "h2"));  // no text given: none to read back
    batch.commit();
    EXPECT_EQ(db.document_text("h1"), text);
    EXPECT_EQ(db.document_text("h2"), std::nullopt);
    EXPECT_EQ(db.document_text("no such hash"), std::nullopt);
    // Compressed against the sentences: the zlib header says a dictionary is needed (FDICT), and
    // the body is smaller than zlib makes the text alone.
    const auto row = db.query("SELECT length(body) < bytes, unicode(substr(CAST(body AS TEXT), 2, 1)) "
                              "& 32, length(body) FROM documents WHERE content_hash = 'h1'");
    EXPECT_EQ(row.rows.at(0).at(0), "1");
    EXPECT_EQ(row.rows.at(0).at(1), "32");
    // Without its sentences the document would not read back: the body needs them.
    Database other((dir_ / "other.db").string(), Database::Mode::kReadWrite);
    auto bare = document("c.txt", "h3");
    bare.meta.bytes = text.size();
    bare.facts.clear();
    Database::Batch other_batch(other);
    other.save(bare, text);
    other_batch.commit();
    EXPECT_EQ(other.document_text("h3"), text);
    const auto plain = other.query("SELECT length(body) FROM documents");
    EXPECT_LT(std::stoi(*row.rows.at(0).at(2)), std::stoi(*plain.rows.at(0).at(0)));
}

// A long document, its evidence sentences more than the 32 KB a dictionary can reach back, and
// text that does not compress: each body reads back, and one that compression would not make
// smaller is stored as it is.
TEST_F(DatabaseTest, LongAndIncompressibleBodiesReadBack) {
    Database db(path(), Database::Mode::kReadWrite);
    auto doc = document("long.txt", "h1");
    doc.facts.clear();
    std::string text;
    for (std::uint32_t i = 0; i < 3000; ++i) {
        const std::string sentence =
            fmt::format("Dispatch {}: North Korean troops deployed to the Kursk region.", i);
        if (i % 2 == 0) {
            doc.facts.push_back({"North Korea", Relation::kDeploysTo, "Russia", "deploy.verb", i,
                                 static_cast<std::uint32_t>(text.size()), sentence});
        }
        text += sentence + " Officials gave no figure for day " + std::to_string(i) + ".\n";
    }
    doc.meta.bytes = text.size();
    std::string noise;
    std::uint64_t x = 88172645463325252ULL;
    while (noise.size() < 20000) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        noise += static_cast<char>(x >> 56);  // every byte value, evenly: nothing to squeeze
    }
    auto noisy = document("noise.txt", "h2");
    noisy.facts.clear();
    noisy.meta.bytes = noise.size();
    Database::Batch batch(db);
    db.save(doc, text);
    db.save(noisy, noise);
    batch.commit();
    ASSERT_GT(text.size(), 200000U);
    EXPECT_EQ(db.document_text("h1"), text);
    EXPECT_EQ(db.document_text("h2"), noise);
    const auto sizes = db.query("SELECT path, length(body), bytes FROM documents ORDER BY path");
    ASSERT_EQ(sizes.rows.size(), 2U);
    EXPECT_LT(std::stoll(*sizes.rows[0][1]), std::stoll(*sizes.rows[0][2]) / 4);  // long.txt
    EXPECT_EQ(*sizes.rows[1][1], *sizes.rows[1][2]);  // noise.txt, stored as it is
}

// schema.sql tells Python users how to read a body: zlib with the evidence sentences, in order
// of position and joined with nothing, as the preset dictionary.
TEST_F(DatabaseTest, PythonReadsABodyAsTheSchemaSays) {
    if (test::run_shell("python3 -c 'import sqlite3, zlib'").status != 0) {
        GTEST_SKIP() << "python3 not installed";
    }
    {
        Database db(path(), Database::Mode::kReadWrite);
        Database::Batch batch(db);
        db.save(document_of_text("a.txt", "h1"), text_of_document());
        batch.commit();
    }
    const auto script = dir_.write("read.py", R"(import sqlite3, sys, zlib
db = sqlite3.connect(sys.argv[1])
doc, body, size = db.execute("SELECT id, body, bytes FROM documents").fetchone()
zdict = "".join(t for (t,) in db.execute(
    "SELECT text FROM sentences WHERE document_id = ? ORDER BY position", (doc,))).encode()
text = zlib.decompressobj(zdict=zdict).decompress(body)
print(len(body) < size, len(text) == size)
print(text.decode())
)");
    const auto result = test::run_shell("python3 '" + script.string() + "' '" + path() + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out, "True True\n" + text_of_document() + "\n");
}

TEST_F(DatabaseTest, StoresEachRuleOnceAndNamesItInTheEvidenceView) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1"), document("b.txt", "h2")});
    EXPECT_EQ(db.query("SELECT COUNT(*) FROM rules").rows.at(0).at(0), "2");
    const auto rows =
        db.query("SELECT rule, COUNT(*) FROM evidence GROUP BY rule ORDER BY rule").rows;
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0][0], "ally.between");
    EXPECT_EQ(rows[0][1], "2");
    EXPECT_EQ(rows[1][0], "deploy.verb");
    EXPECT_EQ(rows[1][1], "2");
}

TEST_F(DatabaseTest, CompactingKeepsEverything) {
    Database db(path(), Database::Mode::kReadWrite);
    const std::string text = text_of_document();
    Database::Batch batch(db);
    db.save(document_of_text("a.txt", "h1"), text);
    db.save(document("b.txt", "h2"));
    batch.commit();
    const Stats before = db.stats();
    db.compact();
    const Stats after = db.stats();
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.facts, before.facts);
    EXPECT_EQ(after.evidence, before.evidence);
    EXPECT_EQ(db.document_text("h1"), text);
    EXPECT_EQ(db.evidence({"North Korea", Relation::kDeploysTo, "Russia"}).size(), 2U);
    EXPECT_EQ(db.query("PRAGMA integrity_check").rows.at(0).at(0), "ok");
}

TEST_F(DatabaseTest, WorksInMemory) {
    Database db(":memory:", Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    EXPECT_EQ(db.stats().facts, 2);
}

TEST_F(DatabaseTest, SavesFactsWithEvidenceAndSymmetricFactsOnceInCanonicalOrder) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1"), document("b.txt", "h2")});
    const auto facts = db.facts({});
    ASSERT_EQ(facts.size(), 2U);
    for (const auto& f : facts) {
        EXPECT_EQ(f.documents, 2);
        EXPECT_EQ(f.mentions, 2);
        if (f.relation == Relation::kAlliedWith) {
            EXPECT_EQ(f.subject, "North Korea");  // "North Korea" < "Russia"
        }
    }
    // The symmetric fact matches from either end, oriented to the pattern.
    const auto from_russia = db.facts({"Russia", Relation::kAlliedWith, std::nullopt});
    ASSERT_EQ(from_russia.size(), 1U);
    EXPECT_EQ(from_russia[0].subject, "Russia");
    EXPECT_EQ(from_russia[0].object, "North Korea");
    const auto evidence = db.evidence({"North Korea", Relation::kDeploysTo, "Russia"});
    ASSERT_EQ(evidence.size(), 2U);
    EXPECT_EQ(evidence[0].document, "a.txt");
    EXPECT_EQ(evidence[0].rule, "deploy.verb");
    EXPECT_EQ(evidence[0].sentence, "North Korean troops deployed to Russia.");
    EXPECT_EQ(evidence[0].date, "2024-10-28");
}

// With foreign keys off, as the sqlite3 shell has them, a document deleted by hand leaves its
// sentences and evidence behind: `facts` must not count what `explain` cannot show.
TEST_F(DatabaseTest, EvidenceOfADocumentDeletedByHandIsNotCounted) {
    {
        Database db(path(), Database::Mode::kReadWrite);
        save(db, {document("a.txt", "h1"), document("b.txt", "h2")});
    }
    {
        Connection shell(path(), Connection::Mode::kReadWrite);
        shell.exec("DELETE FROM documents WHERE path = 'b.txt'");
        ASSERT_EQ(shell.changes(), 1);
    }
    Database db(path(), Database::Mode::kReadOnly);
    const auto facts = db.facts({});
    ASSERT_EQ(facts.size(), 2U);
    for (const auto& f : facts) {
        EXPECT_EQ(f.documents, 1) << f.subject << " " << to_string(f.relation);
        EXPECT_EQ(f.mentions, 1) << f.subject << " " << to_string(f.relation);
        EXPECT_EQ(db.evidence({f.subject, f.relation, f.object}).size(), 1U);
    }
    const auto joined = db.match({{{Term::Kind::kVariable, "a"}, {Relation::kDeploysTo}, Term{}},
                                  {{Term::Kind::kVariable, "a"}, {Relation::kAlliedWith}, Term{}}},
                                 {}, 0);
    ASSERT_EQ(joined.rows.size(), 1U);
    EXPECT_EQ(joined.rows[0].facts[0].documents, 1);
    EXPECT_EQ(joined.rows[0].facts[1].mentions, 1);
}

TEST_F(DatabaseTest, ADocumentIsStoredOnce) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    Database::Batch batch(db);
    EXPECT_TRUE(db.has_document("h1"));
    EXPECT_FALSE(db.save(document("copy-of-a.txt", "h1")));
    batch.commit();
    EXPECT_EQ(db.stats().documents, 1);
    EXPECT_EQ(db.stats().evidence, 2);
}

TEST_F(DatabaseTest, AnUncommittedBatchLeavesTheDatabaseAsItWas) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    const Stats before = db.stats();
    try {
        Database::Batch batch(db);
        db.save(document("b.txt", "h2"));
        ExtractedDocument broken = document("c.txt", "h3");
        broken.entities[0].name = "";  // violates the schema's CHECK
        broken.facts[0].subject = "";
        db.save(broken);
        batch.commit();
        FAIL() << "expected the save to fail";
    } catch (const Error&) {
    }
    const Stats after = db.stats();
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.facts, before.facts);
    EXPECT_EQ(after.evidence, before.evidence);
    EXPECT_FALSE(db.has_document("h2"));
    // And the handle stays usable; what the rolled-back batch counted is not counted again.
    save(db, {document("b.txt", "h2")});
    EXPECT_EQ(db.stats().documents, 2);
    for (const auto& entity : db.entities(std::nullopt)) {
        EXPECT_EQ(entity.documents, 2) << entity.name;
    }
}

// Evidence is held back and written when the batch commits: what a rolled-back batch held is
// not written by the next one. Here the next batch's document takes the same id, and its
// evidence other positions, so rows left over would be counted.
// What one handle wrote, for ingest's summary: its committed rows alone, not another
// writer's, and nothing of a batch rolled back.
TEST_F(DatabaseTest, CountsTheRowsItsCommittedBatchesAdded) {
    Database first(path(), Database::Mode::kReadWrite);
    Database second(path(), Database::Mode::kReadWrite);
    save(first, {document("a.txt", "h1")});
    EXPECT_EQ(first.written().entities, 2);
    EXPECT_EQ(first.written().facts, 2);
    EXPECT_EQ(first.written().evidence, 2);

    ExtractedDocument other = document("b.txt", "h2");  // one entity and fact new, one known
    other.entities.push_back({"Iran", EntityType::kCountry, {}, 1});
    other.facts.push_back({"Iran", Relation::kSupplies, "Russia", "supply.verb", 2, 90,
                           "Iran supplied drones to Russia."});
    save(second, {other});
    EXPECT_EQ(second.written().entities, 1);
    EXPECT_EQ(second.written().facts, 1);
    EXPECT_EQ(second.written().evidence, 3);
    EXPECT_EQ(first.written().entities, 2) << "another handle's rows are not this one's";

    {
        Database::Batch batch(first);
        ExtractedDocument dropped = document("c.txt", "h3");
        dropped.entities.push_back({"Belarus", EntityType::kCountry, {}, 1});
        dropped.facts.push_back({"Belarus", Relation::kSupports, "Russia", "support.verb", 2, 90,
                                 "Belarus supports Russia."});
        first.save(dropped);
        batch.write_held();
    }  // rolled back
    EXPECT_EQ(first.written().entities, 2);
    EXPECT_EQ(first.written().facts, 2);
    EXPECT_EQ(first.written().evidence, 2);
    save(first, {document("d.txt", "h4")});  // known entities and facts, new evidence
    EXPECT_EQ(first.written().entities, 2);
    EXPECT_EQ(first.written().facts, 2);
    EXPECT_EQ(first.written().evidence, 4);
}

TEST_F(DatabaseTest, EvidenceHeldByARolledBackBatchIsNotWrittenByTheNext) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    {
        Database::Batch batch(db);
        ASSERT_TRUE(db.save(document("b.txt", "h2")));
    }  // rolled back
    ExtractedDocument other = document("c.txt", "h3");
    other.facts[0].sentence_index = 7;
    other.facts[1].sentence_index = 8;
    save(db, {other});
    EXPECT_EQ(db.stats().documents, 2);
    EXPECT_EQ(db.stats().evidence, 4);
    const auto positions =
        db.query("SELECT position FROM support WHERE document_id = "
                 "(SELECT id FROM documents WHERE path = 'c.txt') ORDER BY position");
    ASSERT_EQ(positions.rows.size(), 2U);
    EXPECT_EQ(positions.rows[0][0], "7");
    EXPECT_EQ(positions.rows[1][0], "8");
}

// Inside a batch, the evidence it holds is not in `support` until written: write_held() writes
// it without committing, and a rollback still takes it back.
TEST_F(DatabaseTest, WriteHeldWritesABatchsEvidenceBeforeItCommits) {
    Database db(path(), Database::Mode::kReadWrite);
    {
        Database::Batch batch(db);
        db.save(document("a.txt", "h1"));
        EXPECT_EQ(db.stats().facts, 2);  // stats() reads through the batch's transaction
        EXPECT_EQ(db.stats().evidence, 0);
        batch.write_held();
        EXPECT_EQ(db.stats().evidence, 2);
        batch.write_held();  // nothing more held: nothing written twice
        EXPECT_EQ(db.stats().evidence, 2);
    }
    EXPECT_EQ(db.stats().evidence, 0);
    EXPECT_EQ(db.stats().documents, 0);
}

// A batch holds at most Database::kEvidenceRowsHeld evidence rows; past that it writes them in
// the open transaction, and every row is stored whichever way it went.
TEST_F(DatabaseTest, ABatchWithMoreEvidenceThanItHoldsStoresItAll) {
    Database db(path(), Database::Mode::kReadWrite);
    const std::size_t facts = Database::kEvidenceRowsHeld + 1000;
    ExtractedDocument doc = document("long.txt", "h1");
    doc.facts.clear();
    for (std::size_t i = 0; i < facts; ++i) {
        const bool even = i % 2 == 0;
        doc.facts.push_back({even ? "North Korea" : "Russia", Relation::kSupplies,
                             even ? "Russia" : "North Korea", "supply.verb",
                             static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i * 10),
                             fmt::format("Sentence {} about supplies.", i)});
    }
    save(db, {doc});
    EXPECT_EQ(db.stats().evidence, static_cast<std::int64_t>(facts));
    EXPECT_EQ(db.stats().facts, 2);
    const auto per_fact = db.query(
        "SELECT COUNT(*), MIN(position), MAX(position) FROM support GROUP BY edge_id ORDER BY 2");
    ASSERT_EQ(per_fact.rows.size(), 2U);
    EXPECT_EQ(per_fact.rows[0][0], std::to_string(facts / 2));
    EXPECT_EQ(per_fact.rows[0][1], "0");
    EXPECT_EQ(per_fact.rows[1][2], std::to_string(facts - 1));
}

// A batch takes an eighth of the documents stored, and at least the smallest size.
TEST(DocumentsPerBatch, GrowWithTheDocumentsStored) {
    EXPECT_EQ(Database::documents_per_batch(0), Database::kSmallestBatch);
    EXPECT_EQ(Database::documents_per_batch(-5), Database::kSmallestBatch);
    EXPECT_EQ(Database::documents_per_batch(8 * 2048 + 7), 2048U);
    EXPECT_EQ(Database::documents_per_batch(8 * 2049), 2049U);
    EXPECT_EQ(Database::documents_per_batch(1'000'000), 125'000U);
    EXPECT_EQ(Database::documents_per_batch(0, 3), 3U);
    EXPECT_EQ(Database::documents_per_batch(100, 3), 12U);
}

TEST_F(DatabaseTest, ResolvesNamesByAliasIgnoringCase) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    EXPECT_EQ(db.resolve_entity("north korea"), "North Korea");
    EXPECT_EQ(db.resolve_entity("DPRK"), "North Korea");
    EXPECT_EQ(db.resolve_entity("north korean"), "North Korea");
    EXPECT_EQ(db.resolve_entity("moscow"), "Russia");
    EXPECT_FALSE(db.resolve_entity("Atlantis"));
}

TEST_F(DatabaseTest, ReadingRollsBackAWriteThatWasCutShort) {
    {
        Database db(path(), Database::Mode::kReadWrite);
        std::vector<ExtractedDocument> docs;
        for (int i = 0; i < 40; ++i) {
            docs.push_back(document(fmt::format("{}.txt", i), fmt::format("h{}", i)));
        }
        save(db, docs);
    }
    // What a writer killed in the middle of a rollback-journal transaction leaves: the file
    // half changed, and PATH-journal holding the pages as they were. The sqlite3 shell makes
    // that state by copying both files while its transaction is open (a one-page cache makes
    // it write changed pages to the file before the commit).
    const std::string copy = (dir_.path() / "cut.db").string();
    const std::filesystem::path script = dir_.path() / "cut.sql";
    std::ofstream(script) << fmt::format(
        "PRAGMA journal_mode = DELETE;\n"
        "PRAGMA cache_size = 1;\n"
        "BEGIN;\n"
        "UPDATE documents SET path = path || '-changed', title = hex(zeroblob(2000));\n"
        "DELETE FROM support;\n"
        ".shell cp '{0}' '{1}' && cp '{0}-journal' '{1}-journal'\n"
        "ROLLBACK;\n",
        path(), copy);
    ASSERT_EQ(test::run_shell(fmt::format("sqlite3 '{}' < '{}'", path(), script.string())).status,
              0);
    ASSERT_TRUE(std::filesystem::exists(copy + "-journal"));

    Database reader(copy, Database::Mode::kReadOnly);
    EXPECT_EQ(reader.stats().documents, 40);
    EXPECT_EQ(reader.stats().evidence, 80);
    for (const auto& row : reader.evidence({"North Korea", Relation::kDeploysTo, "Russia"})) {
        EXPECT_FALSE(row.document.ends_with("-changed")) << row.document;
    }
    EXPECT_FALSE(std::filesystem::exists(copy + "-journal"));
}

TEST_F(DatabaseTest, AnAliasSharedByTwoEntitiesGoesToTheOneInMoreDocuments) {
    Database db(path(), Database::Mode::kReadWrite);
    // "Georgia": the country in three documents, the US state in one; the state is stored
    // first so that insertion order cannot decide.
    const auto with = [](const std::string& hash, const std::string& name) {
        ExtractedDocument doc;
        doc.meta.path = hash + ".txt";
        doc.meta.content_hash = hash;
        doc.meta.bytes = 10;
        doc.entities = {{name, EntityType::kLocation, {"Georgia"}, 1}};
        return doc;
    };
    save(db, {with("s1", "Georgia (U.S. state)"), with("c1", "Georgia (country)"),
              with("c2", "Georgia (country)"), with("c3", "Georgia (country)")});
    EXPECT_EQ(db.resolve_entity("georgia"), "Georgia (country)");
}

// The writer remembers a bounded number of entity and fact ids; past that it looks them up
// again. 20,000 entities and 40,000 facts, each stated twice a long way apart, overrun both.
TEST_F(DatabaseTest, MoreFactsThanTheWriterRemembersAreEachStoredOnceWithTheirEvidence) {
    constexpr int kEntities = 20000;
    constexpr int kPerDocument = 100;
    const auto name = [](const int i) { return fmt::format("Entity {}", i % kEntities); };
    Database db(path(), Database::Mode::kReadWrite);
    for (int round = 0; round < 2; ++round) {
        std::vector<ExtractedDocument> docs;
        for (int first = 0; first < 2 * kEntities; first += kPerDocument) {
            ExtractedDocument doc;
            doc.meta.path = fmt::format("round{}/{}.txt", round, first);
            doc.meta.content_hash = doc.meta.path;
            doc.meta.bytes = 10;
            for (int i = first; i < first + kPerDocument; ++i) {
                const Relation relation = i < kEntities ? Relation::kSupplies : Relation::kFights;
                const std::string sentence =
                    fmt::format("{} {} {}.", name(i), to_string(relation), name(i + 1));
                doc.facts.push_back({name(i), relation, name(i + 1), "rule",
                                     static_cast<std::uint32_t>(i - first), 0, sentence});
                doc.entities.push_back({name(i), EntityType::kCountry, {}, 1});
            }
            docs.push_back(std::move(doc));
        }
        save(db, docs);
    }
    const Stats stats = db.stats();
    EXPECT_EQ(stats.entities, kEntities);
    EXPECT_EQ(stats.facts, 2 * kEntities);
    EXPECT_EQ(stats.evidence, 4 * kEntities);
    // Each sentence names its own fact, so evidence filed under another fact shows.
    const auto misfiled = db.query(
        "SELECT COUNT(*) FROM evidence WHERE sentence <> subject || ' ' || relation || ' ' || "
        "object || '.'");
    EXPECT_EQ(misfiled.rows.at(0).at(0), "0");
    // Every entity is in one document of each round as a subject of each relation: four.
    for (const auto& entity : db.entities(std::nullopt)) {
        ASSERT_EQ(entity.documents, 4) << entity.name;
    }
}

// A name first stored without a type (an unknown name) takes the first type a later document
// gives it, however recently the writer looked it up.
TEST_F(DatabaseTest, AnEntityStoredAsOtherTakesTheTypeALaterDocumentGives) {
    const auto mentioning = [](const std::string& hash, const EntityType type) {
        ExtractedDocument doc;
        doc.meta.path = hash + ".txt";
        doc.meta.content_hash = hash;
        doc.meta.bytes = 10;
        doc.entities = {{"Ana Petrova", type, {}, 1}};
        return doc;
    };
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {mentioning("d1", EntityType::kOther), mentioning("d2", EntityType::kPerson),
              mentioning("d3", EntityType::kOther)});
    const auto entities = db.entities(std::nullopt);
    ASSERT_EQ(entities.size(), 1U);
    EXPECT_EQ(entities[0].type, EntityType::kPerson);
    EXPECT_EQ(entities[0].documents, 3);
}

// The extractor lists each entity once; a record from elsewhere that lists one twice is stored
// as one mention row with both counts, and counts as one document.
TEST_F(DatabaseTest, AnEntityListedTwiceInADocumentIsOneMentionRow) {
    ExtractedDocument doc = document("a.txt", "h1");
    doc.entities.push_back({"Russia", EntityType::kCountry, {}, 4});
    doc.entities.push_back({"Iran", EntityType::kCountry, {}, 0});
    doc.entities.push_back({"Iran", EntityType::kCountry, {}, 1});
    {
        Database db(path(), Database::Mode::kReadWrite);
        save(db, {doc});
        const auto entities = db.entities(std::nullopt);
        ASSERT_EQ(entities.size(), 3U);
        for (const auto& entity : entities) {
            EXPECT_EQ(entity.documents, 1) << entity.name;
        }
    }
    Connection reader(path(), Connection::Mode::kReadOnly);
    Statement count(reader,
                    "SELECT e.name, m.count FROM mentions m JOIN entities e ON e.id = m.entity_id "
                    "ORDER BY e.name");
    std::vector<std::pair<std::string, std::int64_t>> rows;
    while (count.step()) {
        rows.emplace_back(count.column_text(0), count.column_int(1));
    }
    const std::vector<std::pair<std::string, std::int64_t>> expected = {
        {"Iran", 1}, {"North Korea", 2}, {"Russia", 7}};
    EXPECT_EQ(rows, expected);
}

TEST_F(DatabaseTest, PublicViewsHaveTheirDocumentedColumns) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    EXPECT_EQ(db.query("SELECT * FROM facts").columns,
              (std::vector<std::string>{"subject", "subject_type", "relation", "object",
                                        "object_type", "documents", "mentions"}));
    EXPECT_EQ(db.query("SELECT * FROM evidence").columns,
              (std::vector<std::string>{"subject", "relation", "object", "document", "sentence",
                                        "rule"}));
    EXPECT_EQ(db.query("SELECT * FROM entity_names").columns,
              (std::vector<std::string>{"name", "type", "alias"}));
    EXPECT_EQ(db.query("SELECT * FROM evidence").rows.size(), 2U);
}

TEST_F(DatabaseTest, TheSchemaRelationTableMatchesTheOntology) {
    Database db(path(), Database::Mode::kReadWrite);
    const auto result = db.query("SELECT name, symmetric FROM relation_types");
    ASSERT_EQ(result.rows.size(), all_relations().size());
    for (const auto& row : result.rows) {
        const auto relation = parse_relation(*row[0]);
        ASSERT_TRUE(relation) << *row[0];
        EXPECT_EQ(*row[1] == "1", is_symmetric(*relation)) << *row[0];
    }
}

// A reading connection is opened for writing where the file allows (so that SQLite can end
// the -wal and -shm files when it closes), and SQLite itself still refuses every write on it.
TEST_F(DatabaseTest, AReadingConnectionRefusesWrites) {
    {
        Database db(path(), Database::Mode::kReadWrite);
        save(db, {document("a.txt", "h1")});
    }
    Connection reader(path(), Connection::Mode::kReadOnly);
    for (const std::string sql : {"DELETE FROM edges", "INSERT INTO rules (name) VALUES ('x')",
                                  "CREATE TABLE t (x)", "CREATE TEMP TABLE t (x)"}) {
        EXPECT_THROW(reader.exec(sql), Error) << sql;
    }
    Statement count(reader, "SELECT COUNT(*) FROM edges");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.column_int(0), 2);
}

// SQLite's memory statistics cost a mutex and a count per allocation; storage/sqlite.cpp turns
// them off before SQLite's first use, so it reports nothing used.
TEST_F(DatabaseTest, SqliteKeepsNoMemoryStatistics) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    EXPECT_EQ(sqlite3_memory_used(), 0);
}

TEST_F(DatabaseTest, QueriesCannotWrite) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    for (const std::string sql :
         {"DELETE FROM edges", "DROP TABLE edges", "DROP VIEW facts",
          "INSERT INTO entities (name, type) VALUES ('x', 'other')", "UPDATE entities SET name = 'x'",
          "PRAGMA user_version = 7", "ATTACH DATABASE 'other.db' AS other", "VACUUM",
          "CREATE TABLE t (x)", "SELECT load_extension('x')"}) {
        EXPECT_THROW(db.query(sql), Error) << sql;
    }
    EXPECT_THROW(db.query("SELECT 1; DELETE FROM edges"), Error);
    EXPECT_EQ(db.stats().facts, 2);
    EXPECT_EQ(db.query("PRAGMA user_version").rows[0][0], std::to_string(kSchemaVersion));
    EXPECT_FALSE(std::filesystem::exists(dir_ / "other.db"));
}

TEST_F(DatabaseTest, RefusesAFileThatIsNotADatabaseAndLeavesItUntouched) {
    const auto file = dir_.write("notes.db", "These are my notes, not a database.\n");
    EXPECT_THROW(Database(file.string(), Database::Mode::kReadWrite), Error);
    EXPECT_EQ(test::read_file(file), "These are my notes, not a database.\n");
    EXPECT_FALSE(std::filesystem::exists(file.string() + "-wal"));
}

TEST_F(DatabaseTest, RefusesAnotherApplicationsDatabaseAndLeavesItUntouched) {
    const auto file = dir_ / "other.db";
    ASSERT_EQ(test::run_shell("sqlite3 '" + file.string() + "' 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'").status, 0);
    const std::string before = test::read_file(file);
    try {
        Database db(file.string(), Database::Mode::kReadWrite);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("not a kgraph one"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::read_file(file), before);
}

TEST_F(DatabaseTest, RefusesADatabaseFromANewerVersionAndLeavesItUntouched) {
    {
        Database db(path(), Database::Mode::kReadWrite);
    }
    ASSERT_EQ(test::run_shell("sqlite3 '" + path() + "' 'PRAGMA user_version = 99'").status, 0);
    const std::string before = test::read_file(path());
    try {
        Database db(path(), Database::Mode::kReadWrite);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("newer kgraph"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::read_file(path()), before);
}

TEST_F(DatabaseTest, ReadOnlyOpeningNeedsAnExistingDatabase) {
    EXPECT_THROW(Database(path(), Database::Mode::kReadOnly), Error);
    EXPECT_FALSE(std::filesystem::exists(path()));
}

TEST_F(DatabaseTest, LoadsTheGraph) {
    Database db(path(), Database::Mode::kReadWrite);
    save(db, {document("a.txt", "h1")});
    const auto graph = db.load_graph();
    EXPECT_EQ(graph.entity_count(), 2U);
    EXPECT_EQ(graph.fact_count(), 2U);
    ASSERT_TRUE(graph.find("Russia"));
}

}  // namespace
}  // namespace kg::storage
