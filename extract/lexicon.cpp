#include "extract/lexicon.h"

#include <algorithm>
#include <bit>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_set>

#include <fmt/format.h>

#include "core/embedded_file.h"
#include "extract/extract.h"
#include "extract/text.h"

namespace kg::extract {

// Defined in the file cmake/embed.cmake generates from data/lexicon/.
std::vector<kg::EmbeddedFile> embedded_lexicon();

namespace {

// Sets rule r's bit in a set of rules kept a bit per rule (PossibleRules::bits and its masks).
void set_rule_bit(std::vector<std::uint64_t>& bits, const std::uint32_t r) {
    bits[r / 64] |= std::uint64_t{1} << (r % 64);
}

std::vector<std::string_view> split(const std::string_view line, const char separator) {
    std::vector<std::string_view> fields;
    std::size_t pos = 0;
    while (true) {
        const std::size_t next = line.find(separator, pos);
        fields.push_back(line.substr(pos, next == std::string_view::npos ? next : next - pos));
        if (next == std::string_view::npos) {
            return fields;
        }
        pos = next + 1;
    }
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// Calls `record(fields, line_number)` for each record line of a TAB-separated file; wraps any
// Error it throws with the file and line.
template <typename Record>
void for_each_record(const LexiconFile& file, Record record) {
    std::istringstream in(file.contents);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string_view text = trim(line);
        if (text.empty() || text.front() == '#') {
            continue;
        }
        try {
            std::vector<std::string_view> fields = split(text, '\t');
            for (auto& field : fields) {
                field = trim(field);
            }
            record(fields);
        } catch (const kg::Error& e) {
            throw Error(fmt::format("{}/{}:{}: {}", file.origin, file.path, number,
                                    std::string_view(e.what()).substr(
                                        std::string_view(e.what()).starts_with("extract: ")
                                            ? 9
                                            : 0)));
        }
    }
}

std::vector<std::string> list_field(const std::string_view field) {
    std::vector<std::string> items;
    if (field.empty()) {
        return items;
    }
    for (const auto item : split(field, '|')) {
        const auto value = trim(item);
        if (!value.empty()) {
            items.emplace_back(value);
        }
    }
    return items;
}

// All letters upper case, at least two of them: "US", "U.S.", "NATO".
bool written_in_capitals(const std::vector<Token>& tokens) {
    int letters = 0;
    for (const auto& token : tokens) {
        if (token.kind != TokenKind::kWord) {
            continue;
        }
        if (!token.all_caps && !(token.capitalized && token.norm.size() == 2 &&
                                 token.norm.back() == '.')) {
            return false;
        }
        ++letters;
    }
    return letters > 0;
}

}  // namespace

Lexicon::Lexicon(const std::vector<LexiconFile>& files) {
    for (const auto& file : files) {
        const std::string& path = file.path;
        if (path.starts_with("entities/") && path.ends_with(".tsv")) {
            read_entities(file);
        } else if (path == "titles.tsv") {
            read_titles(file);
        } else if (path == "words.tsv") {
            read_words(file);
        }
    }
    // Word classes may name each other; expand them all before any rule uses them.
    std::vector<std::string> names;
    for (const auto& [name, members] : raw_classes_) {
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    std::unordered_map<std::string, int> state;  // 1 = expanding, 2 = done
    const auto expand = [&](const auto& self, const std::string& name) -> void {
        if (state[name] == 2) {
            return;
        }
        if (state[name] == 1) {
            throw Error(fmt::format("words.tsv: word class {} refers to itself", name));
        }
        state[name] = 1;
        PhraseList phrases;
        for (const auto& member : raw_classes_.at(name)) {
            if (member.starts_with('&')) {
                if (!raw_classes_.contains(member)) {
                    throw Error(fmt::format("words.tsv: class {} names unknown class {}", name,
                                            member));
                }
                self(self, member);
            }
            expand_member(member, classes_, phrases);
        }
        auto& words = class_words_[name];
        for (const auto& phrase : phrases) {
            if (phrase.size() == 1) {
                words.insert(phrase.front());
            } else if (phrase.size() == 2) {
                words.insert(phrase[0] + " " + phrase[1]);
            }
        }
        classes_[name] = std::move(phrases);
        state[name] = 2;
    };
    for (const auto& name : names) {
        expand(expand, name);
    }
    for (const auto& file : files) {
        if (file.path == "rules.tsv") {
            read_rules(file);
        }
    }
    for (std::uint32_t i = 0; i < entities_.size(); ++i) {
        const LexiconEntity& entity = entities_[i];
        add_surface(i, entity.name, SurfaceKind::kName);
        for (std::size_t k = 0; k < entity.aliases.size(); ++k) {
            add_surface(i, entity.aliases[k], entity.alias_kinds[k]);
        }
    }
    index_negations();
    index_word_flags();
    index_rules();
}

void Lexicon::read_entities(const LexiconFile& file) {
    for_each_record(file, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2 || f.size() > 6) {
            throw Error(fmt::format("expected 2 to 6 TAB-separated fields "
                                    "(name, type, aliases, demonyms, metonyms, part_of), got {}",
                                    f.size()));
        }
        if (f[0].empty()) {
            throw Error("empty entity name");
        }
        const auto type = parse_entity_type(f[1]);
        if (!type) {
            throw Error(fmt::format("unknown entity type '{}' (expected person, country, "
                                    "organization, location or other)",
                                    f[1]));
        }
        const std::string name(f[0]);
        auto [it, inserted] =
            entity_by_name_.try_emplace(name, static_cast<std::uint32_t>(entities_.size()));
        if (inserted) {
            entities_.push_back({name, *type, {}, {}, {}});
        }
        LexiconEntity& entity = entities_[it->second];
        entity.type = *type;
        const SurfaceKind kinds[] = {SurfaceKind::kAlias, SurfaceKind::kDemonym,
                                     SurfaceKind::kMetonym};
        for (std::size_t column = 2; column < std::min<std::size_t>(f.size(), 5); ++column) {
            for (auto& alias : list_field(f[column])) {
                if (std::find(entity.aliases.begin(), entity.aliases.end(), alias) ==
                    entity.aliases.end()) {
                    entity.aliases.push_back(std::move(alias));
                    entity.alias_kinds.push_back(kinds[column - 2]);
                }
            }
        }
        if (f.size() == 6 && !f[5].empty()) {
            entity.part_of = std::string(f[5]);
        }
    });
}

