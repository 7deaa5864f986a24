// Ties of titles to people, and the references resolved through them and through the text:
// roles, "we", "the two countries", definite descriptions, opening pronouns.

#include <algorithm>
#include <set>

#include "extract/document_extraction.h"
#include "extract/word_lists.h"

namespace kg::extract {

bool DocumentExtraction::is_organization(const SentenceState& s, const std::int32_t k) const {
    if (k < 0) {
        return false;
    }
    const EntityType t = s.mentions[static_cast<std::size_t>(k)].type;
    return t == EntityType::kOrganization || t == EntityType::kCountry;
}

std::int32_t DocumentExtraction::organization_at(const SentenceState& s, std::uint32_t t) const {
    if (t < s.range.end && tokens_[t].norm == "the") {
        ++t;
    }
    const std::int32_t k = mention_starting(s, t);
    return is_organization(s, k) ? k : -1;
}

bool DocumentExtraction::person_at(const SentenceState& s, const std::uint32_t t) const {
    const std::int32_t k = mention_starting(s, t);
    if (k < 0) {
        return false;
    }
    const Mention& m = s.mentions[static_cast<std::size_t>(k)];
    return m.type == EntityType::kPerson ||
           (m.type == EntityType::kOther && entities_[m.entity].lexicon == kNoEntity);
}

std::int32_t DocumentExtraction::title_holder(SentenceState& s, TitleHit& hit) {
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
    // A title in apposition after a person, "the" title, is that person's and not the next
    // name's when that name has a title of its own: in "Muammar Gaddafi, the Libyan leader,
    // President Zine El Abidine Ben Ali of Tunisia", the leader is Gaddafi (an apposition
    // rule reads that). In a list "Tiani, Mali's president, General Assimi Goita, and ..."
    // the office is the next name's.
    const bool titled_next =
        apposition && std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& other) {
            return other.begin == at + 1;
        });
    if (titled_next) {
        std::uint32_t phrase = hit.begin;
        if (const std::int32_t k = mention_ending(s, phrase); k >= 0) {
            phrase = s.mentions[static_cast<std::size_t>(k)].begin;  // "the Libyan"
        }
        if (phrase > s.range.begin + 1 && tokens_[phrase - 1].word == Vocabulary::kThe &&
            tokens_[phrase - 2].norm == ",") {
            --phrase;
            const std::int32_t before = mention_ending(s, phrase - 1);
            if (before >= 0 &&
                s.mentions[static_cast<std::size_t>(before)].type == EntityType::kPerson) {
                return -1;
            }
        }
    }
    if (apposition) {
        ++at;
        // Past a title of the name's own: "Niger's ruler, General Abdourahamane Tiani,".
        for (const TitleHit& other : s.titles) {
            if (other.begin == at) {
                at = other.end;
                break;
            }
        }
    }
    // Past an honorific: "UAE President Sheikh Mohamed bin Zayed".
    while (at + 1 < s.range.end && honorifics().contains(tokens_[at]) &&
           mention_starting(s, at) < 0) {
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

std::int32_t DocumentExtraction::title_organization(const SentenceState& s,
                                                    const TitleHit& hit) const {
    const auto fits = [&](const std::int32_t k) { return is_organization(s, k); };
    // Before a possessive, with up to two lower-case words between ("Mali's transitional
    // president"), or right before the title ("NATO Secretary-General").
    const auto plain_word = [&](const std::uint32_t t) {
        return tokens_[t].kind == TokenKind::kWord && !tokens_[t].capitalized &&
               tokens_[t].norm != "'s" && !covered(s, t);
    };
    // Before a bare "chief", "head" or "leader", only words that qualify the office (interim,
    // acting, new, ...): another word names another body there ("Sudan's army chief" heads
    // the army, "Sudan's paramilitary leader" the RSF), but "Bangladesh's interim leader"
    // leads Bangladesh.
    const std::string& title = lex_.titles()[hit.title].text;
    const bool bare = title == "chief" || title == "head" || title == "leader";
    static const FoldedWordSet kOfficeQualifiers{"interim", "acting",  "caretaker", "transitional",
                                                 "new",     "current", "incumbent", "de",
                                                 "facto"};
    const auto skippable = [&](const std::uint32_t t) {
        return plain_word(t) && (!bare || kOfficeQualifiers.contains(tokens_[t]));
    };
    std::uint32_t k = hit.begin;
    for (int skipped = 0; skipped < 2 && k > s.range.begin && skippable(k - 1); ++skipped) {
        --k;
    }
    if (k == hit.begin || k == s.range.begin || tokens_[k - 1].norm != "'s") {
        k = hit.begin;
    }
    const bool possessive = k > s.range.begin && tokens_[k - 1].norm == "'s";
    const std::uint32_t before = possessive ? k - 1 : hit.begin;
    // "President Denis Sassou Nguesso of the Republic of Congo" after "received in
    // Libreville": the body named after "of" is the office's, not a name before the title.
    if (!possessive && hit.of_organization >= 0) {
        return hit.of_organization;
    }
    // A place heads nothing by its name alone, but "Greenland's premier" is its head.
    // Nor does a place's adjective, but before a head of government's title it names one:
    // "Faroese Prime Minister Aksel Johannesen".
    const bool governs = lex_.titles()[hit.title].home == TitleHome::kCountry ||
                         lex_.titles()[hit.title].home == TitleHome::kAny;
    if (const std::int32_t m = mention_ending(s, before);
        fits(m) || ((possessive || governs) && m >= 0 &&
                    s.mentions[static_cast<std::size_t>(m)].type == EntityType::kLocation)) {
        return m;
    }
    // "the Taliban, whose supreme leader, Hibatullah Akhundzada, ...", "Myanmar, ..., whose
    // military leader, Senior General Min Aung Hlaing,": the name before the clause, which
    // may run to "but whose".
    static const FoldedWordSet kWhoseQualifiers{"military", "top",     "supreme", "interim",
                                                "acting",   "current", "new",     "founding",
                                                "longtime", "spiritual"};
    std::uint32_t whose = hit.begin;
    if (whose > s.range.begin && kWhoseQualifiers.contains(tokens_[whose - 1])) {
        --whose;
    }
    if (whose >= s.range.begin + 2 && tokens_[whose - 1].norm == "whose") {
        if (tokens_[whose - 2].norm == ",") {
            // A place too, before a head of government's title: "the Autonomous Region of
            // Bougainville, whose President, Ishmael Toroama,".
            if (const std::int32_t m = mention_ending(s, whose - 2);
                fits(m) || (governs && m >= 0 &&
                            s.mentions[static_cast<std::size_t>(m)].type ==
                                EntityType::kLocation)) {
                return m;
            }
        } else if (tokens_[whose - 2].norm == "but" || tokens_[whose - 2].norm == "and") {
            // Back to ", which" or ", who" right after a name, at most eight words away.
            for (std::uint32_t w = whose - 2; w > s.range.begin + 1 && w + 10 > whose; --w) {
                if (tokens_[w].norm == "which" || tokens_[w].norm == "who") {
                    if (tokens_[w - 1].norm == ",") {
                        if (const std::int32_t m = mention_ending(s, w - 1); fits(m)) {
                            return m;
                        }
                    }
                    break;
                }
            }
        }
    }
    if (hit.begin > s.range.begin &&
        (tokens_[hit.begin - 1].norm == "its" || tokens_[hit.begin - 1].norm == "their")) {
        // Not a body another title before it belongs to: in "The UN special envoy, Hans
        // Grundberg, met its chief", its is not the UN.
        const auto owns_other_title = [&](const std::int32_t m) {
            return std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& other) {
                return other.begin < hit.begin && other.organization == m;
            });
        };
        // Not a name inside a relative clause: in "Vanuatu, which has long backed the FLNKS,
        // called for calm; its prime minister, ...", its is Vanuatu.
        // Nor one in a clause "that" opens after a noun: in "Paraguay is one of the few
        // countries that recognise Taiwan, and its President ...", its is Paraguay. Nor a
        // possessive in an apposition: in "Toyota Motor, Japan's largest carmaker, ..., its
        // chief executive", its is not Japan.
        static const FoldedWordSet kSays{"said", "says", "say", "claimed", "claims", "noted",
                                         "added", "warned", "believe", "believes", "insisted"};
        const auto in_relative_clause = [&](const Mention& mention) {
            if (mention.begin > s.range.begin && tokens_[mention.begin - 1].norm == "," &&
                mention.end < s.range.end && tokens_[mention.end].norm == "'s") {
                return true;
            }
            bool inside = false;
            for (std::uint32_t t = s.range.begin; t < mention.begin; ++t) {
                if (tokens_[t].norm == "," && t + 1 < s.range.end &&
                    (tokens_[t + 1].norm == "which" || tokens_[t + 1].norm == "who")) {
                    inside = true;
                    ++t;
                } else if (tokens_[t].norm == "that" && t > s.range.begin &&
                           tokens_[t - 1].kind == TokenKind::kWord &&
                           !tokens_[t - 1].capitalized && !kSays.contains(tokens_[t - 1]) &&
                           !covered(s, t - 1)) {
                    inside = true;
                } else if (tokens_[t].norm == "," || tokens_[t].norm == ";") {
                    inside = false;
                }
            }
            return inside;
        };
        // After a comma, the sentence's subject when it opens the sentence: in "Ethiopian
        // Airlines signed a deal with Boeing, its CEO Mesfin Tasew said", its is the airline's.
        const bool after_comma =
            hit.begin >= s.range.begin + 2 &&
            (tokens_[hit.begin - 2].norm == "," ||
             (hit.begin >= s.range.begin + 3 && tokens_[hit.begin - 2].norm == "and" &&
              tokens_[hit.begin - 3].norm == ","));
        if (after_comma && !s.mentions.empty()) {
            const Mention& first = s.mentions.front();
            const bool opens = first.begin == s.range.begin ||
                               (first.begin == s.range.begin + 1 &&
                                tokens_[s.range.begin].word == Vocabulary::kThe);
            if (opens && first.end + 1 < hit.begin && fits(0) && !owns_other_title(0) &&
                first.type == EntityType::kOrganization) {
                return 0;
            }
        }
        // Nor a demonym, which qualifies a noun: in "weakened by Israeli strikes, and its leader
        // Naim Qassem said", its is not Israel.
        for (auto m = static_cast<std::int32_t>(s.mentions.size()) - 1; m >= 0; --m) {
            const Mention& mention = s.mentions[static_cast<std::size_t>(m)];
            if (mention.end < hit.begin && fits(m) && !in_relative_clause(mention) &&
                !(mention.end == mention.begin + 1 && is_demonym(mention.begin))) {
                return owns_other_title(m) ? -1 : m;
            }
        }
    }
    return hit.of_organization;
}

