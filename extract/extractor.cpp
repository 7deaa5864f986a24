// A document's extraction, in order: mentions, then references, then facts (see
// document_extraction.h); and the Extractor that runs it.

#include <algorithm>
#include <set>
#include <tuple>

#include "extract/document_extraction.h"
#include "extract/text.h"
#include "extract/word_lists.h"

namespace kg::extract {

namespace {

// Body text is read this much at a time: tokens take about eight bytes of memory a byte of
// text, so a 200 MB file read whole took 1.9 GB. No news article comes near it; a file that
// does is a dump of many, or a log.
constexpr std::size_t kWindowBytes = std::size_t{4} << 20;

// Where the window that starts at `begin` ends: at the end of the text when that is near, else
// after the last space or line break of the window's second half (between two tokens), else at
// a character's start. The window's last sentence, which this may cut, is read again with the
// next window (read_window).
std::size_t window_end(const std::string_view text, const std::size_t begin) {
    if (text.size() - begin <= kWindowBytes) {
        return text.size();
    }
    const std::size_t half = begin + kWindowBytes / 2;
    const std::size_t space = text.substr(half, kWindowBytes / 2).find_last_of(" \t\r\n");
    if (space != std::string_view::npos) {
        return half + space + 1;
    }
    std::size_t end = begin + kWindowBytes;
    while (end > half && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;  // a continuation byte of UTF-8
    }
    return end;
}

}  // namespace

ExtractedDocument DocumentExtraction::run() {
    ExtractedDocument out;
    out.meta = doc_.meta;
    // A window's sentences are read with what the windows before established (the document's
    // entities, acronyms, titles and "we"), but a reference is resolved only within its window.
    std::size_t begin = doc_.body_begin;
    do {
        begin = read_window(begin, window_end(doc_.text, begin), out.facts);
    } while (begin < doc_.text.size());
    for (const DocEntity& entity : entities_) {
        if (entity.mentions == 0) {
            continue;
        }
        EntityRecord record{entity.name, entity.type, {}, entity.mentions};
        if (entity.lexicon != kNoEntity) {
            record.aliases = lex_.entities()[entity.lexicon].aliases;
        }
        record.aliases.insert(record.aliases.end(), entity.written.begin(), entity.written.end());
        out.entities.push_back(std::move(record));
    }
    std::sort(out.entities.begin(), out.entities.end(),
              [](const EntityRecord& a, const EntityRecord& b) { return a.name < b.name; });
    return out;
}

std::size_t DocumentExtraction::read_window(const std::size_t begin, const std::size_t end,
                                            std::vector<FactRecord>& facts) {
    const bool first = begin == doc_.body_begin;
    tokens_.clear();
    sentences_.clear();
    folded_.others.clear();
    // About one token in six bytes of news: room for all of them at once, instead of moving
    // every token each time the vector grows.
    tokens_.reserve((end - begin) / 6 + 16);
    if (first && doc_.title_end > 0) {
        tokenize(doc_.text, doc_.title_begin, doc_.title_end, tokens_, folded_);
        Token gap;
        gap.kind = TokenKind::kBreak;
        gap.offset = static_cast<std::uint32_t>(doc_.title_end);
        tokens_.push_back(std::move(gap));
    }
    tokenize(doc_.text, begin, end, tokens_, folded_, first || doc_.text[begin - 1] == '\n');
    lex_.number_words(tokens_);
    bracketed_.clear();
    for (std::size_t i = 1; i + 1 < tokens_.size(); ++i) {
        if (tokens_[i].all_caps && tokens_[i - 1].norm == "(" && tokens_[i + 1].norm == ")" &&
            i >= 2 && !tokens_[i - 2].all_caps) {  // not after a heading in capitals
            bracketed_.insert(tokens_[i].text);
        }
    }
    std::vector<Sentence> ranges = split_sentences(tokens_);
    // Where the window ends, its last sentence may be cut short, or end only because the window
    // does: unless the text ends here too, it is left to the next window, which starts with it.
    // The next window must tokenize from there as this one did, so it starts after a space: a
    // sentence cut at 200 tokens may start inside a word ("n't", "-General"), and then the
    // sentence before it is left too.
    std::size_t next = end;
    if (end < doc_.text.size()) {
        for (std::size_t k = ranges.size(); k-- > 1;) {
            const std::size_t at = tokens_[ranges[k].begin].offset;
            if (at > begin && std::string_view(" \t\r\n").find(doc_.text[at - 1]) !=
                                  std::string_view::npos) {
                next = at;
                ranges.resize(k);
                break;
            }
        }
    }
    for (const Sentence& range : ranges) {
        SentenceState& s = sentences_.emplace_back();
        s.range = range;
        find_lexicon_mentions(s);
        find_titles(s);
        find_dateline_place(s);
        find_new_names(s);
        absorb_places_in_names(s);
        absorb_styles(s);
        absorb_governments(s);
        absorb_demonyms(s);
        tie_titles(s);
        note_surnames(s);
    }
    for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
        resolve_roles(sentences_[i]);
        resolve_we(sentences_[i]);
        resolve_first_person(i);
        resolve_pairs(i);
        resolve_pronoun(i);
        resolve_speaker_pronoun(i);
        resolve_opening_pronoun(i);
        resolve_object_pronoun(i);
        resolve_urged_pronoun(i);
        resolve_definite(i);
    }
    // Counted before the facts: a title's home in the lexicon counts only where the text names
    // it (extract_facts).
    for (const SentenceState& s : sentences_) {
        for (const Mention& m : s.mentions) {
            ++entities_[m.entity].mentions;
            if (m.also != kNoEntity) {
                ++entities_[m.also].mentions;
            }
        }
    }
    for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
        extract_facts(i, facts);
    }
    sentences_before_ += static_cast<std::uint32_t>(sentences_.size());
    return next;
}

std::uint32_t DocumentExtraction::entity_for(const std::string& name, const EntityType type,
                                             const std::uint32_t lexicon_index) {
    const auto [it, inserted] =
        entity_index_.try_emplace(name, static_cast<std::uint32_t>(entities_.size()));
    if (inserted) {
        entities_.push_back({name, type, lexicon_index, 0, {}});
    }
    return it->second;
}

bool DocumentExtraction::covered(const SentenceState& s, const std::uint32_t token) const {
    return std::any_of(s.mentions.begin(), s.mentions.end(),
                       [&](const Mention& m) { return token >= m.begin && token < m.end; });
}

