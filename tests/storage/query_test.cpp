// Joins of triple patterns, date ranges and the filtered graph load, on a small database in
// memory: three documents, two dated and one not.

#include <gtest/gtest.h>

#include "storage/storage.h"

namespace kg::storage {
namespace {

using Kind = Term::Kind;

struct Fact {
    std::string subject;
    Relation relation;
    std::string object;
};

// Sentence n of `path`, as the evidence tests expect to read it back.
std::string sentence_text(const std::string& path, const std::uint32_t n) {
    return path + " sentence " + std::to_string(n);
}

ExtractedDocument document(const std::string& path, const std::string& date,
                           const std::vector<Fact>& facts) {
    ExtractedDocument doc;
    doc.meta.path = path;
    doc.meta.content_hash = "hash-" + path;
    doc.meta.date = date;
    doc.meta.bytes = 100;
    for (const std::string name : {"North Korea", "Russia", "Iran", "United States", "Ukraine"}) {
        doc.entities.push_back({name, EntityType::kCountry, {}, 1});
    }
    std::uint32_t sentence = 0;
    for (const auto& f : facts) {
        doc.facts.push_back({f.subject, f.relation, f.object, "test.rule", sentence, sentence * 10,
                             sentence_text(path, sentence)});
        ++sentence;
    }
    return doc;
}

class QueryTest : public ::testing::Test {
protected:
    void SetUp() override {
        Database::Batch batch(db_);
        db_.save(document("a.txt", "2024-10-01",
                          {{"Russia", Relation::kSupplies, "North Korea"},
                           {"North Korea", Relation::kThreatens, "United States"},
                           {"Russia", Relation::kAlliedWith, "North Korea"}}));
        db_.save(document("b.txt", "2024-11-01",
                          {{"Iran", Relation::kSupplies, "Russia"},
                           {"Russia", Relation::kThreatens, "United States"},
                           {"North Korea", Relation::kAlliedWith, "Russia"}}));
        db_.save(document(
            "c.txt", "",
            {{"Iran", Relation::kSupports, "Russia"}, {"Russia", Relation::kFights, "Ukraine"}}));
        batch.commit();
    }

    static Term var(const std::string& name) { return {Kind::kVariable, name}; }
    static Term name(const std::string& canonical) { return {Kind::kEntity, canonical}; }

    // Each row as "a=X b=Y | S r O (documents) | ...".
    std::vector<std::string> rows(const std::vector<QueryPattern>& patterns,
                                  const DateRange& dates = {}, const std::size_t limit = 0) {
        const Matches matches = db_.match(patterns, dates, limit);
        std::vector<std::string> out;
        for (const auto& row : matches.rows) {
            std::string text;
            for (std::size_t i = 0; i < row.values.size(); ++i) {
                text += matches.variables[i] + "=" + row.values[i] + " ";
            }
            for (const auto& f : row.facts) {
                text += "| " + f.subject + " " + std::string(to_string(f.relation)) + " " +
                        f.object + " (" + std::to_string(f.documents) + ") ";
            }
            out.push_back(text.substr(0, text.size() - 1));
        }
        return out;
    }

