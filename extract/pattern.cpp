#include "extract/pattern.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include <boost/container/small_vector.hpp>
#include <fmt/format.h>

#include "extract/extract.h"
#include "extract/text.h"
#include "extract/word_lists.h"

namespace kg::extract {
namespace {

// Tokens a clause gap (*N) never crosses.
constexpr std::string_view kClauseBarriers[] = {
    ",", ";", ":", "(", ")", "--", "\"", "?", "!", ".", "[", "]",
    "that", "which", "who", "whom", "whose", "while", "whereas", "but", "although",
    "because", "though", "unless", "if", "when", "where",
};

// Words a noun-phrase gap (~N) never holds, on top of the clause barriers: prepositions other
// than "of", and the verbs that start a new predicate.
constexpr std::string_view kPhraseBarriers[] = {
    "to", "for", "against", "in", "on", "at", "with", "from", "by", "into", "onto", "over",
    "about", "among", "amid", "between", "through", "toward", "towards", "under", "within",
    "without", "across", "during", "near", "after", "before", "as", "than", "since", "via",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says", "and/or",
    "'s", "'",
};

// People a country's name or demonym only says where they come from or live, and firms it
// says where they are based: none acts for it, nor stands for it as a target ("six Israeli
// settlers", "a Chinese national", "Haitian gang leaders", "a UAE-based firm"). Checked at
// any slot, where kQualifiedNouns is checked only at a rule's end.
constexpr std::string_view kPrivatePeople[] = {
    "businessman", "businessmen", "businesswoman", "tycoon",    "billionaire", "oligarch",
    "oligarchs",   "novelist",    "writer",        "journalist", "journalists", "citizen",
    "citizens",    "national",    "nationals",     "tourist",   "tourists",    "settler",
    "settlers",    "gang",        "gangs",         "smuggler",  "smugglers",   "trafficker",
    "traffickers", "dissident",   "dissidents",    "activist",  "activists",   "student",
    "students",    "based",       "registered",    "headquartered", "bowlers",    "batsmen",
    "batters",     "players",     "footballers",   "athletes",  "fans",        "squad",
};

// A country's rebels and opposition, who do not act for it: "Syrian rebels, backed by Turkey".
// A body's do ("Houthi rebels" are the Houthis).
constexpr std::string_view kAgainstState[] = {"rebels",     "rebel",  "insurgents", "separatists",
                                              "opposition", "exiles", "dissidents"};

// Nouns that a name before them only qualifies: "troops in Ukraine war" reach the war, not
// Ukraine; "Mexico's Pacific coast" does not place the Pacific in Mexico.
constexpr std::string_view kQualifiedNouns[] = {
    "war",      "conflict", "crisis",    "ceasefire",        "talks",     "deal",
    "question", "issue",    "offensive", "counteroffensive", "operation", "incursion",
    "coast",    "coastline", "shore",    "shores",           "seaboard",  "mission",
    "missions", "businessman", "businesswoman", "tycoon",      "billionaire", "oligarch",
    "novelist", "writer",   "journalist", "citizen",         "citizens",  "national",
    "nationals", "tourist", "tourists", "partners", "allies",  "refugees",  "migrants",
    "embassy",   "embassies", "consulate", "exercise", "exercises", "drills",
};

// Acts a country's full name before them more often names as their target than as their
// doer: "defended the Iran strikes", "the Ukraine invasion"; a demonym or a short name is the
// doer's ("condemned the Houthi attacks", "backed the US strikes").
constexpr std::string_view kTargetedActs[] = {"strikes",  "strike",       "attacks",   "campaign",
                                              "invasion", "intervention", "deployment"};

bool is_consonant(const char c) {
    return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

// Regular English verb forms of a base: deploy -> deploys, deployed, deploying.
std::vector<std::string> verb_forms(const std::string& base) {
    std::vector<std::string> forms{base};
    const std::size_t n = base.size();
    if (n == 0) {
        return forms;
    }
    const char last = base.back();
    const std::string stem = base.substr(0, n - 1);
    if (last == 'e') {
        forms.push_back(base + "s");
        forms.push_back(base + "d");
        forms.push_back(stem + "ing");
    } else if (last == 'y' && n >= 2 && is_consonant(base[n - 2])) {
        forms.push_back(stem + "ies");
        forms.push_back(stem + "ied");
        forms.push_back(base + "ing");
    } else if (last == 's' || last == 'x' || last == 'z' || base.ends_with("sh") ||
               base.ends_with("ch")) {
        forms.push_back(base + "es");
        forms.push_back(base + "ed");
        forms.push_back(base + "ing");
    } else {
        forms.push_back(base + "s");
        // Short consonant-vowel-consonant bases double: ban -> banned, plan -> planning.
        const bool doubles = n >= 3 && n <= 4 && is_consonant(last) && last != 'w' &&
                             last != 'x' && last != 'y' && !is_consonant(base[n - 2]) &&
                             is_consonant(base[n - 3]);
        const std::string doubled = doubles ? base + last : base;
        forms.push_back(doubled + "ed");
        forms.push_back(doubled + "ing");
        // Unless the stress falls on the first syllable, as it may when a vowel opens the
        // word: open -> opened (but omit -> omitted), so both.
        if (doubles && !is_consonant(base[0])) {
            forms.push_back(base + "ed");
            forms.push_back(base + "ing");
        }
        // A longer base in an l doubles it where its last syllable is stressed (patrol ->
        // patrolled, control -> controlled), and in British spelling (travel -> travelled):
        // both forms, the one that is no word never matching.
        const bool may_double =
            n > 4 && last == 'l' && !is_consonant(base[n - 2]) && is_consonant(base[n - 3]);
        if (may_double) {
            forms.push_back(base + last + "ed");
            forms.push_back(base + last + "ing");
        }
    }
    return forms;
}

std::vector<std::string> fold_words(const std::string_view phrase) {
    // The possessive is a token of its own in text, but alone it does not tokenize as one.
    if (fold(phrase) == "'s") {
        return {"'s"};
    }
    std::vector<Token> tokens;
    FoldedText folded;
    tokenize(phrase, 0, phrase.size(), tokens, folded);
    std::vector<std::string> words;
    for (const auto& token : tokens) {
        if (token.kind != TokenKind::kBreak) {
            words.emplace_back(token.norm);
        }
    }
    return words;
}

std::uint8_t parse_types(const std::string_view text, const std::string_view element) {
    std::uint8_t mask = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t slash = std::min(text.find('/', pos), text.size());
        const auto name = text.substr(pos, slash - pos);
        const auto type = parse_entity_type(name);
        if (!type) {
            throw Error(fmt::format("unknown entity type '{}' in '{}'", name, element));
        }
        mask = static_cast<std::uint8_t>(mask | (1U << static_cast<unsigned>(*type)));
        pos = slash + 1;
    }
    return mask;
}

// The alternatives of a words element as numbers, sorted by first word (then by length, longest
// first, so a longer phrase is tried before its prefix).
std::vector<std::vector<WordId>> number_phrases(const PhraseList& words, Vocabulary& vocabulary) {
    std::vector<std::vector<WordId>> phrases;
    for (const auto& phrase : words) {
        std::vector<WordId> ids;
        for (const auto& word : phrase) {
            ids.push_back(vocabulary.intern(word));
        }
        phrases.push_back(std::move(ids));
    }
    std::sort(phrases.begin(), phrases.end(), [](const auto& a, const auto& b) {
        return a.front() != b.front() ? a.front() < b.front() : a.size() > b.size();
    });
    phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
    return phrases;
}

// own_words gets each one-word alternative the element names itself, not through a class (see
// Pattern::own_words).
Element parse_element(std::string_view text, const WordClasses& classes, Vocabulary& vocabulary,
                      std::vector<WordId>& own_words) {
    Element element;
    const std::string_view original = text;
    if ((text[0] == '~' || text[0] == '*') && text.size() > 1) {
        element.kind = Element::Kind::kGap;
        element.noun_phrase_gap = text[0] == '~';
        const auto r = std::from_chars(text.data() + 1, text.data() + text.size(), element.max_gap);
        if (r.ec != std::errc() || r.ptr != text.data() + text.size() || element.max_gap < 1 ||
            element.max_gap > 12) {
            throw Error(fmt::format("a gap is ~N or *N with N from 1 to 12, not '{}'", original));
        }
        return element;
    }
    if (text.size() > 1 && (text.back() == '?' || text.back() == '*')) {
        element.repeat = text.back() == '?' ? Element::Repeat::kOptional : Element::Repeat::kAny;
        text.remove_suffix(1);
    }
    // "N:country": a name the pattern passes over.
    if (text[0] == 'N' && (text.size() == 1 || text[1] == ':')) {
        if (element.repeat != Element::Repeat::kOne) {
            throw Error(fmt::format("a name cannot be optional or repeated: '{}'", original));
        }
        element.kind = Element::Kind::kName;
        if (text.size() > 2) {
            element.type_mask = parse_types(text.substr(2), original);
        }
        return element;
    }
    if (text[0] == 'S' || text[0] == 'O' || text[0] == 'P') {
        // "S{3}": a list of at least three names.
        std::uint8_t min_members = 1;
        if (const auto brace = text.find('{'); brace != std::string_view::npos &&
                                               (brace == 1 || text[1] == ':')) {
            const std::string_view n = text.substr(brace + 1);
            if (n.size() != 2 || n[1] != '}' || n[0] < '2' || n[0] > '9') {
                throw Error(fmt::format("a slot's fewest names is {{N}} with N from 2 to 9, "
                                        "not '{}'",
                                        original));
            }
            min_members = static_cast<std::uint8_t>(n[0] - '0');
            text = text.substr(0, brace);
        }
        // "O:country@each": what the slot asks beyond its types.
        if (const auto at = text.find('@');
            at != std::string_view::npos && (at == 1 || text[1] == ':')) {
            static constexpr std::array<std::pair<std::string_view, SlotMark>, 4> kMarks{{
                {"titled", SlotMark::kTitled},
                {"short", SlotMark::kShort},
                {"each", SlotMark::kEach},
                {"first", SlotMark::kFirst},
            }};
            const std::string_view name = text.substr(at + 1);
            const auto* mark = std::find_if(kMarks.begin(), kMarks.end(),
                                            [&](const auto& m) { return m.first == name; });
            if (mark == kMarks.end()) {
                throw Error(
                    fmt::format("unknown slot mark '@{}' in '{}' (known: @titled, "
                                "@short, @each, @first)",
                                name, original));
            }
            element.mark = mark->second;
            text = text.substr(0, at);
        }
        if (text.size() == 1 || text[1] == ':') {
            element.kind = Element::Kind::kSlot;
            element.role = text[0];
            element.min_members = min_members;
            if (text.size() > 2) {
                element.type_mask = parse_types(text.substr(2), original);
            }
            if (element.repeat != Element::Repeat::kOne) {
                throw Error(fmt::format("a slot cannot be optional or repeated: '{}'", original));
            }
            return element;
        }
    }
    element.kind = Element::Kind::kWords;
    std::vector<WordId> not_own;  // the words of a kNot are no words the rule reads
    if (text[0] == '!' && text.size() > 1) {
        if (element.repeat != Element::Repeat::kOne) {
            throw Error(fmt::format("'!' cannot be optional or repeated: '{}'", original));
        }
        element.kind = Element::Kind::kNot;
        text.remove_prefix(1);
    }
    std::vector<WordId>& own_or_not = element.kind == Element::Kind::kNot ? not_own : own_words;
    PhraseList words;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t bar = std::min(text.find('|', pos), text.size());
        const auto member = text.substr(pos, bar - pos);
        if (member.empty()) {
            throw Error(fmt::format("empty alternative in '{}'", original));
        }
        if (member.front() == '&') {
            expand_member(member, classes, words);
        } else {
            // Elements are separated by spaces, so an alternative of several words joins them
            // with '_': "exchanged_fire".
            std::string joined(member);
            std::replace(joined.begin(), joined.end(), '_', ' ');
            PhraseList own;
            expand_member(joined, classes, own);
            for (const auto& phrase : own) {
                if (phrase.size() == 1) {  // "set" of "set_up" would excuse "set to"
                    own_or_not.push_back(vocabulary.intern(phrase.front()));
                }
            }
            words.insert(words.end(), own.begin(), own.end());
        }
        pos = bar + 1;
    }
    for (const auto& phrase : number_phrases(words, vocabulary)) {
        element.firsts.push_back(phrase.front());
        element.rest_begin.push_back(static_cast<std::uint32_t>(element.rest.size()));
        element.rest.insert(element.rest.end(), phrase.begin() + 1, phrase.end());
    }
    element.rest_begin.push_back(static_cast<std::uint32_t>(element.rest.size()));
    return element;
}

// The most entities one coordinated slot gathers ("A, B and C"); see Matcher::groups().
constexpr std::size_t kMaxGroupMembers = 64;

class Matcher {
public:
    Matcher(const Pattern& pattern, const SentenceView& sentence, const Vocabulary& vocabulary)
        : elements_(pattern.elements), s_(sentence), vocabulary_(vocabulary) {}

