#pragma once

// Turning what a user types into canonical names: entity names resolved forgivingly (case,
// aliases, demonyms, typographic apostrophes), relation names checked, triple patterns parsed.
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

// The relation named `name`, or UsageError listing the relations (with a did-you-mean).
Relation resolve_relation(std::string_view name);

// Up to three of `candidates` closest to `name` by edit distance, case ignored, closest first.
std::vector<std::string> closest_names(std::string_view name,
                                       const std::vector<std::string>& candidates);

// 'SUBJECT RELATION OBJECT' with ? for a wildcard; names may hold spaces or be quoted:
// `? deploys-to Russia`, `North Korea deploys-to ?`, `"Mark Rutte" ? ?`.
struct TriplePattern {
    std::optional<std::string> subject;  // as typed, not yet resolved
    std::optional<Relation> relation;
    std::optional<std::string> object;
};
TriplePattern parse_triple(std::string_view text);

}  // namespace kg::cli
