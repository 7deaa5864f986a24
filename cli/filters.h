#pragma once

// The options that cut the graph a command works on (--relation, --since, --until,
// --min-documents), checked and turned into storage's filters. Mistakes are UsageErrors.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ontology.h"
#include "storage/storage.h"

namespace kg::cli {

struct CutOptions {
    std::vector<std::string> relations;  // as typed; each a relation or a list a|b|c
    std::optional<std::string> since;    // YYYY-MM-DD
    std::optional<std::string> until;    // YYYY-MM-DD
    std::int64_t min_documents = 1;
};

// `text` when it is a real calendar date written YYYY-MM-DD; else UsageError naming `option`.
std::string parse_date(std::string_view text, std::string_view option);

// "supplies|supports": each relation resolved as resolve_relation() does, duplicates dropped,
// in the order given. UsageError for an empty list or an unknown relation.
std::vector<Relation> parse_relations(std::string_view list);

storage::DateRange date_range(const std::optional<std::string>& since,
                              const std::optional<std::string>& until);
storage::GraphFilter graph_filter(const CutOptions& cut);

// Whether the options leave out any fact of the whole graph.
bool cuts_anything(const CutOptions& cut);

}  // namespace kg::cli
