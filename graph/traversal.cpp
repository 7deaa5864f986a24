#include <algorithm>
#include <exception>
#include <limits>
#include <unordered_map>

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

// A walk follows arcs: one per way a fact may be followed, pointing the way it is walked. The
// arcs leaving a vertex come in a fixed order (facts it states, then facts stated about it, each
// in insertion order), so every walk is deterministic. They are read off the graph as the walk
// goes: a walk costs what it visits, not the size of the graph (a copy of the graph as arcs per
// walk took 200 ms on a million facts for a 1-hop neighbourhood).
// visit(fact, to, kind): kind 0 for a fact u states, 1 for a fact stated about u.
template <typename Visit>
void for_each_arc_with_kind(const Graph& g, const Vertex u, const Direction direction,
                            Visit visit) {
    for (const Edge e : boost::make_iterator_range(boost::out_edges(u, g))) {
        if (direction != Direction::kIn || is_symmetric(g[e].relation)) {
            visit(e, boost::target(e, g), 0);
        }
    }
    for (const Edge e : boost::make_iterator_range(boost::in_edges(u, g))) {
        if (direction != Direction::kOut || is_symmetric(g[e].relation)) {
            visit(e, boost::source(e, g), 1);
        }
    }
}

template <typename Visit>
void for_each_arc(const Graph& g, const Vertex u, const Direction direction, Visit visit) {
    for_each_arc_with_kind(g, u, direction,
                           [&](const Edge e, const Vertex v, int) { visit(e, v); });
}

// The arcs that arrive at v, each with the vertex it leaves from, in the order for_each_arc()
// lists arcs leaving their vertices: by that vertex, then facts it states before facts stated
// about it, then insertion order.
struct ArcIn {
    Vertex from;
    Edge fact;
    int kind;                   // 0: a fact `from` states; 1: a fact stated about `from`
    std::uint64_t support = 0;  // documents summed along the best path from the source over it
};

// Puts arcs into one vertex in the order for_each_arc() lists arcs leaving their vertices; arcs
// from the same vertex and of the same kind keep their order.
void sort_as_listed(std::vector<ArcIn>& in) {
    std::stable_sort(in.begin(), in.end(), [](const ArcIn& x, const ArcIn& y) {
        return x.from != y.from ? x.from < y.from : x.kind < y.kind;
    });
}

// Per-thread marks for breadth-first walks: a vertex's depth counts only while its stamp is the
// current walk's, so starting a walk does not clear an array the size of the graph.
class Marks {
public:
    void start(const std::size_t vertices) {
        if (stamp_.size() < vertices) {
            stamp_.resize(vertices, 0);
            depth_.resize(vertices);
            via_.resize(vertices);
        }
        if (++epoch_ == 0) {  // wrapped: stale stamps could match again
            std::fill(stamp_.begin(), stamp_.end(), 0);
            epoch_ = 1;
        }
    }
    bool seen(const Vertex v) const { return stamp_[v] == epoch_; }
    int depth(const Vertex v) const { return seen(v) ? depth_[v] : -1; }
    void reach(const Vertex v, const int depth, const Edge via, const Vertex from) {
        stamp_[v] = epoch_;
        depth_[v] = depth;
        via_[v] = {via, from};
    }
    const std::pair<Edge, Vertex>& via(const Vertex v) const { return via_[v]; }

private:
    std::uint32_t epoch_ = 0;
    std::vector<std::uint32_t> stamp_;
    std::vector<int> depth_;
    std::vector<std::pair<Edge, Vertex>> via_;  // the arc that first reached the vertex
};

Marks& walk_marks() {
    thread_local Marks marks;
    return marks;
}

// A search from both ends asks, for every arc it reads, whether either side has reached the
// vertex the arc leads to: one bit per vertex and side, which stays in the processor's cache
// where a record per vertex (16 bytes, 3 MiB for 200k entities) did not. Bits are cleared after
// each search from the lists of the vertices that were set, so a search costs what it reads.
class SeenBits {
public:
    void size_for(const std::size_t vertices) {
        if (words_.size() * 64 < vertices) {
            words_.resize((vertices + 63) / 64);
        }
    }
    bool test(const Vertex v) const { return ((words_[v >> 6] >> (v & 63)) & 1U) != 0; }
    void set(const Vertex v) { words_[v >> 6] |= std::uint64_t{1} << (v & 63); }
    void clear_all() { std::fill(words_.begin(), words_.end(), 0); }
    void clear(const std::vector<std::vector<Vertex>>& layers) {
        for (const auto& layer : layers) {
            for (const Vertex v : layer) {
                words_[v >> 6] &= ~(std::uint64_t{1} << (v & 63));
            }
        }
    }

private:
    std::vector<std::uint64_t> words_;
};

