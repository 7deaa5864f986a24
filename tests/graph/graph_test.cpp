#include "graph/graph.h"

#include <gtest/gtest.h>

#include <sstream>

#include <boost/graph/graphviz.hpp>

#include "support/test_support.h"

namespace kg::graph {
namespace {

// Iran -supplies-> Russia -fights-> Ukraine; North Korea -allied-with- Russia;
// Mark Rutte -leads-> NATO; Mark Rutte -warns-of-> Russia. China stands alone.
KnowledgeGraph sample() {
    KnowledgeGraph g;
    const auto iran = g.add_entity("Iran", EntityType::kCountry);
    const auto russia = g.add_entity("Russia", EntityType::kCountry);
    const auto ukraine = g.add_entity("Ukraine", EntityType::kCountry);
    const auto nk = g.add_entity("North Korea", EntityType::kCountry);
    const auto rutte = g.add_entity("Mark Rutte", EntityType::kPerson);
    const auto nato = g.add_entity("NATO", EntityType::kOrganization);
    g.add_entity("China", EntityType::kCountry);
    g.add_fact(iran, Relation::kSupplies, russia, 2, 3);
    g.add_fact(russia, Relation::kFights, ukraine, 5, 9);
    g.add_fact(nk, Relation::kAlliedWith, russia, 1, 1);
    g.add_fact(rutte, Relation::kLeads, nato, 4, 4);
    g.add_fact(rutte, Relation::kWarnsOf, russia, 1, 2);
    return g;
}

TEST(KnowledgeGraph, AddsEachNameOnce) {
    KnowledgeGraph g;
    const auto a = g.add_entity("Russia", EntityType::kCountry);
    EXPECT_EQ(g.add_entity("Russia", EntityType::kCountry), a);
    EXPECT_EQ(g.entity_count(), 1U);
    EXPECT_EQ(g.find("Russia"), a);
    EXPECT_FALSE(g.find("russia"));
}

TEST(Neighbors, FollowsFactsBothWaysByDepth) {
    const auto g = sample();
    const auto one = neighbors(g, "Iran", 1);
    ASSERT_EQ(one.size(), 1U);
    EXPECT_EQ(one[0].name, "Russia");
    EXPECT_EQ(one[0].via.relation, Relation::kSupplies);
    const auto two = neighbors(g, "Iran", 2);
    std::vector<std::string> names;
    for (const auto& n : two) {
        names.push_back(n.name + "@" + std::to_string(n.depth));
    }
    EXPECT_EQ(names, (std::vector<std::string>{"Russia@1", "Mark Rutte@2", "North Korea@2",
                                               "Ukraine@2"}));
    EXPECT_THROW(neighbors(g, "Atlantis", 1), Error);
    EXPECT_THROW(neighbors(g, "Iran", 0), Error);
}

TEST(ShortestPath, FindsAChainIgnoringDirection) {
    const auto g = sample();
    const auto path = shortest_path(g, "Iran", "NATO");
    ASSERT_TRUE(path);
    ASSERT_EQ(path->size(), 3U);
    EXPECT_EQ((*path)[0].from, "Iran");
    EXPECT_EQ((*path)[0].to, "Russia");
    EXPECT_EQ((*path)[1].subject, "Mark Rutte");  // walked against the edge's direction
    EXPECT_EQ((*path)[1].to, "Mark Rutte");
    EXPECT_EQ((*path)[2].to, "NATO");
    EXPECT_FALSE(shortest_path(g, "Iran", "China"));
    EXPECT_TRUE(shortest_path(g, "Iran", "Iran")->empty());
}

TEST(FocusSubgraph, KeepsTheNeighbourhoodAndTheFactsInsideIt) {
    const auto sub = focus_subgraph(sample(), "Ukraine", 1);
    EXPECT_EQ(sub.entity_count(), 2U);
    EXPECT_EQ(sub.fact_count(), 1U);
    EXPECT_EQ(focus_subgraph(sample(), "Ukraine", 2).entity_count(), 5U);
}

std::string dot_of(const KnowledgeGraph& g) {
    std::ostringstream out;
    write_dot(g, out);
    return out.str();
}

TEST(WriteDot, ShapesByTypeLabelsByRelationAndLeavesLoneEntitiesOut) {
    const std::string dot = dot_of(sample());
    EXPECT_NE(dot.find("digraph"), std::string::npos);
    EXPECT_NE(dot.find("label=supplies"), std::string::npos) << dot;
    EXPECT_NE(dot.find("shape=ellipse"), std::string::npos);   // person
    EXPECT_NE(dot.find("shape=hexagon"), std::string::npos);   // organization
    EXPECT_EQ(dot.find("China"), std::string::npos);
    EXPECT_EQ(dot_of(sample()), dot) << "output must be deterministic";
}

// Names that break naive DOT writers.
const std::vector<std::string> kAwkward{"U.S.", "Say \"hi\"", "back\\slash\\", "two\nlines",
                                        "Côte d'Ivoire", "Ελλάδα", "a;b -- {c} <d>"};

KnowledgeGraph awkward_graph() {
    KnowledgeGraph g;
    std::vector<Vertex> v;
    for (const auto& name : kAwkward) {
        v.push_back(g.add_entity(name, EntityType::kCountry));
    }
    for (std::size_t i = 0; i + 1 < v.size(); ++i) {
        g.add_fact(v[i], Relation::kMeetsWith, v[i + 1], 1, 1);
    }
    return g;
}

// Undoes the label escapes write_dot adds: \\ -> \, \n -> line break.
std::string unescape_label(const std::string& label) {
    std::string out;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label[i] == '\\' && i + 1 < label.size()) {
            out += label[i + 1] == 'n' ? '\n' : label[i + 1];
            ++i;
        } else {
            out += label[i];
        }
    }
    return out;
}

TEST(WriteDot, AwkwardNamesRoundTripThroughBoostsReader) {
    const std::string dot = dot_of(awkward_graph());
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                          boost::property<boost::vertex_name_t, std::string>,
                          boost::property<boost::edge_name_t, std::string>>
        read;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("label", boost::get(boost::vertex_name, read));
    dp.property("label", boost::get(boost::edge_name, read));
    std::istringstream in(dot);
    ASSERT_TRUE(boost::read_graphviz(in, read, dp, "node_id")) << dot;
    ASSERT_EQ(boost::num_vertices(read), kAwkward.size());
    EXPECT_EQ(boost::num_edges(read), kAwkward.size() - 1);
    std::vector<std::string> names;
    for (const auto v : boost::make_iterator_range(boost::vertices(read))) {
        names.push_back(unescape_label(boost::get(boost::vertex_name, read, v)));
    }
    EXPECT_EQ(names, kAwkward);
}

TEST(WriteDot, RendersWithGraphviz) {
    if (test::run_shell("command -v dot").status != 0) {
        GTEST_SKIP() << "Graphviz dot not installed (scripts/install-deps.sh installs it)";
    }
    test::TempDir dir;
    const auto file = dir.write("g.dot", dot_of(awkward_graph()));
    const auto result = test::run_shell("dot -Tsvg '" + file.string() + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("<svg"), std::string::npos);
    EXPECT_NE(result.out.find("Ελλάδα"), std::string::npos);
    EXPECT_NE(result.out.find("Say &quot;hi&quot;"), std::string::npos);
    EXPECT_NE(result.out.find("back\\slash\\"), std::string::npos);
    EXPECT_TRUE(result.err.empty()) << result.err;
}

}  // namespace
}  // namespace kg::graph
