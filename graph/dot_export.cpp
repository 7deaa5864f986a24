#include <string>

#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include "graph/graph.h"

namespace kg::graph {
namespace {

// Boost's writer quotes a value and escapes its double quotes, nothing more. In a DOT label a
// backslash starts an escape (\n, \l, \N ...), so a literal backslash is doubled first, and a
// line break becomes the label escape \n, which renders as the break it was.
std::string label_text(const std::string& name) {
    std::string out;
    out.reserve(name.size());
    for (const char c : name) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string shape_of(const EntityType type) {
    switch (type) {
        case EntityType::kPerson:
            return "ellipse";
        case EntityType::kCountry:
            return "box";
        case EntityType::kOrganization:
            return "hexagon";
        case EntityType::kLocation:
            return "house";
        case EntityType::kOther:
            break;
    }
    return "note";
}

std::string fill_of(const EntityType type) {
    switch (type) {
        case EntityType::kPerson:
            return "#fde9c9";
        case EntityType::kCountry:
            return "#d6e6f5";
        case EntityType::kOrganization:
            return "#dcefd9";
        case EntityType::kLocation:
            return "#efe3f3";
        case EntityType::kOther:
            break;
    }
    return "#eeeeee";
}

// The graph to draw: entities that take part in at least one fact, in the original order.
Graph connected_part(const Graph& g) {
    Graph out;
    std::vector<Vertex> mapped(boost::num_vertices(g));
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (boost::out_degree(v, g) + boost::in_degree(v, g) > 0) {
            mapped[v] = boost::add_vertex(g[v], out);
        }
    }
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        boost::add_edge(mapped[boost::source(e, g)], mapped[boost::target(e, g)], g[e], out);
    }
    return out;
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out) {
    Graph g = connected_part(graph.boost_graph());
    const auto vertex_index = boost::get(boost::vertex_index, g);
    const auto node_id = boost::make_function_property_map<Vertex, std::string>(
        [](const Vertex v) { return "n" + std::to_string(v); });
    const auto entity = boost::get(boost::vertex_bundle, g);
    const auto fact = boost::get(boost::edge_bundle, g);

    boost::dynamic_properties dp;
    dp.property("node_id", node_id);
    dp.property("label", boost::make_transform_value_property_map(
                             [](const EntityNode& n) { return label_text(n.name); }, entity));
    dp.property("shape", boost::make_transform_value_property_map(
                             [](const EntityNode& n) { return shape_of(n.type); }, entity));
    dp.property("fillcolor", boost::make_transform_value_property_map(
                                 [](const EntityNode& n) { return fill_of(n.type); }, entity));
    dp.property("style", boost::make_transform_value_property_map(
                             [](const EntityNode&) { return std::string("filled"); }, entity));
    dp.property("label", boost::make_transform_value_property_map(
                             [](const FactEdge& f) { return std::string(to_string(f.relation)); },
                             fact));
    dp.property("dir", boost::make_transform_value_property_map(
                           [](const FactEdge& f) {
                               return std::string(is_symmetric(f.relation) ? "both" : "forward");
                           },
                           fact));
    dp.property("penwidth", boost::make_transform_value_property_map(
                                [](const FactEdge& f) {
                                    return std::to_string(std::min(1U + f.documents / 2, 5U));
                                },
                                fact));
    (void)vertex_index;
    boost::write_graphviz_dp(out, g, dp, "node_id");
}

}  // namespace kg::graph
