#include "graph/graph.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <set>
#include <sstream>

#include <boost/graph/graphviz.hpp>
#include <fmt/format.h>

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

TEST(KnowledgeGraph, FindsEveryNameAsTheIndexGrows) {
    KnowledgeGraph g;
    EXPECT_FALSE(g.find("Russia")) << "an empty graph";
    std::vector<Vertex> added;
    for (int i = 0; i < 5000; ++i) {
        added.push_back(g.add_entity("Entity " + std::to_string(i), EntityType::kOther));
    }
    for (int i = 0; i < 5000; ++i) {
        ASSERT_EQ(g.find("Entity " + std::to_string(i)), added[static_cast<std::size_t>(i)]);
        ASSERT_EQ(g.add_entity("Entity " + std::to_string(i), EntityType::kOther),
                  added[static_cast<std::size_t>(i)]);
    }
    EXPECT_EQ(g.entity_count(), 5000U);
    EXPECT_FALSE(g.find("Entity 5000"));
    EXPECT_FALSE(g.find(""));
}

std::vector<std::string> names_at_depth(const std::vector<Neighbor>& found) {
    std::vector<std::string> names;
    for (const auto& n : found) {
        names.push_back(n.name + "@" + std::to_string(n.depth));
    }
    return names;
}

TEST(Neighbors, FollowsFactsBothWaysByDepth) {
    const auto g = sample();
    const auto one = neighbors(g, "Iran", {1, Direction::kBoth, std::nullopt});
    ASSERT_EQ(one.size(), 1U);
    EXPECT_EQ(one[0].name, "Russia");
    EXPECT_EQ(one[0].via.relation, Relation::kSupplies);
    EXPECT_EQ(names_at_depth(neighbors(g, "Iran", {2, Direction::kBoth, std::nullopt})),
              (std::vector<std::string>{"Russia@1", "Mark Rutte@2", "North Korea@2",
                                        "Ukraine@2"}));
    EXPECT_THROW(neighbors(g, "Atlantis", {}), Error);
    EXPECT_THROW(neighbors(g, "Iran", {0, Direction::kBoth, std::nullopt}), Error);
}

TEST(Neighbors, OutFollowsFactsFromSubjectToObjectAndInTheOtherWay) {
    const auto g = sample();
    // Russia states "fights Ukraine"; Iran, Mark Rutte state facts about Russia; the alliance
    // with North Korea is symmetric, so it is followed whatever the direction.
    EXPECT_EQ(names_at_depth(neighbors(g, "Russia", {1, Direction::kOut, std::nullopt})),
              (std::vector<std::string>{"North Korea@1", "Ukraine@1"}));
    EXPECT_EQ(names_at_depth(neighbors(g, "Russia", {1, Direction::kIn, std::nullopt})),
              (std::vector<std::string>{"Iran@1", "Mark Rutte@1", "North Korea@1"}));
    EXPECT_EQ(names_at_depth(neighbors(g, "Mark Rutte", {3, Direction::kOut, std::nullopt})),
              (std::vector<std::string>{"NATO@1", "Russia@1", "North Korea@2", "Ukraine@2"}));
}

TEST(Neighbors, TypeListsOnlyThatTypeButWalksThroughEveryEntity) {
    const auto found = neighbors(sample(), "NATO", {3, Direction::kBoth, EntityType::kCountry});
    EXPECT_EQ(names_at_depth(found),
              (std::vector<std::string>{"Russia@2", "Iran@3", "North Korea@3", "Ukraine@3"}));
    EXPECT_EQ(found[0].via.from, "Mark Rutte");  // reached through a person
}

std::vector<std::string> hops_of(const std::vector<Hop>& path) {
    std::vector<std::string> hops;
    for (const auto& h : path) {
        hops.push_back(h.from + " " + std::string(to_string(h.relation)) + " " + h.to);
    }
    return hops;
}

