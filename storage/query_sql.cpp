#include "storage/query_sql.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kg::storage {
namespace {

// Whether the document aliased `d` lies in the date range :since..:until. An unset end is open;
// with an end set, a document without a date is out, as nobody can say it is in.
std::string in_range(const std::string_view d) {
    return fmt::format(
        "(:since IS NULL OR {0}.published >= :since) AND "
        "(:until IS NULL OR {0}.published <= :until)",
        d);
}

// The facts that a list of patterns matches, as SQL for a compound SELECT with five columns per
// pattern i: eid<i> (the edge), flipped<i>, sid<i>, rel<i> and oid<i> (its ends and relation as
// the pattern reads them). A fact of a symmetric relation matches from either end: `flipped<i>`
// says that the pattern read it turned round. Each way of reading the patterns (as stored, or
// turned round where a pattern may be) is one arm of the compound, whose joins are all on the
// columns of edges, so SQLite finds a pinned name's facts through the indexes on edges. (One
// arm over a view that unites both readings was read whole: three seconds for one entity's
// facts on five million of them.) Pinned names are :s<i> and :o<i>, relations :r<i>_<k>.
struct MatchedEdges {
    std::string sql;
    std::vector<std::string> variables;
    std::vector<std::pair<std::size_t, bool>> variable_ends;  // pattern, subject end?
};

MatchedEdges matched_edges(const std::vector<QueryPattern>& patterns) {
    std::map<std::string, int> uses;
    for (const auto& p : patterns) {
        for (const Term* t : {&p.subject, &p.object}) {
            if (t->kind == Term::Kind::kVariable) {
                ++uses[t->text];
            }
        }
    }
    // A pattern whose ends are both free would list each symmetric fact twice, once each way
    // round, with nothing to tell the two apart; it keeps the stored orientation only.
    const auto pinned = [&](const Term& t) {
        return t.kind == Term::Kind::kEntity ||
               (t.kind == Term::Kind::kVariable && uses.at(t.text) > 1);
    };
    std::vector<std::size_t> may_turn;  // patterns that may read a fact turned round
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const QueryPattern& p = patterns[i];
        if ((pinned(p.subject) || pinned(p.object)) &&
            (p.relations.empty() ||
             std::any_of(p.relations.begin(), p.relations.end(), is_symmetric))) {
            may_turn.push_back(i);
        }
    }
    MatchedEdges matched;
    std::vector<std::string> arms;
    for (std::size_t way = 0; way < (std::size_t{1} << may_turn.size()); ++way) {
        std::vector<bool> turned(patterns.size(), false);
        for (std::size_t k = 0; k < may_turn.size(); ++k) {
            turned[may_turn[k]] = ((way >> k) & 1U) != 0;
        }
        std::map<std::string, std::string> first_column;  // variable -> where it is first bound
        std::vector<std::string> columns, tables, conditions;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            const QueryPattern& p = patterns[i];
            const std::string subject =
                fmt::format("e{}.{}_id", i, turned[i] ? "object" : "subject");
            const std::string object =
                fmt::format("e{}.{}_id", i, turned[i] ? "subject" : "object");
            columns.push_back(fmt::format("e{0}.id, {1}, {2}, e{0}.relation, {3}", i,
                                          turned[i] ? 1 : 0, subject, object));
            if (turned[i]) {
                tables.push_back(fmt::format(
                    "edges e{0} JOIN relation_types t{0} ON t{0}.name = e{0}.relation", i));
                conditions.push_back(fmt::format("t{}.symmetric = 1", i));
                conditions.push_back(fmt::format("e{0}.subject_id <> e{0}.object_id", i));
            } else {
                tables.push_back(fmt::format("edges e{}", i));
            }
            if (!p.relations.empty()) {
                std::vector<std::string> slots;
                for (std::size_t k = 0; k < p.relations.size(); ++k) {
                    slots.push_back(fmt::format(":r{}_{}", i, k));
                }
                conditions.push_back(
                    fmt::format("e{}.relation IN ({})", i, fmt::join(slots, ", ")));
            }
            for (const bool is_subject : {true, false}) {
                const Term& t = is_subject ? p.subject : p.object;
                const std::string& column = is_subject ? subject : object;
                if (t.kind == Term::Kind::kEntity) {
                    conditions.push_back(
                        fmt::format("{} = (SELECT id FROM entities WHERE name = :{}{})", column,
                                    is_subject ? "s" : "o", i));
                } else if (t.kind == Term::Kind::kVariable) {
                    const auto [it, first] = first_column.emplace(t.text, column);
                    if (!first) {
                        conditions.push_back(fmt::format("{} = {}", column, it->second));
                    } else if (way == 0) {
                        matched.variables.push_back(t.text);
                        matched.variable_ends.emplace_back(i, is_subject);
                    }
                }
            }
        }
        if (conditions.empty()) {
            conditions.emplace_back("1");
        }
        arms.push_back(fmt::format("SELECT {}\n FROM {}\n WHERE {}", fmt::join(columns, ",\n "),
                                   fmt::join(tables, "\n JOIN "),
                                   fmt::join(conditions, "\n AND ")));
    }
    matched.sql = fmt::format("{}", fmt::join(arms, "\nUNION ALL\n"));
    return matched;
}