    std::optional<PatternMatch> run(const std::uint32_t start) {
        if (elements_.front().kind == Element::Kind::kSlot && !may_fill(elements_.front(), start)) {
            return std::nullopt;
        }
        match_.begin = start;
        if (!match(0, start)) {
            return std::nullopt;
        }
        return match_;
    }

private:
    std::uint32_t size() const { return static_cast<std::uint32_t>(s_.units.size()); }

    // Whether the hyphen at unit u is the dash that ends a dateline ("ROME - The World Food
    // Programme ..."): between spaces, after words in capitals only. Between two names it
    // joins them ("North Korea-Russia", "US - China talks").
    bool spaced_dash(const std::uint32_t u) const {
        const Token* dash = token_at(u);
        if (dash == nullptr || u == 0 || u + 1 >= size()) {
            return false;
        }
        const Token& before = s_.tokens[s_.units[u].token - 1];
        const Token& after = s_.tokens[s_.units[u].token + 1];
        if (before.offset + before.text.size() >= dash->offset ||
            dash->offset + dash->text.size() >= after.offset) {
            return false;
        }
        bool city = false;  // "ROME", not "US" in "US - China talks"
        for (std::uint32_t t = s_.units[0].token; t < s_.units[u].token; ++t) {
            if (s_.tokens[t].kind == TokenKind::kWord && !s_.tokens[t].all_caps) {
                return false;
            }
            city = city || s_.tokens[t].text.size() >= 4;
        }
        return city;
    }

    const Token* token_at(const std::uint32_t u) const {
        if (u >= size() || s_.units[u].mention >= 0) {
            return nullptr;
        }
        return &s_.tokens[s_.units[u].token];
    }

    // Whether the word at unit u is a noun a name before it only qualifies.
    bool qualifies_next(const std::uint32_t u) const {
        // In lower case: "the China Coast Guard" is the country's, not a coast's; so are
        // "Chinese coast guard vessels".
        const Token* t = token_at(u);
        const Token* next = token_at(u + 1);
        if (t != nullptr && !t->capitalized && vocabulary_.targeted_act(t->word)) {
            // Unless the act's target is named after it: "the Israel campaign against
            // Hezbollah", "the Saudi Arabia campaign in Yemen" are the country's own.
            const std::uint32_t target = is(u + 2, Vocabulary::kThe) ? u + 3 : u + 2;
            const bool targeted = next != nullptr && mention_at(target) != nullptr &&
                                  (next->norm == "against" || next->norm == "on" ||
                                   next->norm == "in" || next->norm == "of");
            const Mention* name = u > 0 ? mention_at(u - 1) : nullptr;
            return !targeted && name != nullptr && name->type == EntityType::kCountry &&
                   !name->demonym && !s_.tokens[name->begin].all_caps;
        }
        if (t == nullptr || t->capitalized || !vocabulary_.qualified_noun(t->word) ||
            (next != nullptr && (next->norm == "guard" || next->norm == "guards"))) {
            return false;
        }
        // A body's offensive is its own act, where a country's name may say where one is
        // fought: "condemned the M23 offensive", not "the Kursk offensive".
        const std::int32_t m = u > 0 ? s_.units[u - 1].mention : -1;
        const bool offensive =
            t->norm == "offensive" || t->norm == "counteroffensive" || t->norm == "incursion";
        return !(offensive && m >= 0 &&
                 s_.mentions[static_cast<std::size_t>(m)].type == EntityType::kOrganization);
    }

    // Whether the body whose name ends before unit u only says where the speaker of a name
    // before it is posted: "Sudan's UN ambassador", "Russia's NATO envoy".
    bool posted_at(const std::uint32_t u) const {
        const Mention* body = u >= 3 ? mention_at(u - 1) : nullptr;
        const Token* speaker = token_at(u);
        return body != nullptr && body->type == EntityType::kOrganization &&
               speaker != nullptr && envoy_nouns().contains(*speaker) &&
               is(u - 2, Vocabulary::kPossessive) && mention_at(u - 3) != nullptr;
    }