TEST(ShortestPaths, UndirectedFindsAChainIgnoringDirection) {
    const auto g = sample();
    const auto paths = shortest_paths(g, "Iran", "NATO", {Direction::kBoth, 0, 1});
    ASSERT_EQ(paths.size(), 1U);
    const auto& path = paths.front();
    ASSERT_EQ(path.size(), 3U);
    EXPECT_EQ(path[0].from, "Iran");
    EXPECT_EQ(path[0].to, "Russia");
    EXPECT_EQ(path[1].subject, "Mark Rutte");  // walked against the edge's direction
    EXPECT_EQ(path[1].to, "Mark Rutte");
    EXPECT_EQ(path[2].to, "NATO");
    EXPECT_TRUE(shortest_paths(g, "Iran", "China", {Direction::kBoth, 0, 1}).empty());
    const auto same = shortest_paths(g, "Iran", "Iran", {});
    ASSERT_EQ(same.size(), 1U);
    EXPECT_TRUE(same.front().empty());
}

TEST(ShortestPaths, DirectedFollowsFactsFromSubjectToObjectOnly) {
    const auto g = sample();
    EXPECT_EQ(hops_of(shortest_paths(g, "Iran", "Ukraine", {}).front()),
              (std::vector<std::string>{"Iran supplies Russia", "Russia fights Ukraine"}));
    EXPECT_TRUE(shortest_paths(g, "Iran", "NATO", {}).empty());
    EXPECT_TRUE(shortest_paths(g, "Ukraine", "Iran", {}).empty());
    // The alliance is symmetric: North Korea reaches Ukraine through Russia, and back.
    EXPECT_EQ(shortest_paths(g, "North Korea", "Ukraine", {}).front().size(), 2U);
    EXPECT_EQ(shortest_paths(g, "Russia", "North Korea", {}).front().size(), 1U);
}

TEST(ShortestPaths, MaxHopsTreatsLongerPathsAsNone) {
    const auto g = sample();
    EXPECT_TRUE(shortest_paths(g, "Iran", "NATO", {Direction::kBoth, 2, 1}).empty());
    EXPECT_EQ(shortest_paths(g, "Iran", "NATO", {Direction::kBoth, 3, 1}).size(), 1U);
    EXPECT_THROW(shortest_paths(g, "Iran", "NATO", {Direction::kBoth, -1, 1}), Error);
    EXPECT_THROW(shortest_paths(g, "Iran", "NATO", {Direction::kBoth, 0, 0}), Error);
    EXPECT_THROW(shortest_paths(g, "Iran", "Atlantis", {}), Error);
}

// A -> B -> D and A -> C -> D, the second better supported, and a second fact B -> D.
KnowledgeGraph diamond() {
    KnowledgeGraph g;
    const auto a = g.add_entity("A", EntityType::kCountry);
    const auto b = g.add_entity("B", EntityType::kCountry);
    const auto c = g.add_entity("C", EntityType::kCountry);
    const auto d = g.add_entity("D", EntityType::kCountry);
    g.add_fact(a, Relation::kSupplies, b, 1, 1);
    g.add_fact(b, Relation::kSupplies, d, 1, 1);
    g.add_fact(b, Relation::kSupports, d, 2, 2);
    g.add_fact(a, Relation::kSupplies, c, 5, 5);
    g.add_fact(c, Relation::kSupplies, d, 5, 5);
    return g;
}

TEST(ShortestPaths, AllListsEveryShortestPathBestSupportedFirst) {
    const auto g = diamond();
    const auto all = shortest_paths(g, "A", "D", {Direction::kOut, 0, 10});
    ASSERT_EQ(all.size(), 3U);
    EXPECT_EQ(hops_of(all[0]), (std::vector<std::string>{"A supplies C", "C supplies D"}));
    EXPECT_EQ(hops_of(all[1]), (std::vector<std::string>{"A supplies B", "B supports D"}));
    EXPECT_EQ(hops_of(all[2]), (std::vector<std::string>{"A supplies B", "B supplies D"}));
    // Asked for one, it is still the best supported.
    EXPECT_EQ(hops_of(shortest_paths(g, "A", "D", {}).front()), hops_of(all[0]));
    EXPECT_EQ(shortest_paths(g, "A", "D", {Direction::kOut, 0, 2}).size(), 2U);
}