// The evidence of edge `edge` that counts: all of it, or with a date range (`dated`) the rows
// from documents in it. COUNT(DISTINCT document_id) and COUNT(*) over these are the documents
// and mentions of a fact.
std::string counted_support(const std::string_view aggregate, const std::string_view edge,
                            const bool dated) {
    if (!dated) {
        return fmt::format("(SELECT {} FROM support su WHERE su.edge_id = {})", aggregate, edge);
    }
    return fmt::format(
        "(SELECT {} FROM support su JOIN documents d ON d.id = su.document_id "
        "WHERE su.edge_id = {} AND {})",
        aggregate, edge, in_range("d"));
}

}  // namespace

MatchPlan match_sql(const std::vector<QueryPattern>& patterns, const bool dated) {
    MatchedEdges matched = matched_edges(patterns);
    std::vector<std::string> names, counts, columns, tables, conditions, documents, mentions, order;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        names.push_back(fmt::format("eid{0}, flipped{0}, sid{0}, rel{0}, oid{0}", i));
        const std::string edge = fmt::format("m.eid{}", i);
        counts.push_back(fmt::format("{} AS documents{}",
                                     counted_support("COUNT(DISTINCT su.document_id)", edge, dated),
                                     i));
        counts.push_back(
            fmt::format("{} AS mentions{}", counted_support("COUNT(*)", edge, dated), i));
        columns.push_back(fmt::format(
            "s{0}.name, s{0}.type, c.rel{0}, o{0}.name, o{0}.type, c.documents{0}, c.mentions{0}",
            i));
        tables.push_back(fmt::format(
            "JOIN entities s{0} ON s{0}.id = c.sid{0} JOIN entities o{0} ON o{0}.id = c.oid{0}",
            i));
        conditions.push_back(
            fmt::format("EXISTS {}", counted_support("1", fmt::format("c.eid{}", i), dated)));
        documents.push_back(fmt::format("c.documents{}", i));
        mentions.push_back(fmt::format("c.mentions{}", i));
        order.push_back(fmt::format("s{0}.name, c.rel{0}, o{0}.name", i));
    }
    MatchPlan plan;
    plan.variables = std::move(matched.variables);
    plan.variable_ends = std::move(matched.variable_ends);
    plan.sql = fmt::format(
        "WITH matched ({}) AS (\n{}),\n"
        "counted AS (SELECT m.*, {} FROM matched m)\n"
        "SELECT {}\n FROM counted c {}\n WHERE {}\n ORDER BY {} DESC, {} DESC, {}\n LIMIT :limit",
        fmt::join(names, ", "), matched.sql, fmt::join(counts, ",\n "), fmt::join(columns, ",\n "),
        fmt::join(tables, "\n "), fmt::join(conditions, " AND "), fmt::join(documents, " + "),
        fmt::join(mentions, " + "), fmt::join(order, ", "));
    return plan;
}

QueryPattern as_query(const FactPattern& pattern) {
    const auto term = [](const std::optional<std::string>& name) {
        return name ? Term{Term::Kind::kEntity, *name} : Term{};
    };
    QueryPattern query{term(pattern.subject), {}, term(pattern.object)};
    if (pattern.relation) {
        query.relations.push_back(*pattern.relation);
    }
    return query;
}

std::string evidence_sql(const FactPattern& pattern) {
    return fmt::format(R"(
        WITH matched (eid0, flipped0, sid0, rel0, oid0) AS (
{})
        SELECT s.name, e.relation, o.name, d.path, COALESCE(d.published, ''), se.position,
               se.text, r.name, m.flipped0
          FROM matched m
          JOIN edges e ON e.id = m.eid0
          JOIN support su ON su.edge_id = e.id
          JOIN entities s ON s.id = e.subject_id
          JOIN entities o ON o.id = e.object_id
          JOIN sentences se ON se.document_id = su.document_id AND se.position = su.position
          JOIN documents d ON d.id = su.document_id
          JOIN rules r ON r.id = su.rule_id
         ORDER BY s.name, e.relation, o.name, d.path, se.position)",
                       matched_edges({as_query(pattern)}).sql);
}

}  // namespace kg::storage