std::uint32_t DocumentExtraction::title_home(const SentenceState& s, const TitleHit& hit) {
    const Title& title = lex_.titles()[hit.title];
    if (hit.holder < 0 || hit.organization >= 0 || hit.former || title.home == TitleHome::kNone) {
        return kNoEntity;
    }
    const DocEntity& holder = entities_[s.mentions[static_cast<std::size_t>(hit.holder)].entity];
    if (holder.lexicon == kNoEntity) {
        return kNoEntity;
    }
    const std::string& part_of = lex_.entities()[holder.lexicon].part_of;
    const auto home = part_of.empty() ? std::nullopt : lex_.find_entity(part_of);
    if (!home) {
        return kNoEntity;
    }
    const LexiconEntity& entity = lex_.entities()[*home];
    const bool country = entity.type == EntityType::kCountry;
    if ((title.home == TitleHome::kCountry && !country) ||
        (title.home == TitleHome::kOrganization && entity.type != EntityType::kOrganization)) {
        return kNoEntity;
    }
    return entity_for(entity.name, entity.type, *home);
}

bool DocumentExtraction::named_where(const SentenceState& s, const Mention& m,
                                     const bool past_the) const {
    std::uint32_t before = m.begin;
    if (past_the && before > s.range.begin + 1 && tokens_[before - 1].word == Vocabulary::kThe) {
        --before;
    }
    return before > s.range.begin &&
           (tokens_[before - 1].norm == "in" || tokens_[before - 1].norm == "at");
}

void DocumentExtraction::tie_titles(SentenceState& s) {
    for (std::size_t k = 0; k < s.titles.size(); ++k) {
        TitleHit& hit = s.titles[k];
        hit.holder = title_holder(s, hit);
        hit.organization = title_organization(s, hit);
        hit.home = title_home(s, hit);
        if (hit.organization >= 0) {
            const Mention& m = s.mentions[static_cast<std::size_t>(hit.organization)];
            if (m.end >= hit.begin - 1) {  // adjacent, not "its"
                hit.span_begin = m.begin;
            }
        } else if (hit.begin > s.range.begin && tokens_[hit.begin - 1].norm == "the") {
            hit.span_begin = hit.begin - 1;
        } else if (hit.begin >= s.range.begin + 3 && tokens_[hit.begin - 1].norm == "'s" &&
                   tokens_[hit.begin - 3].word == Vocabulary::kThe &&
                   !tokens_[hit.begin - 2].capitalized && !covered(s, hit.begin - 2)) {
            hit.span_begin = hit.begin - 3;  // "met the agency's Director General, Rafael Grossi"
        }
        // Titles in a row name one person: "met Indian army chief General Upendra Dwivedi"
        // met the general, not India; so do two joined by "and" ("Saudi Crown Prince and
        // Prime Minister Mohammed bin Salman").
        const auto in_row = [&](const TitleHit& before) {
            return before.end == hit.begin ||
                   (before.end + 1 == hit.begin && tokens_[before.end].norm == "and");
        };
        if (k > 0 && hit.holder >= 0 && in_row(s.titles[k - 1]) && s.titles[k - 1].holder < 0) {
            hit.span_begin = std::min(hit.span_begin, s.titles[k - 1].span_begin);
            // And the first is held by the same person, who heads the body it names:
            // "Aramco president and CEO Amin Nasser" heads Aramco.
            if (hit.organization < 0) {
                hit.organization = s.titles[k - 1].organization;
            }
            s.titles[k - 1].holder = hit.holder;
        }
        if (hit.holder < 0 || hit.former) {
            continue;
        }
        const std::uint32_t person = s.mentions[static_cast<std::size_t>(hit.holder)].entity;
        const Title& title = lex_.titles()[hit.title];
        holders_by_title_[title.text].insert(person);
        if (hit.organization >= 0 && title.relation) {
            const std::uint32_t org = s.mentions[static_cast<std::size_t>(hit.organization)].entity;
            holders_by_role_[{org, *title.relation}].insert(person);
            holders_by_office_[{org, title.text}].insert(person);
        } else if (hit.home != kNoEntity) {
            holders_by_office_[{hit.home, title.text}].insert(person);
        }
    }
}

