#include <algorithm>
#include <set>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/graph.h"

namespace kg::graph {
namespace {

// The entities that take part in at least one fact, numbered 0..n-1 in graph order. The
// algorithms run on this dense numbering so that entities without facts neither dilute
// PageRank nor show up as components of one.
struct Active {
    std::vector<Vertex> vertices;    // dense index -> graph vertex
    std::vector<std::size_t> index;  // graph vertex -> dense index
    std::vector<std::size_t> facts;  // per dense index: facts, either end
};

Active active_part(const Graph& g) {
    Active active;
    active.index.assign(boost::num_vertices(g), 0);
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (boost::out_degree(v, g) + boost::in_degree(v, g) > 0) {
            active.index[v] = active.vertices.size();
            active.vertices.push_back(v);
        }
    }
    active.facts.assign(active.vertices.size(), 0);
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const Vertex s = boost::source(e, g);
        const Vertex t = boost::target(e, g);
        ++active.facts[active.index[s]];
        if (t != s) {
            ++active.facts[active.index[t]];
        }
    }
    return active;
}

using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Facts as links subject -> object; a symmetric fact links both ways.
Directed directed_links(const Graph& g, const Active& active) {
    Directed d(active.vertices.size());
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const auto s = active.index[boost::source(e, g)];
        const auto t = active.index[boost::target(e, g)];
        boost::add_edge(s, t, d);
        if (is_symmetric(g[e].relation) && s != t) {
            boost::add_edge(t, s, d);
        }
    }
    return d;
}

// One undirected link per connected pair, however many facts join them: betweenness counts
// shortest paths, and parallel facts would multiply them without making anyone more central.
Undirected undirected_links(const Graph& g, const Active& active) {
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const auto s = active.index[boost::source(e, g)];
        const auto t = active.index[boost::target(e, g)];
        if (s != t) {
            pairs.emplace(std::min(s, t), std::max(s, t));
        }
    }
    Undirected u(active.vertices.size());
    for (const auto& [a, b] : pairs) {
        boost::add_edge(a, b, u);
    }
    return u;
}

std::vector<double> scores(const Graph& g, const Active& active, const Centrality centrality) {
    const std::size_t n = active.vertices.size();
    std::vector<double> score(n, 0.0);
    switch (centrality) {
        case Centrality::kDegree:
            std::transform(active.facts.begin(), active.facts.end(), score.begin(),
                           [](const std::size_t f) { return static_cast<double>(f); });
            break;
        case Centrality::kPageRank: {
            const Directed d = directed_links(g, active);
            // A fixed number of iterations rather than a tolerance: the result is the same on
            // every run, and 0.85^100 leaves no visible error.
            boost::graph::page_rank(d,
                                    boost::make_iterator_property_map(
                                        score.begin(), boost::get(boost::vertex_index, d)),
                                    boost::graph::n_iterations(100));
            // Boost's variant does not redistribute the rank of entities with no outgoing fact,
            // so the total drifts; scale it back to a distribution.
            double total = 0;
            for (const double s : score) {
                total += s;
            }
            if (total > 0) {
                for (double& s : score) {
                    s /= total;
                }
            }
            break;
        }
        case Centrality::kBetweenness: {
            const Undirected u = undirected_links(g, active);
            const auto map = boost::make_iterator_property_map(score.begin(),
                                                               boost::get(boost::vertex_index, u));
            boost::brandes_betweenness_centrality(u, map);
            if (n > 2) {
                boost::relative_betweenness_centrality(u, map);
            }
            break;
        }
    }
    return score;
}

}  // namespace

std::vector<Ranked> rank(const KnowledgeGraph& graph, const Centrality centrality) {
    const Graph& g = graph.boost_graph();
    const Active active = active_part(g);
    const std::vector<double> score = scores(g, active, centrality);
    std::vector<Ranked> ranked;
    ranked.reserve(active.vertices.size());
    for (std::size_t i = 0; i < active.vertices.size(); ++i) {
        const EntityNode& node = g[active.vertices[i]];
        ranked.push_back({node.name, node.type, score[i], active.facts[i]});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.score != b.score ? a.score > b.score : a.name < b.name;
    });
    return ranked;
}

std::vector<Component> components(const KnowledgeGraph& graph) {
    const Graph& g = graph.boost_graph();
    const Active active = active_part(g);
    const Undirected u = undirected_links(g, active);
    std::vector<std::size_t> group(active.vertices.size());
    const std::size_t count = boost::connected_components(
        u, boost::make_iterator_property_map(group.begin(), boost::get(boost::vertex_index, u)));
    std::vector<Component> found(count);
    for (std::size_t i = 0; i < active.vertices.size(); ++i) {
        found[group[i]].members.push_back(g[active.vertices[i]].name);
    }
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        ++found[group[active.index[boost::source(e, g)]]].facts;
    }
    for (auto& component : found) {
        std::sort(component.members.begin(), component.members.end());
    }
    std::sort(found.begin(), found.end(), [](const Component& a, const Component& b) {
        return a.members.size() != b.members.size() ? a.members.size() > b.members.size()
                                                    : a.members.front() < b.members.front();
    });
    return found;
}

}  // namespace kg::graph
