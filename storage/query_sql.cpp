#include "storage/query_sql.h"

#include <algorithm>
#include <map>
#include <set>

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

// The evidence of edge `edge` that counts: the rows from documents stored (a document deleted
// by hand may leave its rows behind, which `explain` would not show), and with a date range
// (`dated`) from documents in it. COUNT(DISTINCT document_id) and COUNT(*) over these are the
// documents and mentions of a fact; a fact with none is left out.
std::string counted_support(const std::string_view aggregate, const std::string_view edge,
                            const bool dated) {
    return fmt::format(
        "(SELECT {} FROM support su JOIN documents d ON d.id = su.document_id "
        "WHERE su.edge_id = {}{})",
        aggregate, edge, dated ? fmt::format(" AND {}", in_range("d")) : std::string());
}

// What the patterns ask of each fact they match, written for any source of facts: the pinned
// names (:s<i>, :o<i>), the relations (:r<i>_<k>) and the variables shared between ends.
class PatternConditions {
public:
    explicit PatternConditions(const std::vector<QueryPattern>& patterns) : patterns_(patterns) {
        for (const auto& p : patterns) {
            for (const Term* t : {&p.subject, &p.object}) {
                if (t->kind == Term::Kind::kVariable) {
                    ++uses_[t->text];
                }
            }
        }
    }

    // Whether pattern i may read a fact turned round: its relation may be symmetric and an end
    // is pinned. A pattern whose ends are both free would list each symmetric fact twice, once
    // each way round, with nothing to tell the two apart; it keeps the stored orientation only.
    bool may_turn(const std::size_t i) const {
        const QueryPattern& p = patterns_[i];
        return (pinned(p.subject) || pinned(p.object)) &&
               (p.relations.empty() ||
                std::any_of(p.relations.begin(), p.relations.end(), is_symmetric));
    }

    // The conditions on pattern i's fact, whose subject, relation and object are the columns
    // named, in one reading of all the patterns (variables are bound anew for each).
    void add(const std::size_t i, const std::string& subject, const std::string& relation,
             const std::string& object, std::map<std::string, std::string>& bound,
             std::vector<std::string>& conditions) const {
        const QueryPattern& p = patterns_[i];
        if (!p.relations.empty()) {
            std::vector<std::string> slots;
            for (std::size_t k = 0; k < p.relations.size(); ++k) {
                slots.push_back(fmt::format(":r{}_{}", i, k));
            }
            conditions.push_back(fmt::format("{} IN ({})", relation, fmt::join(slots, ", ")));
        }
        for (const bool is_subject : {true, false}) {
            const Term& t = is_subject ? p.subject : p.object;
            const std::string& column = is_subject ? subject : object;
            if (t.kind == Term::Kind::kEntity) {
                conditions.push_back(
                    fmt::format("{} = (SELECT id FROM entities WHERE name = :{}{})", column,
                                is_subject ? "s" : "o", i));
            } else if (t.kind == Term::Kind::kVariable) {
                const auto [it, first] = bound.emplace(t.text, column);
                if (!first) {
                    conditions.push_back(fmt::format("{} = {}", column, it->second));
                }
            }
        }
    }

    // The variables in order of first appearance, and where each is first bound.
    void variables(MatchPlan& plan) const {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < patterns_.size(); ++i) {
            for (const bool is_subject : {true, false}) {
                const Term& t = is_subject ? patterns_[i].subject : patterns_[i].object;
                if (t.kind == Term::Kind::kVariable && seen.insert(t.text).second) {
                    plan.variables.push_back(t.text);
                    plan.variable_ends.emplace_back(i, is_subject);
                }
            }
        }
    }

private:
    bool pinned(const Term& t) const {
        return t.kind == Term::Kind::kEntity ||
               (t.kind == Term::Kind::kVariable && uses_.at(t.text) > 1);
    }

    const std::vector<QueryPattern>& patterns_;
    std::map<std::string, int> uses_;
};

