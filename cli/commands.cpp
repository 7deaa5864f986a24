#include "cli/commands.h"

#include <cmath>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "cli/names.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

Cell text(const std::string_view value) { return std::string(value); }

}  // namespace

storage::Database open_reader(const Common& common) {
    return storage::Database(common.db_path, storage::Database::Mode::kReadOnly);
}

void cmd_entities(const Common& common, const std::optional<std::string>& type,
                  std::ostream& out) {
    std::optional<EntityType> filter;
    if (type) {
        filter = resolve_entity_type(*type);
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

void cmd_sql(const Common& common, const std::string& sql, std::ostream& out) {
    auto db = open_reader(common);
    // Rows are printed as they are read (but for a table, which needs them all for its widths):
    // `SELECT * FROM evidence` on a large database would otherwise be held whole.
    std::optional<RowPrinter> printer;
    // Numbers stay SQLite's text in a table and in TSV, every digit; in JSON they are numbers.
    using Kind = storage::QueryResult::Kind;
    const bool json = common.format == Format::kJson;
    std::vector<Cell> cells;
    const auto row = [&](const std::vector<std::optional<std::string>>& values,
                         const std::vector<Kind>& kinds) {
        cells.clear();
        for (std::size_t c = 0; c < values.size(); ++c) {
            const auto& value = values[c];
            if (!value) {
                cells.emplace_back();
            } else if (json && kinds[c] == Kind::kInteger) {
                cells.emplace_back(std::int64_t{std::stoll(*value)});
            } else if (json && kinds[c] == Kind::kReal) {
                const double number = std::strtod(value->c_str(), nullptr);
                // JSON has no number for an infinity (SQLite's "Inf"): null, as for no value.
                if (std::isfinite(number)) {
                    cells.emplace_back(number);
                } else {
                    cells.emplace_back();
                }
            } else {
                cells.emplace_back(*value);
            }
        }
        printer->add(cells);
    };
    try {
        db.query(
            sql,
            [&](const std::vector<std::string>& columns) {
                printer.emplace(columns, common.format, out);
            },
            row);
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
    printer->finish();
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
