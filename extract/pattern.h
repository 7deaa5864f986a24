#pragma once

// Internal to extract/: relation rules as compiled patterns, and the matcher that runs them over
// one sentence. The pattern language is documented in data/lexicon/README.md.
//
// A sentence is seen as a sequence of units: an entity mention (however many tokens it spans) is
// one unit, every other token is one unit. Matching backtracks over slot groups, optional words
// and gaps, all bounded by the pattern's length and the sentence's, so one attempt costs at most
// a small multiple of the sentence length.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "core/ontology.h"
#include "extract/tokenizer.h"
#include "extract/word_table.h"

namespace kg::extract {

inline constexpr std::uint32_t kNoEntity = 0xFFFFFFFF;

struct Mention {
    std::uint32_t begin = 0;   // first token
    std::uint32_t end = 0;     // one past the last token
    std::uint32_t entity = 0;  // index into the document's entity table
    EntityType type = EntityType::kOther;
    std::uint32_t also = kNoEntity;  // a second entity: "the two countries" names a pair
    bool demonym = false;  // one word, the lexicon's adjective of a country: "Iranian"
};

struct Unit {
    std::uint32_t token = 0;     // the token, or the mention's first token
    std::int32_t mention = -1;   // index into the sentence's mentions, or -1 for a plain token
};

// A set of words or phrases, each a sequence of folded tokens.
using PhraseList = std::vector<std::vector<std::string>>;

// A word the rules name, by number: matching compares integers, never strings.
using WordId = std::uint32_t;

// Every word the rules name, and the few the matcher looks for itself, numbered once when the
// lexicon is compiled. Tokens get their number from it (Lexicon::number_words); a token whose
// word no rule names is kOther.
class Vocabulary {
public:
    // Words the matcher reads by itself; the constructor gives them these numbers.
    enum Builtin : WordId {
        kOther = 0,
        kComma,
        kAnd,
        kOr,
        kHyphen,
        kAmpersand,
        kSlash,
        kAs,
        kWell,
        kPossessive,
        kThe,
        kBoth,
        kIts,
        kTheir,
        kWho,
        kWhich,
        kOf,
        kHis,
        kHer,
        kHe,
        kShe,
        kIt,
        kA,
        kAn,
    };

    Vocabulary();

    WordId intern(std::string_view word);
    // The word's number, or kOther.
    WordId find(std::string_view word) const;
    WordId find(std::string_view word, std::uint32_t hash) const;  // hash: WordTable::word_hash
    std::size_t size() const { return flags_.size(); }

    // An article or a possessive pronoun: "the", "a", "an", "its", "their", "his", "her".
    static bool determiner(const WordId w) {
        return w == kThe || w == kA || w == kAn || w == kIts || w == kTheir || w == kHis ||
               w == kHer;
    }

    // Words a clause gap (*N) never crosses, and those a noun-phrase gap (~N) never holds on
    // top of them.
    bool clause_barrier(const WordId w) const { return (flags_[w] & kClauseBarrier) != 0; }
    bool phrase_barrier(const WordId w) const { return (flags_[w] & kPhraseBarrier) != 0; }
    // Nouns a name before them only qualifies ("Ukraine war"), so a pattern that ends on the
    // name does not take it.
    bool qualified_noun(const WordId w) const { return (flags_[w] & kQualifiedNoun) != 0; }
    // Words for a company or a group that a name of its own may follow ("the Turkish
    // manufacturer Baykar").
    bool body_noun(const WordId w) const { return (flags_[w] & kBodyNoun) != 0; }
    // Words for private people a name before them says where they come from ("settlers",
    // "nationals"), and "based" of "UAE-based".
    bool private_person(const WordId w) const { return (flags_[w] & kPrivatePerson) != 0; }
    // Words for a country's rebels and opposition ("rebels", "separatists").
    bool against_state(const WordId w) const { return (flags_[w] & kAgainstStateWord) != 0; }
    // Words for what a person is that a name of their own may follow ("the oligarch").
    bool person_noun(const WordId w) const { return (flags_[w] & kPersonNoun) != 0; }
    // Acts a country's full name before them names as their target ("the Iran strikes").
    bool targeted_act(const WordId w) const { return (flags_[w] & kTargetedAct) != 0; }

  private:
    static constexpr std::uint8_t kClauseBarrier = 1;
    static constexpr std::uint8_t kPhraseBarrier = 2;
    static constexpr std::uint8_t kQualifiedNoun = 4;
    static constexpr std::uint8_t kBodyNoun = 8;
    static constexpr std::uint8_t kPrivatePerson = 16;
    static constexpr std::uint8_t kAgainstStateWord = 32;
    static constexpr std::uint8_t kPersonNoun = 64;
    static constexpr std::uint8_t kTargetedAct = 128;

