#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include <boost/graph/graphviz.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "graph/graph.h"
#include "graph/style.h"

namespace kg::graph {
namespace {

// The picture is built as a graph of its own whose bundled properties are the DOT attributes
// as text: the entities with facts, then the legend. write_graphviz_dp then writes every
// attribute straight from a member pointer, and the legend needs no text of our own spliced
// into Boost's output.
struct DrawNode {
    std::string id;
    std::string label;
    std::string tooltip;
    std::string shape;
    std::string style;
    std::string fillcolor;
    std::string color;
    std::string fontcolor;
    std::string penwidth;
};

struct DrawEdge {
    std::string label;
    std::string tooltip;
    std::string color;
    std::string fontcolor;
    std::string penwidth;
    std::string dir;
    std::string style;
};

// Bidirectional only because g++ 12 warns, wrongly, that Boost's edge iterator over a
// directedS graph may be used uninitialized.
using Drawing =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, DrawNode, DrawEdge>;

// Boost's writer quotes a value and escapes its double quotes, nothing more. In a DOT label or
// tooltip a backslash starts an escape (\n, \l, \N ...), so a literal backslash is doubled
// first, and a line break becomes the escape \n, which renders as the break it was.
std::string label_text(const std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            default:
                out += c;
        }
    }
    return out;
}

// 1 for a fact one document states, thicker with more documents but never a smear: the
// logarithm keeps 3 and 30 documents apart without making 30 ten times as wide.
std::string width_for(const std::uint32_t documents) {
    const double width = documents <= 1 ? 1.0 : std::min(1.0 + 1.5 * std::log2(documents), 6.0);
    return fmt::format("{:.1f}", width);
}

std::string fact_tooltip(const KnowledgeGraph& graph, const Edge e) {
    const Graph& g = graph.boost_graph();
    const FactEdge& f = g[e];
    std::string text =
        fmt::format("{} {} {}: {} document{}", g[boost::source(e, g)].name, to_string(f.relation),
                    g[boost::target(e, g)].name, f.documents, f.documents == 1 ? "" : "s");
    if (f.first_date != 0) {
        text += f.first_date == f.last_date
                    ? fmt::format(", {}", date_text(f.first_date))
                    : fmt::format(", {} to {}", date_text(f.first_date), date_text(f.last_date));
    }
    if (const std::string_view evidence = graph.evidence(f); !evidence.empty()) {
        text += fmt::format("\n\u201c{}\u201d", evidence);
    }
    return label_text(text);
}

void add_entities(const KnowledgeGraph& graph, const DotOptions& options, Drawing& drawing) {
    const Graph& g = graph.boost_graph();
    std::vector<std::optional<Drawing::vertex_descriptor>> drawn(boost::num_vertices(g));
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const std::size_t facts = boost::out_degree(v, g) + boost::in_degree(v, g);
        if (facts == 0) {
            continue;
        }
        const EntityNode& n = g[v];
        const bool focus = options.focus && *options.focus == n.name;
        drawn[v] = boost::add_vertex(
            DrawNode{fmt::format("n{}", v), label_text(n.name),
                     label_text(fmt::format("{} ({}), {} fact{}", n.name, to_string(n.type), facts,
                                            facts == 1 ? "" : "s")),
                     std::string(shape_of(n.type)), "filled", std::string(fill_of(n.type)),
                     "#333333", "#000000", focus ? "3" : "1"},
            drawing);
    }
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        const FactEdge& f = g[e];
        const std::string color(family_color(family_of(f.relation)));
        boost::add_edge(*drawn[boost::source(e, g)], *drawn[boost::target(e, g)],
                        DrawEdge{options.edge_labels ? std::string(to_string(f.relation)) : "",
                                 fact_tooltip(graph, e), color, color, width_for(f.documents),
                                 is_symmetric(f.relation) ? "both" : "forward", "solid"},
                        drawing);
    }
}

