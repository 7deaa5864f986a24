#include "cli/pattern.h"

#include <gtest/gtest.h>

#include "cli/filters.h"
#include "cli/names.h"

namespace kg::cli {
namespace {

using Kind = storage::Term::Kind;

std::string describe(const storage::Term& t) {
    switch (t.kind) {
        case Kind::kAny:
            return "?";
        case Kind::kVariable:
            return "?" + t.text;
        case Kind::kEntity:
            break;
    }
    return "'" + t.text + "'";
}

// The pattern as "S [r1|r2] O", ends marked: ? any, ?x variable, 'Name' entity.
std::string describe(const storage::QueryPattern& p) {
    std::string relations;
    for (const Relation r : p.relations) {
        relations += (relations.empty() ? "" : "|") + std::string(to_string(r));
    }
    return describe(p.subject) + " [" + (relations.empty() ? "?" : relations) + "] " +
           describe(p.object);
}

TEST(ParsePattern, ReadsNamesVariablesAndWildcards) {
    EXPECT_EQ(describe(parse_pattern("? deploys-to Russia")), "? [deploys-to] 'Russia'");
    EXPECT_EQ(describe(parse_pattern("?a supplies ?b")), "?a [supplies] ?b");
    EXPECT_EQ(describe(parse_pattern("?b threatens \"United States\"")),
              "?b [threatens] 'United States'");
    EXPECT_EQ(describe(parse_pattern("North Korea ? ?")), "'North Korea' [?] ?");
    EXPECT_EQ(describe(parse_pattern("  Mark   Rutte  Warns-Of  ?x_1 ")),
              "'Mark Rutte' [warns-of] ?x_1");
    EXPECT_EQ(describe(parse_pattern("'?a' leads ?")), "'?a' [leads] ?") << "quoted is a name";
}

TEST(ParsePattern, ReadsRelationLists) {
    EXPECT_EQ(describe(parse_pattern("?a supplies|supports ?b")), "?a [supplies|supports] ?b");
    EXPECT_EQ(describe(parse_pattern("?a supplies|SUPPLIES ?b")), "?a [supplies] ?b");
}

TEST(ParsePattern, RefusesWhatItCannotRead) {
    for (const std::string bad : {"Russia", "? ?", "\"North Korea deploys-to ?", "?a deploy-to ?b",
                                  "?a supplies|suports ?b", "?a ?r ?b", "?a b supplies ?c",
                                  "?1a supplies ?b", "?a-b supplies ?c", "?a supplies| ?b"}) {
        EXPECT_THROW(parse_pattern(bad), UsageError) << bad;
    }
    try {
        parse_pattern("?a suplies ?b");
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("did you mean supplies"), std::string::npos)
            << e.what();
    }
    try {
        parse_pattern("?a ?r ?b");
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("not a variable"), std::string::npos) << e.what();
    }
}

TEST(ParseDate, AcceptsRealCalendarDatesOnly) {
    EXPECT_EQ(parse_date("2024-10-28", "--since"), "2024-10-28");
    EXPECT_EQ(parse_date("2024-02-29", "--since"), "2024-02-29");
    for (const std::string bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-5", "24-10-28",
                                  "2024/10/28", "yesterday", "", "2024-10-28x"}) {
        EXPECT_THROW(parse_date(bad, "--since"), UsageError) << bad;
    }
    try {
        parse_date("2024-13-01", "--until");
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "--until: '2024-13-01' is not a date written YYYY-MM-DD, such as 2024-10-28");
    }
}

TEST(GraphFilter, CombinesRepeatedRelationListsAndChecksDates) {
    CutOptions cut;
    cut.relations = {"supplies|supports", "fights", "supplies"};
    cut.since = "2024-10-01";
    const auto filter = graph_filter(cut);
    EXPECT_EQ(filter.relations,
              (std::vector<Relation>{Relation::kSupplies, Relation::kSupports, Relation::kFights}));
    EXPECT_EQ(filter.dates.since, "2024-10-01");
    EXPECT_TRUE(cuts_anything(cut));
    EXPECT_FALSE(cuts_anything(CutOptions{}));
    cut.until = "2024-09-01";
    EXPECT_THROW(graph_filter(cut), UsageError) << "until before since";
    CutOptions none;
    none.min_documents = 0;
    EXPECT_THROW(graph_filter(none), UsageError);
}

}  // namespace
}  // namespace kg::cli
