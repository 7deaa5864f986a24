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
    std::string part_of;
};

// One way of writing an entity, as stored in the name trie.
struct Surface {
    std::uint32_t entity = 0;
    SurfaceKind kind = SurfaceKind::kName;
    std::vector<std::string> exact;  // tokens as written, for all-capital forms (case matters)
    bool lower_start = false;        // the lexicon writes it starting lower case ("von der Leyen")
};

struct Title {
    std::string text;
    std::optional<Relation> relation;  // what "ORG TITLE Person" states, if anything
};

struct Rule {
    std::string id;
    Relation relation = Relation::kDeploysTo;
    Pattern pattern;
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

    // Rules whose pattern starts with a word, by that word; rules that start with a slot.
    const std::vector<std::uint32_t>* rules_starting_with(const std::string& word) const;
    const std::vector<std::uint32_t>& rules_starting_with_slot() const { return slot_rules_; }

    // Whether `word` (one folded word, or two joined by a space) is a member of the class.
    bool in_class(std::string_view class_name, const std::string& word) const;

    std::optional<std::uint32_t> find_entity(const std::string& name) const;

private:
    void read_entities(const LexiconFile& file);
    void read_titles(const LexiconFile& file);
    void read_words(const LexiconFile& file);
    void read_rules(const LexiconFile& file);
    void add_surface(std::uint32_t entity, const std::string& text, SurfaceKind kind);
    void index_rules();

    std::vector<LexiconEntity> entities_;
    std::unordered_map<std::string, std::uint32_t> entity_by_name_;
    std::vector<Surface> surfaces_;
    TokenTrie names_;
    std::vector<Title> titles_;
    TokenTrie title_trie_;
    WordClasses classes_;
    std::unordered_map<std::string, std::vector<std::string>> raw_classes_;
    std::unordered_map<std::string, std::unordered_set<std::string>> class_words_;
    std::vector<Rule> rules_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> word_rules_;
    std::vector<std::uint32_t> slot_rules_;
};

// The lexicon compiled into the binary, as files.
std::vector<LexiconFile> builtin_lexicon_files();
// The files of a lexicon folder, in the order they apply. Throws Error when it is unreadable
// or holds none of the expected files.
std::vector<LexiconFile> read_lexicon_dir(const std::string& dir);

}  // namespace kg::extract