void DocumentExtraction::resolve_roles(SentenceState& s) {
    std::vector<Mention> added;
    for (const TitleHit& hit : s.titles) {
        if (hit.holder >= 0) {
            continue;
        }
        const Title& title = lex_.titles()[hit.title];
        const std::set<std::uint32_t>* holders = nullptr;
        if (hit.organization >= 0 && title.relation) {
            // A named office ("President", "Prime Minister") is its own holder's; a word for
            // any head ("leader", "chief") is whoever heads the body.
            const std::uint32_t org = s.mentions[static_cast<std::size_t>(hit.organization)].entity;
            const bool office = !title.text.empty() && title.text[0] >= 'A' && title.text[0] <= 'Z';
            if (office) {
                const auto it = holders_by_office_.find({org, title.text});
                if (it != holders_by_office_.end()) {
                    holders = &it->second;
                }
            } else if (const auto it = holders_by_role_.find({org, *title.relation});
                       it != holders_by_role_.end()) {
                holders = &it->second;
            }
        } else if (hit.definite && !(hit.end < s.range.end && tokens_[hit.end].norm == "of")) {
            // "the Secretary-General", or opening a sentence; not "the President of the
            // European Council", which names its own body.
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
        std::erase_if(s.mentions,
                      [&](const Mention& old) { return old.begin < m.end && m.begin < old.end; });
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

void DocumentExtraction::resolve_we(SentenceState& s) {
    const std::uint32_t first = s.range.begin;
    // A statement headed by the one body it is by: after "Statement by the Government of the
    // Republic of Estonia on the damage to undersea cables", "we" is Estonia.
    static const FoldedWordSet kStatements{"statement", "declaration", "communique",
                                           "communiqué", "press", "readout"};
    static const FoldedWordSet kBy{"by", "of", "from"};
    static const FoldedWordSet kTopic{"on", "about", "regarding", "concerning", "following",
                                      "after", "at", "in"};
    const std::uint32_t opens = tokens_[first].norm == "joint" ? first + 1 : first;
    if (!we_ && &s == &sentences_.front() && s.range.end - opens > 3 &&
        kStatements.contains(tokens_[opens])) {
        std::uint32_t t = opens + 1;
        while (t < s.range.end && t < opens + 3 && !kBy.contains(tokens_[t])) {
            ++t;  // "Press release by", "Statement of"
        }
        std::optional<std::uint32_t> by;
        bool one = t < s.range.end && kBy.contains(tokens_[t]);
        for (const Mention& m : s.mentions) {
            if (!one || m.begin <= t) {
                continue;
            }
            if (m.begin > t && std::any_of(tokens_.begin() + t + 1, tokens_.begin() + m.begin,
                                           [](const Token& k) { return kTopic.contains(k); })) {
                break;
            }
            if (m.type == EntityType::kOrganization || m.type == EntityType::kCountry) {
                if (by && *by != m.entity) {
                    one = false;
                }
                by = m.entity;
            }
        }
        if (one && by) {
            we_ = *by;
        }
    }
    // A release whose body opens it, after the dateline, and speaks in the present: after
    // "Geneva, 14 October 2025 - IndustriALL Global Union, which represents ..., today set
    // out its demands", "we" is the union. Only in the document's first sentences.
    if (!we_ && &s - &sentences_.front() < 4) {
        for (const Mention& m : s.mentions) {
            if (m.begin > first + 8) {
                break;
            }
            if (m.type != EntityType::kOrganization || m.begin == first ||
                !closes_dateline(
                    tokens_[tokens_[m.begin - 1].word == Vocabulary::kThe && m.begin > first + 1
                                ? m.begin - 2
                                : m.begin - 1])) {
                continue;
            }
            for (std::uint32_t k = m.end; k < s.range.end && k < m.end + 30; ++k) {
                if (tokens_[k].norm == "today" && k + 1 < s.range.end &&
                    !tokens_[k + 1].capitalized && tokens_[k + 1].kind == TokenKind::kWord) {
                    we_ = m.entity;
                    we_outside_quotes_ = true;
                    break;
                }
            }
            break;
        }
    }
    if (!we_ && s.range.end - first > 2 && tokens_[first].norm == "we" &&
        tokens_[first + 1].norm == ",") {
        // A known body before a name coined from the sentence's capitals: in "We, the Heads
        // of State/Government of the Member States of ASEAN", we are ASEAN. A body before the
        // countries its leaders come from: in "We, Prime Minister Anthony Albanese of
        // Australia, ... and President Joseph R. Biden of the United States, met today for the
        // summit of the Quad", we are the Quad; a country only when it is the one named.
        std::set<std::uint32_t> countries;
        for (const Mention& m : s.mentions) {
            if (m.type == EntityType::kCountry) {
                countries.insert(m.entity);
            }
        }
        for (const bool known_only : {true, false}) {
            for (const Mention& m : s.mentions) {
                const bool body = m.type == EntityType::kOrganization ||
                                  (m.type == EntityType::kCountry && countries.size() == 1);
                if (!we_ && body && (!known_only || entities_[m.entity].lexicon != kNoEntity)) {
                    we_ = m.entity;
                }
            }
        }
    }
    // A summit's communique speaks as "Summit": "Summit strongly condemned the attacks", once
    // the document has named the body whose summit it is ("the Extraordinary Summit of Heads
    // of State and Government of the Southern African Development Community", "the SADC
    // Summit").
    bool added = false;
    const auto is_summit = [&](const std::uint32_t t) {
        return tokens_[t].capitalized && tokens_[t].norm == "summit";
    };
    // The summit last named: after "the BRICS Summit ..." and then "The ASEAN Summit in Kuala
    // Lumpur ...", "The Summit urged Myanmar" is ASEAN's.
    bool named = false;
    for (std::uint32_t t = first; t < s.range.end && !named; ++t) {
        if (!is_summit(t)) {
            continue;
        }
        for (const Mention& m : s.mentions) {
            if (m.type == EntityType::kOrganization &&
                ((m.end == t) ||
                 (m.begin > t && m.begin <= t + 10 && tokens_[t + 1].norm == "of"))) {
                summit_ = m.entity;
                named = true;
                break;
            }
        }
    }
    if (summit_ && !named && s.range.end - first > 2) {
        const std::uint32_t t = tokens_[first].word == Vocabulary::kThe ? first + 1 : first;
        if (t + 1 < s.range.end && is_summit(t) && !covered(s, t) && !tokens_[t + 1].capitalized &&
            tokens_[t + 1].kind == TokenKind::kWord) {
            add_mention(s, {t, t + 1, *summit_, entities_[*summit_].type});
            added = true;
        }
    }
    if (!we_) {
        if (added) {
            retie_titles(s);
        }
        return;
    }
    // The body a release opens with is not the "we" of those it quotes: not in a sentence
    // with a quotation mark or a verb of speech, nor in one a quotation opened before in
    // the paragraph goes on through ("... We have also sent police to Somalia.").
    bool quoted = false;
    if (we_outside_quotes_) {
        quoted =
            std::any_of(tokens_.begin() + first, tokens_.begin() + s.range.end, [](const Token& k) {
                return k.text == "\"" || k.text == "\u201c" || k.text == "\u201d" ||
                       speech_verbs().contains(k);
            });
        // Back to the paragraph's start, but no further than a quotation runs (2,000 bytes),
        // so that a long paragraph is not read again for every sentence of it.
        const std::size_t at = tokens_[first].offset;
        const std::size_t from = at > 2000 ? at - 2000 : 0;
        std::string_view before = std::string_view(doc_.text).substr(from, at - from);
        if (const std::size_t paragraph = before.rfind("\n\n");
            paragraph != std::string_view::npos) {
            before.remove_prefix(paragraph);
        }
        std::size_t straight = 0;
        std::size_t opening = 0;
        std::size_t closing = 0;
        for (std::size_t k = before.find_first_of("\"\xe2"); k != std::string_view::npos;
             k = before.find_first_of("\"\xe2", k + 1)) {
            if (before[k] == '"') {
                ++straight;
            } else if (before.substr(k, 3) == "\u201c") {
                ++opening;
            } else if (before.substr(k, 3) == "\u201d") {
                ++closing;
            }
        }
        quoted = quoted || straight % 2 == 1 || opening > closing;
    }
    for (std::uint32_t t = first; t < s.range.end && !quoted; ++t) {
        if (tokens_[t].norm == "we" && !covered(s, t)) {
            add_mention(s, {t, t + 1, *we_, entities_[*we_].type});
            added = true;
        }
    }
    if (added) {
        retie_titles(s);  // mention indices moved
    }
}

void DocumentExtraction::resolve_first_person(const std::uint32_t index) {
    SentenceState& s = sentences_[index];
    const std::uint32_t first = s.range.begin;
    // A new paragraph ends the last speaker's answer.
    if (index > 0) {
        const Token& last = tokens_[sentences_[index - 1].range.end - 1];
        const std::size_t from = last.offset + last.text.size();
        const std::size_t to = tokens_[first].offset;
        if (from < to && doc_.text.substr(from, to - from).find('\n') != std::string::npos) {
            speaker_.reset();
        }
    }
    // A label: a person's name, or another word ("Q", "Interviewer"), and a colon.
    const std::int32_t label = mention_starting(s, first);
    const std::uint32_t colon =
        label >= 0 ? s.mentions[static_cast<std::size_t>(label)].end : first + 1;
    if (colon < s.range.end && tokens_[colon].norm == ":" && colon <= first + 4) {
        speaker_.reset();
        if (label >= 0 &&
            s.mentions[static_cast<std::size_t>(label)].type == EntityType::kPerson) {
            speaker_ = s.mentions[static_cast<std::size_t>(label)].entity;
        }
    }
    if (!speaker_) {
        return;
    }
    bool added = false;
    for (std::uint32_t t = first; t < s.range.end; ++t) {
        if (tokens_[t].text == "I" && !covered(s, t)) {
            add_mention(s, {t, t + 1, *speaker_, EntityType::kPerson});
            added = true;
        }
    }
    if (added) {
        retie_titles(s);
    }
}

void DocumentExtraction::resolve_pairs(const std::uint32_t index) {
    static const FoldedWordSet kStates{
        "countries", "nations", "states", "governments", "neighbours", "neighbors",
        "sides",     "allies",  "capitals", "powers",    "rivals",     "foes",
        "adversaries", "belligerents"};
    static const FoldedWordSet kPeople{"leaders", "presidents", "men", "ministers", "heads"};
    SentenceState& s = sentences_[index];
    bool added = false;
    for (std::uint32_t t = s.range.begin; t + 1 < s.range.end; ++t) {
        std::uint32_t noun = 0;
        // And "the neighbours", "the rivals": a pair by what they are to each other.
        static const FoldedWordSet kMutual{"neighbours", "neighbors", "rivals", "foes",
                                           "adversaries", "belligerents"};
        if (tokens_[t].norm == "both") {
            noun = t + 1;
        } else if (tokens_[t].norm == "the" && t + 2 < s.range.end &&
                   tokens_[t + 1].norm == "two") {
            noun = t + 2;
        } else if (tokens_[t].norm == "the" && kMutual.contains(tokens_[t + 1])) {
            noun = t + 1;
        } else {
            continue;
        }
        const bool people = kPeople.contains(tokens_[noun]);
        // "the two countries" are countries; "the two sides" and "the two governments" may
        // be bodies too ("The US and the EU imposed sanctions, and the two governments ...").
        static const FoldedWordSet kOnlyStates{"countries", "nations", "states", "neighbours",
                                               "neighbors", "foes", "adversaries",
                                               "belligerents"};
        const bool only_states = kOnlyStates.contains(tokens_[noun]);
        if ((!people && !kStates.contains(tokens_[noun])) || covered(s, t) ||
            covered(s, noun)) {
            continue;
        }
        const auto candidate = [&](const Mention& m) {
            const EntityType type = entities_[m.entity].type;
            return people ? type == EntityType::kPerson
                          : type == EntityType::kCountry ||
                                (!only_states && type == EntityType::kOrganization);
        };
        std::set<std::uint32_t> named;
        const auto name = [&](const Mention& m) {
            if (!candidate(m)) {
                return;
            }
            named.insert(m.entity);
            // A mention's second entity only of the kind asked for: "his Guatemalan
            // counterpart, Henry Saenz" gives no person to "the two countries".
            if (m.also != kNoEntity &&
                (people ? entities_[m.also].type == EntityType::kPerson
                        : entities_[m.also].type == EntityType::kCountry ||
                              (!only_states &&
                               entities_[m.also].type == EntityType::kOrganization))) {
                named.insert(m.also);
            }
        };
        // Not the body whose title names the sentence's subject, who speaks of the two: in
        // "ECOWAS Commission President Omar Alieu Touray has urged both governments", ECOWAS
        // is neither. ("He received Rwanda's president, ..., and the two governments" are
        // Rwanda's and his.)
        // Inside a relative clause of a titled person, it is that person's body that speaks:
        // in "A and B signed in the presence of US President Donald Trump, who had pressed
        // both governments", the governments are A's and B's.
        std::int32_t speaker = -1;
        for (std::uint32_t w = t; w-- > s.range.begin + 1 && w + 12 > t;) {
            if (tokens_[w].norm == "." || tokens_[w].norm == ";") {
                break;
            }
            if (tokens_[w].word == Vocabulary::kWho && tokens_[w - 1].word == Vocabulary::kComma) {
                const std::int32_t person = mention_ending(s, w - 1);
                if (person >= 0 &&
                    s.mentions[static_cast<std::size_t>(person)].type == EntityType::kPerson) {
                    speaker = person;
                }
                break;
            }
        }
        const auto titles_body = [&](const std::size_t k) {
            const Mention& m = s.mentions[k];
            return (speaker >= 0 || m.begin <= s.range.begin + 1) &&
                   std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& hit) {
                       return hit.holder >= 0 && (speaker < 0 || hit.holder == speaker) &&
                              (hit.organization == static_cast<std::int32_t>(k) ||
                               (m.end <= hit.begin && m.end + 2 >= hit.begin));
                   });
        };
        // Nor the country named to place where they met: in "Mirzoyan met his Azerbaijani
        // counterpart in Abu Dhabi, United Arab Emirates, where the two sides discussed ...",
        // the Emirates are none of them. (A city alone may be a host's: "He received Kagame in
        // Maputo, and the two governments signed".)
        const auto venue = [&](const Mention& m) {
            // The country after the city,
            if (m.begin >= s.range.begin + 3 && tokens_[m.begin - 1].word == Vocabulary::kComma) {
                const std::int32_t k = mention_ending(s, m.begin - 1);
                if (k >= 0 && named_where(s, s.mentions[static_cast<std::size_t>(k)])) {
                    return true;
                }
            }
            // or the city before it.
            if (named_where(s, m) && m.end + 1 < s.range.end &&
                tokens_[m.end].word == Vocabulary::kComma) {
                const std::int32_t k = mention_starting(s, m.end + 1);
                return k >= 0 &&
                       s.mentions[static_cast<std::size_t>(k)].type == EntityType::kCountry;
            }
            return false;
        };
        for (std::size_t k = 0; k < s.mentions.size(); ++k) {
            if (s.mentions[k].end <= t && !titles_body(k) && !venue(s.mentions[k])) {
                name(s.mentions[k]);
            }
        }
        // The sentence before, or the one before it when that names no one: "Bio met
        // Doumbouya. No joint statement was issued. Touray urged both governments ...".
        // Only where this sentence names no place or body before the noun: "Jonglei and
        // Western Equatoria, both states of South Sudan" are no pair from sentences before.
        bool names_none = true;
        for (std::size_t k = 0; k < s.mentions.size(); ++k) {
            if (s.mentions[k].end <= t && s.mentions[k].type != EntityType::kPerson &&
                !titles_body(k)) {
                names_none = false;
            }
        }
        std::uint32_t back = index;
        while (named.empty() && names_none && back > 0 && back + 2 > index &&
               std::none_of(sentences_[back - 1].mentions.begin(),
                            sentences_[back - 1].mentions.end(), candidate)) {
            --back;
        }
        if (named.empty() && back > 0) {
            // "The two leaders ..." again in the next sentence are the same two, whoever else
            // that sentence names ("The two leaders welcomed their meetings with Trump. The
            // two leaders also confirmed ...").
            const auto& before = sentences_[back - 1].mentions;
            const auto pair_of_before = [&](const Mention& m) {
                return m.also != kNoEntity && candidate(m) &&
                       (tokens_[m.begin].norm == "the" || tokens_[m.begin].norm == "both");
            };
            const auto same_pair = std::find_if(before.begin(), before.end(), pair_of_before);
            if (same_pair != before.end()) {
                name(*same_pair);
            } else {
                // A place where they met is not one of them: "Armenia and Azerbaijan met in Abu
                // Dhabi. The neighbours ..." (but "Russia attacked Ukraine in 2022" names two).
                for (const Mention& m : before) {
                    if (!named_where(sentences_[back - 1], m)) {
                        name(m);
                    }
                }
                if (named.size() < 2) {
                    named.clear();
                    for (const Mention& m : before) {
                        name(m);
                    }
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

void DocumentExtraction::resolve_definite(const std::uint32_t index) {
    // The bodies of the document so far whose name holds a word: "Committee" in the Foreign
    // Affairs Committee.
    // Or whose full name in the lexicon does: "the Community" after "ECOWAS" (the Economic
    // Community of West African States).
    const auto bodies_named_by = [&](const std::string_view word) {
        const auto holds = [&](const std::string& name) {
            const std::string folded = fold(name);
            const std::size_t at = folded.find(word);
            return at != std::string::npos && (at == 0 || folded[at - 1] == ' ') &&
                   (at + word.size() == folded.size() || folded[at + word.size()] == ' ');
        };
        std::set<std::uint32_t> found;
        for (std::uint32_t e = 0; e < entities_.size(); ++e) {
            const DocEntity& candidate = entities_[e];
            if (candidate.type != EntityType::kOrganization) {
                continue;
            }
            bool named = holds(candidate.name);
            if (!named && candidate.lexicon != kNoEntity) {
                const auto& aliases = lex_.entities()[candidate.lexicon].aliases;
                named = std::any_of(aliases.begin(), aliases.end(), holds);
            }
            if (named) {
                found.insert(e);
            }
        }
        return found;
    };
    static const FoldedWordSet kCountryNouns{
        "regime", "government", "country", "nation", "kingdom", "republic", "state", "junta",
        "treasury"};
    static const FoldedWordSet kOrganizationNouns{
        "group", "militia",      "movement",     "alliance",
        "bloc",  "organisation", "organization", "union", "pact"};
    static const FoldedWordSet kGoesOn{
        "of", "between", "with", "that", "which", "who", "in", "for"};
    SentenceState& s = sentences_[index];
    // The countries whose junta or regime the text names ("Myanmar's military junta", "the
    // Malian junta", "Mali's military rulers"): "the junta" later is that country's, when
    // there is one, whichever country the sentence names before it.
    for (const Mention& m : s.mentions) {
        std::uint32_t k = m.end;
        if (m.type != EntityType::kCountry || m.also != kNoEntity) {
            continue;
        }
        if (k < s.range.end && tokens_[k].word == Vocabulary::kPossessive) {
            ++k;
        }
        const bool military = k < s.range.end && tokens_[k].norm == "military";
        if (k < s.range.end && (military || tokens_[k].norm == "ruling")) {
            ++k;
        }
        static const FoldedWordSet kRulers{"rulers", "government"};
        if (k < s.range.end && (tokens_[k].norm == "junta" ||
                                (military && kRulers.contains(tokens_[k])))) {
            juntas_.insert(m.entity);
        } else if (k < s.range.end && tokens_[k].norm == "regime") {
            regimes_.insert(m.entity);
        }
    }
    bool added = false;
    for (std::uint32_t t = s.range.begin; t + 1 < s.range.end; ++t) {
        // "The representative of Japan noted that his country had provided ...": his or her
        // country is the one the sentence names before it, unless a person is named before it
        // ("Zelensky told the French newspaper that his country ..." is Zelensky's).
        // A person named with the country's demonym just before it is that country's own
        // ("Japanese Prime Minister Shigeru Ishiba said his country ...").
        const auto own_country = [&](const Mention& person) {
            return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                return m.type == EntityType::kCountry && m.end <= person.begin &&
                       person.begin - m.end <= 3;
            });
        };
        const bool speakers =
            (tokens_[t].norm == "his" || tokens_[t].norm == "her") &&
            (tokens_[t + 1].norm == "country" || tokens_[t + 1].norm == "nation" ||
             tokens_[t + 1].norm == "government") &&
            std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                return m.end <= t && m.type == EntityType::kPerson && !own_country(m);
            });
        if ((tokens_[t].norm != "the" && !speakers) || covered(s, t)) {
            continue;
        }
        // In apposition the description is of the name it follows, which it only repeats:
        // "ECOWAS, the bloc formed by Nigeria, Ghana and Togo" is read in words. Not after an
        // opening phrase: in "In Kabul, the government accused Islamabad", it is Afghanistan's.
        static const FoldedWordSet kOpenings{
            "in",     "at",     "on",     "from",  "through", "across", "after", "before",
            "during", "under",  "following", "since", "within", "despite", "amid", "for",
            "by",     "with",   "over",   "throughout", "near", "outside", "inside", "around"};
        const auto opening_phrase = [&] {
            return kOpenings.contains(tokens_[s.range.begin]) &&
                   std::none_of(tokens_.begin() + s.range.begin, tokens_.begin() + t - 1,
                                [](const Token& k) { return k.norm == ","; });
        };
        // A person's or a place's description through a body is not the person or the place:
        // in "Gustavo Petro, the country's president", "Abdul-Malik al-Houthi, the group's
        // leader" and "Lagos, the country's largest city" the country and the group are the
        // ones named before.
        const Mention* described = nullptr;
        if ((t + 2 < s.range.end && tokens_[t + 2].norm == "'s") ||
            (t + 3 < s.range.end && tokens_[t + 3].norm == "'s")) {
            for (const Mention& m : s.mentions) {
                if (m.end == t - 1 &&
                    (m.type == EntityType::kPerson || m.type == EntityType::kLocation)) {
                    described = &m;
                }
            }
        }
        if (t >= s.range.begin + 2 && tokens_[t - 1].norm == "," && covered(s, t - 2) &&
            !opening_phrase() && described == nullptr) {
            continue;
        }
        const bool place_described =
            described != nullptr && described->type == EntityType::kLocation;
        // Of two countries the sentence names before it, a demonym's too, neither is sure to
        // be the place's: "After talks in Qatar, the Afghan delegation travelled to Taloqan,
        // the country's largest city".
        if (place_described) {
            std::set<std::uint32_t> countries;
            for (const Mention& m : s.mentions) {
                if (m.end <= t && m.type == EntityType::kCountry) {
                    countries.insert(m.entity);
                }
            }
            if (countries.size() > 1) {
                continue;
            }
        }
        // A place's country is not sought past a paragraph's start: in a live blog, "Counting
        // has begun in Malaita, the country's most populous province" follows an entry on
        // another country.
        const bool paragraph_opens =
            s.range.begin > 0 && tokens_[s.range.begin - 1].kind == TokenKind::kBreak;
        std::uint32_t noun = t + 1;
        // A noun before the head makes a thing of it: "the sanctions regime", "the visa
        // regime", "the member state" are no country.
        static const FoldedWordSet kNounModifiers{
            "visa",    "trade",   "tariff", "export",      "import",    "control",  "inspection",
            "tax",     "border",  "treaty", "welfare",     "police",    "client",   "member",
            "city",    "customs", "climate", "surveillance", "ceasefire", "monitoring",
            "currency", "exchange", "transit", "buffer",    "nation",    "rump",     "deep"};
        const auto noun_modifier = [&](const Token& word) {
            const std::string_view w = word.norm;
            return kNounModifiers.contains(word) ||
                   (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") &&
                    !w.ends_with("ous") && !w.ends_with("less"));
        };
        if (noun + 1 < s.range.end && !tokens_[noun].capitalized &&
            !kCountryNouns.contains(tokens_[noun]) &&
            !kOrganizationNouns.contains(tokens_[noun]) &&
            tokens_[noun].kind == TokenKind::kWord) {
            if (noun_modifier(tokens_[noun])) {
                continue;
            }
            ++noun;  // one adjective: "the isolated regime"
        }
        // A body's word in capitals is the body the text named: "In Baku, the Committee met
        // Foreign Minister Jeyhun Bayramov" after "the Foreign Affairs Committee".
        static const FoldedWordSet kNamedBodies{
            "committee", "commission",  "council", "mission",  "party",  "fund",      "bank",
            "court",     "secretariat", "forum",   "assembly", "agency", "authority", "community"};
        const bool named_body = tokens_[noun].capitalized && kNamedBodies.contains(tokens_[noun]);
        const bool country = kCountryNouns.contains(tokens_[noun]);
        // "the Alliance" for NATO is capitalized; "the Alliance Party" is a name of its own.
        const bool in_a_name =
            tokens_[noun].capitalized && noun + 1 < s.range.end && tokens_[noun + 1].capitalized;
        // "of" and a gerund is what the body is said to do, not more of its name: "accusing
        // the bloc of failing to defend Armenia".
        const bool of_gerund = noun + 2 < s.range.end && tokens_[noun + 1].norm == "of" &&
                               !tokens_[noun + 2].capitalized &&
                               tokens_[noun + 2].norm.size() > 5 &&
                               tokens_[noun + 2].norm.ends_with("ing");
        if ((!country && !kOrganizationNouns.contains(tokens_[noun]) && !named_body) ||
            covered(s, noun) || in_a_name ||
            (noun + 1 < s.range.end && kGoesOn.contains(tokens_[noun + 1]) && !of_gerund)) {
            continue;
        }
        std::set<std::uint32_t> named;
        std::set<std::uint32_t> places;
        // A name before the same noun qualifies another of its kind: after "A U.N. group of
        // experts reported ...", "the group" is not the United Nations (the name may hold the
        // noun, as a body's name may end in "group").
        const auto qualifies_noun = [&](const SentenceState& in, const Mention& m) {
            return (m.end < in.range.end && tokens_[m.end].norm == tokens_[noun].norm) ||
                   (m.end > m.begin + 1 && m.end < in.range.end &&
                    tokens_[m.end - 1].norm == tokens_[noun].norm && tokens_[m.end].norm == "of");
        };
        // A junta or a regime is another's than the country whose office holder speaks of
        // it: in "Malaysia's Prime Minister, Anwar Ibrahim, urged the junta to", not Malaysia.
        const bool ruler = tokens_[noun].norm == "junta" || tokens_[noun].norm == "regime";
        const auto office_of = [&](const SentenceState& in, const Mention& m) {
            return std::any_of(in.titles.begin(), in.titles.end(), [&](const TitleHit& title) {
                return title.organization >= 0 && title.holder >= 0 &&
                       &in.mentions[static_cast<std::size_t>(title.organization)] == &m;
            });
        };
        // A country's organ is only the one the sentence itself names: in "25 July - The
        // Treasury imposed sanctions on ...", the Treasury need not be the country before; nor
        // is it one the sentence only describes ("sanctions on the junta, but the Treasury").
        const bool organ = tokens_[noun].norm == "treasury";
        const auto consider = [&](const SentenceState& in, const Mention& m) {
            if ((ruler && office_of(in, m)) ||
                (organ && tokens_[m.begin].word == Vocabulary::kThe && m.end > m.begin + 1 &&
                 kCountryNouns.contains(tokens_[m.end - 1]))) {
                return;
            }
            if (m.also == kNoEntity && !qualifies_noun(in, m) &&
                m.type == (country ? EntityType::kCountry : EntityType::kOrganization)) {
                // A place's country in its own sentence is one named as a place, not an
                // actor, who is often another's: in "American forces have deployed launchers
                // to the Batanes, the country's northernmost province" the country is the
                // Philippines.
                if (place_described && &in == &s && !named_where(in, m, true)) {
                    return;
                }
                // A name right after "in" or "at" is where something happened ("NATO met in
                // Brussels"), and is taken only when no other name fits.
                (named_where(in, m) ? places : named).insert(m.entity);
            }
        };
        for (const Mention& m : s.mentions) {
            if (m.end <= t) {
                consider(s, m);
            }
        }
        // A body named with a country's demonym speaks of that country's government: "The
        // Norwegian Fishermen's Association has urged the government to press for ...".
        // Unless the sentence before names another: then either may be meant ("Attacks on
        // Chinese-owned mines in Zambia ... The Chinese Miners' Association urged the
        // government").
        std::set<std::uint32_t> demonym_bodies;
        if (named.empty() && places.empty() && country && !ruler) {
            for (const Mention& m : s.mentions) {
                const auto owner =
                    m.end <= t && m.type == EntityType::kOrganization && m.end >= m.begin + 2
                        ? demonym_of(m.begin)
                        : std::nullopt;
                if (owner && lex_.entities()[*owner].type == EntityType::kCountry) {
                    const LexiconEntity& home = lex_.entities()[*owner];
                    demonym_bodies.insert(entity_for(home.name, home.type, *owner));
                }
            }
        }
        if (named.empty() && places.empty() && index > 0 && !speakers && !organ &&
            !(place_described && paragraph_opens)) {
            for (const Mention& m : sentences_[index - 1].mentions) {
                consider(sentences_[index - 1], m);
            }
        }
        if (named.empty()) {
            named = places;
        }
        named.insert(demonym_bodies.begin(), demonym_bodies.end());
        // The first "the junta" the text resolves names the junta's country for the rest,
        // unless the text names another's.
        auto* ruled = !ruler ? nullptr : tokens_[noun].norm == "junta" ? &juntas_ : &regimes_;
        if (ruled != nullptr && ruled->size() == 1) {
            named = *ruled;
        } else if (ruled != nullptr && ruled->empty() && named.size() == 1) {
            *ruled = named;
        }
        // A body's word in capitals is the one body of the document so far whose name holds
        // it: "the Committee" is the Foreign Affairs Committee, named paragraphs before.
        if (named_body) {
            named = bodies_named_by(tokens_[noun].norm);
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

bool DocumentExtraction::opens_with_unnamed_person(const std::uint32_t index) const {
    // "The representative of the Russian Federation rejected the briefing, saying that Mr.
    // Schmidt had no legitimacy. He accused ...": he is the representative, whom the text does
    // not name, not the person the representative spoke of.
    static const FoldedWordSet kPersonNouns{
        "representative", "ambassador", "envoy",    "minister",  "spokesman", "spokeswoman",
        "spokesperson",   "delegate",   "official", "diplomat",  "chairman",  "chairwoman",
        "chair",          "commander",  "senator",  "lawmaker",  "adviser",   "advisor",
        "negotiator",     "premier",    "president", "leader",   "chief"};
    const SentenceState& s = sentences_[index];
    if (s.range.end - s.range.begin < 3 || tokens_[s.range.begin].norm != "the") {
        return false;
    }
    for (std::uint32_t t = s.range.begin + 1; t < s.range.end && t <= s.range.begin + 3; ++t) {
        if (kPersonNouns.contains(tokens_[t]) && !tokens_[t].capitalized) {
            // Named in the opening phrase or in apposition after it: "The foreign minister of
            // India, Subrahmanyam Jaishankar, visited Moscow."
            return std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                return m.type == EntityType::kPerson &&
                       (m.begin <= t + 1 ||
                        (m.begin <= t + 7 && tokens_[m.begin - 1].norm == ","));
            });
        }
    }
    return false;
}

void DocumentExtraction::resolve_pronoun(const std::uint32_t index) {
    SentenceState& s = sentences_[index];
    // The people named before `before`, and the names nothing typed, any of whom may be the
    // one meant: after "Penny Wong met Wang Yi.", "And she ..." is no one's.
    const auto people_in = [&](const SentenceState& in, const std::uint32_t before) {
        std::set<std::uint32_t> people;
        for (const Mention& m : in.mentions) {
            if (m.end <= before && (m.type == EntityType::kPerson || reads_as_person(m))) {
                people.insert(m.entity);
            }
        }
        return people;
    };
    bool added = false;
    // A "he" or "she" left unresolved: a later one in the sentence, the same word with no one
    // named between them as a subject (a name before a verb), is most likely the same one. In
    // "Muizzu went to Turkey, where he met Erdogan, and then to Beijing, where he held talks
    // with Xi", the second is not Erdogan; in "Later he flew home, while Sergei Lavrov flew to
    // Pyongyang, where he met Kim Jong Un", it is Lavrov.
    std::optional<std::uint32_t> unresolved;
    for (std::uint32_t t = s.range.begin; t < s.range.end; ++t) {
        const WordId word = tokens_[t].word;
        if ((word != Vocabulary::kHe && word != Vocabulary::kShe) || covered(s, t)) {
            continue;
        }
        if (unresolved && tokens_[*unresolved].word == word &&
            std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                return m.type == EntityType::kPerson && m.begin > *unresolved && m.end < t &&
                       tokens_[m.end].kind == TokenKind::kWord && !tokens_[m.end].capitalized &&
                       tokens_[m.end].word != Vocabulary::kAnd;
            })) {
            continue;
        }
        unresolved = t;  // until a mention is added for it below
        // Inside the sentence, the one person named before it; opening the sentence, or its
        // first clause after a word such as "when" ("When he met Donald Trump in Busan, ..."),
        // the one person the sentence before names.
        // Not when the main clause after the comma names a person: in "After he met Modi, Putin
        // flew to Beijing", he is Putin.
        std::uint32_t clause_end = t;
        while (clause_end < s.range.end && tokens_[clause_end].norm != ",") {
            ++clause_end;
        }
        const bool person_after =
            std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                return m.begin > clause_end && m.type == EntityType::kPerson;
            });
        // A conjunction may open the sentence before it: "And she warned of ...".
        static const FoldedWordSet kConjunctions{"and", "but", "yet", "so"};
        // Or after a phrase of time or place that names no one: "In a televised speech last
        // week he threatened Israel".
        static const FoldedWordSet kOpeningPhrases{"in", "on", "at", "during", "later",
                                                   "earlier", "last", "speaking", "addressing"};
        const bool after_phrase =
            t >= s.range.begin + 2 && t <= s.range.begin + 8 &&
            kOpeningPhrases.contains(tokens_[s.range.begin]) &&
            std::none_of(s.mentions.begin(), s.mentions.end(),
                         [&](const Mention& m) { return m.begin < t; }) &&
            std::none_of(tokens_.begin() + s.range.begin + 1, tokens_.begin() + t,
                         [](const Token& k) { return subordinators().contains(k); });
        const bool opens =
            t == s.range.begin || after_phrase ||
            (t == s.range.begin + 1 && kConjunctions.contains(tokens_[t - 1])) ||
            (t == s.range.begin + 1 && subordinators().contains(tokens_[t - 1]) && !person_after);
        std::set<std::uint32_t> people = people_in(s, t);
        if (people.empty() && opens && index > 0 && opens_with_unnamed_person(index - 1)) {
            // The unnamed speaker stands for the country or body it speaks for: after "The
            // representative of the Russian Federation rejected ..." or "The Chinese ambassador
            // rejected ...", "He accused ..." is Russia's or China's. Only one who speaks for
            // it: after "The Russian opposition leader was jailed.", "He ..." is no one's.
            const SentenceState& before = sentences_[index - 1];
            const bool speaker = std::any_of(
                tokens_.begin() + before.range.begin,
                tokens_.begin() + std::min(before.range.end, before.range.begin + 4),
                [](const Token& tok) { return speaker_nouns().contains(tok); });
            if (speaker && !before.mentions.empty() &&
                before.mentions.front().begin <= before.range.begin + 1 &&
                before.mentions.front().also == kNoEntity &&
                (before.mentions.front().type == EntityType::kCountry ||
                 before.mentions.front().type == EntityType::kOrganization)) {
                const Mention& spoken_for = before.mentions.front();
                add_mention(s, {t, t + 1, spoken_for.entity, spoken_for.type});
                added = true;
                unresolved.reset();
            }
            continue;
        }
        // Not when the sentence before has a "he" or "she" of its own that no one named there
        // is: in "From there he travelled to Canada at the invitation of Mark Carney. On the
        // sidelines, he held meetings", he is not Carney.
        const auto unresolved_pronoun = [&](const SentenceState& in) {
            for (std::uint32_t k = in.range.begin; k < in.range.end; ++k) {
                if ((tokens_[k].word == Vocabulary::kHe || tokens_[k].word == Vocabulary::kShe) &&
                    !covered(in, k)) {
                    return true;
                }
            }
            return false;
        };
        if (people.empty() && opens && index > 0 &&
            !unresolved_pronoun(sentences_[index - 1])) {
            people = people_in(sentences_[index - 1], sentences_[index - 1].range.end);
        }
        if (people.size() != 1 || entities_[*people.begin()].type != EntityType::kPerson) {
            continue;
        }
        add_mention(s, {t, t + 1, *people.begin(), EntityType::kPerson});
        added = true;
        unresolved.reset();
    }
    if (added) {
        retie_titles(s);
    }
}

