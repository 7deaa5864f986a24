#pragma once

// Parsing the triple patterns of `kgraph query`: 'SUBJECT RELATION OBJECT', where an end is a
// name (it may hold spaces, or be quoted: "United States"), a variable (?a, shared by every
// pattern it appears in), or ? for anything; the relation is a name, a list
// (supplies|supports) or ? for any.
//
//     ? deploys-to Russia        ?a supplies|supports ?b        ?b threatens "United States"

#include <string_view>

#include "storage/storage.h"

namespace kg::cli {

// The pattern, with names as typed (not yet resolved to canonical ones). Throws UsageError for
// a malformed pattern, an unknown relation (with a did-you-mean), a bad variable name, or a
// variable in the relation's place.
storage::QueryPattern parse_pattern(std::string_view text);

}  // namespace kg::cli