// Equally supported paths come in an order the graph fixes: compared from the last hop back,
// by the entity each hop leaves from, in the order the entities were added.
TEST(ShortestPaths, EquallySupportedPathsComeInTheOrderTheEntitiesWereAdded) {
    for (const bool b_first : {true, false}) {
        KnowledgeGraph g;
        const auto a = g.add_entity("A", EntityType::kCountry);
        const auto b = b_first ? g.add_entity("B", EntityType::kCountry)
                               : g.add_entity("C", EntityType::kCountry);
        const auto c = b_first ? g.add_entity("C", EntityType::kCountry)
                               : g.add_entity("B", EntityType::kCountry);
        const auto d = g.add_entity("D", EntityType::kCountry);
        g.add_fact(a, Relation::kSupplies, b, 1, 1);
        g.add_fact(a, Relation::kSupplies, c, 1, 1);
        g.add_fact(b, Relation::kSupplies, d, 1, 1);
        g.add_fact(c, Relation::kSupplies, d, 1, 1);
        const auto paths = shortest_paths(g, "A", "D", {Direction::kOut, 0, 2});
        ASSERT_EQ(paths.size(), 2U);
        const std::string second_added = b_first ? "B" : "C";
        const std::string third_added = b_first ? "C" : "B";
        EXPECT_EQ(paths[0][0].to, second_added) << "B added " << (b_first ? "first" : "second");
        EXPECT_EQ(paths[1][0].to, third_added);
        EXPECT_EQ(hops_of(shortest_paths(g, "A", "D", {}).front()), hops_of(paths[0]));
    }
}

// Every shortest path by brute force: a breadth-first search from `from` for distances, then
// every walk that goes one step further each hop and ends at `to` at that distance. A hop is
// "subject relation object", as the fact is stated.
std::vector<std::pair<std::vector<std::string>, std::uint64_t>> brute_force_paths(
    const KnowledgeGraph& graph, const Vertex from, const Vertex to, const Direction direction) {
    const Graph& g = graph.boost_graph();
    const auto arcs = [&](const Vertex u) {
        std::vector<std::pair<Edge, Vertex>> out;
        for (const Edge e : boost::make_iterator_range(boost::out_edges(u, g))) {
            if (direction != Direction::kIn || is_symmetric(g[e].relation)) {
                out.emplace_back(e, boost::target(e, g));
            }
        }
        for (const Edge e : boost::make_iterator_range(boost::in_edges(u, g))) {
            if (direction != Direction::kOut || is_symmetric(g[e].relation)) {
                out.emplace_back(e, boost::source(e, g));
            }
        }
        return out;
    };
    std::vector<int> distance(boost::num_vertices(g), -1);
    distance[from] = 0;
    std::vector<Vertex> queue{from};
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (const auto& [e, v] : arcs(queue[head])) {
            if (distance[v] < 0) {
                distance[v] = distance[queue[head]] + 1;
                queue.push_back(v);
            }
        }
    }
    std::vector<std::pair<std::vector<std::string>, std::uint64_t>> paths;
    if (distance[to] < 0) {
        return paths;
    }
    std::vector<std::string> hops;
    std::uint64_t documents = 0;
    const auto walk = [&](const auto& self, const Vertex u) -> void {
        if (u == to) {
            paths.emplace_back(hops, documents);
            return;
        }
        for (const auto& [e, v] : arcs(u)) {
            if (distance[v] == distance[u] + 1 && distance[v] <= distance[to]) {
                hops.push_back(g[boost::source(e, g)].name + " " +
                               std::string(to_string(g[e].relation)) + " " +
                               g[boost::target(e, g)].name);
                documents += g[e].documents;
                self(self, v);
                documents -= g[e].documents;
                hops.pop_back();
            }
        }
    };
    walk(walk, from);
    return paths;
}

