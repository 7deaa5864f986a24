#pragma once

// `kgraph facts` and `kgraph query`: facts by subject, relation and object, and joins of
// triple patterns with shared variables, optionally only as stated between two dates.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "storage/storage.h"

namespace kg::cli {

struct FactsOptions {
    std::optional<std::string> subject;
    std::optional<std::string> relation;
    std::optional<std::string> object;
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::size_t limit = 0;  // at most this many rows; 0: all
};

void cmd_facts(const Common& common, const FactsOptions& options, std::ostream& out);

// At most this many patterns in one query (storage's limit).
inline constexpr std::size_t kMaxPatterns = storage::kMaxPatterns;

struct QueryOptions {
    std::vector<std::string> patterns;  // as typed, see cli/pattern.h
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::size_t limit = 0;  // rows; 0 for all
};

// One pattern lists the matching facts as `kgraph facts` does. Several print one row per
// binding: the value of each variable, then each pattern's fact with its document and
// sentence counts. A note on stderr says when --limit cut the rows.
void cmd_query(const Common& common, const QueryOptions& options, std::ostream& out);

}  // namespace kg::cli
