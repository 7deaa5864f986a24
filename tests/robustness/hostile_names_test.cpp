// Names and paths that break naive code: quotes, backslashes, line breaks, SQL comment and
// statement marks, DOT and XML specials, non-ASCII letters. They come in through a user's
// lexicon, through the text itself and through file names, and must come out of every command
// and every export exactly as they went in, each output parsed back to check.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>

#include "robustness/robustness_support.h"

namespace kg::test {
namespace {

// Canonical names and aliases from the user's lexicon.
const std::string kTables = "Bobby\"); DROP TABLE entities;--";
const std::string kTablesAlias = "O'Brien \\ Sons";
const std::string kUnion = "Z\u00FCrich <\u00DCnion> & {Co}";
const std::string kUnionAlias = "\u00DCnion {Z} \"Ltd\"";
const std::string kHellas = "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1 \"GR\" -- 'x'";
// A name the text itself makes, across a line break.
const std::string kNewline = "Nuevo\nLe\u00F3n Trading Group";
const std::string kRussia = "Russia";


// The document's file name.
const std::string kFileName = "it's \"quoted\"; DROP TABLE documents;-- \\ <a> {b}\n\u00DC.txt";


// Undoes the label escapes of the DOT writer: \\ -> \, \n -> line break.
std::string unescape_dot(const std::string& label) {
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

// Records of an RFC 4180 file: fields may be quoted, with quotes doubled.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
        } else {
            field += c;
        }
    }
    return records;
}

std::string collapse_space(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](const char c) { return c == '\n' || c == '\t'; }, ' ');
    return text;
}

class HostileNames : public ::testing::Test {
protected:
    void SetUp() override {
        dir_.write("lex/entities/hostile.tsv",
                   kTables + "\torganization\tLittle Bobby Tables|" + kTablesAlias + "\n" +
                       kUnion + "\torganization\t" + kUnionAlias + "\n" + kHellas +
                       "\tcountry\n");
        document_ = dir_.write(
            "in/" + kFileName,
            kTables + " supplied drones to Russia.\n" + kTablesAlias + " supplied rifles to " +
                kUnion + ".\n\n" + kHellas + " sanctioned Russia over the attacks.\n\n" +
                kNewline + " supplied fuel to Russia.\n\n" + kUnionAlias +
                " criticized Russia for the strikes.\n");
        const auto r = run_kgraph({"ingest", "--lexicon", (dir_ / "lex").string(),
                                   (dir_ / "in").string(), "--db", db()});
        ASSERT_EQ(r.status, 0) << r.err;
        // A name never runs across a line break, so the one found is the line's part of it;
        // every output below must carry that name exactly.
        for (const auto& entity : kgraph_json(db(), {"entities"})) {
            if (entity["name"].get<std::string>().ends_with("Trading Group")) {
                wrapped_ = entity["name"];
            }
        }
        ASSERT_EQ(wrapped_, "Le\u00F3n Trading Group");
    }

    std::set<std::string> names_with_facts() const {
        return {kTables, kUnion, kHellas, wrapped_, kRussia};
    }

    std::string db() const { return (dir_ / "kg.db").string(); }

    TempDir dir_;
    std::filesystem::path document_;
    std::string wrapped_;  // the name of the Nuevo León Trading Group, as stored
};

TEST_F(HostileNames, FactsAndEvidenceKeepEveryNameAndPathExactly) {
    const auto evidence = kgraph_json(db(), {"sql", "SELECT * FROM evidence"});
    ASSERT_TRUE(evidence.is_array());
    std::set<std::string> names;
    for (const auto& row : evidence) {
        names.insert(row["subject"].get<std::string>());
        names.insert(row["object"].get<std::string>());
        EXPECT_EQ(row["document"], document_.string());
    }
    EXPECT_EQ(names, names_with_facts());
    EXPECT_EQ(evidence.size(), 5U) << evidence.dump(2);

    const auto facts = kgraph_json(db(), {"facts"});
    ASSERT_TRUE(facts.is_array());
    std::set<std::string> fact_names;
    for (const auto& row : facts) {
        fact_names.insert(row["subject"].get<std::string>());
        fact_names.insert(row["object"].get<std::string>());
    }
    EXPECT_EQ(fact_names, names_with_facts());

    const auto documents = kgraph_json(db(), {"sql", "SELECT path FROM documents"});
    ASSERT_EQ(documents.size(), 1U);
    EXPECT_EQ(documents[0]["path"], document_.string());
    // The statements in the names ran nowhere.
    const auto tables = kgraph_json(db(), {"sql", "SELECT name FROM sqlite_schema WHERE name "
                                                  "IN ('entities', 'documents')"});
    EXPECT_EQ(tables.size(), 2U);
}

TEST_F(HostileNames, AliasesAreStoredAndResolveThroughBoundParameters) {
    const auto names = kgraph_json(db(), {"sql", "SELECT name, alias FROM entity_names"});
    ASSERT_TRUE(names.is_array());
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& row : names) {
        pairs.emplace(row["name"], row["alias"]);
    }
    EXPECT_TRUE(pairs.contains({kTables, kTablesAlias}));
    EXPECT_TRUE(pairs.contains({kTables, "Little Bobby Tables"}));
    EXPECT_TRUE(pairs.contains({kUnion, kUnionAlias}));

    for (const std::string& alias : {kTablesAlias, std::string("little bobby tables"), kTables}) {
        const auto facts = kgraph_json(db(), {"facts", "--subject", alias});
        ASSERT_TRUE(facts.is_array()) << alias;
        ASSERT_EQ(facts.size(), 2U) << alias << ": " << facts.dump(2);
        for (const auto& row : facts) {
            EXPECT_EQ(row["subject"], kTables);
        }
    }
    const auto criticized = kgraph_json(db(), {"facts", "--subject", kUnionAlias,
                                               "--relation", "criticizes"});
    ASSERT_EQ(criticized.size(), 1U);
    EXPECT_EQ(criticized[0]["subject"], kUnion);
}

