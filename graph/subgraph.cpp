#include <algorithm>
#include <optional>
#include <tuple>

#include <fmt/format.h>

#include "graph/graph.h"

namespace kg::graph {
namespace {

// The entities `keep` marks, in their original order, and `facts` (each between two of them),
// in the order given, with their evidence.
KnowledgeGraph copy_of(const KnowledgeGraph& graph, const std::vector<bool>& keep,
                       const std::vector<Edge>& facts) {
    const Graph& g = graph.boost_graph();
    KnowledgeGraph sub;
    std::vector<std::optional<Vertex>> mapped(boost::num_vertices(g));
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (keep[v]) {
            mapped[v] = sub.add_entity(g[v].name, g[v].type);
        }
    }
    for (const Edge e : facts) {
        sub.add_fact(*mapped[boost::source(e, g)], *mapped[boost::target(e, g)], g[e],
                     graph.evidence(g[e]));
    }
    return sub;
}

// The entities `keep` marks and every fact among them.
KnowledgeGraph induced(const KnowledgeGraph& graph, const std::vector<bool>& keep) {
    const Graph& g = graph.boost_graph();
    std::vector<Edge> facts;
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        if (keep[boost::source(e, g)] && keep[boost::target(e, g)]) {
            facts.push_back(e);
        }
    }
    return copy_of(graph, keep, facts);
}

}  // namespace

KnowledgeGraph focus_subgraph(const KnowledgeGraph& graph, const std::string_view focus,
                              const int depth) {
    if (depth < 0) {
        throw Error("depth must not be negative");
    }
    const auto start = graph.find(focus);
    if (!start) {
        throw Error(fmt::format("no entity named '{}' in the graph", focus));
    }
    std::vector<bool> keep(graph.entity_count(), false);
    keep[*start] = true;
    if (depth > 0) {
        for (const auto& n : neighbors(graph, focus, {depth, Direction::kBoth, std::nullopt})) {
            keep[*graph.find(n.name)] = true;
        }
    }
    return induced(graph, keep);
}

KnowledgeGraph strongest_facts(const KnowledgeGraph& graph, const std::size_t n) {
    const Graph& g = graph.boost_graph();
    std::vector<Edge> facts(boost::edges(g).first, boost::edges(g).second);
    const auto stronger = [&](const Edge a, const Edge b) {
        const FactEdge& x = g[a];
        const FactEdge& y = g[b];
        if (x.documents != y.documents) {
            return x.documents > y.documents;
        }
        if (x.mentions != y.mentions) {
            return x.mentions > y.mentions;
        }
        // By the relation's name, as the README says, not its place in the ontology.
        const std::string_view x_relation = to_string(x.relation);
        const std::string_view y_relation = to_string(y.relation);
        return std::tie(g[boost::source(a, g)].name, x_relation, g[boost::target(a, g)].name) <
               std::tie(g[boost::source(b, g)].name, y_relation, g[boost::target(b, g)].name);
    };
    if (facts.size() > n) {
        std::nth_element(facts.begin(), facts.begin() + static_cast<std::ptrdiff_t>(n),
                         facts.end(), stronger);
        facts.resize(n);
    }
    // Strongest first; the entities they join keep the graph's order.
    std::sort(facts.begin(), facts.end(), stronger);
    std::vector<bool> keep(graph.entity_count(), false);
    for (const Edge e : facts) {
        keep[boost::source(e, g)] = true;
        keep[boost::target(e, g)] = true;
    }
    return copy_of(graph, keep, facts);
}

KnowledgeGraph without_lone_entities(const KnowledgeGraph& graph) {
    const Graph& g = graph.boost_graph();
    std::vector<bool> keep(graph.entity_count(), false);
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        keep[v] = boost::out_degree(v, g) + boost::in_degree(v, g) > 0;
    }
    return induced(graph, keep);
}

}  // namespace kg::graph