// On random graphs with hubs, parallel facts, symmetric relations and tied support, both ways
// of following facts: the same paths as brute force, best supported first.
TEST(ShortestPaths, MatchBruteForceOnRandomGraphs) {
    std::mt19937 rng(20261126);
    const std::vector<Relation> relations{Relation::kSupplies, Relation::kFights,
                                          Relation::kMeetsWith, Relation::kAlliedWith};
    for (int round = 0; round < 20; ++round) {
        KnowledgeGraph graph;
        constexpr int kEntities = 30;
        for (int i = 0; i < kEntities; ++i) {
            graph.add_entity(fmt::format("E{}", i), EntityType::kCountry);
        }
        // A few hubs take most facts, as in news.
        std::uniform_int_distribution<int> any(0, kEntities - 1);
        std::uniform_int_distribution<int> hub(0, 3);
        std::uniform_int_distribution<int> documents(1, 3);
        std::uniform_int_distribution<std::size_t> relation(0, relations.size() - 1);
        for (int f = 0; f < 60; ++f) {
            const int s = f % 3 == 0 ? hub(rng) : any(rng);
            const int o = f % 3 == 1 ? hub(rng) : any(rng);
            if (s != o) {
                graph.add_fact(static_cast<Vertex>(s), relations[relation(rng)],
                               static_cast<Vertex>(o), static_cast<std::uint32_t>(documents(rng)),
                               1);
            }
        }
        const Graph& g = graph.boost_graph();
        for (const Direction direction : {Direction::kOut, Direction::kBoth}) {
            for (Vertex from = 0; from < kEntities; from += 3) {
                for (Vertex to = 1; to < kEntities; to += 2) {
                    if (from == to) {
                        continue;
                    }
                    auto expected = brute_force_paths(graph, from, to, direction);
                    const auto found = shortest_paths(graph, g[from].name, g[to].name,
                                                      {direction, 0, 100000});
                    ASSERT_EQ(found.size(), expected.size()) << g[from].name << " " << g[to].name;
                    std::multiset<std::vector<std::string>> want;
                    std::uint64_t most = 0;
                    for (const auto& [hops, sum] : expected) {
                        want.insert(hops);
                        most = std::max(most, sum);
                    }
                    std::multiset<std::vector<std::string>> got;
                    std::uint64_t previous = std::numeric_limits<std::uint64_t>::max();
                    for (const auto& path : found) {
                        std::vector<std::string> hops;
                        std::uint64_t sum = 0;
                        for (const Hop& h : path) {
                            hops.push_back(h.subject + " " + std::string(to_string(h.relation)) +
                                           " " + h.object);
                            sum += h.documents;
                        }
                        EXPECT_LE(sum, previous) << "not best supported first";
                        previous = sum;
                        got.insert(hops);
                    }
                    EXPECT_EQ(got, want) << g[from].name << " " << g[to].name;
                    if (!found.empty()) {
                        std::uint64_t first = 0;
                        for (const Hop& h : found.front()) {
                            first += h.documents;
                        }
                        EXPECT_EQ(first, most);
                        // Asked for one, it is the same first path.
                        const auto one =
                            shortest_paths(graph, g[from].name, g[to].name, {direction, 0, 1});
                        ASSERT_EQ(one.size(), 1U);
                        EXPECT_EQ(hops_of(one.front()), hops_of(found.front()));
                    }
                }
            }
        }
    }
}

TEST(WithoutLoneEntities, DropsEntitiesWithoutFacts) {
    const auto g = without_lone_entities(sample());
    EXPECT_EQ(g.entity_count(), 6U);
    EXPECT_EQ(g.fact_count(), 5U);
    EXPECT_FALSE(g.find("China"));
}

TEST(StrongestFacts, KeepsTheFactsStatedByTheMostDocumentsAndTheirEntities) {
    const auto top = strongest_facts(sample(), 2);
    EXPECT_EQ(top.fact_count(), 2U);
    // Russia fights Ukraine (5 documents), Mark Rutte leads NATO (4).
    EXPECT_EQ(top.entity_count(), 4U);
    EXPECT_TRUE(top.find("Ukraine") && top.find("NATO"));
    EXPECT_FALSE(top.find("Iran"));
    // Equal documents (North Korea and Mark Rutte's warning, 1 each): more sentences first.
    const auto four = strongest_facts(sample(), 4);
    EXPECT_EQ(four.fact_count(), 4U);
    EXPECT_FALSE(four.find("North Korea")) << "1 document, 1 sentence: the weakest";
    EXPECT_EQ(strongest_facts(sample(), 100).fact_count(), 5U);
    EXPECT_EQ(strongest_facts(sample(), 100).entity_count(), 6U) << "China has no fact";
}