TEST_F(HostileNames, QueryAndExplainTakeTheNamesAsTyped) {
    const auto rows = kgraph_json(db(), {"query", "'" + kTables + "' supplies ?"});
    ASSERT_TRUE(rows.is_array());
    EXPECT_EQ(rows.size(), 2U) << rows.dump(2);
    const auto newline = kgraph_json(db(), {"query", "? ? Russia"});
    ASSERT_TRUE(newline.is_array());
    EXPECT_EQ(newline.size(), 4U) << newline.dump(2);

    const auto explained = kgraph_json(db(), {"explain", kTablesAlias, "supplies", kUnion});
    ASSERT_TRUE(explained.is_array());
    ASSERT_EQ(explained.size(), 1U);
    EXPECT_EQ(explained[0]["subject"], kTables);
    EXPECT_EQ(explained[0]["object"], kUnion);
    EXPECT_EQ(explained[0]["document"], document_.string());
    EXPECT_EQ(explained[0]["sentence"], kTablesAlias + " supplied rifles to " + kUnion + ".");
}

TEST_F(HostileNames, DotReadsBackThroughBoostWithEveryName) {
    const auto r = run_kgraph({"export", "dot", "--no-legend", "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                          boost::property<boost::vertex_name_t, std::string>,
                          boost::property<boost::edge_name_t, std::string>>
        read;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("label", boost::get(boost::vertex_name, read));
    dp.property("label", boost::get(boost::edge_name, read));
    std::istringstream in(r.out);
    ASSERT_TRUE(boost::read_graphviz(in, read, dp, "node_id")) << r.out;
    std::set<std::string> names;
    for (const auto v : boost::make_iterator_range(boost::vertices(read))) {
        names.insert(unescape_dot(boost::get(boost::vertex_name, read, v)));
    }
    EXPECT_EQ(names, names_with_facts()) << r.out;
    EXPECT_EQ(boost::num_edges(read), 5U);
}

TEST_F(HostileNames, GraphmlReadsBackThroughBoostWithEveryName) {
    const auto r = run_kgraph({"export", "graphml", "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    struct Node {
        std::string label;
    };
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node> read;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("label", boost::get(&Node::label, read));
    std::istringstream in(r.out);
    boost::read_graphml(in, read, dp);
    std::set<std::string> names;
    for (const auto v : boost::make_iterator_range(boost::vertices(read))) {
        names.insert(read[v].label);
    }
    // Boost's reader turns a line break inside a value into a space; the file keeps it.
    std::set<std::string> expected;
    for (const auto& name : names_with_facts()) {
        expected.insert(collapse_space(name));
    }
    for (const auto& name : expected) {
        EXPECT_TRUE(names.contains(name)) << name << " in " << r.out;
    }
    EXPECT_NE(r.out.find(wrapped_), std::string::npos) << "the name as stored is in the file";
}

TEST_F(HostileNames, JsonExportKeepsEveryNameExactly) {
    const auto r = run_kgraph({"export", "json", "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto graph = nlohmann::json::parse(r.out);
    std::set<std::string> ids;
    for (const auto& node : graph["nodes"]) {
        ids.insert(node["id"].get<std::string>());
    }
    for (const auto& name : names_with_facts()) {
        EXPECT_TRUE(ids.contains(name)) << name;
    }
    std::set<std::string> ends;
    for (const auto& link : graph["links"]) {
        ends.insert(link["source"].get<std::string>());
        ends.insert(link["target"].get<std::string>());
    }
    EXPECT_EQ(ends, names_with_facts());
}

TEST_F(HostileNames, CsvExportQuotesEveryNameAndKeepsItsIds) {
    const auto folder = dir_ / "csv";
    const auto r = run_kgraph({"export", "csv", "-o", folder.string(), "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto nodes = parse_csv(read_file(folder / "nodes.csv"));
    const auto relationships = parse_csv(read_file(folder / "relationships.csv"));
    ASSERT_FALSE(nodes.empty());
    std::set<std::string> ids;
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        ASSERT_EQ(nodes[i].size(), 3U) << "one record per line, three fields";
        ids.insert(nodes[i][0]);
    }
    // CSV for Neo4j keeps one record per line: a line break in a name becomes a space.
    for (const auto& name : names_with_facts()) {
        EXPECT_TRUE(ids.contains(collapse_space(name))) << name;
    }
    ASSERT_EQ(relationships.size(), 6U);
    for (std::size_t i = 1; i < relationships.size(); ++i) {
        ASSERT_EQ(relationships[i].size(), relationships[0].size());
        EXPECT_TRUE(ids.contains(relationships[i][0])) << relationships[i][0];
        EXPECT_TRUE(ids.contains(relationships[i][1])) << relationships[i][1];
    }
}

}  // namespace
}  // namespace kg::test
