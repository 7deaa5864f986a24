#pragma once

// Turning what a user types into canonical names: entity names resolved forgivingly (case,
// aliases, demonyms, typographic apostrophes), relation names checked.
// Failures are errors that say what was wrong and, where a close name exists, what was meant.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/ontology.h"

namespace kg::storage {
class Database;
}

namespace kg::cli {

// A mistake in how a command was called: exit status 2.
class UsageError : public kg::Error {
public:
    using kg::Error::Error;
};

// The canonical name for `name`, or Error("no entity named ...; did you mean ...?").
std::string resolve_entity(storage::Database& db, std::string_view name);

// The relation named `name`, case and spacing ignored; nullopt when there is none.
std::optional<Relation> find_relation(std::string_view name);

// The relation named `name`, or UsageError listing the relations (with a did-you-mean).
Relation resolve_relation(std::string_view name);

// The entity type named `name` (person, country, ...), or UsageError listing the types.
EntityType resolve_entity_type(std::string_view name);

// Up to three of `candidates` closest to `name` by edit distance, case ignored, closest first.
std::vector<std::string> closest_names(std::string_view name,
                                       const std::vector<std::string>& candidates);

}  // namespace kg::cli