void Lexicon::read_titles(const LexiconFile& file) {
    for_each_record(file, [&](const std::vector<std::string_view>& f) {
        if (f.size() != 2 && f.size() != 3) {
            throw Error(fmt::format(
                "expected 2 or 3 TAB-separated fields (title, relation, home), got {}", f.size()));
        }
        std::optional<Relation> relation;
        if (f[1] != "-") {
            relation = parse_relation(f[1]);
            if (!relation) {
                throw Error(fmt::format("unknown relation '{}' (use a relation name or -)", f[1]));
            }
        }
        TitleHome home = TitleHome::kNone;
        if (f.size() == 3) {
            if (f[2] == "country") {
                home = TitleHome::kCountry;
            } else if (f[2] == "organization") {
                home = TitleHome::kOrganization;
            } else if (f[2] == "any") {
                home = TitleHome::kAny;
            } else if (f[2] != "-") {
                throw Error(fmt::format(
                    "unknown home '{}' (use country, organization, any or -)", f[2]));
            }
        }
        std::vector<Token> tokens;
        FoldedText folded;
        tokenize(f[0], 0, f[0].size(), tokens, folded);
        std::vector<std::string> words;
        for (const auto& token : tokens) {
            words.emplace_back(token.norm);
        }
        if (words.empty()) {
            throw Error("empty title");
        }
        std::int32_t& slot = title_trie_.insert(words);
        if (slot == TokenTrie::kNoValue) {
            slot = static_cast<std::int32_t>(titles_.size());
            titles_.push_back({std::string(f[0]), relation, home});
        } else {
            titles_[static_cast<std::size_t>(slot)].relation = relation;
            titles_[static_cast<std::size_t>(slot)].home = home;
        }
    });
}

void Lexicon::read_words(const LexiconFile& file) {
    for_each_record(file, [&](const std::vector<std::string_view>& f) {
        if (f.size() != 2) {
            throw Error(fmt::format("expected 2 TAB-separated fields (class, words), got {}",
                                    f.size()));
        }
        if (f[0].size() < 2 || f[0].front() != '&') {
            throw Error(fmt::format("a class name starts with &, not '{}'", f[0]));
        }
        auto& members = raw_classes_[std::string(f[0])];
        for (auto& word : list_field(f[1])) {
            members.push_back(std::move(word));
        }
    });
}