// Once a search has met, the layer of a shortest path each vertex on one lies on; -1 for the
// others. As Marks, it counts only while its stamp is the current walk's.
class PathLayers {
public:
    void start(const std::size_t vertices) {
        if (marks_.size() < vertices) {
            marks_.resize(vertices);
        }
        if (++epoch_ == 0) {
            std::fill(marks_.begin(), marks_.end(), Mark{});
            epoch_ = 1;
        }
    }
    int on_path(const Vertex v) const {
        return marks_[v].epoch == epoch_ ? marks_[v].layer : -1;
    }
    void set_on_path(const Vertex v, const int layer) { marks_[v] = {epoch_, layer}; }

private:
    struct Mark {
        std::uint32_t epoch = 0;
        std::int32_t layer = -1;
    };
    std::uint32_t epoch_ = 0;
    std::vector<Mark> marks_;
};

struct TwoWaySearch {
    SeenBits forward;
    SeenBits backward;
    PathLayers layers;
    // By vertex: the most documents a shortest path from the source can sum up to it. Set for
    // each vertex of a layer before the next layer reads it, so what earlier searches left in it
    // is never read.
    std::vector<std::uint64_t> best;
};

TwoWaySearch& two_way_search() {
    thread_local TwoWaySearch search;
    return search;
}

// Arcs that arrive at v, with the vertex each leaves from and its kind there (0: a fact that
// vertex states, 1: a fact stated about it); in_edges then out_edges of v, insertion order.
template <typename Visit>
void for_each_arc_into(const Graph& g, const Vertex v, const Direction direction, Visit visit) {
    for (const Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
        if (direction != Direction::kIn || is_symmetric(g[e].relation)) {
            visit(e, boost::source(e, g), 0);
        }
    }
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
        if (direction != Direction::kOut || is_symmetric(g[e].relation)) {
            visit(e, boost::target(e, g), 1);
        }
    }
}

std::size_t arc_cost(const Graph& g, const std::vector<Vertex>& layer) {
    std::size_t cost = 0;
    for (const Vertex v : layer) {
        cost += boost::out_degree(v, g) + boost::in_degree(v, g);
    }
    return cost;
}

// Breadth-first from `start` along arcs, no further than `max_depth` hops. Returns the vertices
// reached in the order reached (so by depth); `marks` holds each one's depth and first arc.
std::vector<Vertex> breadth_first(const Graph& g, const Vertex start, const Direction direction,
                                  const int max_depth, Marks& marks) {
    marks.start(boost::num_vertices(g));
    marks.reach(start, 0, Edge{}, start);
    std::vector<Vertex> order{start};
    for (std::size_t head = 0; head < order.size(); ++head) {
        const Vertex u = order[head];
        const int d = marks.depth(u);
        if (d >= max_depth) {
            break;
        }
        for_each_arc(g, u, direction, [&](const Edge e, const Vertex v) {
            if (!marks.seen(v)) {
                marks.reach(v, d + 1, e, u);
                order.push_back(v);
            }
        });
    }
    return order;
}

Hop make_hop(const Graph& g, const Edge e, const Vertex from) {
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    const Vertex to = s == from ? t : s;
    return Hop{g[from].name, g[to].name, g[s].name, g[e].relation, g[t].name, g[e].documents};
}

}  // namespace

std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, const std::string_view start,
                                const NeighborOptions& options) {
    if (options.depth < 1) {
        throw Error("depth must be at least 1");
    }
    const Graph& g = graph.boost_graph();
    Marks& marks = walk_marks();
    const auto order =
        breadth_first(g, require(graph, start), options.direction, options.depth, marks);
    std::vector<Neighbor> found;
    for (std::size_t i = 1; i < order.size(); ++i) {
        const Vertex v = order[i];
        if (options.type && g[v].type != *options.type) {
            continue;
        }
        const auto& [fact, from] = marks.via(v);
        found.push_back({g[v].name, g[v].type, marks.depth(v), make_hop(g, fact, from)});
    }
    // Names are unique, so this order is total.
    std::sort(found.begin(), found.end(), [](const Neighbor& a, const Neighbor& b) {
        return a.depth != b.depth ? a.depth < b.depth : a.name < b.name;
    });
    return found;
}