// The legend is one more connected piece of the drawing: a title, a node for each entity type
// in the picture, then a line in the colour of each relation family in it, chained by
// invisible edges so the layout keeps it together in a row.
void add_legend(const Graph& g, Drawing& drawing) {
    std::set<EntityType> types;
    std::set<RelationFamily> families;
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        types.insert(g[boost::source(e, g)].type);
        types.insert(g[boost::target(e, g)].type);
        families.insert(family_of(g[e].relation));
    }
    if (families.empty()) {
        return;
    }
    std::size_t count = 0;
    const auto add = [&](std::string label, std::string shape, std::string style,
                         std::string fill) {
        return boost::add_vertex(
            DrawNode{fmt::format("legend{}", count++), std::move(label), "", std::move(shape),
                     std::move(style), std::move(fill), "#333333", "#000000", "1"},
            drawing);
    };
    const auto chain = [&](const auto from, const auto to) {
        boost::add_edge(from, to, DrawEdge{"", "", "#000000", "#000000", "1", "none", "invis"},
                        drawing);
    };
    auto last = add("Legend (line width: documents)", "plaintext", "solid", "#ffffff");
    for (const EntityType type : all_entity_types()) {
        if (types.contains(type)) {
            const auto next = add(std::string(to_string(type)), std::string(shape_of(type)),
                                  "filled", std::string(fill_of(type)));
            chain(last, next);
            last = next;
        }
    }
    auto point = add("", "point", "filled", "#000000");
    chain(last, point);
    for (const RelationFamily family : all_families()) {
        if (!families.contains(family)) {
            continue;
        }
        std::vector<std::string> members;
        for (const Relation r : all_relations()) {
            if (family_of(r) == family) {
                members.emplace_back(to_string(r));
            }
        }
        const auto next = add("", "point", "filled", "#000000");
        const std::string color(family_color(family));
        boost::add_edge(point, next,
                        DrawEdge{std::string(to_string(family)),
                                 fmt::format("{}: {}", to_string(family), fmt::join(members, ", ")),
                                 color, color, "2", "none", "solid"},
                        drawing);
        point = next;
    }
}

// Graph attributes for the layout engine: left-to-right ranks for dot, no overlapping nodes
// for the force-directed engines, and a white background so the picture reads on a dark page.
std::vector<std::pair<std::string, std::string>> graph_attributes(const std::string& layout) {
    std::vector<std::pair<std::string, std::string>> attributes{{"bgcolor", "white"}};
    if (layout.empty() || layout == "dot") {
        attributes.emplace_back("rankdir", "LR");
    } else if (layout == "neato" || layout == "sfdp") {
        attributes.emplace_back("overlap", "false");
        attributes.emplace_back("outputorder", "edgesfirst");
    } else {
        throw Error(fmt::format("unknown layout '{}' (use dot, neato or sfdp)", layout));
    }
    if (!layout.empty()) {
        attributes.emplace_back("layout", layout);
    }
    return attributes;
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options) {
    const Graph& g = graph.boost_graph();
    Drawing drawing;
    add_entities(graph, options, drawing);
    if (options.legend) {
        add_legend(g, drawing);
    }

    using DrawVertex = Drawing::vertex_descriptor;
    using DrawArc = Drawing::edge_descriptor;
    const std::string font = "Helvetica,Arial,sans-serif";
    boost::dynamic_properties dp;
    for (const auto& [name, value] : graph_attributes(options.layout)) {
        dp.property(name, boost::make_constant_property<Drawing*>(value));
    }
    dp.property("node_id", boost::get(&DrawNode::id, drawing));
    dp.property("label", boost::get(&DrawNode::label, drawing));
    dp.property("tooltip", boost::get(&DrawNode::tooltip, drawing));
    dp.property("shape", boost::get(&DrawNode::shape, drawing));
    dp.property("style", boost::get(&DrawNode::style, drawing));
    dp.property("fillcolor", boost::get(&DrawNode::fillcolor, drawing));
    dp.property("color", boost::get(&DrawNode::color, drawing));
    dp.property("fontcolor", boost::get(&DrawNode::fontcolor, drawing));
    dp.property("penwidth", boost::get(&DrawNode::penwidth, drawing));
    dp.property("fontname", boost::make_constant_property<DrawVertex>(font));
    dp.property("fontsize", boost::make_constant_property<DrawVertex>(std::string("12")));
    dp.property("label", boost::get(&DrawEdge::label, drawing));
    dp.property("tooltip", boost::get(&DrawEdge::tooltip, drawing));
    dp.property("color", boost::get(&DrawEdge::color, drawing));
    dp.property("fontcolor", boost::get(&DrawEdge::fontcolor, drawing));
    dp.property("penwidth", boost::get(&DrawEdge::penwidth, drawing));
    dp.property("dir", boost::get(&DrawEdge::dir, drawing));
    dp.property("style", boost::get(&DrawEdge::style, drawing));
    dp.property("fontname", boost::make_constant_property<DrawArc>(font));
    dp.property("fontsize", boost::make_constant_property<DrawArc>(std::string("10")));
    boost::write_graphviz_dp(out, drawing, dp, "node_id");
}

}  // namespace kg::graph
