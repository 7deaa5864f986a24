// Finding mentions in a sentence: the lexicon's longest matches, titles, and capitalized names
// the lexicon does not know, typed from their context.

#include <algorithm>
#include <cctype>

#include "extract/document_extraction.h"
#include "extract/word_lists.h"

namespace kg::extract {

namespace {

// Words that join parts of one name: "Bank of England", "Ursula von der Leyen".
const FoldedWordSet& name_connectors() {
    static const FoldedWordSet kSet{
        "of", "for", "the", "de", "von", "der", "van", "al", "bin", "la", "du", "del", "des",
        "los", "las", "da", "do", "dos"};
    return kSet;
}

const FoldedWordSet& organization_heads() {
    static const FoldedWordSet kSet{
        "ministry",     "agency",       "council",     "party",
        "army",         "corporation",  "corp.",       "group",
        "forces",       "command",      "bank",        "union",
        "organization", "organisation", "front",       "brigade",
        "brigades",     "university",   "institute",   "company",
        "inc.",         "committee",    "commission",  "authority",
        "guard",        "navy",         "alliance",    "movement",
        "fund",         "association",  "federation",  "office",
        "department",   "service",      "court",       "framework",
        "corps",        "network",      "centre",      "center",
        "foundation",   "mission",      "force",       "police",
        "coalition",    "directorate",  "bureau",      "secretariat",
        "assembly",     "parliament",   "congress",    "senate",
        "cabinet",      "government",   "militia",     "battalion",
        "regiment",     "shipping",     "trading",     "logistics",
        "holdings",     "industries",   "electronics", "airlines",
        "enterprises",  "enterprise",   "division",    "aerospace",
        "systems",      "technologies", "ports",       "energy",
        "petroleum",    "telecom",      "motors",      "pharmaceuticals",
        "cooperation",  "committees",   "limited",     "ltd",
        "ltd.",
    };
    return kSet;
}

const FoldedWordSet& location_heads() {
    static const FoldedWordSet kSet{
        "province",  "region",    "oblast", "city",   "island",   "islands",
        "sea",       "strait",    "river",  "valley", "district", "county",
        "mountains", "peninsula", "gulf",   "bay",    "desert", "dam",
        "base",      "airport",   "canal",  "airfield", "cosmodrome", "delta",
        "lake",      "plateau",   "basin",  "corridor", "archipelago", "coast",
        "territory", "prefecture", "governorate", "canton", "cays",     "cayes",
        "zone",
    };
    return kSet;
}

// Lower-case words after a place name that make it a region: "the Kursk region".
const FoldedWordSet& region_words() {
    static const FoldedWordSet kSet{"region",     "province", "oblast",  "district",  "governorate",
                                    "prefecture", "county",   "state",   "territory", "area",
                                    "department", "enclave",  "exclave", "valley",    "island",
                                    "atoll",      "republic"};
    return kSet;
}

// Nouns for what a person is, in an apposition after an unknown name: "Jane Roe, the
// mission's commander".
const FoldedWordSet& person_nouns() {
    static const FoldedWordSet kSet{
        "president", "minister",    "leader",       "chief",     "head",         "secretary",
        "spokesman", "spokeswoman", "spokesperson", "envoy",     "ambassador",   "commander",
        "general",   "chairman",    "chairwoman",   "director",  "official",     "founder",
        "king",      "queen",       "emir",         "governor",  "mayor",        "senator",
        "lawmaker",  "analyst",     "researcher",   "professor", "expert",       "journalist",
        "officer",   "negotiator",  "diplomat",     "activist",  "premier",      "chancellor",
        "warlord",   "ruler",       "politician",   "adviser",   "advisor",      "deputy",
        "colonel",   "captain",     "lieutenant",   "cleric",    "prosecutor",   "judge",
        "economist", "fellow",      "scholar",      "historian", "correspondent",
        "commissioner", "elder",    "resident",     "member",    "activist",
        "businessman", "businesswoman", "tycoon",   "billionaire", "oligarch",  "novelist",
        "writer",    "poet",        "lawyer",       "banker",    "executive",    "ceo"};
    return kSet;
}

// The legal form at the end of a company's name.
const FoldedWordSet& legal_forms() {
    static const FoldedWordSet kSet{"co.",  "co",  "ltd",   "ltd.", "limited", "inc.", "inc",
                                    "llc",  "plc", "corp.", "jsc",  "pjsc",    "ojsc", "gmbh",
                                    "s.a.", "ag",  "company"};
    return kSet;
}

// Nouns for a settlement or an area that name a place beside them: "the town of Bunagana",
// "Bunagana, a border town in ...".
// An initial of a first or a middle name, which keeps its dot: "V.", "M.".
bool is_initial(const Token& t) { return t.text.size() == 2 && t.text[1] == '.' && t.capitalized; }

const FoldedWordSet& place_nouns() {
    static const FoldedWordSet kSet{
        "town",           "city",       "village",     "port",     "region",       "province",
        "district",       "county",     "governorate", "oblast",   "enclave",      "settlement",
        "island",         "capital",    "state",       "towns",    "cities",       "ports",
        "regions",        "provinces",  "districts",   "counties", "governorates", "islands",
        "states",         "enclaves",   "exclave",     "exclaves", "resort",       "atoll",
        "suburb",         "township",   "oasis",       "villages", "departments",  "municipality",
        "municipalities", "prefecture", "prefectures", "cantons",  "communes",     "emirate",
        "seaport",        "harbour",    "harbor",      "camp",     "headland",     "peninsula",
        "station",        "crossing"};
    return kSet;
}

// Words after which the last word of a name names a father or a house that others share:
// "King Salman" is not "Mohammed bin Salman", and "Ben Youssef" is the surname of "Hela Ben
// Youssef".
const FoldedWordSet& surname_particles() {
    static const FoldedWordSet kSet{"bin", "ibn", "bint", "ben", "abu", "al", "el",
                                    "de",  "da",  "van",  "von", "del", "la"};
    return kSet;
}

// A minister's style, "the Right Honourable" or "the Rt Hon": its two words.
const FoldedWordSet& styles_right() {
    static const FoldedWordSet kSet{"right", "rt", "rt."};
    return kSet;
}

const FoldedWordSet& styles_honourable() {
    static const FoldedWordSet kSet{"honourable", "honorable", "hon", "hon."};
    return kSet;
}

}  // namespace

// Words in capitals for a measure, a thing or a role, which name no body: "GDP", "LNG", "CEO".
const FoldedWordSet& no_bodies() {
    static const FoldedWordSet kSet{
        "gdp",    "gnp",    "lng",    "lpg",   "eez",    "ceo",   "cfo",    "icbm",  "uav",
        "sam",    "mp",     "pm",     "vat",   "fdi",    "ai",    "it",     "tv",    "hq",
        "ngo",    "cpi",    "gps",    "ev",    "evs",    "oil",   "gas",    "usd",   "eur",
        "covid",  "hiv",    "aids",   "wmd",   "ied",    "rpg",   "himars", "atacms", "nasams",
        "awacs",  "manpads", "thaad", "mlrs",  "gmlrs",  "amraam", "jassm", "lrasm", "slbm",
        "irbm",   "ucav",   "ugv",    "usv",   "apc",    "ifv",   "mbt",    "iads",  "shorad",
        "sead",   "isr",    "c4isr",  "ais",   "vlcc",   "fpso",  "lpg",    "smr",   "ppe"};
    return kSet;
}

bool DocumentExtraction::is_demonym(const std::uint32_t t) const {
    return demonym_of(t).has_value();
}

std::optional<std::uint32_t> DocumentExtraction::demonym_of(const std::uint32_t t) const {
    const auto& trie = lex_.names();
    const std::uint32_t node = trie.step(TokenTrie::kRoot, tokens_[t].norm, tokens_[t].hash);
    const std::int32_t value = node == TokenTrie::kRoot ? TokenTrie::kNoValue : trie.value(node);
    if (value == TokenTrie::kNoValue) {
        return std::nullopt;
    }
    const Surface& surface = lex_.surfaces()[static_cast<std::size_t>(value)];
    return surface.kind == SurfaceKind::kDemonym ? std::optional(surface.entity) : std::nullopt;
}

bool DocumentExtraction::surface_fits(const Surface& surface, const std::uint32_t begin) const {
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

void DocumentExtraction::find_lexicon_mentions(SentenceState& s) {
    const auto& trie = lex_.names();
    std::uint32_t i = s.range.begin;
    while (i < s.range.end) {
        std::uint32_t node = TokenTrie::kRoot;
        std::uint32_t best_end = 0;
        std::int32_t best = TokenTrie::kNoValue;
        for (std::uint32_t j = i; j < s.range.end && (j > i || trie.may_start(tokens_[j].hash));
             ++j) {
            node = trie.step(node, tokens_[j].norm, tokens_[j].hash);
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
        // An acronym the document defined earlier: "... Company (HESA)", then "HESA". Only a
        // word in capitals can be one (absorb_acronym takes no other). It wins over the
        // lexicon's reading of the same word: after "the Coalition of Patriots for Change
        // (CPC)", "CPC" is not the Chinese Communist Party.
        if (tokens_[i].all_caps && !acronyms_.empty() &&
            (best == TokenTrie::kNoValue || best_end == i + 1)) {
            if (const auto it = acronyms_.find(std::string(tokens_[i].text));
                it != acronyms_.end()) {
                s.mentions.push_back({i, i + 1, it->second, entities_[it->second].type});
                ++i;
                continue;
            }
        }
        if (best == TokenTrie::kNoValue) {
            ++i;
            continue;
        }
        // "Abdul-Malik al-Houthi": a known name glued to "al-" is part of a person's name,
        // not the group (a form that starts with "al-", such as "al-Qaeda", matched from "al").
        if (i >= s.range.begin + 3 && article_hyphen(i - 2) && tokens_[i - 3].capitalized &&
            lex_.entities()[lex_.surfaces()[static_cast<std::size_t>(best)].entity].type ==
                EntityType::kOrganization) {
            ++i;
            continue;
        }
        const Surface& surface = lex_.surfaces()[static_cast<std::size_t>(best)];
        const LexiconEntity& entity = lex_.entities()[surface.entity];
        // A person's name after a word that opens a place's name is the place's: "the
        // departments of San Marcos and Huehuetenango" names no Marcos.
        static const FoldedWordSet kPlaceOpeners{"san", "santa", "santo", "sao", "saint", "st.",
                                                 "puerto", "port", "fort", "mount", "lake",
                                                 "cape", "el", "la", "los", "las"};
        if (entity.type == EntityType::kPerson && i > s.range.begin &&
            tokens_[i - 1].capitalized && kPlaceOpeners.contains(tokens_[i - 1])) {
            i = best_end;
            continue;
        }
        // A currency is no mention of its country: "one million US dollars in assistance";
        // nor a flag or an owner's nationality: "a Greek-owned, Liberian-flagged tanker".
        static const FoldedWordSet kCurrency{"dollar", "dollars"};
        static const FoldedWordSet kFlagged{"flagged", "owned", "registered", "operated",
                                            "chartered", "managed"};
        if (entity.type == EntityType::kCountry && best_end < s.range.end &&
            (kCurrency.contains(tokens_[best_end]) ||
             (best_end + 1 < s.range.end && tokens_[best_end].norm == "-" &&
              kFlagged.contains(tokens_[best_end + 1])))) {
            i = best_end;
            continue;
        }
        // Nor a demonym a prefix joins: "the Inter-American Development Bank", "the Trans-Asian
        // Railway" name no country; the name finder reads the whole word.
        static const FoldedWordSet kPrefixes{"inter", "pan", "trans", "afro", "euro", "ibero",
                                             "intra", "meso"};
        // Only inside a longer name, where a capitalized word follows: alone, "inter-Korean"
        // and "Euro-Atlantic" stay adjectives of the place.
        if (i >= s.range.begin + 2 && tokens_[i - 1].norm == "-" &&
            kPrefixes.contains(tokens_[i - 2]) && best_end < s.range.end &&
            tokens_[best_end].capitalized &&
            tokens_[i - 2].offset + tokens_[i - 2].text.size() == tokens_[i - 1].offset &&
            tokens_[i - 1].offset + 1 == tokens_[i].offset) {
            i = best_end;
            continue;
        }
        // Nor a place that names a text or a process agreed there: "the Ankara Declaration",
        // "the Oslo Accords", "the Astana Process" (not the country of "the Kenya Navy").
        static const FoldedWordSet kAgreedTexts{
            "declaration", "accord",  "accords",    "agreement", "agreements", "protocol",
            "convention",  "charter", "communique", "format",    "process"};
        if ((entity.type == EntityType::kCountry || entity.type == EntityType::kLocation) &&
            best_end < s.range.end && tokens_[best_end].capitalized &&
            kAgreedTexts.contains(tokens_[best_end])) {
            i = best_end;
            continue;
        }
        // Nor a place that names a university: "Vilnius University", "the University of
        // Warsaw" (the name finder reads the whole name).
        static const FoldedWordSet kSchools{"university", "college", "polytechnic"};
        if ((entity.type == EntityType::kCountry || entity.type == EntityType::kLocation) &&
            ((best_end < s.range.end && tokens_[best_end].capitalized &&
              kSchools.contains(tokens_[best_end])) ||
             (i >= s.range.begin + 2 && tokens_[i - 1].norm == "of" && tokens_[i - 2].capitalized &&
              kSchools.contains(tokens_[i - 2])))) {
            i = best_end;
            continue;
        }
        const std::uint32_t id = entity_for(entity.name, entity.type, surface.entity);
        best_end = absorb_acronym(s, best_end, id);
        // Another of the entity's names in brackets after it is part of the mention: "the
        // African Export-Import Bank (Afreximbank)".
        if (!s.mentions.empty() && s.mentions.back().entity == id &&
            s.mentions.back().end + 1 == i && tokens_[i - 1].norm == "(" &&
            best_end < s.range.end && tokens_[best_end].norm == ")") {
            s.mentions.back().end = best_end + 1;
            i = best_end + 1;
            continue;
        }
        s.mentions.push_back({i, best_end, id, entity.type});
        i = best_end;
    }
}

std::uint32_t DocumentExtraction::absorb_acronym(const SentenceState& s, const std::uint32_t end,
                                                 const std::uint32_t entity) {
    if (end + 2 >= s.range.end || tokens_[end].norm != "(" || tokens_[end + 2].norm != ")" ||
        !tokens_[end + 1].all_caps) {
        return end;
    }
    const std::string acronym(tokens_[end + 1].text);
    acronyms_.try_emplace(acronym, entity);
    // A new name's acronym is stored as one of its names, so that it finds the entity too.
    if (auto& named = entities_[entity]; named.lexicon == kNoEntity &&
                                         std::find(named.written.begin(), named.written.end(),
                                                   acronym) == named.written.end()) {
        named.written.push_back(acronym);
    }
    return end + 3;
}

void DocumentExtraction::find_titles(SentenceState& s) {
    const auto& trie = lex_.title_trie();
    // Whether token t is in a mention, for t that only grow: the mentions are sorted and do not
    // overlap, so `next` walks through them once (this asked every mention for every token).
    const auto covered_from = [&](std::size_t& next, const std::uint32_t t) {
        while (next < s.mentions.size() && s.mentions[next].end <= t) {
            ++next;
        }
        return next < s.mentions.size() && s.mentions[next].begin <= t;
    };
    std::size_t next_mention = 0;
    std::uint32_t i = s.range.begin;
    while (i < s.range.end) {
        if (tokens_[i].kind != TokenKind::kWord || !trie.may_start(tokens_[i].hash) ||
            covered_from(next_mention, i)) {
            ++i;
            continue;
        }
        std::uint32_t node = TokenTrie::kRoot;
        std::uint32_t best_end = 0;
        std::int32_t best = TokenTrie::kNoValue;
        std::size_t ahead = next_mention;
        for (std::uint32_t j = i; j < s.range.end && !covered_from(ahead, j); ++j) {
            node = trie.step(node, tokens_[j].norm, tokens_[j].hash);
            if (node == TokenTrie::kRoot) {
                break;
            }
            if (trie.value(node) != TokenTrie::kNoValue) {
                best = trie.value(node);
                best_end = j + 1;
            }
        }
        // A title that begins a body's or a contest's name is none: "the Indian Premier
        // League", "the Captain Cook Cup", "the General Authority for Military Industries".
        static const FoldedWordSet kNameHeads{"league",  "cup",     "division",    "trophy",
                                              "series",  "authority", "staff",     "command",
                                              "directorate", "secretariat", "administration"};
        if (best != TokenTrie::kNoValue && best_end < s.range.end &&
            tokens_[best_end].capitalized && kNameHeads.contains(tokens_[best_end])) {
            best = TokenTrie::kNoValue;
        }
        if (best == TokenTrie::kNoValue) {
            ++i;
            continue;
        }
        // A minister's portfolio the lexicon does not list is part of the title where nothing
        // capitalized follows it: "Mali's Minister of Mines, Amadou Keita", "the Minister for
        // Lands and Housing said" (not "Minister of Mines Amadou Keita", whose words may be
        // the name's).
        if (tokens_[best_end - 1].norm == "minister" && best_end + 1 < s.range.end &&
            (tokens_[best_end].norm == "of" || tokens_[best_end].norm == "for")) {
            std::size_t ahead_of = next_mention;
            std::uint32_t k = best_end + 1;
            while (
                k < s.range.end && k < best_end + 6 && !covered_from(ahead_of, k) &&
                (tokens_[k].capitalized || (k > best_end + 1 && tokens_[k].norm == "and" &&
                                            k + 1 < s.range.end && tokens_[k + 1].capitalized))) {
                ++k;
            }
            if (k > best_end + 1 && k < s.range.end && !covered_from(ahead_of, k) &&
                !tokens_[k].capitalized && tokens_[k - 1].norm != "and") {
                best_end = k;
            }
        }
        const bool definite =
            i == s.range.begin || (i > s.range.begin && tokens_[i - 1].norm == "the");
        s.titles.push_back({i, best_end, static_cast<std::uint32_t>(best), -1, -1, i, best_end,
                            -1, definite, former_title(s, i)});
        i = best_end;
    }
}

bool DocumentExtraction::former_title(const SentenceState& s, std::uint32_t begin) const {
    // Past the country or body that owns the title: "former US President".
    if (const std::int32_t k = mention_ending(s, begin); k >= 0) {
        begin = s.mentions[static_cast<std::size_t>(k)].begin;
    }
    // Held before, or not yet: "then-President", "ousted", "incoming", "would-be". Nor is a
    // deputy the head: "Iran's deputy president".
    static const FoldedWordSet kNotYet{"incoming", "future", "deputy", "vice"};
    const auto word = [&](const std::uint32_t back) -> std::string_view {
        return begin >= s.range.begin + back ? tokens_[begin - back].norm : std::string_view();
    };
    if (begin > s.range.begin && (former_words().contains(tokens_[begin - 1]) ||
                                  kNotYet.contains(tokens_[begin - 1]))) {
        return true;
    }
    return word(1) == "-" && (word(2) == "ex" || word(2) == "then" || word(2) == "be");
}

bool DocumentExtraction::in_title(const SentenceState& s, const std::uint32_t token) const {
    return std::any_of(s.titles.begin(), s.titles.end(),
                       [&](const TitleHit& t) { return token >= t.begin && token < t.end; });
}

bool DocumentExtraction::headline_case(const SentenceState& s) const {
    // A sentence ends with its stop, or with a quote or a bracket closed after it
    // ("... a grave violation of our sovereignty.\"").
    std::uint32_t end = s.range.end;
    while (end > s.range.begin + 1 &&
           (tokens_[end - 1].norm == "\"" || tokens_[end - 1].norm == "'" ||
            tokens_[end - 1].norm == ")")) {
        --end;
    }
    const std::string_view last = tokens_[end - 1].norm;
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

bool DocumentExtraction::hyphens_join_name(const std::uint32_t i) const {
    // A short lower-case word between two hyphens, all written as one word.
    if (i + 3 >= tokens_.size() || tokens_[i].norm != "-" || tokens_[i + 2].norm != "-") {
        return false;
    }
    const Token& word = tokens_[i + 1];
    const auto touches = [&](const std::uint32_t a) {
        return tokens_[a].offset + tokens_[a].text.size() == tokens_[a + 1].offset;
    };
    return touches(i - 1) && touches(i) && touches(i + 1) && touches(i + 2) &&
           word.kind == TokenKind::kWord && !word.capitalized && word.text.size() <= 3 &&
           tokens_[i + 3].capitalized;
}

bool DocumentExtraction::article_hyphen(const std::uint32_t i) const {
    // Arabic's article before a hyphen, all written as one word with the name after it.
    static const FoldedWordSet kArticles{"al", "el", "ad", "ash", "as", "an", "ar", "az", "ul"};
    const auto touches = [&](const std::uint32_t a) {
        return tokens_[a].offset + tokens_[a].text.size() == tokens_[a + 1].offset;
    };
    return i + 2 < tokens_.size() && kArticles.contains(tokens_[i]) &&
           tokens_[i + 1].norm == "-" && touches(i) && touches(i + 1);
}

bool DocumentExtraction::syllable_after_hyphen(const std::uint32_t i) const {
    // Words that follow a name and a hyphen in English: "Russia-backed", "Kyiv-based".
    static const FoldedWordSet kEnglish{"led",  "run",  "born", "era",  "type", "style", "based",
                                        "made", "wide", "free", "like", "only", "held", "bound",
                                        "owned", "linked", "aligned", "allied", "centric", "us",
                                        "class", "funded", "brokered", "controlled", "occupied"};
    if (i + 1 >= tokens_.size() || tokens_[i].norm != "-") {
        return false;
    }
    const Token& before = tokens_[i - 1];
    const Token& next = tokens_[i + 1];
    // Not inside a longer hyphenated run: "Tehrik-i-Taliban".
    const bool more = i + 2 < tokens_.size() && tokens_[i + 2].norm == "-" &&
                      tokens_[i + 2].offset == next.offset + next.text.size();
    return !more && before.offset + before.text.size() == tokens_[i].offset &&
           tokens_[i].offset + 1 == next.offset && next.kind == TokenKind::kWord &&
           !next.capitalized && next.text.size() <= 5 && !next.norm.ends_with("ed") &&
           !kEnglish.contains(next);
}

bool DocumentExtraction::name_word(const std::uint32_t i) const {
    // Not the pronoun "I": "Reactions I can source so far:" names nothing.
    const Token& t = tokens_[i];
    return t.kind == TokenKind::kWord && t.capitalized && !t.all_caps && t.text != "I" &&
           t.norm.find('.') == std::string_view::npos;
}

bool DocumentExtraction::lone_acronym(const SentenceState& s, const std::uint32_t i) const {
    // A word in capitals that the lexicon does not know, alone inside a sentence and
    // followed by punctuation or a small word, is a body's acronym: "a member of both SAARC
    // and BIMSTEC", "Codelco and SQM have formed". Not a measure or a thing ("LNG"), a word
    // the rules read ("NOT"), a Roman numeral, nor one the text defines in brackets, which is
    // the name's it follows.
    const Token& t = tokens_[i];
    const auto letters = [&](const std::string_view set) {
        return std::all_of(t.text.begin(), t.text.end(),
                           [&](const char c) { return set.find(c) != std::string_view::npos; });
    };
    if (!t.all_caps || t.kind != TokenKind::kWord || i == s.range.begin || covered(s, i) ||
        t.text.size() < 3 || t.text.size() > 7 || t.word != Vocabulary::kOther ||
        !letters("ABCDEFGHIJKLMNOPQRSTUVWXYZ") || letters("IVX") ||
        bracketed_.contains(t.text) || no_bodies().contains(t) ||
        capitalized_stopwords().contains(t)) {
        return false;
    }
    // Not a word of a heading in capitals ("FACT CHECK"), nor one joined to another, nor a
    // news agency's in brackets after a dateline, nor one a common noun names ("the
    // minelayer UUSIMAA") unless it is a word for a body ("the Hungarian group MOL").
    const Token& before = tokens_[i - 1];
    if (before.all_caps || before.norm == "-" || before.norm == "(" ||
        (before.kind == TokenKind::kWord && !before.capitalized &&
         before.word == Vocabulary::kOther && !body_nouns().contains(before))) {
        return false;
    }
    // Not a label ("MAMANI:"), a numbered item ("CLAIM 1"), nor one that qualifies a noun
    // ("the UNITAS exercises", "URA leader"). After a word for a body it is the body's name,
    // whatever follows.
    if (i + 1 >= s.range.end || body_nouns().contains(before)) {
        return true;
    }
    static const FoldedWordSet kAfterBody{
        "and",   "or",      "of",     "in",      "on",      "at",    "to",     "for",
        "with",  "from",    "by",     "as",      "has",     "have",  "had",    "is",
        "are",   "was",     "were",   "will",    "would",   "could", "said",   "says",
        "which", "that",    "who",    "also",    "still",   "now",   "then",   "over",
        "under", "against", "since",  "after",   "near",    "into",  "during", "before",
        "amid",  "across",  "inside", "outside", "through", "but",   "while",  "because"};
    const Token& after = tokens_[i + 1];
    return (after.kind == TokenKind::kPunct && after.norm != ":" && after.norm != "-" &&
            after.norm != "(") ||
           (after.kind == TokenKind::kWord && kAfterBody.contains(after)) ||
           after.word == Vocabulary::kPossessive;
}

bool DocumentExtraction::reads_as_person(const Mention& m) const {
    if (m.type != EntityType::kOther || m.end < m.begin + 2 || m.end > m.begin + 4 ||
        entities_[m.entity].lexicon != kNoEntity) {
        return false;
    }
    for (std::uint32_t t = m.begin; t < m.end; ++t) {
        if (!name_word(t) || organization_heads().contains(tokens_[t]) ||
            location_heads().contains(tokens_[t])) {
            return false;
        }
    }
    return true;
}

bool DocumentExtraction::joined_acronym_before(const SentenceState& s,
                                               const std::uint32_t i) const {
    return i >= s.range.begin + 2 && tokens_[i - 1].norm == "-" && tokens_[i - 2].all_caps &&
           tokens_[i - 2].kind == TokenKind::kWord && !covered(s, i - 2) &&
           tokens_[i - 2].offset + tokens_[i - 2].text.size() == tokens_[i - 1].offset &&
           tokens_[i - 1].offset + 1 == tokens_[i].offset;
}

void DocumentExtraction::find_dateline_place(SentenceState& s) {
    // "TAPACHULA, Mexico —", "Koh Kong, Cambodia —", "ROGUN, Tajikistan (AP) -": the place a
    // dateline names before its country, where a paragraph opens, is a place. In capitals it
    // is named as a name is written ("Tapachula"), in ASCII only.
    const std::uint32_t begin = s.range.begin;
    const std::uint32_t end = s.range.end;
    if (begin > 0 && tokens_[begin - 1].kind != TokenKind::kBreak) {
        return;
    }
    std::uint32_t j = begin;
    bool capitals = true;
    // Words that open a sentence are no place: "However, Iran (which denies it) says".
    while (j < end && j < begin + 3 && tokens_[j].kind == TokenKind::kWord &&
           tokens_[j].capitalized && !covered(s, j) &&
           !capitalized_stopwords().contains(tokens_[j])) {
        capitals = capitals && tokens_[j].all_caps;
        ++j;
    }
    if (j == begin || j + 2 >= end || tokens_[j].norm != ",") {
        return;
    }
    const std::int32_t k = mention_starting(s, j + 1);
    if (k < 0 || s.mentions[static_cast<std::size_t>(k)].type != EntityType::kCountry) {
        return;
    }
    const std::uint32_t after = s.mentions[static_cast<std::size_t>(k)].end;
    static const FoldedWordSet kDashes{"—", "–", "-", "--", "("};
    if (after >= end || !kDashes.contains(tokens_[after])) {
        return;
    }
    std::string name(doc_.text.substr(tokens_[begin].offset, tokens_[j - 1].offset +
                                                                 tokens_[j - 1].text.size() -
                                                                 tokens_[begin].offset));
    if (capitals) {
        bool opens_word = true;
        for (char& c : name) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                return;
            }
            if (c >= 'A' && c <= 'Z' && !opens_word) {
                c = static_cast<char>(c - 'A' + 'a');
            }
            opens_word = c == ' ' || c == '-';
        }
    }
    const std::uint32_t entity = entity_for(name, EntityType::kLocation, kNoEntity);
    if (entities_[entity].lexicon != kNoEntity) {
        return;
    }
    add_mention(s, {begin, j, entity, EntityType::kLocation});
}

void DocumentExtraction::find_new_names(SentenceState& s) {
    if (headline_case(s)) {
        return;
    }
    const std::uint32_t end = s.range.end;
    std::uint32_t i = s.range.begin;
    // Where a person's name starts that the run before ended for, at a body's head word.
    std::uint32_t person_after_body = end;
    while (i < end) {
        // A sentence may open with a capitalized common noun: "Fighters of the ... Front".
        // A sentence's first word that is a common noun, or a participle before a small word
        // ("Briefing the Council before the vote, ..."), opens no name.
        const auto common_opening = [&] {
            return i == s.range.begin &&
                   (lex_.in_class("&AGENT", tokens_[i].norm) ||
                    lex_.in_class("&TROOPS", tokens_[i].norm) ||
                    (tokens_[i].norm.size() > 5 && tokens_[i].norm.ends_with("ing") &&
                     i + 1 < end && !tokens_[i + 1].capitalized));
        };
        // A word for a direction opens a place's name before a capitalized word the lexicon
        // does not know: "Western Equatoria", not "Western officials" nor "Western Europe".
        const auto opens_place = [&] {
            // Not a body's word: "Israel's Northern Command" is the army's, "the Eastern
            // Partnership" a policy, "Russia's Western Military District" the army's.
            static const FoldedWordSet kNotPlaces{"partnership", "initiative", "strategy",
                                                  "policy",      "bloc",       "military",
                                                  "fleet",       "district",   "flank"};
            if (!lex_.is_direction(tokens_[i].word) || i == s.range.begin || i + 1 >= end ||
                !name_word(i + 1) || covered(s, i + 1) ||
                organization_heads().contains(tokens_[i + 1]) ||
                kNotPlaces.contains(tokens_[i + 1])) {
                return false;
            }
            const std::size_t from = tokens_[i].offset + tokens_[i].text.size();
            return std::string_view(doc_.text).substr(from, tokens_[i + 1].offset - from) == " ";
        };
        // A given name after the family name in capitals, in the style of protocol:
        // "TAKAICHI Sanae" is Sanae Takaichi.
        if (name_word(i) && !covered(s, i) && i > s.range.begin && tokens_[i - 1].all_caps) {
            if (const std::int32_t k = mention_ending(s, i);
                k >= 0 && s.mentions[static_cast<std::size_t>(k)].type == EntityType::kPerson) {
                Mention& person = s.mentions[static_cast<std::size_t>(k)];
                const std::string& name = entities_[person.entity].name;
                if (name.size() > tokens_[i].text.size() && name.starts_with(tokens_[i].text) &&
                    name[tokens_[i].text.size()] == ' ') {
                    person.end = i + 1;
                    ++i;
                    continue;
                }
            }
        }
        // A number in capitals after "the" inside a sentence opens a name: "the Three
        // Brotherhood Alliance", "the Five Eyes".
        static const FoldedWordSet kNumbers{"two", "three", "four", "five", "six",
                                            "seven", "eight", "nine", "ten"};
        const auto numbered_name = [&] {
            return i > s.range.begin + 1 && tokens_[i - 1].word == Vocabulary::kThe &&
                   i + 1 < end && kNumbers.contains(tokens_[i]) && name_word(i + 1) &&
                   !covered(s, i + 1);
        };
        // "France's EDF", "Russia's FSB": a word in capitals that a country owns is a body;
        // not one for a measure, a thing or a role.
        if (tokens_[i].all_caps && tokens_[i].kind == TokenKind::kWord && !covered(s, i) &&
            !no_bodies().contains(tokens_[i]) &&
            tokens_[i].text.size() >= 2 && tokens_[i].text.size() <= 6 &&
            i >= s.range.begin + 2 && tokens_[i - 1].word == Vocabulary::kPossessive &&
            !(i + 1 < end && (tokens_[i + 1].capitalized || tokens_[i + 1].norm == "-"))) {
            const std::int32_t owner = mention_ending(s, i - 1);
            if (owner >= 0 &&
                s.mentions[static_cast<std::size_t>(owner)].type == EntityType::kCountry) {
                add_new_name(s, i, i, EntityType::kOrganization);
                ++i;
                continue;
            }
        }
        if (lone_acronym(s, i)) {
            add_new_name(s, i, i, EntityType::kOrganization);
            ++i;
            continue;
        }
        // "the Right Honourable Christopher Luxon", "the Rt Hon Keir Starmer": a style, no
        // name.
        const bool style = (styles_right().contains(tokens_[i]) && i + 1 < end &&
                            styles_honourable().contains(tokens_[i + 1])) ||
                           styles_honourable().contains(tokens_[i]);
        // A first name's initial opens a name: "V. Narayanan", "S. Jaishankar".
        const bool initial_opens = is_initial(tokens_[i]) && i + 1 < end && name_word(i + 1) &&
                                   !covered(s, i + 1) &&
                                   !capitalized_stopwords().contains(tokens_[i + 1]);
        if ((!name_word(i) && !initial_opens) || covered(s, i) || in_title(s, i) || style ||
            (capitalized_stopwords().contains(tokens_[i]) && !opens_place() && !numbered_name()) ||
            common_opening()) {
            ++i;
            continue;
        }
        // "Residents of Gualeguaychu, a riverside town ...": a word for the people of a place
        // opening the sentence before "of" is no part of the name after it. Only such words:
        // "Relatives of Evan Gershkovich urged ..." keeps its odd name rather than make the
        // man the one who urged.
        static const FoldedWordSet kPeopleOf{"residents", "villagers", "inhabitants"};
        if (i == s.range.begin && i + 2 < end && kPeopleOf.contains(tokens_[i]) &&
            tokens_[i + 1].norm == "of") {
            i += 2;
            continue;
        }
        std::uint32_t j = i + 1;
        std::uint32_t last = i;
        // A name never runs across a line break: "Battlefield\nIn July" is a heading and a
        // sentence, not one name.
        // Only the bytes between the two tokens are looked at, so this stays linear.
        const auto same_line = [&](const std::uint32_t a, const std::uint32_t b) {
            const std::size_t from = tokens_[a].offset + tokens_[a].text.size();
            return std::string_view(doc_.text).substr(from, tokens_[b].offset - from).find('\n') ==
                   std::string_view::npos;
        };
        // Whether a body's name ends at `last`, its head word, because a person's name of two
        // or three words follows it: "Chairman of China National Petroleum Corporation Dai
        // Houliang".
        // Only in the style of protocol, after "Title of": not "the NATO Parliamentary
        // Assembly Spring Session".
        const auto after_title_of = [&] {
            std::uint32_t k = i;
            while (k > s.range.begin && covered(s, k - 1)) {
                --k;
            }
            return k >= s.range.begin + 2 && tokens_[k - 1].norm == "of" &&
                   lex_.is_title_word(tokens_[k - 2].word);
        };
        const auto person_follows_body = [&](const std::uint32_t from) {
            if (last == i || from != last + 1 || !organization_heads().contains(tokens_[last]) ||
                lex_.is_title_word(tokens_[from].word) || !after_title_of()) {
                return false;
            }
            std::uint32_t k = from;
            while (k < end && k < from + 4 && name_word(k) && !covered(s, k) &&
                   !organization_heads().contains(tokens_[k]) &&
                   !location_heads().contains(tokens_[k])) {
                ++k;
            }
            return k - from >= 2 && k - from <= 3 && (k == end || !tokens_[k].capitalized);
        };
        static const FoldedWordSet kCommittees{"committee", "subcommittee", "commission",
                                               "council"};
        // Those a body's name says it is of, before its possessive.
        static const FoldedWordSet kMembersOf{
            "workers",     "traders",   "fishermen", "women",     "farmers", "veterans",
            "journalists", "teachers",  "employers", "miners",    "doctors", "lawyers",
            "students",    "exporters", "importers", "producers", "growers", "shipowners",
            "seafarers",   "pilots",    "nurses",    "writers",   "mothers", "youth"};
        static const FoldedWordSet kMinistries{"ministry", "department", "office", "embassy"};
        // Bodies of their own that a country's or a place's name ends, not organs of its state.
        static const FoldedWordSet kOwnNamedBodies{"university",  "museum",    "academy", "library",
                                                   "archive",     "archives",  "college", "chamber",
                                                   "observatory", "orchestra", "society"};
        // Fields of work a company's name joins with "and": "Science and Technology".
        static const FoldedWordSet kFields{
            "science",   "technology", "technologies", "trade",       "trading", "industry",
            "industries", "engineering", "development", "investment", "services", "logistics",
            "construction", "electronics", "energy",    "research",   "commerce", "mining",
            "shipping",  "oil",         "gas",          "power",      "exploration",
            "production"};
        // The last of the capitalized words after "and" at `at`, where they end with a body's
        // word, or `at`.
        const auto and_body_head = [&](const std::uint32_t at) {
            if (tokens_[at].norm != "and" || at + 1 >= end) {
                return at;
            }
            std::uint32_t k = at + 1;
            while (k < end && k < at + 4 && name_word(k) && !covered(s, k) &&
                   same_line(k - 1, k)) {
                ++k;
            }
            return k > at + 1 && organization_heads().contains(tokens_[k - 1]) ? k - 1 : at;
        };
        // The place whose name ends a body's own name after "of" or "for" at `at`, past up to
        // two capitalized words that qualify it ("for Central Africa"): its mention, or -1.
        const auto named_place = [&](const std::uint32_t at) -> std::int32_t {
            // Not where a known name opens the name before it ("The Berlin Society for
            // Libya"): the name is cut short there.
            if (!kOwnNamedBodies.contains(tokens_[last]) ||
                (tokens_[at].norm != "of" && tokens_[at].norm != "for") ||
                (i > s.range.begin && covered(s, i - 1))) {
                return -1;
            }
            const std::uint32_t first = after_connectors(s, at);
            std::uint32_t k = first;
            while (k < end && k < first + 2 && name_word(k) && !covered(s, k)) {
                ++k;
            }
            const std::int32_t m = mention_starting(s, k);
            if (m < 0) {
                return -1;
            }
            // Nor a place a list of places goes on from ("the Society of Iran and Iraq"), nor
            // one whose possessive opens another name ("the Society for Ukraine's Future"; not
            // "the Royal Society of Canada's report", nor "the National Museum of Ukraine and
            // the British Museum").
            const Mention& place = s.mentions[static_cast<std::size_t>(m)];
            if (place.end + 1 < end && tokens_[place.end - 1].text != ")") {
                const std::uint32_t next = place.end + 1;
                const std::int32_t other = mention_starting(s, next);
                const bool list_of_places =
                    tokens_[place.end].norm == "and" && other >= 0 &&
                    (s.mentions[static_cast<std::size_t>(other)].type == EntityType::kCountry ||
                     s.mentions[static_cast<std::size_t>(other)].type == EntityType::kLocation);
                const bool owns_name = tokens_[place.end].norm == "'s" && tokens_[next].capitalized;
                if (list_of_places || owns_name) {
                    return -1;
                }
            }
            return place.type == EntityType::kCountry || place.type == EntityType::kLocation ? m
                                                                                             : -1;
        };
        const bool after_title_word =
            std::any_of(s.titles.begin(), s.titles.end(),
                        [&](const TitleHit& title) { return title.end == i; });
        while (j < end && !covered(s, j) && !in_title(s, j) && same_line(j - 1, j)) {
            if (name_word(j)) {
                if (person_follows_body(j)) {
                    person_after_body = j;
                    break;
                }
                last = j;
                ++j;
            } else if (tokens_[j].norm == "'s" && tokens_[last].norm == "people" && j + 1 < end &&
                       name_word(j + 1) && !covered(s, j + 1) &&
                       !(last == i && i > s.range.begin && covered(s, i - 1))) {
                // "The People's Daily", "the National People's Congress": "People's" goes on
                // into the name. After a place's name the block below makes the body's name
                // ("the Uganda People's Defence Forces").
                ++j;
            } else if (last > i && (tokens_[j].norm == "jr." || tokens_[j].norm == "sr.")) {
                last = j;  // a suffix ends the name: "Surangel Whipps Jr."
                break;
            } else if (tokens_[j].norm == "'s" && kMembersOf.contains(tokens_[last]) &&
                       j + 1 < end && name_word(j + 1) && !covered(s, j + 1) &&
                       (organization_heads().contains(tokens_[j + 1]) ||
                        (j + 2 < end && name_word(j + 2) && !covered(s, j + 2) &&
                         organization_heads().contains(tokens_[j + 2])))) {
                // The members' possessive inside a body's name: "the Colombo Tea Traders'
                // Association", "the Norwegian Fishermen's Association", "Workers' Party".
                ++j;
            } else if (j + 1 < end && syllable_after_hyphen(j)) {
                last = j + 1;  // "Cheng Li-wun", "Lee Jae-myung"
                j += 2;
            } else if (last - i < 2 && j + 1 < end && is_initial(tokens_[j]) && name_word(j + 1) &&
                       !covered(s, j + 1) && !capitalized_stopwords().contains(tokens_[j + 1]) &&
                       !organization_heads().contains(tokens_[last]) &&
                       !location_heads().contains(tokens_[last])) {
                ++j;  // a middle initial: "Elias M. Magosi", "Duma G. Boko"
            } else if (tokens_[j].norm == "and" && j + 1 < end && kFields.contains(tokens_[last]) &&
                       name_word(j + 1) && kFields.contains(tokens_[j + 1]) && !covered(s, j + 1) &&
                       same_line(j, j + 1)) {
                ++j;  // "Wuhan Xiaoruizhi Science and Technology", "Oil and Gas"
            } else if (tokens_[j].norm == "&" && j + 1 < end && name_word(j + 1) &&
                       !covered(s, j + 1) && same_line(j, j + 1)) {
                ++j;  // "Korea Hydro & Nuclear Power"
            } else if (j + 2 < end && article_hyphen(j) && name_word(j + 2) && !covered(s, j + 2)) {
                last = j + 2;  // "Sharm el-Sheikh", "Ras al-Khaimah"
                j += 3;
            } else if (j + 3 < end && hyphens_join_name(j) && name_word(j + 3) &&
                       !covered(s, j + 3)) {
                last = j + 3;  // "Movement-in-Opposition", "Tehrik-i-Taliban"
                j += 4;
            } else if (const std::int32_t place = named_place(j); place >= 0) {
                // A body of its own named after its country or place: "the University of the
                // Philippines", "the National Museum of the Democratic Republic of the Congo",
                // "the Royal Museum for Central Africa".
                // The place's name ends it, not an acronym the place's mention took in.
                const Mention& named = s.mentions[static_cast<std::size_t>(place)];
                last = named.begin;
                while (last + 1 < named.end && tokens_[last + 1].text != "(") {
                    ++last;
                }
                s.mentions.erase(s.mentions.begin() + place);
                break;
            } else if (const std::uint32_t next = after_connectors(s, j);
                       next > j && next < end && name_word(next) && !covered(s, next) &&
                       !(after_title_word &&
                         (tokens_[j].norm == "of" || tokens_[j].norm == "for"))) {
                // "Ministry of Foreign Affairs", "Front for the Liberation of"; not a titled
                // person's body: "Attorney General John Eisenberg of the Justice Department".
                j = next;
            } else if (tokens_[j].norm == "and" && kMinistries.contains(tokens_[i]) && i + 1 < j &&
                       tokens_[i + 1].norm == "of" && j + 1 < end && name_word(j + 1) &&
                       !covered(s, j + 1) && !in_title(s, j + 1)) {
                // "the Ministry of Foreign Affairs and International Cooperation"
                ++j;
            } else if (and_body_head(j) > j &&
                       std::none_of(
                           tokens_.begin() + i, tokens_.begin() + last + 1,
                           [](const Token& w) { return organization_heads().contains(w); })) {
                // "Myanma Oil and Gas Enterprise": a body's name goes on over "and" where the
                // words after it end with a body's word.
                ++j;
            } else if (tokens_[j].norm == "on" && kCommittees.contains(tokens_[last]) &&
                       j + 1 < end) {
                // "the Council on Foreign Relations", "the House Select Committee on the
                // Chinese Communist Party": a committee's name goes on over what it is on,
                // a known name too.
                const std::uint32_t after_on = after_connectors(s, j + 1);
                const std::int32_t k = mention_starting(s, after_on);
                if (k >= 0 && s.mentions[static_cast<std::size_t>(k)].type !=
                                  EntityType::kPerson) {
                    last = s.mentions[static_cast<std::size_t>(k)].end - 1;
                    s.mentions.erase(s.mentions.begin() + k);
                    break;
                }
                if (after_on >= end || !name_word(after_on) || covered(s, after_on) ||
                    capitalized_stopwords().contains(tokens_[after_on])) {  // "on Monday"
                    break;
                }
                j = after_on;
            } else {
                break;
            }
        }
        // A titled name's regnal number is part of it: "King Hassan II of Morocco".
        if (after_title_word && j == last + 1 && j < end && tokens_[j].all_caps &&
            tokens_[j].text.size() <= 5 && !covered(s, j) &&
            tokens_[j].text.find_first_not_of("IVX") == std::string_view::npos) {
            last = j;
        }
        const std::uint32_t stop = last + 1;
        // A ship's name is none of the graph's: "the frigate Esbern Snare", "the patrol
        // vessel NNS Okpabana", "MT Kestrel Dawn". Left out, the rules read past it ("had
        // deployed the offshore patrol vessel NNS Okpabana to the Gulf of Guinea").
        static const FoldedWordSet kVessels{"frigate", "destroyer", "corvette", "cruiser",
                                            "vessel",  "ship",      "tanker",   "carrier",
                                            "submarine", "warship", "cutter",   "freighter",
                                            "trawler", "minesweeper", "icebreaker"};
        static const FoldedWordSet kShipPrefixes{"hms", "uss", "ins", "nns", "hmas", "hmcs",
                                                 "rfa", "brp", "mv",  "mt",  "ara", "hnlms",
                                                 "fs",  "its", "kri", "tcg", "rss"};
        if (i > s.range.begin &&
            ((!tokens_[i - 1].capitalized && kVessels.contains(tokens_[i - 1])) ||
             (tokens_[i - 1].all_caps &&
              (kShipPrefixes.contains(tokens_[i - 1]) ||
               (i >= s.range.begin + 2 && kVessels.contains(tokens_[i - 2])))))) {
            i = stop;
            continue;
        }
        // One capitalized word of no known name before a known person's name is part of the
        // person's mention: a first name the known name leaves out ("Mohamed Irfaan Ali" is
        // Irfaan Ali) or an honorific ("Shri Narendra Modi"). Before another known name, an
        // honorific is no name: "UAE President Sheikh Mohamed bin Zayed" (add_new_name leaves
        // it out of new ones).
        if (stop == i + 1 && stop < end && same_line(i, stop)) {
            const std::int32_t k = mention_starting(s, stop);
            Mention* known = k >= 0 ? &s.mentions[static_cast<std::size_t>(k)] : nullptr;
            // Not before a surname alone that another first name opens: "Saddam Haftar" is
            // not Khalifa Haftar, "Bingu wa Mutharika" not Peter Mutharika.
            const auto other_first_name = [&] {
                // One word, hyphens and all: "al-Assad" ("Maher al-Assad" is not Bashar).
                for (std::uint32_t t = known->begin + 1; t < known->end; ++t) {
                    if (tokens_[t - 1].offset + tokens_[t - 1].text.size() != tokens_[t].offset) {
                        return false;
                    }
                }
                if (honorifics().contains(tokens_[i])) {
                    return false;
                }
                const std::string& full = entities_[known->entity].name;
                const std::string_view first_word =
                    std::string_view(full).substr(0, full.find(' '));
                return fold(first_word) != tokens_[i].norm;
            };
            if (known != nullptr && known->type == EntityType::kPerson &&
                entities_[known->entity].lexicon != kNoEntity) {
                if (other_first_name()) {
                    const std::uint32_t surname_end = known->end - 1;  // its last token
                    s.mentions.erase(s.mentions.begin() + k);
                    add_new_name(s, i, surname_end, EntityType::kPerson);
                    i = surname_end + 1;
                    continue;
                }
                known->begin = i;
                i = stop;
                continue;
            }
        }
        if (stop <= i + 2 && stop < end && covered(s, stop) && same_line(i, stop) &&
            std::all_of(tokens_.begin() + i, tokens_.begin() + stop,
                        [](const Token& t) { return honorifics().contains(t); })) {
            i = stop;  // "Sheikh Mohamed bin Zayed", "Datuk Seri Anwar Ibrahim"
            continue;
        }
        // Nor a weapon's: "two Bayraktar Akinci drones", "Leopard tanks", "K9 howitzers".
        static const FoldedWordSet kWeapons{
            "drone",    "drones",    "tank",       "tanks",      "jet",       "jets",
            "fighter",  "fighters",  "missile",    "missiles",   "howitzer",  "howitzers",
            "helicopter", "helicopters", "rifle",  "rifles",     "launcher",  "launchers",
            "interceptors", "rockets", "warplanes", "gunships",  "radars",    "radar",
            "batteries", "battery",  "system",     "systems",    "vehicles",  "aircraft"};
        if (stop < end && !tokens_[stop].capitalized && kWeapons.contains(tokens_[stop])) {
            i = stop;
            continue;
        }
        // Nor are those who attend a summit: "The Heads of State and Government reiterated
        // their call".
        const bool heads_of_state = std::any_of(
            tokens_.begin() + i, tokens_.begin() + stop - 1, [&](const Token& t) {
                const auto at = static_cast<std::size_t>(&t - &tokens_[0]);
                return (t.norm == "heads" || t.norm == "head") && tokens_[at + 1].norm == "of";
            });
        if (stop > i + 2 && heads_of_state) {
            i = stop;
            continue;
        }
        // A storm's name is no entity's: "Cyclone Ditwah, which struck Sri Lanka".
        static const FoldedWordSet kStorms{"cyclone", "typhoon", "hurricane", "storm"};
        if (stop > i + 1 && kStorms.contains(tokens_[i])) {
            i = stop;
            continue;
        }
        NameCues cues = name_cues(s, i, stop);
        cues.after_title = cues.after_title || i == person_after_body;
        // A surname after a particle, once the document has named the person in full: "Ben
        // Youssef urged" after "Hela Ben Youssef".
        // So is a double-barrelled one: "Mehrani-Lowe" after "Arash Mehrani-Lowe".
        const bool double_barrelled = stop == i + 3 && tokens_[i + 1].norm == "-" &&
                                      tokens_[i + 2].capitalized;
        if ((stop == i + 2 && surname_particles().contains(tokens_[i])) || double_barrelled) {
            const std::string tail =
                double_barrelled
                    ? hyphenated(i)
                    : std::string(tokens_[i].norm) + " " + std::string(tokens_[i + 1].norm);
            std::uint32_t person = kNoEntity;
            for (const auto* known : {&surnames_, &untyped_surnames_}) {
                const auto it = known->find(tail);
                if (person == kNoEntity && it != known->end() && it->second != kNoEntity &&
                    entities_[it->second].name.size() > tail.size()) {
                    person = it->second;
                }
            }
            if (person != kNoEntity) {
                entities_[person].type = EntityType::kPerson;
                add_mention(s, {i, stop, person, EntityType::kPerson});
                i = stop;
                continue;
            }
        }
        // A surname alone, once the document has named the person in full: "Grundberg urged".
        // After a title, also the last word of a name nothing had typed: "Mr. Schmidt" after
        // "Christian Schmidt" is that person.
        if (stop == i + 1) {
            const std::string word(tokens_[i].norm);
            const auto known = surnames_.find(word);
            if (known != surnames_.end() && known->second != kNoEntity) {
                add_mention(s, {i, stop, known->second, EntityType::kPerson});
                i = stop;
                continue;
            }
            const auto untyped = untyped_surnames_.find(word);
            if (cues.after_title && untyped != untyped_surnames_.end() &&
                untyped->second != kNoEntity &&
                entities_[untyped->second].type == EntityType::kOther) {
                entities_[untyped->second].type = EntityType::kPerson;
                surnames_.try_emplace(word, untyped->second);
                add_mention(s, {i, stop, untyped->second, EntityType::kPerson});
                i = stop;
                continue;
            }
            // Without one, it is still that name, untyped as before: "Dodik has met Putin"
            // after "Milorad Dodik". Not after a preposition, where a place's name is more
            // likely: "a base in Jonava itself" after "Radio Jonava".
            static const FoldedWordSet kPlacePrepositions{
                "in", "at", "from", "to", "near", "into", "outside", "inside", "across", "of",
                "around", "toward", "towards", "via", "through", "off", "on"};
            const bool after_preposition =
                (i > s.range.begin && (kPlacePrepositions.contains(tokens_[i - 1]) ||
                                       tokens_[i - 1].norm == "our" ||
                                       tokens_[i - 1].norm == "their")) ||
                (stop < end && (region_words().contains(tokens_[stop]) ||
                                location_heads().contains(tokens_[stop])));
            // Nor a letter or a compound's first part: "F-16s" after "Gripen F"; nor a word
            // for a kind of body, place or meeting: "the Doha Forum" after "the Paris Peace
            // Forum".
            static const FoldedWordSet kMeetingWords{"forum", "summit", "conference", "dialogue",
                                                     "games", "festival", "expo", "talks"};
            const bool part_of_word = tokens_[i].text.size() < 3 ||
                                      (stop < end && tokens_[stop].norm == "-") ||
                                      organization_heads().contains(tokens_[i]) ||
                                      location_heads().contains(tokens_[i]) ||
                                      region_words().contains(tokens_[i]) ||
                                      kMeetingWords.contains(tokens_[i]);
            if (!after_preposition && !part_of_word && untyped != untyped_surnames_.end() &&
                untyped->second != kNoEntity &&
                entities_[untyped->second].type == EntityType::kOther) {
                add_mention(s, {i, stop, untyped->second, EntityType::kOther});
                i = stop;
                continue;
            }
        }
        // "the Sudan People's Liberation Movement", "the Uganda People's Defence Forces": a
        // place's name and "People's" open the name of a body.
        if (i >= s.range.begin + 3 && tokens_[i - 1].norm == "'s" &&
            tokens_[i - 2].norm == "people" && tokens_[i - 2].capitalized) {
            const std::int32_t k = mention_ending(s, i - 2);
            // A body's name ends with a body's word: not "Ukrainian People's Deputy Oleksiy
            // Goncharenko".
            if (k >= 0 && organization_heads().contains(tokens_[last]) &&
                (s.mentions[static_cast<std::size_t>(k)].type == EntityType::kCountry ||
                 s.mentions[static_cast<std::size_t>(k)].type == EntityType::kLocation)) {
                const std::uint32_t place = s.mentions[static_cast<std::size_t>(k)].begin;
                s.mentions.erase(s.mentions.begin() + k);
                add_new_name(s, place, last, EntityType::kOrganization);
                i = stop;
                continue;
            }
        }
        // "the Russian Defence Ministry", "the China Coast Guard", "Russia's Armed Forces": a
        // state's organ, in capitals as in lower case, is the state's, not a name of its own.
        // Three words or more are its own ("the Canadian Security Intelligence Service").
        static const FoldedWordSet kOrganWords{
            "defence", "defense", "foreign", "interior", "ministry", "office", "department",
            "army",    "navy",    "air",     "force",    "forces",   "armed",  "coast",
            "guard",   "military", "intelligence", "security", "service", "space", "agency"};
        const std::int32_t before = mention_ending(s, i);
        const bool after_state =
            i > s.range.begin &&
            (is_demonym(i - 1) ||
             (before >= 0 && s.mentions[static_cast<std::size_t>(before)].type ==
                                 EntityType::kCountry) ||
             (tokens_[i - 1].norm == "'s" && i >= s.range.begin + 2 && covered(s, i - 2)));
        // A body's own board, mission or secretariat, named after it, is the body: "the IMF
        // Executive Board", "the SADC Electoral Observation Mission" (not a mission named for
        // where it serves: "the UN Verification Mission in Colombia").
        static const FoldedWordSet kOrgans{"board", "mission", "secretariat", "directorate",
                                           "staff", "team", "observers"};
        if (before >= 0 && stop <= i + 4 &&
            s.mentions[static_cast<std::size_t>(before)].type == EntityType::kOrganization &&
            entities_[s.mentions[static_cast<std::size_t>(before)].entity].lexicon !=
                kNoEntity &&
            kOrgans.contains(tokens_[stop - 1]) &&
            !(stop < end && (tokens_[stop].norm == "in" || tokens_[stop].norm == "to" ||
                             tokens_[stop].norm == "for" || tokens_[stop].norm == "of" ||
                             tokens_[stop].norm == "on"))) {
            s.mentions[static_cast<std::size_t>(before)].end = stop;
            i = stop;
            continue;
        }
        // And named before it: "the Executive Board of the International Monetary Fund"; so
        // is a state's ministry: "The Ministry of Foreign Affairs of the Republic of Lithuania
        // strongly condemns".
        static const FoldedWordSet kStateOrgans{"ministry", "department", "office", "embassy",
                                                "affairs", "defence", "defense", "foreign",
                                                "interior"};
        const bool state_organ = stop <= i + 6 && kStateOrgans.contains(tokens_[i]);
        if (((stop <= i + 4 && kOrgans.contains(tokens_[stop - 1])) || state_organ) &&
            stop + 1 < end && tokens_[stop].norm == "of") {
            const std::uint32_t at =
                tokens_[stop + 1].word == Vocabulary::kThe ? stop + 2 : stop + 1;
            const std::int32_t k = mention_starting(s, at);
            const EntityType wanted =
                state_organ ? EntityType::kCountry : EntityType::kOrganization;
            if (k >= 0 && s.mentions[static_cast<std::size_t>(k)].type == wanted &&
                entities_[s.mentions[static_cast<std::size_t>(k)].entity].lexicon != kNoEntity) {
                s.mentions[static_cast<std::size_t>(k)].begin = i;
                i = s.mentions[static_cast<std::size_t>(k)].end;
                continue;
            }
        }
        // Nor a country's government in capitals before its name: "the Federal Government of
        // Somalia" is Somalia (absorb_governments reads it).
        static const FoldedWordSet kGovernmentKinds{"federal", "transitional", "interim",
                                                    "provisional", "national", "military",
                                                    "central", "royal"};
        if (stop == i + 2 && kGovernmentKinds.contains(tokens_[i]) &&
            tokens_[i + 1].norm == "government" && stop + 1 < end && tokens_[stop].norm == "of") {
            const std::uint32_t at =
                stop + 2 < end && tokens_[stop + 1].word == Vocabulary::kThe ? stop + 2 : stop + 1;
            const std::int32_t k = mention_starting(s, at);
            if (k >= 0 && s.mentions[static_cast<std::size_t>(k)].type == EntityType::kCountry) {
                i = stop;
                continue;
            }
        }
        // "Member States" in capitals names no one: "eight SADC Member States: Angola, ...".
        static const FoldedWordSet kMembersWords{"member", "members", "states", "countries",
                                                 "nations", "state", "country"};
        if (stop == i + 2 && kMembersWords.contains(tokens_[i]) &&
            kMembersWords.contains(tokens_[i + 1])) {
            i = stop;
            continue;
        }
        // Without a state before it, two such words ("the Foreign Ministry") name no body of
        // their own either: whose it is, the text says elsewhere, if at all.
        if ((stop == i + 2 || (after_state && stop == i + 1)) &&
            std::all_of(tokens_.begin() + i, tokens_.begin() + stop,
                        [](const Token& t) { return kOrganWords.contains(t); })) {
            i = stop;
            continue;
        }
        // "Sierra Leone's Ministry of Foreign Affairs and International Cooperation summoned":
        // a state's ministry, named in full after its possessive, is the state.
        if (i >= s.range.begin + 2 && tokens_[i - 1].norm == "'s" &&
            kMinistries.contains(tokens_[i])) {
            const std::int32_t k = mention_ending(s, i - 1);
            if (k >= 0 && s.mentions[static_cast<std::size_t>(k)].type == EntityType::kCountry) {
                s.mentions[static_cast<std::size_t>(k)].end = stop;
                i = stop;
                continue;
            }
        }
        // "the East Asia Summit", "the Arctic Council", "the Black Sea Fleet": a place's name
        // before a capitalized word for a meeting or a body is that meeting's or body's name,
        // not the place. Not the second of a pair: "the Japan-U.S. Alliance" is an alliance
        // of the two.
        // A meeting's name is no body's: "the Paris Summit brought together France, ..." has
        // no members. Not before "on", "for" or "of", where a longer name goes on ("the Israel
        // Council on Foreign Relations").
        static const FoldedWordSet kBodyHeads{"council",  "initiative", "association", "conclave",
                                              "compact",  "alliance",   "pact",        "fleet",
                                              "authority", "commission", "party",
                                              "foundation", "fund",      "institute",   "society",
                                              "group",     "corporation", "company",   "holdings",
                                              "consortium", "enterprise"};
        static const FoldedWordSet kMeetingHeads{"summit",   "forum", "conference", "dialogue",
                                                 "festival", "games", "expo",       "marathon"};
        // A company's or a sports body's head makes a name with a demonym too: "Ethiopian
        // Airlines", "Costa Rica Football Federation".
        static const FoldedWordSet kCompanyHeads{"airlines", "airways",    "railways",
                                                 "federation", "association", "league", "club"};
        // Not before a day: "The Atlantic Council on Monday said ...".
        const bool goes_on = stop + 1 < end &&
                             (tokens_[stop].norm == "on" || tokens_[stop].norm == "for" ||
                              tokens_[stop].norm == "of") &&
                             !capitalized_stopwords().contains(tokens_[stop + 1]);
        // With one word between the place and the head too ("the Munich Security
        // Conference", "the Paris Peace Forum"), not after a demonym: "the Russian Security
        // Council" is the state's.
        const std::uint32_t head = stop - 1;
        const bool company_head = kCompanyHeads.contains(tokens_[head]);
        // A region's own government, with a word for its kind: "the Tigray Interim
        // Administration", "the Kurdistan Regional Government" (not "the US Administration").
        static const FoldedWordSet kAuthorityHeads{"administration", "government", "authority"};
        static const FoldedWordSet kAuthorityKinds{"interim", "regional", "transitional",
                                                   "provisional", "autonomous", "local"};
        const bool authority_head = stop == i + 2 && kAuthorityHeads.contains(tokens_[head]) &&
                                    kAuthorityKinds.contains(tokens_[i]);
        if ((stop == i + 1 || stop == i + 2) && !goes_on &&
            (kBodyHeads.contains(tokens_[head]) || kMeetingHeads.contains(tokens_[head]) ||
             company_head || authority_head)) {
            const std::int32_t k = mention_ending(s, i);
            const Mention* m = k >= 0 ? &s.mentions[static_cast<std::size_t>(k)] : nullptr;
            if (m != nullptr &&
                (m->type == EntityType::kLocation || m->type == EntityType::kCountry) &&
                !(m->begin > s.range.begin && tokens_[m->begin - 1].norm == "-") &&
                (stop == i + 1 || company_head || !is_demonym(m->begin))) {
                const std::uint32_t place = m->begin;
                s.mentions.erase(s.mentions.begin() + k);
                add_new_name(s, place, head,
                             kMeetingHeads.contains(tokens_[head]) ? EntityType::kOther
                                                                   : EntityType::kOrganization);
                i = stop;
                continue;
            }
        }
        // "West African", "Central Asian", "Middle Eastern": a region's adjective names
        // nothing.
        static const FoldedWordSet kRegionOpeners{
            "north",     "south",     "east",      "west",     "central", "latin",
            "middle",    "southeast", "northeast", "southwest", "northwest"};
        static const FoldedWordSet kRegionAdjectives{"african", "asian", "american", "european",
                                                     "eastern", "arab"};
        if (stop == i + 2 && kRegionOpeners.contains(tokens_[i]) &&
            kRegionAdjectives.contains(tokens_[i + 1])) {
            i = stop;
            continue;
        }
        const bool one_word = stop == i + 1;
        const bool sentence_start = i == s.range.begin;
        // A word the document typed before as a name of its own is that name again: "India
        // has moved helicopters to Nyoma" after "the Nyoma airfield in India's Ladakh". Not a
        // place before a verb only people take: "Jinnah met ..." after "the Jinnah airport"
        // is the man.
        static const FoldedWordSet kPersonVerbs{"met",   "meets",   "visited", "visits",
                                                "urged", "accused", "condemned", "warned",
                                                "asked", "wrote",   "spoke",    "died"};
        // With an acronym joined to it by a hyphen, as the document named it: "RED-Tabara".
        if (one_word && joined_acronym_before(s, i)) {
            const std::string joined(doc_.text.substr(
                tokens_[i - 2].offset,
                tokens_[i].offset + tokens_[i].text.size() - tokens_[i - 2].offset));
            if (const auto known = entity_index_.find(joined);
                known != entity_index_.end() &&
                entities_[known->second].type != EntityType::kOther) {
                add_mention(s, {i - 2, stop, known->second, entities_[known->second].type});
                i = stop;
                continue;
            }
        }
        if (one_word) {
            const auto known = entity_index_.find(std::string(tokens_[i].text));
            if (known != entity_index_.end() &&
                entities_[known->second].type != EntityType::kOther &&
                entities_[known->second].lexicon == kNoEntity &&
                (entities_[known->second].type != EntityType::kLocation ||
                 !(stop < end && (speech_verbs().contains(tokens_[stop]) ||
                                  kPersonVerbs.contains(tokens_[stop]))))) {
                add_mention(s, {i, stop, known->second, entities_[known->second].type});
                i = stop;
                continue;
            }
        }
        // One word makes a name only where a cue says what it is, and at the sentence's start,
        // where any word is capitalized, only before ", a region in ...".
        // A word for the kind of place after it is a cue there too: "Binga district, in
        // Zimbabwe's Matabeleland North province, remains ...".
        const bool place_word_after = stop < end && !tokens_[stop].capitalized &&
                                      location_heads().contains(tokens_[stop]);
        if (!(sentence_start && one_word && !cues.place_apposition && !cues.body_apposition &&
              !(cues.place && place_word_after)) &&
            (!one_word || cues.after_title || cues.place || cues.after_body_noun ||
             cues.before_group_noun)) {
            add_new_name(s, i, last, new_name_type(s, i, last, cues));
        }
        i = stop;
    }
}

DocumentExtraction::NameCues DocumentExtraction::name_cues(const SentenceState& s,
                                                           const std::uint32_t begin,
                                                           const std::uint32_t stop) const {
    const std::uint32_t end = s.range.end;
    NameCues cues;
    // A cue after a pair may type its first name too: past "and" and the second name after the
    // name ending before `stop` ("Jonglei and Western Equatoria, both states of ..."), or
    // `stop` when no second name follows.
    const auto past_pair = [&] {
        std::uint32_t k = stop;
        if (k + 1 < end && tokens_[k].norm == "and" && tokens_[k + 1].capitalized) {
            ++k;
            while (k < end && k < stop + 6 && (tokens_[k].capitalized || tokens_[k].norm == "-")) {
                ++k;
            }
        }
        return k;
    };
    // The place named first when the name is the second of a pair ("Kasos and Karpathos") or
    // a later one of a list of places ("Sucumbios, Carchi and Esmeraldas", where a name after
    // a comma must be followed by another comma or "and"), or none.
    const Mention* first_of_pair = [&]() -> const Mention* {
        if (begin < s.range.begin + 3) {
            return nullptr;
        }
        const bool after_and = tokens_[begin - 1].norm == "and";
        const bool inside_list = tokens_[begin - 1].norm == "," && stop < end &&
                                 (tokens_[stop].norm == "," || tokens_[stop].norm == "and");
        if (!after_and && !inside_list) {
            return nullptr;
        }
        const auto place_ending = [&](const std::uint32_t at) -> const Mention* {
            const std::int32_t k = mention_ending(s, at);
            return k >= 0 && s.mentions[static_cast<std::size_t>(k)].type == EntityType::kLocation
                       ? &s.mentions[static_cast<std::size_t>(k)]
                       : nullptr;
        };
        const Mention* first = place_ending(begin - 1);
        for (int items = 0; first != nullptr && items < 8; ++items) {
            if (first->begin < s.range.begin + 2 || tokens_[first->begin - 1].norm != ",") {
                break;
            }
            const Mention* earlier = place_ending(first->begin - 1);
            if (earlier == nullptr) {
                break;
            }
            first = earlier;
        }
        return first;
    }();
    // Right after a title, or after "title," in an apposition ("its chief, Jane Roe").
    // Or after a title "of" a body and a comma: "Head of MINUSCA, Valentine Rugwabiza,".
    const auto title_of_body = [&](const TitleHit& t) {
        if (t.end + 2 >= begin || tokens_[t.end].norm != "of" || tokens_[begin - 1].norm != ",") {
            return false;
        }
        // "the President of the Republic, Jose Ramos-Horta": a word for the text's own body.
        if (t.end + 3 == begin - 1 && tokens_[t.end + 1].word == Vocabulary::kThe &&
            tokens_[t.end + 2].capitalized && generic_bodies().contains(tokens_[t.end + 2])) {
            return true;
        }
        const std::int32_t k = mention_ending(s, begin - 1);
        if (k < 0) {
            return false;
        }
        const Mention& body = s.mentions[static_cast<std::size_t>(k)];
        return (body.begin == t.end + 1 ||
                (body.begin == t.end + 2 && tokens_[t.end + 1].word == Vocabulary::kThe)) &&
               body.type != EntityType::kPerson;
    };
    cues.after_title = std::any_of(s.titles.begin(), s.titles.end(), [&](const TitleHit& t) {
        return t.end == begin || (t.end + 1 == begin && tokens_[t.end].norm == ",") ||
               title_of_body(t);
    });
    cues.led_by = begin >= s.range.begin + 2 && tokens_[begin - 1].norm == "by" &&
                  (tokens_[begin - 2].norm == "led" || tokens_[begin - 2].norm == "chaired" ||
                   tokens_[begin - 2].norm == "headed" || tokens_[begin - 2].norm == "founded" ||
                   tokens_[begin - 2].norm == "commanded");
    // "the Menaka region": a name before a lower-case word for a region is a place; so is the
    // first of a pair before one ("the North-West and South-West regions").
    const std::uint32_t region = past_pair();
    static const FoldedWordSet kRegions{"regions",     "provinces", "oblasts",     "districts",
                                        "governorates", "prefectures", "counties", "states",
                                        "territories", "departments"};
    // And a name between "the" and the places it holds: "the Sindh districts of Dadu and
    // Larkana", "the Zambales towns of ...".
    static const FoldedWordSet kHeld{"towns",     "districts", "municipalities", "villages",
                                     "cities",    "provinces", "regions",        "counties",
                                     "departments", "islands"};
    const bool before_held = region == stop && region + 1 < end && begin > s.range.begin &&
                             tokens_[begin - 1].norm == "the" && kHeld.contains(tokens_[region]) &&
                             tokens_[region + 1].norm == "of";
    const bool before_region =
        region < end && !tokens_[region].capitalized &&
        (region_words().contains(tokens_[region]) || before_held ||
         ((region != stop || (begin > s.range.begin && tokens_[begin - 1].norm == "and")) &&
          kRegions.contains(tokens_[region])));
    // "the town of Bunagana", and "Bunagana, a (border) town in ...": a place.
    // Not where a known name follows at once: in "the capital of North Darfur", "North" is
    // the start of the known name, not a place of its own.
    const bool before_known_name = stop < end && covered(s, stop);
    // So is the second of a pair after one: "the Greek islands of Kasos and Karpathos".
    const auto place_noun_of = [&](const std::uint32_t at) {
        // Not a known name's last word: "the extradition to the United States of Arash
        // Mehrani-Lowe".
        return at >= s.range.begin + 2 && tokens_[at - 1].norm == "of" &&
               place_nouns().contains(tokens_[at - 2]) && !covered(s, at - 2);
    };
    const bool second_of_pair = first_of_pair != nullptr && place_noun_of(first_of_pair->begin);
    const bool after_place_noun =
        (place_noun_of(begin) || second_of_pair) && !before_known_name;
    const bool place_apposition = [&] {
        static const FoldedWordSet kOpens{"a", "an", "the", "its", "both", "two", "three", "all"};
        // The first of a pair the apposition is about: "Jonglei and Western Equatoria, both
        // states of South Sudan".
        const std::uint32_t comma = past_pair();
        if (comma + 2 >= end || tokens_[comma].norm != ",") {
            return false;
        }
        // The apposition's first word after its opener: "a", "the", ..., or a country's
        // possessive ("Baucau, Timor-Leste's second city").
        std::uint32_t from = comma + 2;
        bool possessive = false;
        if (!kOpens.contains(tokens_[comma + 1])) {
            const std::int32_t k = mention_starting(s, comma + 1);
            const Mention* owner = k >= 0 ? &s.mentions[static_cast<std::size_t>(k)] : nullptr;
            if (owner == nullptr || owner->type != EntityType::kCountry ||
                owner->end + 1 >= end || tokens_[owner->end].norm != "'s") {
                return false;
            }
            from = owner->end + 1;
            possessive = true;
        }
        // A pair takes a plural: "Ukrenergo and Kryvyi Rih, a city in ..." places only the city.
        static const FoldedWordSet kPlural{"both", "two", "three", "all"};
        if (comma != stop && !kPlural.contains(tokens_[from - 1]) &&
            !kPlural.contains(tokens_[from])) {
            return false;
        }
        // A post, a hub or a point of a border heads one too: "Salamis, Greece's main naval
        // base,", "Hsinchu, Taiwan's main technology hub,", "El Fasher, the army's last
        // stronghold", "Depsang and Demchok, the last two friction points in eastern Ladakh".
        static const FoldedWordSet kPosts{"base",  "hub",    "stronghold", "bastion",
                                          "point", "points", "flashpoint", "flashpoints",
                                          "crossing", "crossings"};
        // "Mohamed Abdi, a district commissioner": a person in a place is no place.
        bool place = false;
        bool headed = false;
        for (std::uint32_t k = from; k < end && k <= from + 4; ++k) {
            if (tokens_[k].norm == "," && headed) {
                break;  // the apposition ends: "both states of South Sudan, and ..."
            }
            if (tokens_[k].norm == "," || person_nouns().contains(tokens_[k])) {
                return false;
            }
            // Not a compound's first word: "Russia's state-owned shipping group".
            if (!tokens_[k].capitalized &&
                (place_nouns().contains(tokens_[k]) || kPosts.contains(tokens_[k])) &&
                !(k + 1 < end && tokens_[k + 1].norm == "-")) {
                place = true;
                // Whether it heads the apposition: a preposition or the comma follows it, not
                // another noun ("Le Soleil, the Dakar state daily," is a newspaper).
                static const FoldedWordSet kAfterHead{
                    ",",      "of",    "in",     "on",        "near",  "inside",
                    "within", "along", "across", "bordering", "close", "north",
                    "south",  "east",  "west",   ".",         ";"};
                headed = headed || (k + 1 < end && kAfterHead.contains(tokens_[k + 1]));
            }
        }
        // After a possessive the place noun must head: "Russia's state shipping group" is none.
        return place && (headed || !possessive);
    }();
    // "travelled to Kananaskis in Canada", "production in Szeged, in southern Hungary,",
    // "an airstrip at Amdjarass, in eastern Chad": after a preposition of place, a name the
    // text then places in a known country or place is a place. After "at", only with the
    // comma and a direction: "worked at Siemens in Germany" names a company.
    const bool placed_in_known = [&] {
        // After "to", only after a verb of travel or of deployment a few words before: "sold gas
        // to Eni in Italy" names a buyer, "deployed drones to Baledogle in Somalia" a place.
        // "lies" too: "Across the Moei lies Myawaddy, in Myanmar's Kayin State".
        static const FoldedWordSet kInto{"in",   "to",  "near",   "outside", "between", "at",
                                         "from", "off", "around", "lies",    "for",     "via"};
        static const FoldedWordSet kTravel{
            "travelled", "traveled", "flew",     "flown",      "went",      "moved",
            "returned",  "headed",   "arrived",  "came",       "sailed",    "drove",
            "relocated", "travel",   "travels",  "fly",        "go",        "deployed",
            "redeployed", "sent",    "dispatched", "transferred", "stationed", "posted",
            "deploy",    "send",     "deploys",  "sends",      "moves",     "move",
            "fled",      "flee",     "flees",    "fleeing",    "escaped",   "crossed",
            "diverted",  "escorted", "accompanied", "sailing",  "bound"};
        // The second of a pair after one: "in Shengjin and Gjader, both in Albania"; after
        // any word when both are placed so ("struck the Lau Islands and Kadavu, both in Fiji").
        const bool both_in = stop + 2 < end && tokens_[stop].norm == "," &&
                             tokens_[stop + 1].norm == "both" &&
                             (tokens_[stop + 2].norm == "in" || tokens_[stop + 2].norm == "on");
        const bool second = first_of_pair != nullptr && first_of_pair->begin > s.range.begin &&
                            (kInto.contains(tokens_[first_of_pair->begin - 1]) || both_in);
        // Or opening the sentence, placed in an aside: "Yonaguni, in Okinawa Prefecture, is
        // ...", "Mombasa, on Kenya's southern coast, ...".
        const bool opening = begin == s.range.begin && stop + 1 < end &&
                             tokens_[stop].norm == ",";
        if ((!opening && (begin == s.range.begin ||
                          (!kInto.contains(tokens_[begin - 1]) && !second))) ||
            stop + 1 >= end) {
            return false;
        }
        // After "for", only where a ship or a cargo is bound or sails: "bound for Antwerp, in
        // Belgium", not "a contract for Siemens in Germany".
        static const FoldedWordSet kBound{"bound", "headed", "sailed", "sailing", "destined"};
        if (!opening && tokens_[begin - 1].norm == "for" &&
            (begin < s.range.begin + 2 || !kBound.contains(tokens_[begin - 2]))) {
            return false;
        }
        if (!opening && tokens_[begin - 1].norm == "to") {
            bool travel = false;
            for (std::uint32_t k = begin - 1; k > s.range.begin && k + 8 > begin && !travel; --k) {
                travel = kTravel.contains(tokens_[k - 1]);
            }
            if (!travel) {
                return false;
            }
        }
        const bool at = !opening && tokens_[begin - 1].norm == "at";
        // After "from", "off" or "via" the comma is needed: "flew from Evenes, in Nordland
        // county,", "anchored off Porkkala, on Finland's southern coast,", "will run via
        // Curtici, in Romania's Arad county,"; not "a delegation from Siemens in Germany",
        // "payments routed via Garantex in Russia".
        const bool from =
            !opening && (tokens_[begin - 1].norm == "from" || tokens_[begin - 1].norm == "off" ||
                         tokens_[begin - 1].norm == "via");
        std::uint32_t k = stop;
        // The first of a pair: "in Shengjin and Gjader, both in Albania".
        if (const std::uint32_t after = past_pair();
            after != k && after + 1 < end && tokens_[after].norm == "," &&
            tokens_[after + 1].norm == "both") {
            k = after;
        }
        const bool comma = tokens_[k].norm == ",";
        if (comma) {
            ++k;
        }
        if (k < end && comma && tokens_[k].norm == "both") {
            ++k;  // "in Shengjin and Gjader, both in Albania"
        }
        static const FoldedWordSet kPosts{"base",     "bases",    "camp",    "airfield",
                                          "port",     "facility", "station", "garrison"};
        const bool after_post = begin >= s.range.begin + 2 && kPosts.contains(tokens_[begin - 2]);
        if (k >= end || (tokens_[k].norm != "in" && tokens_[k].norm != "on") ||
            (at && !comma && !after_post) || (from && !comma)) {
            return false;
        }
        ++k;
        if (k < end && tokens_[k].norm == "the") {
            ++k;
        }
        const bool direction = k < end && lex_.is_direction(tokens_[k].word);
        if (direction) {
            ++k;
        }
        // "worked at Siemens in Germany" names a company, but "its base at Port-Bouet, in
        // Ivory Coast", "the track at Sigulda, in Latvia" and "the port at Matarbari in
        // Bangladesh" a place.
        static const FoldedWordSet kWorked{"worked",  "works",   "work",    "working", "employed",
                                           "studied", "studies", "trained", "job"};
        if (at && !direction && !after_post &&
            (!comma || (begin >= s.range.begin + 2 && kWorked.contains(tokens_[begin - 2])))) {
            return false;
        }
        // Or a country the text named before: "mills around Khulna, in the country's
        // south-west".
        static const FoldedWordSet kParts{"north",  "south",  "east",    "west",
                                          "centre", "center", "interior"};
        if (comma && k + 2 < end && (tokens_[k].norm == "country" || tokens_[k].norm == "nation") &&
            tokens_[k - 1].norm == "the" && tokens_[k + 1].norm == "'s" &&
            (lex_.is_direction(tokens_[k + 2].word) || kParts.contains(tokens_[k + 2]))) {
            return true;
        }
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
            return m.begin == k &&
                   (m.type == EntityType::kCountry || m.type == EntityType::kLocation);
        });
    }();
    // "Hotan air base", "the upgraded Nyoma airfield": a name before a lower-case word for
    // an airfield or a base is the place's.
    // So is one before a terminal or a mine (not a refinery, which a company names): "Yemen's
    // Ras Isa terminal", "the Kisanfu mine", "the Paks nuclear plant".
    const bool before_post = [&] {
        static const FoldedWordSet kPosts{"airfield", "airbase",  "airport", "airstrip",
                                          "terminal", "mine",     "mines",   "oilfield",
                                          "gasfield", "field"};
        // A port only after a country's possessive: "Ghana's Takoradi port", not "the
        // Hutchison port at Balboa", which a company runs.
        static const FoldedWordSet kPorts{"port", "harbour", "harbor"};
        static const FoldedWordSet kKinds{"air", "naval", "military", "army"};
        static const FoldedWordSet kPlants{"nuclear", "power", "gas", "oil"};
        if (stop >= end || tokens_[stop].capitalized) {
            return false;
        }
        const Token* next = stop + 1 < end ? &tokens_[stop + 1] : nullptr;
        const bool owned = begin > s.range.begin && tokens_[begin - 1].norm == "'s";
        return kPosts.contains(tokens_[stop]) || (owned && kPorts.contains(tokens_[stop])) ||
               (next != nullptr && kKinds.contains(tokens_[stop]) &&
                (next->norm == "base" || next->norm == "bases")) ||
               (next != nullptr && kPlants.contains(tokens_[stop]) &&
                (next->norm == "plant" || next->norm == "station" || next->norm == "field"));
    }();
    // "in Fray Bentos, Uruguay,", "between Ipiales, Colombia, and Tulcan, Ecuador": after a
    // preposition of place, a name the text follows with its country between commas. With
    // a direction before the country, after "to" or "from" too: "sent to Dori, northern
    // Burkina Faso".
    const bool comma_country = [&] {
        static const FoldedWordSet kBefore{"in", "at", "near", "outside"};
        // After "between", "from", "to" or "and" only where a way between places governs
        // them: "the bridge between Ipiales, Colombia, and Tulcan, Ecuador", not "the final
        // between Carlos Alcaraz, Spain, and ...".
        static const FoldedWordSet kAlong{"between", "from", "to", "and"};
        static const FoldedWordSet kWays{"bridge",  "border",  "crossing", "road",  "flights",
                                         "flight",  "railway", "highway",  "route", "ferry",
                                         "pipeline", "corridor", "trains",  "train", "line"};
        const auto along_a_way = [&] {
            if (!kAlong.contains(tokens_[begin - 1])) {
                return false;
            }
            for (std::uint32_t k = begin - 1; k > s.range.begin && k + 10 > begin; --k) {
                if (kWays.contains(tokens_[k - 1])) {
                    return true;
                }
            }
            return false;
        };
        if (stop + 2 >= end || tokens_[stop].norm != ",") {
            return false;
        }
        // The direction may be hyphenated: "near Kurram, north-western Pakistan".
        std::uint32_t after_direction = stop + 1;
        if (lex_.is_direction(tokens_[stop + 1].word)) {
            after_direction = stop + 2;
        } else if (stop + 4 < end && tokens_[stop + 2].norm == "-" &&
                   lex_.is_direction(tokens_[stop + 3].word)) {
            after_direction = stop + 4;
        }
        const bool direction = after_direction > stop + 1;
        const std::int32_t k = mention_starting(s, after_direction);
        // Without a preposition, only a country that closes the phrase, where a list of names
        // would go on: "Sailed from Mersin, Turkey, on 14 Nov", "loading for Yangon, Myanmar.",
        // "Koh Kong, Cambodia -- Thai and Cambodian commanders met".
        const auto closes = [&] {
            if (k < 0 ||
                s.mentions[static_cast<std::size_t>(k)].type != EntityType::kCountry) {
                return false;
            }
            const std::uint32_t after = s.mentions[static_cast<std::size_t>(k)].end;
            const bool one_word = stop == begin + 1;
            if (after >= end) {
                return one_word;
            }
            // A name of two words or more is a person's as often ("Faith Kipyegon, Kenya,"),
            // except after "from" ("from Rio de Janeiro, Brazil, where") and in a dateline
            // ("Koh Kong, Cambodia --").
            static const FoldedWordSet kDateline{":", "--", "-"};
            static const FoldedWordSet kFrom{"from", "via", "into"};
            const Token& t = tokens_[after];
            if (!one_word && !(begin > s.range.begin && kFrom.contains(tokens_[begin - 1]))) {
                return begin == s.range.begin && kDateline.contains(t);
            }
            static const FoldedWordSet kCloses{".", ";", ":", "--", "-"};
            return kCloses.contains(t) ||
                   (t.norm == "," && after + 1 < end && !tokens_[after + 1].capitalized &&
                    tokens_[after + 1].kind == TokenKind::kWord &&
                    tokens_[after + 1].norm != "and" && tokens_[after + 1].norm != "or");
        };
        const bool after_preposition =
            begin > s.range.begin &&
            (kBefore.contains(tokens_[begin - 1]) || along_a_way() ||
             (direction &&
              (tokens_[begin - 1].norm == "to" || tokens_[begin - 1].norm == "from")));
        if (!after_preposition && !closes()) {
            return false;
        }
        // Or a known region: "in Anchorage, Alaska,". Not Georgia, which may be the American
        // state ("Savannah, Georgia").
        if (k < 0 ||
            (s.mentions[static_cast<std::size_t>(k)].type != EntityType::kCountry &&
             s.mentions[static_cast<std::size_t>(k)].type != EntityType::kLocation) ||
            entities_[s.mentions[static_cast<std::size_t>(k)].entity].name == "Georgia") {
            return false;
        }
        const std::uint32_t after = s.mentions[static_cast<std::size_t>(k)].end;
        // Not a list of countries: "the strikes on Lutsk, Poland, Romania and Moldova".
        if (after + 1 < end && tokens_[after].norm == "," && covered(s, after + 1)) {
            return false;
        }
        return after >= end || tokens_[after].norm == "," || tokens_[after].norm == "." ||
               tokens_[after].norm == ";" || tokens_[after].norm == ")";
    }();
    // "Kumejima also lies in Okinawa Prefecture": a name that lies in a known place is one.
    const bool lies_in_known = [&] {
        static const FoldedWordSet kAdverbs{"also", "still", "now"};
        static const FoldedWordSet kLies{"lies", "lie", "lay", "sits", "sit"};
        std::uint32_t k = stop;
        while (k < end && kAdverbs.contains(tokens_[k])) {
            ++k;
        }
        if (k + 1 >= end || !kLies.contains(tokens_[k]) ||
            (tokens_[k + 1].norm != "in" && tokens_[k + 1].norm != "on" &&
             tokens_[k + 1].norm != "near")) {
            return false;
        }
        k += 2;
        if (k < end && tokens_[k].norm == "the") {
            ++k;
        }
        if (k < end && lex_.is_direction(tokens_[k].word)) {
            ++k;
        }
        const std::int32_t m = mention_starting(s, k);
        return m >= 0 && (s.mentions[static_cast<std::size_t>(m)].type == EntityType::kCountry ||
                          s.mentions[static_cast<std::size_t>(m)].type == EntityType::kLocation);
    }();
    // "has sent fresh battalions to Myawaddy", "deployed 300 troops into Kidal": a name that
    // troops are sent to is a place.
    const bool troops_sent_to = [&] {
        if (begin < s.range.begin + 3 ||
            (tokens_[begin - 1].norm != "to" && tokens_[begin - 1].norm != "into")) {
            return false;
        }
        static const FoldedWordSet kSent{"sent",  "send",     "sends",      "deployed",
                                         "deploy", "deploys", "dispatched", "redeployed",
                                         "moved", "rushed",   "flown",      "airlifted"};
        bool troops = false;
        for (std::uint32_t k = begin - 1; k-- > s.range.begin && k + 7 > begin;) {
            if (lex_.in_class("&TROOPS", tokens_[k].norm)) {
                troops = true;
            } else if (kSent.contains(tokens_[k])) {
                // Or troops who went there, before the verb: "Ethiopian forces have deployed
                // to Baidoa", "troops were sent to Kidal".
                static const FoldedWordSet kAuxiliaries{"have", "has", "had", "were", "was",
                                                        "been", "are", "is", "also", "since"};
                // Soldiers only: "engineers have moved to Zentrax" may join a firm.
                static const FoldedWordSet kSoldiers{
                    "troops",    "soldiers",   "forces",    "personnel",  "peacekeepers",
                    "marines",   "units",      "unit",      "battalions", "battalion",
                    "brigades",  "brigade",    "contingent", "contingents", "paratroopers",
                    "regiment",  "regiments"};
                for (std::uint32_t b = k; !troops && b-- > s.range.begin && b + 4 > k;) {
                    if (kSoldiers.contains(tokens_[b])) {
                        troops = true;
                    } else if (!kAuxiliaries.contains(tokens_[b])) {
                        break;
                    }
                }
                return troops;
            } else if ((tokens_[k].kind != TokenKind::kWord &&
                        tokens_[k].kind != TokenKind::kNumber) ||
                       tokens_[k].capitalized) {
                return false;
            }
        }
        return false;
    }();
    // A word with a known country in brackets after it, as itineraries write a place, an
    // item of their own: "- Alexandria (Egypt): as planned". Not two words, nor one in a
    // sentence, which in a meeting's record are more often a speaker's: "Barbara Woodward
    // (United Kingdom) said", "statements by Nebenzia (Russia) and Woodward (United Kingdom)".
    static const FoldedWordSet kItemMarks{"-", ":", "*", "–", "•"};
    const bool bracketed_country =
        stop == begin + 1 && stop + 2 < end && tokens_[stop].norm == "(" &&
        std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
            return m.begin == stop + 1 && m.type == EntityType::kCountry && m.end + 1 < end &&
                   tokens_[m.end].norm == ")" && kItemMarks.contains(tokens_[m.end + 1]);
        });
    cues.place = !cues.led_by && (before_region || after_place_noun || place_apposition ||
                                  placed_in_known || before_post || comma_country ||
                                  lies_in_known || troops_sent_to || bracketed_country);
    cues.place_apposition =
        !cues.led_by && (place_apposition || lies_in_known || bracketed_country ||
                         (begin == s.range.begin && placed_in_known));
    // "the state airline Belavia", "the shipping group Sovcomflot": a name right after a
    // lower-case word for a company or a body is one.
    // So is one in apposition after it: "The main opposition party, Chadema, whose ...".
    // And a name before an apposition that a word for a company heads: "Codelco, Chile's
    // state copper company, and ...".
    const bool body_apposition = [&] {
        if (stop + 3 >= end || tokens_[stop].norm != ",") {
            return false;
        }
        for (std::uint32_t k = stop + 1; k < end && k <= stop + 8; ++k) {
            if (tokens_[k].norm == "," || tokens_[k].norm == "." || tokens_[k].norm == "that" ||
                tokens_[k].norm == "which" || tokens_[k].norm == "who") {
                return false;
            }
            // A person's role of a body heads it: "Jorge Alcivar, the owner of a trucking
            // firm".
            if (!tokens_[k].capitalized && k + 1 < end && tokens_[k + 1].norm == "of" &&
                (person_nouns().contains(tokens_[k]) || tokens_[k].norm == "owner")) {
                return false;
            }
            // The body noun heads the apposition: the comma, "and" or what describes the body
            // follows it ("Sumud, a coalition of civilian groups led by ...").
            static const FoldedWordSet kAfterHead{",",       ".",       "and",    "of",
                                                  "led",     "headed",  "chaired", "founded",
                                                  "backed",  "based",   "formed", "whose"};
            if (!tokens_[k].capitalized && body_nouns().contains(tokens_[k])) {
                return k + 1 < end && kAfterHead.contains(tokens_[k + 1]);
            }
        }
        return false;
    }();
    // A company's roles name the company: "CEO of Hanwha Aerospace", "Baykar's chief
    // executive". Not a body's word alone, which stands for a body the text named: "the
    // Authority's chief executive" after "the Namibian Ports Authority".
    static const FoldedWordSet kCompanyRoles{"ceo", "executive", "founder", "co-founder",
                                             "shareholder", "owner", "owners"};
    const bool company_of_role =
        !(stop == begin + 1 && organization_heads().contains(tokens_[begin])) &&
        ((begin >= s.range.begin + 2 && tokens_[begin - 1].norm == "of" &&
          kCompanyRoles.contains(tokens_[begin - 2])) ||
         (stop + 2 < end && tokens_[stop].norm == "'s" &&
          (kCompanyRoles.contains(tokens_[stop + 1]) ||
           kCompanyRoles.contains(tokens_[stop + 2]))));
    cues.after_body_noun = (begin > s.range.begin && !tokens_[begin - 1].capitalized &&
                            body_nouns().contains(tokens_[begin - 1])) ||
                           (begin >= s.range.begin + 2 && tokens_[begin - 1].norm == "," &&
                            !tokens_[begin - 2].capitalized &&
                            body_nouns().contains(tokens_[begin - 2]) && stop < end &&
                            tokens_[stop].norm == ",") ||
                           body_apposition || company_of_role;
    cues.body_apposition = body_apposition;
    // A word for what a person is, right before the name: "the fugitive oligarch Ilan Shor",
    // "the billionaire Elon Musk".
    cues.after_person_noun = begin > s.range.begin && !tokens_[begin - 1].capitalized &&
                             person_descriptions().contains(tokens_[begin - 1]);
    // "the Vetevendosje movement", "the Kuomintang party": a name between "the" and a
    // lower-case word for a party or an armed group is one. Not a faith or a creed ("the
    // Shia militia").
    static const FoldedWordSet kGroupNouns{"movement", "party", "militia", "faction",
                                           "coalition", "group", "rebels", "insurgents",
                                           "network"};
    static const FoldedWordSet kCreeds{"shia", "shiite", "sunni", "islamist", "jihadist",
                                       "salafist", "christian", "muslim", "hindu", "buddhist",
                                       "jewish", "catholic", "orthodox", "marxist", "maoist"};
    // One word that qualifies the group may stand after "the": "the leftist Libre party".
    const bool after_the =
        (begin > s.range.begin && tokens_[begin - 1].word == Vocabulary::kThe) ||
        (begin > s.range.begin + 1 && tokens_[begin - 2].word == Vocabulary::kThe &&
         tokens_[begin - 1].kind == TokenKind::kWord && !tokens_[begin - 1].capitalized &&
         !covered(s, begin - 1));
    cues.before_group_noun = after_the && stop < end && !tokens_[stop].capitalized &&
                             kGroupNouns.contains(tokens_[stop]) &&
                             !kCreeds.contains(tokens_[begin]);
    return cues;
}