    // Whether the words at unit u make the name before them say where private people or a
    // firm come from: "Israeli settlers", "a Chinese national", "a UAE-based firm". A
    // national "force" or "guard" is the state's.
    bool names_private_people(const std::uint32_t u) const {
        const Token* t = token_at(u);
        if (t == nullptr || t->capitalized) {
            return false;
        }
        // "attacked Pakistan's bowlers": the players, not the country.
        if (t->word == Vocabulary::kPossessive) {
            const Token* after = token_at(u + 1);
            return after != nullptr && !after->capitalized &&
                   vocabulary_.private_person(after->word) && after->norm != "national" &&
                   after->norm != "based";
        }
        if (t->word == Vocabulary::kHyphen) {
            const Token* after = token_at(u + 1);
            return after != nullptr && !after->capitalized &&
                   vocabulary_.private_person(after->word) && after->norm != "national";
        }
        // A country's rebels and opposition (kAgainstState).
        if (vocabulary_.against_state(t->word)) {
            const std::int32_t m = s_.units[u - 1].mention;
            return m >= 0 && s_.mentions[static_cast<std::size_t>(m)].type == EntityType::kCountry;
        }
        if (!vocabulary_.private_person(t->word)) {
            return false;
        }
        if (t->norm != "national") {
            return true;
        }
        // "a Chinese national", "Chinese national Li Wei", not "the Chinese national army".
        const std::uint32_t name = s_.units[u - 1].token;
        const Token* next = token_at(u + 1);
        const bool indefinite =
            name > 0 && (s_.tokens[name - 1].norm == "a" || s_.tokens[name - 1].norm == "an");
        return indefinite ||
               next == nullptr || next->capitalized || next->kind != TokenKind::kWord;
    }

    // Whether the hyphen at unit u joins the name before it to a participle of making:
    // "Russian-made", "Chinese-built", "US-supplied".
    bool names_maker(const std::uint32_t u) const {
        static const FoldedWordSet kMade{"made", "built", "designed", "produced", "manufactured",
                                         "supplied", "origin", "developed", "licensed"};
        const Token* hyphen = token_at(u);
        const Token* made = token_at(u + 1);
        return u > 0 && hyphen != nullptr && made != nullptr && s_.units[u - 1].mention >= 0 &&
               kMade.contains(*made) &&
               joins_compound(s_.tokens[s_.units[u].token - 1], *hyphen, *made);
    }

    // Words for a company or a group that a name of its own may follow: "the Turkish
    // manufacturer Baykar", "the Belarusian state airline Belavia" (body_noun_words()).
    bool names_a_body(const Token& t) const {
        return !t.capitalized && vocabulary_.body_noun(t.word);
    }

    // Whether unit u is a word for a company and a name follows: "the Turkish manufacturer
    // Baykar", "the Chinese firm Huawei".
    bool describes_named_noun(const std::uint32_t u) const {
        const Token* t = token_at(u);
        return t != nullptr && names_a_body(*t) && mention_at(u + 1) != nullptr;
    }

    // The unit of the company or group that a slot starting at unit u names by its own name,
    // when the name before only says whose it is: "sanctioned the Belarusian state airline
    // Belavia", "from the Turkish manufacturer Baykar", "Venezuela's state oil company,
    // PDVSA,", "on the state oil company PDVSA". A country or a body (or its possessive), or
    // none after an article, at most four small words ending in a word for a company or a
    // group, then a name that is no place, or one in apposition.
    std::optional<std::uint32_t> named_body(std::uint32_t u) const {
        const bool article = is(u, Vocabulary::kThe) || (u > 0 && is(u - 1, Vocabulary::kThe));
        if (is(u, Vocabulary::kThe)) {
            ++u;
        }
        // With no owner, after an article only: "on the state oil company PDVSA".
        const Mention* owner = mention_at(u);
        if ((owner == nullptr && !article) ||
            (owner != nullptr && owner->type == EntityType::kPerson)) {
            return std::nullopt;
        }
        std::uint32_t v = owner == nullptr                       ? u
                          : is(u + 1, Vocabulary::kPossessive) ? u + 2
                                                               : u + 1;
        // The words are of one noun phrase: no article, and no past tense right after a name,
        // where it is the name's verb ("The EU sanctioned the company PDVSA" is no company of
        // the EU's); after a possessive it qualifies ("Russia's privately owned group").
        for (int words = 0;; ++v) {
            const Token* t = token_at(v);
            if (t == nullptr || t->capitalized || t->kind != TokenKind::kWord || ++words > 4 ||
                t->word == Vocabulary::kOf || t->word == Vocabulary::kAnd ||
                t->word == Vocabulary::kOr || vocabulary_.clause_barrier(t->word) ||
                vocabulary_.phrase_barrier(t->word) || Vocabulary::determiner(t->word) ||
                (owner != nullptr && !is(u + 1, Vocabulary::kPossessive) &&
                 t->norm.ends_with("ed"))) {
                return std::nullopt;
            }
            if (names_a_body(*t)) {
                break;
            }
        }
        ++v;
        const bool apposition = is(v, Vocabulary::kComma);
        if (apposition) {
            ++v;
        }
        const Mention* name = mention_at(v);
        if (name == nullptr || name->type == EntityType::kLocation ||
            name->type == EntityType::kCountry || name->type == EntityType::kPerson) {
            return std::nullopt;
        }
        // In apposition, closed: not the source of "..., Reuters reported".
        if (apposition) {
            const Token* after = token_at(v + 1);
            const bool closed = v + 1 >= size() ||
                                (after != nullptr && (after->word == Vocabulary::kComma ||
                                                      after->text == "." || after->text == ";" ||
                                                      after->text == "("));
            if (!closed) {
                return std::nullopt;
            }
        }
        return v;
    }

    // The unit of the place a slot starting at unit u names, when the name before only says
    // whose it is: "on the Greek island of Crete", "the Israeli Red Sea city of Eilat". A
    // country or its possessive, at most two small words or a place, a word for a place,
    // "of", then the place.
    std::optional<std::uint32_t> named_place(std::uint32_t u) const {
        static const FoldedWordSet kPlaceNouns{"island",  "city",     "town",      "port",
                                               "village", "region",   "province",  "district",
                                               "oblast",  "state",    "islands",   "enclave",
                                               "regions", "provinces", "territories",
                                               "departments", "states",  "prefectures"};
        if (is(u, Vocabulary::kThe)) {
            ++u;
        }
        // A country's, or its possessive ("Georgia's breakaway regions of Abkhazia and South
        // Ossetia"): in "the Gedo region of Jubaland" the region is Gedo.
        const Mention* owner = mention_at(u);
        if (owner == nullptr || owner->type != EntityType::kCountry) {
            return std::nullopt;
        }
        std::uint32_t v = is(u + 1, Vocabulary::kPossessive) ? u + 2 : u + 1;
        for (int words = 0;; ++v) {
            const Token* t = token_at(v);
            if (t != nullptr && !t->capitalized && kPlaceNouns.contains(*t)) {
                break;
            }
            const Mention* m = mention_at(v);
            if (++words > 2 ||
                (t == nullptr && (m == nullptr || m->type != EntityType::kLocation)) ||
                (t != nullptr && (t->capitalized || t->kind != TokenKind::kWord ||
                                  vocabulary_.clause_barrier(t->word) ||
                                  vocabulary_.phrase_barrier(t->word) ||
                                  t->word == Vocabulary::kAnd || t->word == Vocabulary::kOf))) {
                return std::nullopt;
            }
        }
        if (!is(v + 1, Vocabulary::kOf)) {
            return std::nullopt;
        }
        const std::uint32_t place = is(v + 2, Vocabulary::kThe) ? v + 3 : v + 2;
        const Mention* name = mention_at(place);
        if (name == nullptr || name->type != EntityType::kLocation) {
            return std::nullopt;
        }
        return place;
    }

    // The unit of the person a slot starting at unit u names, when the words before the name
    // only say what the person is: "bankrolled the fugitive oligarch Ilan Shor", "met the
    // Moldovan opposition leader Maia Sandu". Perhaps an article and a country's name, at most
    // three small words ending in a word for a person (person_description_words()), then a
    // person's name.
    std::optional<std::uint32_t> described_person(std::uint32_t u) const {
        const auto article = [&](const std::uint32_t at) {
            const Token* t = token_at(at);
            return t != nullptr &&
                   (t->word == Vocabulary::kThe || t->norm == "a" || t->norm == "an");
        };
        const bool opened = article(u) || (u > 0 && article(u - 1));
        if (article(u)) {
            ++u;
        }
        // After an article only, where the name is a demonym: not "Moscow bankrolled ...".
        if (const Mention* owner = mention_at(u);
            opened && owner != nullptr && owner->type == EntityType::kCountry &&
            !is(u + 1, Vocabulary::kPossessive)) {
            ++u;
        }
        for (int words = 0;; ++u) {
            const Token* t = token_at(u);
            // A title in lower case opens the person's mention: "the opposition leader Ilan
            // Shor", where "leader" is one.
            if (const Mention* titled = mention_at(u);
                titled != nullptr && words > 0 && titled->type == EntityType::kPerson &&
                titled->end > titled->begin + 1 && !s_.tokens[titled->begin].capitalized) {
                return u;
            }
            if (t == nullptr || t->capitalized || t->kind != TokenKind::kWord || ++words > 3 ||
                t->word == Vocabulary::kOf || t->word == Vocabulary::kAnd ||
                t->word == Vocabulary::kOr || vocabulary_.clause_barrier(t->word) ||
                vocabulary_.phrase_barrier(t->word)) {
                return std::nullopt;
            }
            if (vocabulary_.person_noun(t->word)) {
                break;
            }
        }
        const Mention* name = mention_at(u + 1);
        // A name nothing else typed is the person's the words say it is.
        if (name == nullptr ||
            (name->type != EntityType::kPerson && name->type != EntityType::kOther)) {
            return std::nullopt;
        }
        return u + 1;
    }