void DocumentExtraction::resolve_urged_pronoun(const std::uint32_t index) {
    // "called" only with "on" after it: "called on it to".
    static const FoldedWordSet kUrging{"urged",   "urges",    "urge",  "urging", "asked",
                                       "asks",    "ask",      "asking", "pressed", "presses",
                                       "press",   "pressing", "told",  "tells",  "invited",
                                       "invites"};
    static const FoldedWordSet kCalling{"called", "calls", "call", "calling"};
    // Words that may stand between a verb and its subject: "Steinmeier had asked him".
    static const FoldedWordSet kBetween{"has", "have", "had", "also", "then", "again",
                                        "repeatedly", "later", "once", "formally"};
    SentenceState& s = sentences_[index];
    bool added = false;
    for (std::uint32_t t = s.range.begin + 2; t + 1 < s.range.end; ++t) {
        const std::string_view word = tokens_[t].norm;
        const bool thing = word == "it";
        const bool person = word == "him" || word == "her";
        if ((!thing && !person) || covered(s, t) || tokens_[t + 1].norm != "to") {
            continue;
        }
        // The verb: "urged him to", "called on it to".
        std::uint32_t verb = t - 1;
        if (tokens_[verb].norm == "on" && verb > s.range.begin) {
            --verb;
            if (!kCalling.contains(tokens_[verb])) {
                continue;
            }
        } else if (!kUrging.contains(tokens_[verb])) {
            continue;
        }
        // The nearest name of the pronoun's kind before the verb that is not the verb's own
        // subject (a name right before it): in "Tebboune pardoned the writer after Steinmeier
        // asked him to", he is Tebboune.
        const Mention* object = nullptr;
        for (const Mention& m : s.mentions) {
            if (m.end > verb || m.also != kNoEntity) {
                continue;
            }
            const bool fits = person ? m.type == EntityType::kPerson
                                     : m.type == EntityType::kCountry ||
                                           m.type == EntityType::kOrganization;
            std::uint32_t k = m.end;
            while (k < verb && kBetween.contains(tokens_[k])) {
                ++k;
            }
            if (fits && k != verb && (object == nullptr || m.end > object->end)) {
                object = &m;
            }
        }
        if (object == nullptr) {
            continue;
        }
        add_mention(s, {t, t + 1, object->entity, object->type});
        added = true;
    }
    if (added) {
        retie_titles(s);
    }
}

