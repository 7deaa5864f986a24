#include "cli/commands.h"

#include <fmt/format.h>

#include "cli/names.h"
#include "graph/graph.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

storage::Database open_reader(const Common& common) {
    return storage::Database(common.db_path, storage::Database::Mode::kReadOnly);
}

Cell text(const std::string_view value) { return std::string(value); }

Table facts_table(const std::vector<storage::FactRow>& rows) {
    Table table{{"subject", "subject_type", "relation", "object", "object_type", "documents",
                 "mentions"},
                {}};
    for (const auto& row : rows) {
        table.rows.push_back({row.subject, text(to_string(row.subject_type)),
                              text(to_string(row.relation)), row.object,
                              text(to_string(row.object_type)), row.documents, row.mentions});
    }
    return table;
}

std::string arrow(const graph::Hop& hop) {
    // Written from the walker's side: "A -deploys-to-> B", "A <-leads- B", "A -meets-with- B".
    const bool forward = hop.subject == hop.from;
    const std::string_view relation = to_string(hop.relation);
    if (is_symmetric(hop.relation)) {
        return fmt::format("-{}-", relation);
    }
    return forward ? fmt::format("-{}->", relation) : fmt::format("<-{}-", relation);
}

}  // namespace

void cmd_entities(const Common& common, const std::optional<std::string>& type,
                  std::ostream& out) {
    std::optional<EntityType> filter;
    if (type) {
        filter = parse_entity_type(*type);
        if (!filter) {
            throw UsageError(fmt::format(
                "unknown entity type '{}' (use person, country, organization, location or other)",
                *type));
        }
    }
    auto db = open_reader(common);
    Table table{{"name", "type", "documents", "facts"}, {}};
    for (const auto& row : db.entities(filter)) {
        table.rows.push_back({row.name, text(to_string(row.type)), row.documents, row.facts});
    }
    print(table, common.format, out);
}

void cmd_relations(const Common& common, std::ostream& out) {
    auto db = open_reader(common);
    Table table{{"relation", "symmetric", "facts", "mentions"}, {}};
    for (const auto& row : db.relations()) {
        table.rows.push_back({text(to_string(row.relation)),
                              text(is_symmetric(row.relation) ? "yes" : "no"), row.facts,
                              row.mentions});
    }
    print(table, common.format, out);
}

void cmd_facts(const Common& common, const std::optional<std::string>& subject,
               const std::optional<std::string>& relation, const std::optional<std::string>& object,
               std::ostream& out) {
    auto db = open_reader(common);
    storage::FactPattern pattern;
    if (subject) {
        pattern.subject = resolve_entity(db, *subject);
    }
    if (relation) {
        pattern.relation = resolve_relation(*relation);
    }
    if (object) {
        pattern.object = resolve_entity(db, *object);
    }
    print(facts_table(db.facts(pattern)), common.format, out);
}

void cmd_query(const Common& common, const std::string& text, std::ostream& out) {
    const TriplePattern triple = parse_triple(text);
    auto db = open_reader(common);
    storage::FactPattern pattern;
    pattern.relation = triple.relation;
    if (triple.subject) {
        pattern.subject = resolve_entity(db, *triple.subject);
    }
    if (triple.object) {
        pattern.object = resolve_entity(db, *triple.object);
    }
    print(facts_table(db.facts(pattern)), common.format, out);
}

void cmd_neighbors(const Common& common, const std::string& name, const int depth,
                   std::ostream& out) {
    if (depth < 1) {
        throw UsageError("--depth must be at least 1");
    }
    auto db = open_reader(common);
    const std::string canonical = resolve_entity(db, name);
    const graph::KnowledgeGraph graph = db.load_graph();
    Table table{{"name", "type", "depth", "via"}, {}};
    for (const auto& n : graph::neighbors(graph, canonical, depth)) {
        table.rows.push_back({n.name, text(to_string(n.type)), n.depth,
                              fmt::format("{} {} {}", n.via.from, arrow(n.via), n.via.to)});
    }
    print(table, common.format, out);
}