bool DocumentExtraction::person_cue(const SentenceState& s, const std::uint32_t stop,
                                    const NameCues& cues) const {
    const std::uint32_t end = s.range.end;
    if (stop + 1 < end && tokens_[stop].norm == "," &&
        (tokens_[stop + 1].norm == "who" || tokens_[stop + 1].norm == "whom")) {
        return true;  // "Tufan Erhurman, who has since led ..."
    }
    if (cues.led_by) {
        return true;
    }
    // "Muhoozi Kainerugaba, chief of the Uganda People's Defence Forces": a role of a body,
    // with no article, in lower case.
    if (stop + 3 < end && tokens_[stop].norm == "," && !tokens_[stop + 1].capitalized &&
        person_nouns().contains(tokens_[stop + 1]) && tokens_[stop + 2].norm == "of") {
        return true;
    }
    // So is a title of one, capitalized: "Albert Ramdin, Secretary-General of the OAS,".
    if (stop + 2 < end && tokens_[stop].norm == ",") {
        for (const TitleHit& title : s.titles) {
            if (title.begin == stop + 1 && title.end < end && tokens_[title.end].norm == "of") {
                return true;
            }
        }
    }
    // A role of a body named by its possessive: "Haluk Bayraktar, Baykar's chief executive,".
    // An office, not a membership: "Kiribati, the Forum's smallest member" is no person.
    static const FoldedWordSet kOffices{
        "president", "leader",    "chief",     "head",     "chairman", "chairwoman", "director",
        "founder",   "executive", "ceo",       "minister", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "envoy",  "ambassador", "commander", "governor", "premier",  "chancellor"};
    if (stop + 3 < end && tokens_[stop].norm == ",") {
        std::uint32_t k = stop + 1;
        while (k < end && k <= stop + 5 && tokens_[k].capitalized) {
            ++k;
        }
        if (k > stop + 1 && k + 1 < end && tokens_[k].norm == "'s") {
            for (std::uint32_t j = k + 1; j < end && j <= k + 3; ++j) {
                if (tokens_[j].norm == "," || tokens_[j].norm == ".") {
                    break;
                }
                if (!tokens_[j].capitalized && kOffices.contains(tokens_[j])) {
                    return true;
                }
            }
        }
    }
    // Not "X, whose chief executive ...", which a company is too.
    static const FoldedWordSet kOpens{"a", "an", "the", "his", "her"};
    if (stop + 2 < end && tokens_[stop].norm == "," && kOpens.contains(tokens_[stop + 1])) {
        for (std::uint32_t k = stop + 2; k < end && k <= stop + 5; ++k) {
            if (tokens_[k].norm == "," || tokens_[k].norm == ".") {
                break;
            }
            if (person_nouns().contains(tokens_[k])) {
                return true;
            }
        }
    }
    return false;
}

