#include "cli/evaluation.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "support/test_support.h"

namespace kg::cli {
namespace {

TEST(ReadGold, ReadsRowsAfterTheHeader) {
    const auto gold = read_gold("g.tsv",
                                "doc\tsubject\trelation\tobject\n"
                                "a\tNorth Korea\tdeploys-to\tRussia\n\n# note\n"
                                "b\tRussia\tallied-with\tIran\r\n");
    ASSERT_EQ(gold.size(), 2U);
    EXPECT_EQ(gold[0], (ScoredFact{"a", "North Korea", Relation::kDeploysTo, "Russia"}));
    EXPECT_EQ(gold[1].object, "Iran");
}

TEST(ReadGold, NamesTheLineOfABadRow) {
    try {
        read_gold("g.tsv", "doc\tsubject\trelation\tobject\na\tX\tattacks\tY\n");
        FAIL();
    } catch (const kg::Error& e) {
        EXPECT_NE(std::string(e.what()).find("g.tsv:2: unknown relation 'attacks'"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW(read_gold("g.tsv", "a\tX\tfights\n"), kg::Error);
}

// Spreadsheets save UTF-8 with a byte-order mark before the header.
TEST(ReadGold, ReadsPastAByteOrderMark) {
    const auto marked = read_gold("g.tsv", "\xEF\xBB\xBF" "doc\tsubject\trelation\tobject\n"
                                           "a\tX\tfights\tY\n");
    ASSERT_EQ(marked.size(), 1U);
    EXPECT_EQ(marked[0].doc, "a");
}

TEST(Score, MatchesSymmetricFactsEitherWayAndCountsPerDocument) {
    const std::vector<ScoredFact> gold{{"a", "Russia", Relation::kAlliedWith, "Iran"},
                                       {"a", "Russia", Relation::kFights, "Ukraine"},
                                       {"b", "Russia", Relation::kFights, "Ukraine"}};
    const std::vector<ScoredFact> predicted{{"a", "Iran", Relation::kAlliedWith, "Russia"},
                                            {"a", "Russia", Relation::kFights, "Ukraine"},
                                            {"a", "Russia", Relation::kFights, "Ukraine"},
                                            {"a", "Ukraine", Relation::kFights, "Russia"}};
    const Score s = score(gold, predicted);
    EXPECT_EQ(s.overall.gold, 3);
    EXPECT_EQ(s.overall.predicted, 3);  // duplicates count once
    EXPECT_EQ(s.overall.correct, 2);
    EXPECT_DOUBLE_EQ(s.overall.precision(), 2.0 / 3);
    EXPECT_DOUBLE_EQ(s.overall.recall(), 2.0 / 3);
    ASSERT_EQ(s.missed.size(), 1U);
    EXPECT_EQ(s.missed[0].doc, "b");
    ASSERT_EQ(s.spurious.size(), 1U);
    EXPECT_EQ(s.spurious[0].subject, "Ukraine");  // fights is not symmetric
    EXPECT_EQ(s.by_relation.at(Relation::kAlliedWith).correct, 1);
}

TEST(Score, EmptyCountsScoreZeroNotNaN) {
    const Score s = score({}, {});
    EXPECT_EQ(s.overall.f1(), 0.0);
}

TEST(DocumentKey, IsTheFileNameWithoutExtension) {
    EXPECT_EQ(document_key("data/eval/dev/d01-wire.txt"), "d01-wire");
    EXPECT_EQ(document_key("pasted"), "pasted");
}

// Ingests dir/docs into dir/kg.db, then scores it against dir/gold.tsv: the JSON report.
nlohmann::json ingest_and_eval(const test::TempDir& dir) {
    const std::string db = (dir / "kg.db").string();
    const auto ingest = test::run_kgraph({"ingest", "--db", db, (dir / "docs").string()});
    EXPECT_EQ(ingest.status, 0) << ingest.err;
    const auto r =
        test::run_kgraph({"eval", "--db", db, (dir / "gold.tsv").string(), "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

TEST(EvalCommand, ScoresTheDatabaseAgainstAGoldFile) {
    test::TempDir dir;
    dir.write("docs/a.txt", "North Korean troops deployed to Russia. Iran sanctioned Ukraine.");
    dir.write("gold.tsv",
              "doc\tsubject\trelation\tobject\n"
              "a\tNorth Korea\tdeploys-to\tRussia\n"
              "a\tDPRK\tsupplies\tMoscow\n");  // aliases resolve
    auto json = ingest_and_eval(dir);  // not const: a missing key reads as null
    const std::string db = (dir / "kg.db").string();
    EXPECT_EQ(json["overall"]["gold"], 2);
    EXPECT_EQ(json["overall"]["predicted"], 2);
    EXPECT_EQ(json["overall"]["correct"], 1);
    ASSERT_EQ(json["missed"].size(), 1U);
    EXPECT_EQ(json["missed"][0]["subject"], "North Korea");
    EXPECT_EQ(json["missed"][0]["relation"], "supplies");
    ASSERT_EQ(json["spurious"].size(), 1U);
    EXPECT_EQ(json["spurious"][0]["relation"], "sanctions");
    const auto table = test::run_kgraph({"eval", "--db", db, (dir / "gold.tsv").string(),
                                         "--format", "table"});
    EXPECT_NE(table.out.find("Spurious (1):"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("sanction."), std::string::npos) << "the rule is shown";

    // Documents are scored by file name: two of one name in different folders are one document,
    // and a warning says so.
    dir.write("more/a.txt", "Iran supplied drones to Russia.");
    ASSERT_EQ(test::run_kgraph({"ingest", "--db", db, (dir / "more").string()}).status, 0);
    const auto merged = test::run_kgraph({"eval", "--db", db, (dir / "gold.tsv").string()});
    EXPECT_EQ(merged.status, 0) << merged.err;
    EXPECT_NE(merged.err.find("are both scored as document 'a'"), std::string::npos)
        << merged.err;

    // A gold file with a header and nothing else scores nothing: an error, not zeros.
    dir.write("empty.tsv", "doc\tsubject\trelation\tobject\n# none yet\n");
    const auto empty = test::run_kgraph({"eval", "--db", db, (dir / "empty.tsv").string()});
    EXPECT_EQ(empty.status, 1) << empty.out;
    EXPECT_NE(empty.err.find("empty.tsv: no gold facts"), std::string::npos) << empty.err;
    EXPECT_EQ(empty.out, "");
}

TEST(EvalCommand, ADocumentWithNoFactsIsStillInTheDatabase) {
    test::TempDir dir;
    dir.write("docs/quiet.txt", "Nothing happened in the capital today.");
    dir.write("gold.tsv",
              "doc\tsubject\trelation\tobject\n"
              "quiet\tRussia\tfights\tUkraine\n"
              "absent\tIran\tsupplies\tRussia\n");
    auto json = ingest_and_eval(dir);  // not const: a missing key reads as null
    EXPECT_EQ(json["documents"], 2);
    EXPECT_EQ(json["documents_missing"], 1) << "only 'absent' is missing";
}

TEST(EvalCommand, GoldNamesWithoutAccentsMatchTheNamesAsWritten) {
    test::TempDir dir;
    dir.write("docs/a.txt", "Jana Nováková, the group's spokeswoman, met Kenyan officials.");
    dir.write("gold.tsv",
              "doc\tsubject\trelation\tobject\n"
              "a\tJana Novakova\tmeets-with\tKenya\n");
    auto json = ingest_and_eval(dir);  // not const: a missing key reads as null
    EXPECT_EQ(json["overall"]["correct"], 1) << json.dump();
}

}  // namespace
}  // namespace kg::cli
