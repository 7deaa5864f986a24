#pragma once

// Internal to extract/: text -> tokens -> sentences.
//
// A Token's `text` is a view into the Document that owns the bytes: it never outlives the
// document, and becomes a std::string when anything from it enters the graph or the database.
// `norm` is the folded form (lower case, typographic apostrophes and dashes made ASCII) that
// the lexicon and the rules match against, a view into the FoldedText the tokenizer was given.
// Tokens hold no strings of their own: an ASCII token costs no allocation and no copy of its
// bytes.
//
// Words split at hyphens ("Secretary-General" is three tokens) and before possessives
// ("Russia's" -> "Russia", "'s"); initialisms and known abbreviations keep their dots ("U.S.",
// "Gen.", "Jan."), so they never end a sentence; numbers keep their separators ("10,000", "2.5").

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "extract/word_table.h"

namespace kg::extract {

enum class TokenKind : std::uint8_t {
    kWord,
    kNumber,
    kPunct,
    kBreak,  // a paragraph break or a list item start: always ends a sentence
};

struct Token {
    std::string_view text;
    std::string_view norm;
    std::uint32_t offset = 0;  // byte offset in the document
    std::uint32_t word = 0;    // norm's number in the rules' vocabulary (Lexicon::number_words)
    // WordTable::word_hash(norm), for every lookup of the word; as given here, an empty norm's.
    std::uint32_t hash = WordTable::kEmptyHash;
    TokenKind kind = TokenKind::kWord;
    bool capitalized = false;  // starts with an upper-case letter
    bool all_caps = false;     // two or more letters, none lower case
};

struct Sentence {
    std::uint32_t begin = 0;  // first token
    std::uint32_t end = 0;    // one past the last token
};

// Where the folded forms of one text's tokens live. `lowered` is as long as the text, and each
// stretch tokenized is there with its ASCII capitals lowered, byte for byte: an ASCII token's
// folded form is the same stretch of it. A token with other characters, whose folded form may
// be longer or shorter, gets a string of its own in `others`, which never moves what it holds.
// Tokens view it, so it is never copied or moved.
struct FoldedText {
    FoldedText() = default;
    FoldedText(const FoldedText&) = delete;
    FoldedText& operator=(const FoldedText&) = delete;

    std::string lowered;
    std::deque<std::string> others;
};

// Tokens of text[begin, end). Offsets are relative to the start of `text`. Their `norm` views
// `folded`, which must outlive them; call this again with the same FoldedText only for other
// stretches of the same text (a title, then the body). `line_start`: whether `begin` starts a
// line, where a list marker ("- ", "1. ") is layout.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out,
              FoldedText& folded, bool line_start = true);

// Whether the token closes a dateline or a prompt before a clause: a colon or a dash ("SEOUL,
// Nov. 13 -- ...", "16 September 2023 \u2014 Mali ...", "A: ...").
inline bool closes_dateline(const Token& t) {
    return t.text == ":" || t.text == "-" || t.text == "--" || t.text == "\u2013" ||
           t.text == "\u2014";
}

// Whether `hyphen` joins the words on either side into one compound, with no space between:
// "Secretary-General", "second-largest".
inline bool joins_compound(const Token& before, const Token& hyphen, const Token& after) {
    return hyphen.text == "-" && before.kind != TokenKind::kPunct &&
           after.kind != TokenKind::kPunct &&
           before.offset + before.text.size() == hyphen.offset &&
           hyphen.offset + hyphen.text.size() == after.offset;
}

// Splits tokens into sentences: at . ! ? followed by something that can start a sentence, and
// at breaks. Break tokens belong to no sentence. A sentence is cut after 200 tokens, so text
// without full stops costs no more than prose.
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens);

}  // namespace kg::extract
