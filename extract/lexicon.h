#pragma once

// Internal to extract/: the lexicon and the rules, read from files in the layout of
// data/lexicon/ (documented in its README) and compiled once into token tries and patterns.
// A compiled Lexicon is immutable and safe to share between threads.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/ontology.h"
#include "extract/pattern.h"
#include "extract/token_trie.h"

namespace kg::extract {

enum class SurfaceKind : std::uint8_t { kName, kAlias, kDemonym, kMetonym };

struct LexiconEntity {
    std::string name;
    EntityType type = EntityType::kOther;
    std::vector<std::string> aliases;  // every other surface form: aliases, demonyms, metonyms
    std::vector<SurfaceKind> alias_kinds;  // parallel to aliases
    // For a place, the country or larger place it lies in; for a person, the country or
    // organization whose offices a bare title names ("President Donald Trump").
    std::string part_of;
};

// One way of writing an entity, as stored in the name trie.
struct Surface {
    std::uint32_t entity = 0;
    SurfaceKind kind = SurfaceKind::kName;
    std::vector<std::string> exact;  // tokens as written, for all-capital forms (case matters)
    bool lower_start = false;        // the lexicon writes it starting lower case ("von der Leyen")
};

// Which body a title with none before it belongs to, when the lexicon knows the person who holds
// it: "President Donald Trump" is the United States' president, because entities/people.tsv
// gives Donald Trump's part_of. kNone: never from the lexicon.
enum class TitleHome : std::uint8_t { kNone, kCountry, kOrganization, kAny };

struct Title {
    std::string text;
    std::optional<Relation> relation;  // what "ORG TITLE Person" states, if anything
    TitleHome home = TitleHome::kNone;
};

struct Rule {
    std::string id;
    Relation relation = Relation::kDeploysTo;
    Pattern pattern;
    // Opens with its object and names its subject after "by" or "from": a passive ("O was
    // condemned by S", "O drew condemnation from S"), which a name after a preposition cannot
    // open.
    bool passive = false;
    // Opens with the subject of an act (not of a title, a membership or a place, and not
    // with an apposition, "S, an ally of O"): "S sent", "S accused". A name after a
    // preposition cannot open it either: in "China's naval footprint in the Indian Ocean
    // threatens India", the footprint threatens.
    bool opens_with_actor = false;
};

// A named file's contents, in the order they are to be applied.
struct LexiconFile {
    std::string path;  // relative to its lexicon folder, e.g. "entities/countries.tsv"
    std::string origin;  // the folder, or "built-in", for messages
    std::string contents;
};

class Lexicon {
public:
    // Reads and compiles the files. Throws Error naming the file and line of a bad record.
    explicit Lexicon(const std::vector<LexiconFile>& files);

    const std::vector<LexiconEntity>& entities() const { return entities_; }
    const std::vector<Surface>& surfaces() const { return surfaces_; }
    const TokenTrie& names() const { return names_; }  // value: index into surfaces()
    const std::vector<Title>& titles() const { return titles_; }
    const TokenTrie& title_trie() const { return title_trie_; }  // value: index into titles()
    const std::vector<Rule>& rules() const { return rules_; }
    const WordClasses& classes() const { return classes_; }

    // The words of the rules, numbered; number_words() gives each token from tokenize() its
    // number, found by the hash the tokenizer gave it.
    const Vocabulary& vocabulary() const { return vocabulary_; }
    void number_words(std::vector<Token>& tokens) const;

    // Rules whose pattern starts with a word, by that word's number (those that start with a
    // slot: possible_slot_rules()).
    const std::vector<std::uint32_t>& rules_starting_with(WordId word) const;

    // Which rules can match a sentence at all: a rule needs the first word of one alternative
    // of each of its required word elements somewhere in the sentence. This is what keeps the
    // matcher off the many rules a sentence cannot satisfy. After the call,
    // `rules.possible(r)` says whether rule r can match tokens [begin, end), and, when it
    // can, `rules.last_start[r]` is the last token from which all those words are still ahead
    // (at it or after it): a match that starts later cannot find them all. Only the rules the
    // sentence's words touch are looked at, and nothing is cleared rule by rule between
    // sentences (each call has a number of its own), so keep one PossibleRules for many
    // sentences.
    struct PossibleRules {
        bool possible(const std::uint32_t r) const { return ((bits[r / 64] >> (r % 64)) & 1) != 0; }

        // The bits of a rule's required elements seen, by the call that saw them: a call with
        // another number has seen none.
        struct Found {
            std::uint32_t call = 0;
            std::uint32_t elements = 0;
        };

