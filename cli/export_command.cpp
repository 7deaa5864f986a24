#include "cli/export_command.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/names.h"
#include "cli/output.h"
#include "cli/render.h"
#include "graph/graph.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

bool is_drawing(const std::string& format) {
    return format == "dot" || format == "svg" || format == "png";
}

void check(const ExportOptions& options) {
    const std::string& f = options.format;
    if (!is_drawing(f) && f != "graphml" && f != "json" && f != "csv") {
        throw UsageError(
            fmt::format("unknown export format '{}' (use dot, svg, png, graphml, json or csv)", f));
    }
    if (!is_drawing(f) && (options.layout || !options.legend)) {
        throw UsageError(
            fmt::format("--layout and --no-legend are for drawings (dot, svg, png), not {}", f));
    }
    if (options.layout && *options.layout != "dot" && *options.layout != "neato" &&
        *options.layout != "sfdp") {
        throw UsageError(
            fmt::format("unknown layout '{}' (use dot, neato or sfdp)", *options.layout));
    }
    if (f == "csv" && !options.output) {
        throw UsageError(
            "export csv writes two files, nodes.csv and relationships.csv: name their folder "
            "with -o DIR");
    }
    if (f == "png" && !options.output && stdout_is_terminal()) {
        throw UsageError(
            "export png writes binary data: name a file with -o FILE, or redirect stdout");
    }
    if (options.depth < 1) {
        // 0 would keep the focus alone, and an entity without its facts is not drawn.
        throw UsageError("--depth must be at least 1");
    }
}

using Writer = std::function<void(std::ostream&)>;

void write_file(const std::string& path, const Writer& write) {
    std::ofstream file(path, std::ios::binary);
    if (!file) {
        throw kg::Error(fmt::format("cannot write {}", path));
    }
    write(file);
    if (!file.flush()) {
        throw kg::Error(fmt::format("cannot write {}", path));
    }
}

// Writes to the file `path`, or to `out` when there is none.
void write_to(const std::optional<std::string>& path, std::ostream& out, const Writer& write) {
    if (path) {
        write_file(*path, write);
    } else {
        write(out);
    }
}

void write_csv(const graph::KnowledgeGraph& graph, const std::string& folder) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder)) {
        throw kg::Error(
            fmt::format("cannot make the folder {}{}", folder, ec ? ": " + ec.message() : ""));
    }
    const auto nodes = (std::filesystem::path(folder) / "nodes.csv").string();
    const auto relationships = (std::filesystem::path(folder) / "relationships.csv").string();
    write_file(nodes, [&](std::ostream& o) { graph::write_csv_nodes(graph, o); });
    write_file(relationships, [&](std::ostream& o) { graph::write_csv_relationships(graph, o); });
    std::cerr << fmt::format(
        "kgraph: wrote {} ({} entities) and {} ({} facts); load them with neo4j-admin database "
        "import full --nodes={} --relationships={}\n",
        nodes, graph.entity_count(), relationships, graph.fact_count(), nodes, relationships);
}

}  // namespace

void cmd_export(const Common& common, const ExportOptions& options, std::ostream& out) {
    check(options);
    storage::GraphFilter filter = graph_filter(options.cut);
    filter.evidence = true;  // the tooltips and the evidence columns
    auto db = open_reader(common);
    const std::optional<std::string> focus =
        options.focus ? std::optional(resolve_entity(db, *options.focus)) : std::nullopt;
    graph::KnowledgeGraph graph = db.load_graph(filter);
    if (focus) {
        graph = graph::focus_subgraph(graph, *focus, options.depth);
    } else if (cuts_anything(options.cut)) {
        graph = graph::without_lone_entities(graph);
    }
    if (options.top) {
        graph = graph::strongest_facts(graph, *options.top);
    }

    const std::string& format = options.format;
    if (format == "graphml") {
        write_to(options.output, out, [&](std::ostream& o) { graph::write_graphml(graph, o); });
        return;
    }
    if (format == "json") {
        write_to(options.output, out, [&](std::ostream& o) { graph::write_json(graph, o); });
        return;
    }
    if (format == "csv") {
        write_csv(graph, *options.output);
        return;
    }

    graph::DotOptions dot;
    dot.layout = options.layout.value_or("");
    dot.legend = options.legend;
    dot.focus = focus;
    if (graph.fact_count() > graph::kLargeDrawing) {
        dot.edge_labels = false;
        if (dot.layout.empty()) {
            dot.layout = "sfdp";
        }
        std::cerr << fmt::format(
            "kgraph: warning: {} facts are more than a readable drawing holds (about {}); "
            "drawing them with {} and without edge labels. Cut the picture with --top N (the "
            "best-supported facts), --focus NAME --depth N, --relation R, --min-documents N or "
            "--since DATE\n",
            graph.fact_count(), graph::kLargeDrawing, dot.layout);
    }
    if (format == "dot") {
        write_to(options.output, out, [&](std::ostream& o) { graph::write_dot(graph, o, dot); });
        return;
    }
    std::ostringstream text;
    graph::write_dot(graph, text, dot);
    render_dot(text.str(), dot.layout.empty() ? "dot" : dot.layout, format, options.output);
}

}  // namespace kg::cli
