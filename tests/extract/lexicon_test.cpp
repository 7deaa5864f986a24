#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokenizer.h"

namespace kg::extract {
namespace {

class PossibleRulesTest : public ::testing::Test {
protected:
    PossibleRulesTest() : lexicon_(builtin_lexicon_files()) {}

    std::uint32_t rule(const std::string_view id) const {
        const auto& rules = lexicon_.rules();
        for (std::uint32_t r = 0; r < rules.size(); ++r) {
            if (rules[r].id == id) {
                return r;
            }
        }
        ADD_FAILURE() << "no rule " << id;
        return 0;
    }

    // Runs the filter over the whole of `text`, keeping its tokens for the test to index.
    void filter(const std::string_view text) {
        tokens_.clear();
        folded_ = std::make_unique<FoldedText>();
        tokenize(text, 0, text.size(), tokens_, *folded_);
        lexicon_.number_words(tokens_);
        lexicon_.possible_rules(tokens_, 0, static_cast<std::uint32_t>(tokens_.size()), rules_);
    }

    Lexicon lexicon_;
    std::unique_ptr<FoldedText> folded_;  // what tokens_ view
    std::vector<Token> tokens_;
    Lexicon::PossibleRules rules_;
};

// deploy.verb is "S &MOD* &AGENT? &AUX* &DEPLOY ~5 to|into|in|inside the? O": it needs a verb
// of &DEPLOY and then one of its prepositions.
TEST_F(PossibleRulesTest, NeedsEveryRequiredWordAndKnowsTheLastStartWithAllAhead) {
    const std::uint32_t deploy = rule("deploy.verb");

    // Tokens: Russia(0) deployed(1) troops(2) to(3) Belarus(4) and(5) Ukraine(6) watched(7) .(8)
    filter("Russia deployed troops to Belarus and Ukraine watched.");
    ASSERT_TRUE(rules_.possible(deploy));
    EXPECT_EQ(rules_.last_start[deploy], 1U);  // from "deployed" on; after it, no verb is ahead

    // A second "deployed" later moves the last start to it.
    filter("Russia deployed troops to Belarus and Ukraine deployed drones to Poland.");
    ASSERT_TRUE(rules_.possible(deploy));
    EXPECT_EQ(rules_.last_start[deploy], 7U);

    // No preposition after all: the rule cannot match, whatever the sentence before held.
    filter("Russia deployed troops.");
    EXPECT_FALSE(rules_.possible(deploy));

    filter("Russia deployed troops to Belarus.");
    EXPECT_TRUE(rules_.possible(deploy));
    filter("Ukraine watched.");
    EXPECT_FALSE(rules_.possible(deploy));
}

// Each call numbers what it sees, instead of clearing it for the next; when the numbers go
// round, no word of an old sentence may count for a new one.
TEST_F(PossibleRulesTest, NoWordOfAnEarlierSentenceCountsWhenTheCallNumbersGoRound) {
    const std::uint32_t deploy = rule("deploy.verb");
    filter("Russia deployed troops.");  // the verb, and no preposition
    EXPECT_FALSE(rules_.possible(deploy));
    rules_.call = std::numeric_limits<std::uint32_t>::max();
    filter("Ukraine watched.");
    filter("Troops went to Belarus.");  // a preposition, and no verb
    EXPECT_FALSE(rules_.possible(deploy));
    filter("Troops were deployed to Belarus.");
    EXPECT_TRUE(rules_.possible(deploy));
}

// The rules tried at each mention: those that start with a slot and are possible, in the
// order of the rules file (which decides the rule a fact is credited to).
TEST_F(PossibleRulesTest, ListsThePossibleRulesThatStartWithASlotInFileOrder) {
    const std::uint32_t deploy = rule("deploy.verb");
    const std::uint32_t nominal = rule("deploy.nominal");  // starts with a word
    std::vector<std::uint32_t> slot_rules;

    filter("Russia deployed troops to Belarus, and the deployment of troops to Belarus went on.");
    lexicon_.possible_slot_rules(rules_, slot_rules);
    ASSERT_FALSE(slot_rules.empty());
    EXPECT_TRUE(std::is_sorted(slot_rules.begin(), slot_rules.end()));
    EXPECT_NE(std::find(slot_rules.begin(), slot_rules.end(), deploy), slot_rules.end());
    EXPECT_TRUE(rules_.possible(nominal));
    EXPECT_EQ(std::find(slot_rules.begin(), slot_rules.end(), nominal), slot_rules.end());
    for (const std::uint32_t r : slot_rules) {
        EXPECT_TRUE(rules_.possible(r)) << lexicon_.rules()[r].id;
        EXPECT_EQ(lexicon_.rules()[r].pattern.elements.front().kind, Element::Kind::kSlot)
            << lexicon_.rules()[r].id;
    }

    filter("Ukraine watched.");
    lexicon_.possible_slot_rules(rules_, slot_rules);
    EXPECT_EQ(std::find(slot_rules.begin(), slot_rules.end(), deploy), slot_rules.end());
}

}  // namespace
}  // namespace kg::extract
