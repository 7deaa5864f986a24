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
#include <optional>
#include <set>
#include <unordered_set>

#include <fmt/format.h>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/pattern.h"
#include "extract/tokenizer.h"

namespace kg::extract {
namespace {

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
    static const std::unordered_set<std::string_view> kSet{
        "of", "for", "the", "de", "von", "der", "van", "al", "bin", "la", "du", "del", "des"};
    return kSet;
}

const std::unordered_set<std::string_view>& organization_heads() {
    static const std::unordered_set<std::string_view> kSet{
        "ministry", "agency", "council", "party", "army", "corporation", "corp.", "group",
        "forces", "command", "bank", "union", "organization", "organisation", "front",
        "brigade", "brigades", "university", "institute", "company", "inc.", "committee",
        "commission", "authority", "guard", "navy", "alliance", "movement", "fund",
        "association", "federation", "office", "department", "service", "court", "framework",
        "corps", "network", "centre", "center", "foundation", "mission", "force", "police",
        "coalition", "directorate", "bureau", "secretariat", "assembly", "parliament",
        "congress", "senate", "cabinet", "government", "militia", "battalion", "regiment",
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

// Lower-case words after a place name that make it a region: "the Kursk region".
const std::unordered_set<std::string_view>& region_words() {
    static const std::unordered_set<std::string_view> kSet{
        "region", "province", "oblast", "district", "governorate", "prefecture", "county",
        "state", "territory", "area"};
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
    std::uint32_t span_end = 0;           // where the titled name ends, apposition included
    std::int32_t of_organization = -1;    // "President Xi Jinping of China": the org after "of"
    bool definite = false;                // "the Secretary-General", or a title opening a sentence
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
            resolve_we(sentences_[i]);
            resolve_pairs(i);
            resolve_pronoun(i);
            resolve_definite(i);
        }
        ExtractedDocument out;
        out.meta = doc_.meta;
        for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
            extract_facts(i, out.facts);
        }
        for (const SentenceState& s : sentences_) {
            for (const Mention& m : s.mentions) {
                ++entities_[m.entity].mentions;
                if (m.also != kNoEntity) {
                    ++entities_[m.also].mentions;
                }
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
                // An acronym the document defined earlier: "... Company (HESA)", then "HESA".
                if (const auto it = acronyms_.find(std::string(tokens_[i].text));
                    it != acronyms_.end()) {
                    s.mentions.push_back({i, i + 1, it->second, entities_[it->second].type});
                }
                ++i;
                continue;
            }
            const Surface& surface = lex_.surfaces()[static_cast<std::size_t>(best)];
            const LexiconEntity& entity = lex_.entities()[surface.entity];
            const std::uint32_t id = entity_for(entity.name, entity.type, surface.entity);
            best_end = absorb_acronym(s, best_end, id);
            s.mentions.push_back({i, best_end, id, entity.type});
            i = best_end;
        }
    }