void cmd_path(const Common& common, const std::string& from, const std::string& to,
              std::ostream& out) {
    auto db = open_reader(common);
    const std::string a = resolve_entity(db, from);
    const std::string b = resolve_entity(db, to);
    const graph::KnowledgeGraph graph = db.load_graph();
    const auto hops = graph::shortest_path(graph, a, b);
    if (!hops) {
        throw kg::Error(fmt::format("no path between {} and {} in the graph", a, b));
    }
    Table table{{"step", "from", "relation", "direction", "to"}, {}};
    std::int64_t step = 1;
    for (const auto& hop : *hops) {
        const bool forward = hop.subject == hop.from;
        table.rows.push_back({step++, hop.from, text(to_string(hop.relation)),
                              text(is_symmetric(hop.relation) ? "both"
                                   : forward                  ? "forward"
                                                              : "backward"),
                              hop.to});
    }
    print(table, common.format, out);
}

void cmd_explain(const Common& common, const std::string& subject, const std::string& relation,
                 const std::string& object, std::ostream& out) {
    auto db = open_reader(common);
    storage::FactPattern pattern;
    pattern.relation = resolve_relation(relation);
    pattern.subject = resolve_entity(db, subject);
    pattern.object = resolve_entity(db, object);
    const auto rows = db.evidence(pattern);
    if (rows.empty()) {
        throw kg::Error(fmt::format("the graph has no fact '{} {} {}'", *pattern.subject,
                                    to_string(*pattern.relation), *pattern.object));
    }
    if (common.format == Format::kTable) {
        out << fmt::format("{} {} {}: {} supporting sentence{}\n", *pattern.subject,
                           to_string(*pattern.relation), *pattern.object, rows.size(),
                           rows.size() == 1 ? "" : "s");
        for (const auto& row : rows) {
            out << fmt::format("\n  {}{}, sentence {}, rule {}\n  \"{}\"\n", row.document,
                               row.date.empty() ? "" : " (" + row.date + ")",
                               row.sentence_index + 1, row.rule, row.sentence);
        }
        return;
    }
    Table table{{"subject", "relation", "object", "document", "date", "sentence_index", "rule",
                 "sentence"},
                {}};
    for (const auto& row : rows) {
        table.rows.push_back({row.subject, text(to_string(row.relation)), row.object,
                              row.document, row.date.empty() ? Cell{} : Cell{row.date},
                              row.sentence_index, row.rule, row.sentence});
    }
    print(table, common.format, out);
}

void cmd_export_dot(const Common& common, const std::optional<std::string>& focus, const int depth,
                    std::ostream& out) {
    auto db = open_reader(common);
    graph::KnowledgeGraph graph = db.load_graph();
    if (focus) {
        if (depth < 0) {
            throw UsageError("--depth must not be negative");
        }
        graph = graph::focus_subgraph(graph, resolve_entity(db, *focus), depth);
    }
    graph::write_dot(graph, out);
}

void cmd_sql(const Common& common, const std::string& sql, std::ostream& out) {
    auto db = open_reader(common);
    storage::QueryResult result;
    try {
        result = db.query(sql);
    } catch (const storage::Error& e) {
        const std::string message = e.what();
        if (message.find("not authorized") != std::string::npos ||
            message.find("readonly") != std::string::npos ||
            message.find("read-only") != std::string::npos) {
            throw kg::Error("kgraph sql is read-only: only SELECT (and WITH ... SELECT) "
                            "statements can run; the database was not changed");
        }
        throw;
    }
    Table table{result.columns, {}};
    for (const auto& row : result.rows) {
        auto& cells = table.rows.emplace_back();
        for (const auto& value : row) {
            cells.push_back(value ? Cell{*value} : Cell{});
        }
    }
    print(table, common.format, out);
}

void cmd_stats(const Common& common, std::ostream& out) {
    auto db = open_reader(common);
    const storage::Stats s = db.stats();
    Table table{{"measure", "value"}, {}};
    table.rows.push_back({text("documents"), s.documents});
    table.rows.push_back({text("document_bytes"), s.document_bytes});
    table.rows.push_back({text("entities"), s.entities});
    table.rows.push_back({text("facts"), s.facts});
    table.rows.push_back({text("evidence"), s.evidence});
    table.rows.push_back({text("database_bytes"), s.database_bytes});
    print(table, common.format, out);
}

}  // namespace kg::cli
