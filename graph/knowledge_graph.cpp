#include "graph/graph.h"

namespace kg::graph {

Vertex KnowledgeGraph::add_entity(const std::string& name, const EntityType type) {
    if (const auto it = by_name_.find(name); it != by_name_.end()) {
        return it->second;
    }
    const Vertex v = boost::add_vertex(EntityNode{name, type}, graph_);
    by_name_.emplace(name, v);
    return v;
}

void KnowledgeGraph::add_fact(const Vertex subject, const Vertex object, FactEdge fact) {
    boost::add_edge(subject, object, std::move(fact), graph_);
}

void KnowledgeGraph::add_fact(const Vertex subject, const Relation relation, const Vertex object,
                              const std::uint32_t documents, const std::uint32_t mentions) {
    add_fact(subject, object, FactEdge{relation, documents, mentions, {}, {}, {}});
}

std::optional<Vertex> KnowledgeGraph::find(const std::string_view name) const {
    if (const auto it = by_name_.find(std::string(name)); it != by_name_.end()) {
        return it->second;
    }
    return std::nullopt;
}

}  // namespace kg::graph
