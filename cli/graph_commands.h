#pragma once

// The commands that walk or measure the graph in memory: `kgraph neighbors`, `path`, `rank`
// and `components`. Each loads the graph cut by --relation, --since, --until and
// --min-documents, then runs a Boost.Graph algorithm on it.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.h"
#include "cli/filters.h"

namespace kg::cli {

struct NeighborsOptions {
    std::string entity;
    int depth = 1;
    std::string direction = "both";  // out, in or both
    std::optional<std::string> type;
    CutOptions cut;
};

void cmd_neighbors(const Common& common, const NeighborsOptions& options, std::ostream& out);

// `path --all` lists at most this many shortest paths; a note on stderr says when there were
// more.
inline constexpr std::size_t kMaxPaths = 100;

struct PathOptions {
    std::string from;
    std::string to;
    bool undirected = false;  // default: follow facts from subject to object only
    int max_hops = 0;         // 0: any length
    bool all = false;         // every shortest path, not only the best supported one
    CutOptions cut;
};

// Throws kg::Error when there is no path, saying whether one exists ignoring direction.
void cmd_path(const Common& common, const PathOptions& options, std::ostream& out);

struct RankOptions {
    std::string by = "degree";  // degree, pagerank or betweenness
    std::size_t top = 20;       // 0: all
    CutOptions cut;
};

void cmd_rank(const Common& common, const RankOptions& options, std::ostream& out);
void cmd_components(const Common& common, const CutOptions& cut, std::ostream& out);

}  // namespace kg::cli