void DocumentExtraction::resolve_object_pronoun(const std::uint32_t index) {
    static const FoldedWordSet kBlaming{"accusing", "blaming",    "citing",     "charging",
                                        "faulting", "condemning", "criticizing", "criticising",
                                        "branding", "calling"};
    SentenceState& s = sentences_[index];
    bool added = false;
    for (std::uint32_t t = s.range.begin + 2; t < s.range.end; ++t) {
        const std::string_view word = tokens_[t].norm;
        const bool thing = word == "it";
        const bool person = word == "him" || word == "her";
        if ((!thing && !person) || covered(s, t) || !kBlaming.contains(tokens_[t - 1]) ||
            tokens_[t - 2].norm != ",") {
            continue;
        }
        // The name just before the comma, or before a phrase of time or place that names
        // nothing ("in December", "at the end of the year"), of the kind the pronoun is, and
        // no preposition's: in "warned of Turkey's role in Syria, calling it a threat", it is
        // the role.
        // And the main clause's: in "The Council met after Iran attacked Israel, calling it a
        // reckless escalation", it is the attack.
        static const FoldedWordSet kTimes{"in",     "on",    "at",     "last",  "this",
                                          "earlier", "late", "early", "during", "after"};
        static const FoldedWordSet kPrepositions{
            "in",   "at",      "on",   "to",     "from",   "with",   "of",     "for",
            "into", "against", "near", "over",   "by",     "toward", "towards", "past",
            "across", "around", "through"};
        const auto opens_clause = [](const Token& tok) {
            return subordinators().contains(tok) || speech_verbs().contains(tok) ||
                   tok.norm == "that";
        };
        const Mention* object = nullptr;
        for (const Mention& m : s.mentions) {
            if (m.begin == s.range.begin) {
                continue;
            }
            // A person may be a preposition's but "of"'s: "imposed sanctions on Bidzina
            // Ivanishvili, accusing him of ...".
            // Past an article: "taken Abu Dhabi to the International Court of Justice,
            // accusing it of ..." accuses Abu Dhabi.
            const Token& before =
                tokens_[m.begin - 1].norm == "the" && m.begin >= s.range.begin + 2
                    ? tokens_[m.begin - 2]
                    : tokens_[m.begin - 1];
            if (m.end > t - 2 || m.also != kNoEntity ||
                (kPrepositions.contains(before) && (!person || before.norm == "of")) ||
                std::any_of(tokens_.begin() + s.range.begin, tokens_.begin() + m.begin,
                            opens_clause)) {
                continue;
            }
            const std::uint32_t between = t - 2 - m.end;
            if (between > 0 && (between > 6 || !kTimes.contains(tokens_[m.end]) ||
                                std::any_of(s.mentions.begin(), s.mentions.end(),
                                            [&](const Mention& other) {
                                                return other.begin >= m.end && other.begin < t;
                                            }))) {
                continue;
            }
            // A name nothing typed may be a person's: "sanctioned Bidzina Ivanishvili, accusing
            // him of ...".
            const bool fits = person ? m.type == EntityType::kPerson ||
                                           (m.type == EntityType::kOther && m.end > m.begin + 1)
                                     : m.type == EntityType::kCountry ||
                                           m.type == EntityType::kOrganization;
            if (fits && &m != &s.mentions.front()) {
                object = &m;
            }
        }
        if (object == nullptr) {
            continue;
        }
        const Mention resolved{t, t + 1, object->entity, object->type};
        add_mention(s, resolved);
        added = true;
    }
    if (added) {
        retie_titles(s);
    }
}

