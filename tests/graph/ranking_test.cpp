#include <numeric>

#include <gtest/gtest.h>

#include "graph/graph.h"

namespace kg::graph {
namespace {

// A star around Hub (A, B, C state facts about it) and a separate pair D - E; F has no fact.
KnowledgeGraph star_and_pair() {
    KnowledgeGraph g;
    const auto hub = g.add_entity("Hub", EntityType::kCountry);
    const auto a = g.add_entity("A", EntityType::kCountry);
    const auto b = g.add_entity("B", EntityType::kCountry);
    const auto c = g.add_entity("C", EntityType::kPerson);
    const auto d = g.add_entity("D", EntityType::kCountry);
    const auto e = g.add_entity("E", EntityType::kCountry);
    g.add_entity("F", EntityType::kCountry);
    g.add_fact(a, Relation::kSupplies, hub, 1, 1);
    g.add_fact(b, Relation::kSupports, hub, 1, 1);
    g.add_fact(c, Relation::kLeads, hub, 1, 1);
    g.add_fact(d, Relation::kMeetsWith, e, 1, 1);
    return g;
}

// A - B - C - D - E in a line.
KnowledgeGraph line() {
    KnowledgeGraph g;
    std::vector<Vertex> v;
    for (const std::string name : {"A", "B", "C", "D", "E"}) {
        v.push_back(g.add_entity(name, EntityType::kCountry));
    }
    for (std::size_t i = 0; i + 1 < v.size(); ++i) {
        g.add_fact(v[i], Relation::kFights, v[i + 1], 1, 1);
    }
    return g;
}

std::vector<std::string> names(const std::vector<Ranked>& ranked) {
    std::vector<std::string> out;
    for (const auto& r : ranked) {
        out.push_back(r.name);
    }
    return out;
}

TEST(Rank, DegreeCountsFactsAndLeavesEntitiesWithoutFactsOut) {
    const auto ranked = rank(star_and_pair(), Centrality::kDegree);
    EXPECT_EQ(names(ranked), (std::vector<std::string>{"Hub", "A", "B", "C", "D", "E"}));
    EXPECT_EQ(ranked[0].score, 3.0);
    EXPECT_EQ(ranked[0].facts, 3U);
    EXPECT_EQ(ranked[0].type, EntityType::kCountry);
    EXPECT_EQ(ranked[1].score, 1.0);  // ties by name
}

TEST(Rank, AFactAboutItselfCountsOnceInTheDegree) {
    KnowledgeGraph g;
    const auto a = g.add_entity("A", EntityType::kCountry);
    const auto b = g.add_entity("B", EntityType::kCountry);
    g.add_fact(a, Relation::kCriticizes, a, 1, 1);
    g.add_fact(a, Relation::kSupplies, b, 1, 1);
    const auto ranked = rank(g, Centrality::kDegree);
    ASSERT_EQ(ranked.size(), 2U);
    EXPECT_EQ(ranked[0].facts, 2U);
    EXPECT_EQ(ranked[1].facts, 1U);
}

TEST(Rank, PageRankFavoursWhatFactsPointAtAndSumsToOne) {
    const auto ranked = rank(star_and_pair(), Centrality::kPageRank);
    ASSERT_EQ(ranked.size(), 6U);
    const double total =
        std::accumulate(ranked.begin(), ranked.end(), 0.0,
                        [](const double sum, const Ranked& r) { return sum + r.score; });
    EXPECT_NEAR(total, 1.0, 1e-9);
    // The meeting is symmetric, so D and E rank alike; A, B and C point at Hub and rank alike.
    const auto score_of = [&](const std::string& name) {
        return std::find_if(ranked.begin(), ranked.end(),
                            [&](const Ranked& r) { return r.name == name; })
            ->score;
    };
    EXPECT_NEAR(score_of("D"), score_of("E"), 1e-12);
    EXPECT_NEAR(score_of("A"), score_of("C"), 1e-12);
    EXPECT_GT(score_of("Hub"), 3 * score_of("A"));
}

TEST(Rank, BetweennessIsTheShareOfShortestPathsThroughAnEntity) {
    const auto ranked = rank(line(), Centrality::kBetweenness);
    EXPECT_EQ(names(ranked), (std::vector<std::string>{"C", "B", "D", "A", "E"}));
    // Of the 6 pairs among the other four, C lies between 4: A-D, A-E, B-D, B-E.
    EXPECT_NEAR(ranked[0].score, 4.0 / 6.0, 1e-12);
    EXPECT_NEAR(ranked[1].score, 3.0 / 6.0, 1e-12);
    EXPECT_EQ(ranked[3].score, 0.0);
    const auto star = rank(star_and_pair(), Centrality::kBetweenness);
    EXPECT_EQ(star[0].name, "Hub");
}

TEST(Rank, ParallelFactsDoNotMakeAnEntityMoreBetween) {
    KnowledgeGraph g = line();
    g.add_fact(*g.find("A"), Relation::kThreatens, *g.find("B"), 1, 1);
    EXPECT_NEAR(rank(g, Centrality::kBetweenness)[0].score, 4.0 / 6.0, 1e-12);
}

TEST(Rank, AnEmptyGraphRanksNobody) {
    KnowledgeGraph g;
    g.add_entity("Alone", EntityType::kCountry);
    for (const auto c : {Centrality::kDegree, Centrality::kPageRank, Centrality::kBetweenness}) {
        EXPECT_TRUE(rank(g, c).empty());
    }
}

TEST(Components, GroupsConnectedEntitiesLargestFirst) {
    const auto groups = components(star_and_pair());
    ASSERT_EQ(groups.size(), 2U);
    EXPECT_EQ(groups[0].members, (std::vector<std::string>{"A", "B", "C", "Hub"}));
    EXPECT_EQ(groups[0].facts, 3U);
    EXPECT_EQ(groups[1].members, (std::vector<std::string>{"D", "E"}));
    EXPECT_EQ(groups[1].facts, 1U);
    EXPECT_EQ(components(line()).size(), 1U);
}

}  // namespace
}  // namespace kg::graph