    // The unit of the name a possessive at the end of a pattern belongs to: in "arming
    // Sudan's paramilitary Rapid Support Forces" or "struck Yemen's Houthis", the object is
    // the group, not the country that has it. After "'s", at most two small words, none "of",
    // "and", "or" or a preposition, then a name that is not a place (a place keeps "Russia's
    // Kursk region" for both); or up to three such words and the name in apposition after a
    // comma ("Venezuela's state oil company, PDVSA,"). "condemned Russia's invasion of
    // Ukraine" is Russia's. None when unit u is not such a possessive.
    std::optional<std::uint32_t> possessed_name(const std::uint32_t u) const {
        if (mention_at(u) == nullptr || !is(u + 1, Vocabulary::kPossessive)) {
            return std::nullopt;
        }
        std::uint32_t v = u + 2;
        int words = 0;
        for (; words <= 4 && mention_at(v) == nullptr; ++words, ++v) {
            // "Venezuela's state oil company, PDVSA,": its name in apposition after a comma,
            // or two names ("Russia's two largest oil producers, Rosneft and Lukoil,").
            if (words > 0 && is(v, Vocabulary::kComma) && mention_at(v + 1) != nullptr) {
                std::uint32_t close = v + 2;
                if (is(close, Vocabulary::kAnd) && mention_at(close + 1) != nullptr) {
                    close += 2;
                }
                const Token* after = token_at(close);
                if (close >= size() || is(close, Vocabulary::kComma) ||
                    (after != nullptr && after->text == ".")) {
                    ++v;
                    break;
                }
            }
            const Token* t = token_at(v);
            if (words == 4 || t == nullptr || t->capitalized || t->kind != TokenKind::kWord ||
                t->word == Vocabulary::kOf || t->word == Vocabulary::kAnd ||
                t->word == Vocabulary::kOr || vocabulary_.clause_barrier(t->word) ||
                vocabulary_.phrase_barrier(t->word)) {
                return std::nullopt;
            }
            // Past two words, only before the apposition's comma.
            if (words >= 2 && !is(v + 1, Vocabulary::kComma) &&
                !(words == 2 && token_at(v + 1) != nullptr && is(v + 2, Vocabulary::kComma))) {
                return std::nullopt;
            }
        }
        const Mention* m = mention_at(v);
        if (m == nullptr || m->type == EntityType::kLocation) {
            return std::nullopt;
        }
        return v;
    }

    // Whether the names joined from unit u on ("Venezuela and Russia") are followed by a small
    // word that is no preposition, conjunction or possessive: a verb, most likely.
    bool verb_after_names(std::uint32_t u) const {
        while (mention_at(u) != nullptr) {
            ++u;
            if (is(u, Vocabulary::kComma) || is(u, Vocabulary::kAnd) || is(u, Vocabulary::kOr)) {
                std::uint32_t v = u + 1;
                if (is(v, Vocabulary::kAnd) || is(v, Vocabulary::kOr)) {
                    ++v;
                }
                if (is(v, Vocabulary::kThe)) {
                    ++v;
                }
                if (mention_at(v) != nullptr) {
                    u = v;
                    continue;
                }
            }
            break;
        }
        const Token* t = token_at(u);
        return t != nullptr && t->kind == TokenKind::kWord && !t->capitalized &&
               t->word != Vocabulary::kAnd && t->word != Vocabulary::kOr &&
               t->word != Vocabulary::kPossessive && !vocabulary_.phrase_barrier(t->word);
    }

    // Whether the names joined from unit u on are followed by a verb in the past: "Sri Lanka
    // signed", "Russia sent" (not "of", nor a verb in -s, which may be a noun).
    bool past_verb_after_names(std::uint32_t u) const {
        while (mention_at(u) != nullptr) {
            ++u;
            if ((is(u, Vocabulary::kComma) || is(u, Vocabulary::kAnd)) &&
                mention_at(u + 1) != nullptr) {
                ++u;
                continue;
            }
            break;
        }
        const Token* t = token_at(u);
        return t != nullptr && t->kind == TokenKind::kWord && !t->capitalized && past_tense(*t);
    }

    // Whether the comma at unit u is the sentence's first and ends a phrase or a clause that
    // opens it ("After ...,", "In Geneva,").
    bool opening_comma(const std::uint32_t u) const { return ends_opening_phrase(s_, u); }

    // Whether the names joined from unit u on are followed by a verb of speech: in "Russia
    // invaded Ukraine, Germany and France told the Council", the names are who spoke.
    bool speech_after_names(std::uint32_t u) const {
        // Past "and" or "or" only: in "Russia sanctioned Britain, Canada and Australia, Moscow
        // said", the one that speaks follows a comma of its own.
        while (mention_at(u) != nullptr) {
            ++u;
            std::uint32_t v = u;
            if (is(v, Vocabulary::kAnd) || is(v, Vocabulary::kOr)) {
                ++v;
                if (is(v, Vocabulary::kThe)) {
                    ++v;
                }
            }
            if (v > u && mention_at(v) != nullptr) {
                u = v;
            }
        }
        const Token* t = token_at(u);
        return t != nullptr && speech_verbs().contains(*t);
    }

    const Mention* mention_at(const std::uint32_t u) const {
        if (u >= size() || s_.units[u].mention < 0) {
            return nullptr;
        }
        return &s_.mentions[static_cast<std::size_t>(s_.units[u].mention)];
    }

    // The number of the word at unit u; kOther for a mention or past the end.
    WordId word_at(const std::uint32_t u) const {
        const Token* t = token_at(u);
        return t == nullptr ? Vocabulary::kOther : t->word;
    }

    bool is(const std::uint32_t u, const WordId word) const { return word_at(u) == word; }

    // Whether the apposition starting at unit u has a singular head: "a ..." or "an ...", or
    // "the ..." whose last word before "of", "which", "that" or a comma does not end in -s,
    // with no count or "both" before it.
    bool singular_apposition(const std::uint32_t u) const {
        const Token* article = token_at(u);
        if (article == nullptr) {
            return false;
        }
        if (article->norm == "a" || article->norm == "an") {
            return true;
        }
        // A capitalized title of one before "of": "A and Dr. B, President of the IPC,", "...,
        // Director-General of the WTO,", "..., Prime Minister of Japan,".
        if (article->capitalized && article->kind == TokenKind::kWord) {
            std::uint32_t k = u + 1;
            while (k <= u + 4 && token_at(k) != nullptr &&
                   (token_at(k)->capitalized || token_at(k)->norm == "-")) {
                ++k;
            }
            const Token* of = token_at(k);
            const Token* last = token_at(k - 1);
            return of != nullptr && of->word == Vocabulary::kOf && last != nullptr &&
                   !last->norm.ends_with("s");
        }
        if (article->word != Vocabulary::kThe) {
            return false;
        }
        static const FoldedWordSet kPlural{"two", "three", "four", "five", "both", "all"};
        for (std::uint32_t k = u + 1; k <= u + 5; ++k) {
            const Token* t = token_at(k);
            // A place that qualifies the head is passed: "the South American bloc made up of".
            if (const Mention* m = mention_at(k);
                m != nullptr && m->type == EntityType::kLocation && token_at(k + 1) != nullptr &&
                token_at(k + 1)->kind == TokenKind::kWord) {
                continue;
            }
            if (t == nullptr || kPlural.contains(*t)) {
                return false;
            }
            const Token* next = token_at(k + 1);
            if (next != nullptr &&
                (next->word == Vocabulary::kOf || next->word == Vocabulary::kWhich ||
                 next->word == Vocabulary::kComma || next->norm == "that")) {
                return t->kind == TokenKind::kWord && !t->norm.ends_with("s");
            }
        }
        return false;
    }

    // Ends (one past the last unit) of every alternative of words element `e` that starts at
    // unit u, longest first.
    using Ends = boost::container::small_vector<std::uint32_t, 8>;  // on the stack, see Groups

