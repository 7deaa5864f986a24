#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "graph/graph.h"
#include "graph/style.h"

namespace kg::graph {
namespace {

// The picture is a graph of its own: the entities with facts, then the legend, so that Boost's
// write_graphviz writes all of it and no text of ours is spliced into its output. Its nodes and
// edges only point at what they draw (an entity or fact of the graph, or a piece of the
// legend): a million facts drawn hold no text of their own, each attribute is written as its
// line is.
struct DrawNode {
    Vertex entity = 0;
    std::int32_t legend = -1;  // index into Legend::nodes, or -1: the entity
};

struct DrawEdge {
    Edge fact;
    std::int32_t legend = -1;  // index into Legend::lines, or -1: the fact
};

// Bidirectional only because g++ 12 warns, wrongly, that Boost's edge iterator over a
// directedS graph may be used uninitialized.
using Drawing =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, DrawNode, DrawEdge>;

struct LegendNode {
    std::string label;
    std::string shape;
    std::string style;
    std::string fill;
};

struct LegendLine {
    std::string label;
    std::string tooltip;
    std::string color;
    std::string penwidth;
    std::string dir;
    std::string style;
};

struct Legend {
    std::vector<LegendNode> nodes;
    std::vector<LegendLine> lines;
};

// A DOT value as Boost's escape_dot_string writes it (without its regular expression, which
// cost more than the rest of writing a big graph): bare when it is an identifier or a number,
// else quoted with its double quotes escaped.
bool is_bare(const std::string_view value) {
    const auto letter = [](const char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    const auto digit = [](const char c) { return c >= '0' && c <= '9'; };
    if (!value.empty() && letter(value[0])) {
        return std::all_of(value.begin(), value.end(),
                           [&](const char c) { return letter(c) || digit(c); });
    }
    std::size_t i = !value.empty() && value[0] == '-' ? 1 : 0;
    const std::size_t digits_from = i;
    while (i < value.size() && digit(value[i])) {
        ++i;
    }
    const bool whole = i > digits_from;
    if (i < value.size() && value[i] == '.') {
        ++i;
        while (i < value.size() && digit(value[i])) {
            ++i;
        }
        return i == value.size();  // "-.5", "2." and "." as Boost has them
    }
    return whole && i == value.size();
}

void write_value(std::ostream& out, const std::string_view value) {
    if (is_bare(value)) {
        out << value;
        return;
    }
    out << '"';
    std::size_t from = 0;
    for (std::size_t quote = value.find('"'); quote != std::string_view::npos;
         quote = value.find('"', from)) {
        out << value.substr(from, quote - from) << "\\\"";
        from = quote + 1;
    }
    out << value.substr(from) << '"';
}

// " [name=value, ...]", the names in the order given (Boost's dynamic properties wrote them in
// alphabetical order, and so do the writers here).
using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

void write_attributes(std::ostream& out, const Attributes attributes) {
    bool first = true;
    for (const auto& [name, value] : attributes) {
        out << (first ? " [" : ", ") << name << '=';
        write_value(out, value);
        first = false;
    }
    if (!first) {
        out << ']';
    }
}

// Boost's writer ends each line with std::endl, which flushes: a write(2) per line, and 26 s
// for a million facts written to a file. This buffer passes on what it holds when it is full
// and when finish() is called, and ignores the flushes in between.
class HeldOutput : public std::streambuf {
public:
    explicit HeldOutput(std::ostream& out) : out_(out) {
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }
    HeldOutput(const HeldOutput&) = delete;
    HeldOutput& operator=(const HeldOutput&) = delete;

    void finish() {
        drain();
        out_.flush();
    }

protected:
    int_type overflow(const int_type c) override {
        drain();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    std::streamsize xsputn(const char* s, const std::streamsize n) override {
        if (n > epptr() - pptr()) {
            drain();
            if (n > epptr() - pptr()) {
                out_.write(s, n);
                return n;
            }
        }
        std::copy(s, s + n, pptr());
        pbump(static_cast<int>(n));
        return n;
    }

    int sync() override { return 0; }

private:
    void drain() {
        out_.write(pbase(), pptr() - pbase());
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }

    std::ostream& out_;
    std::array<char, 1 << 16> buffer_{};
};

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

void add_entities(const Graph& g, Drawing& drawing) {
    std::vector<Drawing::vertex_descriptor> drawn(boost::num_vertices(g));
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (boost::out_degree(v, g) + boost::in_degree(v, g) > 0) {
            drawn[v] = boost::add_vertex(DrawNode{v, -1}, drawing);
        }
    }
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
        boost::add_edge(drawn[boost::source(e, g)], drawn[boost::target(e, g)], DrawEdge{e, -1},
                        drawing);
    }
}

// The legend is one more connected piece of the drawing: a title, a node for each entity type
// in the picture, then a line in the colour of each relation family in it, chained by
// invisible edges so the layout keeps it together in a row.
void add_legend(const Graph& g, Drawing& drawing, Legend& legend) {
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
    const auto add = [&](std::string label, std::string shape, std::string style,
                         std::string fill) {
        legend.nodes.push_back({std::move(label), std::move(shape), std::move(style),
                                std::move(fill)});
        return boost::add_vertex(
            DrawNode{0, static_cast<std::int32_t>(legend.nodes.size() - 1)}, drawing);
    };
    const auto line = [&](const auto from, const auto to, LegendLine drawn) {
        legend.lines.push_back(std::move(drawn));
        boost::add_edge(from, to,
                        DrawEdge{Edge{}, static_cast<std::int32_t>(legend.lines.size() - 1)},
                        drawing);
    };
    const auto chain = [&](const auto from, const auto to) {
        line(from, to, {"", "", "#000000", "1", "none", "invis"});
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
        line(point, next,
             {std::string(to_string(family)),
              fmt::format("{}: {}", to_string(family), fmt::join(members, ", ")),
              std::string(family_color(family)), "2", "none", "solid"});
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
    add_entities(g, drawing);
    Legend legend;
    if (options.legend) {
        add_legend(g, drawing, legend);
    }
    auto attributes = graph_attributes(options.layout);
    std::sort(attributes.begin(), attributes.end());
    constexpr std::string_view kFont = "Helvetica,Arial,sans-serif";

    const auto node_id = boost::make_function_property_map<Drawing::vertex_descriptor>(
        [&](const Drawing::vertex_descriptor v) {
            const DrawNode& n = drawing[v];
            return n.legend < 0 ? fmt::format("n{}", n.entity) : fmt::format("legend{}", n.legend);
        });
    const auto write_node = [&](std::ostream& o, const Drawing::vertex_descriptor v) {
        const DrawNode& n = drawing[v];
        if (n.legend >= 0) {
            const LegendNode& l = legend.nodes[static_cast<std::size_t>(n.legend)];
            write_attributes(o, {{"color", "#333333"}, {"fillcolor", l.fill},
                                 {"fontcolor", "#000000"}, {"fontname", kFont},
                                 {"fontsize", "12"}, {"label", l.label}, {"penwidth", "1"},
                                 {"shape", l.shape}, {"style", l.style}, {"tooltip", ""}});
            return;
        }
        const EntityNode& entity = g[n.entity];
        const std::size_t facts = boost::out_degree(n.entity, g) + boost::in_degree(n.entity, g);
        const bool focus = options.focus && *options.focus == entity.name;
        write_attributes(
            o, {{"color", "#333333"}, {"fillcolor", fill_of(entity.type)},
                {"fontcolor", "#000000"}, {"fontname", kFont}, {"fontsize", "12"},
                {"label", label_text(entity.name)}, {"penwidth", focus ? "3" : "1"},
                {"shape", shape_of(entity.type)}, {"style", "filled"},
                {"tooltip", label_text(fmt::format("{} ({}), {} fact{}", entity.name,
                                                   to_string(entity.type), facts,
                                                   facts == 1 ? "" : "s"))}});
    };
    const auto write_line = [&](std::ostream& o, const Drawing::edge_descriptor e) {
        const DrawEdge& d = drawing[e];
        if (d.legend >= 0) {
            const LegendLine& l = legend.lines[static_cast<std::size_t>(d.legend)];
            write_attributes(o, {{"color", l.color}, {"dir", l.dir}, {"fontcolor", l.color},
                                 {"fontname", kFont}, {"fontsize", "10"}, {"label", l.label},
                                 {"penwidth", l.penwidth}, {"style", l.style},
                                 {"tooltip", l.tooltip}});
            return;
        }
        const FactEdge& f = g[d.fact];
        const std::string_view color = family_color(family_of(f.relation));
        write_attributes(
            o, {{"color", color}, {"dir", is_symmetric(f.relation) ? "both" : "forward"},
                {"fontcolor", color}, {"fontname", kFont}, {"fontsize", "10"},
                {"label", options.edge_labels ? to_string(f.relation) : ""},
                {"penwidth", width_for(f.documents)}, {"style", "solid"},
                {"tooltip", fact_tooltip(graph, d.fact)}});
    };
    const auto write_graph = [&](std::ostream& o) {
        for (const auto& [name, value] : attributes) {
            o << name << '=';
            write_value(o, value);
            o << ";\n";
        }
    };
    HeldOutput held(out);
    std::ostream to(&held);
    boost::write_graphviz(to, drawing, write_node, write_line, write_graph, node_id);
    held.finish();
}

}  // namespace kg::graph
