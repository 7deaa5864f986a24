#pragma once

// Internal to storage/: the SQL of the reads that match facts by pattern (Database::facts,
// match and evidence). Each is made for the shape of its patterns. With one or two patterns,
// SQLite reaches a pinned name's facts through the indexes on edges and counts the evidence of
// the facts matched by the key of support; more patterns join a view of every fact with its
// counts (query_sql.cpp says why). Tests ask SQLite for the plans (EXPLAIN QUERY PLAN).

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "storage/storage.h"

namespace kg::storage {

// The SQL text of a query depends only on the shape of the patterns (how many, which ends are
// names or variables, how many relations each lists) and on whether a date range is given;
// every value is a parameter: :s<i> and :o<i> for names, :r<i>_<k> for relations, :since,
// :until and :limit. Each row has seven columns per pattern: subject, its type, relation,
// object, its type, documents and mentions. A fact without evidence (in the date range) is
// left out.
struct MatchPlan {
    std::string sql;
    std::vector<std::string> variables;                       // in order of first appearance
    std::vector<std::pair<std::size_t, bool>> variable_ends;  // pattern, subject end?
};

MatchPlan match_sql(const std::vector<QueryPattern>& patterns, bool dated);

// A FactPattern as the one pattern of a query, its names pinned and no variables.
QueryPattern as_query(const FactPattern& pattern);

// The evidence rows of the facts that match `pattern` as facts() reads it, parameters :r0_0,
// :s0 and :o0 as match_sql() names them. Columns: subject, relation, object (as stored),
// document path, date, sentence position, sentence, rule, and whether the pattern matched the
// fact turned round.
std::string evidence_sql(const FactPattern& pattern);

}  // namespace kg::storage
