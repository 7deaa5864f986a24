#pragma once

// graph: the knowledge graph in memory, as a Boost.Graph adjacency_list with bundled properties.
//
// In: entities and facts (from storage). Out: lookups by name, neighbourhoods, shortest paths,
// and DOT text. Vertices are entities (EntityNode), edges are facts (FactEdge), directed subject
// -> object; a symmetric relation is one edge, traversed both ways where direction is ignored.
//
// Guarantees: output order is deterministic (entities sorted by name, edges in insertion order);
// nothing here reads files or a database.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/error.h"
#include "core/ontology.h"

namespace kg::graph {

class Error : public kg::Error {
public:
    explicit Error(const std::string& what) : kg::Error("graph: " + what) {}
};

struct EntityNode {
    std::string name;
    EntityType type = EntityType::kOther;
};

struct FactEdge {
    Relation relation = Relation::kDeploysTo;
    std::uint32_t documents = 0;  // distinct documents stating the fact
    std::uint32_t mentions = 0;   // supporting sentences
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode,
                                    FactEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
public:
    // Adds an entity; a name already present returns its vertex unchanged.
    Vertex add_entity(const std::string& name, EntityType type);
    void add_fact(Vertex subject, Relation relation, Vertex object, std::uint32_t documents,
                  std::uint32_t mentions);

    // Exact canonical name; nullopt when absent.
    std::optional<Vertex> find(std::string_view name) const;

    const Graph& boost_graph() const { return graph_; }
    const EntityNode& entity(const Vertex v) const { return graph_[v]; }
    std::size_t entity_count() const { return boost::num_vertices(graph_); }
    std::size_t fact_count() const { return boost::num_edges(graph_); }

private:
    Graph graph_;
    std::unordered_map<std::string, Vertex> by_name_;
};

// One step of a walk: the fact `subject relation object`, reached from `from`.
struct Hop {
    std::string from;
    std::string to;
    std::string subject;
    Relation relation = Relation::kDeploysTo;
    std::string object;
};

struct Neighbor {
    std::string name;
    EntityType type = EntityType::kOther;
    int depth = 0;  // hops from the start
    Hop via;        // the fact that first reached it
};

// Every entity within `depth` hops of `start`, following facts in either direction, nearest
// first and then by name. Throws Error for an unknown start or a depth below 1.
std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, std::string_view start, int depth);

// A shortest chain of facts from `from` to `to`, ignoring direction (breadth-first search);
// nullopt when they are not connected. Throws Error for an unknown name.
std::optional<std::vector<Hop>> shortest_path(const KnowledgeGraph& graph, std::string_view from,
                                              std::string_view to);

// The entities within `depth` hops of `focus` and the facts among them, as a new graph.
KnowledgeGraph focus_subgraph(const KnowledgeGraph& graph, std::string_view focus, int depth);

// Writes the graph as GraphViz DOT through Boost.Graph's write_graphviz_dp: node shape by entity
// type, edge label the relation. Entities without facts are left out. Names are escaped so any
// text, quotes, backslashes and line breaks included, comes out intact.
void write_dot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg::graph