    void phrase_ends(const Element& e, const std::uint32_t u, Ends& ends) const {
        WordId first = word_at(u);
        // A pronoun the text resolved to a name is still the word a rule may name: "criticised
        // what she called Lima's reading", where "she" is the minister.
        if (const Mention* m = mention_at(u);
            first == Vocabulary::kOther && m != nullptr && m->end == m->begin + 1) {
            static const FoldedWordSet kPronouns{"he", "she", "it", "they", "we"};
            if (kPronouns.contains(s_.tokens[m->begin])) {
                first = s_.tokens[m->begin].word;
            }
        }
        if (first == Vocabulary::kOther) {
            // A name nothing typed that ends in a one-word alternative is that word: "signed a
            // Defence Cooperation Agreement", "upgraded ties to a Comprehensive Strategic
            // Partnership".
            const Mention* m = mention_at(u);
            if (m != nullptr && m->type == EntityType::kOther && m->end > m->begin + 1) {
                const WordId last = s_.tokens[m->end - 1].word;
                const auto at = std::lower_bound(e.firsts.begin(), e.firsts.end(), last);
                for (auto it = at; it != e.firsts.end() && *it == last; ++it) {
                    const auto i = static_cast<std::size_t>(it - e.firsts.begin());
                    if (last != Vocabulary::kOther && e.rest_begin[i] == e.rest_begin[i + 1]) {
                        ends.push_back(u + 1);
                        break;
                    }
                }
            }
            return;
        }
        const auto from = std::lower_bound(e.firsts.begin(), e.firsts.end(), first);
        for (auto it = from; it != e.firsts.end() && *it == first; ++it) {
            const auto i = static_cast<std::size_t>(it - e.firsts.begin());
            std::uint32_t v = u + 1;
            bool ok = true;
            for (std::uint32_t k = e.rest_begin[i]; k < e.rest_begin[i + 1]; ++k, ++v) {
                if (!is(v, e.rest[k])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                ends.push_back(v);
            }
        }
    }

    bool type_ok(const Element& e, const Mention& m) const {
        return e.type_mask == 0 || (e.type_mask & (1U << static_cast<unsigned>(m.type))) != 0;
    }

    // A candidate group of a slot: it ends at `end` and holds the first `count` entities of
    // Groups::members, or only the last of them.
    struct Group {
        std::uint32_t end = 0;
        std::uint32_t count = 0;
        bool last_only = false;
    };
    // The candidates of one slot at one unit, longest first. Held on the stack: the matcher
    // tries this at every mention for every rule, and heap allocations here were most of what
    // it cost once the heap was fragmented by a long ingest.
    struct Groups {
        boost::container::small_vector<std::uint32_t, 8> members;
        boost::container::small_vector<Group, 8> found;
    };

    // Coordinated mentions starting at u: "A", "A and B", "A, B and the C", "A-B", and for
    // S/O slots "A's B" where B is a place.
    // A slot that ends the pattern takes the whole list before a relative clause: in "a member
    // of A, B and C, which ...", the clause is not what the rule read.
    void groups(const Element& e, std::uint32_t u, Groups& out, const bool ends_pattern) const {
        auto& found = out.found;
        auto& members = out.members;
        // The article is not part of a name: "by the European Union" fills "by S". Nor is
        // the "both" that opens a pair: "sanctioned by both the UN and the United States".
        if (is(u, Vocabulary::kBoth) &&
            (mention_at(u + 1) != nullptr || is(u + 1, Vocabulary::kThe))) {
            ++u;
        }
        if (is(u, Vocabulary::kThe) && mention_at(u + 1) != nullptr) {
            ++u;
        }
        u = past_pairs_owner(e, u);
        const Mention* first = mention_at(u);
        if (first == nullptr || !type_ok(e, *first)) {
            return;
        }
        // The preposition before the group, which a member may repeat: "a member of NATO and
        // of the European Union", "troops to Russia and to Belarus".
        // Past an owner's possessive: "contracts with China's CATL and with Uranium One".
        std::uint32_t opening = u > 0 && is(u - 1, Vocabulary::kThe) ? u - 1 : u;
        if (opening > 1 && is(opening - 1, Vocabulary::kPossessive) &&
            mention_at(opening - 2) != nullptr) {
            opening -= opening > 2 && is(opening - 3, Vocabulary::kThe) ? 3 : 2;
        }
        const WordId preposition = opening > 0 ? word_at(opening - 1) : Vocabulary::kOther;
        // Whether a verb's object opens the group, which a clause after "and" does not join:
        // "he met President Xi Jinping and Sri Lanka signed ...", where "met" comes before.
        const Token* before_group = opening > 0 ? token_at(opening - 1) : nullptr;
        const bool verb_before = before_group != nullptr && !before_group->capitalized &&
                                 before_group->kind == TokenKind::kWord &&
                                 !vocabulary_.phrase_barrier(before_group->word) &&
                                 !vocabulary_.clause_barrier(before_group->word) &&
                                 before_group->word != Vocabulary::kAnd &&
                                 before_group->word != Vocabulary::kOr;
        const bool may_repeat =
            preposition == Vocabulary::kOf ||
            (preposition != Vocabulary::kOther && vocabulary_.phrase_barrier(preposition) &&
             !vocabulary_.clause_barrier(preposition));
        const auto add_member = [&](const Mention& m) {
            members.push_back(m.entity);
            if (m.also != kNoEntity) {
                members.push_back(m.also);
            }
        };
        const auto count = [&] { return static_cast<std::uint32_t>(members.size()); };
        add_member(*first);
        const Mention* last = first;
        std::uint32_t end = u + 1;
        found.push_back({end, count(), false});  // a P group needs two: filtered below
        // A comma list counts only once "and" or "or" closes it ("A, B and C"): a trailing ", B"
        // is an apposition or a new clause ("... to Ukraine, Defence Secretary Healey said").
        boost::container::small_vector<Group, 8> open_list;
        bool joined_by_and = false;
        // Places joined by a possessive ("Vietnam's Mekong Delta"), which make no list.
        std::size_t placed = 0;
        // Past kMaxGroupMembers names a list is data, not a subject: "Russia and Russia and ..."
        // over 200 KB took minutes and gigabytes before this bound.
        while (members.size() < kMaxGroupMembers) {
            std::uint32_t v = end;
            bool possessive = false;
            bool comma_only = false;
            // ", like Russia," after a group is one more of it: "Kyrgyzstan and Tajikistan,
            // like Russia, both belong to the CSTO".
            if (const Token* like = token_at(v + 1);
                e.role == 'S' && members.size() >= 2 && is(v, Vocabulary::kComma) &&
                like != nullptr && like->norm == "like" && mention_at(v + 2) != nullptr &&
                type_ok(e, *mention_at(v + 2)) && is(v + 3, Vocabulary::kComma)) {
                add_member(*mention_at(v + 2));
                end = v + 4;
                found.push_back({end, count(), false});
                break;
            }
            if (is(v, Vocabulary::kComma)) {
                ++v;
                if (is(v, Vocabulary::kAnd) || is(v, Vocabulary::kOr)) {
                    // ", and" closes a list of three or more ("A, B, and C"); after one name,
                    // or after "A and B", it joins clauses: "the invasion of Ukraine, and
                    // Sweden became a member".
                    if (members.size() - placed < 2 || joined_by_and) {
                        break;
                    }
                    ++v;
                } else {
                    comma_only = true;
                }
            } else if (is(v, Vocabulary::kAnd) || is(v, Vocabulary::kOr) ||
                       (is(v, Vocabulary::kHyphen) && !spaced_dash(v)) ||
                       is(v, Vocabulary::kAmpersand) ||
                       is(v, Vocabulary::kSlash)) {
                joined_by_and = joined_by_and || is(v, Vocabulary::kAnd) || is(v, Vocabulary::kOr);
                ++v;
            } else if (is(v, Vocabulary::kAs) && is(v + 1, Vocabulary::kWell) &&
                       is(v + 2, Vocabulary::kAs)) {
                v += 3;
            } else if (is(v, Vocabulary::kPossessive) && e.role != 'P') {
                ++v;
                possessive = true;
                // Past the part of the country it is in: "Iraq's southern Basra province".
                static const FoldedWordSet kParts{"northern",      "southern",      "eastern",
                                                  "western",       "central",       "north-eastern",
                                                  "north-western", "south-eastern", "south-western",
                                                  "northeastern",  "northwestern",  "southeastern",
                                                  "southwestern"};
                if (const Token* part = token_at(v); part != nullptr && !part->capitalized &&
                                                     kParts.contains(*part) &&
                                                     mention_at(v + 1) != nullptr) {
                    ++v;
                }
            } else {
                break;
            }
            if (may_repeat && !possessive && v > end && is(v, preposition)) {
                ++v;
            }
            const bool owner = is(v, Vocabulary::kIts) || is(v, Vocabulary::kTheir) ||
                               is(v, Vocabulary::kHis) || is(v, Vocabulary::kHer);
            if (is(v, Vocabulary::kThe) || is(v, Vocabulary::kBoth) || owner) {
                ++v;  // "Khawaja Asif and his Afghan counterpart, Mullah Mohammad Yaqoob"
            }
            // A kin in apposition after "and": "Boko Haram and its rival, ISWAP, have ...".
            // The name must close with a comma of its own.
            bool apposed = false;
            if (owner && !comma_only && v > end + 1) {
                static const FoldedWordSet kKin{
                    "ally",    "allies",     "rival",     "rivals",     "partner",  "partners",
                    "neighbour", "neighbor", "neighbours", "neighbors", "affiliate", "offshoot",
                    "patron",  "proxy",      "proxies"};
                const auto kin_at = [&](const std::uint32_t k) {
                    const Token* t = token_at(k);
                    return t != nullptr && kKin.contains(*t);
                };
                const std::uint32_t k = kin_at(v) ? v : v + 1;  // "its main rival"
                const std::uint32_t name = is(k + 2, Vocabulary::kThe) ? k + 3 : k + 2;
                if (kin_at(k) && is(k + 1, Vocabulary::kComma) && mention_at(name) != nullptr &&
                    is(name + 1, Vocabulary::kComma)) {
                    v = name;
                    apposed = true;
                }
            }
            // Capitalized words of a title before a person in a list of people: "Antonio Costa
            // and Commission President Ursula von der Leyen", "Todd and Secretary Marco Rubio".
            if (last->type == EntityType::kPerson && mention_at(v) == nullptr) {
                std::uint32_t k = v;
                while (k < v + 3 && token_at(k) != nullptr && token_at(k)->capitalized &&
                       token_at(k)->kind == TokenKind::kWord) {
                    ++k;
                }
                if (k > v && mention_at(k) != nullptr &&
                    mention_at(k)->type == EntityType::kPerson) {
                    v = k;
                }
            }
            // Or the person's or the firm's country: "Kenya's William Ruto and Uganda's Yoweri
            // Museveni", "with China's Huawei and with Russia's Rosatom".
            if ((last->type == EntityType::kPerson || last->type == EntityType::kOrganization) &&
                mention_at(v) != nullptr && mention_at(v)->type == EntityType::kCountry &&
                is(v + 1, Vocabulary::kPossessive) && mention_at(v + 2) != nullptr &&
                mention_at(v + 2)->type == last->type) {
                v += 2;
            }
            const Mention* next = mention_at(v);
            // A name of no known kind in a list of the kind the slot takes is passed over, not
            // the end of the list: "a member of the Council of Europe, the OSCE and the Central
            // European Initiative".
            const bool passed_over = next != nullptr && !type_ok(e, *next) &&
                                     next->type == EntityType::kOther && !possessive &&
                                     e.role != 'P';
            if (next == nullptr || (!type_ok(e, *next) && !passed_over) ||
                (possessive && next->type != EntityType::kLocation)) {
                break;
            }
            // "Russia and Iran's transfers": Iran starts a new noun phrase, not this group. So
            // does "the Chinese city of Tacheng" in "between Bakhty in Kazakhstan and the
            // Chinese city of Tacheng".
            if (!possessive && is(v + 1, Vocabulary::kPossessive) && e.role != 'P') {
                break;
            }
            static const FoldedWordSet kPlaceNouns{"city", "town", "village", "port", "region",
                                                   "province", "capital", "district"};
            if (const Token* noun = token_at(v + 1);
                next->type == EntityType::kCountry && noun != nullptr && !noun->capitalized &&
                kPlaceNouns.contains(*noun)) {
                break;  // a country before "city" is a demonym, which qualifies the city
            }
            // A demonym before a noun it qualifies, after a place, opens a noun phrase of its
            // own: in "deployed to Baidoa and Djiboutian soldiers to Beledweyne", the soldiers
            // are no place sent to.
            if (const Token* noun = token_at(v + 1);
                next->demonym && last->type == EntityType::kLocation && !last->demonym &&
                noun != nullptr && !noun->capitalized &&
                noun->kind == TokenKind::kWord && !vocabulary_.clause_barrier(noun->word) &&
                !vocabulary_.phrase_barrier(noun->word) && !is(v + 1, Vocabulary::kAnd) &&
                !is(v + 1, Vocabulary::kOr)) {
                break;
            }
            // A pronoun starts a clause of its own: "the CSTO, and it continues to ...". So
            // does a phrase that names a pair already met: "met his counterpart, Henry Saenz,
            // and the two countries signed an agreement".
            if (const WordId w = s_.tokens[next->begin].word;
                next->also != kNoEntity ||
                (next->end == next->begin + 1 &&
                 (w == Vocabulary::kIt || w == Vocabulary::kIts || w == Vocabulary::kHe ||
                  w == Vocabulary::kShe))) {
                break;
            }
            // A comma that ends the sentence's opening phrase or clause ends the group: "After
            // Russia invaded Ukraine, Finland and Sweden joined NATO", "In Geneva, Iran and
            // the United States met". So does one before names that speak: "Russia invaded
            // Ukraine, Germany and France told the Council".
            if (comma_only && (opening_comma(v - 1) || speech_after_names(v))) {
                break;
            }
            // A comma between a person and a country or a body ends the group when a verb
            // follows the names after it: in "where he met Vladimir Putin, Venezuela and Russia
            // signed a treaty", a clause begins. "Russia condemned Joe Biden, Britain and
            // France." is one list. So does "and" in a verb's object when a verb in the past
            // follows: "met President Xi Jinping and Sri Lanka signed ..." (not "Zelensky and
            // Poland condemned Russia", a subject, nor "accused Putin and Russia of war
            // crimes", nor a name its owner's pronoun opens: "Khalifa Haftar and his Libyan
            // National Army receive help").
            if ((last->type == EntityType::kPerson) != (next->type == EntityType::kPerson) &&
                (comma_only ? verb_after_names(v)
                            : !owner && verb_before && past_verb_after_names(v))) {
                break;
            }
            if (!passed_over) {
                last = next;
                add_member(*next);
            }
            placed += possessive ? 1 : 0;
            end = apposed ? v + 2 : v + 1;
            if (apposed) {
                found.insert(found.end(), open_list.begin(), open_list.end());
                open_list.clear();
                found.push_back({end, count(), false});
                break;
            }
            if (comma_only) {
                open_list.push_back({end, count(), false});
            } else {
                found.insert(found.end(), open_list.begin(), open_list.end());
                open_list.clear();
                found.push_back({end, count(), false});
            }
        }
        // "and other development partners", "and others": more of the list's kind that the
        // text leaves unnamed close it, and the pattern reads on past them ("urged the
        // European Union and other donors to ...").
        if (const Token* other = token_at(end + 1);
            (is(end, Vocabulary::kAnd) || is(end, Vocabulary::kOr)) && other != nullptr &&
            (other->norm == "other" || other->norm == "others") &&
            (e.role != 'P' || count() >= 2)) {
            // Up to the plural noun that ends the phrase ("other development partners"), so
            // that a verb after it stays the clause's ("the US and other donors sent aid").
            std::uint32_t k = end + 2;
            bool plural = other->norm == "others";
            while (!plural && k < end + 5 && mention_at(k) == nullptr && token_at(k) != nullptr &&
                   token_at(k)->kind == TokenKind::kWord && !token_at(k)->capitalized &&
                   !vocabulary_.clause_barrier(word_at(k)) &&
                   !vocabulary_.phrase_barrier(word_at(k))) {
                plural = token_at(k)->norm.ends_with("s");
                ++k;
            }
            if (plural) {
                found.insert(found.end(), open_list.begin(), open_list.end());
                open_list.clear();
                found.push_back({k, count(), false});
            }
        }
        // A relative clause belongs to the nearest noun: in "Xi, Modi and Guterres, who held
        // talks with Putin", only Guterres held talks; unless its verb agrees with a plural
        // ("Mali, Burkina Faso and Niger, which now make up the AES").
        // So does an apposition with a singular head: in "The African Union and IGAD, the
        // East African bloc of which South Sudan is a member", only IGAD is that bloc; not
        // "Poland and Romania, the two NATO members on the flank,".
        // The clause's words, of which the matcher reads the first four.
        const auto word_at = [&](const std::uint32_t k) { return token_at(k); };
        for (Group& group : found) {
            if (!ends_pattern && is(group.end, Vocabulary::kComma) &&
                (((is(group.end + 1, Vocabulary::kWho) || is(group.end + 1, Vocabulary::kWhich)) &&
                  (group.count < 2 || !plural_clause(word_at, group.end + 2, group.end + 6))) ||
                 // "the EU and Mercosur, of which Brazil is a founding member"
                 (token_at(group.end + 1) != nullptr &&
                  (is(group.end + 1, Vocabulary::kOf) || token_at(group.end + 1)->norm == "in") &&
                  is(group.end + 2, Vocabulary::kWhich)) ||
                 // "ECOWAS and the Alliance of Sahel States, comprising Burkina Faso, ..."
                 (token_at(group.end + 1) != nullptr &&
                  (token_at(group.end + 1)->norm == "comprising" ||
                   token_at(group.end + 1)->norm == "consisting")) ||
                 (e.role != 'P' && group.count >= 2 && singular_apposition(group.end + 1)))) {
                group.last_only = true;
            }
        }
        if (e.role == 'P') {
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [](const Group& g) { return g.last_only || g.count < 2; }),
                        found.end());
        }
        std::reverse(found.begin(), found.end());
    }