        std::vector<std::uint64_t> bits;        // a bit per rule: whether it is possible
        std::vector<std::uint32_t> last_start;  // by rule, where possible
        std::vector<Found> found;               // by rule
        std::uint32_t call = 0;                 // the number of the last call
    };
    void possible_rules(const std::vector<Token>& tokens, std::uint32_t begin, std::uint32_t end,
                        PossibleRules& rules) const;
    // The rules that start with a slot among those `rules` allows, in file order.
    void possible_slot_rules(const PossibleRules& rules, std::vector<std::uint32_t>& out) const;

    // Whether a word of &NEGATION or &HEDGE is at `word`, or a two-word member ("vowed to",
    // "ruled out") starts there, `next` being the word after it.
    bool negates(WordId word, WordId next) const;
    // Whether the word, or it and the next ("risk of"), is a hedge of &HEDGE rather than a
    // negation.
    bool hedges(WordId word, WordId next) const;

    // Whether `word` (one folded word, or two joined by a space) is a member of the class.
    bool in_class(std::string_view class_name, std::string_view word) const;
    // Whether the word is a one-word member of &AGENT ("troops", "army"), or of &MOD
    // ("elite", "senior"): read by number, where the views of a sentence ask it of many words.
    bool is_agent(const WordId word) const {
        return word < word_flags_.size() && (word_flags_[word] & kAgentWord) != 0;
    }
    bool is_modifier(const WordId word) const {
        return word < word_flags_.size() && (word_flags_[word] & kModifierWord) != 0;
    }
    // Whether the word is a one-word member of &DIRECTION ("northern", "eastern").
    bool is_direction(const WordId word) const {
        return word < word_flags_.size() && (word_flags_[word] & kDirectionWord) != 0;
    }

    // Whether the word is a one-word member of &HEDGE ("may", "could"), as the views ask at a
    // negation.
    bool is_hedge(const WordId word) const {
        return word < word_flags_.size() && (word_flags_[word] & kHedgeWord) != 0;
    }

    // Whether the word is the head of a title of titles.tsv: its last word, or, in a title
    // with "of", the word before it ("minister", "president", "general"; "secretary" of
    // "Secretary of State", not "state").
    bool is_title_word(const WordId word) const {
        return word < word_flags_.size() && (word_flags_[word] & kTitleWord) != 0;
    }

    std::optional<std::uint32_t> find_entity(const std::string& name) const;

private:
    void read_entities(const LexiconFile& file);
    void read_titles(const LexiconFile& file);
    void read_words(const LexiconFile& file);
    void read_rules(const LexiconFile& file);
    void add_surface(std::uint32_t entity, const std::string& text, SurfaceKind kind);
    void index_rules();
    void index_negations();
    void index_word_flags();
    static constexpr std::uint8_t kAgentWord = 1;
    static constexpr std::uint8_t kModifierWord = 2;
    static constexpr std::uint8_t kDirectionWord = 4;
    static constexpr std::uint8_t kTitleWord = 8;
    static constexpr std::uint8_t kHedgeWord = 16;
    static std::uint64_t pair_key(const WordId a, const WordId b) {
        return (std::uint64_t{a} << 32) | b;
    }

    std::vector<LexiconEntity> entities_;
    std::unordered_map<std::string, std::uint32_t> entity_by_name_;
    std::vector<Surface> surfaces_;
    TokenTrie names_;
    std::vector<Title> titles_;
    TokenTrie title_trie_;
    WordClasses classes_;
    std::unordered_map<std::string, std::vector<std::string>> raw_classes_;
    std::unordered_map<std::string, std::unordered_set<std::string>> class_words_;
    std::vector<std::uint8_t> word_flags_;  // by WordId: kAgentWord, kModifierWord, ...
    Vocabulary vocabulary_;
    std::vector<Rule> rules_;
    std::vector<std::vector<std::uint32_t>> word_rules_;  // by WordId
    std::vector<std::uint64_t> slot_rules_;  // a bit per rule: whether it starts with a slot
    // For possible_rules(): by WordId, the (rule, bit of a required element) pairs the word
    // satisfies; by rule, the bits of all its required elements.
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> requirements_;
    std::vector<std::uint32_t> required_;
    std::vector<std::uint64_t> always_possible_;  // a bit per rule: whether it requires no word
    std::vector<bool> negating_words_;         // by WordId: one-word negations and hedges
    std::vector<std::uint64_t> negating_pairs_;  // two-word ones, as pair_key(), sorted
    std::vector<std::uint64_t> hedging_pairs_;   // the two-word ones of &HEDGE, sorted
};

// The lexicon compiled into the binary, as files.
std::vector<LexiconFile> builtin_lexicon_files();
// The files of a lexicon folder, in the order they apply. Throws Error when it is unreadable
// or holds none of the expected files.
std::vector<LexiconFile> read_lexicon_dir(const std::string& dir);

}  // namespace kg::extract
