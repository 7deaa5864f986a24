// The data exports: GraphML read back by Boost.Graph's own reader (and NetworkX where it is
// installed), JSON node-link parsed by nlohmann, CSV in Neo4j's bulk-import layout.

#include <sstream>

#include <boost/graph/graphml.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "graph/graph.h"
#include "support/test_support.h"

namespace kg::graph {
namespace {

// Names and a sentence that trip up careless writers: XML and CSV specials, quotes, commas,
// line breaks, non-ASCII. Alone has no fact.
KnowledgeGraph awkward() {
    KnowledgeGraph g;
    const auto a = g.add_entity("AT&T <Corp>", EntityType::kOrganization);
    const auto b = g.add_entity("Côte d'Ivoire", EntityType::kCountry);
    const auto c = g.add_entity("Say \"hi\", then", EntityType::kPerson);
    g.add_entity("Alone", EntityType::kLocation);
    g.add_fact(a, b, FactEdge{Relation::kSupplies, 2, 3, 20241028, 20241102, kNoEvidence},
               "It said \"yes\",\nthen <left> & went.");
    g.add_fact(b, Relation::kAlliedWith, c, 1, 1);
    g.add_fact(c, a, FactEdge{Relation::kUrges, 1, 1, 0, 0, kNoEvidence});
    return g;
}

std::string graphml_of(const KnowledgeGraph& g) {
    std::ostringstream out;
    write_graphml(g, out);
    return out.str();
}

TEST(WriteGraphml, ReadsBackThroughBoostWithTheSameCountsAndValues) {
    const std::string xml = graphml_of(awkward());
    struct Node {
        std::string label;
        std::string type;
    };
    struct Link {
        std::string relation;
        std::string family;
        int documents = 0;
        int mentions = 0;
        std::string evidence;
        std::string first_date;
    };
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Link> read;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("label", boost::get(&Node::label, read));
    dp.property("type", boost::get(&Node::type, read));
    dp.property("relation", boost::get(&Link::relation, read));
    dp.property("family", boost::get(&Link::family, read));
    dp.property("documents", boost::get(&Link::documents, read));
    dp.property("mentions", boost::get(&Link::mentions, read));
    dp.property("evidence", boost::get(&Link::evidence, read));
    dp.property("first_date", boost::get(&Link::first_date, read));
    std::istringstream in(xml);
    boost::read_graphml(in, read, dp);
    ASSERT_EQ(boost::num_vertices(read), 4U) << xml;
    ASSERT_EQ(boost::num_edges(read), 3U);
    EXPECT_EQ(read[0].label, "AT&T <Corp>");
    EXPECT_EQ(read[0].type, "organization");
    EXPECT_EQ(read[2].label, "Say \"hi\", then");
    EXPECT_EQ(read[3].label, "Alone");
    const auto first = *boost::edges(read).first;
    EXPECT_EQ(read[first].relation, "supplies");
    EXPECT_EQ(read[first].family, "cooperation");
    EXPECT_EQ(read[first].documents, 2);
    EXPECT_EQ(read[first].mentions, 3);
    // Boost's reader collapses white space inside values; the file keeps the line break, as
    // NetworkX shows below.
    EXPECT_EQ(read[first].evidence, "It said \"yes\", then <left> & went.");
    EXPECT_EQ(read[first].first_date, "2024-10-28");
    EXPECT_NE(xml.find("attr.name=\"documents\" attr.type=\"int\""), std::string::npos) << xml;
    EXPECT_EQ(graphml_of(awkward()), xml) << "output must be deterministic";
}

TEST(WriteGraphml, NetworkxReadsIt) {
    if (test::run_shell("python3 -c 'import networkx'").status != 0) {
        GTEST_SKIP() << "NetworkX not installed";
    }
    test::TempDir dir;
    const auto file = dir.write("g.graphml", graphml_of(awkward()));
    const auto script = dir.write("read.py", R"(import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges(),
      sorted(d["documents"] for _, _, d in g.edges(data=True)))
print(g.nodes["n0"]["label"] == "AT&T <Corp>")
print([d["evidence"] for _, _, d in g.edges(data=True) if d["mentions"] == 3]
      == ['It said "yes",\nthen <left> & went.'])
)");
    const auto result =
        test::run_shell("python3 '" + script.string() + "' '" + file.string() + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out, "4 3 [1, 1, 2]\nTrue\nTrue\n");
}

nlohmann::json json_of(const KnowledgeGraph& g) {
    std::ostringstream out;
    write_json(g, out);
    return nlohmann::json::parse(out.str());
}

TEST(WriteJson, IsNodeLinkWithTypesCountsAndEvidence) {
    const auto json = json_of(awkward());
    EXPECT_EQ(json["directed"], true);
    EXPECT_EQ(json["multigraph"], true);
    ASSERT_EQ(json["nodes"].size(), 4U);
    ASSERT_EQ(json["links"].size(), 3U);
    EXPECT_EQ(json["nodes"][1]["id"], "Côte d'Ivoire");
    EXPECT_EQ(json["nodes"][1]["type"], "country");
    EXPECT_EQ(json["nodes"][1]["facts"], 2);
    EXPECT_EQ(json["nodes"][3]["facts"], 0);
    const auto& link = json["links"][0];
    EXPECT_EQ(link["source"], "AT&T <Corp>");
    EXPECT_EQ(link["target"], "Côte d'Ivoire");
    EXPECT_EQ(link["relation"], "supplies");
    EXPECT_EQ(link["symmetric"], false);
    EXPECT_EQ(link["family"], "cooperation");
    EXPECT_EQ(link["documents"], 2);
    EXPECT_EQ(link["mentions"], 3);
    EXPECT_EQ(link["first_date"], "2024-10-28");
    EXPECT_EQ(link["last_date"], "2024-11-02");
    EXPECT_EQ(link["evidence"], "It said \"yes\",\nthen <left> & went.");
    EXPECT_EQ(json["links"][1]["symmetric"], true);
    EXPECT_TRUE(json["links"][2]["first_date"].is_null());
    EXPECT_EQ(json["links"][2]["family"], "other");  // urges
}

// The document is written a node and a link at a time, laid out as nlohmann's dump(2) lays out
// the whole; a name that is not UTF-8 comes out replaced, not as a half-written file.
TEST(WriteJson, IsLaidOutAsOneDocumentDumped) {
    KnowledgeGraph g = awkward();
    g.add_fact(g.add_entity("Bad \xff byte", EntityType::kOther), Relation::kUrges,
               *g.find("Alone"), 1, 1);
    for (const KnowledgeGraph& graph : {g, KnowledgeGraph()}) {
        std::ostringstream out;
        write_json(graph, out);
        const auto json = nlohmann::ordered_json::parse(out.str());
        EXPECT_EQ(out.str(), json.dump(2) + "\n");
    }
    std::ostringstream out;
    write_json(g, out);
    EXPECT_NE(out.str().find("Bad \uFFFD byte"), std::string::npos);
}

TEST(WriteJson, NetworkxBuildsTheGraphFromIt) {
    if (test::run_shell("python3 -c 'import networkx'").status != 0) {
        GTEST_SKIP() << "NetworkX not installed";
    }
    test::TempDir dir;
    std::ostringstream out;
    write_json(awkward(), out);
    const auto file = dir.write("g.json", out.str());
    const auto result = test::run_shell(
        "python3 -c 'import sys, json, networkx as nx; "
        "g = nx.node_link_graph(json.load(open(sys.argv[1])), edges=\"links\"); "
        "print(g.number_of_nodes(), g.number_of_edges())' '" +
        file.string() + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out, "4 3\n");
}

TEST(WriteCsv, UsesNeo4jHeadersAndQuotesWhatNeedsIt) {
    std::ostringstream nodes;
    write_csv_nodes(awkward(), nodes);
    EXPECT_EQ(nodes.str(),
              "name:ID,type,:LABEL\n"
              "AT&T <Corp>,organization,Entity;Organization\n"
              "Côte d'Ivoire,country,Entity;Country\n"
              "\"Say \"\"hi\"\", then\",person,Entity;Person\n"
              "Alone,location,Entity;Location\n");
    std::ostringstream relationships;
    write_csv_relationships(awkward(), relationships);
    EXPECT_EQ(relationships.str(),
              ":START_ID,:END_ID,:TYPE,relation,symmetric:boolean,documents:int,mentions:int,"
              "first_date:date,last_date:date,evidence\n"
              "AT&T <Corp>,Côte d'Ivoire,SUPPLIES,supplies,false,2,3,2024-10-28,2024-11-02,"
              "\"It said \"\"yes\"\", then <left> & went.\"\n"
              "Côte d'Ivoire,\"Say \"\"hi\"\", then\",ALLIED_WITH,allied-with,true,1,1,,,\n"
              "\"Say \"\"hi\"\", then\",AT&T <Corp>,URGES,urges,false,1,1,,,\n");
}

}  // namespace
}  // namespace kg::graph