void DocumentExtraction::resolve_speaker_pronoun(const std::uint32_t index) {
    static const FoldedWordSet kBreaks{",", ".", ";", ":", "\"", "(", ")", "--", "?", "!"};
    SentenceState& s = sentences_[index];
    bool added = false;
    // The sentence's subject: its first name, a country or body followed by a small word (a
    // verb, most often), opening the sentence after "the", a dateline, or an adverbial of time
    // or place of a few words ("In January the United States imposed ...", "Last week Russia
    // ..."), not inside a noun phrase ("The report on Iran was ...").
    static const FoldedWordSet kOpeners{"in",        "on",    "at",    "since",   "after",
                                        "last",      "this",  "earlier", "later", "meanwhile",
                                        "then",      "today", "yesterday", "tonight", "overnight"};
    const auto opening_subject = [&]() -> std::int32_t {
        if (s.mentions.empty() || !is_organization(s, 0)) {
            return -1;
        }
        const Mention& first = s.mentions.front();
        const Token& before = tokens_[first.begin > s.range.begin ? first.begin - 1 : first.begin];
        const bool after_dateline = closes_dateline(before);
        // An adverbial holds no "of" and no possessive: "In a report on Iran" is not one.
        const bool adverbial =
            first.begin <= s.range.begin + 5 && kOpeners.contains(tokens_[s.range.begin]) &&
            std::none_of(tokens_.begin() + s.range.begin, tokens_.begin() + first.begin,
                         [](const Token& t) {
                             return t.norm == "of" || t.norm == "'s" || t.norm == "about";
                         });
        const bool opens =
            first.begin == s.range.begin || after_dateline || adverbial ||
            (first.begin == s.range.begin + 1 && before.word == Vocabulary::kThe);
        const bool verb_follows = first.end < s.range.end &&
                                  tokens_[first.end].kind == TokenKind::kWord &&
                                  !tokens_[first.end].capitalized &&
                                  tokens_[first.end].word != Vocabulary::kPossessive;
        return opens && verb_follows ? 0 : -1;
    };
    for (std::uint32_t t = s.range.begin + 2; t < s.range.end; ++t) {
        const WordId pronoun = tokens_[t].word;
        // Only "it", or "its" before the ones who act for it ("said its forces had struck"):
        // "they" after "Ukraine said" is most often someone else.
        const bool its_agents = pronoun == Vocabulary::kIts && t + 1 < s.range.end &&
                                lex_.is_agent(tokens_[t + 1].word);
        if ((pronoun != Vocabulary::kIt && !its_agents) || covered(s, t)) {
            continue;
        }
        // "Hamas and its fighters": "its" is the country or body just before "and".
        if (its_agents && t >= s.range.begin + 2 && tokens_[t - 1].word == Vocabulary::kAnd) {
            if (const std::int32_t owner = mention_ending(s, t - 1);
                owner >= 0 && is_organization(s, owner)) {
                const Mention who = s.mentions[static_cast<std::size_t>(owner)];
                add_mention(s, {t, t + 1, who.entity, who.type});
                added = true;
                continue;
            }
        }
        // The verb of speech, a few words before with nothing between that names or breaks;
        // or, for "it", "and" joining a clause to one that a country or body opens ("the US
        // imposed sanctions on Dagalo, and a week later it sanctioned Burhan"). Not "but" or
        // "yet": in "The EU sanctioned Iran, yet it still supplies Russia", it is Iran; nor
        // "its" ("NATO warned Russia, and its jets struck Ukraine").
        std::uint32_t verb = t;
        bool joined = false;
        for (std::uint32_t k = t; k-- > s.range.begin && k + 6 >= t;) {
            if (tokens_[k].word == Vocabulary::kAnd) {
                joined = pronoun == Vocabulary::kIt;
                break;
            }
            if (covered(s, k) || kBreaks.contains(tokens_[k])) {
                break;
            }
            if (speech_verbs().contains(tokens_[k])) {
                verb = k;
                break;
            }
        }
        if (joined) {
            if (const std::int32_t subject = opening_subject(); subject >= 0) {
                const Mention who = s.mentions[static_cast<std::size_t>(subject)];
                add_mention(s, {t, t + 1, who.entity, who.type});
                added = true;
            }
            continue;
        }
        if (verb == t || verb == s.range.begin) {
            continue;
        }
        // Who spoke: the name just before the verb, past a few words ("The U.S. State
        // Department said", "Turkish officials said").
        std::int32_t speaker = -1;
        for (std::uint32_t k = verb; k-- > s.range.begin && k + 5 >= verb;) {
            if (kBreaks.contains(tokens_[k])) {
                break;
            }
            const std::int32_t m = mention_ending(s, k + 1);
            if (m >= 0) {
                speaker = is_organization(s, m) ? m : -1;
                break;
            }
        }
        // Past an aside between commas, the name that opens the sentence: "The United States,
        // a treaty ally of the Philippines, said it stood with Manila".
        if (speaker < 0 && verb >= s.range.begin + 3 && tokens_[verb - 1].norm == ",") {
            for (std::uint32_t k = verb - 1; k-- > s.range.begin && k + 18 > verb;) {
                if (tokens_[k].norm == "." || tokens_[k].norm == ";" || tokens_[k].norm == ":") {
                    break;
                }
                if (tokens_[k].norm != ",") {
                    continue;
                }
                const std::int32_t m = mention_ending(s, k);
                if (m == 0 && is_organization(s, m)) {
                    const Mention& first = s.mentions.front();
                    if (first.begin == s.range.begin ||
                        (first.begin == s.range.begin + 1 &&
                         tokens_[s.range.begin].word == Vocabulary::kThe)) {
                        speaker = m;
                    }
                }
                break;
            }
        }
        if (speaker < 0) {
            continue;
        }
        // "The Russian Defence Ministry said it ...": a body the lexicon does not know, named
        // after its country, speaks for the country.
        if (const Mention& body = s.mentions[static_cast<std::size_t>(speaker)];
            entities_[body.entity].lexicon == kNoEntity) {
            const std::int32_t owner = mention_ending(s, body.begin);
            if (owner >= 0 &&
                s.mentions[static_cast<std::size_t>(owner)].type == EntityType::kCountry) {
                speaker = owner;
            }
        }
        const Mention who = s.mentions[static_cast<std::size_t>(speaker)];
        add_mention(s, {t, t + 1, who.entity, who.type});
        added = true;
    }
    if (added) {
        retie_titles(s);
    }
}

