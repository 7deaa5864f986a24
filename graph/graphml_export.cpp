#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include "graph/graph.h"
#include "graph/style.h"

namespace kg::graph {
namespace {

// A read-only property map of one bundled member. The writer only reads, but dynamic_properties
// would try to write through a member map of a const graph, and that does not compile.
template <typename Bundle, typename Value, typename Map>
auto member(Value Bundle::*field, const Map bundles) {
    return boost::make_transform_value_property_map(
        [field](const Bundle& bundle) { return bundle.*field; }, bundles);
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out) {
    const Graph& g = graph.boost_graph();
    const auto entity = boost::get(boost::vertex_bundle, g);
    const auto fact = boost::get(boost::edge_bundle, g);
    // Names of enum values go out as text; counts as GraphML ints (the writer maps unsigned
    // int to "int"), so NetworkX and Gephi read numbers, not strings.
    boost::dynamic_properties dp;
    dp.property("label", member(&EntityNode::name, entity));
    dp.property("type",
                boost::make_transform_value_property_map(
                    [](const EntityNode& n) { return std::string(to_string(n.type)); }, entity));
    dp.property("relation",
                boost::make_transform_value_property_map(
                    [](const FactEdge& f) { return std::string(to_string(f.relation)); }, fact));
    dp.property(
        "family",
        boost::make_transform_value_property_map(
            [](const FactEdge& f) { return std::string(to_string(family_of(f.relation))); }, fact));
    dp.property("symmetric", boost::make_transform_value_property_map(
                                 [](const FactEdge& f) { return is_symmetric(f.relation); }, fact));
    dp.property("documents", member(&FactEdge::documents, fact));
    dp.property("mentions", member(&FactEdge::mentions, fact));
    dp.property("first_date", boost::make_transform_value_property_map(
                                  [](const FactEdge& f) { return date_text(f.first_date); }, fact));
    dp.property("last_date", boost::make_transform_value_property_map(
                                 [](const FactEdge& f) { return date_text(f.last_date); }, fact));
    dp.property("evidence", boost::make_transform_value_property_map(
                                [&graph](const FactEdge& f) {
                                    return std::string(graph.evidence(f));
                                },
                                fact));
    boost::write_graphml(out, g, dp, true);
}

}  // namespace kg::graph
