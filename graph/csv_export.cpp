#include <string>

#include "graph/graph.h"

namespace kg::graph {
namespace {

// An RFC 4180 field: quoted when it holds a comma, a quote or a leading or trailing space,
// quotes doubled. Line breaks become spaces: Neo4j's importer reads one record per line
// unless --multiline-fields is given, and nothing kgraph stores needs the break.
std::string field(const std::string_view text) {
    std::string value(text);
    for (char& c : value) {
        if (c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    const bool quote = value.find_first_of(",\"") != std::string::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) {
        return value;
    }
    std::string out = "\"";
    for (const char c : value) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

// Neo4j's conventions: labels in PascalCase, relationship types in UPPER_SNAKE_CASE. The
// ontology's own names stay in the `type` and `relation` columns.
std::string label_of(const EntityType type) {
    std::string label(to_string(type));
    label.front() = static_cast<char>(label.front() - 'a' + 'A');
    return label;
}

std::string type_of(const Relation relation) {
    std::string type(to_string(relation));
    for (char& c : type) {
        c = c == '-' ? '_' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    return type;
}

}  // namespace

void write_csv_nodes(const KnowledgeGraph& graph, std::ostream& out) {
    const Graph& g = graph.boost_graph();
    out << "name:ID,type,:LABEL\n";
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        out << field(g[v].name) << ',' << to_string(g[v].type) << ",Entity;" << label_of(g[v].type)
            << '\n';
    }
}

void write_csv_relationships(const KnowledgeGraph& graph, std::ostream& out) {
    const Graph& g = graph.boost_graph();
    out << ":START_ID,:END_ID,:TYPE,relation,symmetric:boolean,documents:int,mentions:int,"
           "first_date:date,last_date:date,evidence\n";
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const FactEdge& f = g[e];
        out << field(g[boost::source(e, g)].name) << ',' << field(g[boost::target(e, g)].name)
            << ',' << type_of(f.relation) << ',' << to_string(f.relation) << ','
            << (is_symmetric(f.relation) ? "true" : "false") << ',' << f.documents << ','
            << f.mentions << ',' << date_text(f.first_date) << ',' << date_text(f.last_date) << ','
            << field(graph.evidence(f))
            << '\n';
    }
}

}  // namespace kg::graph
