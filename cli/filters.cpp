#include "cli/filters.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "cli/names.h"

namespace kg::cli {

std::string parse_date(const std::string_view text, const std::string_view option) {
    const auto fail = [&]() {
        return UsageError(fmt::format(
            "{}: '{}' is not a date written YYYY-MM-DD, such as 2024-10-28", option, text));
    };
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                        std::all_of(text.begin(), text.end(), [](const char c) {
                            return c == '-' || std::isdigit(static_cast<unsigned char>(c)) != 0;
                        });
    if (!shaped) {
        throw fail();
    }
    const auto number = [&](const std::size_t at, const std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 ||
        day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) {
        throw fail();
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
