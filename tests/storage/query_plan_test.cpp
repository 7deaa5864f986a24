// How SQLite runs the reads that match facts by pattern (storage/query_sql.h). On a large
// database only the plan tells a query that looks a name up by index from one that reads every
// fact to find it; these tests keep the first kind: a pattern with a name pinned reaches its
// facts through the indexes on edges, and counts evidence by the key of support.

#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "storage/query_sql.h"
#include "storage/storage.h"
#include "support/test_support.h"

namespace kg::storage {
namespace {

using Kind = Term::Kind;

Term var(const std::string& name) { return {Kind::kVariable, name}; }
Term name(const std::string& canonical) { return {Kind::kEntity, canonical}; }

class QueryPlanTest : public ::testing::Test {
  protected:
    // The lines of EXPLAIN QUERY PLAN for `sql`, one per step.
    std::vector<std::string> plan(const std::string& sql) {
        const QueryResult result = db_.query("EXPLAIN QUERY PLAN " + sql);
        std::vector<std::string> steps;
        for (const auto& row : result.rows) {
            steps.push_back(row.back().value_or(""));
        }
        return steps;
    }

    // Fails for a step that reads all of edges or support, and when no step looks edges up by
    // an index.
    void expect_indexed(const std::string& sql, const std::string& what) {
        static const std::regex full_scan(R"(^SCAN (e\d*|edges|su|support)( |$))");
        static const std::regex edge_search(R"(^SEARCH e\d* USING )");
        bool searched = false;
        const std::vector<std::string> steps = plan(sql);
        for (const auto& step : steps) {
            EXPECT_FALSE(std::regex_search(step, full_scan)) << what << ": " << step;
            searched = searched || std::regex_search(step, edge_search);
        }
        EXPECT_TRUE(searched) << what << ": no step looks edges up by an index";
    }