void Lexicon::read_rules(const LexiconFile& file) {
    std::unordered_set<std::string> ids;  // of this file: a second one there is a mistake
    for_each_record(file, [&](const std::vector<std::string_view>& f) {
        if (f.size() != 3) {
            throw Error(fmt::format(
                "expected 3 TAB-separated fields (id, relation, pattern), got {}", f.size()));
        }
        if (!ids.emplace(f[0]).second) {
            throw Error(fmt::format("rule id {} is used twice in this file", f[0]));
        }
        const auto relation = parse_relation(f[1]);
        if (!relation) {
            throw Error(fmt::format("unknown relation '{}'", f[1]));
        }
        Rule rule{std::string(f[0]), *relation, parse_pattern(f[2], classes_, vocabulary_)};
        const auto& elements = rule.pattern.elements;
        for (const Element& e : elements) {
            if ((e.mark == SlotMark::kEach || e.mark == SlotMark::kFirst) &&
                (*relation != Relation::kLocatedIn || e.role != 'O')) {
                throw Error("@each and @first mark the object of a located-in rule");
            }
            if (e.mark == SlotMark::kShort && e.role != 'O') {
                throw Error("@short marks the object");
            }
            if (e.mark == SlotMark::kTitled &&
                (e.role == 'P' ||
                 (e.type_mask != 0 &&
                  (e.type_mask & (1U << static_cast<unsigned>(EntityType::kPerson))) == 0))) {
                throw Error("@titled marks an S or O slot that may hold a person");
            }
        }
        const WordId by = vocabulary_.intern("by");
        const WordId from = vocabulary_.intern("from");
        // Not an apposition, which describes the name wherever it stands: "gangs operate under
        // Viv Ansanm, a coalition led by Jimmy Cherizier".
        rule.passive = !elements.empty() && elements.front().kind == Element::Kind::kSlot &&
                       elements.front().role == 'O' && !rule.pattern.apposition &&
                       std::any_of(elements.begin(), elements.end(), [&](const Element& e) {
                           return e.kind == Element::Kind::kWords &&
                                  std::any_of(e.firsts.begin(), e.firsts.end(), [&](WordId w) {
                                      return w == by || w == from;
                                  });
                       });
        rule.opens_with_actor = !elements.empty() &&
                                elements.front().kind == Element::Kind::kSlot &&
                                elements.front().role == 'S' &&
                                !(elements.size() > 1 &&
                                  elements[1].kind == Element::Kind::kWords &&
                                  elements[1].firsts.size() == 1 &&
                                  elements[1].firsts.front() == Vocabulary::kComma) &&
                                rule.relation != Relation::kLeads &&
                                rule.relation != Relation::kMemberOf &&
                                rule.relation != Relation::kLocatedIn;
        // A rule with the id of an earlier one replaces it: that is how a user overrides.
        const auto same = std::find_if(rules_.begin(), rules_.end(),
                                       [&](const Rule& r) { return r.id == rule.id; });
        if (same != rules_.end()) {
            *same = std::move(rule);
        } else {
            rules_.push_back(std::move(rule));
        }
    });
}

void Lexicon::add_surface(const std::uint32_t entity, const std::string& text,
                          const SurfaceKind kind) {
    std::vector<Token> tokens;
    FoldedText folded;
    tokenize(text, 0, text.size(), tokens, folded);
    // "the Kremlin" is found as "Kremlin": the article is not part of the name in text.
    if (tokens.size() > 1 && tokens.front().norm == "the") {
        tokens.erase(tokens.begin());
    }
    if (tokens.empty()) {
        return;
    }
    std::vector<std::string> words;
    for (const auto& token : tokens) {
        words.emplace_back(token.norm);
    }
    std::int32_t& slot = names_.insert(words);
    if (slot != TokenTrie::kNoValue) {
        // The first entity to claim a surface keeps it. The same entity may add a form that
        // starts lower case ("al-Qaeda" beside "Al-Qaeda"): then the surface matches so too.
        Surface& claimed = surfaces_[static_cast<std::size_t>(slot)];
        if (claimed.entity == entity && !tokens.front().capitalized) {
            claimed.lower_start = true;
        }
        return;
    }
    Surface surface{entity, kind, {}, !tokens.front().capitalized};
    if (written_in_capitals(tokens)) {
        for (const auto& token : tokens) {
            surface.exact.emplace_back(token.text);
        }
    }
    slot = static_cast<std::int32_t>(surfaces_.size());
    surfaces_.push_back(std::move(surface));
}

