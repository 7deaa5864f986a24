// The extraction of one document, in three passes over its sentences:
//
// 1. Mentions: longest match of the lexicon's token trie; titles ("Secretary-General"); names
//    the lexicon does not know, typed from their context.
// 2. Titles: "NATO Secretary-General Mark Rutte" ties a role of an organization to a person;
//    once the whole document is read, references to a tied role ("NATO's chief",
//    "the Secretary-General") become mentions of that person, when exactly one person holds it.
//    This needs the whole document first: the tie may come after the reference.
// 3. Facts: title facts, then the rules, dispatched by the first word of their pattern or, for
//    rules that start with a slot, tried at each mention. A match inside a negated or hedged
//    stretch of the sentence is dropped.

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include <fmt/format.h>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/pattern.h"
#include "extract/tokenizer.h"

namespace kg::extract {
namespace {

constexpr std::uint32_t kNoEntity = 0xFFFFFFFF;

// Capitalized words that start sentences and headings but never start a name.
const std::unordered_set<std::string_view>& capitalized_stopwords() {
    static const std::unordered_set<std::string_view> kSet{
        "the", "a", "an", "in", "on", "at", "for", "to", "of", "and", "but", "or", "as", "by",
        "with", "from", "this", "that", "these", "those", "it", "its", "he", "she", "they",
        "we", "i", "his", "her", "their", "our", "after", "before", "when", "while", "if",
        "meanwhile", "however", "also", "some", "many", "most", "all", "both", "each", "one",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mr.", "mrs.", "ms.", "dr.", "sources", "source", "date",
        "according", "under", "over", "since", "during", "despite", "amid", "about", "there",
        "here", "what", "who", "why", "how", "where", "which", "then", "now", "today", "yesterday",
        "tomorrow", "last", "next", "new", "more", "such", "other", "another", "no", "not", "yes",
        "officials", "analysts", "experts", "western", "eastern", "northern", "southern",
    };
    return kSet;
}

// Words that join parts of one name: "Bank of England", "Ursula von der Leyen".
const std::unordered_set<std::string_view>& name_connectors() {
    static const std::unordered_set<std::string_view> kSet{"of", "de", "von", "der", "van",
                                                           "al", "bin", "la", "du", "del"};
    return kSet;
}

const std::unordered_set<std::string_view>& organization_heads() {
    static const std::unordered_set<std::string_view> kSet{
        "ministry", "agency", "council", "party", "army", "corporation", "corp.", "group",
        "forces", "command", "bank", "union", "organization", "organisation", "front",
        "brigade", "brigades", "university", "institute", "company", "inc.", "committee",
        "commission", "authority", "guard", "navy", "alliance", "movement", "fund",
        "association", "federation", "office", "department", "service", "court",
    };
    return kSet;
}

const std::unordered_set<std::string_view>& location_heads() {
    static const std::unordered_set<std::string_view> kSet{
        "province", "region", "oblast", "city", "island", "islands", "sea", "strait", "river",
        "valley", "district", "county", "mountains", "peninsula", "gulf", "bay", "desert",
    };
    return kSet;
}

struct DocEntity {
    std::string name;
    EntityType type = EntityType::kOther;
    std::uint32_t lexicon = kNoEntity;  // index into the lexicon, kNoEntity for a new name
    std::uint32_t mentions = 0;
};

struct TitleHit {
    std::uint32_t begin = 0;  // first token of the title
    std::uint32_t end = 0;
    std::uint32_t title = 0;              // index into the lexicon's titles
    std::int32_t holder = -1;             // mention index in the sentence: the person
    std::int32_t organization = -1;       // mention index: the organization or country
    std::uint32_t span_begin = 0;         // where a role reference starts ("NATO's chief")
};

struct SentenceState {
    Sentence range;
    std::vector<Mention> mentions;  // sorted by position, never overlapping
    std::vector<TitleHit> titles;
};

class DocumentExtraction {
public:
    DocumentExtraction(const Lexicon& lexicon, const Document& doc) : lex_(lexicon), doc_(doc) {}