std::uint32_t DocumentExtraction::name_head(const std::uint32_t begin,
                                            const std::uint32_t last) const {
    for (std::uint32_t k = begin + 1; k <= last; ++k) {
        if (tokens_[k].norm == "of" || tokens_[k].norm == "for" || tokens_[k].norm == "on") {
            return k - 1;
        }
    }
    return last;
}

EntityType DocumentExtraction::new_name_type(const SentenceState& s, const std::uint32_t begin,
                                             const std::uint32_t last,
                                             const NameCues& cues) const {
    if (cues.after_title) {
        return EntityType::kPerson;
    }
    if (cues.place) {
        return EntityType::kLocation;
    }
    if (cues.after_body_noun || cues.before_group_noun) {
        return EntityType::kOrganization;
    }
    const Token& head = tokens_[name_head(begin, last)];
    if (organization_heads().contains(head) || organization_heads().contains(tokens_[last])) {
        return EntityType::kOrganization;
    }
    if (location_heads().contains(head)) {
        return EntityType::kLocation;
    }
    // A lake, a mountain or a cape named with its kind first: "Lake Tana", "Mount Hermon"
    // (not "Cape Coast Grid", a longer name of something else).
    static const FoldedWordSet kKindFirst{"lake", "mount", "mt", "cape"};
    if (last == begin + 1 && tokens_[begin].capitalized && kKindFirst.contains(tokens_[begin])) {
        return EntityType::kLocation;
    }
    // A federal state or a port by its name: "Nigeria's Rivers State", "Malaysia's Port
    // Klang". "State" is no head on its own, being the Islamic State's (which the lexicon
    // knows) and a government's.
    static const FoldedWordSet kBeforeState{"'s", "in", "from", "across", "of", "into", "to",
                                            "near"};
    if (last > begin && ((tokens_[last].norm == "state" && tokens_[last].capitalized &&
                          head.norm == "state" && begin > s.range.begin &&
                          kBeforeState.contains(tokens_[begin - 1])) ||
                         (tokens_[begin].norm == "port" && tokens_[begin].capitalized &&
                          head.norm != "port"))) {
        return EntityType::kLocation;
    }
    if (cues.after_person_noun && last > begin) {
        return EntityType::kPerson;
    }
    // A name nothing else types is a person's when it speaks, leads, or is described as one:
    // "Godfrey Otunge said", "chaired by Rashad al-Alimi", "Jeremiah Manele, the Prime
    // Minister of ...".
    if (last > begin && person_cue(s, last + 1, cues)) {
        return EntityType::kPerson;
    }
    // A name of three words or more, joined by "for", "of" or "and", that the text shortens
    // to an acronym in brackets is a body's: "the Independent Patriots for Change (IPC)"; not
    // "John Fitzgerald Kennedy (JFK)".
    const std::uint32_t end = s.range.end;
    const bool joined =
        std::any_of(tokens_.begin() + begin, tokens_.begin() + last, [](const Token& t) {
            return t.norm == "for" || t.norm == "of" || t.norm == "and";
        });
    if (joined && last >= begin + 2 && last + 3 < end && tokens_[last + 1].norm == "(" &&
        tokens_[last + 2].all_caps && tokens_[last + 3].norm == ")") {
        return EntityType::kOrganization;
    }
    return EntityType::kOther;
}

