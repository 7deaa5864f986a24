#include <nlohmann/json.hpp>

#include "graph/graph.h"
#include "graph/style.h"

namespace kg::graph {
namespace {

// ordered_json keeps keys in the order written, so the bytes are the same on every run.
using Json = nlohmann::ordered_json;

// One node or link, indented as it sits in the document (inside "nodes" or "links", two
// levels down). Text is valid UTF-8 (ingest checks it), but an export must never fail
// half-written: anything else is replaced.
void write_element(std::ostream& out, const Json& element) {
    const std::string text =
        element.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    out << "    ";
    std::size_t from = 0;
    // A dump's line breaks are its layout: a break inside a string is written \n.
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
        out.write(text.data() + from, static_cast<std::streamsize>(at + 1 - from));
        out << "    ";
        from = at + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// A JSON array of one element for each item, each made and written in turn: a million links
// never stand in memory as one document.
template <typename Range, typename Make>
void write_array(std::ostream& out, const Range& items, const Make& make) {
    bool first = true;
    for (const auto& item : items) {
        out << (first ? "[\n" : ",\n");
        write_element(out, make(item));
        first = false;
    }
    out << (first ? "[]" : "\n  ]");
}

}  // namespace

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
    const Graph& g = graph.boost_graph();
    // The layout of nlohmann's dump(2) of the whole document, written piece by piece.
    out << "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {},\n  \"nodes\": ";
    write_array(out, boost::make_iterator_range(boost::vertices(g)), [&](const Vertex v) {
        return Json{{"id", g[v].name},
                    {"type", to_string(g[v].type)},
                    {"facts", boost::out_degree(v, g) + boost::in_degree(v, g)}};
    });
    out << ",\n  \"links\": ";
    write_array(out, boost::make_iterator_range(boost::edges(g)), [&](const Edge e) {
        const FactEdge& f = g[e];
        const auto date = [](const Date d) { return d == 0 ? Json() : Json(date_text(d)); };
        return Json{{"source", g[boost::source(e, g)].name},
                    {"target", g[boost::target(e, g)].name},
                    {"relation", to_string(f.relation)},
                    {"symmetric", is_symmetric(f.relation)},
                    {"family", to_string(family_of(f.relation))},
                    {"documents", f.documents},
                    {"mentions", f.mentions},
                    {"first_date", date(f.first_date)},
                    {"last_date", date(f.last_date)},
                    {"evidence", graph.evidence(f)}};
    });
    out << "\n}\n";
}

}  // namespace kg::graph