    // Where a P group starts whose first person is named with a country's possessive: past
    // the owner, at the person ("the two prime ministers, Australia's Anthony Albanese and
    // Papua New Guinea's James Marape, met"); `u` otherwise.
    std::uint32_t past_pairs_owner(const Element& e, const std::uint32_t u) const {
        const bool owned = e.role == 'P' && mention_at(u) != nullptr &&
                           mention_at(u)->type != EntityType::kPerson &&
                           is(u + 1, Vocabulary::kPossessive) && mention_at(u + 2) != nullptr &&
                           mention_at(u + 2)->type == EntityType::kPerson &&
                           (is(u + 3, Vocabulary::kAnd) || is(u + 3, Vocabulary::kComma));
        return owned ? u + 2 : u;
    }

    // Whether groups(e, u) can find a group, by the tests it starts with: a mention there (past
    // "the") of a type the slot takes and, for a P slot, a second entity in it or a word that
    // joins another to it. Most rules that start with a slot are tried at every mention and
    // fail here.
    bool may_fill(const Element& e, std::uint32_t u) const {
        if (is(u, Vocabulary::kThe) && mention_at(u + 1) != nullptr) {
            ++u;
        }
        u = past_pairs_owner(e, u);
        const Mention* first = mention_at(u);
        if (first == nullptr || !type_ok(e, *first)) {
            return false;
        }
        if (e.role != 'P' || first->also != kNoEntity) {
            return true;
        }
        const WordId next = word_at(u + 1);
        return next == Vocabulary::kComma || next == Vocabulary::kAnd ||
               next == Vocabulary::kOr || next == Vocabulary::kHyphen ||
               next == Vocabulary::kAmpersand || next == Vocabulary::kSlash ||
               next == Vocabulary::kAs;
    }

