#pragma once

// `kgraph export FORMAT`: the graph, whole or cut, as DOT, SVG, PNG, GraphML, JSON node-link or
// Neo4j bulk-import CSV.

#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.h"
#include "cli/filters.h"

namespace kg::cli {

struct ExportOptions {
    std::string format;                 // dot, svg, png, graphml, json or csv
    std::optional<std::string> output;  // a file (a folder for csv); stdout when absent
    std::optional<std::string> focus;   // only the neighbourhood of this entity
    int depth = 1;                      // hops around the focus
    std::optional<std::size_t> top;     // only the facts stated by the most documents
    std::optional<std::string> layout;  // dot, neato or sfdp: drawings only
    bool legend = true;                 // drawings only
    CutOptions cut;
};

// The whole graph carries every entity, so its counts are those of `kgraph stats`; a graph cut
// by focus, --top or filters carries the entities its facts touch. --top applies last, to
// what focus and filters left. A drawing above
// graph::kLargeDrawing facts is drawn without edge labels (and with sfdp, unless --layout says
// otherwise), with a warning on stderr that says how to cut it.
void cmd_export(const Common& common, const ExportOptions& options, std::ostream& out);

}  // namespace kg::cli