// Ties on documents and sentences go by subject, relation and object name: "allied-with"
// before "exchanges-tech-with", though the ontology lists exchanges-tech-with first.
TEST(StrongestFacts, BreaksTiesByTheRelationsName) {
    KnowledgeGraph g;
    const auto nk = g.add_entity("North Korea", EntityType::kCountry);
    const auto russia = g.add_entity("Russia", EntityType::kCountry);
    g.add_fact(nk, Relation::kExchangesTechWith, russia, 3, 3);
    g.add_fact(nk, Relation::kAlliedWith, russia, 3, 3);
    const auto top = strongest_facts(g, 1);
    ASSERT_EQ(top.fact_count(), 1U);
    const auto& kept = top.boost_graph();
    EXPECT_EQ(kept[*boost::edges(kept).first].relation, Relation::kAlliedWith);
}

TEST(FocusSubgraph, KeepsTheNeighbourhoodAndTheFactsInsideIt) {
    const auto sub = focus_subgraph(sample(), "Ukraine", 1);
    EXPECT_EQ(sub.entity_count(), 2U);
    EXPECT_EQ(sub.fact_count(), 1U);
    EXPECT_EQ(focus_subgraph(sample(), "Ukraine", 2).entity_count(), 5U);
}

std::string dot_of(const KnowledgeGraph& g, const DotOptions& options = {}) {
    std::ostringstream out;
    write_dot(g, out, options);
    return out.str();
}

// The DOT attribute list of the edge from `subject` to `object`, drawn as n<index> ids.
std::string edge_line(const std::string& dot, const KnowledgeGraph& g, const std::string& subject,
                      const std::string& object) {
    const std::string head = "n" + std::to_string(*g.find(subject)) + "->n" +
                             std::to_string(*g.find(object)) + " ";
    const auto at = dot.find(head);
    return at == std::string::npos ? "" : dot.substr(at, dot.find('\n', at) - at);
}

TEST(WriteDot, ShapesByTypeLabelsByRelationAndLeavesLoneEntitiesOut) {
    const std::string dot = dot_of(sample());
    EXPECT_NE(dot.find("digraph"), std::string::npos);
    EXPECT_NE(dot.find("label=supplies"), std::string::npos) << dot;
    EXPECT_NE(dot.find("shape=ellipse"), std::string::npos);   // person
    EXPECT_NE(dot.find("shape=hexagon"), std::string::npos);   // organization
    EXPECT_NE(dot.find("fillcolor=\"#d6e6f5\""), std::string::npos);  // country
    EXPECT_EQ(dot.find("China"), std::string::npos);
    EXPECT_EQ(dot_of(sample()), dot) << "output must be deterministic";
}

TEST(WriteDot, ColoursEdgesByRelationFamilyAndWidensThemWithDocuments) {
    const auto g = sample();
    const std::string dot = dot_of(g);
    const std::string fights = edge_line(dot, g, "Russia", "Ukraine");
    const std::string supplies = edge_line(dot, g, "Iran", "Russia");
    const std::string leads = edge_line(dot, g, "Mark Rutte", "NATO");
    const std::string allied = edge_line(dot, g, "North Korea", "Russia");
    EXPECT_NE(fights.find("color=\"#c0392b\""), std::string::npos) << fights;     // conflict
    EXPECT_NE(supplies.find("color=\"#1e8449\""), std::string::npos) << supplies;  // cooperation
    EXPECT_NE(leads.find("color=\"#5d6d7e\""), std::string::npos) << leads;       // structure
    EXPECT_NE(fights.find("penwidth=4.5"), std::string::npos) << fights;   // 5 documents
    EXPECT_NE(allied.find("penwidth=1.0"), std::string::npos) << allied;   // 1 document
    EXPECT_NE(allied.find("dir=both"), std::string::npos) << allied;       // symmetric
    EXPECT_NE(fights.find("dir=forward"), std::string::npos) << fights;
}

