#include "extract/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/text.h"
#include "extract/word_table.h"

namespace kg::extract {
namespace {

std::vector<std::string> norms(const std::string& text) {
    std::vector<Token> tokens;
    FoldedText folded;
    tokenize(text, 0, text.size(), tokens, folded);
    std::vector<std::string> out;
    for (const auto& t : tokens) {
        out.emplace_back(t.kind == TokenKind::kBreak ? "<br>" : t.norm);
    }
    return out;
}

std::vector<std::string> sentences(const std::string& text) {
    std::vector<Token> tokens;
    FoldedText folded;
    tokenize(text, 0, text.size(), tokens, folded);
    std::vector<std::string> out;
    for (const auto& s : split_sentences(tokens)) {
        const auto begin = tokens[s.begin].offset;
        const auto end = tokens[s.end - 1].offset + tokens[s.end - 1].text.size();
        out.push_back(text.substr(begin, end - begin));
    }
    return out;
}

TEST(Tokenizer, SplitsPossessivesAndHyphens) {
    EXPECT_EQ(norms("Russia’s Kursk"), (std::vector<std::string>{"russia", "'s", "kursk"}));
    EXPECT_EQ(norms("NATO Secretary-General"),
              (std::vector<std::string>{"nato", "secretary", "-", "general"}));
    EXPECT_EQ(norms("North Korea-Russia ties"),
              (std::vector<std::string>{"north", "korea", "-", "russia", "ties"}));
}

TEST(Tokenizer, KeepsInitialismsAbbreviationsAndNumbersWhole) {
    EXPECT_EQ(norms("U.S. troops"), (std::vector<std::string>{"u.s.", "troops"}));
    EXPECT_EQ(norms("Gen. Smith"), (std::vector<std::string>{"gen.", "smith"}));
    EXPECT_EQ(norms("10,000 troops and 2.5 tons"),
              (std::vector<std::string>{"10,000", "troops", "and", "2.5", "tons"}));
}

TEST(Tokenizer, SplitsContractionsAndKeepsNamesWithApostrophes) {
    EXPECT_EQ(norms("didn't deploy"), (std::vector<std::string>{"did", "n't", "deploy"}));
    EXPECT_EQ(norms("Côte d'Ivoire"), (std::vector<std::string>{"cote", "d'ivoire"}));
    // A capitalized word goes on past an apostrophe in lower case, but for a contraction's or
    // a possessive's ending.
    EXPECT_EQ(norms("Sana'a and Ta'ang"), (std::vector<std::string>{"sana'a", "and", "ta'ang"}));
    EXPECT_EQ(norms("Minister S. Jaishankar"),
              (std::vector<std::string>{"minister", "s.", "jaishankar"}));
    EXPECT_EQ(norms("Russia's They're Didn't"),
              (std::vector<std::string>{"russia", "'s", "they", "'", "re", "did", "n't"}));
}

TEST(Tokenizer, FoldsLatinAccentsWrittenEitherWay) {
    // Composed and decomposed (a letter, then U+0301) fold alike.
    EXPECT_EQ(norms("Orb\u00E1n"), (std::vector<std::string>{"orban"}));
    EXPECT_EQ(norms("Orba\u0301n"), (std::vector<std::string>{"orban"}));
    // Other scripts keep their marks: Devanagari's vowel sign tells "ki" from "k".
    EXPECT_EQ(norms("\u0915\u093F"), (std::vector<std::string>{"\u0915\u093F"}));
}

TEST(Tokenizer, FoldsLatinLettersWithAStrokeOrJoinedToPlainOnes) {
    // No decomposition splits these; gold and queries written in ASCII still find them.
    EXPECT_EQ(norms("L\u00F8kke \u0141ukasz \u0110uka\u0161in \u00C6r\u00F8 Stra\u00DFe"),
              (std::vector<std::string>{"lokke", "lukasz", "dukasin", "aero", "strasse"}));
}

TEST(Tokenizer, RecordsCapitalsAndOffsets) {
    const std::string text = "The DPRK and Kyiv";
    std::vector<Token> tokens;
    FoldedText folded;
    tokenize(text, 0, text.size(), tokens, folded);
    ASSERT_EQ(tokens.size(), 4U);
    EXPECT_TRUE(tokens[1].all_caps);
    EXPECT_TRUE(tokens[3].capitalized);
    EXPECT_FALSE(tokens[2].capitalized);
    EXPECT_EQ(tokens[3].offset, 13U);
}

// The tokenizer lowers the whole text eight bytes at a time and hands out views of it, and
// hashes each word as it reads it: whatever the byte and wherever it falls in a block of eight,
// a token's folded form and hash are those of fold() of its text. The words hold every ASCII
// letter, the characters either side of A-Z and a-z (@ [ ` {), digits, non-ASCII letters, and
// abbreviations that keep their dot, one of them with a letter that folds to ASCII (İ -> i).
TEST(Tokenizer, EveryTokenIsItsTextFoldedAndHashed) {
    const std::vector<std::string> words = {
        "AZaz", "@Mid", "Ab[c", "x`Y", "Q{r", "ÉTAT", "Côte", "MIXEDcase", "u.S.", "Gen.",
        "ZZZZZZZZZ", "2024A", "Ünter", "Wörld", "ÆØÅ", "abc", "R&D", "İnc.", "FRİ.", "Mr."};
    for (std::size_t shift = 0; shift < 8; ++shift) {
        std::string text(shift, ' ');
        for (std::size_t i = 0; i < 40; ++i) {
            text += words[i % words.size()];
            text += i % 7 == 0 ? "\n\n" : i % 3 == 0 ? "  " : " ";  // paragraph breaks too
        }
        std::vector<Token> tokens;
        FoldedText folded;
        tokenize(text, 0, text.size(), tokens, folded);
        ASSERT_GT(tokens.size(), 40U);
        for (const Token& token : tokens) {
            EXPECT_EQ(token.norm, fold(token.text)) << "shift " << shift << ": " << token.text;
            EXPECT_EQ(token.hash, WordTable::word_hash(token.norm)) << token.text;
        }
    }
}

// A word is read eight bytes at a time, whole words of the text where it goes on past the
// word and byte by byte at its very end: either way, and at every length, a word's folded form,
// hash and capitals come out the same.
TEST(Tokenizer, AWordReadsTheSameAtTheEndOfTheTextAndBeforeIt) {
    const std::string letters = "NorthKOREAsanctionsUSInternationalizationABCDEFGHIJKLMNOPQRS";
    for (std::size_t length = 1; length <= 24; ++length) {
        for (std::size_t from = 0; from + length <= letters.size(); from += 5) {
            const std::string word = letters.substr(from, length);
            int upper = 0;
            int lower = 0;
            for (const char c : word) {
                upper += c >= 'A' && c <= 'Z' ? 1 : 0;
                lower += c >= 'a' && c <= 'z' ? 1 : 0;
            }
            for (const std::string& text : {" " + word, " " + word + " and more words"}) {
                std::vector<Token> tokens;
                FoldedText folded;
                tokenize(text, 0, text.size(), tokens, folded);
                ASSERT_FALSE(tokens.empty());
                const Token& token = tokens.front();
                EXPECT_EQ(token.text, word);
                EXPECT_EQ(token.norm, fold(word)) << text;
                EXPECT_EQ(token.hash, WordTable::word_hash(fold(word))) << text;
                EXPECT_EQ(token.capitalized, word[0] >= 'A' && word[0] <= 'Z') << text;
                EXPECT_EQ(token.all_caps, upper >= 2 && lower == 0) << text;
            }
        }
    }
}

// Every byte value at every one of the eight places, after ASCII letters and digits: the run
// ends there unless it is one too.
TEST(Tokenizer, EightBytesAtATimeAWordRunsToItsFirstOtherByte) {
    for (const char fill : std::string("aqzAQZ059")) {
        for (std::size_t at = 0; at < 8; ++at) {
            for (int b = 0; b < 256; ++b) {
                std::string bytes(8, fill);
                bytes[at] = static_cast<char>(b);
                const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
                                   (b >= '0' && b <= '9');
                ASSERT_EQ(ascii_alnum_prefix(bytes.data()), alnum ? 8U : at)
                    << "byte " << b << " at " << at << " after '" << fill << "'";
            }
        }
    }
}

// Words are read eight bytes at a time: a word ends at the first byte that is not an ASCII
// letter or digit, wherever it falls among the eight, the bytes next to the letters' and
// digits' ranges included; a letter past ASCII goes on with the word, and a stretch of text
// ends its last word even where letters follow.
TEST(Tokenizer, AWordEndsAtTheFirstByteThatIsNoLetterOrDigit) {
    const std::string letters = "Kaliningrad2024ZapadExercises9";
    for (std::size_t length = 1; length <= 20; ++length) {
        const std::string word = letters.substr(0, length);
        for (const char after : std::string("/:@[`{ ,.-;\x7f")) {
            for (const std::string& text :
                 {word + after, word + after + "Baltic", " " + word + after + "Fleet moves"}) {
                std::vector<Token> tokens;
                FoldedText folded;
                tokenize(text, 0, text.size(), tokens, folded);
                ASSERT_FALSE(tokens.empty()) << text;
                EXPECT_EQ(tokens.front().text, word) << text;
            }
        }
    }
    const auto texts = [](const std::string& text, const std::size_t end) {
        std::vector<Token> tokens;
        FoldedText folded;
        tokenize(text, 0, std::min(end, text.size()), tokens, folded);
        std::vector<std::string> out;
        for (const auto& t : tokens) {
            out.emplace_back(t.text);
        }
        return out;
    };
    using Texts = std::vector<std::string>;
    constexpr auto kAll = std::string::npos;
    EXPECT_EQ(texts("Müllerstraße12 and Gdańsk", kAll),
              (Texts{"Müllerstraße12", "and", "Gdańsk"}));
    EXPECT_EQ(texts("Mosul\u2014Kirkuk", kAll), (Texts{"Mosul", "\u2014", "Kirkuk"}));
    EXPECT_EQ(texts("RussiaUkraineBelarus", 6), (Texts{"Russia"}));
    EXPECT_EQ(texts("Russia Ukraine Belarus", 10), (Texts{"Russia", "Ukr"}));
    EXPECT_EQ(texts("Ukr\u00e9ine and more", 3), (Texts{"Ukr"}));  // a letter past ASCII next
}

TEST(SentenceSplitter, DoesNotBreakOnAbbreviationsOrDecimals) {
    EXPECT_EQ(sentences("U.S. officials met Gen. Smith on Jan. 5 in Seoul. Spending rose 2.5 "
                        "percent. It was the largest rise."),
              (std::vector<std::string>{"U.S. officials met Gen. Smith on Jan. 5 in Seoul.",
                                        "Spending rose 2.5 percent.",
                                        "It was the largest rise."}));
}

TEST(SentenceSplitter, BreaksAtParagraphsAndListItems) {
    EXPECT_EQ(sentences("Headline without a stop\n\nBody text here.\n  • First item\n  • Second item"),
              (std::vector<std::string>{"Headline without a stop", "Body text here.",
                                        "First item", "Second item"}));
}

// A line of a few words with no stop is a heading or a time stamp: it ends its own sentence,
// though no blank line follows. A longer line wraps, and the sentence runs on.
TEST(SentenceSplitter, AShortLineWithoutAStopStandsAlone) {
    EXPECT_EQ(sentences("09:15\nLebanon's prime minister spoke.\nFirst Karabakh War\nFighting "
                        "escalated."),
              (std::vector<std::string>{"09:15", "Lebanon's prime minister spoke.",
                                        "First Karabakh War", "Fighting escalated."}));
    EXPECT_EQ(sentences("Russia and North Korea have signed a treaty that\nbinds them both."),
              (std::vector<std::string>{
                  "Russia and North Korea have signed a treaty that\nbinds them both."}));
    // Nor does a short line before one that opens with a small letter.
    EXPECT_EQ(sentences("The talks ended.\nIt rained,\nand then\nit stopped."),
              (std::vector<std::string>{"The talks ended.", "It rained,\nand then\nit stopped."}));
}

TEST(SentenceSplitter, DropsListMarkers) {
    EXPECT_EQ(sentences("Facts:\n- Russia sent troops.\n* Iran sent drones.\n2. China abstained."),
              (std::vector<std::string>{"Facts:", "Russia sent troops.", "Iran sent drones.",
                                        "China abstained."}));
}

TEST(SentenceSplitter, EndsASentenceAtAnInitialismBeforeANewSentence) {
    EXPECT_EQ(sentences("Troops arrived in the U.S. The talks ended."),
              (std::vector<std::string>{"Troops arrived in the U.S.", "The talks ended."}));
}

TEST(SentenceSplitter, KeepsClosingQuotesWithTheirSentence) {
    EXPECT_EQ(sentences("He said \"we will respond.\" Then he left."),
              (std::vector<std::string>{"He said \"we will respond.\"", "Then he left."}));
}

TEST(SentenceSplitter, LeavesAnOpeningQuoteToTheNextSentence) {
    EXPECT_EQ(sentences("He left on Friday. \"Nothing was decided,\" an aide said."),
              (std::vector<std::string>{"He left on Friday.",
                                        "\"Nothing was decided,\" an aide said."}));
}

TEST(SentenceSplitter, CutsTextWithoutFullStopsIntoBoundedSentences) {
    std::string table;
    for (int i = 0; i < 300; ++i) {
        table += "Russia\tdeploys-to\tUkraine\n";  // 5 tokens a line, no full stop
    }
    std::vector<Token> tokens;
    FoldedText folded;
    tokenize(table, 0, table.size(), tokens, folded);
    const auto split = split_sentences(tokens);
    ASSERT_GT(split.size(), 1U);
    std::size_t covered = 0;
    for (const auto& s : split) {
        EXPECT_LE(s.end - s.begin, 200U);
        covered += s.end - s.begin;
    }
    // Every token but the breaks between lines is in a sentence.
    EXPECT_EQ(covered, static_cast<std::size_t>(std::count_if(
                           tokens.begin(), tokens.end(),
                           [](const Token& t) { return t.kind != TokenKind::kBreak; })));
}

TEST(SentenceSplitter, ReadsALongSentenceAClauseAtATimeAtItsSemicolons) {
    const std::string first =
        "ADDIS ABABA - Ethiopia's government on Thursday accused Eritrea of sending troops "
        "into the Tigray region and of arming a faction of the TPLF, hours after the prime "
        "minister told parliament that access to the sea was vital;";
    const std::string second = "Saudi Arabia called on both governments to talk.";
    EXPECT_EQ(sentences(first + " " + second), (std::vector<std::string>{first, second}));
    // A short one keeps its semicolons: they may part a list's items.
    EXPECT_EQ(sentences("Members: Kenya; Uganda; Tanzania."),
              (std::vector<std::string>{"Members: Kenya; Uganda; Tanzania."}));
}

TEST(SentenceSplitter, SetsAHeadingInCapitalsApartFromItsParagraph) {
    EXPECT_EQ(sentences("GEORGIA: SANCTIONS, BUT NOT FROM BRUSSELS Washington has imposed "
                        "sanctions."),
              (std::vector<std::string>{"GEORGIA: SANCTIONS, BUT NOT FROM BRUSSELS",
                                        "Washington has imposed sanctions."}));
    // Not a dateline, nor a label before an initialism that opens the sentence.
    EXPECT_EQ(sentences("SEOUL, Nov. 13 (Yonhap) -- North Korea sent troops."),
              (std::vector<std::string>{"SEOUL, Nov. 13 (Yonhap) -- North Korea sent troops."}));
    EXPECT_EQ(sentences("PALAU: U.S. Marines have deployed a radar unit."),
              (std::vector<std::string>{"PALAU: U.S. Marines have deployed a radar unit."}));
    EXPECT_EQ(sentences("NATO Secretary General Mark Rutte spoke."),
              (std::vector<std::string>{"NATO Secretary General Mark Rutte spoke."}));
    // A run in capitals longer than a heading is no heading: it is cut as any sentence is.
    std::string run;
    for (int i = 0; i < 250; ++i) {
        run += "SENT ";
    }
    const auto cut = sentences(run + "Washington imposed sanctions.");
    EXPECT_EQ(cut.size(), 2U);
    EXPECT_EQ(cut.back(), "SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT "
                          "SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT "
                          "SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT SENT "
                          "SENT SENT SENT SENT SENT SENT SENT SENT Washington imposed sanctions.");
}

TEST(Tokenizer, ReadsAPluralsApostropheAsItsPossessive) {
    EXPECT_EQ(norms("the Philippines' only ally"),
              (std::vector<std::string>{"the", "philippines", "'s", "only", "ally"}));
    // Not one that closes a quotation in single quotes; after one that closed, it is again.
    EXPECT_EQ(norms("He said 'defend our allies' and left"),
              (std::vector<std::string>{"he", "said", "'", "defend", "our", "allies", "'", "and",
                                        "left"}));
    EXPECT_EQ(norms("called it 'a disgrace' and the Philippines' ally"),
              (std::vector<std::string>{"called", "it", "'", "a", "disgrace", "'", "and", "the",
                                        "philippines", "'s", "ally"}));
}

// A currency's letters before its sign are one token with the sign, as "$" alone is one.
TEST(Tokenizer, ACurrencysLettersGoWithItsSign) {
    EXPECT_EQ(norms("more than A$200 million, US$5 billion"),
              (std::vector<std::string>{"more", "than", "a$", "200", "million", ",", "us$", "5",
                                        "billion"}));
    // Not lower-case letters, nor more than three.
    EXPECT_EQ(norms("abc$1 ABCD$2"),
              (std::vector<std::string>{"abc", "$", "1", "abcd", "$", "2"}));
}

}  // namespace
// A numbered or bulleted title line is a sentence of its own before a line that opens with a
// capital; a wrapped item goes on over a line that opens with a small letter.
TEST(Tokenizer, ATitleLineOfAListIsItsOwnSentence) {
    EXPECT_EQ(sentences("1) MUSCAT: indirect talks end without a deal\nOman's minister met "
                        "Araghchi."),
              (std::vector<std::string>{"MUSCAT: indirect talks end without a deal",
                                        "Oman's minister met Araghchi."}));
    EXPECT_EQ(sentences("4. Current issues\nAUKUS raised questions."),
              (std::vector<std::string>{"Current issues", "AUKUS raised questions."}));
    EXPECT_EQ(sentences("- Russia moved troops\ninto Belarus."),
              (std::vector<std::string>{"Russia moved troops\ninto Belarus."}));
}

}  // namespace kg::extract