void Lexicon::index_rules() {
    word_rules_.assign(vocabulary_.size(), {});
    requirements_.assign(vocabulary_.size(), {});
    required_.assign(rules_.size(), 0);
    slot_rules_.assign((rules_.size() + 63) / 64, 0);
    always_possible_.assign((rules_.size() + 63) / 64, 0);
    for (std::uint32_t i = 0; i < rules_.size(); ++i) {
        const auto& elements = rules_[i].pattern.elements;
        if (elements.front().kind == Element::Kind::kSlot) {
            set_rule_bit(slot_rules_, i);
        } else {
            for (const WordId first : elements.front().firsts) {
                auto& list = word_rules_[first];
                if (list.empty() || list.back() != i) {
                    list.push_back(i);
                }
            }
        }
        // Past 32 required elements the rest are not checked: the filter only lets more by.
        std::uint32_t bit = 1;
        for (const Element& e : elements) {
            if (e.kind != Element::Kind::kWords || e.repeat != Element::Repeat::kOne || bit == 0) {
                continue;
            }
            required_[i] |= bit;
            for (const WordId first : e.firsts) {
                auto& list = requirements_[first];
                if (list.empty() || list.back() != std::pair{i, bit}) {
                    list.emplace_back(i, bit);
                }
            }
            bit <<= 1;
        }
        if (required_[i] == 0) {
            set_rule_bit(always_possible_, i);
        }
    }
}

void Lexicon::index_negations() {
    std::vector<WordId> words;
    for (const std::string name : {"&NEGATION", "&HEDGE"}) {
        const auto it = classes_.find(name);
        if (it == classes_.end()) {
            continue;
        }
        for (const auto& phrase : it->second) {
            if (phrase.size() == 1) {
                words.push_back(vocabulary_.intern(phrase[0]));
            } else if (phrase.size() == 2) {
                const std::uint64_t key =
                    pair_key(vocabulary_.intern(phrase[0]), vocabulary_.intern(phrase[1]));
                negating_pairs_.push_back(key);
                if (std::string_view(name) == "&HEDGE") {
                    hedging_pairs_.push_back(key);
                }
            }
        }
    }
    negating_words_.assign(vocabulary_.size(), false);
    for (const WordId w : words) {
        negating_words_[w] = true;
    }
    std::sort(negating_pairs_.begin(), negating_pairs_.end());
    std::sort(hedging_pairs_.begin(), hedging_pairs_.end());
}

bool Lexicon::hedges(const WordId word, const WordId next) const {
    return is_hedge(word) ||
           (next != Vocabulary::kOther &&
            std::binary_search(hedging_pairs_.begin(), hedging_pairs_.end(),
                               pair_key(word, next)));
}

void Lexicon::index_word_flags() {
    std::vector<std::pair<WordId, std::uint8_t>> flagged;
    for (const auto& [name, flag] :
         {std::pair{"&AGENT", kAgentWord}, std::pair{"&MOD", kModifierWord},
          std::pair{"&DIRECTION", kDirectionWord}, std::pair{"&HEDGE", kHedgeWord}}) {
        const auto it = classes_.find(name);
        if (it == classes_.end()) {
            continue;
        }
        for (const auto& phrase : it->second) {
            if (phrase.size() == 1) {
                flagged.emplace_back(vocabulary_.intern(phrase[0]), flag);
            }
        }
    }
    // The head word of each title ("minister" of "Prime Minister", "general" of
    // "Secretary-General", "secretary" of "Secretary of State"): the word a title phrase such
    // as "the Prime Minister of Iraq" ends with before "of".
    for (const Title& title : titles_) {
        std::vector<Token> tokens;
        FoldedText folded;
        tokenize(title.text, 0, title.text.size(), tokens, folded);
        const auto of = std::find_if(tokens.begin(), tokens.end(),
                                     [](const Token& t) { return t.norm == "of"; });
        if (!tokens.empty() && of != tokens.begin() && std::prev(of)->kind == TokenKind::kWord) {
            flagged.emplace_back(vocabulary_.intern(std::prev(of)->norm), kTitleWord);
        }
    }
    word_flags_.assign(vocabulary_.size(), 0);
    for (const auto& [word, flag] : flagged) {
        word_flags_[word] |= flag;
    }
}

bool Lexicon::negates(const WordId word, const WordId next) const {
    if (word == Vocabulary::kOther) {
        return false;
    }
    return (word < negating_words_.size() && negating_words_[word]) ||
           (next != Vocabulary::kOther &&
            std::binary_search(negating_pairs_.begin(), negating_pairs_.end(),
                               pair_key(word, next)));
}

void Lexicon::number_words(std::vector<Token>& tokens) const {
    for (Token& token : tokens) {
        token.word = vocabulary_.find(token.norm, token.hash);
    }
}