TEST(WriteDot, TooltipQuotesTheFirstEvidenceSentenceAndTheDates) {
    KnowledgeGraph g;
    const auto nk = g.add_entity("North Korea", EntityType::kCountry);
    const auto russia = g.add_entity("Russia", EntityType::kCountry);
    g.add_fact(nk, russia, FactEdge{Relation::kDeploysTo, 2, 3, 20241028, 20241120, kNoEvidence},
               "Troops \"arrived\" in Kursk.");
    const std::string line = edge_line(dot_of(g), g, "North Korea", "Russia");
    EXPECT_NE(line.find("tooltip=\"North Korea deploys-to Russia: 2 documents, 2024-10-28 to "
                        "2024-11-20\\n\u201cTroops \\\"arrived\\\" in Kursk.\u201d\""),
              std::string::npos)
        << line;
    EXPECT_NE(line.find("color=\"#d35400\""), std::string::npos) << line;  // movement
}

TEST(Dates, AreNumbersThatReadBackAsText) {
    EXPECT_EQ(date_from_text("2024-10-28"), 20241028U);
    EXPECT_EQ(date_text(20241028), "2024-10-28");
    EXPECT_EQ(date_text(date_from_text("0987-01-09")), "0987-01-09");
    EXPECT_EQ(date_text(0), "");
    for (const char* bad : {"", "2024-13-01", "2024-1-01", "2024/10/28", "2024-10-28x", "abcd-ef-gh"}) {
        EXPECT_EQ(date_from_text(bad), 0U) << bad;
    }
    EXPECT_LT(date_from_text("2023-12-31"), date_from_text("2024-01-01")) << "they sort as dates";
}

TEST(WriteDot, HasALegendOfTheTypesAndFamiliesInThePicture) {
    const std::string dot = dot_of(sample());
    EXPECT_NE(dot.find("label=\"Legend"), std::string::npos) << dot;
    for (const std::string entry : {"label=person", "label=country", "label=organization",
                                    "label=conflict", "label=cooperation", "label=structure"}) {
        EXPECT_NE(dot.find("legend"), std::string::npos);
        EXPECT_NE(dot.find(entry + ","), std::string::npos) << entry;
    }
    // Nothing in the sample is a location or a movement, so the legend leaves them out.
    EXPECT_EQ(dot.find("label=location"), std::string::npos);
    EXPECT_EQ(dot.find("label=movement"), std::string::npos);
    EXPECT_NE(dot.find("tooltip=\"conflict: warns-of, fights, threatens, sanctions, criticizes\""),
              std::string::npos)
        << "the legend's tooltip lists the family's relations";
    EXPECT_EQ(dot_of(sample(), {"", true, false, std::nullopt}).find("legend"),
              std::string::npos);
}

TEST(WriteDot, LayoutHintEdgeLabelsAndFocus) {
    const std::string plain = dot_of(sample());
    EXPECT_NE(plain.find("rankdir=LR;"), std::string::npos);
    EXPECT_EQ(plain.find("layout="), std::string::npos);
    const std::string sfdp = dot_of(sample(), {"sfdp", false, true, std::string("Russia")});
    EXPECT_NE(sfdp.find("layout=sfdp;"), std::string::npos);
    EXPECT_NE(sfdp.find("overlap=false;"), std::string::npos);
    EXPECT_EQ(sfdp.find("label=supplies"), std::string::npos) << "no edge labels";
    EXPECT_NE(sfdp.find("label=conflict"), std::string::npos) << "the legend keeps its labels";
    EXPECT_NE(sfdp.find("label=Russia, penwidth=3,"), std::string::npos) << "focus drawn heavy";
    EXPECT_NE(dot_of(sample(), {"neato", true, true, std::nullopt}).find("layout=neato;"),
              std::string::npos);
    EXPECT_THROW(dot_of(sample(), {"circo", true, true, std::nullopt}), Error);
}