    // "North Atlantic Treaty Organization (NATO)", "Iran Aircraft Manufacturing Industrial
    // Company (HESA)": a name followed by an acronym in parentheses. The acronym becomes part
    // of the mention, and an alias of the entity for the rest of the document. Returns the
    // mention's new end.
    std::uint32_t absorb_acronym(const SentenceState& s, const std::uint32_t end,
                                 const std::uint32_t entity) {
        if (end + 2 >= s.range.end || tokens_[end].norm != "(" || tokens_[end + 2].norm != ")" ||
            !tokens_[end + 1].all_caps) {
            return end;
        }
        acronyms_.try_emplace(std::string(tokens_[end + 1].text), entity);
        return end + 3;
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
            const bool definite =
                i == s.range.begin || (i > s.range.begin && tokens_[i - 1].norm == "the");
            s.titles.push_back({i, best_end, static_cast<std::uint32_t>(best), -1, -1, i,
                                best_end, -1, definite});
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
            // A sentence may open with a capitalized common noun: "Fighters of the ... Front".
            const bool common_opening =
                i == s.range.begin && (lex_.in_class("&AGENT", tokens_[i].norm) ||
                                       lex_.in_class("&TROOPS", tokens_[i].norm));
            if (covered(s, i) || in_title(s, i) || !name_word(i) || common_opening ||
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
                } else if (const std::uint32_t next = after_connectors(s, j);
                           next > j && next < end && name_word(next) && !covered(s, next)) {
                    j = next;  // "Ministry of Foreign Affairs", "Front for the Liberation of"
                } else {
                    break;
                }
            }
            const std::uint32_t stop = last + 1;
            // Right after a title, or after "title," in an apposition ("its chief, Jane Roe").
            const bool after_title =
                std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& t) {
                    return t.end == i || (t.end + 1 == i && tokens_[t.end].norm == ",");
                });
            const std::uint32_t words = stop - i;
            const bool sentence_start = i == s.range.begin;
            // "the Menaka region": a name before a lower-case word for a region is a place.
            const bool before_region = stop < end && !tokens_[stop].capitalized &&
                                       region_words().contains(tokens_[stop].norm);
            if (words >= 2 || after_title || (before_region && !sentence_start)) {
                if (!(sentence_start && words < 2)) {
                    // The head noun is the last word, or the last before "of"/"for":
                    // "Strategic Framework for the Defence of ..." is a framework.
                    std::uint32_t head_at = last;
                    for (std::uint32_t k = i + 1; k <= last; ++k) {
                        if (tokens_[k].norm == "of" || tokens_[k].norm == "for") {
                            head_at = k - 1;
                            break;
                        }
                    }
                    const std::string& head = tokens_[head_at].norm;
                    EntityType type = EntityType::kOther;
                    if (after_title) {
                        type = EntityType::kPerson;
                    } else if (before_region) {
                        type = EntityType::kLocation;
                    } else if (organization_heads().contains(head) ||
                               organization_heads().contains(tokens_[last].norm)) {
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
                    add_mention(s, {i, absorb_acronym(s, stop, entity), entity,
                                    entities_[entity].type});
                }
            }
            i = stop;
        }
    }

    // Past the words that join parts of one name ("of", "for the", "-"), at most two of them;
    // returns j itself when there are none.
    std::uint32_t after_connectors(const SentenceState& s, const std::uint32_t j) const {
        std::uint32_t k = j;
        while (k < s.range.end && k < j + 2 &&
               (name_connectors().contains(tokens_[k].norm) || tokens_[k].norm == "-")) {
            ++k;
        }
        return k;
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

    // The person a title names: right after it ("NATO Secretary-General Mark Rutte"), or in an
    // apposition ("Ukraine's foreign minister, Andrii Sybiha,"). Sets span_end past the name
    // and the apposition's closing comma.
    bool is_organization(const SentenceState& s, const std::int32_t k) const {
        if (k < 0) {
            return false;
        }
        const EntityType t = s.mentions[static_cast<std::size_t>(k)].type;
        return t == EntityType::kOrganization || t == EntityType::kCountry;
    }

    // The organization or country mentioned at token t ("the" allowed first), or -1.
    std::int32_t organization_at(const SentenceState& s, std::uint32_t t) const {
        if (t < s.range.end && tokens_[t].norm == "the") {
            ++t;
        }
        const std::int32_t k = mention_starting(s, t);
        return is_organization(s, k) ? k : -1;
    }

    bool person_at(const SentenceState& s, const std::uint32_t t) const {
        const std::int32_t k = mention_starting(s, t);
        if (k < 0) {
            return false;
        }
        const Mention& m = s.mentions[static_cast<std::size_t>(k)];
        return m.type == EntityType::kPerson ||
               (m.type == EntityType::kOther && entities_[m.entity].lexicon == kNoEntity);
    }

    std::int32_t title_holder(SentenceState& s, TitleHit& hit) {
        std::uint32_t at = hit.end;
        hit.of_organization = -1;
        // "Prime Minister of India Narendra Modi"
        if (at < s.range.end && tokens_[at].norm == "of") {
            const std::int32_t o = organization_at(s, at + 1);
            if (o >= 0 && person_at(s, s.mentions[static_cast<std::size_t>(o)].end)) {
                hit.of_organization = o;
                at = s.mentions[static_cast<std::size_t>(o)].end;
            }
        }
        const bool apposition = at < s.range.end && tokens_[at].norm == ",";
        if (apposition) {
            ++at;
        }
        const std::int32_t holder = mention_starting(s, at);
        if (holder < 0) {
            return -1;
        }
        Mention& m = s.mentions[static_cast<std::size_t>(holder)];
        if (m.type != EntityType::kPerson &&
            !(m.type == EntityType::kOther && entities_[m.entity].lexicon == kNoEntity)) {
            return -1;
        }
        m.type = EntityType::kPerson;
        entities_[m.entity].type = EntityType::kPerson;
        hit.span_end = m.end;
        if (apposition && m.end < s.range.end && tokens_[m.end].norm == ",") {
            hit.span_end = m.end + 1;
        }
        // "President Xi Jinping of the People's Republic of China"
        if (hit.of_organization < 0 && !apposition && m.end < s.range.end &&
            tokens_[m.end].norm == "of") {
            hit.of_organization = organization_at(s, m.end + 1);
            if (hit.of_organization >= 0) {
                hit.span_end = s.mentions[static_cast<std::size_t>(hit.of_organization)].end;
            }
        }
        return holder;
    }

    // The organization or country a title belongs to: right before it, before a possessive,
    // or, for "its"/"their", the nearest one earlier in the sentence ("the UN and its chief").
    std::int32_t title_organization(const SentenceState& s, const TitleHit& hit) const {
        const auto fits = [&](const std::int32_t k) { return is_organization(s, k); };
        // Before a possessive, with up to two lower-case words between ("Mali's transitional
        // president"), or right before the title ("NATO Secretary-General").
        const auto plain_word = [&](const std::uint32_t t) {
            return tokens_[t].kind == TokenKind::kWord && !tokens_[t].capitalized &&
                   tokens_[t].norm != "'s" && !covered(s, t);
        };
        // Not before a bare "chief" or "head": there the word between names another body
        // ("Sudan's army chief" heads the army, not Sudan).
        const std::string& title = lex_.titles()[hit.title].text;
        const int max_skip = title == "chief" || title == "head" || title == "leader" ? 0 : 2;
        std::uint32_t k = hit.begin;
        for (int skipped = 0; skipped < max_skip && k > s.range.begin && plain_word(k - 1);
             ++skipped) {
            --k;
        }
        if (k == hit.begin || k == s.range.begin || tokens_[k - 1].norm != "'s") {
            k = hit.begin;
        }
        const std::uint32_t before =
            k > s.range.begin && tokens_[k - 1].norm == "'s" ? k - 1 : hit.begin;
        if (const std::int32_t m = mention_ending(s, before); fits(m)) {
            return m;
        }
        if (hit.begin > s.range.begin &&
            (tokens_[hit.begin - 1].norm == "its" || tokens_[hit.begin - 1].norm == "their")) {
            for (auto m = static_cast<std::int32_t>(s.mentions.size()) - 1; m >= 0; --m) {
                if (s.mentions[static_cast<std::size_t>(m)].end < hit.begin && fits(m)) {
                    return m;
                }
            }
        }
        return hit.of_organization;
    }

    // Who holds each title, and of what: "NATO Secretary-General Mark Rutte".
    void tie_titles(SentenceState& s) {
        for (TitleHit& hit : s.titles) {
            hit.holder = title_holder(s, hit);
            hit.organization = title_organization(s, hit);
            if (hit.organization >= 0) {
                const Mention& m = s.mentions[static_cast<std::size_t>(hit.organization)];
                if (m.end >= hit.begin - 1) {  // adjacent, not "its"
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
            } else if (hit.definite) {  // "the Secretary-General", or opening a sentence
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

    // Statements and communiqués speak as "we". "We, the Foreign Ministers of the G7, ..." ties
    // "we" to the first organization or country the sentence names; from then on "we" is a
    // mention of it. Without such a sentence "we" stays nobody.
    void resolve_we(SentenceState& s) {
        const std::uint32_t first = s.range.begin;
        if (!we_ && s.range.end - first > 2 && tokens_[first].norm == "we" &&
            tokens_[first + 1].norm == ",") {
            for (const Mention& m : s.mentions) {
                if (m.type == EntityType::kOrganization || m.type == EntityType::kCountry) {
                    we_ = m.entity;
                    break;
                }
            }
        }
        if (!we_) {
            return;
        }
        bool added = false;
        for (std::uint32_t t = first; t < s.range.end; ++t) {
            if (tokens_[t].norm == "we" && !covered(s, t)) {
                add_mention(s, {t, t + 1, *we_, entities_[*we_].type});
                added = true;
            }
        }
        if (added) {
            retie_titles(s);  // mention indices moved
        }
    }

    // "the two countries", "both nations", "the two leaders": the pair the text just named.
    // Resolved only when the nearest stretch of text naming any candidate (the sentence so far,
    // else the sentences before it) names exactly two; otherwise it stays unresolved.
    void resolve_pairs(const std::uint32_t index) {
        static const std::unordered_set<std::string_view> kStates{
            "countries", "nations", "states", "governments", "neighbours", "neighbors", "sides",
            "allies", "capitals", "powers"};
        static const std::unordered_set<std::string_view> kPeople{
            "leaders", "presidents", "men", "ministers", "heads"};
        SentenceState& s = sentences_[index];
        bool added = false;
        for (std::uint32_t t = s.range.begin; t + 1 < s.range.end; ++t) {
            std::uint32_t noun = 0;
            if (tokens_[t].norm == "both") {
                noun = t + 1;
            } else if (tokens_[t].norm == "the" && t + 2 < s.range.end &&
                       tokens_[t + 1].norm == "two") {
                noun = t + 2;
            } else {
                continue;
            }
            const bool people = kPeople.contains(tokens_[noun].norm);
            if ((!people && !kStates.contains(tokens_[noun].norm)) || covered(s, t) ||
                covered(s, noun)) {
                continue;
            }
            const auto candidate = [&](const Mention& m) {
                return people ? m.type == EntityType::kPerson
                              : m.type == EntityType::kCountry ||
                                    m.type == EntityType::kOrganization;
            };
            std::set<std::uint32_t> named;
            const auto name = [&](const Mention& m) {
                named.insert(m.entity);
                if (m.also != kNoEntity) {
                    named.insert(m.also);
                }
            };
            for (const Mention& m : s.mentions) {
                if (m.end <= t && candidate(m)) {
                    name(m);
                }
            }
            if (named.empty() && index > 0) {
                for (const Mention& m : sentences_[index - 1].mentions) {
                    if (candidate(m)) {
                        name(m);
                    }
                }
            }
            if (named.size() != 2) {
                continue;
            }
            const std::uint32_t first = *named.begin();
            const std::uint32_t second = *std::next(named.begin());
            add_mention(s, {t, noun + 1, first, entities_[first].type, second});
            added = true;
        }
        if (added) {
            retie_titles(s);
        }
    }

    // "the regime", "the isolated regime", "the group": a definite description of the one
    // country (or organization) the text just named: the sentence so far, else the sentence
    // before. Two candidates there, or a description that goes on ("the group of ...",
    // "the alliance between ..."), leave it unresolved.
    void resolve_definite(const std::uint32_t index) {
        static const std::unordered_set<std::string_view> kCountryNouns{
            "regime", "government", "country", "nation", "kingdom", "republic", "state"};
        static const std::unordered_set<std::string_view> kOrganizationNouns{
            "group", "militia", "movement", "alliance", "bloc", "organisation", "organization",
            "union"};
        static const std::unordered_set<std::string_view> kGoesOn{
            "of", "between", "with", "that", "which", "who", "in", "for", "'s"};
        SentenceState& s = sentences_[index];
        bool added = false;
        for (std::uint32_t t = s.range.begin; t + 1 < s.range.end; ++t) {
            if (tokens_[t].norm != "the" || covered(s, t)) {
                continue;
            }
            std::uint32_t noun = t + 1;
            if (noun + 1 < s.range.end && !tokens_[noun].capitalized &&
                !kCountryNouns.contains(tokens_[noun].norm) &&
                !kOrganizationNouns.contains(tokens_[noun].norm) &&
                tokens_[noun].kind == TokenKind::kWord) {
                ++noun;  // one adjective: "the isolated regime"
            }
            const std::string& word = tokens_[noun].norm;
            const bool country = kCountryNouns.contains(word);
            if ((!country && !kOrganizationNouns.contains(word)) || covered(s, noun) ||
                tokens_[noun].capitalized ||
                (noun + 1 < s.range.end && kGoesOn.contains(tokens_[noun + 1].norm))) {
                continue;
            }
            const auto fits = [&](const Mention& m) {
                return m.also == kNoEntity &&
                       m.type == (country ? EntityType::kCountry : EntityType::kOrganization);
            };
            std::set<std::uint32_t> named;
            for (const Mention& m : s.mentions) {
                if (m.end <= t && fits(m)) {
                    named.insert(m.entity);
                }
            }
            if (named.empty() && index > 0) {
                for (const Mention& m : sentences_[index - 1].mentions) {
                    if (fits(m)) {
                        named.insert(m.entity);
                    }
                }
            }
            if (named.size() != 1) {
                continue;
            }
            const std::uint32_t entity = *named.begin();
            add_mention(s, {t, noun + 1, entity, entities_[entity].type});
            added = true;
            t = noun;
        }
        if (added) {
            retie_titles(s);
        }
    }

    // "He" or "She" opening a sentence is the one person the sentence before names, when it
    // names exactly one; otherwise nobody.
    void resolve_pronoun(const std::uint32_t index) {
        SentenceState& s = sentences_[index];
        const std::string& first = tokens_[s.range.begin].norm;
        if (index == 0 || (first != "he" && first != "she") || covered(s, s.range.begin)) {
            return;
        }
        std::set<std::uint32_t> people;
        for (const Mention& m : sentences_[index - 1].mentions) {
            if (m.type == EntityType::kPerson) {
                people.insert(m.entity);
            }
        }
        if (people.size() != 1) {
            return;
        }
        add_mention(s, {s.range.begin, s.range.begin + 1, *people.begin(), EntityType::kPerson});
        retie_titles(s);
    }

    void retie_titles(SentenceState& s) {
        for (TitleHit& hit : s.titles) {
            hit.holder = title_holder(s, hit);
            hit.organization = title_organization(s, hit);
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
    // Whether unit u of `units` negates or hedges what follows: a word of &NEGATION or &HEDGE,
    // or a two-word member starting there ("vowed to", "ruled out").
    bool negation_at(const std::vector<Unit>& units, const std::uint32_t u) const {
        if (units[u].mention >= 0) {
            return false;
        }
        const std::string& norm = tokens_[units[u].token].norm;
        const std::string* next = u + 1 < units.size() && units[u + 1].mention < 0
                                      ? &tokens_[units[u + 1].token].norm
                                      : nullptr;
        if (norm == "not" && next != nullptr && *next == "only") {
            return false;  // "not only ... but also" affirms
        }
        for (const std::string_view name : {"&NEGATION", "&HEDGE"}) {
            if (lex_.in_class(name, norm) ||
                (next != nullptr && lex_.in_class(name, norm + " " + *next))) {
                return true;
            }
        }
        return false;
    }

    bool negated(const SentenceView& view, const PatternMatch& match) const {
        const auto is_negation = [&](const std::uint32_t u) { return negation_at(view.units, u); };
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
        // A fact needs two entities; "the two countries" is one mention naming two.
        if (s.mentions.size() < 2 && (s.mentions.empty() || s.mentions[0].also == kNoEntity)) {
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
            const Mention titled{std::min(hit.span_begin, hit.begin), hit.span_end, holder.entity,
                                 EntityType::kPerson};
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
        const auto try_rule = [&](const SentenceView& on, const std::uint32_t rule_index,
                                  const std::uint32_t unit) {
            const Rule& rule = rules[rule_index];
            const auto match = match_at(rule.pattern, on, unit);
            if (!match || negated(on, *match)) {
                return;
            }
            for (const std::uint32_t subject : match->subjects) {
                for (const std::uint32_t object : match->objects) {
                    emit(subject, rule.relation, object, rule.id);
                }
            }
            // Every pair of a P group; a relation that is not symmetric holds both ways
            // ("clashes between A and B": A fights B and B fights A).
            for (std::size_t a = 0; a < match->pairs.size(); ++a) {
                for (std::size_t b = a + 1; b < match->pairs.size(); ++b) {
                    emit(match->pairs[a], rule.relation, match->pairs[b], rule.id);
                    if (!is_symmetric(rule.relation)) {
                        emit(match->pairs[b], rule.relation, match->pairs[a], rule.id);
                    }
                }
            }
        };
        for (std::uint32_t u = 0; u < view.units.size(); ++u) {
            const Unit& unit = view.units[u];
            if (unit.mention >= 0) {
                for (const std::uint32_t r : lex_.rules_starting_with_slot()) {
                    try_rule(view, r, u);
                }
            } else if (const auto* list = lex_.rules_starting_with(tokens_[unit.token].norm)) {
                for (const std::uint32_t r : *list) {
                    try_rule(view, r, u);
                }
            }
        }
        // Coordinated predicates share the sentence's subject: in "Japan summoned the envoy and
        // accused Beijing of ...", Japan accused Beijing. Each "and <verb>" is read again as a
        // clause of its own, "Japan accused Beijing of ...", unless the first predicate is
        // negated or hedged.
        for (const auto& clause : coordinated_clauses(view)) {
            for (const std::uint32_t r : lex_.rules_starting_with_slot()) {
                try_rule(clause, r, 0);
            }
        }
        // An apposition or a relative clause between a name and its verb is read past: "The
        // United States, a treaty ally of the Philippines, voiced support for Manila".
        for (const auto& [at, clause] : without_appositions(view)) {
            for (const std::uint32_t r : lex_.rules_starting_with_slot()) {
                try_rule(clause, r, at);
            }
        }
    }

    // Views with one apposition left out: a mention followed by ", a|an|the|its ... ," or
    // ", which|who ... ," of at most ten words, closed by a comma before the end of the
    // sentence. Each comes with the unit of the mention, where the rules are tried.
    std::vector<std::pair<std::uint32_t, SentenceView>> without_appositions(
        const SentenceView& view) const {
        static const std::unordered_set<std::string_view> kOpensApposition{
            "a", "an", "the", "its", "his", "her", "their", "which", "who", "whose", "also"};
        std::vector<std::pair<std::uint32_t, SentenceView>> out;
        const auto& units = view.units;
        const auto norm = [&](const std::uint32_t u) -> const std::string* {
            return u < units.size() && units[u].mention < 0 ? &tokens_[units[u].token].norm
                                                            : nullptr;
        };
        for (std::uint32_t u = 0; u + 3 < units.size(); ++u) {
            const std::string* comma = norm(u + 1);
            const std::string* first = norm(u + 2);
            if (units[u].mention < 0 || comma == nullptr || *comma != "," || first == nullptr ||
                !kOpensApposition.contains(*first)) {
                continue;
            }
            std::uint32_t close = u + 3;
            while (close < units.size() && close <= u + 12) {
                const std::string* t = norm(close);
                if (t != nullptr && (*t == "," || *t == ";" || *t == ":" || *t == "." ||
                                     *t == "--" || *t == "(" || *t == ")")) {
                    break;
                }
                ++close;
            }
            const std::string* t = norm(close);
            if (t == nullptr || *t != "," || close + 1 >= units.size()) {
                continue;
            }
            SentenceView clause{view.tokens, view.mentions, {}};
            clause.units.assign(units.begin(), units.begin() + u + 1);
            clause.units.insert(clause.units.end(), units.begin() + close + 1, units.end());
            out.emplace_back(u, std::move(clause));
        }
        return out;
    }

    // Views of "SUBJECT <predicate after and>" for each predicate coordinated with an earlier
    // one. The subject is the latest clause subject before the "and": a mention group that
    // opens the sentence (after an article) or a reported clause ("... say Rwanda supports X
    // and has deployed ..."), followed by a lower-case word. A predicate is coordinated when
    // "and" is followed by a lower-case word that does not start a noun phrase.
    std::vector<SentenceView> coordinated_clauses(const SentenceView& view) const {
        std::vector<SentenceView> clauses;
        const auto& units = view.units;
        const auto word = [&](const std::uint32_t u) -> const Token* {
            return u < units.size() && units[u].mention < 0 ? &tokens_[units[u].token] : nullptr;
        };
        // Words after which a clause starts: reported speech, and the colon or dash that ends
        // a dateline or a Q&A prompt ("SEOUL, Nov. 13 - ...", "A: ...").
        static const std::unordered_set<std::string_view> kOpensClause{
            "that", "say", "says", "said", "claim", "claims", "claimed", "believe", "believes",
            "insist", "insists", "insisted", ":", "-", "--"};
        const auto is_article = [&](const std::uint32_t u) {
            const Token* t = word(u);
            return t != nullptr && (t->norm == "the" || t->norm == "a" || t->norm == "an");
        };
        // Whether a clause can start at unit u: the sentence's start or a reported clause's,
        // an article allowed in between.
        const auto clause_start = [&](std::uint32_t u) {
            if (u > 0 && is_article(u - 1)) {
                --u;
            }
            const Token* before = u > 0 ? word(u - 1) : nullptr;
            return u == 0 || (before != nullptr && kOpensClause.contains(before->norm));
        };
        static const std::unordered_set<std::string_view> kNotAVerb{
            "the", "a", "an", "its", "their", "his", "her", "other", "then", "that", "this",
            "these", "those", "some", "many", "most", "all", "both", "each", "not"};
        // The subject group starting at unit u, as [u, end), when u can open a clause.
        const auto subject_at = [&](const std::uint32_t u) -> std::optional<std::uint32_t> {
            if (units[u].mention < 0 || !clause_start(u)) {
                return std::nullopt;
            }
            std::uint32_t end = u + 1;
            while (end + 1 < units.size() && units[end + 1].mention >= 0) {
                const Token* sep = word(end);
                if (sep == nullptr || (sep->norm != "and" && sep->norm != "," &&
                                       sep->norm != "-" && sep->norm != "or")) {
                    break;
                }
                end += 2;
            }
            const Token* next = word(end);
            if (next == nullptr || next->capitalized || next->kind != TokenKind::kWord ||
                next->norm == "and") {
                return std::nullopt;
            }
            return end;
        };
        bool has_subject = false;
        std::uint32_t begin = 0;  // the current subject group, [begin, end)
        std::uint32_t end = 0;
        for (std::uint32_t u = 0; u + 1 < units.size(); ++u) {
            if (const auto subject_end = subject_at(u)) {
                has_subject = true;
                begin = u;
                end = *subject_end;
                u = end - 1;
                continue;
            }
            if (!has_subject) {
                continue;
            }
            if (negation_at(units, u)) {
                has_subject = false;  // "did not X and Y": the second predicate is not affirmed
                continue;
            }
            const Token* t = word(u);
            if (t == nullptr || t->norm != "and") {
                continue;
            }
            const Token* next = word(u + 1);
            if (next == nullptr || next->capitalized || next->kind != TokenKind::kWord ||
                kNotAVerb.contains(next->norm)) {
                continue;
            }
            SentenceView clause{view.tokens, view.mentions, {}};
            clause.units.assign(units.begin() + begin, units.begin() + end);
            clause.units.insert(clause.units.end(), units.begin() + u + 1, units.end());
            clauses.push_back(std::move(clause));
        }
        return clauses;
    }

    const Lexicon& lex_;
    const Document& doc_;
    std::vector<Token> tokens_;
    std::vector<SentenceState> sentences_;
    std::vector<DocEntity> entities_;
    std::unordered_map<std::string, std::uint32_t> entity_index_;
    std::map<std::pair<std::uint32_t, Relation>, std::set<std::uint32_t>> holders_by_role_;
    std::map<std::string, std::set<std::uint32_t>> holders_by_title_;
    std::unordered_map<std::string, std::uint32_t> acronyms_;  // defined in this document
    std::optional<std::uint32_t> we_;  // who "we" is, when the document says so
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

std::optional<std::string> Extractor::canonical_name(const std::string_view name) const {
    std::vector<Token> tokens;
    tokenize(name, 0, name.size(), tokens);
    if (tokens.size() > 1 && tokens.front().norm == "the") {
        tokens.erase(tokens.begin());
    }
    std::uint32_t node = TokenTrie::kRoot;
    for (const Token& token : tokens) {
        node = lexicon_->names().step(node, token.norm);
        if (node == TokenTrie::kRoot) {
            return std::nullopt;
        }
    }
    const std::int32_t surface = lexicon_->names().value(node);
    if (tokens.empty() || surface == TokenTrie::kNoValue) {
        return std::nullopt;
    }
    const auto& s = lexicon_->surfaces()[static_cast<std::size_t>(surface)];
    return lexicon_->entities()[s.entity].name;
}

std::size_t Extractor::entity_count() const { return lexicon_->entities().size(); }

std::size_t Extractor::rule_count() const { return lexicon_->rules().size(); }

}  // namespace kg::extract