    WordTable ids_;                    // (0, word) -> its number
    std::vector<std::uint8_t> flags_;  // by WordId
    HashBits hashes_;                  // the words numbered: the others are kOther at once
};

// Named word classes (`&BE` -> its phrases), every member already expanded.
using WordClasses = std::unordered_map<std::string, PhraseList>;

// What a slot asks of its names beyond their type (`@mark` in a pattern); the extractor checks
// them on each match, with what it knows of titles and of how a name was written.
enum class SlotMark : std::uint8_t {
    kNone,
    // `@titled`: a person named with an office held now ("the Government of National Unity of
    // Prime Minister Dbeibah"), not a bare name ("the NATO of Donald Trump").
    kTitled,
    // `@short`: a name written short, a demonym or capitals ("backed the US operation"), not a
    // country's full name, which before such a noun is more often the target ("the Iran
    // strikes").
    kShort,
    // `@each` (located-in): every country of the list holds the place ("on the border between
    // Kenya and Somalia"). Otherwise a place lies in one country, and of several none holds.
    kEach,
    // `@first` (located-in): of several countries, the first holds the place ("Gotland in
    // Sweden and Latvia"), when the rule places one place.
    kFirst,
};

struct Element {
    // kNot: none of its words at this unit, which it does not take ("!regulations"). kName:
    // one name that fills no slot ("N:country" in "in N:country 's southern state of O").
    enum class Kind : std::uint8_t { kSlot, kWords, kGap, kNot, kName };
    enum class Repeat : std::uint8_t { kOne, kOptional, kAny };

    Kind kind = Kind::kWords;
    Repeat repeat = Repeat::kOne;
    char role = 0;               // kSlot: 'S', 'O' or 'P'
    std::uint8_t type_mask = 0;  // kSlot and kName: bit per EntityType allowed; 0 = any
    std::uint8_t min_members = 1;  // kSlot: the fewest names its list may hold (`S{3}`)
    SlotMark mark = SlotMark::kNone;  // kSlot
    // kWords and kNot: the alternatives, numbered and sorted by their first word (longest first among
    // those with the same), so that the ones a token can start are found by binary search.
    // Laid out flat for the matcher, which searches them at every unit it tries: alternative
    // i's first word is firsts[i], and its other words are rest[rest_begin[i],
    // rest_begin[i + 1]).
    std::vector<WordId> firsts;
    std::vector<std::uint32_t> rest_begin;
    std::vector<WordId> rest;
    int max_gap = 0;             // kGap
    bool noun_phrase_gap = false;
    // kSlot: no element after it takes a word (none, or only kNot ones), so the slot ends the
    // match: the checks a pattern's last name gets are its ("struck Yemen's Houthis").
    bool ends_match = false;
};

struct Pattern {
    std::vector<Element> elements;
    // The one-word alternatives the pattern names itself rather than through a class, sorted.
    // A hedge among them is what the rule reads, not a hedge on it ("vowed" in "S vowed to
    // retaliate against O"; see DocumentExtraction::negated). Not a phrase's first word: "set"
    // of "set_up" would excuse "set to".
    std::vector<WordId> own_words;
    // The pattern opens with a name and a comma ("S , the? O 's &LEADER"): it reads an
    // apposition, which states its fact whatever the clause around it says, so a negation
    // before the name does not govern it ("no meeting with Ibrahim Traore, Burkina Faso's
    // military ruler, is planned" still says who rules Burkina Faso).
    bool apposition = false;

    // The mark of the slot `role` ('S', 'O' or 'P').
    SlotMark mark(const char role) const {
        for (const Element& e : elements) {
            if (e.kind == Element::Kind::kSlot && e.role == role) {
                return e.mark;
            }
        }
        return SlotMark::kNone;
    }
};

// Parses a rule's pattern, numbering its words in `vocabulary`. Throws extract::Error with a
// message saying what is wrong.
Pattern parse_pattern(std::string_view text, const WordClasses& classes, Vocabulary& vocabulary);

// Expands a word-class member: "deploy+" -> deploy, deploys, deployed, deploying; a class
// reference -> its members; anything else -> itself, tokenized.
void expand_member(std::string_view member, const WordClasses& classes, PhraseList& out);

struct PatternMatch {
    // Entities (indices into the document's table). A slot rarely holds more than a few, and
    // every rule tried at every mention fills these: held inline, they cost no allocation.
    using Entities = boost::container::small_vector<std::uint32_t, 6>;

    std::uint32_t begin = 0;  // first unit
    std::uint32_t end = 0;    // one past the last unit
    Entities subjects;
    Entities objects;
    Entities pairs;
};

// The sentence as the matcher sees it.
struct SentenceView {
    const std::vector<Token>& tokens;
    const std::vector<Mention>& mentions;
    std::vector<Unit> units;
};

// Whether the comma at unit `comma` is the sentence's first and ends a phrase or a clause that
// opens it ("After Russia invaded Ukraine,", "In Geneva,"): a list does not run across it.
bool ends_opening_phrase(const SentenceView& sentence, std::uint32_t comma);

// The first match of `pattern` starting exactly at unit `start`, if any. The sentence's tokens
// carry their numbers in `vocabulary`, the one the pattern was parsed with.
std::optional<PatternMatch> match_at(const Pattern& pattern, const SentenceView& sentence,
                                     std::uint32_t start, const Vocabulary& vocabulary);

}  // namespace kg::extract