    Database db_{":memory:", Database::Mode::kReadWrite};
};

TEST_F(QueryTest, JoinsPatternsOnSharedVariables) {
    EXPECT_EQ(rows({{var("a"), {Relation::kSupplies}, var("b")},
                    {var("b"), {Relation::kThreatens}, name("United States")}}),
              (std::vector<std::string>{
                  "a=Iran b=Russia | Iran supplies Russia (1) | Russia threatens United States (1)",
                  "a=Russia b=North Korea | Russia supplies North Korea (1) | North Korea "
                  "threatens United States (1)"}));
    EXPECT_EQ(rows({{var("a"), {Relation::kSupplies}, var("b")},
                    {var("b"), {Relation::kSupplies}, var("c")}}),
              (std::vector<std::string>{"a=Iran b=Russia c=North Korea | Iran supplies Russia (1) "
                                        "| Russia supplies North Korea (1)"}));
    EXPECT_EQ(db_.match({{var("a"), {}, var("b")}}, {}, 0).variables,
              (std::vector<std::string>{"a", "b"}));
}

TEST_F(QueryTest, ARelationListMatchesAnyOfItsRelations) {
    EXPECT_EQ(
        rows({{Term{}, {Relation::kSupplies, Relation::kSupports}, name("Russia")}}),
        (std::vector<std::string>{"| Iran supplies Russia (1)", "| Iran supports Russia (1)"}));
    EXPECT_EQ(rows({{name("Russia"), {}, name("Ukraine")}}),
              (std::vector<std::string>{"| Russia fights Ukraine (1)"}));
}

TEST_F(QueryTest, ASymmetricFactMatchesFromEitherEndButIsListedOnceWhenNothingPinsIt) {
    // Saved once from each side, stored once in canonical order, stated by two documents.
    EXPECT_EQ(rows({{Term{}, {Relation::kAlliedWith}, Term{}}}),
              (std::vector<std::string>{"| North Korea allied-with Russia (2)"}));
    EXPECT_EQ(
        rows({{var("x"), {Relation::kAlliedWith}, var("y")}}),
        (std::vector<std::string>{"x=North Korea y=Russia | North Korea allied-with Russia (2)"}));
    EXPECT_EQ(rows({{name("Russia"), {Relation::kAlliedWith}, Term{}}}),
              (std::vector<std::string>{"| Russia allied-with North Korea (2)"}));
    // A variable shared with another pattern pins it: both ways round take part in the join.
    EXPECT_EQ(rows({{var("a"), {Relation::kAlliedWith}, var("b")},
                    {var("b"), {Relation::kThreatens}, name("United States")}}),
              (std::vector<std::string>{
                  "a=North Korea b=Russia | North Korea allied-with Russia (2) | Russia threatens "
                  "United States (1)",
                  "a=Russia b=North Korea | Russia allied-with North Korea (2) | North Korea "
                  "threatens United States (1)"}));
}

// Queries of more than two patterns go through the view of both readings (storage/query_sql.cpp)
// instead of arms: symmetric facts still match from either end, and dates still count.
TEST_F(QueryTest, ManyPatternsOnSymmetricFactsMatchBothWaysRound) {
    const std::string nk_ru = "| North Korea allied-with Russia (2)";
    const std::string ru_nk = "| Russia allied-with North Korea (2)";
    EXPECT_EQ(rows({{var("a"), {Relation::kAlliedWith}, var("b")},
                    {var("b"), {Relation::kAlliedWith}, var("c")},
                    {var("c"), {Relation::kAlliedWith}, var("d")},
                    {var("d"), {Relation::kAlliedWith}, var("a")}}),
              (std::vector<std::string>{
                  "a=North Korea b=Russia c=North Korea d=Russia " + nk_ru + " " + ru_nk + " " +
                      nk_ru + " " + ru_nk,
                  "a=Russia b=North Korea c=Russia d=North Korea " + ru_nk + " " + nk_ru + " " +
                      ru_nk + " " + nk_ru}));
    // With dates, only a.txt's evidence counts, so only North Korea threatens the United
    // States, and the chains to it alternate between Russia and North Korea.
    const auto dated = rows({{var("a"), {}, var("b")},
                             {var("b"), {}, var("c")},
                             {var("c"), {}, var("d")},
                             {var("d"), {Relation::kThreatens}, name("United States")}},
                            {std::nullopt, "2024-10-15"});
    ASSERT_FALSE(dated.empty());
    EXPECT_EQ(dated.front(),
              "a=Russia b=North Korea c=Russia d=North Korea | Russia allied-with North Korea (1) "
              "| North Korea allied-with Russia (1) | Russia allied-with North Korea (1) | North "
              "Korea threatens United States (1)");
    for (const auto& row : dated) {
        EXPECT_EQ(row.find("Russia threatens"), std::string::npos) << row;
        EXPECT_EQ(row.find("(2)"), std::string::npos) << row;
    }
}

TEST_F(QueryTest, APatternOnAnyRelationTurnsOnlySymmetricFactsRound) {
    // Iran supplies and supports Russia: directed, so not facts with Russia as their subject.
    EXPECT_EQ(rows({{name("Russia"), {}, Term{}}}),
              (std::vector<std::string>{"| Russia allied-with North Korea (2)",
                                        "| Russia fights Ukraine (1)",
                                        "| Russia supplies North Korea (1)",
                                        "| Russia threatens United States (1)"}));
}

TEST_F(QueryTest, AJoinOfTwoPatternsCountsOnlyEvidenceInTheDateRange) {
    const std::vector<QueryPattern> patterns{
        {var("a"), {Relation::kAlliedWith}, var("b")},
        {var("b"), {Relation::kThreatens}, name("United States")}};
    EXPECT_EQ(rows(patterns, {std::nullopt, "2024-10-15"}),
              (std::vector<std::string>{"a=Russia b=North Korea | Russia allied-with North Korea "
                                        "(1) | North Korea threatens United States (1)"}));
    EXPECT_EQ(rows(patterns, {"2024-10-15", std::nullopt}),
              (std::vector<std::string>{"a=North Korea b=Russia | North Korea allied-with Russia "
                                        "(1) | Russia threatens United States (1)"}));
}

// A pattern whose ends are both free lists each symmetric fact once, also beside others that
// share variables, in a query of three patterns (read through the view).
TEST_F(QueryTest, AFreePatternInALongQueryListsASymmetricFactOnce) {
    const std::vector<QueryPattern> two{{var("a"), {Relation::kAlliedWith}, var("b")},
                                        {var("b"), {Relation::kThreatens}, var("c")}};
    std::vector<QueryPattern> three = two;
    three.push_back({Term{}, {Relation::kAlliedWith}, Term{}});
    const auto joined = rows(two);
    ASSERT_EQ(joined.size(), 2U);
    const auto crossed = rows(three);
    ASSERT_EQ(crossed.size(), joined.size());
    for (const auto& row : crossed) {
        EXPECT_NE(row.find("| North Korea allied-with Russia (2)", row.rfind('|') - 1),
                  std::string::npos)
            << row;
    }
}

TEST_F(QueryTest, AVariableUsedTwiceInOnePatternMeansTheSameEntity) {
    EXPECT_TRUE(rows({{var("a"), {}, var("a")}}).empty());
}

TEST_F(QueryTest, StrongestFirstAndLimited) {
    const auto all = rows({{Term{}, {}, Term{}}});
    ASSERT_EQ(all.size(), 7U);
    EXPECT_EQ(all.front(), "| North Korea allied-with Russia (2)");
    EXPECT_EQ(rows({{Term{}, {}, Term{}}}, {}, 2),
              (std::vector<std::string>(all.begin(), all.begin() + 2)));
}

TEST_F(QueryTest, NamesAreBoundNotSplicedIntoTheSql) {
    for (const std::string hostile :
         {"x' OR '1'='1", "Russia'); DROP TABLE edges; --", "\" OR 1=1 --"}) {
        EXPECT_TRUE(rows({{name(hostile), {}, Term{}}}).empty()) << hostile;
    }
    EXPECT_THROW(db_.match({}, {}, 0), Error);
    EXPECT_EQ(db_.stats().facts, 7);
}

TEST_F(QueryTest, DatesKeepOnlyEvidenceFromDocumentsInRange) {
    const auto since = db_.facts({}, {"2024-10-15", std::nullopt});
    ASSERT_EQ(since.size(), 3U);  // b.txt's; c.txt has no date, so it is out
    for (const auto& f : since) {
        EXPECT_EQ(f.documents, 1) << f.subject << " " << f.object;
    }
    EXPECT_EQ(db_.facts({}, {std::nullopt, "2024-10-01"}).size(), 3U);  // a.txt's, ends included
    EXPECT_EQ(db_.facts({}, {"2024-10-02", "2024-10-31"}).size(), 0U);
    EXPECT_EQ(db_.facts({}).size(), 7U);
    EXPECT_EQ(rows({{var("a"), {Relation::kSupplies}, var("b")},
                    {var("b"), {Relation::kThreatens}, name("United States")}},
                   {std::nullopt, "2024-10-31"}),
              (std::vector<std::string>{"a=Russia b=North Korea | Russia supplies North Korea (1) "
                                        "| North Korea threatens United States (1)"}));
}

TEST_F(QueryTest, LoadsTheGraphWithDatesAndTheFirstSentenceOfEachFactWhenAsked) {
    GraphFilter with_evidence;
    with_evidence.evidence = true;
    const auto graph = db_.load_graph(with_evidence);
    EXPECT_EQ(graph.entity_count(), 5U);
    EXPECT_EQ(graph.fact_count(), 7U);
    const auto& g = graph.boost_graph();
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto& f = g[e];
        if (f.relation == Relation::kAlliedWith) {
            EXPECT_EQ(f.documents, 2U);
            EXPECT_EQ(f.mentions, 2U);
            EXPECT_EQ(graph::date_text(f.first_date), "2024-10-01");
            EXPECT_EQ(graph::date_text(f.last_date), "2024-11-01");
            EXPECT_EQ(graph.evidence(f), "a.txt sentence 2");  // the earlier document's
        }
        if (f.relation == Relation::kFights) {
            EXPECT_EQ(f.first_date, 0U);
            EXPECT_EQ(graph.evidence(f), "c.txt sentence 1");
        }
    }
    // For walks the sentences stay in the database; everything else is the same.
    const auto lean = db_.load_graph();
    ASSERT_EQ(lean.fact_count(), 7U);
    const auto& l = lean.boost_graph();
    for (const auto e : boost::make_iterator_range(boost::edges(l))) {
        EXPECT_EQ(lean.evidence(l[e]), "");
        if (l[e].relation == Relation::kAlliedWith) {
            EXPECT_EQ(l[e].documents, 2U);
            EXPECT_EQ(graph::date_text(l[e].first_date), "2024-10-01");
        }
    }
}

TEST_F(QueryTest, LoadsTheGraphCutByRelationDateAndSupport) {
    GraphFilter filter;
    filter.relations = {Relation::kSupplies, Relation::kFights};
    auto graph = db_.load_graph(filter);
    EXPECT_EQ(graph.fact_count(), 3U);
    EXPECT_EQ(graph.entity_count(), 5U) << "every entity stays, so names still resolve";

    filter = {};
    filter.evidence = true;
    filter.dates.since = "2024-10-15";
    graph = db_.load_graph(filter);
    EXPECT_EQ(graph.fact_count(), 3U);
    const auto& g = graph.boost_graph();
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        EXPECT_EQ(g[e].documents, 1U);
        EXPECT_EQ(graph::date_text(g[e].first_date), "2024-11-01");
        EXPECT_EQ(graph.evidence(g[e]).substr(0, 5), "b.txt");
    }

    filter = {};
    filter.min_documents = 2;
    graph = db_.load_graph(filter);
    ASSERT_EQ(graph.fact_count(), 1U);
    EXPECT_EQ(graph.boost_graph()[*boost::edges(graph.boost_graph()).first].relation,
              Relation::kAlliedWith);
}

}  // namespace
}  // namespace kg::storage