void DocumentExtraction::add_mention(SentenceState& s, const Mention& m) {
    const auto at =
        std::lower_bound(s.mentions.begin(), s.mentions.end(), m,
                         [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    s.mentions.insert(at, m);
}

std::int32_t DocumentExtraction::mention_starting(const SentenceState& s,
                                                  const std::uint32_t token) const {
    for (std::size_t k = 0; k < s.mentions.size(); ++k) {
        if (s.mentions[k].begin == token) {
            return static_cast<std::int32_t>(k);
        }
    }
    return -1;
}

std::int32_t DocumentExtraction::mention_ending(const SentenceState& s,
                                                const std::uint32_t token) const {
    for (std::size_t k = 0; k < s.mentions.size(); ++k) {
        if (s.mentions[k].end == token) {
            return static_cast<std::int32_t>(k);
        }
    }
    return -1;
}

bool DocumentExtraction::retraction(const SentenceState& s) const {
    // "An earlier version of this story (of UPDATE 1, of the report) said ...": the
    // outlet's own correction, not an earlier version of a weapon.
    static const FoldedWordSet kPieces{"this", "the", "our", "update", "story", "article",
                                       "report", "item", "piece"};
    static const FoldedWordSet kReports{"said", "reported", "stated", "wrote", "misstated",
                                        "misidentified", "misquoted", "gave"};
    for (std::uint32_t t = s.range.begin; t + 3 < s.range.end; ++t) {
        const std::string_view w = tokens_[t].norm;
        if ((w == "earlier" || w == "previous") && tokens_[t + 1].norm == "version" &&
            tokens_[t + 2].norm == "of" && kPieces.contains(tokens_[t + 3])) {
            // ... that says what it said: "Russia supplied an earlier version of the Pantsir
            // system to Syria" is no correction.
            for (std::uint32_t k = t + 4; k < s.range.end; ++k) {
                if (kReports.contains(tokens_[k])) {
                    return true;
                }
            }
        }
    }
    return false;
}

bool DocumentExtraction::yes_no_question(const SentenceState& s) const {
    static const FoldedWordSet kAuxiliaries{
        "is",   "are",   "was",   "were",   "do",     "does",  "did",    "will", "would",
        "can",  "could", "should", "shall", "has",    "have",  "had",    "may",  "might",
        "must", "isn't", "aren't", "didn't", "doesn't", "won't", "hasn't", "haven't"};
    static const FoldedWordSet kQuotes{"\"", "'", "\u201c", "\u2018"};
    std::uint32_t first = s.range.begin;
    // Past a speaker's label in an interview: "Q: Are ...", "Question: Is ...", "Q (Emily
    // Carter, Reuters): Has ...".
    if (first + 2 < s.range.end && tokens_[first + 1].norm == ":") {
        first += 2;
    } else if (first + 2 < s.range.end && tokens_[first + 1].norm == "(") {
        for (std::uint32_t t = first + 2; t + 2 < s.range.end && t <= first + 10; ++t) {
            if (tokens_[t].norm == ")") {
                if (tokens_[t + 1].norm == ":") {
                    first = t + 2;
                }
                break;
            }
        }
    }
    // A quoted question opening the sentence: "\"Is Russia arming the Houthis?\" he asked."
    if (kQuotes.contains(tokens_[first]) && first + 1 < s.range.end &&
        kAuxiliaries.contains(tokens_[first + 1])) {
        for (std::uint32_t t = first + 2; t + 1 < s.range.end; ++t) {
            if (tokens_[t].norm == "?" && kQuotes.contains(tokens_[t + 1])) {
                return true;
            }
        }
    }
    // A quote that opens before the question and goes on after it: "\"Is Kenya backing the
    // RSF? Absolutely not,\" Ruto said." is split at the question mark.
    if (kQuotes.contains(tokens_[first]) && first + 1 < s.range.end) {
        ++first;
    }
    return tokens_[s.range.end - 1].norm == "?" && kAuxiliaries.contains(tokens_[first]);
}

std::string DocumentExtraction::sentence_text(const SentenceState& s) const {
    const Token& first = tokens_[s.range.begin];
    const Token& last = tokens_[s.range.end - 1];
    const std::string_view raw = std::string_view(doc_.text).substr(
        first.offset, last.offset + last.text.size() - first.offset);
    // Line breaks and runs of spaces inside a sentence are layout, not text. Each run becomes
    // one space, so the text is never longer than the raw bytes: it is written into a string of
    // that size, then cut. Most sentences are on one line with single spaces, and are their
    // raw bytes: those are told apart eight bytes at a time.
    if (!has_layout(raw)) {
        return std::string(raw);
    }
    std::string text(raw.size(), '\0');
    std::size_t n = 0;
    bool space = false;
    for (const char c : raw) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = true;
            continue;
        }
        if (space && n > 0) {
            text[n++] = ' ';
        }
        space = false;
        text[n++] = c;
    }
    text.resize(n);
    return text;
}

std::uint32_t DocumentExtraction::heading_body(const SentenceState& heading) const {
    constexpr std::uint32_t kMaxHeadingTokens = 8;
    if (heading.range.end - heading.range.begin > kMaxHeadingTokens || heading.mentions.empty()) {
        return kNoEntity;
    }
    const std::uint32_t body = heading.mentions.front().entity;
    const bool one_body = std::all_of(heading.mentions.begin(), heading.mentions.end(),
                                      [&](const Mention& m) { return m.entity == body; });
    return one_body && heading.mentions.front().type == EntityType::kOrganization ? body
                                                                                    : kNoEntity;
}

bool DocumentExtraction::opens_member_list(const SentenceState& s) const {
    static const FoldedWordSet kMembers{"members", "member", "membership"};
    static const FoldedWordSet kKinds{"states", "countries", "nations"};
    std::uint32_t t = s.range.begin;
    if (t >= s.range.end || !kMembers.contains(tokens_[t])) {
        return false;
    }
    ++t;
    if (t < s.range.end && kKinds.contains(tokens_[t])) {
        ++t;
    }
    return t < s.range.end && tokens_[t].norm == ":";
}