void DocumentExtraction::add_new_name(SentenceState& s, const std::uint32_t begin,
                                      const std::uint32_t last, EntityType type) {
    const std::uint32_t stop = last + 1;
    // The name leaves out a company's legal form and a place's word for its kind: "Golden
    // Delta Petroleum Company Limited" is Golden Delta Petroleum, "Sagaing Region" is Sagaing.
    // The mention still covers the whole run.
    std::uint32_t name_end = last;
    while (name_end > begin + 1 && legal_forms().contains(tokens_[name_end])) {
        --name_end;
        if (type != EntityType::kPerson) {
            type = EntityType::kOrganization;
        }
    }
    // Not where a direction would be left alone: "Sri Lanka's Northern Province"; nor an
    // island's name in capitals ("Christmas Island", where "Bioko island" is Bioko).
    static const FoldedWordSet kIslands{"island", "atoll"};
    if (name_end == last && type == EntityType::kLocation && name_end > begin &&
        region_words().contains(tokens_[name_end]) &&
        !(kIslands.contains(tokens_[name_end]) && tokens_[name_end].capitalized) &&
        !(name_end == begin + 1 && lex_.is_direction(tokens_[begin].word))) {
        --name_end;
    }
    // A demonym opens the name of an armed group or a body: "Syrian National Army" is one
    // name, not Syria and a "National Army". Not a state's own organs ("the Russian Defence
    // Ministry" is Russia's) unless named in three words or more ("the Canadian Security
    // Intelligence Service"), and not one word ("Russian Army").
    static const FoldedWordSet kOrgans{
        "ministry",   "government",  "parliament", "cabinet", "embassy", "office",
        "department", "agency",      "service",    "navy",    "police",  "guard",
        "command",    "directorate", "bureau",     "council", "senate",  "assembly",
        "congress",   "court",       "forces"};
    std::uint32_t first = begin;
    // So does a country's name: "China National Petroleum Corporation", "Qatar Investment
    // Authority". Not after a possessive, nor a state's organs, as above.
    const auto country_before = [&] {
        const std::int32_t k = mention_ending(s, begin);
        const Mention* m = k >= 0 ? &s.mentions[static_cast<std::size_t>(k)] : nullptr;
        return m != nullptr && m->type == EntityType::kCountry && m->begin + 1 == begin &&
               !(m->begin > s.range.begin && tokens_[m->begin - 1].norm == "-");
    };
    // A force of two words is a body of its own too: "the Haitian National Police", "the
    // Libyan Coast Guard".
    static const FoldedWordSet kForces{"police", "guard"};
    if (type == EntityType::kOrganization && last > begin && begin > s.range.begin &&
        tokens_[begin - 1].capitalized &&
        (last >= begin + 2 || kForces.contains(tokens_[last]) ||
         (!kOrgans.contains(tokens_[name_head(begin, last)]) &&
          !kOrgans.contains(tokens_[last]))) &&
        (is_demonym(begin - 1) || country_before())) {
        const std::int32_t k = mention_ending(s, begin);
        if (k >= 0 && s.mentions[static_cast<std::size_t>(k)].begin == begin - 1) {
            s.mentions.erase(s.mentions.begin() + k);
            first = begin - 1;
        }
    }
    // Words before it are part of it where the acronym in brackets after it says so: "the
    // Central American Bank for Economic Integration (CABEI)" is one name, not Central
    // America and a bank; so is "the National Iranian Tanker Company (NITC)". A known name
    // among them is taken in whole.
    if (type == EntityType::kOrganization && stop + 2 < s.range.end &&
        tokens_[stop].norm == "(" && tokens_[stop + 1].all_caps && tokens_[stop + 2].norm == ")") {
        const auto initials = [&](const std::uint32_t from) {
            std::string out;
            for (std::uint32_t k = from; k <= last; ++k) {
                if (tokens_[k].capitalized && tokens_[k].kind == TokenKind::kWord) {
                    out += tokens_[k].norm[0];
                }
            }
            return out;
        };
        const std::string acronym = fold(tokens_[stop + 1].text);
        std::uint32_t from = first;
        for (int words = 0; words < 3 && from > s.range.begin && initials(from) != acronym;
             ++words) {
            const std::int32_t k = mention_ending(s, from);
            if (k >= 0) {
                from = s.mentions[static_cast<std::size_t>(k)].begin;
            } else if (const Token& before = tokens_[from - 1];
                       before.capitalized && before.kind == TokenKind::kWord &&
                       !capitalized_stopwords().contains(before)) {
                --from;
            } else {
                break;
            }
        }
        if (from < first && initials(first) != acronym && initials(from) == acronym) {
            std::erase_if(s.mentions, [&](const Mention& m) {
                return m.begin >= from && m.end <= first;
            });
            first = from;
        }
    }
    // An acronym joined to the name by a hyphen is part of it: "RED-Tabara". Not a known
    // name's ("US-Tabara talks" would be two).
    if (first == begin && type != EntityType::kPerson && joined_acronym_before(s, begin)) {
        first = begin - 2;
    }
    // A person's name leaves out an honorific before it: "Sheikh Mishal al-Ahmad al-Sabah"
    // is Mishal al-Ahmad al-Sabah.
    std::uint32_t name_begin = first;
    while (type == EntityType::kPerson && name_end >= name_begin + 2 &&
           honorifics().contains(tokens_[name_begin])) {
        ++name_begin;
    }
    const std::string name(doc_.text.substr(
        tokens_[name_begin].offset,
        tokens_[name_end].offset + tokens_[name_end].text.size() - tokens_[name_begin].offset));
    // A known person written with a middle initial is that person: "Yoweri K. Museveni".
    std::optional<std::uint32_t> known;
    if (name_end > name_begin + 1 &&
        std::any_of(tokens_.begin() + name_begin + 1, tokens_.begin() + name_end, is_initial)) {
        std::string without_initials;
        for (std::uint32_t k = name_begin; k <= name_end; ++k) {
            if (k > name_begin && k < name_end && is_initial(tokens_[k])) {
                continue;
            }
            without_initials += without_initials.empty() ? "" : " ";
            without_initials += tokens_[k].text;
        }
        known = lex_.find_entity(without_initials);
    }
    if (known && lex_.entities()[*known].type != EntityType::kPerson) {
        known.reset();
    }
    if (known) {
        type = EntityType::kPerson;
    }
    const std::uint32_t entity = known ? entity_for(lex_.entities()[*known].name, type, *known)
                                       : entity_for(name, type, kNoEntity);
    if (type == EntityType::kPerson) {
        entities_[entity].type = type;
    }
    if (name_end != last) {
        std::string full(doc_.text.substr(
            tokens_[name_begin].offset,
            tokens_[last].offset + tokens_[last].text.size() - tokens_[name_begin].offset));
        auto& written = entities_[entity].written;
        if (std::find(written.begin(), written.end(), full) == written.end()) {
            written.push_back(std::move(full));
        }
    }
    const std::uint32_t until = absorb_acronym(s, stop, entity);
    // The acronym in brackets is this name's, whatever the lexicon read in it: "the Coalition
    // of Patriots for Change (CPC)".
    std::erase_if(s.mentions, [&](const Mention& m) { return m.begin >= stop && m.end <= until; });
    add_mention(s, {first, until, entity, entities_[entity].type});
}