    // In a file: Database::query() reads through a connection of its own, as `kgraph sql` does.
    test::TempDir dir_;
    Database db_{(dir_ / "kg.db").string(), Database::Mode::kReadWrite};
};

TEST_F(QueryPlanTest, APinnedNameIsLookedUpByIndex) {
    const std::vector<std::pair<std::string, QueryPattern>> shapes{
        {"subject", {name("Russia"), {}, Term{}}},
        {"object", {Term{}, {}, name("Russia")}},
        {"both ends", {name("Iran"), {}, name("Russia")}},
        {"subject and a relation", {name("Russia"), {Relation::kSupplies}, Term{}}},
        {"object and a symmetric relation", {Term{}, {Relation::kAlliedWith}, name("Russia")}},
        {"object and two relations",
         {Term{}, {Relation::kSupplies, Relation::kMeetsWith}, name("Russia")}},
    };
    for (const auto& [what, pattern] : shapes) {
        expect_indexed(match_sql({pattern}, false).sql, what);
        expect_indexed(match_sql({pattern}, true).sql, what + ", dated");
    }
}

TEST_F(QueryPlanTest, AJoinOnAVariableFollowsTheIndexesFromThePinnedName) {
    expect_indexed(match_sql({{var("a"), {Relation::kSupplies}, var("b")},
                              {var("b"), {Relation::kThreatens}, name("United States")}},
                             false)
                       .sql,
                   "a chain to a name");
    expect_indexed(match_sql({{var("a"), {Relation::kCooperatesWith}, var("b")},
                              {var("b"), {Relation::kCooperatesWith}, name("Russia")}},
                             true)
                       .sql,
                   "a chain of symmetric facts, dated");
    expect_indexed(
        match_sql({{var("x"), {}, name("Iran")}, {var("x"), {}, name("Russia")}}, false).sql,
        "two patterns sharing a variable, any relation");
}

TEST_F(QueryPlanTest, TheEvidenceOfAFactIsLookedUpByIndex) {
    expect_indexed(evidence_sql({"Russia", Relation::kAlliedWith, "North Korea"}), "a fact");
    expect_indexed(evidence_sql({"Russia", std::nullopt, std::nullopt}), "a subject");
    expect_indexed(evidence_sql({std::nullopt, Relation::kSupplies, "Russia"}), "an object");
}

// The arms of a query are its ways of reading symmetric facts: each pattern that may turn a
// fact round doubles them (a pattern on a symmetric relation or on any relation, with an end
// pinned); a pattern whose relations are all directed or whose ends are both free does not.
TEST_F(QueryPlanTest, OnlyPatternsThatMayTurnAFactRoundAddArms) {
    const auto arms = [](const std::string& sql) {
        std::size_t n = 1;
        for (std::size_t at = sql.find("UNION ALL"); at != std::string::npos;
             at = sql.find("UNION ALL", at + 1)) {
            ++n;
        }
        return n;
    };
    EXPECT_EQ(arms(match_sql({{name("Russia"), {Relation::kSupplies}, Term{}}}, false).sql), 1U);
    EXPECT_EQ(arms(match_sql({{name("Russia"), {Relation::kMeetsWith}, Term{}}}, false).sql), 2U);
    EXPECT_EQ(arms(match_sql({{name("Russia"), {}, Term{}}}, false).sql), 2U);
    EXPECT_EQ(arms(match_sql({{var("a"), {Relation::kMeetsWith}, var("b")},
                              {var("b"), {Relation::kAlliedWith}, name("Iran")}},
                             false)
                       .sql),
              4U);
    EXPECT_EQ(arms(match_sql({{var("a"), {Relation::kSupplies}, var("b")},
                              {var("b"), {Relation::kAlliedWith}, name("Iran")}},
                             false)
                       .sql),
              2U);
}

// Counted once a fact, in a join where a fact can be in many rows: a cycle of seven patterns,
// counted in every row, took thirty times as long.
TEST_F(QueryPlanTest, AJoinCountsEachFactOnce) {
    const std::string sql = match_sql({{var("a"), {Relation::kSupplies}, var("b")},
                                       {var("b"), {Relation::kMeetsWith}, name("Iran")}},
                                      true)
                                .sql;
    std::size_t counts = 0;
    for (std::size_t at = sql.find("COUNT(DISTINCT"); at != std::string::npos;
         at = sql.find("COUNT(DISTINCT", at + 1)) {
        ++counts;
    }
    EXPECT_EQ(counts, 1U) << sql;
}

// A query that names nothing and lists no relation reads every fact: through the view, whose
// one pass over the evidence counts it all.
TEST_F(QueryPlanTest, AQueryOfEveryFactReadsTheView) {
    EXPECT_NE(match_sql({{Term{}, {}, Term{}}}, false).sql.find("oriented"), std::string::npos);
    EXPECT_NE(
        match_sql({{var("a"), {}, var("b")}, {var("b"), {}, Term{}}}, true).sql.find("oriented"),
        std::string::npos);
    EXPECT_EQ(match_sql({{Term{}, {Relation::kSupplies}, Term{}}}, false).sql.find("oriented"),
              std::string::npos);
}

// Past two patterns, a query reads one view of both readings instead of arms: each arm is a
// join SQLite orders without statistics, and through a hub between two names it can walk every
// fact of the hub.
TEST_F(QueryPlanTest, QueriesOfMoreThanTwoPatternsReadOneView) {
    std::vector<QueryPattern> patterns{{var("a"), {}, name("Iran")}, {var("a"), {}, var("b")}};
    EXPECT_EQ(match_sql(patterns, false).sql.find("oriented"), std::string::npos);
    patterns.push_back({var("b"), {}, name("Russia")});
    const std::string sql = match_sql(patterns, false).sql;
    EXPECT_NE(sql.find("oriented"), std::string::npos);
    EXPECT_NO_THROW(plan(sql));
    // And the most a query takes: eight patterns, each of which may turn a fact round.
    patterns.resize(kMaxPatterns, {var("a"), {Relation::kMeetsWith}, var("b")});
    EXPECT_NO_THROW(plan(match_sql(patterns, true).sql));
    patterns.push_back({var("a"), {}, var("b")});
    EXPECT_THROW(match_sql(patterns, false), Error);
}

}  // namespace
}  // namespace kg::storage
