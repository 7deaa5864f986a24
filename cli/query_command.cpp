#include "cli/query_command.h"

#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/filters.h"
#include "cli/names.h"
#include "cli/pattern.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

Cell text(const std::string_view value) { return std::string(value); }

const std::vector<std::string> kFactColumns{"subject",     "subject_type", "relation", "object",
                                            "object_type", "documents",    "mentions"};

std::vector<Cell> fact_cells(const storage::FactRow& row) {
    return {row.subject, text(to_string(row.subject_type)), text(to_string(row.relation)),
            row.object,  text(to_string(row.object_type)),  row.documents,
            row.mentions};
}

std::vector<std::string> binding_columns(std::vector<std::string> variables,
                                         const std::size_t patterns) {
    for (std::size_t i = 1; i <= patterns; ++i) {
        variables.push_back(fmt::format("fact{}", i));
        variables.push_back(fmt::format("documents{}", i));
        variables.push_back(fmt::format("mentions{}", i));
    }
    return variables;
}

std::vector<Cell> binding_cells(const storage::MatchRow& row) {
    std::vector<Cell> cells(row.values.begin(), row.values.end());
    for (const auto& fact : row.facts) {
        cells.emplace_back(
            fmt::format("{} {} {}", fact.subject, to_string(fact.relation), fact.object));
        cells.emplace_back(fact.documents);
        cells.emplace_back(fact.mentions);
    }
    return cells;
}

// Prints the rows of a match as they are read, so a list of every fact of a large graph is not
// held (a table excepted, which needs its widths): at most `limit` (0: all), with a note on
// stderr when the limit cut any. One row more than the limit tells whether it did; that row is
// not printed. One pattern prints facts, several print bindings.
void print_matches(storage::Database& db, const std::vector<storage::QueryPattern>& patterns,
                   const storage::DateRange& dates, const std::size_t limit, const Format format,
                   std::ostream& out) {
    std::optional<RowPrinter> printer;
    std::size_t rows = 0;
    bool cut = false;
    db.match(
        patterns, dates, limit == 0 ? 0 : limit + 1,
        [&](const std::vector<std::string>& variables) {
            printer.emplace(patterns.size() == 1 ? kFactColumns
                                                 : binding_columns(variables, patterns.size()),
                            format, out);
        },
        [&](storage::MatchRow&& row) {
            if (limit != 0 && rows == limit) {
                cut = true;
                return;
            }
            ++rows;
            printer->add(patterns.size() == 1 ? fact_cells(row.facts.front())
                                              : binding_cells(row));
        });
    printer->finish();
    if (cut) {
        std::cerr << fmt::format("kgraph: showing the first {} rows; --limit 0 shows them all\n",
                                 limit);
    }
}

}  // namespace

void cmd_facts(const Common& common, const FactsOptions& options, std::ostream& out) {
    // One pattern of a query, its ends names or anything.
    storage::QueryPattern pattern;
    if (options.relation) {
        pattern.relations.push_back(resolve_relation(*options.relation));
    }
    const storage::DateRange dates = date_range(options.since, options.until);
    auto db = open_reader(common);
    if (options.subject) {
        pattern.subject = {storage::Term::Kind::kEntity, resolve_entity(db, *options.subject)};
    }
    if (options.object) {
        pattern.object = {storage::Term::Kind::kEntity, resolve_entity(db, *options.object)};
    }
    print_matches(db, {pattern}, dates, options.limit, common.format, out);
}

void cmd_query(const Common& common, const QueryOptions& options, std::ostream& out) {
    if (options.patterns.empty()) {
        throw UsageError("give at least one pattern, e.g. '? deploys-to Russia'");
    }
    if (options.patterns.size() > kMaxPatterns) {
        throw UsageError(fmt::format("at most {} patterns in one query", kMaxPatterns));
    }
    std::vector<storage::QueryPattern> patterns;
    for (const auto& text : options.patterns) {
        patterns.push_back(parse_pattern(text));
    }
    const storage::DateRange dates = date_range(options.since, options.until);
    auto db = open_reader(common);
    for (auto& pattern : patterns) {
        for (storage::Term* end : {&pattern.subject, &pattern.object}) {
            if (end->kind == storage::Term::Kind::kEntity) {
                end->text = resolve_entity(db, end->text);
            }
        }
    }
    print_matches(db, patterns, dates, options.limit, common.format, out);
}

}  // namespace kg::cli