void DocumentExtraction::absorb_places_in_names(SentenceState& s) {
    // A known place inside a body's name is part of it: "the Free Aceh Movement", "the Free
    // Papua Movement" (after "the", one or two capitalized words before the place and a
    // body's head word after it), "the National Front for the Liberation of Angola" (a
    // name that ends in a word for a cause, or for a body of the country's own, before "of"
    // and the place).
    static const FoldedWordSet kHeads{"movement", "front",  "army",     "party",
                                      "alliance", "league", "council",  "organisation",
                                      "organization", "union"};
    static const FoldedWordSet kCauses{"liberation", "independence", "salvation", "unity",
                                       "freedom",    "emancipation"};
    // Or a body of the country's own named with it: "the Electoral Commission of Namibia",
    // "the Central Bank of Nigeria", "the Supreme Court of India".
    static const FoldedWordSet kOwnBodies{"commission", "bank",       "court",     "tribunal",
                                          "authority",  "university", "institute", "academy"};
    for (std::size_t k = 0; k < s.mentions.size(); ++k) {
        const Mention place = s.mentions[k];
        if (entities_[place.entity].lexicon == kNoEntity ||
            (place.type != EntityType::kLocation && place.type != EntityType::kCountry)) {
            continue;
        }
        // "the Free Aceh Movement"
        std::uint32_t begin = place.begin;
        while (begin > s.range.begin && place.begin - begin < 2 && name_word(begin - 1) &&
               !covered(s, begin - 1) && !capitalized_stopwords().contains(tokens_[begin - 1])) {
            --begin;
        }
        if (begin < place.begin && begin > s.range.begin &&
            tokens_[begin - 1].word == Vocabulary::kThe && place.end < s.range.end &&
            tokens_[place.end].capitalized && kHeads.contains(tokens_[place.end]) &&
            !covered(s, place.end)) {
            s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(k));
            add_new_name(s, begin, place.end, EntityType::kOrganization);
            continue;
        }
        // "the National Front for the Liberation of Angola"
        if (place.begin >= s.range.begin + 2 && tokens_[place.begin - 1].norm == "of" && k > 0) {
            const Mention body = s.mentions[k - 1];
            if (body.end + 1 == place.begin && entities_[body.entity].lexicon == kNoEntity &&
                body.type == EntityType::kOrganization &&
                (kCauses.contains(tokens_[body.end - 1]) ||
                 (kOwnBodies.contains(tokens_[body.end - 1]) &&
                  place.type == EntityType::kCountry))) {
                s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(k - 1),
                                 s.mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
                // An acronym in brackets the place took in is the body's: "the Electoral
                // Commission of Namibia (ECN)".
                std::uint32_t last = place.end - 1;
                if (place.end >= place.begin + 4 && tokens_[last].norm == ")" &&
                    tokens_[last - 2].norm == "(" && tokens_[last - 1].all_caps) {
                    acronyms_.erase(std::string(tokens_[last - 1].text));
                    last -= 3;
                }
                add_new_name(s, body.begin, last, EntityType::kOrganization);
                --k;
            }
        }
    }
}

