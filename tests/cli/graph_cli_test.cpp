// End-to-end tests of asking the graph and drawing it: query joins, dates, path, neighbors,
// rank, components and every export format, each checked against what `kgraph stats`,
// `kgraph facts` or SQL say about the same database.

#include <map>
#include <set>
#include <sstream>

#include <boost/graph/graphml.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace kg::test {
namespace {

using nlohmann::json;

class GraphCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        shared_ = new TempDir;
        const auto r = run_kgraph({"ingest", (source_dir() / "data/sample").string(), "--db",
                                   (shared_->path() / "sample.db").string()});
        ASSERT_EQ(r.status, 0) << r.err;
    }
    static void TearDownTestSuite() {
        delete shared_;
        shared_ = nullptr;
    }

    // Read-only commands share one database of the sample corpus.
    static std::string sample_db() { return (shared_->path() / "sample.db").string(); }

    RunResult kgraph(std::vector<std::string> args, const std::string& db = sample_db()) const {
        args.push_back("--db");
        args.push_back(db);
        return run_kgraph(args, dir_.path());
    }

    json json_of(std::vector<std::string> args) const {
        args.push_back("--format");
        args.push_back("json");
        const auto r = kgraph(args);
        EXPECT_EQ(r.status, 0) << r.err;
        return r.status == 0 ? json::parse(r.out) : json::array();
    }

    std::int64_t stat(const std::string& measure) const {
        for (const auto& row : json_of({"stats"})) {
            if (row["measure"] == measure) {
                return row["value"].get<std::int64_t>();
            }
        }
        ADD_FAILURE() << "no measure " << measure;
        return -1;
    }

    // The count `kgraph sql` gives in column n, a JSON number.
    std::int64_t sql_count(const std::string& sql) const {
        return json_of({"sql", sql})[0]["n"].get<std::int64_t>();
    }

    json exported_json(std::vector<std::string> args) const {
        args.insert(args.begin(), {"export", "json"});
        const auto r = kgraph(args);
        EXPECT_EQ(r.status, 0) << r.err;
        return r.status == 0 ? json::parse(r.out) : json::object();
    }

    static std::size_t lines(const std::string& text) {
        return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    }

    TempDir dir_;
    static TempDir* shared_;
};

TempDir* GraphCli::shared_ = nullptr;

// ---- query --------------------------------------------------------------------------------

TEST_F(GraphCli, QueryJoinsPatternsOnSharedVariables) {
    const auto rows = json_of({"query", "?a supplies ?b", "?b threatens \"United States\""});
    ASSERT_FALSE(rows.empty());
    bool russia_supplies_north_korea = false;
    for (const auto& row : rows) {
        const std::string a = row["a"];
        const std::string b = row["b"];
        EXPECT_EQ(row["fact1"], a + " supplies " + b);
        EXPECT_EQ(row["fact2"], b + " threatens United States");
        EXPECT_GE(row["documents1"].get<int>(), 1);
        EXPECT_GE(row["mentions2"].get<int>(), row["documents2"].get<int>());
        russia_supplies_north_korea |= a == "Russia" && b == "North Korea";
    }
    EXPECT_TRUE(russia_supplies_north_korea) << rows.dump(2);
    // Names resolve forgivingly in every pattern.
    EXPECT_EQ(json_of({"query", "?a supplies ?b", "?b threatens 'united states'"}), rows);
    EXPECT_EQ(json_of({"query", "?a supplies ?b", "?b threatens US"}), rows);
}