// Names that break naive DOT writers.
const std::vector<std::string> kAwkward{"U.S.", "Say \"hi\"", "back\\slash\\", "two\nlines",
                                        "Côte d'Ivoire", "Ελλάδα", "a;b -- {c} <d>"};

// Countries named `names`, each meeting the next.
KnowledgeGraph chain_of(const std::vector<std::string>& names) {
    KnowledgeGraph g;
    std::vector<Vertex> v;
    for (const auto& name : names) {
        v.push_back(g.add_entity(name, EntityType::kCountry));
    }
    for (std::size_t i = 0; i + 1 < v.size(); ++i) {
        g.add_fact(v[i], Relation::kMeetsWith, v[i + 1], 1, 1);
    }
    return g;
}

KnowledgeGraph awkward_graph() { return chain_of(kAwkward); }

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
    const std::string dot = dot_of(awkward_graph(), {"", true, false, std::nullopt});
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

// write_dot quotes a value exactly where Boost's escape_dot_string would (an identifier or a
// number goes bare, anything else in quotes), without its regular expression.
TEST(WriteDot, QuotesValuesAsBoostDoes) {
    const std::vector<std::string> names{
        "Alpha_1", "_x", "Chad", "1990", "-2.5", "3.", "-.5", ".", "-", "--1", "2a", "a-b", "x y",
        "1.2.3", "-a", "Ελλάδα", "Say \"hi\"", "é"};
    const KnowledgeGraph g = chain_of(names);
    const std::string dot = dot_of(g);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string head = fmt::format("\nn{} [", *g.find(names[i]));
        const auto at = dot.find(head);
        ASSERT_NE(at, std::string::npos) << names[i];
        const std::string line = dot.substr(at + 1, dot.find('\n', at + 1) - at - 1);
        EXPECT_NE(line.find(", label=" + boost::escape_dot_string(names[i]) + ", "),
                  std::string::npos)
            << line;
    }
}

// The writer holds its output in a buffer: a value longer than the buffer, and a drawing many
// times its size, come out whole and in order.
TEST(WriteDot, OutputLongerThanItsBufferComesOutWhole) {
    KnowledgeGraph g;
    std::string sentence;
    for (int i = 0; sentence.size() < 200000; ++i) {
        sentence += fmt::format("Word{} ", i);
    }
    const Vertex a = g.add_entity("Chad", EntityType::kCountry);
    const Vertex b = g.add_entity("Niger", EntityType::kCountry);
    g.add_fact(a, b, FactEdge{Relation::kFights, 1, 1, 0, 0, kNoEvidence}, sentence);
    for (int i = 0; i < 3000; ++i) {
        g.add_fact(g.add_entity(fmt::format("Town {}", i), EntityType::kLocation),
                   Relation::kLocatedIn, b, 1, 1);
    }
    const std::string dot = dot_of(g);
    EXPECT_NE(dot.find(sentence), std::string::npos);
    EXPECT_EQ(dot.substr(0, 10), "digraph G ");
    EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
    for (int i = 0; i < 3000; ++i) {
        EXPECT_NE(dot.find(fmt::format("label=\"Town {}\"", i)), std::string::npos) << i;
    }
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

TEST(WriteDot, EveryLayoutRendersWithoutComplaint) {
    if (test::run_shell("command -v dot").status != 0) {
        GTEST_SKIP() << "Graphviz dot not installed (scripts/install-deps.sh installs it)";
    }
    test::TempDir dir;
    for (const std::string layout : {"dot", "neato", "sfdp"}) {
        const auto file =
            dir.write(layout + ".dot", dot_of(sample(), {layout, true, true, "NATO"}));
        // `dot` honours the layout attribute, as any Graphviz program does.
        const auto result = test::run_shell("dot -Tsvg '" + file.string() + "'");
        ASSERT_EQ(result.status, 0) << layout << ": " << result.err;
        EXPECT_NE(result.out.find("<svg"), std::string::npos) << layout;
        EXPECT_NE(result.out.find("Mark Rutte"), std::string::npos) << layout;
        EXPECT_TRUE(result.err.empty()) << layout << ": " << result.err;
    }
}

}  // namespace
}  // namespace kg::graph