void DocumentExtraction::extract_facts(const std::uint32_t index, std::vector<FactRecord>& facts) {
    const SentenceState& s = sentences_[index];
    // The lexicon's home of a bare title ("President Donald Trump"), when the document names
    // it too (in this window or before): otherwise the fact would be the lexicon's, not the
    // text's.
    const auto home_of = [&](const TitleHit& hit) {
        return hit.holder >= 0 && hit.home != kNoEntity && entities_[hit.home].mentions > 0 &&
                       lex_.titles()[hit.title].relation
                   ? hit.home
                   : kNoEntity;
    };
    // A fact needs two entities; "the two countries" is one mention naming two, and
    // "President Donald Trump" names the other through the lexicon.
    const bool two_named =
        s.mentions.size() >= 2 || (!s.mentions.empty() && s.mentions[0].also != kNoEntity);
    if (!two_named && std::none_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& hit) {
            return home_of(hit) != kNoEntity;
        })) {
        return;
    }
    const std::size_t first_fact = facts.size();
    std::set<std::tuple<std::uint32_t, Relation, std::uint32_t>> seen;
    std::string text;
    const auto emit = [&](std::uint32_t subject, Relation relation, std::uint32_t object,
                          const std::string& rule) {
        if (subject == object) {
            return;
        }
        // Troops sent to a body, not a place, are troops it is given: "Burundi and Kenya sent
        // contingents to AMISOM" (the ontology counts troops among what is supplied).
        if (relation == Relation::kDeploysTo &&
            entities_[object].type == EntityType::kOrganization) {
            relation = Relation::kSupplies;
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
        facts.push_back({entities_[subject].name, relation, entities_[object].name, rule,
                         sentences_before_ + index, tokens_[s.range.begin].offset, text});
    };
    // A fact sheet's list under a heading that names one body: "THE GULF COOPERATION COUNCIL
    // (GCC)", then "Members: Saudi Arabia, the United Arab Emirates, ...".
    if (index > 0) {
        if (const std::uint32_t body = heading_body(sentences_[index - 1]);
            body != kNoEntity && opens_member_list(s)) {
            for (const Mention& m : s.mentions) {
                if (m.type == EntityType::kCountry) {
                    emit(m.entity, Relation::kMemberOf, body, "member.heading-list");
                }
            }
        }
    }

    // A head of state's counterpart heads the other state: "Mozambican President Daniel Chapo
    // thanked his Rwandan counterpart, Paul Kagame". The first need not name the state its
    // head heads: "Prime Minister Jotham Napat met his Australian counterpart, Anthony
    // Albanese".
    const TitleHit* head_of_state = nullptr;
    for (const TitleHit& hit : s.titles) {
        const Title& title = lex_.titles()[hit.title];
        if (title.relation == Relation::kLeads && title.home != TitleHome::kOrganization &&
            hit.holder >= 0 && !hit.former &&
            (hit.organization < 0 ? title.home == TitleHome::kCountry
                                  : s.mentions[static_cast<std::size_t>(hit.organization)].type ==
                                        EntityType::kCountry)) {
            head_of_state = &hit;
            break;
        }
    }
    for (const TitleHit& hit : s.titles) {
        const Title& title = lex_.titles()[hit.title];
        if (head_of_state != nullptr && title.text == "counterpart" &&
            hit.begin > head_of_state->begin && hit.holder >= 0 && hit.organization >= 0 &&
            !hit.former &&
            s.mentions[static_cast<std::size_t>(hit.organization)].type == EntityType::kCountry) {
            emit(s.mentions[static_cast<std::size_t>(hit.holder)].entity, Relation::kLeads,
                 s.mentions[static_cast<std::size_t>(hit.organization)].entity,
                 "title:counterpart");
        }
        if (hit.holder < 0 || hit.former || !title.relation) {
            continue;
        }
        const std::uint32_t holder = s.mentions[static_cast<std::size_t>(hit.holder)].entity;
        // A body's title before a country or a place names no head of it: "the Iranian
        // director Jafar Panahi" makes films; "Texas Governor Greg Abbott" heads no body.
        if (hit.organization >= 0 && title.home == TitleHome::kOrganization &&
            s.mentions[static_cast<std::size_t>(hit.organization)].type !=
                EntityType::kOrganization) {
            continue;
        }
        if (hit.organization >= 0) {
            emit(holder, *title.relation,
                 s.mentions[static_cast<std::size_t>(hit.organization)].entity,
                 "title:" + title.text);
        }
    }
    // Last, so that a rule that reads the same fact in the text is the one recorded.
    const auto emit_homes = [&] {
        for (const TitleHit& hit : s.titles) {
            if (const std::uint32_t home = home_of(hit); home != kNoEntity) {
                const Title& title = lex_.titles()[hit.title];
                emit(s.mentions[static_cast<std::size_t>(hit.holder)].entity, *title.relation,
                     home, "title:" + title.text + " (people.tsv)");
            }
        }
    };
    if (!two_named) {
        emit_homes();
        return;
    }

    // A yes-no question asks whether something holds; it states nothing ("Are Iran and the
    // United States cooperating?"); a retraction takes back what it repeats. Their titles
    // still say who holds them.
    if (yes_no_question(s) || retraction(s)) {
        emit_homes();
        return;
    }

    // For the rules, "North Korean leader Kim Jong Un" is one mention of the person: in
    // "Putin met North Korean leader Kim Jong Un" the one met is Kim, not North Korea.
    std::vector<Mention>& mentions = rule_mentions_;
    mentions = s.mentions;
    for (Mention& m : mentions) {
        m.demonym = m.end == m.begin + 1 && m.type == EntityType::kCountry && is_demonym(m.begin);
    }
    for (const TitleHit& hit : s.titles) {
        if (hit.holder < 0) {
            continue;
        }
        const Mention& holder = s.mentions[static_cast<std::size_t>(hit.holder)];
        Mention titled{std::min(hit.span_begin, hit.begin), hit.span_end, holder.entity,
                       EntityType::kPerson};
        // A title held before still names the person: "met then-Prime Minister Garry
        // Conille", "met former President X" (who leads nothing: see try_rule).
        if (hit.former && titled.begin == hit.begin && titled.begin > s.range.begin) {
            if (former_words().contains(tokens_[titled.begin - 1])) {
                titled.begin -= 1;
            } else if (titled.begin >= s.range.begin + 2 &&
                       tokens_[titled.begin - 1].norm == "-" &&
                       former_words().contains(tokens_[titled.begin - 2])) {
                titled.begin -= 2;
            }
        }
        // "Niger's ruler, General Abdourahamane Tiani,": the second title lies inside the
        // first's span, which stays whole.
        if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
                return m.entity == titled.entity && m.begin <= titled.begin &&
                       titled.end <= m.end && (m.begin < titled.begin || titled.end < m.end);
            })) {
            continue;
        }
        std::erase_if(mentions, [&](const Mention& m) {
            return m.begin < titled.end && titled.begin < m.end;
        });
        mentions.insert(
            std::lower_bound(mentions.begin(), mentions.end(), titled,
                             [](const Mention& a, const Mention& b) { return a.begin < b.begin; }),
            titled);
    }

    SentenceView view{tokens_, mentions, {}};
    view.units.reserve(s.range.end - s.range.begin);
    // Where a caption places a person, "(left)", "(2nd R)", is read past: "Prince Faisal bin
    // Farhan (right) meets Iranian Foreign Minister Abbas Araghchi".
    static const FoldedWordSet kPlaces{"left", "right", "centre", "center", "front", "back",
                                       "top",  "bottom", "l",     "r",      "c",     "second",
                                       "third", "2nd",  "3rd",   "far",    "rear"};
    const auto caption_place = [&](const std::uint32_t t) -> std::uint32_t {
        if (tokens_[t].norm != "(") {
            return 0;
        }
        std::uint32_t k = t + 1;
        while (k < s.range.end && k < t + 4 && kPlaces.contains(tokens_[k])) {
            ++k;
        }
        return k > t + 1 && k < s.range.end && tokens_[k].norm == ")" ? k + 1 - t : 0;
    };
    // So is a short parenthesis after a person's name, which gives a party, a seat or an age:
    // "Senator Ted Cruz (R-Texas) accused Doha", "Dr Rachel Okafor (Kingsmere) (Lab):".
    const auto person_aside = [&](const std::uint32_t t) -> std::uint32_t {
        if (tokens_[t].norm != "(" || view.units.empty() || view.units.back().mention < 0 ||
            mentions[static_cast<std::size_t>(view.units.back().mention)].type !=
                EntityType::kPerson) {
            return 0;
        }
        for (std::uint32_t k = t + 1; k < s.range.end && k <= t + 6; ++k) {
            if (tokens_[k].norm == ")") {
                return k + 1 - t;
            }
            if (tokens_[k].norm == "(" || tokens_[k].norm == "," || tokens_[k].norm == ";") {
                return 0;
            }
        }
        return 0;
    };
    // And a name's translation, quoted in brackets: "Viv Ansanm ("Living Together"), a
    // coalition led by Jimmy Cherizier".
    const auto name_gloss = [&](const std::uint32_t t) -> std::uint32_t {
        static const FoldedWordSet kQuotes{"\"", "\u201c", "\u201d", "'", "\u2018", "\u2019"};
        if (tokens_[t].norm != "(" || view.units.empty() || view.units.back().mention < 0 ||
            t + 3 >= s.range.end || !kQuotes.contains(tokens_[t + 1])) {
            return 0;
        }
        for (std::uint32_t k = t + 2; k + 1 < s.range.end && k <= t + 8; ++k) {
            if (kQuotes.contains(tokens_[k])) {
                return tokens_[k + 1].norm == ")" ? k + 2 - t : 0;
            }
        }
        return 0;
    };
    std::size_t next_mention = 0;
    for (std::uint32_t t = s.range.begin; t < s.range.end;) {
        if (const std::uint32_t skip = caption_place(t);
            skip > 0 &&
            (next_mention >= mentions.size() || mentions[next_mention].begin >= t + skip)) {
            t += skip;
            continue;
        }
        if (const std::uint32_t skip = std::max(person_aside(t), name_gloss(t)); skip > 0) {
            t += skip;
            while (next_mention < mentions.size() && mentions[next_mention].begin < t) {
                ++next_mention;
            }
            continue;
        }
        if (next_mention < mentions.size() && mentions[next_mention].begin == t) {
            view.units.push_back({t, static_cast<std::int32_t>(next_mention)});
            t = mentions[next_mention].end;
            ++next_mention;
        } else {
            view.units.push_back({t, -1});
            ++t;
        }
    }
    // A fact box's line is its heading's: "United States: sanctioned Hemedti in January",
    // "Rapid Support Forces: led by Mohamed Hamdan Dagalo" are read as "United States
    // sanctioned Hemedti ...", every view of it included.
    if (view.units.size() > 3 && view.units[0].mention >= 0) {
        const Token* colon = plain_token(view.units, 1);
        const Token* verb = plain_token(view.units, 2);
        if (colon != nullptr && colon->norm == ":" && verb != nullptr && !verb->capitalized &&
            verb->kind == TokenKind::kWord) {
            view.units.erase(view.units.begin() + 1);
        }
    }
    const auto& rules = lex_.rules();
    // Most rules need a word this sentence does not hold: they are not tried at all.
    lex_.possible_rules(tokens_, s.range.begin, s.range.end, possible_rules_);
    std::vector<std::uint32_t>& slot_rules = slot_rules_;
    lex_.possible_slot_rules(possible_rules_, slot_rules);
    // A passive rule reads the name it opens with as the subject ("Kyiv was condemned by
    // ..."); after a preposition it is not one: in "The attack on Kyiv was condemned by
    // France", the attack was condemned. ("The governments of Mali and Niger were backed by"
    // is theirs: "of" counts only after a word for an act, as in "The invasion of Ukraine
    // was condemned".) The name may be the second of a group ("The attacks on Israel and
    // Lebanon"), after "the" or a word for a direction ("on western Ukraine").
    // So does a rule that opens with the subject of an act.
    static const FoldedWordSet kPrepositions{
        "on",   "against", "over",   "for",    "about",  "toward", "towards", "into",
        "in",   "with",    "to",     "at",     "near",   "inside", "within",  "across",
        "amid", "among",   "through", "via",   "around", "under",  "without"};
    static const FoldedWordSet kActs{"invasion",  "bombing", "shelling", "blockade",
                                     "annexation", "attack", "attacks",  "occupation",
                                     "bombardment", "siege", "sanctioning", "isolation"};
    const auto after_preposition = [&](const SentenceView& on, std::uint32_t unit) {
        // A name's possessive opens a noun phrase of its own: "in response to Russia's
        // invasion of Ukraine".
        if (const Token* next = plain_token(on.units, unit + 1);
            next != nullptr && next->word == Vocabulary::kPossessive) {
            return false;
        }
        // To the group's first name, past "and" and "or", and past a comma only in a list
        // that "and" or "or" closes: in "In Jerusalem, Benjamin Netanyahu warned", the
        // comma ends an opening phrase.
        const auto closes_list = [&](std::uint32_t u) {
            while (u + 2 < on.units.size() && on.units[u + 2].mention >= 0 &&
                   joins_list(on.units, u + 1)) {
                const Token* joint = plain_token(on.units, u + 1);
                if (joint->word != Vocabulary::kComma) {
                    return true;
                }
                u += 2;
            }
            return false;
        };
        // Nor the comma that ends the phrase opening the sentence: "After the raid on Gaza,
        // Egypt and Jordan condemned Israel", "On Myanmar, Australia and Indonesia called on".
        while (unit >= 2 && on.units[unit - 2].mention >= 0 && joins_list(on.units, unit - 1) &&
               (plain_token(on.units, unit - 1)->word != Vocabulary::kComma ||
                (closes_list(unit) && !ends_opening_phrase(on, unit - 1)))) {
            unit -= 2;
        }
        while (unit > 0 && plain_token(on.units, unit - 1) != nullptr &&
               (plain_token(on.units, unit - 1)->word == Vocabulary::kThe ||
                lex_.is_direction(plain_token(on.units, unit - 1)->word))) {
            --unit;
        }
        const Token* before = unit > 0 ? plain_token(on.units, unit - 1) : nullptr;
        if (before == nullptr) {
            return false;
        }
        if (before->word == Vocabulary::kOf) {
            const Token* act = unit > 1 ? plain_token(on.units, unit - 2) : nullptr;
            // Nor the country of a body a relative clause follows: "Hanwha Aerospace of South
            // Korea, which supplied howitzers to Egypt" is the firm's clause.
            const Token* comma = plain_token(on.units, unit + 1);
            const Token* which = plain_token(on.units, unit + 2);
            if (unit > 1 && on.units[unit - 2].mention >= 0 &&
                on.mentions[static_cast<std::size_t>(on.units[unit - 2].mention)].type ==
                    EntityType::kOrganization &&
                comma != nullptr && comma->word == Vocabulary::kComma && which != nullptr &&
                (which->word == Vocabulary::kWhich || which->word == Vocabulary::kWho)) {
                return true;
            }
            return act != nullptr && kActs.contains(*act);
        }
        return kPrepositions.contains(*before);
    };
    // Whether a name after a preposition opens a rule, for the last unit of a view asked.
    const SentenceView* cached_view = nullptr;
    std::uint32_t cached_unit = 0;
    bool cached_after = false;
    bool cached_noun_phrase = false;
    // Whether the units from `at` on say an office was held over a closed span: "from 2006 to
    // 2019", "between 1990 and 1995", not followed by "and again" or "and since".
    const auto held_from_to = [&](const SentenceView& on, const std::uint32_t at) {
        const Token* from = plain_token(on.units, at);
        if (from == nullptr || (from->norm != "from" && from->norm != "between")) {
            return false;
        }
        for (std::uint32_t k = at + 1; k < on.units.size() && k <= at + 4; ++k) {
            const Token* t = plain_token(on.units, k);
            if (t == nullptr) {
                return false;
            }
            if (t->norm == "to" || t->norm == "until" || t->norm == "and" || t->norm == "-") {
                const Token* year = plain_token(on.units, k + 1);
                if (year == nullptr || year->kind != TokenKind::kNumber) {
                    return false;
                }
                const Token* after = plain_token(on.units, k + 2);
                const Token* again = plain_token(on.units, k + 3);
                return !(after != nullptr && after->norm == "and" && again != nullptr &&
                         (again->norm == "again" || again->norm == "since"));
            }
        }
        return false;
    };
    // `of_name` is set when the view states something of the name at `unit` wherever it
    // stands: a relative clause ("shipments to the Houthis, who have fired at Israel").
    const auto try_rule = [&](const SentenceView& on, const std::uint32_t rule_index,
                              const std::uint32_t unit, const bool of_name = false) {
        const Rule& rule = rules[rule_index];
        // A demonym opens a noun phrase of its own, whose subject it is: "with Israeli air
        // strikes on Hezbollah strongholds". So does a name before a word for those who act
        // for it or for its sanctions ("rockets at US forces in Iraq", "amid US sanctions on
        // Venezuela"), and a name where those who act are ("Officials at NATO accused").
        const auto opens_noun_phrase = [&] {
            const Unit& u = on.units[unit];
            if (u.mention >= 0 && on.mentions[u.mention].end == u.token + 1 &&
                is_demonym(u.token)) {
                return true;
            }
            // Not after a word for a plan or a debate: "pushed for EU sanctions on Israel",
            // "warned against NATO troops in Ukraine".
            static const FoldedWordSet kProposed{"for", "against", "about", "over", "toward",
                                                 "towards"};
            const Token* next = plain_token(on.units, unit + 1);
            const Token* preposition = unit >= 1 ? plain_token(on.units, unit - 1) : nullptr;
            if (unit >= 2 && preposition != nullptr && preposition->word == Vocabulary::kThe) {
                preposition = plain_token(on.units, unit - 2);
            }
            if (next != nullptr &&
                (lex_.is_agent(next->word) || next->norm == "sanctions" ||
                 next->norm == "sanction" || next->norm == "embargo") &&
                !(preposition != nullptr && kProposed.contains(*preposition))) {
                return true;
            }
            if (unit < 2) {
                return false;
            }
            std::uint32_t at = unit - 1;
            if (plain_token(on.units, at) != nullptr &&
                plain_token(on.units, at)->word == Vocabulary::kThe) {
                --at;
            }
            const Token* agents = at >= 1 ? plain_token(on.units, at - 1) : nullptr;
            if (preposition == nullptr || agents == nullptr) {
                return false;
            }
            // And the one a spokesperson speaks for: "A spokesman for China's defence ministry
            // accused Washington".
            static const FoldedWordSet kSpokespeople{"spokesman", "spokeswoman", "spokesperson",
                                                     "spokespeople", "spokesmen", "spokeswomen"};
            // Or its experts: "Analysts at Benchmark Mineral Intelligence have warned of".
            static const FoldedWordSet kExperts{"analysts", "researchers", "experts",
                                                "economists", "scientists"};
            return (preposition->norm == "at" &&
                    (lex_.is_agent(agents->word) || kExperts.contains(*agents))) ||
                   (preposition->norm == "for" && kSpokespeople.contains(*agents));
        };
        // Whether a name after a preposition opens the rule at this unit: asked once a unit of
        // a view, for all the rules tried there.
        if (rule.passive || (rule.opens_with_actor && !of_name)) {
            if (&on != cached_view || unit != cached_unit) {
                cached_view = &on;
                cached_unit = unit;
                cached_after = after_preposition(on, unit);
                cached_noun_phrase = cached_after && opens_noun_phrase();
            }
            if (cached_after && (rule.passive || !cached_noun_phrase)) {
                return;
            }
        }
        // A place stays where it is whatever is planned there, and a warning is of what may
        // come: "warned of a possible Chinese military foothold" warns of China.
        const auto match = match_at(rule.pattern, on, unit, lex_.vocabulary());
        if (!match ||
            negated(on, *match, rule.pattern, rule.relation) ||
            (rule.relation == Relation::kFights && war_not_fought(on, *match))) {
            return;
        }
        // A word right after a possessive in the text is a noun, which no rule reads as a verb:
        // "China's ships posed a threat to ..." (read as "China ships ..." for its agents) ships
        // nothing.
        static const FoldedWordSet kVerbLikeAgents{"ships", "arms", "supplies", "backs"};
        if (rule.relation == Relation::kSupplies || rule.relation == Relation::kSupports) {
            for (std::uint32_t k = match->begin + 1; k < match->end && k < on.units.size(); ++k) {
                const Token* word = plain_token(on.units, k);
                if (word != nullptr && kVerbLikeAgents.contains(*word) &&
                    on.units[k - 1].mention >= 0 && on.units[k].token > 0 &&
                    tokens_[on.units[k].token - 1].word == Vocabulary::kPossessive) {
                    return;
                }
            }
        }
        // A demonym qualifies a noun, which no rule reads as a verb: "weakened by Israeli
        // strikes, and its leader ..." states no attack on the leader.
        if ((rule.id == "fight.verb" || rule.id == "fight.verb-person") &&
            match->begin + 1 < on.units.size()) {
            static const FoldedWordSet kAttackNouns{"strikes", "attacks", "raids", "shells",
                                                    "bombs", "hits", "fires"};
            const Unit& first = on.units[match->begin];
            const Token* next = plain_token(on.units, match->begin + 1);
            if (first.mention >= 0 && on.mentions[first.mention].end == first.token + 1 &&
                is_demonym(first.token) && next != nullptr && kAttackNouns.contains(*next)) {
                return;
            }
        }
        // A body's name that opens a longer one names something else: "we launch the Quad
        // Cancer Moonshot" founds no Quad.
        if (rule.id == "member.founded" && match->end < on.units.size()) {
            const Unit& next = on.units[match->end];
            const Token& after = tokens_[next.token];
            const bool coined = next.mention >= 0 &&
                                on.mentions[static_cast<std::size_t>(next.mention)].type ==
                                    EntityType::kOther;
            if ((next.mention < 0 || coined) && after.capitalized &&
                after.kind == TokenKind::kWord) {
                return;
            }
        }
        // A police raid is no fight: "Russian police raid Azerbaijani community centres".
        if (rule.relation == Relation::kFights && match->begin + 1 < on.units.size()) {
            const Token* agent = plain_token(on.units, match->begin + 1);
            if (agent != nullptr && agent->norm == "police") {
                return;
            }
        }
        // Vessels that something is done against are not deployed: "manoeuvres against
        // Philippine vessels in the South China Sea".
        // (Troops attacked where they are still are there: "attacks on U.S. troops in Iraq".)
        if (rule.id == "deploy.present" && match->begin > 0) {
            static const FoldedWordSet kTargets{"against", "on", "at", "targeting"};
            static const FoldedWordSet kShips{"vessels", "vessel", "ships", "ship", "boats",
                                              "boat", "tankers", "tanker"};
            const Token* before = plain_token(on.units, match->begin - 1);
            const Token* what = plain_token(on.units, match->begin + 1);
            if (before != nullptr && kTargets.contains(*before) && what != nullptr &&
                kShips.contains(*what)) {
                return;
            }
        }
        // "which" is never a person's: in "JNIM, led by Iyad Ag Ghaly, which has waged war on
        // Mali", the clause is JNIM's (relative_clauses reads it so), not Ag Ghaly's. A name
        // nothing typed may be a place's, which "which" follows: "Lake Titicaca, which Peru and
        // Bolivia share".
        {
            std::uint32_t u = match->begin;
            while (u + 1 < match->end &&
                   (on.units[u].mention >= 0 || (joins_list(on.units, u) &&
                                                 plain_token(on.units, u)->norm != ","))) {
                ++u;
            }
            const Token* comma = plain_token(on.units, u);
            const Token* which = u + 1 < match->end ? plain_token(on.units, u + 1) : nullptr;
            if (u > match->begin && comma != nullptr && comma->norm == "," && which != nullptr &&
                which->word == Vocabulary::kWhich && on.units[u - 1].mention >= 0) {
                const EntityType type = on.mentions[on.units[u - 1].mention].type;
                if (type == EntityType::kPerson ||
                    (type == EntityType::kOther && rule.relation != Relation::kLocatedIn)) {
                    return;
                }
            }
        }
        // The subject among the objects is a reading gone wrong: in "Qatar and Turkey, which
        // brokered a ceasefire, urged both sides to ...", the sides are others. Only as the
        // last object may it start a clause of its own: "Russia attacked Ukraine and the
        // Kremlin praised ..." still gives Russia fights Ukraine.
        const auto is_subject = [&](const std::uint32_t e) {
            return std::find(match->subjects.begin(), match->subjects.end(), e) !=
                   match->subjects.end();
        };
        if (!match->objects.empty() &&
            (std::all_of(match->objects.begin(), match->objects.end(), is_subject) ||
             std::any_of(match->objects.begin(), match->objects.end() - 1, is_subject))) {
            return;
        }
        // Those the sentence excepts do not act: "All EU members except Hungary and Slovakia
        // supply weapons to Ukraine".
        std::uint32_t group = match->begin;
        while (group >= 2 && on.units[group - 2].mention >= 0 && joins_list(on.units, group - 1)) {
            group -= 2;
        }
        if (group > 0) {
            const Token* before = plain_token(on.units, group - 1);
            if (before != nullptr && before->norm == "for" && group > 1) {
                before = plain_token(on.units, group - 2);
            }
            if (before != nullptr && (before->norm == "except" || before->norm == "excluding")) {
                return;
            }
        }
        // An office held before is led no more: "the then king of Spain, Juan Carlos" (where
        // the match opens with the office, not with a person a "former" title names).
        if (rule.relation == Relation::kLeads && match->begin > 0 &&
            plain_token(on.units, match->begin) != nullptr) {
            // Nor one a deputy holds: "The Deputy Director of the Russian Institute, Ivan
            // Petrov,".
            static const FoldedWordSet kSecond{"deputy", "vice", "assistant"};
            const Token* before = plain_token(on.units, match->begin - 1);
            if (before != nullptr &&
                (former_words().contains(*before) || kSecond.contains(*before))) {
                return;
            }
        }
        // Whether the word before one of the object's mentions in the match, past a hyphen
        // ("non-NATO"), is one `words` takes; `words` gets that word's index and the mention.
        const auto object_after = [&](const auto& words) {
            for (std::uint32_t u = match->begin; u < match->end; ++u) {
                const Unit& at = on.units[u];
                if (at.mention < 0 || at.token == 0 ||
                    std::find(match->objects.begin(), match->objects.end(),
                              on.mentions[static_cast<std::size_t>(at.mention)].entity) ==
                        match->objects.end()) {
                    continue;
                }
                const std::uint32_t t = tokens_[at.token - 1].norm == "-" && at.token >= 2
                                            ? at.token - 2
                                            : at.token - 1;
                if (words(t, on.mentions[static_cast<std::size_t>(at.mention)])) {
                    return true;
                }
            }
            return false;
        };
        // People counted by a demonym are people, not their state sending forces: "some 3,000
        // Sudanese have crossed into Ethiopia" (but "3,000 Sudanese troops").
        // The demonym stands for the people where a verb or a mark follows it at once: "3,000
        // Sudanese have crossed", not "3,000 Russian combat troops".
        static const FoldedWordSet kPeopleVerbs{"have",    "has",      "had",     "are",  "were",
                                                "is",      "was",      "crossed", "fled", "arrived",
                                                "entered", "returned", "moved",   "went"};
        // Troops a country owns before "from" are that country's: in "Russian troops from
        // Syria went to Libya", Syria is where they came from and sent none ("UN troops from
        // Ghana" are Ghana's).
        if (rule.relation == Relation::kDeploysTo && match->begin > 0 &&
            on.units[match->begin - 1].mention >= 0 &&
            on.mentions[static_cast<std::size_t>(on.units[match->begin - 1].mention)].type ==
                EntityType::kCountry) {
            const Token* troops = plain_token(on.units, match->begin);
            const Token* from = plain_token(on.units, match->begin + 1);
            if (troops != nullptr && lex_.is_agent(troops->word) && from != nullptr &&
                from->norm == "from") {
                return;
            }
        }
        if (rule.relation == Relation::kDeploysTo) {
            for (std::uint32_t u = match->begin; u < match->end; ++u) {
                const Unit& at = on.units[u];
                if (at.mention < 0 || at.token == 0) {
                    continue;
                }
                const Mention& m = on.mentions[static_cast<std::size_t>(at.mention)];
                if (m.demonym && tokens_[at.token - 1].kind == TokenKind::kNumber &&
                    m.end < tokens_.size() &&
                    (tokens_[m.end].kind == TokenKind::kPunct ||
                     kPeopleVerbs.contains(tokens_[m.end])) &&
                    std::find(match->subjects.begin(), match->subjects.end(), m.entity) !=
                        match->subjects.end()) {
                    return;
                }
            }
        }
        // A demonym after "of" that qualifies a noun names a body of the country, not the
        // country: "the president of the Lithuanian committee", "of the Kenyan senate" (but
        // "the head of the Kenyan government" leads Kenya).
        if (rule.relation == Relation::kLeads &&
            object_after([&](std::uint32_t before, const Mention& m) {
                static const FoldedWordSet kRulers{
                    "government",  "people",         "state",      "nation",       "republic",
                    "authorities", "administration", "military",   "army",         "armed",
                    "junta",       "regime",         "transition", "transitional", "federation"};
                if (before > 0 && tokens_[before].word == Vocabulary::kThe) {
                    --before;
                }
                return m.demonym && tokens_[before].norm == "of" && m.end < tokens_.size() &&
                       tokens_[m.end].kind == TokenKind::kWord && !tokens_[m.end].capitalized &&
                       !kRulers.contains(tokens_[m.end]);
            })) {
            return;
        }
        // An undertaking's owner before its noun is written short: "backed the US operation",
        // "the NATO mission"; a country's full name there is more often the target ("the
        // Venezuela operation", "the Iran strikes").
        if (rule.pattern.mark('O') == SlotMark::kShort &&
            object_after([&](std::uint32_t, const Mention& m) {
                return !m.demonym && !tokens_[m.begin].all_caps;
            })) {
            return;
        }
        // A country named after "in" is where a body works, not what is led: "The UN
        // Verification Mission in Colombia, headed by Carlos Ruiz Massieu,". Unless a clause
        // of its own says whose: "In Burkina Faso, whose government is led by Ibrahim Traore,".
        if (rule.relation == Relation::kLeads &&
            object_after([&](const std::uint32_t before, const Mention& m) {
                const bool whose = m.end + 1 < tokens_.size() && tokens_[m.end].norm == "," &&
                                   tokens_[m.end + 1].norm == "whose";
                return tokens_[before].norm == "in" && m.type == EntityType::kCountry && !whose;
            })) {
            return;
        }
        // Members of a body yet to come or gone are none: "Prospective NATO members, including
        // Ukraine and Georgia,", "Former Warsaw Pact members, including Poland".
        if (rule.relation == Relation::kMemberOf &&
            object_after([&](const std::uint32_t before, const Mention&) {
                static const FoldedWordSet kNotMembers{
                    "prospective", "aspiring", "candidate", "potential", "future",
                    "former",      "ex",       "non",       "onetime"};
                return kNotMembers.contains(tokens_[before]);
            })) {
            return;
        }
        // Nor by an apposition to a person named with an office held before: "then-President
        // Evo Morales, Bolivia's leader," (one mention for the rules). Not one another office
        // named ("now led by former foreign minister Abdulla Shahid"), nor a verb's ("Former
        // Prime Minister Imran Khan leads PTI").
        if (rule.relation == Relation::kLeads && rule.pattern.apposition &&
            on.units[match->begin].mention >= 0 &&
            former_words().contains(tokens_[on.units[match->begin].token])) {
            return;
        }
        // Nor one held over a closed span of years: "Evo Morales, Bolivia's president from
        // 2006 to 2019," (not "from 2003 to 2010 and again since 2023").
        if (rule.relation == Relation::kLeads && held_from_to(on, match->end)) {
            return;
        }
        // A person the rule asks to be named with an office held now (`@titled`): "the
        // Government of National Unity of Prime Minister Dbeibah", not "the NATO of Donald
        // Trump".
        const auto named_with_office = [&](const PatternMatch::Entities& people) {
            return std::any_of(
                on.units.begin() + match->begin, on.units.begin() + match->end, [&](const Unit& u) {
                    if (u.mention < 0) {
                        return false;
                    }
                    const Mention& m = on.mentions[static_cast<std::size_t>(u.mention)];
                    return std::find(people.begin(), people.end(), m.entity) != people.end() &&
                           std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& t) {
                               return t.begin == m.begin && !t.former;
                           });
                });
        };
        if ((rule.pattern.mark('S') == SlotMark::kTitled && !named_with_office(match->subjects)) ||
            (rule.pattern.mark('O') == SlotMark::kTitled && !named_with_office(match->objects))) {
            return;
        }
        // A place lies in one country: of "Gotland in Sweden and Latvia", where the rule puts
        // the place in the first (`@first`), only that one; of "Narva and Ivangorod, two towns
        // of Estonia and Russia", nothing. Unless the rule puts it on their border or has them
        // share it (`@each`).
        auto objects = match->objects;
        const SlotMark countries = rule.pattern.mark('O');
        if (rule.relation == Relation::kLocatedIn && countries != SlotMark::kEach &&
            std::count_if(objects.begin(), objects.end(), [&](const std::uint32_t o) {
                return entities_[o].type == EntityType::kCountry;
            }) > 1) {
            objects.resize(countries == SlotMark::kFirst && match->subjects.size() == 1 ? 1 : 0);
        }
        // A place the lexicon puts in one country lies in no other: in "Following clashes in
        // Sweida, Jordan, Israel and Lebanon urged calm", Sweida (Syria's) is not in Jordan.
        const auto placed_elsewhere = [&](const std::uint32_t place, const std::uint32_t country) {
            if (rule.relation != Relation::kLocatedIn ||
                entities_[country].type != EntityType::kCountry ||
                entities_[place].lexicon == kNoEntity) {
                return false;
            }
            const std::string& part_of = lex_.entities()[entities_[place].lexicon].part_of;
            if (part_of.empty() || part_of == entities_[country].name) {
                return false;
            }
            const auto home = lex_.find_entity(part_of);
            return home && lex_.entities()[*home].type == EntityType::kCountry;
        };
        // The person a body's role word names is the one sanctioned: "sanctioned Georgian Dream
        // founder Bidzina Ivanishvili", "Hamas official Zaher Jabarin".
        if (rule.relation == Relation::kSanctions) {
            static const FoldedWordSet kRoles{"founder", "co-founder", "official", "officials",
                                              "spokesman", "spokeswoman", "financier", "member",
                                              "commander", "leader", "chief", "head", "boss"};
            for (std::uint32_t& object : objects) {
                for (std::uint32_t u = match->begin; u + 2 < on.units.size(); ++u) {
                    if (on.units[u].mention < 0 ||
                        on.mentions[on.units[u].mention].entity != object) {
                        continue;
                    }
                    const Token* role = plain_token(on.units, u + 1);
                    const Unit& next = on.units[u + 2];
                    if (role != nullptr && kRoles.contains(*role) && next.mention >= 0 &&
                        (on.mentions[next.mention].type == EntityType::kPerson ||
                         on.mentions[next.mention].type == EntityType::kOther)) {
                        object = on.mentions[next.mention].entity;
                    }
                    break;
                }
            }
        }
        // A person warns of no danger from the state he serves: "Iranian Foreign Minister
        // Abbas Araghchi warned that Tehran could leave the NPT".
        const auto own_state = [&](const std::uint32_t person, const std::uint32_t state) {
            if ((rule.relation != Relation::kWarnsOf && rule.relation != Relation::kThreatens) ||
                entities_[person].type != EntityType::kPerson ||
                entities_[state].type != EntityType::kCountry) {
                return false;
            }
            // The state named just before the person, with only a title's words or "'s"
            // between: "Iranian Foreign Minister Abbas Araghchi", "North Korea's Kim Yo Jong".
            for (std::uint32_t u = 0; u + 1 < on.units.size(); ++u) {
                if (on.units[u].mention < 0 || on.mentions[on.units[u].mention].entity != state) {
                    continue;
                }
                for (std::uint32_t k = u + 1; k < on.units.size() && k <= u + 4; ++k) {
                    if (on.units[k].mention >= 0) {
                        if (on.mentions[on.units[k].mention].entity == person) {
                            return true;
                        }
                        break;
                    }
                    const Token& t = tokens_[on.units[k].token];
                    if (!(t.capitalized || t.word == Vocabulary::kPossessive)) {
                        break;
                    }
                }
            }
            // Or a title the sentence ties the person to the state with.
            for (const TitleHit& hit : s.titles) {
                if (hit.holder >= 0 && hit.organization >= 0 &&
                    s.mentions[static_cast<std::size_t>(hit.holder)].entity == person &&
                    s.mentions[static_cast<std::size_t>(hit.organization)].entity == state) {
                    return true;
                }
            }
            return false;
        };
        // A sea or an ocean lies in no country or region: "reaches the Pacific in Peru's
        // Tumbes region", "Yemen's main Red Sea port".
        const auto sea = [&](const std::uint32_t place) {
            const std::string& name = entities_[place].name;
            return rule.relation == Relation::kLocatedIn &&
                   (name.ends_with(" Sea") || name.ends_with(" Ocean"));
        };
        // And a place "on" a sea lies on its shore: "the Kazakh port city of Aktau, on the
        // Caspian Sea".
        const auto on_sea = [&](const std::uint32_t object) {
            return sea(object) && object_after([&](std::uint32_t before, const Mention& m) {
                       if (m.entity != object) {
                           return false;
                       }
                       if (before > 0 && tokens_[before].word == Vocabulary::kThe) {
                           --before;
                       }
                       return tokens_[before].norm == "on" || tokens_[before].norm == "along";
                   });
        };
        // A body's name that qualifies a noun after it names no place troops went to, nor a
        // body they were given to: "sent troops into Hamas strongholds", "to JNIM-controlled
        // areas", "into the Wagner Group's former bases".
        const auto qualifies_noun = [&](const std::uint32_t object) {
            static const FoldedWordSet kEndsPhrase{
                "and",    "or", "in",      "to",    "as",    "under", "for",  "from",
                "on",     "at", "since",   "with",  "until", "after", "last", "this",
                "during", "by", "earlier", "later", "over",  "again"};
            return rule.relation == Relation::kDeploysTo &&
                   entities_[object].type == EntityType::kOrganization &&
                   object_after([&](std::uint32_t, const Mention& m) {
                       if (m.entity != object || m.end >= s.range.end) {
                           return false;
                       }
                       const Token& next = tokens_[m.end];
                       return next.norm == "-" || next.word == Vocabulary::kPossessive ||
                              (next.kind == TokenKind::kWord && !next.capitalized &&
                               !kEndsPhrase.contains(next));
                   });
        };
        for (const std::uint32_t subject : match->subjects) {
            for (const std::uint32_t object : objects) {
                if (!placed_elsewhere(subject, object) && !own_state(subject, object) &&
                    !sea(subject) && !on_sea(object) && !qualifies_noun(object)) {
                    emit(subject, rule.relation, object, rule.id);
                }
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
    // A rule is not tried where some word it needs no longer lies ahead: after a mention
    // (a slot is not a word), or from a word on.
    const std::vector<std::uint32_t>& last_start = possible_rules_.last_start;
    const auto try_every_unit = [&](const SentenceView& on) {
        for (std::uint32_t u = 0; u < on.units.size(); ++u) {
            const Unit& unit = on.units[u];
            if (unit.mention >= 0) {
                for (const std::uint32_t r : slot_rules) {
                    if (unit.token < last_start[r]) {
                        try_rule(on, r, u);
                    }
                }
            } else {
                for (const std::uint32_t r : lex_.rules_starting_with(tokens_[unit.token].word)) {
                    if (possible_rules_.possible(r) && unit.token <= last_start[r]) {
                        try_rule(on, r, u);
                    }
                }
            }
        }
    };
    try_every_unit(view);
    // The sentence read again with something left out, one view at a time in one buffer:
    // - a list: "supplied drones, missiles and shells to Russia" as "supplied drones to
    //   Russia", since a gap in a rule never crosses a comma;
    // - a meeting's place: "held talks in Ha Noi with Mohamad Hasan";
    // - a title phrase: "met the Prime Minister of Iraq, Mohammed Shia al-Sudani," as "met
    //   Mohammed Shia al-Sudani,";
    // - a description that opens the sentence: "The UN refugee agency, UNHCR, has urged
    //   Pakistan" from the name;
    // - the accusers, or where the accusation was made: "accused by Sudan of supplying
    //   weapons to the RSF", "accused the UAE at the Security Council of supplying";
    // - an adverb of manner after a verb: "warned publicly of";
    // - the country a person is of, in a list: "Santiago Pena of Paraguay and Lula of Brazil
    //   met".
    using Rereading = bool (DocumentExtraction::*)(const SentenceView&, SentenceView&) const;
    static constexpr Rereading kRereadings[] = {&DocumentExtraction::without_lists,
                                                &DocumentExtraction::without_meeting_places,
                                                &DocumentExtraction::without_title_phrases,
                                                &DocumentExtraction::without_opening_description,
                                                &DocumentExtraction::without_accusers,
                                                &DocumentExtraction::without_manner_adverbs,
                                                &DocumentExtraction::without_people_homes};
    SentenceView reread{view.tokens, view.mentions, {}};
    for (const Rereading without : kRereadings) {
        reread.units.clear();
        if ((this->*without)(view, reread)) {
            cached_view = nullptr;  // the buffer's address names the last view, not this one
            try_every_unit(reread);
        }
    }
    // Coordinated predicates share the sentence's subject: in "Japan summoned the envoy and
    // accused Beijing of ...", Japan accused Beijing. Each "and <verb>" is read again as a
    // clause of its own, "Japan accused Beijing of ...", unless the first predicate is
    // negated or hedged.
    // Without a title phrase too: "visited Dili and met the President of the Republic, Jose
    // Ramos-Horta".
    for (const auto& clause : coordinated_clauses(view)) {
        SentenceView clause_untitled{view.tokens, view.mentions, {}};
        const bool titled = without_title_phrases(clause, clause_untitled);
        for (const std::uint32_t r : slot_rules) {
            try_rule(clause, r, 0);
            if (titled) {
                try_rule(clause_untitled, r, 0);
            }
        }
    }
    // An apposition or a relative clause between a name and its verb is read past: "The
    // United States, a treaty ally of the Philippines, voiced support for Manila".
    // Rules are tried from each name up to the apposition's, so that one whose subject comes
    // earlier reads past it too: "The UK urges ASEAN, of which Myanmar is a member, to act".
    // Not when the name before the aside ends a list: left out, the aside would join that list
    // to the next clause ("Russia attacked Ukraine and Poland, a NATO member, condemned ...").
    // Its coordinated predicates are the subject's too: in "Elmedin Konakovic, the foreign
    // minister, thanked the Council and accused Moscow of ...", Konakovic accused Moscow.
    // And without the accusers too: "Mehrani-Lowe, 58, is accused by U.S. prosecutors of
    // shipping ...". And without a title phrase: "Irfaan Ali, President of Guyana, received
    // the Secretary-General of CARICOM, Dr Carla Barnett,".
    // An aside that counts the list is the whole list's: "Greece and Cyprus, both EU members,
    // had supplied Georgia with ...", "Estonia, Latvia and Lithuania, all EU members, imposed
    // ...".
    static const FoldedWordSet kWholeList{"both", "all"};
    for (const auto& [at, clause] : without_appositions(view)) {
        const Token* comma = plain_token(view.units, at + 1);
        const Token* count = plain_token(view.units, at + 2);
        const bool whole_list = comma != nullptr && comma->word == Vocabulary::kComma &&
                                count != nullptr && kWholeList.contains(*count);
        const std::uint32_t from =
            at > 0 && joins_list(clause.units, at - 1) && !whole_list ? at : 0;
        SentenceView clause_unaccused{view.tokens, view.mentions, {}};
        const bool accused = without_accusers(clause, clause_unaccused);
        SentenceView clause_untitled{view.tokens, view.mentions, {}};
        const bool titled = without_title_phrases(clause, clause_untitled);
        for (std::uint32_t u = from; u <= at; ++u) {
            if (clause.units[u].mention < 0) {
                continue;
            }
            // Only where what is left out came after the name, so that unit u is the same in
            // both.
            const std::uint32_t token = clause.units[u].token;
            const auto same_start = [&](const SentenceView& other) {
                return u < other.units.size() && other.units[u].token == token;
            };
            const bool unaccused = accused && same_start(clause_unaccused);
            const bool untitled = titled && same_start(clause_untitled);
            for (const std::uint32_t r : slot_rules) {
                try_rule(clause, r, u);
                if (unaccused) {
                    try_rule(clause_unaccused, r, u);
                }
                if (untitled) {
                    try_rule(clause_untitled, r, u);
                }
            }
        }
        if (from == 0) {
            for (const auto& coordinated : coordinated_clauses(clause)) {
                for (const std::uint32_t r : slot_rules) {
                    try_rule(coordinated, r, 0);
                }
            }
        }
    }
    // A relative clause states something of the name before it: in "Ruto, who leads Kenya,
    // spoke", Ruto leads Kenya. Its coordinated predicates too: in "France, which signed a
    // pact with Greece and has delivered frigates to the Greek navy,", France supplies Greece.
    for (const auto& [at, clause] : relative_clauses(view)) {
        for (const std::uint32_t r : slot_rules) {
            try_rule(clause, r, at, true);
        }
        SentenceView from_name{view.tokens, view.mentions, {}};
        from_name.units.assign(clause.units.begin() + at, clause.units.end());
        for (const auto& coordinated : coordinated_clauses(from_name)) {
            for (const std::uint32_t r : slot_rules) {
                try_rule(coordinated, r, 0);
            }
        }
    }
    // What a cause made others do, they did: "The visit led India to protest to Sri Lanka".
    for (const auto& clause : caused_clauses(view)) {
        for (const std::uint32_t r : slot_rules) {
            try_rule(clause, r, 0);
        }
    }
    // What others are said to share, they do: "Estonia, like Finland, is a member of NATO".
    for (const auto& clause : shared_clauses(view)) {
        for (const std::uint32_t r : slot_rules) {
            try_rule(clause, r, 0);
        }
    }
    // What a country's forces or officials do, it does: "Sudan's army attacked the RSF".
    for (const auto& [at, clause] : possessive_agents(view)) {
        for (const std::uint32_t r : slot_rules) {
            try_rule(clause, r, at);
        }
    }
    emit_homes();
    // What the sentence's places say about its other facts, when it placed any.
    const bool placed = std::any_of(seen.begin(), seen.end(), [](const auto& fact) {
        return std::get<1>(fact) == Relation::kLocatedIn;
    });
    if (placed) {
        // Forces sent to a place are sent to the country or the larger place the sentence
        // places it in: "deployed jets to the Hmeimim air base in Syria" deploys to Syria too,
        // as "Russia's Kursk region" does, and "moved jets to Rio Grande, in Tierra del Fuego
        // province," to the province. The fact keeps the deployment's rule.
        std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> sent_to;
        for (const auto& [subject, relation, place] : seen) {
            if (relation != Relation::kDeploysTo ||
                entities_[place].type != EntityType::kLocation) {
                continue;
            }
            for (auto it = seen.lower_bound({place, Relation::kLocatedIn, 0});
                 it != seen.end() && std::get<0>(*it) == place &&
                 std::get<1>(*it) == Relation::kLocatedIn;
                 ++it) {
                const EntityType container = entities_[std::get<2>(*it)].type;
                if ((container == EntityType::kCountry || container == EntityType::kLocation) &&
                    std::get<2>(*it) != subject) {
                    sent_to.emplace_back(subject, place, std::get<2>(*it));
                }
            }
        }
        for (const auto& sent : sent_to) {
            const std::string& subject = entities_[std::get<0>(sent)].name;
            const std::string& place = entities_[std::get<1>(sent)].name;
            const auto fact = std::find_if(
                facts.begin() + static_cast<std::ptrdiff_t>(first_fact), facts.end(),
                [&](const FactRecord& f) {
                    return f.relation == Relation::kDeploysTo && f.subject == subject &&
                           f.object == place;
                });
            if (fact != facts.end()) {
                emit(std::get<0>(sent), Relation::kDeploysTo, std::get<2>(sent),
                     fact->rule + " (place in country)");
            }
        }
    }
    // An alliance is more than cooperation: when the sentence states that two are allied, a
    // cooperation between the same two read from it (a signed "defence treaty") says nothing
    // more, and is dropped.
    std::set<std::pair<std::string, std::string>> allied;
    for (std::size_t i = first_fact; i < facts.size(); ++i) {
        if (facts[i].relation == Relation::kAlliedWith) {
            allied.emplace(facts[i].subject, facts[i].object);
        }
    }
    // A place the sentence puts in a region that it puts in a country lies in the country
    // through the region: in "Eyl, in Somalia's Puntland region", Eyl lies in Puntland and
    // Puntland in Somalia, and "Eyl located-in Somalia" says nothing more, and is dropped.
    std::set<std::pair<std::string, std::string>> placed_in;
    for (std::size_t i = first_fact; i < facts.size(); ++i) {
        if (facts[i].relation == Relation::kLocatedIn) {
            placed_in.emplace(facts[i].subject, facts[i].object);
        }
    }
    const auto through_region = [&](const FactRecord& f) {
        if (f.relation != Relation::kLocatedIn || placed_in.size() < 3) {
            return false;
        }
        for (const auto& [place, region] : placed_in) {
            if (place == f.subject && region != f.object &&
                placed_in.contains({region, f.object})) {
                return true;
            }
        }
        return false;
    };
    const auto begin = facts.begin() + static_cast<std::ptrdiff_t>(first_fact);
    facts.erase(std::remove_if(begin, facts.end(),
                               [&](const FactRecord& f) {
                                   return (f.relation == Relation::kCooperatesWith &&
                                           allied.contains({f.subject, f.object})) ||
                                          through_region(f);
                               }),
                facts.end());
}

std::string comparable_name(const std::string_view name) { return fold(name); }

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
    FoldedText folded;
    tokenize(name, 0, name.size(), tokens, folded);
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
