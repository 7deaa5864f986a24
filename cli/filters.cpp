#include "cli/filters.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/names.h"
#include "core/dates.h"

namespace kg::cli {

std::string parse_date(const std::string_view text, const std::string_view option) {
    if (!is_calendar_date(text)) {
        throw UsageError(fmt::format(
            "{}: '{}' is not a date written YYYY-MM-DD, such as 2024-10-28", option, text));
    }
    return std::string(text);
}

std::vector<Relation> parse_relations(const std::string_view list) {
    std::vector<Relation> relations;
    std::size_t begin = 0;
    while (begin <= list.size()) {
        const std::size_t end = std::min(list.find('|', begin), list.size());
        const std::string_view name = list.substr(begin, end - begin);
        if (name.find_first_not_of(" \t") == std::string_view::npos) {
            throw UsageError(fmt::format(
                "empty relation in '{}': write one relation, or several as supplies|supports",
                list));
        }
        const Relation relation = resolve_relation(name);
        if (std::find(relations.begin(), relations.end(), relation) == relations.end()) {
            relations.push_back(relation);
        }
        begin = end + 1;
    }
    return relations;
}

storage::DateRange date_range(const std::optional<std::string>& since,
                              const std::optional<std::string>& until) {
    storage::DateRange range;
    if (since) {
        range.since = parse_date(*since, "--since");
    }
    if (until) {
        range.until = parse_date(*until, "--until");
    }
    if (range.since && range.until && *range.until < *range.since) {
        throw UsageError(
            fmt::format("--until {} is before --since {}", *range.until, *range.since));
    }
    return range;
}

storage::GraphFilter graph_filter(const CutOptions& cut) {
    if (cut.min_documents < 1) {
        throw UsageError("--min-documents must be at least 1");
    }
    storage::GraphFilter filter;
    for (const auto& list : cut.relations) {
        for (const Relation r : parse_relations(list)) {
            if (std::find(filter.relations.begin(), filter.relations.end(), r) ==
                filter.relations.end()) {
                filter.relations.push_back(r);
            }
        }
    }
    filter.dates = date_range(cut.since, cut.until);
    filter.min_documents = cut.min_documents;
    return filter;
}

bool cuts_anything(const CutOptions& cut) {
    return !cut.relations.empty() || cut.since || cut.until || cut.min_documents > 1;
}

}  // namespace kg::cli