void DocumentExtraction::absorb_styles(SentenceState& s) {
    // "the Prime Minister of Fiji, the Honourable Sitiveni Rabuka", "the Right Honourable
    // Christopher Luxon": a minister's style is part of the name that follows it, so that a
    // rule reads the name where the style stands.
    for (Mention& m : s.mentions) {
        if (m.begin < s.range.begin + 2 || !styles_honourable().contains(tokens_[m.begin - 1]) ||
            (m.type != EntityType::kPerson && !reads_as_person(m))) {
            continue;
        }
        std::uint32_t the = m.begin - 2;
        if (styles_right().contains(tokens_[the]) && the > s.range.begin) {
            --the;
        }
        if (tokens_[the].word != Vocabulary::kThe || covered(s, the)) {
            continue;
        }
        m.begin = the;
        m.type = EntityType::kPerson;
        entities_[m.entity].type = EntityType::kPerson;
    }
}

void DocumentExtraction::absorb_governments(SentenceState& s) {
    // Who rules a country ("the government of Iran" is Iran), and its forces ("fighting the
    // army of the Democratic Republic of the Congo").
    // "the governments of Argentina, Bolivia and Chile": the first of a list, which goes on.
    static const FoldedWordSet kRulers{"government", "governments", "authorities",    "regime",
                                       "junta",      "leadership",  "administration", "rulers"};
    static const FoldedWordSet kForces{"army", "military", "navy", "forces", "troops"};
    // "The representative of the Russian Federation rejected ...": in the records of a
    // council, one who speaks for a country or a body, unnamed, is that country or body.
    static const FoldedWordSet kModifiers{"federal", "military", "interim", "transitional",
                                          "new", "ruling", "central", "national",
                                          "permanent", "deputy"};
    for (Mention& m : s.mentions) {
        // "the Biden administration" is the government of the country the lexicon gives the
        // person's, not the person: it sanctions, the president may not have.
        if (m.type == EntityType::kPerson && m.begin > s.range.begin && m.end < s.range.end &&
            tokens_[m.begin - 1].word == Vocabulary::kThe &&
            (tokens_[m.end].norm == "administration" || tokens_[m.end].norm == "government") &&
            entities_[m.entity].lexicon != kNoEntity) {
            const std::string& part_of = lex_.entities()[entities_[m.entity].lexicon].part_of;
            const auto home = part_of.empty() ? std::nullopt : lex_.find_entity(part_of);
            if (home && lex_.entities()[*home].type == EntityType::kCountry) {
                m.entity = entity_for(lex_.entities()[*home].name, EntityType::kCountry, *home);
                m.type = EntityType::kCountry;
                m.begin = m.begin - 1;
                m.end = m.end + 1;
            }
            continue;
        }
        // "the Indonesian government", "the Iranian authorities": a demonym's government is
        // the country, one mention, so that a list reads past it ("between the Indonesian
        // government and the Free Aceh Movement"); not where the word opens a title ("Malian
        // junta leader Assimi Goita").
        if (m.type == EntityType::kCountry && m.end == m.begin + 1 && m.end < s.range.end &&
            is_demonym(m.begin) && kRulers.contains(tokens_[m.end]) && !covered(s, m.end) &&
            !in_title(s, m.end)) {
            ++m.end;
            continue;
        }
        // So is its army in a list, which reads past it: "urged the Sudanese army and the RSF
        // to agree a truce".
        static const FoldedWordSet kArmies{"army", "military"};
        if (m.type == EntityType::kCountry && m.end == m.begin + 1 && m.end + 2 < s.range.end &&
            is_demonym(m.begin) && kArmies.contains(tokens_[m.end]) && !covered(s, m.end) &&
            !in_title(s, m.end) &&
            (tokens_[m.end + 1].norm == "and" || tokens_[m.end + 1].norm == "or") &&
            covered(s, tokens_[m.end + 2].norm == "the" ? m.end + 3 : m.end + 2)) {
            ++m.end;
            continue;
        }
        if ((m.type != EntityType::kCountry && m.type != EntityType::kOrganization) ||
            m.begin < s.range.begin + 3) {
            continue;
        }
        std::uint32_t of = m.begin - 1;
        if (tokens_[of].norm == "the" && of >= s.range.begin + 3) {
            --of;  // "the representative of the Russian Federation"
        }
        if (tokens_[of].norm != "in" && tokens_[of].norm != "of") {
            continue;
        }
        const bool speaker = tokens_[of].norm == "of" && speaker_nouns().contains(tokens_[of - 1]);
        const bool rulers = kRulers.contains(tokens_[of - 1]);
        const bool forces = kForces.contains(tokens_[of - 1]);
        if ((!(rulers || forces) || m.type != EntityType::kCountry) && !speaker) {
            continue;
        }
        // A country's forces only where the country ends the phrase: not "the forces of
        // Iran's proxies" nor "of Iran-backed Hezbollah", nor after a demonym.
        if (forces &&
            ((m.end < s.range.end &&
              (tokens_[m.end].norm == "'s" || tokens_[m.end].norm == "-")) ||
             (m.end == m.begin + 1 && is_demonym(m.begin)))) {
            continue;
        }
        std::uint32_t the = of - 2;
        if (kModifiers.contains(tokens_[the]) && the > s.range.begin) {
            --the;
        }
        bool free = tokens_[the].word == Vocabulary::kThe;
        for (std::uint32_t k = the; free && k < m.begin; ++k) {
            free = !covered(s, k);  // "the Federal Government of Somalia" is a name of its own
        }
        if (!free) {
            continue;
        }
        m.begin = the;
    }
}

