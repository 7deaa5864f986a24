#include <nlohmann/json.hpp>

#include "graph/graph.h"
#include "graph/style.h"

namespace kg::graph {

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
    const Graph& g = graph.boost_graph();
    // ordered_json keeps keys in the order written, so the bytes are the same on every run.
    using Json = nlohmann::ordered_json;
    Json nodes = Json::array();
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        nodes.push_back({{"id", g[v].name},
                         {"type", to_string(g[v].type)},
                         {"facts", boost::out_degree(v, g) + boost::in_degree(v, g)}});
    }
    Json links = Json::array();
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const FactEdge& f = g[e];
        const auto date = [](const Date d) { return d == 0 ? Json() : Json(date_text(d)); };
        links.push_back({{"source", g[boost::source(e, g)].name},
                         {"target", g[boost::target(e, g)].name},
                         {"relation", to_string(f.relation)},
                         {"symmetric", is_symmetric(f.relation)},
                         {"family", to_string(family_of(f.relation))},
                         {"documents", f.documents},
                         {"mentions", f.mentions},
                         {"first_date", date(f.first_date)},
                         {"last_date", date(f.last_date)},
                         {"evidence", graph.evidence(f)}});
    }
    const Json document{{"directed", true},
                        {"multigraph", true},
                        {"graph", Json::object()},
                        {"nodes", std::move(nodes)},
                        {"links", std::move(links)}};
    // Text is valid UTF-8 (ingest checks it), but an export must never fail half-written.
    out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace kg::graph
