#pragma once

// Scoring extraction against gold facts, as ONTOLOGY.md ("Scoring extraction") defines it: a
// predicted fact matches a gold fact when both ends are the same canonical entities and the
// relation is the same (either direction for a symmetric relation); precision, recall and F1
// are counted over distinct (subject, relation, object) facts per document, summed over the
// documents (micro average).

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/ontology.h"

namespace kg::cli {

struct ScoredFact {
    std::string doc;  // the document's file name without extension
    std::string subject;
    Relation relation = Relation::kDeploysTo;
    std::string object;

    auto operator<=>(const ScoredFact&) const = default;
};

// Reads a gold file: a header line `doc<TAB>subject<TAB>relation<TAB>object`, then one fact per
// line. Throws kg::Error naming the line of a malformed row or an unknown relation.
std::vector<ScoredFact> read_gold(std::string_view path, std::string_view contents);

// The name a document is scored under: its file name without the extension.
std::string document_key(std::string_view path);

// Puts a symmetric fact's ends in canonical order so either direction compares equal.
ScoredFact canonical(ScoredFact fact);

struct Counts {
    std::int64_t gold = 0;
    std::int64_t predicted = 0;
    std::int64_t correct = 0;

    double precision() const;
    double recall() const;
    double f1() const;
};

struct Score {
    Counts overall;
    std::map<Relation, Counts> by_relation;
    std::vector<ScoredFact> missed;    // in the gold, not predicted
    std::vector<ScoredFact> spurious;  // predicted, not in the gold
};

// Writes each gold name that differs from a predicted name only in case or accents as the
// predicted name ("Antti Hakkanen" in the gold, "Antti Häkkänen" in the text).
void match_names_loosely(std::vector<ScoredFact>& gold, const std::vector<ScoredFact>& predicted);

// Scores predictions against gold; both are canonicalized and deduplicated first.
Score score(const std::vector<ScoredFact>& gold, const std::vector<ScoredFact>& predicted);

}  // namespace kg::cli