void DocumentExtraction::absorb_demonyms(SentenceState& s) const {
    // Words that may follow a body's name that heads its phrase: it ends there, or a clause
    // goes on with a preposition, a conjunction, an auxiliary or a verb in the past.
    static const FoldedWordSet kAfterHead{
        "and",  "or",    "but",     "for",   "to",    "in",    "of",   "with",  "from",
        "on",   "at",    "by",      "since", "over",  "against", "into", "across", "who",
        "which", "that", "'s",      "has",   "have",  "had",   "is",   "are",   "was",
        "were", "will",  "would",   "say",   "says",  "said",  "also", "now"};
    for (std::size_t k = 1; k < s.mentions.size(); ++k) {
        Mention& body = s.mentions[k];
        const Mention& before = s.mentions[k - 1];
        if (body.type != EntityType::kOrganization || before.end != body.begin ||
            before.type != EntityType::kCountry || before.end != before.begin + 1 ||
            !is_demonym(before.begin)) {
            continue;
        }
        if (body.end < s.range.end) {
            const Token& next = tokens_[body.end];
            const auto first = static_cast<unsigned char>(next.text.front());
            const bool word = std::isalnum(first) != 0 || first >= 0x80;
            const bool past =
                !next.capitalized && next.norm.size() > 4 && next.norm.ends_with("ed");
            if (word && !kAfterHead.contains(next) && !past) {
                continue;
            }
        }
        body.begin = before.begin;
        s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(k - 1));
        --k;
    }
    // A body's name before the word for its kind takes the word in, so the rules read on
    // past it: "The Hezbollah movement fired rockets", "the Wagner group's fighters".
    static const FoldedWordSet kKinds{"movement", "group", "militia", "coalition",
                                      "organisation", "organization", "faction"};
    for (std::size_t k = 0; k < s.mentions.size(); ++k) {
        Mention& body = s.mentions[k];
        if (body.type == EntityType::kOrganization && body.end < s.range.end &&
            !tokens_[body.end].capitalized && kKinds.contains(tokens_[body.end]) &&
            (k + 1 == s.mentions.size() || s.mentions[k + 1].begin > body.end)) {
            ++body.end;
        }
    }
}