    ExtractedDocument run() {
        if (doc_.title_end > 0) {
            tokenize(doc_.text, 0, doc_.title_end, tokens_);
            Token gap;
            gap.kind = TokenKind::kBreak;
            gap.offset = static_cast<std::uint32_t>(doc_.title_end);
            tokens_.push_back(std::move(gap));
        }
        tokenize(doc_.text, doc_.body_begin, doc_.text.size(), tokens_);
        for (const Sentence& range : split_sentences(tokens_)) {
            SentenceState& s = sentences_.emplace_back();
            s.range = range;
            find_lexicon_mentions(s);
            find_titles(s);
            find_new_names(s);
            tie_titles(s);
        }
        for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
            resolve_roles(sentences_[i]);
        }
        ExtractedDocument out;
        out.meta = doc_.meta;
        for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
            extract_facts(i, out.facts);
        }
        for (const SentenceState& s : sentences_) {
            for (const Mention& m : s.mentions) {
                ++entities_[m.entity].mentions;
            }
        }
        for (const DocEntity& entity : entities_) {
            if (entity.mentions == 0) {
                continue;
            }
            EntityRecord record{entity.name, entity.type, {}, entity.mentions};
            if (entity.lexicon != kNoEntity) {
                record.aliases = lex_.entities()[entity.lexicon].aliases;
            }
            out.entities.push_back(std::move(record));
        }
        std::sort(out.entities.begin(), out.entities.end(),
                  [](const EntityRecord& a, const EntityRecord& b) { return a.name < b.name; });
        return out;
    }

private:
    std::uint32_t entity_for(const std::string& name, const EntityType type,
                             const std::uint32_t lexicon_index) {
        const auto [it, inserted] =
            entity_index_.try_emplace(name, static_cast<std::uint32_t>(entities_.size()));
        if (inserted) {
            entities_.push_back({name, type, lexicon_index, 0});
        }
        return it->second;
    }