// The facts that the patterns match, as SQL for a compound SELECT with five columns per
// pattern i: eid<i> (the edge), flipped<i>, sid<i>, rel<i> and oid<i> (its ends and relation as
// the pattern reads them; `flipped<i>` when it read a symmetric fact turned round). Each way of
// reading the patterns (as stored, or turned round where a pattern may) is one arm of the
// compound, whose joins are all on the columns of edges, so SQLite finds a pinned name's facts
// through the indexes on edges. (One arm over a view that unites both readings was read whole:
// three seconds for one entity's facts on five million of them.) A fact without evidence (in
// the date range) is left out where it is read.
std::string matched_edges(const std::vector<QueryPattern>& patterns, const bool dated) {
    const PatternConditions conditions_of(patterns);
    std::vector<std::size_t> may_turn;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (conditions_of.may_turn(i)) {
            may_turn.push_back(i);
        }
    }
    std::vector<std::string> arms;
    for (std::size_t way = 0; way < (std::size_t{1} << may_turn.size()); ++way) {
        std::vector<bool> turned(patterns.size(), false);
        for (std::size_t k = 0; k < may_turn.size(); ++k) {
            turned[may_turn[k]] = ((way >> k) & 1U) != 0;
        }
        std::map<std::string, std::string> bound;
        std::vector<std::string> columns, tables, conditions;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
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
            conditions_of.add(i, subject, fmt::format("e{}.relation", i), object, bound,
                              conditions);
            conditions.push_back(
                fmt::format("EXISTS {}", counted_support("1", fmt::format("e{}.id", i), dated)));
        }
        arms.push_back(fmt::format("SELECT {}\n FROM {}\n WHERE {}", fmt::join(columns, ",\n "),
                                   fmt::join(tables, "\n JOIN "),
                                   fmt::join(conditions, "\n AND ")));
    }
    return fmt::format("{}", fmt::join(arms, "\nUNION ALL\n"));
}

// Queries of more patterns than this read the facts through one view of both readings instead
// of arms. Each arm is one join, ordered by SQLite without statistics: from a pinned name through
// a pattern with no name to the next, it can walk every fact of a hub in between (a chain of
// three patterns on five million facts ran for minutes), where the view, built whole, is joined
// through automatic indexes on whichever ends are bound. And 2^n arms of n patterns that may
// turn a fact round each join every pattern again: a cycle of seven took six times as long.
constexpr std::size_t kMostPatternsInArms = 2;

// Columns of a row, their order and their counts, the same whichever way the facts are read.
struct RowShape {
    std::vector<std::string> columns, tables, documents, mentions, order;
};

// `column(i, name)` names the column `name` (sid, rel, oid, documents, mentions) of pattern i's
// fact.
template <typename Column>
RowShape row_shape(const std::size_t patterns, const Column& column) {
    RowShape shape;
    for (std::size_t i = 0; i < patterns; ++i) {
        shape.columns.push_back(
            fmt::format("s{0}.name, s{0}.type, {1}, o{0}.name, o{0}.type, {2}, {3}", i,
                        column(i, "rel"), column(i, "documents"), column(i, "mentions")));
        shape.tables.push_back(
            fmt::format("JOIN entities s{0} ON s{0}.id = {1} JOIN entities o{0} ON o{0}.id = {2}",
                        i, column(i, "sid"), column(i, "oid")));
        shape.documents.push_back(column(i, "documents"));
        shape.mentions.push_back(column(i, "mentions"));
        shape.order.push_back(fmt::format("s{0}.name, {1}, o{0}.name", i, column(i, "rel")));
    }
    return shape;
}

std::string order_and_limit(const RowShape& shape) {
    return fmt::format("ORDER BY {} DESC, {} DESC, {}\n LIMIT :limit",
                       fmt::join(shape.documents, " + "), fmt::join(shape.mentions, " + "),
                       fmt::join(shape.order, ", "));
}

// Through the arms of matched_edges(). One pattern's facts are counted where they are read; in
// a join, where a fact can be in many rows, each is counted once, then joined to its rows.
std::string match_by_arms(const std::vector<QueryPattern>& patterns, const bool dated) {
    const std::size_t n = patterns.size();
    const std::string documents = "COUNT(DISTINCT su.document_id)";
    std::vector<std::string> names, used, counts, joins;
    for (std::size_t i = 0; i < n; ++i) {
        names.push_back(fmt::format("eid{0}, flipped{0}, sid{0}, rel{0}, oid{0}", i));
        used.push_back(fmt::format("SELECT eid{} FROM matched", i));
        counts.push_back(
            fmt::format("c{0}.documents AS documents{0}, c{0}.mentions AS mentions{0}", i));
        joins.push_back(fmt::format("JOIN edge_counts c{0} ON c{0}.eid = m.eid{0}", i));
    }
    std::string counted;
    if (n == 1) {
        counted = fmt::format(
            "matched ({}) AS (\n{}),\n"
            "counted AS (SELECT m.*, {} AS documents0, {} AS mentions0 FROM matched m)",
            names[0], matched_edges(patterns, dated), counted_support(documents, "m.eid0", dated),
            counted_support("COUNT(*)", "m.eid0", dated));
    } else {
        counted = fmt::format(
            "matched ({}) AS MATERIALIZED (\n{}),\n"
            "used (eid) AS ({}),\n"
            "edge_counts (eid, documents, mentions) AS MATERIALIZED (\n"
            " SELECT u.eid, {}, {} FROM used u),\n"
            "counted AS (SELECT m.*, {} FROM matched m {})",
            fmt::join(names, ", "), matched_edges(patterns, dated), fmt::join(used, " UNION "),
            counted_support(documents, "u.eid", dated), counted_support("COUNT(*)", "u.eid", dated),
            fmt::join(counts, ", "), fmt::join(joins, " "));
    }
    const RowShape shape = row_shape(n, [](const std::size_t i, const std::string_view name) {
        return fmt::format("c.{}{}", name, i);
    });
    return fmt::format("WITH {}\nSELECT {}\n FROM counted c {}\n {}", counted,
                       fmt::join(shape.columns, ",\n "), fmt::join(shape.tables, "\n "),
                       order_and_limit(shape));
}

