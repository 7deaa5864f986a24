#include "cli/graph_commands.h"

#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/names.h"
#include "graph/graph.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

Cell text(const std::string_view value) { return std::string(value); }

// How a hop walks its fact: as stated (subject to object), against it, or a symmetric fact
// that holds both ways.
std::string_view way(const graph::Hop& hop) {
    if (is_symmetric(hop.relation)) {
        return "both";
    }
    return hop.subject == hop.from ? "forward" : "backward";
}

// Written from the walker's side: "A -deploys-to-> B", "A <-leads- B", "A -meets-with- B".
std::string arrow(const graph::Hop& hop) {
    const std::string_view relation = to_string(hop.relation);
    const std::string_view w = way(hop);
    if (w == "both") {
        return fmt::format("{} -{}- {}", hop.from, relation, hop.to);
    }
    return w == "forward" ? fmt::format("{} -{}-> {}", hop.from, relation, hop.to)
                          : fmt::format("{} <-{}- {}", hop.from, relation, hop.to);
}

graph::Direction direction_of(const std::string& name) {
    if (name == "out") {
        return graph::Direction::kOut;
    }
    if (name == "in") {
        return graph::Direction::kIn;
    }
    if (name == "both") {
        return graph::Direction::kBoth;
    }
    throw UsageError(fmt::format("unknown direction '{}' (use out, in or both)", name));
}

graph::Centrality centrality_of(const std::string& name) {
    if (name == "degree") {
        return graph::Centrality::kDegree;
    }
    if (name == "pagerank") {
        return graph::Centrality::kPageRank;
    }
    if (name == "betweenness") {
        return graph::Centrality::kBetweenness;
    }
    throw UsageError(
        fmt::format("unknown measure '{}' (use degree, pagerank or betweenness)", name));
}

}  // namespace

void cmd_neighbors(const Common& common, const NeighborsOptions& options, std::ostream& out) {
    if (options.depth < 1) {
        throw UsageError("--depth must be at least 1");
    }
    const graph::NeighborOptions walk{
        options.depth, direction_of(options.direction),
        options.type ? std::optional(resolve_entity_type(*options.type)) : std::nullopt};
    const storage::GraphFilter filter = graph_filter(options.cut);
    auto db = open_reader(common);
    const std::string start = resolve_entity(db, options.entity);
    const graph::KnowledgeGraph graph = db.load_graph(filter);
    Table table{{"name", "type", "depth", "via"}, {}};
    for (const auto& n : graph::neighbors(graph, start, walk)) {
        table.rows.push_back({n.name, text(to_string(n.type)), n.depth, arrow(n.via)});
    }
    print(table, common.format, out);
}

void cmd_path(const Common& common, const PathOptions& options, std::ostream& out) {
    if (options.max_hops < 0) {
        throw UsageError("--max-hops must not be negative");
    }
    const storage::GraphFilter filter = graph_filter(options.cut);
    auto db = open_reader(common);
    const std::string a = resolve_entity(db, options.from);
    const std::string b = resolve_entity(db, options.to);
    if (a == b) {
        throw UsageError(fmt::format("'{}' and '{}' are both {}; a path needs two entities",
                                     options.from, options.to, a));
    }
    const graph::KnowledgeGraph graph = db.load_graph(filter);
    const graph::Direction direction =
        options.undirected ? graph::Direction::kBoth : graph::Direction::kOut;
    const auto paths = graph::shortest_paths(
        graph, a, b, {direction, options.max_hops, options.all ? kMaxPaths + 1 : 1});
    if (paths.empty()) {
        const std::string within =
            options.max_hops > 0 ? fmt::format(" within {} hops", options.max_hops) : "";
        if (!options.undirected) {
            const auto either_way =
                graph::shortest_paths(graph, a, b, {graph::Direction::kBoth, options.max_hops, 1});
            if (!either_way.empty()) {
                throw kg::Error(fmt::format(
                    "no path from {} to {}{} following facts from subject to object; ignoring "
                    "direction there is one of {} hops: add --undirected",
                    a, b, within, either_way.front().size()));
            }
        }
        throw kg::Error(fmt::format("no path between {} and {}{} in the graph{}", a, b, within,
                                    cuts_anything(options.cut) ? " as cut by the options" : ""));
    }
    Table table{{"path", "step", "from", "relation", "direction", "to", "documents"}, {}};
    const std::size_t shown = std::min(paths.size(), options.all ? kMaxPaths : 1);
    for (std::size_t p = 0; p < shown; ++p) {
        std::int64_t step = 1;
        for (const auto& hop : paths[p]) {
            table.rows.push_back({static_cast<std::int64_t>(p + 1), step++, hop.from,
                                  text(to_string(hop.relation)), text(way(hop)), hop.to,
                                  static_cast<std::int64_t>(hop.documents)});
        }
    }
    print(table, common.format, out);
    if (paths.size() > shown) {
        std::cerr << fmt::format(
            "kgraph: showing the first {} shortest paths; cut the graph with --relation or "
            "--min-documents to see fewer, better supported ones\n",
            shown);
    }
}

void cmd_rank(const Common& common, const RankOptions& options, std::ostream& out) {
    const graph::Centrality centrality = centrality_of(options.by);
    const storage::GraphFilter filter = graph_filter(options.cut);
    auto db = open_reader(common);
    const auto ranked = graph::rank(db.load_graph(filter), centrality);
    // Degree is the number of facts; the other measures show it beside them for context.
    const bool degree = centrality == graph::Centrality::kDegree;
    Table table{{"rank", "name", "type", options.by}, {}};
    if (!degree) {
        table.columns.emplace_back("facts");
    }
    const std::size_t shown =
        options.top == 0 ? ranked.size() : std::min(options.top, ranked.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& r = ranked[i];
        auto& row = table.rows.emplace_back();
        row.emplace_back(static_cast<std::int64_t>(i + 1));
        row.emplace_back(r.name);
        row.emplace_back(text(to_string(r.type)));
        if (degree) {
            row.emplace_back(static_cast<std::int64_t>(r.facts));
        } else {
            row.emplace_back(r.score);
            row.emplace_back(static_cast<std::int64_t>(r.facts));
        }
    }
    print(table, common.format, out);
}

void cmd_components(const Common& common, const CutOptions& cut, std::ostream& out) {
    const storage::GraphFilter filter = graph_filter(cut);
    auto db = open_reader(common);
    const auto groups = graph::components(db.load_graph(filter));
    Table table{{"component", "entities", "facts", "members"}, {}};
    for (std::size_t i = 0; i < groups.size(); ++i) {
        table.rows.push_back({static_cast<std::int64_t>(i + 1),
                              static_cast<std::int64_t>(groups[i].members.size()),
                              static_cast<std::int64_t>(groups[i].facts),
                              fmt::format("{}", fmt::join(groups[i].members, ", "))});
    }
    print(table, common.format, out);
}

}  // namespace kg::cli