const std::vector<std::uint32_t>& Lexicon::rules_starting_with(const WordId word) const {
    static const std::vector<std::uint32_t> kNone;
    return word < word_rules_.size() ? word_rules_[word] : kNone;
}

void Lexicon::possible_rules(const std::vector<Token>& tokens, const std::uint32_t begin,
                             const std::uint32_t end, PossibleRules& rules) const {
    if (rules.found.size() != rules_.size()) {
        rules.found.assign(rules_.size(), {});
        // Read only where a rule is possible, and written by the call that made it so, but for
        // the rules that require no word, which are possible from the first token on.
        rules.last_start.assign(rules_.size(), ~std::uint32_t{0});
        rules.call = 0;
    }
    if (++rules.call == 0) {  // the numbers went round: no stamp may look like this call's
        std::fill(rules.found.begin(), rules.found.end(), PossibleRules::Found{});
        rules.call = 1;
    }
    rules.bits = always_possible_;
    // Backwards, so that the token at which a rule's last missing word turns up is the last
    // one with all of them ahead.
    for (std::uint32_t t = end; t-- > begin;) {
        const WordId word = tokens[t].word;
        if (word >= requirements_.size()) {
            continue;
        }
        for (const auto& [rule, bit] : requirements_[word]) {
            PossibleRules::Found& found = rules.found[rule];
            const std::uint32_t before = found.call == rules.call ? found.elements : 0;
            const std::uint32_t after = before | bit;
            found = {rules.call, after};
            if (after != before && after == required_[rule]) {
                set_rule_bit(rules.bits, rule);
                rules.last_start[rule] = t;
            }
        }
    }
}

void Lexicon::possible_slot_rules(const PossibleRules& rules,
                                  std::vector<std::uint32_t>& out) const {
    out.clear();
    if (rules.bits.size() != slot_rules_.size()) {
        return;  // not filled by possible_rules() yet
    }
    for (std::size_t w = 0; w < slot_rules_.size(); ++w) {
        for (std::uint64_t bits = rules.bits[w] & slot_rules_[w]; bits != 0; bits &= bits - 1) {
            out.push_back(static_cast<std::uint32_t>(w * 64 + std::countr_zero(bits)));
        }
    }
}

bool Lexicon::in_class(const std::string_view class_name, const std::string_view word) const {
    const auto it = class_words_.find(std::string(class_name));
    return it != class_words_.end() && it->second.contains(std::string(word));
}

std::optional<std::uint32_t> Lexicon::find_entity(const std::string& name) const {
    const auto it = entity_by_name_.find(name);
    if (it == entity_by_name_.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::vector<LexiconFile> builtin_lexicon_files() {
    std::vector<LexiconFile> files;
    for (const auto& file : embedded_lexicon()) {
        files.push_back({std::string(file.path), "built-in", std::string(file.contents)});
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const LexiconFile& a, const LexiconFile& b) { return a.path < b.path; });
    return files;
}

std::vector<LexiconFile> read_lexicon_dir(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw Error(fmt::format("lexicon folder {} does not exist or is not a folder", dir));
    }
    std::vector<std::string> paths;
    if (fs::is_directory(fs::path(dir) / "entities", ec)) {
        for (const auto& entry : fs::directory_iterator(fs::path(dir) / "entities", ec)) {
            if (entry.path().extension() == ".tsv") {
                paths.push_back("entities/" + entry.path().filename().string());
            }
        }
    }
    std::sort(paths.begin(), paths.end());
    for (const char* name : {"titles.tsv", "words.tsv", "rules.tsv"}) {
        if (fs::exists(fs::path(dir) / name, ec)) {
            paths.emplace_back(name);
        }
    }
    if (paths.empty()) {
        throw Error(fmt::format("lexicon folder {} holds none of entities/*.tsv, titles.tsv, "
                                "words.tsv, rules.tsv",
                                dir));
    }
    std::vector<LexiconFile> files;
    for (const auto& path : paths) {
        std::ifstream in(fs::path(dir) / path, std::ios::binary);
        if (!in) {
            throw Error(fmt::format("cannot read {}/{}", dir, path));
        }
        std::ostringstream contents;
        contents << in.rdbuf();
        if (const auto bad = first_invalid_utf8(contents.str())) {
            throw Error(fmt::format("{}/{}: invalid UTF-8 at byte offset {}", dir, path, *bad));
        }
        files.push_back({path, dir, contents.str()});
    }
    return files;
}

}  // namespace kg::extract