    bool covered(const SentenceState& s, const std::uint32_t token) const {
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
            return token >= m.begin && token < m.end;
        });
    }

    void add_mention(SentenceState& s, const Mention& m) {
        const auto at = std::lower_bound(
            s.mentions.begin(), s.mentions.end(), m,
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
        s.mentions.insert(at, m);
    }

    bool surface_fits(const Surface& surface, const std::uint32_t begin) const {
        if (!tokens_[begin].capitalized && !surface.lower_start) {
            return false;
        }
        for (std::size_t k = 0; k < surface.exact.size(); ++k) {
            const Token& token = tokens_[begin + k];
            // All-capital forms match only in capitals ("US" but never "us" or "Us"); a longer
            // acronym may also be written as a name ("Nato").
            const bool long_acronym = surface.exact[k].size() >= 4 && token.capitalized;
            if (token.text != surface.exact[k] && !long_acronym) {
                return false;
            }
        }
        return true;
    }

    void find_lexicon_mentions(SentenceState& s) {
        const auto& trie = lex_.names();
        std::uint32_t i = s.range.begin;
        while (i < s.range.end) {
            std::uint32_t node = TokenTrie::kRoot;
            std::uint32_t best_end = 0;
            std::int32_t best = TokenTrie::kNoValue;
            for (std::uint32_t j = i; j < s.range.end; ++j) {
                node = trie.step(node, tokens_[j].norm);
                if (node == TokenTrie::kRoot) {
                    break;
                }
                const std::int32_t value = trie.value(node);
                if (value != TokenTrie::kNoValue &&
                    surface_fits(lex_.surfaces()[static_cast<std::size_t>(value)], i)) {
                    best = value;
                    best_end = j + 1;
                }
            }
            if (best == TokenTrie::kNoValue) {
                ++i;
                continue;
            }
            const Surface& surface = lex_.surfaces()[static_cast<std::size_t>(best)];
            const LexiconEntity& entity = lex_.entities()[surface.entity];
            s.mentions.push_back({i, best_end, entity_for(entity.name, entity.type, surface.entity),
                                  entity.type});
            i = best_end;
        }
    }

    void find_titles(SentenceState& s) {
        const auto& trie = lex_.title_trie();
        std::uint32_t i = s.range.begin;
        while (i < s.range.end) {
            if (covered(s, i) || tokens_[i].kind != TokenKind::kWord) {
                ++i;
                continue;
            }
            std::uint32_t node = TokenTrie::kRoot;
            std::uint32_t best_end = 0;
            std::int32_t best = TokenTrie::kNoValue;
            for (std::uint32_t j = i; j < s.range.end && !covered(s, j); ++j) {
                node = trie.step(node, tokens_[j].norm);
                if (node == TokenTrie::kRoot) {
                    break;
                }
                if (trie.value(node) != TokenTrie::kNoValue) {
                    best = trie.value(node);
                    best_end = j + 1;
                }
            }
            if (best == TokenTrie::kNoValue) {
                ++i;
                continue;
            }
            s.titles.push_back({i, best_end, static_cast<std::uint32_t>(best), -1, -1, i});
            i = best_end;
        }
    }

    bool in_title(const SentenceState& s, const std::uint32_t token) const {
        return std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& t) {
            return token >= t.begin && token < t.end;
        });
    }

    // A headline or a heading, where capitals say nothing about names: no full stop at the end
    // and most longer words capitalized.
    bool headline_case(const SentenceState& s) const {
        const std::string& last = tokens_[s.range.end - 1].norm;
        if (last == "." || last == "!" || last == "?") {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (std::uint32_t i = s.range.begin; i < s.range.end; ++i) {
            const Token& t = tokens_[i];
            if (t.kind == TokenKind::kWord && t.norm.size() >= 4) {
                ++words;
                capitalized += t.capitalized ? 1 : 0;
            }
        }
        return words >= 2 && capitalized * 10 >= words * 6;
    }

    bool name_word(const std::uint32_t i) const {
        const Token& t = tokens_[i];
        return t.kind == TokenKind::kWord && t.capitalized && !t.all_caps &&
               t.norm.find('.') == std::string::npos;
    }

    // Capitalized runs the lexicon does not know. Two words or more make a name ("Lloyd
    // Austin"); one word does only right after a title ("President Smith"). Typed by context.
    void find_new_names(SentenceState& s) {
        if (headline_case(s)) {
            return;
        }
        const std::uint32_t end = s.range.end;
        std::uint32_t i = s.range.begin;
        while (i < end) {
            if (covered(s, i) || in_title(s, i) || !name_word(i) ||
                capitalized_stopwords().contains(tokens_[i].norm)) {
                ++i;
                continue;
            }
            std::uint32_t j = i + 1;
            std::uint32_t last = i;
            while (j < end && !covered(s, j) && !in_title(s, j)) {
                if (name_word(j)) {
                    last = j;
                    ++j;
                } else if ((name_connectors().contains(tokens_[j].norm) || tokens_[j].norm == "-") &&
                           j + 1 < end && name_word(j + 1) && !covered(s, j + 1)) {
                    j += 1;
                } else {
                    break;
                }
            }
            const std::uint32_t stop = last + 1;
            const bool after_title =
                std::any_of(s.titles.begin(), s.titles.end(),
                            [&](const TitleHit& t) { return t.end == i; });
            const std::uint32_t words = stop - i;
            const bool sentence_start = i == s.range.begin;
            if (words >= 2 || after_title) {
                if (!(sentence_start && words < 2)) {
                    EntityType type = EntityType::kOther;
                    const std::string& head = tokens_[last].norm;
                    if (after_title) {
                        type = EntityType::kPerson;
                    } else if (organization_heads().contains(head)) {
                        type = EntityType::kOrganization;
                    } else if (location_heads().contains(head)) {
                        type = EntityType::kLocation;
                    }
                    const std::string name(doc_.text.substr(
                        tokens_[i].offset,
                        tokens_[last].offset + tokens_[last].text.size() - tokens_[i].offset));
                    const std::uint32_t entity = entity_for(name, type, kNoEntity);
                    if (type == EntityType::kPerson) {
                        entities_[entity].type = type;
                    }
                    add_mention(s, {i, stop, entity, entities_[entity].type});
                }
            }
            i = stop;
        }
    }

    std::int32_t mention_starting(const SentenceState& s, const std::uint32_t token) const {
        for (std::size_t k = 0; k < s.mentions.size(); ++k) {
            if (s.mentions[k].begin == token) {
                return static_cast<std::int32_t>(k);
            }
        }
        return -1;
    }

    std::int32_t mention_ending(const SentenceState& s, const std::uint32_t token) const {
        for (std::size_t k = 0; k < s.mentions.size(); ++k) {
            if (s.mentions[k].end == token) {
                return static_cast<std::int32_t>(k);
            }
        }
        return -1;
    }

    // Who holds each title, and of what: "NATO Secretary-General Mark Rutte".
    void tie_titles(SentenceState& s) {
        for (TitleHit& hit : s.titles) {
            const std::int32_t holder = mention_starting(s, hit.end);
            if (holder >= 0) {
                Mention& m = s.mentions[static_cast<std::size_t>(holder)];
                if (m.type == EntityType::kPerson ||
                    (m.type == EntityType::kOther && entities_[m.entity].lexicon == kNoEntity)) {
                    m.type = EntityType::kPerson;
                    entities_[m.entity].type = EntityType::kPerson;
                    hit.holder = holder;
                }
            }
            // The organization: right before the title, or before a possessive.
            std::uint32_t before = hit.begin;
            if (before > s.range.begin && tokens_[before - 1].norm == "'s") {
                --before;
            }
            const std::int32_t organization = mention_ending(s, before);
            if (organization >= 0) {
                const Mention& m = s.mentions[static_cast<std::size_t>(organization)];
                if (m.type == EntityType::kOrganization || m.type == EntityType::kCountry) {
                    hit.organization = organization;
                    hit.span_begin = m.begin;
                }
            } else if (hit.begin > s.range.begin && tokens_[hit.begin - 1].norm == "the") {
                hit.span_begin = hit.begin - 1;
            }
            if (hit.holder < 0) {
                continue;
            }
            const std::uint32_t person = s.mentions[static_cast<std::size_t>(hit.holder)].entity;
            const Title& title = lex_.titles()[hit.title];
            holders_by_title_[title.text].insert(person);
            if (hit.organization >= 0 && title.relation) {
                const std::uint32_t org =
                    s.mentions[static_cast<std::size_t>(hit.organization)].entity;
                holders_by_role_[{org, *title.relation}].insert(person);
            }
        }
    }

    // Turns "NATO's chief" and "the Secretary-General" into mentions of the one person the
    // document tied to that role.
    void resolve_roles(SentenceState& s) {
        std::vector<Mention> added;
        for (const TitleHit& hit : s.titles) {
            if (hit.holder >= 0) {
                continue;
            }
            const Title& title = lex_.titles()[hit.title];
            const std::set<std::uint32_t>* holders = nullptr;
            if (hit.organization >= 0 && title.relation) {
                const std::uint32_t org =
                    s.mentions[static_cast<std::size_t>(hit.organization)].entity;
                const auto it = holders_by_role_.find({org, *title.relation});
                if (it != holders_by_role_.end()) {
                    holders = &it->second;
                }
            } else if (hit.span_begin < hit.begin) {  // "the Secretary-General"
                const auto it = holders_by_title_.find(title.text);
                if (it != holders_by_title_.end()) {
                    holders = &it->second;
                }
            }
            if (holders == nullptr || holders->size() != 1) {
                continue;
            }
            added.push_back({hit.span_begin, hit.end, *holders->begin(), EntityType::kPerson});
        }
        for (const Mention& m : added) {
            std::erase_if(s.mentions, [&](const Mention& old) {
                return old.begin < m.end && m.begin < old.end;
            });
            add_mention(s, m);
        }
        if (!added.empty()) {
            // Mention indices in the title hits are stale now; titles are done with.
            for (TitleHit& hit : s.titles) {
                hit.organization = -1;
                hit.holder = -1;
            }
            s.titles.erase(std::remove_if(s.titles.begin(), s.titles.end(),
                                          [&](const TitleHit& hit) {
                                              return std::any_of(
                                                  added.begin(), added.end(), [&](const Mention& m) {
                                                      return hit.begin >= m.begin && hit.end <= m.end;
                                                  });
                                          }),
                           s.titles.end());
            retie_titles(s);
        }
    }

    void retie_titles(SentenceState& s) {
        for (TitleHit& hit : s.titles) {
            hit.holder = mention_starting(s, hit.end);
            if (hit.holder >= 0 &&
                s.mentions[static_cast<std::size_t>(hit.holder)].type != EntityType::kPerson) {
                hit.holder = -1;
            }
            std::uint32_t before = hit.begin;
            if (before > s.range.begin && tokens_[before - 1].norm == "'s") {
                --before;
            }
            hit.organization = mention_ending(s, before);
            if (hit.organization >= 0) {
                const EntityType t = s.mentions[static_cast<std::size_t>(hit.organization)].type;
                if (t != EntityType::kOrganization && t != EntityType::kCountry) {
                    hit.organization = -1;
                }
            }
        }
    }

    std::string sentence_text(const SentenceState& s) const {
        const Token& first = tokens_[s.range.begin];
        const Token& last = tokens_[s.range.end - 1];
        const std::string_view raw = std::string_view(doc_.text).substr(
            first.offset, last.offset + last.text.size() - first.offset);
        // Line breaks and runs of spaces inside a sentence are layout, not text.
        std::string text;
        text.reserve(raw.size());
        bool space = false;
        for (const char c : raw) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = true;
                continue;
            }
            if (space && !text.empty()) {
                text += ' ';
            }
            space = false;
            text += c;
        }
        return text;
    }

    // A negation or hedge inside the match, or in the few words before it up to a clause break.
    bool negated(const SentenceView& view, const PatternMatch& match) const {
        const auto is_negation = [&](const std::uint32_t u) {
            const Unit& unit = view.units[u];
            if (unit.mention >= 0) {
                return false;
            }
            const std::string& norm = tokens_[unit.token].norm;
            if (!lex_.in_class("&NEGATION", norm) && !lex_.in_class("&HEDGE", norm)) {
                return false;
            }
            // "not only ... but also" affirms.
            return !(norm == "not" && u + 1 < view.units.size() &&
                     view.units[u + 1].mention < 0 &&
                     tokens_[view.units[u + 1].token].norm == "only");
        };
        for (std::uint32_t u = match.begin; u < match.end; ++u) {
            if (is_negation(u)) {
                return true;
            }
        }
        for (std::uint32_t k = 1; k <= 4 && k <= match.begin; ++k) {
            const std::uint32_t u = match.begin - k;
            const Unit& unit = view.units[u];
            if (unit.mention < 0) {
                const std::string& norm = tokens_[unit.token].norm;
                if (norm == "," || norm == ";" || norm == ":" || norm == "--") {
                    break;
                }
            }
            if (is_negation(u)) {
                return true;
            }
        }
        return false;
    }

    void extract_facts(const std::uint32_t index, std::vector<FactRecord>& facts) {
        const SentenceState& s = sentences_[index];
        if (s.mentions.size() < 2) {
            return;
        }
        std::set<std::tuple<std::uint32_t, Relation, std::uint32_t>> seen;
        std::string text;
        const auto emit = [&](std::uint32_t subject, const Relation relation,
                              std::uint32_t object, const std::string& rule) {
            if (subject == object) {
                return;
            }
            if (is_symmetric(relation) && entities_[object].name < entities_[subject].name) {
                std::swap(subject, object);
            }
            if (!seen.insert({subject, relation, object}).second) {
                return;
            }
            if (text.empty()) {
                text = sentence_text(s);
            }
            facts.push_back({entities_[subject].name, relation, entities_[object].name, rule, index,
                             tokens_[s.range.begin].offset, text});
        };

        for (const TitleHit& hit : s.titles) {
            const Title& title = lex_.titles()[hit.title];
            if (hit.holder >= 0 && hit.organization >= 0 && title.relation) {
                emit(s.mentions[static_cast<std::size_t>(hit.holder)].entity, *title.relation,
                     s.mentions[static_cast<std::size_t>(hit.organization)].entity,
                     "title:" + title.text);
            }
        }

        // For the rules, "North Korean leader Kim Jong Un" is one mention of the person: in
        // "Putin met North Korean leader Kim Jong Un" the one met is Kim, not North Korea.
        std::vector<Mention> mentions = s.mentions;
        for (const TitleHit& hit : s.titles) {
            if (hit.holder < 0) {
                continue;
            }
            const Mention& holder = s.mentions[static_cast<std::size_t>(hit.holder)];
            const std::uint32_t begin =
                hit.organization >= 0
                    ? s.mentions[static_cast<std::size_t>(hit.organization)].begin
                    : hit.begin;
            const Mention titled{begin, holder.end, holder.entity, EntityType::kPerson};
            std::erase_if(mentions, [&](const Mention& m) {
                return m.begin < titled.end && titled.begin < m.end;
            });
            mentions.insert(std::lower_bound(mentions.begin(), mentions.end(), titled,
                                             [](const Mention& a, const Mention& b) {
                                                 return a.begin < b.begin;
                                             }),
                            titled);
        }

        SentenceView view{tokens_, mentions, {}};
        std::size_t next_mention = 0;
        for (std::uint32_t t = s.range.begin; t < s.range.end;) {
            if (next_mention < mentions.size() && mentions[next_mention].begin == t) {
                view.units.push_back({t, static_cast<std::int32_t>(next_mention)});
                t = mentions[next_mention].end;
                ++next_mention;
            } else {
                view.units.push_back({t, -1});
                ++t;
            }
        }
        const auto& rules = lex_.rules();
        const auto try_rule = [&](const std::uint32_t rule_index, const std::uint32_t unit) {
            const Rule& rule = rules[rule_index];
            const auto match = match_at(rule.pattern, view, unit);
            if (!match || negated(view, *match)) {
                return;
            }
            const auto entity_of = [&](const std::uint32_t mention) {
                return mentions[mention].entity;
            };
            for (const std::uint32_t subject : match->subjects) {
                for (const std::uint32_t object : match->objects) {
                    emit(entity_of(subject), rule.relation, entity_of(object), rule.id);
                }
            }
            for (std::size_t a = 0; a < match->pairs.size(); ++a) {
                for (std::size_t b = a + 1; b < match->pairs.size(); ++b) {
                    emit(entity_of(match->pairs[a]), rule.relation, entity_of(match->pairs[b]),
                         rule.id);
                }
            }
        };
        for (std::uint32_t u = 0; u < view.units.size(); ++u) {
            const Unit& unit = view.units[u];
            if (unit.mention >= 0) {
                for (const std::uint32_t r : lex_.rules_starting_with_slot()) {
                    try_rule(r, u);
                }
            } else if (const auto* list = lex_.rules_starting_with(tokens_[unit.token].norm)) {
                for (const std::uint32_t r : *list) {
                    try_rule(r, u);
                }
            }
        }
    }

    const Lexicon& lex_;
    const Document& doc_;
    std::vector<Token> tokens_;
    std::vector<SentenceState> sentences_;
    std::vector<DocEntity> entities_;
    std::unordered_map<std::string, std::uint32_t> entity_index_;
    std::map<std::pair<std::uint32_t, Relation>, std::set<std::uint32_t>> holders_by_role_;
    std::map<std::string, std::set<std::uint32_t>> holders_by_title_;
};

}  // namespace

Extractor::Extractor(const std::vector<std::filesystem::path>& extra_dirs) {
    std::vector<LexiconFile> files = builtin_lexicon_files();
    for (const auto& dir : extra_dirs) {
        auto more = read_lexicon_dir(dir.string());
        files.insert(files.end(), std::make_move_iterator(more.begin()),
                     std::make_move_iterator(more.end()));
    }
    lexicon_ = std::make_unique<const Lexicon>(files);
}

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

ExtractedDocument Extractor::extract(const Document& document) const {
    return DocumentExtraction(*lexicon_, document).run();
}

std::size_t Extractor::entity_count() const { return lexicon_->entities().size(); }

std::size_t Extractor::rule_count() const { return lexicon_->rules().size(); }

}  // namespace kg::extract
