#include "cli/query_command.h"

#include <iostream>

#include <fmt/format.h>

#include "cli/filters.h"
#include "cli/names.h"
#include "cli/pattern.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

Cell text(const std::string_view value) { return std::string(value); }

Table facts_table(const std::vector<storage::FactRow>& rows) {
    Table table{
        {"subject", "subject_type", "relation", "object", "object_type", "documents", "mentions"},
        {}};
    for (const auto& row : rows) {
        table.rows.push_back({row.subject, text(to_string(row.subject_type)),
                              text(to_string(row.relation)), row.object,
                              text(to_string(row.object_type)), row.documents, row.mentions});
    }
    return table;
}

Table bindings_table(const storage::Matches& matches, const std::size_t patterns) {
    Table table{matches.variables, {}};
    for (std::size_t i = 1; i <= patterns; ++i) {
        table.columns.push_back(fmt::format("fact{}", i));
        table.columns.push_back(fmt::format("documents{}", i));
        table.columns.push_back(fmt::format("mentions{}", i));
    }
    for (const auto& row : matches.rows) {
        auto& cells = table.rows.emplace_back(row.values.begin(), row.values.end());
        for (const auto& fact : row.facts) {
            cells.emplace_back(
                fmt::format("{} {} {}", fact.subject, to_string(fact.relation), fact.object));
            cells.emplace_back(fact.documents);
            cells.emplace_back(fact.mentions);
        }
    }
    return table;
}

}  // namespace

void cmd_facts(const Common& common, const FactsOptions& options, std::ostream& out) {
    storage::FactPattern pattern;
    if (options.relation) {
        pattern.relation = resolve_relation(*options.relation);
    }
    const storage::DateRange dates = date_range(options.since, options.until);
    auto db = open_reader(common);
    if (options.subject) {
        pattern.subject = resolve_entity(db, *options.subject);
    }
    if (options.object) {
        pattern.object = resolve_entity(db, *options.object);
    }
    print(facts_table(db.facts(pattern, dates)), common.format, out);
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
    // One row more than the limit tells whether the limit cut anything.
    storage::Matches matches =
        db.match(patterns, dates, options.limit == 0 ? 0 : options.limit + 1);
    const bool cut = options.limit != 0 && matches.rows.size() > options.limit;
    if (cut) {
        matches.rows.resize(options.limit);
    }
    if (patterns.size() == 1) {
        std::vector<storage::FactRow> facts;
        for (auto& row : matches.rows) {
            facts.push_back(std::move(row.facts.front()));
        }
        print(facts_table(facts), common.format, out);
    } else {
        print(bindings_table(matches, patterns.size()), common.format, out);
    }
    if (cut) {
        std::cerr << fmt::format("kgraph: showing the first {} rows; --limit 0 shows them all\n",
                                 options.limit);
    }
}

}  // namespace kg::cli