void DocumentExtraction::resolve_opening_pronoun(const std::uint32_t index) {
    SentenceState& s = sentences_[index];
    const std::uint32_t t = s.range.begin;
    // "Its leader, Naim Qassem, ...": the body the sentence before opens with ("Myanmar's
    // military government was represented by a civil servant."), or the only one it names
    // ("No word yet from Hezbollah itself."). "Their leader, ..." alike ("The Houthis control
    // Sanaa. Their leader, Abdul-Malik al-Houthi, ...").
    static const FoldedWordSet kHeads{"leader", "president", "chairman", "chairwoman",
                                      "chairperson", "chair", "king", "emir", "premier",
                                      "ruler", "secretary-general"};
    // So are "Its fighters", "Their troops": "Viv Ansanm controls most of the capital. Its
    // fighters have repeatedly attacked the Haitian National Police".
    if (index > 0 && (tokens_[t].word == Vocabulary::kIts || tokens_[t].norm == "their") &&
        t + 2 < s.range.end &&
        ((kHeads.contains(tokens_[t + 1]) && tokens_[t + 2].word == Vocabulary::kComma) ||
         lex_.is_agent(tokens_[t + 1].word)) &&
        !covered(s, t)) {
        const SentenceState& before = sentences_[index - 1];
        std::int32_t k = organization_at(before, before.range.begin);
        // A place that opens it is what "its" is, and no body is its head: after "Greenland
        // is an autonomous territory of Denmark.", "Its premier" is not Denmark's.
        if (const std::int32_t opener = mention_starting(before, before.range.begin);
            k < 0 && opener >= 0 &&
            before.mentions[static_cast<std::size_t>(opener)].type == EntityType::kLocation) {
            return;
        }
        // A list opens it ("Iran and Iraq met."): either may be meant.
        if (k >= 0) {
            const std::uint32_t end = before.mentions[static_cast<std::size_t>(k)].end;
            if (end + 1 < before.range.end &&
                (tokens_[end].word == Vocabulary::kAnd ||
                 tokens_[end].word == Vocabulary::kComma) &&
                is_organization(before, organization_at(before, end + 1))) {
                return;
            }
        }
        if (k < 0) {
            for (std::size_t m = 0; m < before.mentions.size(); ++m) {
                if (is_organization(before, static_cast<std::int32_t>(m))) {
                    if (k >= 0 &&
                        before.mentions[m].entity !=
                            before.mentions[static_cast<std::size_t>(k)].entity) {
                        return;  // two bodies: either may be meant
                    }
                    k = static_cast<std::int32_t>(m);
                }
            }
        }
        if (k >= 0 && before.mentions[static_cast<std::size_t>(k)].also == kNoEntity) {
            const Mention& body = before.mentions[static_cast<std::size_t>(k)];
            add_mention(s, {t, t + 1, body.entity, body.type});
            retie_titles(s);
        }
        return;
    }
    const bool it = tokens_[t].word == Vocabulary::kIt;
    const bool they = tokens_[t].norm == "they";
    if (index == 0 || (!it && !they) || covered(s, t) || t + 1 >= s.range.end) {
        return;
    }
    const SentenceState& before = sentences_[index - 1];
    // Its first words name it ("The group" resolved to the group), or "the" comes first.
    std::int32_t k = mention_starting(before, before.range.begin);
    if (k < 0) {
        k = organization_at(before, before.range.begin);
    }
    if (!is_organization(before, k)) {
        return;
    }
    const Mention& subject = before.mentions[static_cast<std::size_t>(k)];
    if (subject.end >= before.range.end || covered(before, subject.end)) {
        return;
    }
    const WordId next = tokens_[subject.end].word;
    const bool list = next == Vocabulary::kAnd || next == Vocabulary::kComma ||
                      next == Vocabulary::kOr;
    // Only when the sentence before is about its subject: a form of "be" or "have" follows
    // it ("The group is led by ..."). After any other verb, "it" is as likely the thing done
    // ("North Korea fired a missile. It crossed into ..."); a demonym or the ones who act
    // ("Russian missiles", "US officials") are not the subject at all.
    static const FoldedWordSet kAbout{"is", "are", "was", "were", "has", "have", "had"};
    const auto about_subject = [&](const Mention& m) {
        return m.end < before.range.end && !is_demonym(m.begin) &&
               kAbout.contains(tokens_[m.end]);
    };
    if (it && !list) {
        if (!about_subject(subject)) {
            return;
        }
        add_mention(s, {t, t + 1, subject.entity, subject.type});
        retie_titles(s);
        return;
    }
    if (!they) {
        return;
    }
    // "They" is a body whose name is a plural ("The Houthis have ... They"), or two that open
    // the sentence before together ("Russia and China have held drills. They ...").
    if (!list) {
        const std::string& name = entities_[subject.entity].name;
        if (subject.type == EntityType::kOrganization && name.ends_with('s') &&
            about_subject(subject)) {
            add_mention(s, {t, t + 1, subject.entity, subject.type});
            retie_titles(s);
        }
        return;
    }
    const std::int32_t other = mention_starting(before, subject.end + 1);
    if (next != Vocabulary::kAnd || !is_organization(before, other)) {
        return;
    }
    const Mention& second = before.mentions[static_cast<std::size_t>(other)];
    if (second.end >= before.range.end || covered(before, second.end) ||
        !about_subject(second) || is_demonym(subject.begin) || subject.also != kNoEntity ||
        second.also != kNoEntity) {
        return;
    }
    add_mention(s, {t, t + 1, subject.entity, subject.type, second.entity});
    retie_titles(s);
}

void DocumentExtraction::retie_titles(SentenceState& s) {
    for (TitleHit& hit : s.titles) {
        hit.holder = title_holder(s, hit);
        hit.organization = title_organization(s, hit);
        hit.home = title_home(s, hit);
    }
}

}  // namespace kg::extract