// Through one view of every fact with its counts, as stored and, for a symmetric relation,
// turned round too, joined once per pattern. Counting every fact's evidence first costs a pass
// over all of it, however little the query asks (three seconds on five million facts); it
// serves queries of more than kMostPatternsInArms patterns.
std::string match_by_view(const std::vector<QueryPattern>& patterns, const bool dated) {
    const PatternConditions conditions_of(patterns);
    std::map<std::string, std::string> bound;
    std::vector<std::string> sources, conditions;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        sources.push_back(fmt::format("oriented p{}", i));
        if (!conditions_of.may_turn(i)) {
            conditions.push_back(fmt::format("p{}.flipped = 0", i));
        }
        conditions_of.add(i, fmt::format("p{}.sid", i), fmt::format("p{}.rel", i),
                          fmt::format("p{}.oid", i), bound, conditions);
    }
    if (conditions.empty()) {
        conditions.emplace_back("1");
    }
    const RowShape shape =
        row_shape(patterns.size(), [](const std::size_t i, const std::string_view name) {
            return fmt::format("p{}.{}", i, name);
        });
    const std::string view =
        fmt::format(R"(
    counted (edge_id, documents, mentions) AS (
        SELECT su.edge_id, COUNT(DISTINCT su.document_id), COUNT(*)
          FROM support su JOIN documents d ON d.id = su.document_id{}
         GROUP BY su.edge_id),
    oriented (edge_id, sid, rel, oid, flipped, documents, mentions) AS (
        SELECT e.id, e.subject_id, e.relation, e.object_id, 0, c.documents, c.mentions
          FROM edges e JOIN counted c ON c.edge_id = e.id
        UNION ALL
        SELECT e.id, e.object_id, e.relation, e.subject_id, 1, c.documents, c.mentions
          FROM edges e JOIN counted c ON c.edge_id = e.id
          JOIN relation_types rt ON rt.name = e.relation
         WHERE rt.symmetric = 1 AND e.subject_id <> e.object_id))",
                    dated ? fmt::format(" WHERE {}", in_range("d")) : std::string());
    return fmt::format("WITH {}\nSELECT {}\n FROM {} {}\n WHERE {}\n {}", view,
                       fmt::join(shape.columns, ",\n "), fmt::join(sources, ", "),
                       fmt::join(shape.tables, "\n "), fmt::join(conditions, "\n AND "),
                       order_and_limit(shape));
}

}  // namespace

MatchPlan match_sql(const std::vector<QueryPattern>& patterns, const bool dated) {
    if (patterns.empty() || patterns.size() > kMaxPatterns) {
        throw Error(
            fmt::format("a query takes 1 to {} patterns, not {}", kMaxPatterns, patterns.size()));
    }
    MatchPlan plan;
    PatternConditions(patterns).variables(plan);
    // A query that names no entity and lists no relation reads every fact: one pass that counts
    // all the evidence costs less than a count a fact (the 20 best-supported of five million
    // facts in 7.7 s against 16).
    const bool reads_everything = std::all_of(patterns.begin(), patterns.end(), [](const auto& p) {
        return p.relations.empty() && p.subject.kind != Term::Kind::kEntity &&
               p.object.kind != Term::Kind::kEntity;
    });
    plan.sql = patterns.size() <= kMostPatternsInArms && !reads_everything
                   ? match_by_arms(patterns, dated)
                   : match_by_view(patterns, dated);
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
                       matched_edges({as_query(pattern)}, false));
}

}  // namespace kg::storage
