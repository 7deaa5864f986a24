#include <algorithm>
#include <deque>
#include <limits>

#include <fmt/format.h>

#include "graph/graph.h"

namespace kg::graph {
namespace {

Vertex require(const KnowledgeGraph& graph, const std::string_view name) {
    const auto v = graph.find(name);
    if (!v) {
        throw Error(fmt::format("no entity named '{}' in the graph", name));
    }
    return *v;
}

Hop make_hop(const Graph& g, const Edge e, const Vertex from) {
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    const Vertex to = s == from ? t : s;
    return Hop{g[from].name, g[to].name, g[s].name, g[e].relation, g[t].name};
}

// Breadth-first search that ignores edge direction. Calls visit(v, parent_edge, depth) once per
// newly reached vertex; stops expanding past max_depth. Neighbours are expanded in a fixed order
// (out-edges, then in-edges, each in insertion order), so results are deterministic.
template <typename Visit>
void undirected_bfs(const Graph& g, const Vertex start, const int max_depth, Visit visit) {
    const auto n = boost::num_vertices(g);
    std::vector<int> depth(n, -1);
    std::deque<Vertex> queue{start};
    depth[start] = 0;
    while (!queue.empty()) {
        const Vertex u = queue.front();
        queue.pop_front();
        if (depth[u] >= max_depth) {
            continue;
        }
        const auto reach = [&](const Edge e, const Vertex v) {
            if (depth[v] >= 0) {
                return true;
            }
            depth[v] = depth[u] + 1;
            queue.push_back(v);
            return visit(v, e, u, depth[v]);
        };
        for (const Edge e : boost::make_iterator_range(boost::out_edges(u, g))) {
            if (!reach(e, boost::target(e, g))) {
                return;
            }
        }
        for (const Edge e : boost::make_iterator_range(boost::in_edges(u, g))) {
            if (!reach(e, boost::source(e, g))) {
                return;
            }
        }
    }
}

}  // namespace

std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, const std::string_view start,
                                const int depth) {
    if (depth < 1) {
        throw Error("depth must be at least 1");
    }
    const Graph& g = graph.boost_graph();
    std::vector<Neighbor> found;
    undirected_bfs(g, require(graph, start), depth,
                   [&](const Vertex v, const Edge e, const Vertex from, const int d) {
                       found.push_back({g[v].name, g[v].type, d, make_hop(g, e, from)});
                       return true;
                   });
    std::stable_sort(found.begin(), found.end(), [](const Neighbor& a, const Neighbor& b) {
        return a.depth != b.depth ? a.depth < b.depth : a.name < b.name;
    });
    return found;
}

std::optional<std::vector<Hop>> shortest_path(const KnowledgeGraph& graph,
                                              const std::string_view from,
                                              const std::string_view to) {
    const Graph& g = graph.boost_graph();
    const Vertex source = require(graph, from);
    const Vertex target = require(graph, to);
    if (source == target) {
        return std::vector<Hop>{};
    }
    std::vector<std::optional<std::pair<Edge, Vertex>>> parent(boost::num_vertices(g));
    bool reached = false;
    undirected_bfs(g, source, std::numeric_limits<int>::max(),
                   [&](const Vertex v, const Edge e, const Vertex prev, int) {
                       parent[v] = std::make_pair(e, prev);
                       reached = v == target;
                       return !reached;
                   });
    if (!reached) {
        return std::nullopt;
    }
    std::vector<Hop> hops;
    for (Vertex v = target; v != source; v = parent[v]->second) {
        hops.push_back(make_hop(g, parent[v]->first, parent[v]->second));
    }
    std::reverse(hops.begin(), hops.end());
    return hops;
}

KnowledgeGraph focus_subgraph(const KnowledgeGraph& graph, const std::string_view focus,
                              const int depth) {
    if (depth < 0) {
        throw Error("depth must not be negative");
    }
    const Graph& g = graph.boost_graph();
    const Vertex start = require(graph, focus);
    std::vector<bool> keep(boost::num_vertices(g), false);
    keep[start] = true;
    if (depth > 0) {
        undirected_bfs(g, start, depth, [&](const Vertex v, Edge, Vertex, int) {
            keep[v] = true;
            return true;
        });
    }
    KnowledgeGraph sub;
    std::vector<std::optional<Vertex>> mapped(boost::num_vertices(g));
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (keep[v]) {
            mapped[v] = sub.add_entity(g[v].name, g[v].type);
        }
    }
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const Vertex s = boost::source(e, g);
        const Vertex t = boost::target(e, g);
        if (keep[s] && keep[t]) {
            sub.add_fact(*mapped[s], g[e].relation, *mapped[t], g[e].documents, g[e].mentions);
        }
    }
    return sub;
}

}  // namespace kg::graph