std::string DocumentExtraction::hyphenated(const std::uint32_t first) const {
    return std::string(tokens_[first].norm) + "-" + std::string(tokens_[first + 2].norm);
}

void DocumentExtraction::note_surnames(const SentenceState& s) {
    const auto note = [](auto& surnames, const std::string_view surname, const std::uint32_t e) {
        const auto [it, inserted] = surnames.try_emplace(std::string(surname), e);
        if (!inserted && it->second != e) {
            it->second = kNoEntity;  // two of this name: neither is meant
        }
    };
    for (const Mention& m : s.mentions) {
        // A family name first: before a hyphenated given name ("Lee Jae-myung", so "President
        // Lee"), or in capitals in the style of protocol ("TAKAICHI Sanae").
        if (m.type == EntityType::kPerson && m.end >= m.begin + 2 &&
            tokens_[m.begin].kind == TokenKind::kWord &&
            ((m.end == m.begin + 4 && tokens_[m.begin + 2].norm == "-" &&
              !tokens_[m.begin + 3].capitalized) ||
             (tokens_[m.begin].all_caps && tokens_[m.begin].text.size() > 2))) {
            note(surnames_, tokens_[m.begin].norm, m.entity);
            continue;
        }
        // After a particle, the particle and the last word together: "Hela Ben Youssef" is
        // "Ben Youssef" later.
        if (m.end >= m.begin + 3 && surname_particles().contains(tokens_[m.end - 2]) &&
            tokens_[m.end - 2].capitalized &&
            (m.type == EntityType::kPerson || m.type == EntityType::kOther)) {
            const std::string tail =
                std::string(tokens_[m.end - 2].norm) + " " + std::string(tokens_[m.end - 1].norm);
            note(m.type == EntityType::kPerson ? surnames_ : untyped_surnames_, tail, m.entity);
            continue;
        }
        // A double-barrelled surname: "Arash Mehrani-Lowe" is "Mehrani-Lowe" later.
        if (m.end >= m.begin + 4 && tokens_[m.end - 2].norm == "-" &&
            tokens_[m.end - 1].capitalized && tokens_[m.end - 3].capitalized &&
            (m.type == EntityType::kPerson || m.type == EntityType::kOther)) {
            note(m.type == EntityType::kPerson ? surnames_ : untyped_surnames_,
                 hyphenated(m.end - 3), m.entity);
            continue;
        }
        if (m.end <= m.begin + 1 || entities_[m.entity].name.find(' ') == std::string::npos ||
            surname_particles().contains(tokens_[m.end - 2]) ||
            tokens_[m.end - 2].norm == "-") {
            continue;
        }
        if (m.type == EntityType::kPerson) {
            note(surnames_, tokens_[m.end - 1].norm, m.entity);
        } else if (m.type == EntityType::kOther && m.end - m.begin <= 3 &&
                   std::all_of(tokens_.begin() + m.begin, tokens_.begin() + m.end,
                               [](const Token& t) {
                                   return t.capitalized && t.kind == TokenKind::kWord;
                               })) {
            // Two or three capitalized words no cue typed: perhaps a person, whom a title
            // before the last word alone will show ("Mr. Schmidt").
            note(untyped_surnames_, tokens_[m.end - 1].norm, m.entity);
        }
    }
}

std::uint32_t DocumentExtraction::after_connectors(const SentenceState& s,
                                                   const std::uint32_t j) const {
    std::uint32_t k = j;
    while (k < s.range.end && k < j + 2 &&
           (name_connectors().contains(tokens_[k]) || tokens_[k].norm == "-")) {
        ++k;
    }
    return k;
}

}  // namespace kg::extract