std::vector<std::vector<Hop>> shortest_paths(const KnowledgeGraph& graph,
                                             const std::string_view from, const std::string_view to,
                                             const PathOptions& options) {
    if (options.max_hops < 0) {
        throw Error("the maximum number of hops must not be negative");
    }
    if (options.limit == 0) {
        throw Error("the number of paths to list must be at least 1");
    }
    const Graph& g = graph.boost_graph();
    const Vertex source = require(graph, from);
    const Vertex target = require(graph, to);
    if (source == target) {
        return {std::vector<Hop>{}};
    }
    // Breadth-first from both ends at once, a whole layer at a time, each time on the side whose
    // next layer costs fewer arcs; the first layer that reaches the other side's vertices fixes
    // the length: length = forward depth + backward depth. On graphs where a few entities have
    // most of the facts this reads a small part of the graph where a search from one end would
    // read most of it.
    TwoWaySearch& search = two_way_search();
    SeenBits& forward_seen = search.forward;
    SeenBits& backward_seen = search.backward;
    PathLayers& marks = search.layers;
    forward_seen.size_for(boost::num_vertices(g));
    backward_seen.size_for(boost::num_vertices(g));
    marks.start(boost::num_vertices(g));
    std::vector<std::vector<Vertex>> forward_layers{{source}};
    std::vector<std::vector<Vertex>> backward_layers{{target}};
    // Every vertex a side has reached is in one of its layers, so clearing those clears its
    // bits when the search ends. One that ends by an exception (out of memory) may have set a
    // bit before the vertex reached a layer: then every bit is cleared.
    struct Clear {
        TwoWaySearch& search;
        const std::vector<std::vector<Vertex>>& forward;
        const std::vector<std::vector<Vertex>>& backward;
        ~Clear() {
            if (std::uncaught_exceptions() > 0) {
                search.forward.clear_all();
                search.backward.clear_all();
                return;
            }
            search.forward.clear(forward);
            search.backward.clear(backward);
        }
    } clear{search, forward_layers, backward_layers};
    forward_seen.set(source);
    backward_seen.set(target);
    const int max_hops = options.max_hops > 0 ? options.max_hops : std::numeric_limits<int>::max();
    // The arcs of the last layer searched that reach the other side, each with the vertex it
    // arrives at: the arcs between the two middle layers of every shortest path, found in the
    // search instead of read again afterwards.
    std::vector<std::pair<Vertex, ArcIn>> meeting_arcs;
    bool forward_last = true;
    while (meeting_arcs.empty()) {
        const int a = static_cast<int>(forward_layers.size()) - 1;
        const int b = static_cast<int>(backward_layers.size()) - 1;
        if (a + b >= max_hops || forward_layers.back().empty() || backward_layers.back().empty()) {
            return {};  // not connected, or only by paths longer than max_hops
        }
        forward_last = arc_cost(g, forward_layers.back()) <= arc_cost(g, backward_layers.back());
        std::vector<Vertex> next;
        // An arc from this side's last layer reaches `reached`. Once the sides meet this layer
        // is the last, and of the rest of it only the vertices where they meet are marked (most
        // of the layer, often, is not).
        const auto reach = [&](SeenBits& mine, const SeenBits& theirs, const Vertex reached,
                               const Vertex arrives, const ArcIn& arc) {
            if (theirs.test(reached)) {
                if (!mine.test(reached)) {
                    mine.set(reached);
                    next.push_back(reached);
                }
                meeting_arcs.push_back({arrives, arc});
            } else if (meeting_arcs.empty() && !mine.test(reached)) {
                mine.set(reached);
                next.push_back(reached);
            }
        };
        if (forward_last) {
            for (const Vertex u : forward_layers.back()) {
                for_each_arc_with_kind(
                    g, u, options.direction, [&](const Edge e, const Vertex v, const int kind) {
                        reach(forward_seen, backward_seen, v, v, {u, e, kind});
                    });
            }
            forward_layers.push_back(std::move(next));
        } else {
            for (const Vertex v : backward_layers.back()) {
                for_each_arc_into(
                    g, v, options.direction, [&](const Edge e, const Vertex u, const int kind) {
                        reach(backward_seen, forward_seen, u, v, {u, e, kind});
                    });
            }
            backward_layers.push_back(std::move(next));
        }
    }
    const int meet = static_cast<int>(forward_layers.size()) - 1;  // forward depth reached
    const int length = meet + static_cast<int>(backward_layers.size()) - 1;

    // Every shortest path runs through arcs that go exactly one layer further from the source,
    // and only the vertices on some shortest path matter: those at distance k from the source
    // and length - k from the target. The meeting arcs give two layers of them (meet - 1 and
    // meet when the forward side searched last, meet and meet + 1 when the backward side did);
    // from there, the layers towards each end are found through the arcs between them
    // (layer_in: the arcs into each such vertex from the layer before, in the order the arcs
    // leave their vertices). best[v] is the most documents a shortest path from the source to v
    // can sum up; keeping each vertex's incoming layer arcs sorted by what they lead to makes the
    // first path the depth-first walk below finds the best supported one.
    std::vector<std::vector<Vertex>> layers(static_cast<std::size_t>(length) + 1);
    std::unordered_map<Vertex, std::vector<ArcIn>> layer_in;
    const int upper = forward_last ? meet : meet + 1;  // the layer the meeting arcs arrive in
    for (const auto& [arrives, arc] : meeting_arcs) {
        if (marks.on_path(arrives) != upper) {
            marks.set_on_path(arrives, upper);
            layers[static_cast<std::size_t>(upper)].push_back(arrives);
        }
        if (marks.on_path(arc.from) != upper - 1) {
            marks.set_on_path(arc.from, upper - 1);
            layers[static_cast<std::size_t>(upper) - 1].push_back(arc.from);
        }
        layer_in[arrives].push_back(arc);
    }
    for (auto& [arrives, in] : layer_in) {
        sort_as_listed(in);
    }
    // The arcs into w from vertices `from_layer` accepts, in the order arcs are listed.
    const auto arcs_into = [&](const Vertex w, const auto& from_layer) {
        std::vector<ArcIn> in;
        for_each_arc_into(g, w, options.direction,
                          [&](const Edge e, const Vertex u, const int kind) {
                              if (from_layer(u)) {
                                  in.push_back({u, e, kind});
                              }
                          });
        sort_as_listed(in);
        return in;
    };
    for (int k = upper - 2; k >= 0; --k) {
        auto& layer = layers[static_cast<std::size_t>(k)];
        auto searched = forward_layers[static_cast<std::size_t>(k)];
        std::sort(searched.begin(), searched.end());  // arcs listed by the vertex they leave
        for (const Vertex u : searched) {
            bool used = false;
            for_each_arc(g, u, options.direction, [&](const Edge e, const Vertex v) {
                if (marks.on_path(v) == k + 1) {
                    layer_in[v].push_back({u, e, 0});  // already in the order arcs are listed
                    used = true;
                }
            });
            if (used) {
                layer.push_back(u);
                marks.set_on_path(u, k);
            }
        }
    }
    for (int k = upper + 1; k <= length; ++k) {
        const auto& searched = backward_layers[static_cast<std::size_t>(length - k)];
        auto& layer = layers[static_cast<std::size_t>(k)];
        for (const Vertex w : searched) {
            auto in = arcs_into(w, [&](const Vertex u) { return marks.on_path(u) == k - 1; });
            if (in.empty()) {
                continue;
            }
            layer.push_back(w);
            marks.set_on_path(w, k);
            layer_in[w] = std::move(in);
        }
    }
    std::vector<std::uint64_t>& best = search.best;
    best.resize(std::max(best.size(), boost::num_vertices(g)));
    best[source] = 0;
    for (int k = 1; k <= length; ++k) {
        for (const Vertex v : layers[static_cast<std::size_t>(k)]) {
            auto& in = layer_in[v];
            for (ArcIn& a : in) {
                a.support = best[a.from] + g[a.fact].documents;
            }
            std::stable_sort(in.begin(), in.end(), [](const ArcIn& a, const ArcIn& b) {
                return a.support > b.support;
            });
            best[v] = in.empty() ? 0 : in.front().support;
        }
    }

    // Walk back from the target along layer arcs; an explicit stack, as a path can be long.
    std::vector<std::vector<Hop>> paths;
    std::vector<std::pair<Vertex, std::size_t>> stack{{target, 0}};
    std::vector<ArcIn> chain;  // arcs from the target back to the current vertex
    while (!stack.empty() && paths.size() < options.limit) {
        auto& [v, next] = stack.back();
        if (v == source) {
            auto& path = paths.emplace_back();
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                path.push_back(make_hop(g, it->fact, it->from));
            }
            stack.pop_back();
            if (!chain.empty()) {
                chain.pop_back();
            }
            continue;
        }
        const auto& in = layer_in[v];
        if (next == in.size()) {
            stack.pop_back();
            if (!chain.empty()) {
                chain.pop_back();
            }
            continue;
        }
        const ArcIn a = in[next++];
        chain.push_back(a);
        stack.emplace_back(a.from, 0);
    }
    const auto documents = [](const std::vector<Hop>& path) {
        std::uint64_t sum = 0;
        for (const Hop& hop : path) {
            sum += hop.documents;
        }
        return sum;
    };
    std::stable_sort(paths.begin(), paths.end(),
                     [&](const std::vector<Hop>& a, const std::vector<Hop>& b) {
                         return documents(a) > documents(b);
                     });
    return paths;
}

}  // namespace kg::graph