    // Whether unit u is a hyphen between two words, with no space on either side.
    bool compound_hyphen(const std::uint32_t u) const {
        const Token* t = token_at(u);
        const Token* before = u > 0 ? token_at(u - 1) : nullptr;
        const Token* after = token_at(u + 1);
        return t != nullptr && before != nullptr && after != nullptr &&
               joins_compound(*before, *t, *after);
    }

    // Whether the quote mark at unit u opens or closes a quoted phrase of one to four words
    // and no mark: a gap takes it as words ("warned of \"nuclear blackmail\" by Pakistan").
    bool short_quote(const std::uint32_t u) const {
        const auto quote = [&](const Token* t) { return t != nullptr && t->norm == "\""; };
        const auto words_to = [&](const int step) {
            for (int k = 1; k <= 5; ++k) {
                if (step < 0 && static_cast<std::uint32_t>(k) > u) {
                    return false;
                }
                const Token* t =
                    token_at(static_cast<std::uint32_t>(static_cast<int>(u) + step * k));
                if (quote(t)) {
                    return k > 1;
                }
                if (t == nullptr || t->kind != TokenKind::kWord) {
                    return false;
                }
            }
            return false;
        };
        return quote(token_at(u)) && (words_to(1) || words_to(-1));
    }

    bool gap_ok(const Element& e, const std::uint32_t u) const {
        const Token* t = token_at(u);
        if (t == nullptr) {
            // A gap never holds a mention of a known kind; a name the finder could not type
            // is words of the phrase ("held the annual Super Garuda Shield exercise with"), and
            // inside a noun phrase so is a place that qualifies the word after it ("on Syria's
            // Mediterranean coast", "its Black Sea ports").
            const Mention* m = mention_at(u);
            // Nor a name that is the first part of a compound: "the Serb-majority entity of",
            // "Chinese-made drones".
            const Token* hyphen = token_at(u + 1);
            const Token* rest = token_at(u + 2);
            if (m != nullptr && hyphen != nullptr && rest != nullptr && !rest->capitalized &&
                rest->kind == TokenKind::kWord &&
                joins_compound(s_.tokens[m->end - 1], *hyphen, *rest)) {
                return true;
            }
            // Nor, inside a noun phrase, a demonym before a noun it qualifies: "delivered
            // cargoes of Iranian fuel oil to the Houthis".
            const Token* noun = token_at(u + 1);
            if (m != nullptr && e.noun_phrase_gap && m->demonym && noun != nullptr &&
                !noun->capitalized && noun->kind == TokenKind::kWord &&
                !vocabulary_.clause_barrier(noun->word) &&
                !vocabulary_.phrase_barrier(noun->word)) {
                return true;
            }
            if (m != nullptr && e.noun_phrase_gap && m->type == EntityType::kLocation) {
                const Token* next = token_at(u + 1);
                return next != nullptr && next->kind == TokenKind::kWord &&
                       !vocabulary_.clause_barrier(next->word) &&
                       !vocabulary_.phrase_barrier(next->word) && !is(u + 1, Vocabulary::kAnd) &&
                       !is(u + 1, Vocabulary::kOr);
            }
            return m != nullptr && m->type == EntityType::kOther && m->end > m->begin + 1;
        }
        if (vocabulary_.clause_barrier(t->word)) {
            // After "of", "that" is a determiner: "sells some of that power to Kenya".
            const Token* of = u > 0 ? token_at(u - 1) : nullptr;
            return short_quote(u) ||
                   (t->norm == "that" && of != nullptr && of->word == Vocabulary::kOf);
        }
        if (!e.noun_phrase_gap || !vocabulary_.phrase_barrier(t->word)) {
            return true;
        }
        // Before a number a preposition is a quantity: "about 11,000 troops", "more than 100",
        // "more than $550 million", "at least four cutters".
        const Token* next = token_at(u + 1);
        if (next != nullptr && t->norm == "at" && (next->norm == "least" || next->norm == "most")) {
            return true;
        }
        if (next != nullptr && (next->text.ends_with('$') || next->text == "€" ||
                                next->text == "£")) {  // "$", "US$", "A$"
            next = token_at(u + 2);
        }
        // So before a count in words: "about a thousand soldiers", "about two dozen".
        static const FoldedWordSet kCounts{"a",    "an",    "one",   "two",   "three",
                                           "four", "five",  "six",   "seven", "eight",
                                           "nine", "ten",   "dozen", "dozens", "hundred",
                                           "hundreds", "thousand", "thousands"};
        return next != nullptr &&
               (next->kind == TokenKind::kNumber ||
                (t->norm == "about" && kCounts.contains(*next)));
    }

    bool match(const std::size_t index, const std::uint32_t u) {
        if (index == elements_.size()) {
            match_.end = u;
            return true;
        }
        const Element& e = elements_[index];
        switch (e.kind) {
            case Element::Kind::kGap: {
                // A hyphen inside a compound ("second-largest", "long-range") is not one of the
                // gap's words.
                int words = 0;
                for (std::uint32_t v = u;; ++v) {
                    if (v > u) {
                        if (!gap_ok(e, v - 1)) {
                            return false;
                        }
                        if (!compound_hyphen(v - 1) && ++words > e.max_gap) {
                            return false;
                        }
                    }
                    if (match(index + 1, v)) {
                        return true;
                    }
                }
            }
            case Element::Kind::kNot: {
                Ends ends;
                phrase_ends(e, u, ends);
                return ends.empty() && match(index + 1, u);
            }
            case Element::Kind::kName: {
                const Mention* name = mention_at(u);
                return name != nullptr && type_ok(e, *name) && match(index + 1, u + 1);
            }
            case Element::Kind::kWords: {
                if (e.repeat == Element::Repeat::kAny) {
                    Ends path{u};
                    while (path.size() < 8) {
                        Ends ends;
                        phrase_ends(e, path.back(), ends);
                        if (ends.empty()) {
                            break;
                        }
                        path.push_back(*std::max_element(ends.begin(), ends.end()));
                    }
                    for (auto it = path.rbegin(); it != path.rend(); ++it) {
                        if (match(index + 1, *it)) {
                            return true;
                        }
                    }
                    return false;
                }
                Ends ends;
                phrase_ends(e, u, ends);
                std::sort(ends.rbegin(), ends.rend());
                for (const std::uint32_t v : ends) {
                    if (match(index + 1, v)) {
                        return true;
                    }
                }
                return e.repeat == Element::Repeat::kOptional && match(index + 1, u);
            }
            case Element::Kind::kSlot: {
                auto& members = e.role == 'S' ? match_.subjects
                                : e.role == 'O' ? match_.objects
                                                : match_.pairs;
                Groups candidates;
                const std::size_t before = members.size();
                const bool ends_pattern = e.ends_match;
                std::uint32_t at = u;
                const auto takes = [&](const EntityType type) {
                    return e.type_mask == 0 ||
                           (e.type_mask & (1U << static_cast<unsigned>(type))) != 0;
                };
                const bool people = takes(EntityType::kPerson);
                const bool places = takes(EntityType::kLocation);
                if (const auto body = named_body(u)) {
                    at = *body;
                } else if (const auto person = people ? described_person(u) : std::nullopt) {
                    at = *person;
                } else if (const auto place =
                               places && ends_pattern ? named_place(u) : std::nullopt) {
                    at = *place;
                } else if (ends_pattern) {
                    if (const auto head = possessed_name(u)) {
                        at = *head;
                    }
                }
                groups(e, at, candidates, ends_pattern);
                for (const Group& group : candidates.found) {
                    // "head of North Korea's Reconnaissance General Bureau": the bureau is
                    // the object, not the country that owns it.
                    if (ends_pattern && is(group.end, Vocabulary::kPossessive) &&
                        possessed_name(group.end - 1)) {
                        continue;
                    }
                    // "troops in Ukraine war": the name only qualifies the noun after it,
                    // which is what the rule reached.
                    if (ends_pattern && qualifies_next(group.end)) {
                        continue;
                    }
                    if (names_private_people(group.end)) {
                        continue;
                    }
                    // "Sudan's UN ambassador accused": the ambassador is Sudan's, posted at the
                    // UN, which does nothing here (possessive_agents reads Sudan as the actor).
                    if (group.count == 1 && posted_at(group.end)) {
                        continue;
                    }
                    // "supplied Russian-made drones to Sudan": the name says where the goods
                    // were made, and the rule reached the goods, not the maker.
                    if ((ends_pattern || e.role == 'O') && names_maker(group.end)) {
                        continue;
                    }
                    // "from the Turkish manufacturer Baykar": the name only describes a noun
                    // whose own name follows, and that one is what the rule reached.
                    if (ends_pattern && describes_named_noun(group.end)) {
                        continue;
                    }
                    if ((group.last_only ? 1 : group.count) < e.min_members) {
                        continue;
                    }
                    const auto* all = candidates.members.data();
                    if (group.last_only) {
                        members.push_back(all[group.count - 1]);
                    } else {
                        members.insert(members.end(), all, all + group.count);
                    }
                    if (match(index + 1, group.end)) {
                        return true;
                    }
                    members.resize(before);
                }
                return false;
            }
        }
        return false;
    }