TEST_F(GraphCli, QueryTakesRelationListsAndKeepsTheSinglePatternForm) {
    const auto rows = json_of({"query", "? supplies|supports Russia"});
    ASSERT_FALSE(rows.empty());
    std::set<std::string> relations;
    for (const auto& row : rows) {
        relations.insert(row["relation"].get<std::string>());
        EXPECT_EQ(row["object"], "Russia");
    }
    EXPECT_EQ(relations, (std::set<std::string>{"supplies", "supports"}));
    const auto r = kgraph({"query", "? deploys-to Russia", "--format", "tsv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
              "subject\tsubject_type\trelation\tobject\tobject_type\tdocuments\tmentions");
}

TEST_F(GraphCli, QueryLimitSaysWhatItLeftOut) {
    const auto r = kgraph({"query", "? ? ?", "--limit", "2", "--format", "tsv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(lines(r.out), 3U);
    EXPECT_NE(r.err.find("showing the first 2 rows"), std::string::npos) << r.err;
    EXPECT_EQ(json_of({"query", "? ? ?"}).size(), static_cast<std::size_t>(stat("facts")));
}

TEST_F(GraphCli, FactsLimitKeepsTheBestSupportedAndSaysWhatItLeftOut) {
    const auto all = kgraph({"facts", "--format", "tsv"});
    ASSERT_EQ(all.status, 0) << all.err;
    ASSERT_GT(lines(all.out), 4U);
    EXPECT_EQ(all.err, "");
    const auto r = kgraph({"facts", "--limit", "3", "--format", "tsv"});
    ASSERT_EQ(r.status, 0) << r.err;
    // The header and the first three rows of the full list: the best supported.
    std::size_t end = 0;
    for (int i = 0; i < 4; ++i) {
        end = all.out.find('\n', end) + 1;
    }
    EXPECT_EQ(r.out, all.out.substr(0, end));
    EXPECT_NE(r.err.find("showing the first 3 rows"), std::string::npos) << r.err;
    // A limit that cuts nothing says nothing.
    const auto wide = kgraph({"facts", "--limit", "100000", "--format", "tsv"});
    EXPECT_EQ(wide.out, all.out);
    EXPECT_EQ(wide.err, "");
    const auto filtered = kgraph({"facts", "--object", "Russia", "--limit", "1", "--format", "tsv"});
    ASSERT_EQ(filtered.status, 0) << filtered.err;
    EXPECT_EQ(lines(filtered.out), 2U);
}

TEST_F(GraphCli, QueryRefusesBadPatternsAndHostileNamesFindNothing) {
    auto r = kgraph({"query", "?a ?r ?b"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("not a variable"), std::string::npos) << r.err;
    r = kgraph({"query", "?a supplies ?b", "?b threatnes ?c"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("did you mean threatens"), std::string::npos) << r.err;
    std::vector<std::string> nine(9, "? ? ?");
    nine.insert(nine.begin(), "query");
    r = kgraph(nine);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("at most 8 patterns"), std::string::npos) << r.err;
    r = kgraph({"query", "?a supplies \"x' OR '1'='1\""});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("no entity named"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1U);
}

// ---- dates --------------------------------------------------------------------------------

TEST_F(GraphCli, SinceAndUntilKeepFactsStatedInTheRange) {
    // The sample's documents are dated 2024-10-28 to 2024-11-20 by their Date: headers.
    const std::int64_t late = sql_count(
        "SELECT COUNT(*) AS n FROM (SELECT DISTINCT e.subject, e.relation, e.object "
        "FROM evidence e JOIN documents d ON d.path = e.document "
        "WHERE d.published >= '2024-11-10')");
    ASSERT_GT(late, 0);
    const auto facts = json_of({"facts", "--since", "2024-11-10"});
    EXPECT_EQ(static_cast<std::int64_t>(facts.size()), late);
    EXPECT_LT(late, stat("facts"));
    // Counts are of the evidence in range: one document is all there is up to 2024-10-28.
    for (const auto& row : json_of({"query", "? ? ?", "--until", "2024-10-28"})) {
        EXPECT_EQ(row["documents"], 1) << row.dump();
    }
    EXPECT_TRUE(json_of({"facts", "--until", "2024-01-01"}).empty());
    const auto recent = exported_json({"--since", "2024-11-10"});
    for (const auto& link : recent["links"]) {
        EXPECT_GE(link["first_date"].get<std::string>(), "2024-11-10");
    }
    const auto r = kgraph({"facts", "--since", "2024-11-31"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--since: '2024-11-31' is not a date"), std::string::npos) << r.err;
}

TEST_F(GraphCli, IngestDateDatesDocumentsWithoutAHeader) {
    const std::string db = (dir_ / "dated.db").string();
    dir_.write("plain.txt", "Iran supplied drones to Russia.");
    dir_.write("headed.txt", "Talks\nDate: 2024-02-03\n\nRussia's war against Ukraine went on.");
    auto r = run_kgraph({"ingest", (dir_ / "plain.txt").string(), (dir_ / "headed.txt").string(),
                         "--date", "2023-05-06", "--db", db},
                        dir_.path());
    ASSERT_EQ(r.status, 0) << r.err;
    r = kgraph({"sql", "--format", "tsv", "SELECT published FROM documents ORDER BY path"}, db);
    EXPECT_EQ(r.out, "published\n2024-02-03\n2023-05-06\n");
    r = kgraph({"facts", "--since", "2023-05-01", "--until", "2023-05-31", "--format", "tsv"}, db);
    EXPECT_NE(r.out.find("Iran\tcountry\tsupplies\tRussia"), std::string::npos) << r.out;
    EXPECT_EQ(lines(r.out), 2U) << r.out;
    r = run_kgraph({"ingest", (dir_ / "plain.txt").string(), "--date", "May 6", "--db", db},
                   dir_.path());
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--date: 'May 6' is not a date"), std::string::npos) << r.err;
}

// ---- path and neighbors -------------------------------------------------------------------

TEST_F(GraphCli, PathFollowsFactsFromSubjectToObjectUnlessUndirected) {
    auto rows = json_of({"path", "Kim Jong Un", "Ukraine"});
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front()["from"], "Kim Jong Un");
    EXPECT_EQ(rows.back()["to"], "Ukraine");
    for (const auto& row : rows) {
        EXPECT_NE(row["direction"], "backward") << rows.dump(2);
        EXPECT_EQ(row["path"], 1);
        EXPECT_GE(row["documents"].get<int>(), 1);
    }
    // Nothing Kim Jong Un's side states points at NATO; NATO's leader warns of Russia.
    auto r = kgraph({"path", "Kim Jong Un", "NATO"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("add --undirected"), std::string::npos) << r.err;
    rows = json_of({"path", "--undirected", "Kim Jong Un", "NATO"});
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.back()["to"], "NATO");
    bool backward = false;
    for (const auto& row : rows) {
        backward |= row["direction"] == "backward";
    }
    EXPECT_TRUE(backward) << rows.dump(2);
    r = kgraph({"path", "-u", "Kim Jong Un", "NATO", "--max-hops", "2"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("within 2 hops"), std::string::npos) << r.err;
    r = kgraph({"path", "-u", "Kim Jong Un", "NATO", "--relation", "leads"});
    EXPECT_EQ(r.status, 1);
    r = kgraph({"path", "Russia", "moscow"});
    EXPECT_EQ(r.status, 2);
}

TEST_F(GraphCli, PathAllListsEveryShortestPath) {
    const auto rows = json_of({"path", "--all", "Kim Jong Un", "Ukraine"});
    std::map<int, int> hops;
    for (const auto& row : rows) {
        ++hops[row["path"].get<int>()];
    }
    ASSERT_GT(hops.size(), 1U) << "North Korea and Russia are joined by several facts";
    for (const auto& [path, count] : hops) {
        EXPECT_EQ(count, hops.begin()->second) << "every path is as short as the first";
    }
}

TEST_F(GraphCli, NeighborsByDirectionTypeAndRelation) {
    for (const auto& row : json_of({"neighbors", "Russia", "--direction", "in"})) {
        EXPECT_EQ(row["via"].get<std::string>().find("->"), std::string::npos) << row.dump();
    }
    for (const auto& row : json_of({"neighbors", "Russia", "--direction", "out"})) {
        EXPECT_EQ(row["via"].get<std::string>().find("<-"), std::string::npos) << row.dump();
    }
    const auto people = json_of({"neighbors", "Russia", "--depth", "2", "--type", "person"});
    ASSERT_FALSE(people.empty());
    for (const auto& row : people) {
        EXPECT_EQ(row["type"], "person");
    }
    const auto leaders = json_of({"neighbors", "Russia", "--relation", "leads"});
    ASSERT_FALSE(leaders.empty());
    for (const auto& row : leaders) {
        EXPECT_NE(row["via"].get<std::string>().find("-leads-"), std::string::npos) << row.dump();
    }
    EXPECT_EQ(leaders[0]["name"], "Vladimir Putin");
    EXPECT_EQ(kgraph({"neighbors", "Russia", "--direction", "up"}).status, 2);
    EXPECT_EQ(kgraph({"neighbors", "Russia", "--type", "planet"}).status, 2);
}

// ---- rank and components ------------------------------------------------------------------

TEST_F(GraphCli, RankByDegreePagerankAndBetweenness) {
    const auto degree = json_of({"rank", "--top", "0"});
    ASSERT_FALSE(degree.empty());
    std::int64_t ends = 0;
    for (std::size_t i = 0; i < degree.size(); ++i) {
        EXPECT_EQ(degree[i]["rank"], i + 1);
        if (i > 0) {
            EXPECT_LE(degree[i]["degree"], degree[i - 1]["degree"]);
        }
        ends += degree[i]["degree"].get<std::int64_t>();
    }
    EXPECT_EQ(ends, 2 * stat("facts")) << "each fact has two ends";

    const auto pagerank = json_of({"rank", "--by", "pagerank", "--top", "0"});
    double total = 0;
    for (const auto& row : pagerank) {
        total += row["pagerank"].get<double>();
    }
    EXPECT_NEAR(total, 1.0, 1e-6);

    const auto between = json_of({"rank", "--by", "betweenness", "--top", "3"});
    ASSERT_EQ(between.size(), 3U);
    EXPECT_LE(between[0]["betweenness"].get<double>(), 1.0);
    EXPECT_GT(between[0]["betweenness"].get<double>(), 0.0);

    std::int64_t leads_ends = 0;
    for (const auto& row : json_of({"rank", "--relation", "leads", "--top", "0"})) {
        leads_ends += row["degree"].get<std::int64_t>();
    }
    EXPECT_EQ(leads_ends,
              2 * static_cast<std::int64_t>(json_of({"facts", "--relation", "leads"}).size()));
    EXPECT_EQ(kgraph({"rank", "--by", "fame"}).status, 2);
}

TEST_F(GraphCli, ComponentsCoverEveryFact) {
    const auto groups = json_of({"components"});
    ASSERT_FALSE(groups.empty());
    std::int64_t facts = 0;
    std::int64_t entities = 0;
    for (const auto& g : groups) {
        facts += g["facts"].get<std::int64_t>();
        entities += g["entities"].get<std::int64_t>();
    }
    EXPECT_EQ(facts, stat("facts"));
    EXPECT_EQ(entities, sql_count("SELECT COUNT(*) AS n FROM (SELECT subject FROM facts UNION "
                                  "SELECT object FROM facts)"));
    // Only leads: each leader with what it leads, pairs apart.
    for (const auto& g : json_of({"components", "--relation", "leads"})) {
        EXPECT_EQ(g["facts"].get<int>() + 1, g["entities"].get<int>());
    }
}

// ---- export -------------------------------------------------------------------------------

TEST_F(GraphCli, ExportDotIsStyledDeterministicAndRenders) {
    const auto first = kgraph({"export", "dot"});
    ASSERT_EQ(first.status, 0) << first.err;
    EXPECT_EQ(kgraph({"export", "dot"}).out, first.out) << "same graph, same bytes";
    EXPECT_NE(first.out.find("label=\"Legend"), std::string::npos);
    EXPECT_NE(first.out.find("color=\"#c0392b\""), std::string::npos);  // conflict
    EXPECT_NE(first.out.find("tooltip=\"North Korea deploys-to Russia: "), std::string::npos);
    const auto file = dir_.write("g.dot", first.out);
    if (run_shell("command -v dot").status == 0) {
        const auto svg = run_shell("dot -Tsvg '" + file.string() + "'");
        EXPECT_EQ(svg.status, 0) << svg.err;
        EXPECT_TRUE(svg.err.empty()) << svg.err;
    }
    const auto neato = kgraph({"export", "dot", "--layout", "neato", "--no-legend"});
    EXPECT_NE(neato.out.find("layout=neato;"), std::string::npos);
    EXPECT_EQ(neato.out.find("Legend"), std::string::npos);
    EXPECT_EQ(kgraph({"export", "dot", "--layout", "circo"}).status, 2);
    EXPECT_EQ(kgraph({"export", "json", "--layout", "dot"}).status, 2);
    EXPECT_EQ(kgraph({"export", "gexf"}).status, 2);
}

TEST_F(GraphCli, ExportSvgAndPngAreDrawnByGraphviz) {
    if (run_shell("command -v dot").status != 0) {
        GTEST_SKIP() << "Graphviz dot not installed (scripts/install-deps.sh installs it)";
    }
    auto r = kgraph({"export", "svg", "-o", (dir_ / "g.svg").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string svg = read_file(dir_ / "g.svg");
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("North Korea"), std::string::npos);
    EXPECT_NE(svg.find("conflict"), std::string::npos) << "the legend is drawn";
    r = kgraph({"export", "svg", "--focus", "Kursk", "--depth", "1"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("Kursk"), std::string::npos);
    EXPECT_LT(r.out.size(), svg.size());
    r = kgraph({"export", "png", "-o", (dir_ / "g.png").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(read_file(dir_ / "g.png").substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_F(GraphCli, ExportSvgWithoutGraphvizSaysWhatToInstall) {
    const auto r =
        run_shell("cd '" + dir_.path().string() + "' && PATH=/nonexistent '" +
                  std::string(KGRAPH_BINARY) + "' export svg --db '" + sample_db() + "' -o g.svg");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("Graphviz's `dot` program is not installed"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("kgraph export dot"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1U);
}

TEST_F(GraphCli, ExportGraphmlReadsBackWithTheCountsOfStats) {
    const auto r = kgraph({"export", "graphml", "-o", (dir_ / "g.graphml").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> read;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    std::istringstream in(read_file(dir_ / "g.graphml"));
    boost::read_graphml(in, read, dp);
    EXPECT_EQ(static_cast<std::int64_t>(boost::num_vertices(read)), stat("entities"));
    EXPECT_EQ(static_cast<std::int64_t>(boost::num_edges(read)), stat("facts"));
}

TEST_F(GraphCli, ExportJsonCountsMatchStatsAndFacts) {
    const auto graph = exported_json({});
    EXPECT_EQ(static_cast<std::int64_t>(graph["nodes"].size()), stat("entities"));
    EXPECT_EQ(static_cast<std::int64_t>(graph["links"].size()), stat("facts"));
    std::map<std::string, std::int64_t> documents;
    for (const auto& f : json_of({"facts"})) {
        documents[f["subject"].get<std::string>() + " " + f["relation"].get<std::string>() + " " +
                  f["object"].get<std::string>()] = f["documents"];
    }
    for (const auto& link : graph["links"]) {
        const std::string key = link["source"].get<std::string>() + " " +
                                link["relation"].get<std::string>() + " " +
                                link["target"].get<std::string>();
        EXPECT_EQ(link["documents"], documents[key]) << key;
        EXPECT_FALSE(link["evidence"].get<std::string>().empty()) << key;
    }
}

TEST_F(GraphCli, ExportCutsByFocusRelationAndSupport) {
    const auto leads = exported_json({"--relation", "leads"});
    ASSERT_FALSE(leads["links"].empty());
    for (const auto& link : leads["links"]) {
        EXPECT_EQ(link["relation"], "leads");
    }
    std::set<std::string> ends;
    for (const auto& link : leads["links"]) {
        ends.insert(link["source"].get<std::string>());
        ends.insert(link["target"].get<std::string>());
    }
    std::set<std::string> nodes;
    for (const auto& node : leads["nodes"]) {
        nodes.insert(node["id"].get<std::string>());
    }
    EXPECT_EQ(nodes, ends) << "only the entities its facts touch";
    const auto supported = exported_json({"--min-documents", "2"});
    for (const auto& link : supported["links"]) {
        EXPECT_GE(link["documents"].get<int>(), 2);
    }
    const auto kursk = exported_json({"--focus", "kursk", "--depth", "1"});
    std::set<std::string> names;
    for (const auto& node : kursk["nodes"]) {
        names.insert(node["id"].get<std::string>());
    }
    EXPECT_TRUE(names.contains("Kursk"));
    EXPECT_TRUE(names.contains("Russia"));
    EXPECT_FALSE(names.contains("Mark Rutte"));
}

TEST_F(GraphCli, ExportCsvWritesNeo4jImportFiles) {
    auto r = kgraph({"export", "csv", "-o", (dir_ / "neo4j").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("neo4j-admin database import"), std::string::npos) << r.err;
    const std::string nodes = read_file(dir_ / "neo4j" / "nodes.csv");
    const std::string relationships = read_file(dir_ / "neo4j" / "relationships.csv");
    EXPECT_EQ(nodes.substr(0, nodes.find('\n')), "name:ID,type,:LABEL");
    EXPECT_EQ(relationships.substr(0, 23), ":START_ID,:END_ID,:TYPE");
    EXPECT_EQ(static_cast<std::int64_t>(lines(nodes)) - 1, stat("entities"));
    EXPECT_EQ(static_cast<std::int64_t>(lines(relationships)) - 1, stat("facts"));
    EXPECT_NE(relationships.find("North Korea,Russia,DEPLOYS_TO,deploys-to,false,"),
              std::string::npos);
    r = kgraph({"export", "csv"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("-o DIR"), std::string::npos) << r.err;
}

TEST_F(GraphCli, ALargeDrawingIsDrawnWithSfdpWithoutEdgeLabelsAndAWarning) {
    // 320 countries of a user lexicon, each supplying Russia: more facts than dot draws well.
    std::string entities;
    std::string text;
    for (int i = 0; i < 320; ++i) {
        const std::string name = std::string("Land") + static_cast<char>('a' + i / 26 % 26) +
                                 static_cast<char>('a' + i % 26) + "ia";
        entities += name + "\tcountry\n";
        text += name + " supplied drones to Russia. ";
    }
    dir_.write("lex/entities/many.tsv", entities);
    dir_.write("many.txt", text);
    const std::string db = (dir_ / "many.db").string();
    auto r =
        kgraph({"ingest", "--lexicon", (dir_ / "lex").string(), (dir_ / "many.txt").string()}, db);
    ASSERT_EQ(r.status, 0) << r.err;
    r = kgraph({"export", "dot"}, db);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("warning: 320 facts"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--focus"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--top"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("layout=sfdp;"), std::string::npos);
    EXPECT_EQ(r.out.find("label=supplies"), std::string::npos);
    r = kgraph({"export", "dot", "--min-documents", "2"}, db);
    EXPECT_TRUE(r.err.empty()) << "a cut picture is small again: " << r.err;
    // --top keeps that many facts, labelled and drawn by dot again.
    r = kgraph({"export", "dot", "--top", "25"}, db);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    std::size_t edges = 0;
    for (std::size_t at = r.out.find("label=supplies"); at != std::string::npos;
         at = r.out.find("label=supplies", at + 1)) {
        ++edges;
    }
    EXPECT_EQ(edges, 25U);
    EXPECT_EQ(r.out.find("layout=sfdp;"), std::string::npos);
    // All 320 are stated once: the names decide, Landaa to Landay, the same every time.
    EXPECT_NE(r.out.find("Landay"), std::string::npos);
    EXPECT_EQ(r.out.find("Landaz"), std::string::npos);
    EXPECT_EQ(kgraph({"export", "dot", "--top", "0"}, db).status, 2);
}

TEST_F(GraphCli, EveryNewCommandHasHelp) {
    for (const std::string command :
         {"query", "path", "neighbors", "rank", "components", "export"}) {
        const auto r = run_kgraph({command, "--help"});
        EXPECT_EQ(r.status, 0) << command;
        EXPECT_NE(r.out.find("--db"), std::string::npos) << command;
    }
    EXPECT_NE(run_kgraph({"export", "--help"}).out.find("graphml"), std::string::npos);
    EXPECT_NE(run_kgraph({"path", "--help"}).out.find("--undirected"), std::string::npos);
    EXPECT_NE(run_kgraph({"rank", "--help"}).out.find("betweenness"), std::string::npos);
}

}  // namespace
}  // namespace kg::test
