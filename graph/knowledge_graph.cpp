#include <algorithm>
#include <bit>
#include <functional>

#include <fmt/format.h>

#include "graph/graph.h"

namespace kg::graph {

std::size_t KnowledgeGraph::slot_of(const std::string_view name) const {
    const std::size_t mask = by_name_.size() - 1;  // the size is a power of two
    std::size_t slot = std::hash<std::string_view>{}(name) & mask;
    while (by_name_[slot] != kEmpty && graph_[by_name_[slot]].name != name) {
        slot = (slot + 1) & mask;
    }
    return slot;
}

Vertex KnowledgeGraph::add_entity(const std::string& name, const EntityType type) {
    if (!by_name_.empty()) {
        if (const std::uint32_t found = by_name_[slot_of(name)]; found != kEmpty) {
            return found;
        }
    }
    if (boost::num_vertices(graph_) >= kEmpty - 1) {
        throw Error("more entities than a graph holds");
    }
    const Vertex v = boost::add_vertex(EntityNode{name, type}, graph_);
    if (2 * boost::num_vertices(graph_) > by_name_.size()) {
        // Grow to keep the table at most half full, and place every vertex again.
        by_name_.assign(std::bit_ceil(std::max<std::size_t>(16, 4 * boost::num_vertices(graph_))),
                        kEmpty);
        for (const Vertex u : boost::make_iterator_range(boost::vertices(graph_))) {
            by_name_[slot_of(graph_[u].name)] = static_cast<std::uint32_t>(u);
        }
    } else {
        by_name_[slot_of(name)] = static_cast<std::uint32_t>(v);
    }
    return v;
}

void KnowledgeGraph::add_fact(const Vertex subject, const Vertex object, FactEdge fact,
                              const std::string_view evidence) {
    fact.evidence = kNoEvidence;
    if (!evidence.empty()) {
        fact.evidence = static_cast<std::uint32_t>(evidence_.size());
        evidence_.emplace_back(evidence);
    }
    boost::add_edge(subject, object, fact, graph_);
}

void KnowledgeGraph::add_fact(const Vertex subject, const Relation relation, const Vertex object,
                              const std::uint32_t documents, const std::uint32_t mentions) {
    add_fact(subject, object, FactEdge{relation, documents, mentions, 0, 0, kNoEvidence});
}

void KnowledgeGraph::reserve_facts(const std::vector<std::uint32_t>& stated_by,
                                   const std::vector<std::uint32_t>& stated_about) {
    const std::size_t n = boost::num_vertices(graph_);
    for (std::size_t v = 0; v < n && v < stated_by.size(); ++v) {
        graph_.out_edge_list(v).reserve(graph_.out_edge_list(v).size() + stated_by[v]);
    }
    for (std::size_t v = 0; v < n && v < stated_about.size(); ++v) {
        auto& in = boost::in_edge_list(graph_, v);
        in.reserve(in.size() + stated_about[v]);
    }
}

Date date_from_text(const std::string_view text) {
    const auto digits = [&](const std::size_t from, const std::size_t n) {
        Date value = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return Date{0};
            }
            value = value * 10 + static_cast<Date>(text[i] - '0');
        }
        return value;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return 0;
    }
    const Date year = digits(0, 4);
    const Date month = digits(5, 2);
    const Date day = digits(8, 2);
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > 31) {
        return 0;
    }
    return year * 10000 + month * 100 + day;
}

std::string date_text(const Date date) {
    if (date == 0) {
        return {};
    }
    return fmt::format("{:04}-{:02}-{:02}", date / 10000, date / 100 % 100, date % 100);
}

std::optional<Vertex> KnowledgeGraph::find(const std::string_view name) const {
    if (by_name_.empty()) {
        return std::nullopt;
    }
    if (const std::uint32_t found = by_name_[slot_of(name)]; found != kEmpty) {
        return found;
    }
    return std::nullopt;
}

}  // namespace kg::graph