    const std::vector<Element>& elements_;
    const SentenceView& s_;
    const Vocabulary& vocabulary_;
    PatternMatch match_;
};

}  // namespace

void expand_member(const std::string_view member, const WordClasses& classes, PhraseList& out) {
    if (member.starts_with('&')) {
        const auto it = classes.find(std::string(member));
        if (it == classes.end()) {
            throw Error(fmt::format("unknown word class '{}'", member));
        }
        out.insert(out.end(), it->second.begin(), it->second.end());
        return;
    }
    // "deploy+" is the verb's forms; in a phrase, "lash+ out at" gives the first word's forms
    // before the rest ("lashes out at", "lashed out at", ...).
    const std::string_view first = member.substr(0, member.find(' '));
    if (first.size() > 1 && first.back() == '+') {
        std::vector<std::string> rest;
        if (first.size() < member.size()) {
            rest = fold_words(member.substr(first.size() + 1));
        }
        for (const auto& form : verb_forms(fold(first.substr(0, first.size() - 1)))) {
            // Split as the text is: "co-host+" gives "co - hosts", "co - hosting", ...
            std::vector<std::string> words = fold_words(form);
            words.insert(words.end(), rest.begin(), rest.end());
            out.push_back(std::move(words));
        }
        return;
    }
    auto words = fold_words(member);
    if (words.empty()) {
        throw Error(fmt::format("'{}' holds no word", member));
    }
    out.push_back(std::move(words));
}

Pattern parse_pattern(const std::string_view text, const WordClasses& classes,
                      Vocabulary& vocabulary) {
    Pattern pattern;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] == ' ' || text[pos] == '\t') {
            ++pos;
            continue;
        }
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        pattern.elements.push_back(
            parse_element(text.substr(pos, end - pos), classes, vocabulary, pattern.own_words));
        pos = end;
    }
    // A slot followed by nothing that takes a word ends the match: what refuses a word after
    // it takes none.
    for (auto it = pattern.elements.rbegin(); it != pattern.elements.rend(); ++it) {
        if (it->kind == Element::Kind::kSlot) {
            it->ends_match = true;
        }
        if (it->kind != Element::Kind::kNot) {
            break;
        }
    }
    std::sort(pattern.own_words.begin(), pattern.own_words.end());
    pattern.own_words.erase(std::unique(pattern.own_words.begin(), pattern.own_words.end()),
                            pattern.own_words.end());
    const auto& elements = pattern.elements;
    const auto count = [&](const char role) {
        return std::count_if(elements.begin(), elements.end(), [&](const Element& e) {
            return e.kind == Element::Kind::kSlot && e.role == role;
        });
    };
    const bool pair = count('P') == 1 && count('S') == 0 && count('O') == 0;
    const bool subject_object = count('P') == 0 && count('S') == 1 && count('O') == 1;
    if (!pair && !subject_object) {
        throw Error("a pattern needs one S and one O, or one P");
    }
    const Element& first = elements.front();
    if (elements.size() >= 2 && first.kind == Element::Kind::kSlot &&
        elements[1].kind == Element::Kind::kWords && elements[1].repeat == Element::Repeat::kOne &&
        elements[1].firsts.size() == 1 && elements[1].rest.empty() &&
        elements[1].firsts[0] == vocabulary.find(",")) {
        pattern.apposition = true;
    }
    if (first.kind == Element::Kind::kGap || first.kind == Element::Kind::kNot ||
        first.kind == Element::Kind::kName || first.repeat != Element::Repeat::kOne) {
        throw Error("a pattern must start with a slot or a required word");
    }
    if (elements.back().kind == Element::Kind::kGap) {
        throw Error("a pattern cannot end with a gap");
    }
    return pattern;
}

bool ends_opening_phrase(const SentenceView& sentence, const std::uint32_t comma) {
    static const FoldedWordSet kOpeners{
        "after",  "before",  "when",      "while",   "since",  "as",     "although",
        "though", "because", "if",        "once",    "until",  "in",     "on",
        "at",     "during",  "following", "despite", "with",   "amid",   "unlike",
        "like",   "under",   "for",       "from",    "throughout", "ahead", "beyond",
        "besides", "through", "to",       "over",    "without"};
    const auto plain = [&](const std::uint32_t u) -> const Token* {
        return u < sentence.units.size() && sentence.units[u].mention < 0
                   ? &sentence.tokens[sentence.units[u].token]
                   : nullptr;
    };
    const Token* first = plain(0);
    if (first == nullptr || !kOpeners.contains(*first)) {
        return false;
    }
    // A date ends the phrase where a name follows it: in "In 2022 Kazakhstan, Azerbaijan and
    // Georgia signed", the comma is the list's.
    static const FoldedWordSet kDateWords{"last", "this", "year", "month", "week"};
    const auto date_word = [&](const Token& t) {
        return t.kind == TokenKind::kNumber || month_names().contains(t) || kDateWords.contains(t);
    };
    std::uint32_t date = 1;
    while (date < comma && plain(date) != nullptr && date_word(*plain(date))) {
        ++date;
    }
    if (date > 1 && date < comma && sentence.units[date].mention >= 0) {
        return false;
    }
    for (std::uint32_t k = 1; k < comma; ++k) {
        if (const Token* t = plain(k); t != nullptr && t->word == Vocabulary::kComma) {
            return false;
        }
    }
    return true;
}

std::optional<PatternMatch> match_at(const Pattern& pattern, const SentenceView& sentence,
                                     const std::uint32_t start, const Vocabulary& vocabulary) {
    return Matcher(pattern, sentence, vocabulary).run(start);
}

Vocabulary::Vocabulary() {
    // In the order of Builtin.
    for (const std::string_view word : {"", ",", "and", "or", "-", "&", "/", "as", "well", "'s",
                                        "the", "both", "its", "their", "who", "which", "of", "his",
                                        "her", "he", "she", "it", "a", "an"}) {
        intern(word);
    }
    for (const std::string_view word : kClauseBarriers) {
        flags_[intern(word)] |= kClauseBarrier;
    }
    for (const std::string_view word : kPhraseBarriers) {
        flags_[intern(word)] |= kPhraseBarrier;
    }
    for (const std::string_view word : kTargetedActs) {
        flags_[intern(word)] |= kTargetedAct;
    }
    for (const std::string_view word : kQualifiedNouns) {
        flags_[intern(word)] |= kQualifiedNoun;
    }
    for (const std::string_view word : body_noun_words()) {
        flags_[intern(word)] |= kBodyNoun;
    }
    for (const std::string_view word : kPrivatePeople) {
        flags_[intern(word)] |= kPrivatePerson;
    }
    for (const std::string_view word : kAgainstState) {
        flags_[intern(word)] |= kAgainstStateWord;
    }
    for (const std::string_view word : person_description_words()) {
        flags_[intern(word)] |= kPersonNoun;
    }
}

WordId Vocabulary::intern(const std::string_view word) {
    const auto next = static_cast<WordId>(flags_.size());
    const WordId id = ids_.insert(0, word, next);
    if (id == next) {
        flags_.push_back(0);
        hashes_.add(WordTable::word_hash(word));
    }
    return id;
}

WordId Vocabulary::find(const std::string_view word) const {
    return find(word, WordTable::word_hash(word));
}

WordId Vocabulary::find(const std::string_view word, const std::uint32_t hash) const {
    if (!hashes_.may_hold(hash)) {
        return kOther;
    }
    const WordId id = ids_.find(0, word, hash);
    return id == WordTable::kNone ? kOther : id;
}

}  // namespace kg::extract
