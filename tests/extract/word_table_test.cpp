#include "extract/word_table.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/token_trie.h"

namespace kg::extract {
namespace {

TEST(WordTable, FindsWhatWasInsertedUnderItsContextOnly) {
    WordTable table;
    EXPECT_EQ(table.find(0, "russia"), WordTable::kNone);  // empty
    EXPECT_EQ(table.insert(0, "russia", 7), 7U);
    EXPECT_EQ(table.insert(3, "russia", 8), 8U);
    EXPECT_EQ(table.find(0, "russia"), 7U);
    EXPECT_EQ(table.find(3, "russia"), 8U);
    EXPECT_EQ(table.find(1, "russia"), WordTable::kNone);
    EXPECT_EQ(table.find(0, "russi"), WordTable::kNone);
    EXPECT_EQ(table.find(0, "russian"), WordTable::kNone);
    EXPECT_EQ(table.find(0, ""), WordTable::kNone);
}

TEST(WordTable, AKeyKeepsTheValueItWasFirstGiven) {
    WordTable table;
    EXPECT_EQ(table.insert(0, "and", 1), 1U);
    EXPECT_EQ(table.insert(0, "and", 2), 1U);
    EXPECT_EQ(table.find(0, "and"), 1U);
}

// Many times the first size, so the table grows again and again and keys collide.
TEST(WordTable, KeepsEveryKeyAsItGrows) {
    WordTable table;
    constexpr std::uint32_t kKeys = 20000;
    for (std::uint32_t i = 0; i < kKeys; ++i) {
        ASSERT_EQ(table.insert(i % 7, "w" + std::to_string(i), i), i);
    }
    for (std::uint32_t i = 0; i < kKeys; ++i) {
        ASSERT_EQ(table.find(i % 7, "w" + std::to_string(i)), i) << i;
        ASSERT_EQ(table.find(i % 7 + 7, "w" + std::to_string(i)), WordTable::kNone) << i;
    }
}

TEST(TokenTrie, StepsThroughSequencesAndValuesOnlyWholeOnes) {
    TokenTrie trie;
    trie.insert({"north", "korea"}) = 1;
    trie.insert({"north", "macedonia"}) = 2;
    trie.insert({"korea"}) = 3;
    const std::uint32_t north = trie.step(TokenTrie::kRoot, "north");
    ASSERT_NE(north, TokenTrie::kRoot);
    EXPECT_EQ(trie.value(north), TokenTrie::kNoValue);  // a prefix, not an entry
    EXPECT_EQ(trie.value(trie.step(north, "korea")), 1);
    EXPECT_EQ(trie.value(trie.step(north, "macedonia")), 2);
    EXPECT_EQ(trie.step(north, "carolina"), TokenTrie::kRoot);
    const std::uint32_t korea = trie.step(TokenTrie::kRoot, "korea");
    EXPECT_EQ(trie.value(korea), 3);
    EXPECT_NE(korea, trie.step(north, "korea"));  // the same word under another node
    EXPECT_EQ(trie.insert({"north", "korea"}), 1);  // inserting again finds the same slot
    EXPECT_EQ(trie.size(), 5U);                   // root, north, korea x2, macedonia
    // Only the first words of entries may start one; "macedonia" starts none.
    EXPECT_TRUE(trie.may_start(WordTable::word_hash("north")));
    EXPECT_TRUE(trie.may_start(WordTable::word_hash("korea")));
    if ((WordTable::word_hash("macedonia") & 0xFFFF) != (WordTable::word_hash("north") & 0xFFFF) &&
        (WordTable::word_hash("macedonia") & 0xFFFF) != (WordTable::word_hash("korea") & 0xFFFF)) {
        EXPECT_FALSE(trie.may_start(WordTable::word_hash("macedonia")));
    }
}

// A clear bit is a sure no; a set one a maybe: hashes that agree in their low 16 bits share it.
TEST(HashBits, HoldsWhatWasAddedAndSaysNoForOtherBits) {
    HashBits bits;
    EXPECT_FALSE(bits.may_hold(0x12345));
    bits.add(0x12345);
    EXPECT_TRUE(bits.may_hold(0x12345));
    EXPECT_TRUE(bits.may_hold(0xABC2345));  // the same low 16 bits
    EXPECT_FALSE(bits.may_hold(0x12346));
    EXPECT_FALSE(bits.may_hold(0x2344));
}

TEST(FoldedWordSet, AnswersByWordOrByToken) {
    const FoldedWordSet set{"the", "regime", "'s", "corp."};
    for (const std::string_view word : {"the", "regime", "'s", "corp."}) {
        EXPECT_TRUE(set.contains(word)) << word;
        EXPECT_TRUE(set.contains(word, WordTable::word_hash(word))) << word;
    }
    for (const std::string_view word : {"", "The", "regimes", "s", "corp", "them"}) {
        EXPECT_FALSE(set.contains(word)) << word;
    }
    struct Word {
        std::string_view norm;
        std::uint32_t hash;
    };
    EXPECT_TRUE(set.contains(Word{"regime", WordTable::word_hash("regime")}));
    EXPECT_FALSE(set.contains(Word{"regimen", WordTable::word_hash("regimen")}));
    EXPECT_FALSE(FoldedWordSet{}.contains("the"));
}

}  // namespace
}  // namespace kg::extract
