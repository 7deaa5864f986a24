// Negation and hedges, and other views of a sentence that the rules read again: clauses
// coordinated with the first, the sentence without an apposition, a relative clause read
// with the name it describes as its subject, and a possessive before the ones who act.

#include "extract/document_extraction.h"
#include "extract/word_lists.h"

#include <algorithm>

namespace kg::extract {

namespace {

// Punctuation that closes an aside or a relative clause.
bool breaks_clause(const Token& token) {
    static const FoldedWordSet kClauseBreak{",", ";", ":", "--", "(", ")"};
    return kClauseBreak.contains(token);
}

}  // namespace

const Token* DocumentExtraction::plain_token(const std::vector<Unit>& units,
                                             const std::uint32_t u) const {
    return u < units.size() && units[u].mention < 0 ? &tokens_[units[u].token] : nullptr;
}

bool DocumentExtraction::joins_list(const std::vector<Unit>& units, const std::uint32_t u) const {
    const Token* t = plain_token(units, u);
    return t != nullptr && (t->word == Vocabulary::kAnd || t->word == Vocabulary::kOr ||
                            t->word == Vocabulary::kComma);
}

bool DocumentExtraction::negation_at(const std::vector<Unit>& units, const std::uint32_t u) const {
    if (units[u].mention >= 0) {
        return false;
    }
    const Token& token = tokens_[units[u].token];
    const Token* next = u + 1 < units.size() && units[u + 1].mention < 0
                            ? &tokens_[units[u + 1].token]
                            : nullptr;
    if (token.norm == "not" && next != nullptr && next->norm == "only") {
        return false;  // "not only ... but also" affirms
    }
    if (token.capitalized && token.norm == "may") {
        return false;  // the month: "In May, Russia sent troops"
    }
    if (token.norm == "n't") {
        return true;  // "don't", split by the tokenizer; the class's "n't" is no token of text
    }
    return lex_.negates(token.word, next != nullptr ? next->word : Vocabulary::kOther);
}

bool DocumentExtraction::negated(const SentenceView& view, const PatternMatch& match,
                                 const Pattern& pattern, const Relation relation) const {
    const bool hedges_count = relation != Relation::kLocatedIn && relation != Relation::kWarnsOf;
    const bool before_counts = relation != Relation::kLocatedIn;
    // A place stays where it is whatever is planned there: "the planned route across
    // Armenia's Syunik province" puts Syunik in Armenia. Where hedges do not count, only a
    // negation does.
    const auto is_negation = [&](const std::uint32_t u) {
        if (!negation_at(view.units, u)) {
            return false;
        }
        if (hedges_count || view.units[u].mention >= 0) {
            return true;
        }
        const bool next = u + 1 < view.units.size() && view.units[u + 1].mention < 0;
        return !lex_.hedges(tokens_[view.units[u].token].word,
                            next ? tokens_[view.units[u + 1].token].word : Vocabulary::kOther);
    };
    const auto own_word = [&](const std::uint32_t u) {
        const Token* t = plain_token(view.units, u);
        return t != nullptr && std::binary_search(pattern.own_words.begin(),
                                                  pattern.own_words.end(), t->word);
    };
    for (std::uint32_t u = match.begin; u < match.end; ++u) {
        if (is_negation(u) && !own_word(u)) {
            return true;
        }
    }
    // What a danger or a fear is of has not happened: "the fear of clashes between". A place
    // stays where it is.
    static const FoldedWordSet kFeared{"danger",  "dangers",  "risk",   "risks",  "threat",
                                       "threats", "prospect", "fear",   "fears",  "spectre",
                                       "specter", "possibility"};
    if (hedges_count && after_word_of(view, match.begin, kFeared)) {
        return true;
    }
    // A claim the sentence calls false, or a rumour: "Reports that North Korea had sent
    // shells to Iran were false", "Rumours that Morocco had bought Israeli drones circulated".
    // The clause opens before an owner that opens the subject: "no evidence that Russia's
    // Africa Corps has deployed".
    std::uint32_t claim_opens = match.begin;
    if (claim_opens >= 3 && view.units[claim_opens - 2].mention >= 0 &&
        plain_token(view.units, claim_opens - 1) != nullptr &&
        plain_token(view.units, claim_opens - 1)->word == Vocabulary::kPossessive) {
        claim_opens -= 2;
    }
    if (claim_opens >= 2) {
        static const FoldedWordSet kClaims{"reports", "report",      "claims",     "claim",
                                           "allegations", "allegation", "accusations",
                                           "suggestions", "assertions"};
        static const FoldedWordSet kRumours{"rumours", "rumors", "rumour", "rumor",
                                            "speculation", "unconfirmed"};
        static const FoldedWordSet kFalse{
            "false",     "untrue",     "baseless",   "unfounded",   "groundless", "fabricated",
            "inaccurate", "incorrect", "wrong",      "lies",        "lie",        "fake",
            "nonsense",  "fabrication", "misleading", "disinformation", "propaganda", "fiction",
            "dismissed", "denied",     "rejected",   "refuted",     "debunked",
            // Or not borne out: "Reports that Hezbollah fired rockets are unconfirmed".
            "unconfirmed", "unverified", "unsubstantiated", "uncorroborated"};
        static const FoldedWordSet kBe{"is", "are", "was", "were", "be", "been"};
        // "that" may be left out ("claims Qatar funds Hamas were misleading"), or be "of"
        // ("Reports of Chinese weapons shipments to Russia were dismissed").
        const Token* that = plain_token(view.units, claim_opens - 1);
        const bool with_that = that != nullptr && (that->norm == "that" || that->norm == "of");
        const Token* noun = with_that ? plain_token(view.units, claim_opens - 2) : that;
        if (noun != nullptr && kRumours.contains(*noun) && with_that) {
            return true;
        }
        // A claim nothing bears out: "No evidence has emerged that Belarus supplied troops".
        if (with_that && that->norm == "that") {
            static const FoldedWordSet kEvidence{"evidence", "proof", "sign", "signs",
                                                 "indication", "indications"};
            static const FoldedWordSet kNone{"no", "little", "scant", "any"};
            for (std::uint32_t k = claim_opens - 1; k-- > 0 && k + 5 >= claim_opens;) {
                const Token* t = plain_token(view.units, k);
                if (t == nullptr || breaks_clause(*t)) {
                    break;
                }
                if (kEvidence.contains(*t) && k > 0) {
                    const Token* none = plain_token(view.units, k - 1);
                    if (none != nullptr && kNone.contains(*none)) {
                        return true;
                    }
                }
            }
        }
        // A claim a negation governs: "had no information about reports that Iran supplied",
        // and one said whose it is: "denies the allegations made by the Russian side that
        // Azerbaijani companies supply Ukraine", "rejected claims by the United States that".
        std::uint32_t claim = claim_opens - 2;
        if (with_that && that->norm == "that" && !(noun != nullptr && kClaims.contains(*noun))) {
            for (std::uint32_t k = claim_opens - 2; k-- > 0 && k + 9 > claim_opens;) {
                const Token* t = plain_token(view.units, k);
                if (t != nullptr && (breaks_clause(*t) || t->norm == "that")) {
                    break;
                }
                if (t != nullptr && kClaims.contains(*t)) {
                    claim = k;
                    noun = t;
                    break;
                }
            }
        }
        if (noun != nullptr && kClaims.contains(*noun) && with_that) {
            const std::uint32_t at = claim;
            for (std::uint32_t k = 1; k <= 4 && k <= at; ++k) {
                const Token* t = plain_token(view.units, at - k);
                if (t == nullptr || breaks_clause(*t)) {
                    break;
                }
                if (negation_at(view.units, at - k)) {
                    return true;
                }
            }
        }
        if (noun != nullptr && kClaims.contains(*noun)) {
            static const FoldedWordSet kArticles{"a", "an", "pure", "complete", "total", "utter"};
            for (std::uint32_t u = match.end; u + 1 < view.units.size(); ++u) {
                const Token* be = plain_token(view.units, u);
                std::uint32_t k = u + 1;
                if (plain_token(view.units, k) != nullptr &&
                    kArticles.contains(*plain_token(view.units, k)) && k + 1 < view.units.size()) {
                    ++k;
                }
                const Token* what = plain_token(view.units, k);
                if (be != nullptr && what != nullptr && kBe.contains(*be) &&
                    kFalse.contains(*what)) {
                    return true;
                }
            }
        }
    }
    // What the sentence says was undone afterwards: "The Netherlands ordered howitzers from
    // France, but later cancelled the order". A place stays where it is.
    if (hedges_count) {
        static const FoldedWordSet kUndone{
            "cancelled", "canceled", "scrapped", "suspended", "reversed", "revoked", "rescinded",
            "annulled",  "terminated", "abandoned", "withdrew", "halted"};
        static const FoldedWordSet kAfterwards{"but", "later", "then", "subsequently", "before"};
        for (std::uint32_t u = match.end; u < view.units.size(); ++u) {
            const Token* t = plain_token(view.units, u);
            if (t == nullptr || !kUndone.contains(*t)) {
                continue;
            }
            for (std::uint32_t k = u; k-- > match.end && k + 4 >= u;) {
                const Token* before = plain_token(view.units, k);
                if (before != nullptr && kAfterwards.contains(*before)) {
                    return true;
                }
            }
        }
    }
    // What a correction says an earlier version wrongly said: "This story has been updated to
    // correct an earlier version, which said Ugandan troops had entered Uvira".
    {
        static const FoldedWordSet kVersions{"version", "versions", "report", "story"};
        static const FoldedWordSet kEarlier{"earlier", "previous", "original", "incorrect"};
        static const FoldedWordSet kSaid{"said", "stated", "reported", "misstated",
                                         "incorrectly", "wrongly", "erroneously"};
        bool earlier = false;
        for (std::uint32_t k = 1; k < match.begin && k < view.units.size(); ++k) {
            const Token* noun = plain_token(view.units, k);
            const Token* before = plain_token(view.units, k - 1);
            if (noun != nullptr && before != nullptr && kVersions.contains(*noun) &&
                kEarlier.contains(*before)) {
                earlier = true;
            } else if (earlier && noun != nullptr && kSaid.contains(*noun)) {
                return true;
            }
        }
    }
    // A sentence that opens by supposing what it tells: "If confirmed, the deployment of ...".
    {
        static const FoldedWordSet kSupposed{"confirmed", "true", "verified", "accurate",
                                             "correct", "so"};
        const Token* first = plain_token(view.units, 0);
        const Token* second = view.units.size() > 1 ? plain_token(view.units, 1) : nullptr;
        if (first != nullptr && second != nullptr &&
            (first->norm == "if" || first->norm == "unless") && kSupposed.contains(*second)) {
            return true;
        }
    }
    // Before the match, back to the clause's start: "Moscow didn't respond when Israel bombed
    // Syria" negates the response, not the bombing. A clause that supposes is no fact,
    // though: "If Venezuela invades Guyana, Brazil will act".
    static const FoldedWordSet kSupposes{"if", "unless", "whether"};
    // What the sentence says was said wrongly: "The report wrongly stated that Egypt had
    // sanctioned Israel", "One report mistakenly said that Canada had joined BRICS".
    {
        static const FoldedWordSet kWrongly{"wrongly", "incorrectly", "mistakenly", "falsely",
                                            "erroneously"};
        for (std::uint32_t k = 1; k <= 10 && k <= match.begin; ++k) {
            const Token* t = plain_token(view.units, match.begin - k);
            if (t != nullptr && kWrongly.contains(*t)) {
                return true;
            }
            if (t != nullptr && (t->norm == ";" || t->norm == ".")) {
                break;
            }
        }
    }
    // Past the words of the noun phrase the match opens with: in "offered to host a new round
    // of peace talks between Russia and Ukraine", the offer governs the talks.
    static const FoldedWordSet kPhraseWords{"a",     "an",   "the",    "new",     "fresh",
                                            "another", "further", "next", "round", "rounds",
                                            "of",    "peace", "direct", "indirect", "formal"};
    std::uint32_t opens = match.begin;
    while (opens > 0 && opens + 8 > match.begin && view.units[match.begin].mention < 0 &&
           plain_token(view.units, opens - 1) != nullptr &&
           kPhraseWords.contains(*plain_token(view.units, opens - 1))) {
        --opens;
    }
    // An apposition states its fact whatever the clause around it does (Pattern::apposition).
    if (pattern.apposition || !before_counts) {
        return false;
    }
    for (std::uint32_t k = 1; k <= 4 && k <= opens; ++k) {
        const std::uint32_t u = opens - k;
        const Unit& unit = view.units[u];
        if (unit.mention < 0) {
            const std::string_view norm = tokens_[unit.token].norm;
            if (kSupposes.contains(tokens_[unit.token])) {
                return true;
            }
            if (norm == "," || norm == ";" || norm == ":" || norm == "--" ||
                subordinators().contains(tokens_[unit.token])) {
                break;
            }
        }
        if (is_negation(u)) {
            return true;
        }
    }
    return false;
}

bool DocumentExtraction::after_word_of(const SentenceView& view, const std::uint32_t begin,
                                       const FoldedWordSet& words) const {
    if (begin >= view.units.size() || view.units[begin].mention >= 0) {
        return false;
    }
    for (std::uint32_t k = begin; k-- > 0 && k + 5 > begin;) {
        const Token* t = plain_token(view.units, k);
        if (t == nullptr || breaks_clause(*t)) {
            return false;
        }
        const Token* of = plain_token(view.units, k + 1);
        if (words.contains(*t) && of != nullptr &&
            (of->word == Vocabulary::kOf || of->norm == "about" || of->norm == "against")) {
            return true;
        }
    }
    return false;
}

bool DocumentExtraction::war_not_fought(const SentenceView& view, const PatternMatch& match) const {
    // A war of trade or of prices is fought with no arms: "a trade war between the United
    // States and China", "the tariff war on Beijing", "Russian hybrid attacks".
    static const FoldedWordSet kWars{"war",    "wars",    "conflict", "clashes", "fighting",
                                     "battle", "attacks", "attack",   "warfare"};
    static const FoldedWordSet kUnarmed{
        "trade",      "price",       "tariff",     "currency", "chip",     "tech",
        "technology", "propaganda",  "information", "diplomatic", "legal", "economic",
        "bidding",    "subsidy",     "cold",       "culture",  "media",    "sanctions",
        "energy",     "gas",         "narrative",  "customs",  "visa",     "hybrid",
        "cyber"};
    for (std::uint32_t u = match.begin; u < match.end; ++u) {
        const Token* t = plain_token(view.units, u);
        const Token* before = u > 0 ? plain_token(view.units, u - 1) : nullptr;
        if (t != nullptr && before != nullptr && kWars.contains(*t) && kUnarmed.contains(*before)) {
            return true;
        }
    }
    // Nor one a warning is of, which may come: "warned of a new war between Ethiopia and
    // Eritrea" (where "warned of a dangerous alliance between" them speaks of one that is).
    static const FoldedWordSet kWarnings{"warned", "warns", "warn", "warning", "warnings"};
    if (after_word_of(view, match.begin, kWarnings)) {
        return true;
    }
    // Nor a retaliation in trade: "Canada retaliated against U.S. steel tariffs with duties".
    static const FoldedWordSet kTradeMeans{"tariffs", "tariff", "duties", "duty", "levies",
                                           "curbs", "quotas", "boycott", "embargo"};
    const bool retaliation = std::any_of(
        view.units.begin() + match.begin, view.units.begin() + match.end, [&](const Unit& u) {
            return u.mention < 0 && tokens_[u.token].norm.starts_with("retaliat");
        });
    if (retaliation) {
        for (std::uint32_t u = match.begin; u < view.units.size() && u < match.end + 8; ++u) {
            const Token* t = plain_token(view.units, u);
            if (t != nullptr && kTradeMeans.contains(*t)) {
                return true;
            }
        }
    }
    // Nor a blow struck with trade's or a sanction's means: "EU hits Chinese electric vehicles
    // with tariffs", "The United States hit Iran with new sanctions".
    static const FoldedWordSet kMeasures{"sanctions", "restrictions", "penalties", "fines",
                                         "controls",  "bans",         "ban",       "measures"};
    for (std::uint32_t u = match.end; u < view.units.size() && u < match.end + 6; ++u) {
        const Token* with = plain_token(view.units, u);
        if (with == nullptr || with->norm != "with") {
            continue;
        }
        for (std::uint32_t k = u + 1; k < view.units.size() && k < u + 5; ++k) {
            const Token* t = plain_token(view.units, k);
            if (t != nullptr && (kTradeMeans.contains(*t) || kMeasures.contains(*t))) {
                return true;
            }
        }
        break;
    }
    // Or one the two fought: "Saudi Arabia and Russia fought a brief oil price war in 2020".
    static const FoldedWordSet kArticles{"a", "an", "the", "their", "its"};
    int words = 0;
    for (std::uint32_t u = match.end; u < view.units.size() && words < 6; ++u, ++words) {
        const Token* t = plain_token(view.units, u);
        if (t == nullptr || t->kind != TokenKind::kWord || t->capitalized) {
            break;
        }
        if (kWars.contains(*t)) {
            const Token* before = u > 0 ? plain_token(view.units, u - 1) : nullptr;
            return before != nullptr && kUnarmed.contains(*before);
        }
        if (!kArticles.contains(*t) && (lex_.vocabulary().phrase_barrier(t->word) ||
                                        lex_.vocabulary().clause_barrier(t->word))) {
            break;
        }
    }
    return false;
}

std::uint32_t DocumentExtraction::list_start(const std::vector<Unit>& units,
                                             const std::uint32_t last,
                                             const bool past_articles) const {
    const auto article = [&](const std::uint32_t k) {
        return past_articles && k < units.size() && units[k].mention < 0 &&
               tokens_[units[k].token].word == Vocabulary::kThe;
    };
    const auto joins = [&](const std::uint32_t k) { return joins_list(units, k); };
    // An article after a comma alone is an apposition's ("TTP, the Pakistani Taliban,"); in
    // a list, "and" joins its last name.
    // Not after ", and", which joins clauses: "Israel struck Yemen, and the Houthis, who
    // have fired ...".
    const auto and_before = [&](const std::uint32_t k) {
        return k >= 1 && units[k - 1].mention < 0 &&
               (tokens_[units[k - 1].token].word == Vocabulary::kAnd ||
                tokens_[units[k - 1].token].word == Vocabulary::kOr) &&
               !(k >= 2 && units[k - 2].mention < 0 &&
                 tokens_[units[k - 2].token].word == Vocabulary::kComma);
    };
    std::uint32_t u = last;
    bool listed = false;
    for (;;) {
        const std::uint32_t name =
            u >= 1 && article(u - 1) && (listed || and_before(u - 1)) ? u - 1 : u;
        listed = true;
        if (name >= 2 && units[name - 2].mention >= 0 && joins(name - 1)) {
            u = name - 2;
        } else if (name >= 3 && units[name - 3].mention >= 0 && joins(name - 1) &&
                   joins(name - 2)) {
            u = name - 3;  // "A, B, and C"
        } else {
            return u;
        }
    }
}

std::uint32_t DocumentExtraction::group_start(const std::vector<Unit>& units,
                                              const std::uint32_t last) const {
    // A group opens a clause: the sentence's start, or after a comma, an article or a word
    // of speech. After a verb it is an object, and its last name starts a clause of its own:
    // in "Russia attacked Ukraine and Poland, a NATO member, condemned Moscow", Poland did.
    static const FoldedWordSet kBeforeSubject{",", "that", "said", "says", ":", "--"};
    const auto opens_clause = [&](const std::uint32_t u) {
        std::uint32_t before = u;  // past an article: "The United States and Japan, ..."
        if (before > 0 && units[before - 1].mention < 0 &&
            tokens_[units[before - 1].token].word == Vocabulary::kThe) {
            --before;
        }
        return u == last || before == 0 ||
               (units[before - 1].mention < 0 &&
                kBeforeSubject.contains(tokens_[units[before - 1].token]));
    };
    for (const bool past_articles : {true, false}) {
        if (const std::uint32_t u = list_start(units, last, past_articles); opens_clause(u)) {
            return u;
        }
    }
    return last;
}

std::vector<std::pair<std::uint32_t, SentenceView>> DocumentExtraction::without_appositions(
    const SentenceView& view) const {
    static const FoldedWordSet kOpensApposition{
        "a",           "an",         "the",        "its",         "his",        "her",
        "their",       "our",        "which",      "who",         "whose",      "whom",
        "also",        "backed",     "supported",  "led",         "headed",     "armed",
        "funded",      "aided",      "joined",     "helped",      "flanked",    "trained",
        "equipped",    "sponsored",  "assisted",   "accompanied", "emboldened", "of",
        "under",       "allies",     "partners",   "neighbours",  "neighbors",  "rivals",
        "both",        "members",    "longtime",   "most",        "many",       "some",
        "several",     "mostly",     "all",        "mainly",      "largely",    "chiefly",
        "in",          "on",         "at",         "for",         "speaking",   "writing",
        "during",      "after",      "despite",    "meanwhile",   "however",    "though",
        "too",         "by",         "then",       "now",         "once",       "formerly",
        "later",       "previously", "like",       "unlike",      "among",      "better",
        "known",       "popularly",  "commonly",   "elected",     "re-elected", "appointed",
        "installed",   "commanded",  "controlled", "run",         "chaired",    "founded",
        "owned",       "financed",   "itself",     "themselves",  "launched",   "created",
        "established", "formed",     "through",    "via",         "where"};
    // "Dagalo, better known as Hemedti,", "Muizzu, elected in 2023,", "The Libyan National
    // Army, commanded by Haftar,", "Egypt, itself at odds with Addis Ababa,", "the European
    // Union, through its Coordinated Maritime Presences initiative,", "Canada, where the company is
    // based,".
    // A role may open an apposition too ("Muhoozi Kainerugaba, chief of the UPDF, threatened
    // ..."), but not one before "and" another name: in "Albin Kurti, Prime Minister of Kosovo,
    // and Aleksandar Vucic, President of Serbia, met", left out it would join the two names
    // before the second's title.
    static const FoldedWordSet kOpensRole{
        "chief",     "head",      "leader",  "commander", "chairman", "chairwoman",
        "founder",   "president", "secretary", "prime",   "premier",  "chancellor",
        "minister",  "king",      "emir"};
    std::vector<std::pair<std::uint32_t, SentenceView>> out;
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    // After the ones who act rather than a name, only a count opens an aside: "sent about
    // 2,000 troops, most of them paratroopers, to Kazakhstan".
    static const FoldedWordSet kOpensCount{"most",   "many",    "some",    "several",
                                           "mostly", "mainly",  "largely", "chiefly",
                                           "all",    "both",    "nearly",  "about"};
    // The unit of the clause punctuation or the full stop that closes an aside whose words
    // run from unit `from`, looked for up to unit `last`; else the unit after `last`, which the
    // caller may still find to be a comma.
    const auto aside_end = [&](std::uint32_t from, const std::uint32_t last) {
        for (; from < units.size() && from <= last; ++from) {
            const Token* t = plain(from);
            if (t != nullptr && (breaks_clause(*t) || t->norm == ".")) {
                break;
            }
        }
        return from;
    };
    for (std::uint32_t u = 0; u + 3 < units.size(); ++u) {
        const bool after_agents = units[u].mention < 0;
        if (after_agents && !lex_.is_agent(tokens_[units[u].token].word)) {
            continue;
        }
        // The ones who act for the name may stand between it and the comma: "Transnistrian
        // forces, backed by ..., fought".
        std::uint32_t at = u + 1;
        while (!after_agents && at < u + 3 && plain(at) != nullptr &&
               lex_.is_agent(plain(at)->word)) {
            ++at;
        }
        // After a possessive, with their qualities: "Mali's transitional government, led by
        // General Assimi Goita, accuses". The possessive and the agents are left out with the
        // aside, as possessive_agents leaves them out of the sentence.
        std::uint32_t keep = 0;
        if (!after_agents && at == u + 1 && plain(at) != nullptr &&
            plain(at)->word == Vocabulary::kPossessive) {
            std::uint32_t k = at + 1;
            while (k < at + 3 && plain(k) != nullptr && lex_.is_modifier(plain(k)->word)) {
                ++k;
            }
            if (plain(k) != nullptr && lex_.is_agent(plain(k)->word)) {
                at = k + 1;
                keep = u + 1;
            }
        }
        const Token* comma = plain(at);
        const Token* first = plain(at + 1);
        // A person's mention may have taken in its title's closing comma ("India's National
        // Security Adviser, Ajit Doval,"): a relative clause then opens right after it.
        // (`comma` is then the relative pronoun.)
        if (!after_agents && at == u + 1 && comma != nullptr &&
            (comma->word == Vocabulary::kWho || comma->word == Vocabulary::kWhich) &&
            view.tokens[view.mentions[static_cast<std::size_t>(units[u].mention)].end - 1].text ==
                ",") {
            // Closed by a comma, as a relative clause after a comma is below.
            const std::uint32_t close = aside_end(at + 1, at + 16);
            if (close + 1 < units.size() && plain(close) != nullptr &&
                plain(close)->word == Vocabulary::kComma) {
                SentenceView clause{view.tokens, view.mentions, {}};
                clause.units.assign(units.begin(), units.begin() + at);
                clause.units.insert(clause.units.end(), units.begin() + close + 1, units.end());
                out.emplace_back(group_start(units, u), std::move(clause));
            }
            continue;
        }
        // Or a name's possessive: "Xi Jinping, China's leader, met Putin".
        const bool possessive_aside = !after_agents && at + 1 < units.size() &&
                                      units[at + 1].mention >= 0 &&
                                      plain(at + 2) != nullptr &&
                                      plain(at + 2)->word == Vocabulary::kPossessive;
        const bool role = !after_agents && first != nullptr && kOpensRole.contains(*first);
        // Or a speaker's aside: "India, she added, has delivered missiles", "Iran, officials
        // said, has sent drones", "Boric, he told us, had met Milei".
        static const FoldedWordSet kSpeakers{"he", "she", "they", "officials", "diplomats",
                                             "analysts", "sources", "experts"};
        static const FoldedWordSet kListeners{"us",   "me",        "him",        "her",
                                              "them", "reporters", "journalists"};
        const auto speech_at = [&](const std::uint32_t k) {
            const auto comma_at = [&](const std::uint32_t c) {
                return plain(c) != nullptr && plain(c)->word == Vocabulary::kComma;
            };
            return plain(k) != nullptr && speech_verbs().contains(*plain(k)) &&
                   (comma_at(k + 1) || (plain(k + 1) != nullptr &&
                                        kListeners.contains(*plain(k + 1)) && comma_at(k + 2)));
        };
        const bool speaker_aside =
            !after_agents && at + 3 < units.size() &&
            ((first != nullptr && kSpeakers.contains(*first)) || units[at + 1].mention >= 0) &&
            speech_at(at + 2);
        // Or a relative clause after a preposition: "ECCAS, to which both countries belong,".
        const bool to_which = !after_agents && first != nullptr && first->norm == "to" &&
                              plain(at + 2) != nullptr &&
                              (plain(at + 2)->word == Vocabulary::kWhich ||
                               plain(at + 2)->norm == "whom");
        // Or a person's age, which an apposition or a relative clause may follow: "Walter
        // Quispe Huaman, 44, is accused", "..., 44, who worked at the depot, is accused".
        const auto person_at = [&](const std::uint32_t k) {
            const std::int32_t m = units[k].mention;
            return m >= 0 && (view.mentions[static_cast<std::size_t>(m)].type ==
                                  EntityType::kPerson ||
                              view.mentions[static_cast<std::size_t>(m)].type ==
                                  EntityType::kOther);
        };
        const bool age = !after_agents && at == u + 1 && person_at(u) && comma != nullptr &&
                         comma->word == Vocabulary::kComma && first != nullptr &&
                         first->kind == TokenKind::kNumber && first->text.size() <= 3 &&
                         plain(at + 2) != nullptr && plain(at + 2)->word == Vocabulary::kComma;
        const bool after_age = age && plain(at + 3) != nullptr &&
                               kOpensApposition.contains(*plain(at + 3));
        if (age && !after_age) {
            if (at + 3 >= units.size()) {
                continue;
            }
            SentenceView clause{view.tokens, view.mentions, {}};
            clause.units.assign(units.begin(), units.begin() + at);
            clause.units.insert(clause.units.end(), units.begin() + at + 3, units.end());
            out.emplace_back(group_start(units, u), std::move(clause));
            continue;
        }
        if (comma == nullptr || comma->word != Vocabulary::kComma ||
            (!possessive_aside && !role && !speaker_aside && !to_which && !after_age &&
             (first == nullptr ||
              !(after_agents ? kOpensCount : kOpensApposition).contains(*first)))) {
            continue;
        }
        const Token* opener = after_age ? plain(at + 3) : first;
        std::uint32_t close = after_age ? at + 4 : at + 2;
        // A relative clause may run longer than an apposition: "The IMF, which approved a
        // disbursement of $184 million to Zambia in July, urged ...".
        const std::uint32_t longest =
            (opener != nullptr && (opener->norm == "which" || opener->norm == "who") ? 16 : 11) +
            (after_age ? 2 : 0);
        close = aside_end(close, at + longest);
        const Token* t = plain(close);
        if (t == nullptr || t->word != Vocabulary::kComma || close + 1 >= units.size() ||
            (role && plain(close + 1) != nullptr &&
             plain(close + 1)->word == Vocabulary::kAnd)) {
            continue;
        }
        // An aside of where the name is gives way to its verb, not to an apposition: in
        // "shipped to Iran, where they were delivered to X, a manufacturer that ...", the
        // manufacturer is X.
        if (opener != nullptr && opener->norm == "where") {
            const Token* verb = plain(close + 1);
            if (verb == nullptr || verb->capitalized || verb->kind != TokenKind::kWord ||
                verb->word == Vocabulary::kThe || verb->norm == "a" || verb->norm == "an") {
                continue;
            }
        }
        // An aside that only places the name ("Belgorod, in Russia, and Kharkiv") is kept:
        // left out, it would join the name to the next one's place.
        static const FoldedWordSet kPlaceOpeners{"in", "on"};
        if (first != nullptr && kPlaceOpeners.contains(*first) &&
            joins_list(units, close + 1)) {
            std::uint32_t k = at + 2;
            while (k < close && plain(k) != nullptr &&
                   (plain(k)->word == Vocabulary::kThe || lex_.is_direction(plain(k)->word))) {
                ++k;
            }
            if (k + 1 == close && units[k].mention >= 0) {
                continue;
            }
        }
        // After an object's apposition, ", and" and a name with a verb of its own join a
        // clause, not a list: "Riyadh bankrolls the council, the body chaired by al-Alimi, and
        // the UAE sponsors the STC". The comma stays, so that the name starts its clause.
        std::uint32_t start = group_start(units, u);
        std::uint32_t after = close + 1;
        // Before "to" the aside is the object's, and no clause starts after it: in "urged
        // South Africa and Angola, the bloc's two largest economies, to lead", both are urged.
        if (const Token* next = plain(after); next != nullptr && next->norm == "to") {
            start = u;
            while (start >= 2 && units[start - 2].mention >= 0 && plain(start - 1) != nullptr &&
                   (plain(start - 1)->word == Vocabulary::kAnd ||
                    plain(start - 1)->word == Vocabulary::kComma)) {
                start -= 2;
            }
        }
        if (start > 0 && plain(start - 1) != nullptr &&
            plain(start - 1)->word != Vocabulary::kComma && plain(after) != nullptr &&
            plain(after)->word == Vocabulary::kAnd) {
            std::uint32_t k = after + 1;
            if (plain(k) != nullptr && plain(k)->word == Vocabulary::kThe) {
                ++k;
            }
            // Not a demonym's noun: "and Chinese firms that supply Moscow" goes on the list.
            const Token* verb =
                k + 1 < units.size() && units[k].mention >= 0 &&
                        !is_demonym(view.mentions[static_cast<std::size_t>(units[k].mention)].begin)
                    ? plain(k + 1)
                    : nullptr;
            const auto verb_form = [](const std::string_view w) {
                return w.size() > 3 &&
                       (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")));
            };
            // Or a singular auxiliary: "and the European Union has sanctioned the M23" ("have"
            // may follow the whole list: "Kenya, the lead nation, and Jamaica have deployed").
            static const FoldedWordSet kAuxiliaries{"has", "is", "was"};
            if (verb != nullptr && verb->kind == TokenKind::kWord && !verb->capitalized &&
                (verb_form(verb->norm) || kAuxiliaries.contains(*verb))) {
                after = close;
            }
        }
        // So does the comma before "and" and a verb, which may go back to the sentence's
        // subject past a reported clause: in "... after determining that the RSF had committed
        // genocide in Darfur, a region in western Sudan, and sanctioned Burhan", the RSF did
        // not sanction him.
        if (const Token* next = plain(after); after == close + 1 && next != nullptr &&
                                              next->word == Vocabulary::kAnd) {
            const Token* verb = plain(after + 1);
            if (verb != nullptr && verb->kind == TokenKind::kWord && !verb->capitalized &&
                verb->norm.size() > 4 && verb->norm.ends_with("ed")) {
                after = close;
            }
        }
        // A participle after the aside keeps its comma: in "Muizzu beat the incumbent, Solih,
        // on a platform, accusing New Delhi ...", Muizzu accuses, not Solih.
        if (const Token* next = plain(close + 1);
            after == close + 1 && next != nullptr && next->kind == TokenKind::kWord &&
            !next->capitalized && next->norm.size() > 5 && next->norm.ends_with("ing")) {
            after = close;
        }
        SentenceView clause{view.tokens, view.mentions, {}};
        clause.units.assign(units.begin(), units.begin() + (keep > 0 ? keep : at));
        clause.units.insert(clause.units.end(), units.begin() + after, units.end());
        out.emplace_back(start, std::move(clause));
    }
    return out;
}

std::vector<std::pair<std::uint32_t, SentenceView>> DocumentExtraction::relative_clauses(
    const SentenceView& view) const {
    std::vector<std::pair<std::uint32_t, SentenceView>> out;
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    const auto word = [&](const std::uint32_t u) {
        return units[u].mention < 0 ? tokens_[units[u].token].word : Vocabulary::kOther;
    };
    for (std::uint32_t u = 0; u + 3 < units.size(); ++u) {
        if (units[u].mention < 0 || word(u + 1) != Vocabulary::kComma) {
            continue;
        }
        // Or after an apposition that a relative clause ends: "Dan Gertler, the Israeli
        // businessman who was sanctioned by the United States". It is read as the clause of
        // the name.
        std::uint32_t pronoun = u + 2;
        // After an apposition "that" opens the clause too: "JNIM, the jihadist group that has
        // waged an insurgency against Mali".
        const auto that = [&](const std::uint32_t k) {
            return plain(k) != nullptr && plain(k)->norm == "that";
        };
        bool after_apposition = false;
        if (word(u + 2) == Vocabulary::kThe ||
            (plain(u + 2) != nullptr &&
             (plain(u + 2)->norm == "a" || plain(u + 2)->norm == "an"))) {
            // Lower-case words and a demonym ("the Israeli businessman"), then "who", or a
            // comma and "who" ("Jimmy Cherizier, a former police officer, who").
            const auto demonym = [&](const std::uint32_t k) {
                return units[k].mention >= 0 &&
                       view.mentions[static_cast<std::size_t>(units[k].mention)].end ==
                           units[k].token + 1 &&
                       is_demonym(units[k].token);
            };
            // A short quotation in it is words of it too: "a former police officer better known
            // as "Barbecue", who".
            const auto quote = [&](const std::uint32_t q) {
                return plain(q) != nullptr &&
                       (plain(q)->text == "\"" || plain(q)->text == "\u201c" ||
                        plain(q)->text == "\u201d");
            };
            // And a name that qualifies the lower-case word after it, or joins it with a
            // hyphen: "an al-Qaeda affiliate that", "an Iran-backed movement that".
            const auto lower = [&](const std::uint32_t k) {
                return plain(k) != nullptr && plain(k)->kind == TokenKind::kWord &&
                       !plain(k)->capitalized && word(k) != Vocabulary::kWho &&
                       word(k) != Vocabulary::kWhich && !that(k);
            };
            const auto qualifier = [&](const std::uint32_t k) {
                return units[k].mention >= 0 && lower(k + 1);
            };
            const auto compound = [&](const std::uint32_t k) {
                return units[k].mention >= 0 && plain(k + 1) != nullptr &&
                       plain(k + 1)->norm == "-" && lower(k + 2);
            };
            std::uint32_t k = u + 3;
            bool quoted = false;
            bool owned = false;  // in a title's capitalized words after a possessive
            while (k < units.size() && k <= u + (quoted ? 12 : 9)) {
                if (quote(k)) {
                    quoted = !quoted || plain(k)->text == "\u201c";
                    ++k;
                    continue;
                }
                // Only opening the apposition, after the article and at most one word, or a
                // place's name: in "an official close to the Hamas leader who was killed", the
                // leader was; in "an insurgent group in Pakistan's Balochistan province that
                // has attacked", the group has.
                const auto place = [&](const std::uint32_t at) {
                    const EntityType type =
                        view.mentions[static_cast<std::size_t>(units[at].mention)].type;
                    return type == EntityType::kCountry || type == EntityType::kLocation;
                };
                if ((compound(k) || qualifier(k)) && (k <= u + 4 || place(k))) {
                    k += compound(k) ? 2 : 1;  // the lower-case word is read next
                    continue;
                }
                // A title's capitalized words after a name's possessive: "Kaja Kallas, the
                // EU's High Representative, who urged ...".
                if (plain(k) != nullptr && plain(k)->capitalized &&
                    plain(k)->kind == TokenKind::kWord &&
                    (owned ||
                     (plain(k - 1) != nullptr && plain(k - 1)->word == Vocabulary::kPossessive))) {
                    owned = true;
                    ++k;
                    continue;
                }
                if ((plain(k) != nullptr && plain(k)->kind == TokenKind::kWord &&
                     (!plain(k)->capitalized || quoted) && word(k) != Vocabulary::kWho &&
                     word(k) != Vocabulary::kWhich && !that(k)) ||
                    demonym(k)) {
                    ++k;
                    continue;
                }
                break;
            }
            if (quoted) {
                k = u + 3;  // an unclosed quotation: no apposition of this kind
            }
            if (k > u + 3 && k + 1 < units.size() && word(k) == Vocabulary::kComma) {
                ++k;
            }
            // Not a word for what the sentence before it says: in "would not let Ukraine join
            // the EU, a position that drew criticism from Tusk", the position is criticised.
            static const FoldedWordSet kSaying{
                "position", "move",     "decision", "step",      "charge",    "claim",
                "stance",   "policy",   "view",     "remark",    "comment",   "statement",
                "accusation", "allegation", "development", "announcement", "measure",
                "demand",   "request",  "call",     "proposal",  "offer",     "idea",
                "plan",     "threat",   "warning",  "pledge",    "promise",   "assertion"};
            const std::uint32_t head =
                k > u + 3 && word(k - 1) == Vocabulary::kComma ? k - 2 : k - 1;
            const bool saying = plain(head) != nullptr && kSaying.contains(*plain(head));
            if (k > u + 3 && k < units.size() && !saying &&
                (word(k) == Vocabulary::kWho || word(k) == Vocabulary::kWhich || that(k))) {
                pronoun = k;
                after_apposition = true;
            }
        }
        // "Uganda, whose troops have been deployed in Congo's Ituri province": the clause is
        // the name's, with those who act for it.
        // Not a person's: in "Emmanuel Macron, whose government has sold artillery to
        // Armenia", the government is France's.
        if (pronoun == u + 2 && u + 4 < units.size() && plain(u + 2) != nullptr &&
            plain(u + 2)->norm == "whose" && plain(u + 3) != nullptr &&
            lex_.is_agent(plain(u + 3)->word) &&
            view.mentions[static_cast<std::size_t>(units[u].mention)].type !=
                EntityType::kPerson) {
            std::uint32_t close = u + 4;
            while (close < units.size() &&
                   (plain(close) == nullptr || !breaks_clause(*plain(close)))) {
                ++close;
            }
            // All the names' when a group opens the clause: "Thailand and Cambodia, whose
            // troops fought a border war in July".
            const std::uint32_t start = group_start(units, u);
            SentenceView clause{view.tokens, view.mentions, {}};
            clause.units.assign(units.begin() + start, units.begin() + u + 1);
            clause.units.insert(clause.units.end(), units.begin() + u + 3, units.begin() + close);
            out.emplace_back(0, std::move(clause));
            continue;
        }
        // "Hamas and Islamic Jihad, both of which are armed by Iran": the clause is all the
        // names'.
        bool all_of = false;
        if (pronoun == u + 2 && u + 5 < units.size() && plain(u + 2) != nullptr &&
            (plain(u + 2)->norm == "both" || plain(u + 2)->norm == "all" ||
             plain(u + 2)->norm == "each") &&
            plain(u + 3) != nullptr && plain(u + 3)->norm == "of" && plain(u + 4) != nullptr &&
            (word(u + 4) == Vocabulary::kWhich || plain(u + 4)->norm == "whom")) {
            pronoun = u + 4;
            all_of = true;
        }
        if (word(pronoun) != Vocabulary::kWho && word(pronoun) != Vocabulary::kWhich &&
            !all_of && !(after_apposition && that(pronoun))) {
            continue;
        }
        // "in turn" and an aside of whose claim it is are read past: "the IRGC, which in
        // turn, Washington says, arms Yemen's Houthis".
        static const FoldedWordSet kClaiming{"says",    "said",    "claims",   "claimed",
                                             "alleges", "alleged", "insists",  "believes",
                                             "argues",  "maintains"};
        std::uint32_t opens = pronoun + 1;
        if (plain(opens) != nullptr && plain(opens)->norm == "in" && plain(opens + 1) != nullptr &&
            plain(opens + 1)->norm == "turn") {
            opens += 2;
        }
        if (opens + 3 < units.size() && plain(opens) != nullptr &&
            plain(opens)->word == Vocabulary::kComma && units[opens + 1].mention >= 0 &&
            plain(opens + 2) != nullptr && kClaiming.contains(*plain(opens + 2)) &&
            plain(opens + 3) != nullptr && plain(opens + 3)->word == Vocabulary::kComma) {
            opens += 4;
        }
        // The clause runs to the next clause punctuation or the end of the sentence.
        std::uint32_t close = opens;
        while (close < units.size() &&
               (plain(close) == nullptr || !breaks_clause(*plain(close)))) {
            ++close;
        }
        if (close == opens) {
            continue;
        }
        // The clause belongs to the nearest name ("Xi, Modi and Guterres, who held talks"),
        // unless it agrees with a plural ("Estonia and Finland, which already share", "which
        // built the LitPol Link together").
        const bool plural = all_of || plural_clause(plain, pronoun + 1, close);
        // "who" is a person's, past the body a person is of: in "John Eisenberg of the Justice
        // Department's National Security Division, who warned that ...", Eisenberg warned.
        // And a body's, past the country it is of: in "Hanwha Aerospace of South Korea, which
        // supplied howitzers to Egypt", the firm supplied them.
        std::uint32_t name = u;
        if (u >= 2 && plain(u - 1) != nullptr && plain(u - 1)->word == Vocabulary::kOf &&
            units[u - 2].mention >= 0 &&
            view.mentions[static_cast<std::size_t>(units[u - 2].mention)].type ==
                EntityType::kOrganization &&
            view.mentions[static_cast<std::size_t>(units[u].mention)].type ==
                EntityType::kCountry) {
            name = u - 2;
        }
        // Whether units [from, to) are an office's words: a title's head word first ("commander
        // of the"), and no "and", "by" or comma, which would join another name.
        const auto names_office = [&](const std::uint32_t from, const std::uint32_t to) {
            if (from >= to || plain(from) == nullptr ||
                !lex_.is_title_word(plain(from)->word)) {
                return false;
            }
            for (std::uint32_t k = from; k < to; ++k) {
                const Token* t = plain(k);
                if (t != nullptr && (t->word == Vocabulary::kAnd || t->norm == "by" ||
                                     t->word == Vocabulary::kComma)) {
                    return false;
                }
            }
            return true;
        };
        if (word(pronoun) == Vocabulary::kWho &&
            view.mentions[static_cast<std::size_t>(units[u].mention)].type !=
                EntityType::kPerson) {
            for (std::uint32_t k = u; k-- > 0 && k + 8 > u;) {
                if (units[k].mention >= 0) {
                    if (view.mentions[static_cast<std::size_t>(units[k].mention)].type ==
                        EntityType::kPerson) {
                        name = k;
                        break;
                    }
                    continue;
                }
                // Or past an apposition that names the person's office: in "Khalifa Haftar,
                // commander of the Libyan National Army (LNA), who is backed by Egypt", Haftar
                // is backed.
                if (word(k) == Vocabulary::kComma && k >= 1 && units[k - 1].mention >= 0 &&
                    view.mentions[static_cast<std::size_t>(units[k - 1].mention)].type ==
                        EntityType::kPerson &&
                    names_office(k + 1, u)) {
                    name = k - 1;
                    break;
                }
                if (breaks_clause(*plain(k)) || plain(k)->norm == ".") {
                    break;
                }
            }
        }
        // Not the country an aside says a firm is registered in: in "Sahara Crest Logistics, a
        // freight company registered in the United Arab Emirates, which shipped drones to the
        // RSF", the firm shipped them. When no name closes with the comma that opens the aside,
        // the clause is read for no one.
        static const FoldedWordSet kRegistered{"registered", "based", "headquartered",
                                               "incorporated"};
        const std::uint32_t in = u >= 1 && word(u - 1) == Vocabulary::kThe ? u - 1 : u;
        if (in >= 2 && plain(in - 1) != nullptr && plain(in - 1)->norm == "in" &&
            plain(in - 2) != nullptr && kRegistered.contains(*plain(in - 2))) {
            std::uint32_t k = in - 2;
            while (k > 1 && k + 10 > u && units[k - 1].mention < 0) {
                --k;
            }
            if (k < 2 || word(k) != Vocabulary::kComma || units[k - 1].mention < 0) {
                continue;
            }
            name = k - 1;
        }
        // "which" is a body's, past the person an aside names for it: in "JNIM, led by the
        // veteran militant Iyad Ag Ghaly, which has waged war on the Malian state", JNIM has.
        const EntityType nearest = view.mentions[static_cast<std::size_t>(units[u].mention)].type;
        if (word(pronoun) == Vocabulary::kWhich &&
            (nearest == EntityType::kPerson || nearest == EntityType::kOther)) {
            std::uint32_t k = u;  // back over the aside's words to "by"
            while (k > 0 && k + 6 > u && plain(k - 1) != nullptr &&
                   plain(k - 1)->kind == TokenKind::kWord && !plain(k - 1)->capitalized &&
                   plain(k - 1)->norm != "by") {
                --k;
            }
            static const FoldedWordSet kLedBy{"led",      "headed",  "founded",
                                              "commanded", "chaired", "run"};
            // Or a country's forces: "The Sudanese army, led by Abdel Fattah al-Burhan, which
            // controls Port Sudan" is Sudan's.
            std::uint32_t head = k >= 4 ? k - 4 : 0;
            if (k >= 5 && units[head].mention < 0 && plain(head) != nullptr &&
                lex_.is_agent(plain(head)->word) && units[head - 1].mention >= 0) {
                --head;
            }
            if (k >= 4 && plain(k - 1) != nullptr && plain(k - 1)->norm == "by" &&
                plain(k - 2) != nullptr && kLedBy.contains(*plain(k - 2)) &&
                word(k - 3) == Vocabulary::kComma && units[head].mention >= 0 &&
                (view.mentions[static_cast<std::size_t>(units[head].mention)].type ==
                     EntityType::kOrganization ||
                 view.mentions[static_cast<std::size_t>(units[head].mention)].type ==
                     EntityType::kCountry)) {
                name = head;
            }
        }
        // The clause starts at its names: what comes before them neither states nor hedges
        // it ("The likely winner is the UAE, which has supplied drones to Chad").
        // "both of which", "all of which" and a deed done together make the whole list the
        // subject, wherever the list stands ("lenders such as the World Bank and the AfDB, both
        // of which have lent", "Chile fought Bolivia and Peru, which had signed a treaty of
        // alliance with each other"); a plural verb alone, the list that opens a clause ("The
        // United States sanctioned Iran and the Houthis, who have fired" is the Houthis').
        const std::uint32_t start =
            !plural ? name
            : all_of || together_clause(plain, pronoun + 1, close) ? list_start(units, name, true)
                                                                    : group_start(units, name);
        // A time phrase that opens the clause is read past: "Iran, which for years supplied
        // Hezbollah with rockets".
        std::uint32_t from = opens;
        static const FoldedWordSet kSpans{"years", "decades", "months", "weeks", "long"};
        static const FoldedWordSet kLast{"last", "this", "earlier", "in", "on"};
        static const FoldedWordSet kTimes{"week",      "month",    "year",   "weekend",  "spring",
                                          "summer",    "autumn",   "winter", "monday",   "tuesday",
                                          "wednesday", "thursday", "friday", "saturday", "sunday"};
        if (from + 1 < close && plain(from) != nullptr && plain(from)->norm == "for" &&
            plain(from + 1) != nullptr && kSpans.contains(*plain(from + 1))) {
            from += 2;
        } else if (from + 1 < close && plain(from) != nullptr &&
                   (plain(from)->norm == "in" || plain(from)->norm == "since") &&
                   plain(from + 1) != nullptr && plain(from + 1)->kind == TokenKind::kNumber) {
            from += 2;
        } else if (from + 2 < close && plain(from) != nullptr && kLast.contains(*plain(from)) &&
                   plain(from + 1) != nullptr &&
                   (kTimes.contains(*plain(from + 1)) ||
                    month_names().contains(*plain(from + 1)))) {
            from += 2;  // "President Donald Trump, who last month accused Nigeria ..."
        }
        // Whose claim the clause is, which it still states: "The Resistance Front, which
        // India says is backed by Pakistan", "the cartel, which Washington alleges is headed
        // by Maduro", "nine sites, which it says belong to Lashkar-e-Taiba".
        static const FoldedWordSet kClaimants{"it", "they", "officials", "experts", "analysts"};
        // The claimant's name may take an article: "Iran, which the UK says has supplied".
        const std::uint32_t claimant = from + 1 < close && plain(from) != nullptr &&
                                               plain(from)->word == Vocabulary::kThe &&
                                               units[from + 1].mention >= 0
                                           ? from + 1
                                           : from;
        if (claimant + 2 < close && plain(claimant + 1) != nullptr &&
            kClaiming.contains(*plain(claimant + 1)) &&
            (units[claimant].mention >= 0 ||
             (plain(claimant) != nullptr && kClaimants.contains(*plain(claimant)))) &&
            plain(claimant + 2) != nullptr && plain(claimant + 2)->kind == TokenKind::kWord &&
            !plain(claimant + 2)->capitalized && plain(claimant + 2)->norm != "that") {
            from = claimant + 2;
        }
        SentenceView clause{view.tokens, view.mentions, {}};
        clause.units.assign(units.begin() + start, units.begin() + name + 1);
        clause.units.insert(clause.units.end(), units.begin() + from, units.begin() + close);
        out.emplace_back(0, std::move(clause));
    }
    return out;
}

std::vector<SentenceView> DocumentExtraction::caused_clauses(const SentenceView& view) const {
    // Verbs that make the ones they name do what follows "to", which they then did.
    static const FoldedWordSet kCauses{
        "led",     "leading", "leads",    "prompted", "prompting", "prompts",  "forced",
        "forcing", "forces",  "pushed",   "pushing",  "drove",     "driving",  "spurred",
        "spurring", "compelled", "compelling"};
    std::vector<SentenceView> out;
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    for (std::uint32_t u = 0; u + 3 < units.size(); ++u) {
        const Token* cause = plain(u);
        if (cause == nullptr || !kCauses.contains(*cause)) {
            continue;
        }
        std::uint32_t begin = u + 1;
        if (plain(begin) != nullptr && plain(begin)->word == Vocabulary::kThe) {
            ++begin;
        }
        std::uint32_t k = begin;
        while (k < units.size() && units[k].mention >= 0) {
            ++k;
            if (k + 1 < units.size() && joins_list(units, k) && units[k + 1].mention >= 0) {
                ++k;
            }
        }
        // The ones who act for it may follow: "prompting Ugandan officials to accuse ...".
        while (k > begin && plain(k) != nullptr && lex_.is_agent(plain(k)->word)) {
            ++k;
        }
        const Token* to = plain(k);
        const Token* verb = plain(k + 1);
        if (k == begin || to == nullptr || to->norm != "to" || verb == nullptr ||
            verb->capitalized || verb->kind != TokenKind::kWord) {
            continue;
        }
        // Not when what caused it is itself denied or supposed: "did not lead India to ...".
        bool denied = false;
        for (std::uint32_t j = 0; j < u && !denied; ++j) {
            denied = negation_at(units, j);
        }
        if (denied) {
            continue;
        }
        SentenceView clause{view.tokens, view.mentions, {}};
        clause.units.assign(units.begin() + begin, units.begin() + k);
        clause.units.insert(clause.units.end(), units.begin() + k + 1, units.end());
        out.push_back(std::move(clause));
    }
    return out;
}

std::vector<SentenceView> DocumentExtraction::shared_clauses(const SentenceView& view) const {
    std::vector<SentenceView> out;
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    const auto comma = [&](const std::uint32_t u) {
        return plain(u) != nullptr && plain(u)->word == Vocabulary::kComma;
    };
    // The names of a list starting at unit u (past an article), and the unit after it.
    const auto list_end = [&](std::uint32_t u) {
        if (plain(u) != nullptr && plain(u)->word == Vocabulary::kThe) {
            ++u;
        }
        const std::uint32_t first = u;
        while (u < units.size() && units[u].mention >= 0) {
            ++u;
            const std::uint32_t next =
                u + 1 < units.size() && plain(u + 1) != nullptr &&
                        plain(u + 1)->word == Vocabulary::kThe
                    ? u + 2
                    : u + 1;
            if (next < units.size() && joins_list(units, u) && units[next].mention >= 0) {
                u = next;
            }
        }
        return std::pair{first, u};
    };
    for (std::uint32_t u = 1; u + 3 < units.size(); ++u) {
        const Token* word = plain(u);
        if (word == nullptr || !comma(u - 1)) {
            continue;
        }
        // ", like A and B, <predicate>": an aside after the subject, which it shares.
        if (word->norm == "like") {
            const auto [first, end] = list_end(u + 1);
            if (end == first || !comma(end) || end + 1 >= units.size() ||
                plain(end + 1) == nullptr || plain(end + 1)->capitalized) {
                continue;
            }
            SentenceView clause{view.tokens, view.mentions, {}};
            clause.units.assign(units.begin() + first, units.begin() + end);
            clause.units.insert(clause.units.end(), units.begin() + end + 1, units.end());
            out.push_back(std::move(clause));
            continue;
        }
        // The list at `from` shares the predicate of the sentence's subject, which runs up to
        // the comma before unit u: the list, then the predicate. Not when the subject is an
        // owner ("Russia's war against Ukraine threatens Europe, as does China"), and only when
        // the list ends the sentence or a clause, or (`trailing`) a phrase follows it ("as did
        // Sweden a year later").
        const auto share_predicate = [&](const std::uint32_t from, const bool trailing,
                                         const auto& predicate_ok) {
            const auto [first, end] = list_end(from);
            const std::uint32_t subject_end = list_end(0).second;
            const Token* after_subject = plain(subject_end);
            const Token* after_list = plain(end);
            if (end == first || subject_end + 1 >= u - 1 || after_subject == nullptr ||
                after_subject->word == Vocabulary::kPossessive || !predicate_ok(subject_end) ||
                (end < units.size() &&
                 (after_list == nullptr || !(comma(end) || after_list->kind == TokenKind::kPunct ||
                                             (trailing && !after_list->capitalized &&
                                              after_list->word != Vocabulary::kAnd))))) {
                return;
            }
            SentenceView clause{view.tokens, view.mentions, {}};
            clause.units.assign(units.begin() + first, units.begin() + end);
            clause.units.insert(clause.units.end(), units.begin() + subject_end,
                                units.begin() + u - 1);
            out.push_back(std::move(clause));
        };
        if (units[0].mention < 0) {
            continue;
        }
        // "<subject> <predicate>, followed by A and B": the predicate says the subject came
        // first ("Kenya deployed the first police officers to Haiti", "India remained Russia's
        // largest client"); otherwise the list may rank what the predicate names ("imports
        // most of its weapons from Russia, followed by France").
        if (word->norm == "followed" && plain(u + 1) != nullptr && plain(u + 1)->norm == "by") {
            static const FoldedWordSet kFirst{"first", "largest", "biggest", "top", "leading"};
            share_predicate(u + 2, false, [&](const std::uint32_t subject_end) {
                return std::any_of(
                    units.begin() + subject_end, units.begin() + u - 1, [&](const Unit& unit) {
                        return unit.mention < 0 && kFirst.contains(tokens_[unit.token]);
                    });
            });
            continue;
        }
        // "<subject> <predicate>, and so do A and B" or ", as does A": the list shares the
        // predicate ("Fiji and Tonga belong to the Pacific Islands Forum, and so do Australia
        // and New Zealand", "Finland joined NATO in 2023, as did Sweden a year later").
        static const FoldedWordSet kDo{"do", "does", "did", "have", "has"};
        if (word->norm == "and" && plain(u + 1) != nullptr && plain(u + 1)->norm == "so" &&
            plain(u + 2) != nullptr && kDo.contains(*plain(u + 2))) {
            share_predicate(u + 3, true, [](std::uint32_t) { return true; });
        } else if (word->norm == "as" && plain(u + 1) != nullptr && kDo.contains(*plain(u + 1))) {
            share_predicate(u + 2, true, [](std::uint32_t) { return true; });
        }
    }
    return out;
}

std::vector<std::pair<std::uint32_t, SentenceView>> DocumentExtraction::possessive_agents(
    const SentenceView& view) const {
    std::vector<std::pair<std::uint32_t, SentenceView>> out;
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    for (std::uint32_t u = 0; u + 2 < units.size(); ++u) {
        if (units[u].mention < 0 || units[u + 1].mention >= 0) {
            continue;
        }
        // And the possessive of a country's forces is the country's: "the Sudanese army's war
        // against the RSF" is Sudan's.
        if (tokens_[units[u + 1].token].word != Vocabulary::kPossessive) {
            std::uint32_t next = u + 1;
            bool agent = false;
            while (plain(next) != nullptr && lex_.is_modifier(plain(next)->word)) {
                agent = agent || lex_.is_agent(plain(next)->word);
                ++next;
            }
            if (plain(next) != nullptr && lex_.is_agent(plain(next)->word)) {
                agent = true;
                ++next;
            }
            if (agent && plain(next) != nullptr &&
                plain(next)->word == Vocabulary::kPossessive) {
                SentenceView clause{view.tokens, view.mentions, {}};
                clause.units.assign(units.begin(), units.begin() + u + 1);
                clause.units.insert(clause.units.end(), units.begin() + next, units.end());
                out.emplace_back(u, std::move(clause));
            }
            continue;
        }
        std::uint32_t next = u + 2;
        // Up to two words that say which of its organs: "Iraq's water ministry".
        // Not words for groups outside the state: "Russia's opposition leaders", "Syria's
        // rebel fighters" act for no country.
        static const FoldedWordSet kNotQualifiers{
            "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "from", "that",
            "which", "who", "was", "is", "has", "have", "had", "will", "would", "said", "says",
            "opposition", "rebel", "rebels", "exiled", "separatist", "jihadist", "guerrilla",
            "settler", "resistance", "dissident", "banned", "militant", "insurgent", "islamist",
            "protest", "student", "pro", "anti", "underground", "outlawed", "breakaway"};
        int qualifiers = 0;
        // A body where its speaker is posted is one too: "Sudan's UN ambassador".
        if (const Unit& body = units[next];
            body.mention >= 0 &&
            view.mentions[static_cast<std::size_t>(body.mention)].type ==
                EntityType::kOrganization &&
            plain(next + 1) != nullptr && envoy_nouns().contains(*plain(next + 1))) {
            ++qualifiers;
            ++next;
        }
        // A compound is one qualifier: "Sudan's army-aligned government".
        const auto compound = [&](const std::uint32_t k) {
            return plain(k) != nullptr && plain(k + 1) != nullptr && plain(k + 2) != nullptr &&
                   plain(k)->kind == TokenKind::kWord && !plain(k)->capitalized &&
                   joins_compound(*plain(k), *plain(k + 1), *plain(k + 2));
        };
        while (qualifiers < 2 && compound(next)) {
            ++qualifiers;
            next += 3;
        }
        while (plain(next) != nullptr && !lex_.is_agent(plain(next)->word) &&
               (lex_.is_modifier(plain(next)->word) ||
                (qualifiers < 2 && plain(next)->kind == TokenKind::kWord &&
                 !plain(next)->capitalized && !kNotQualifiers.contains(*plain(next))))) {
            qualifiers += lex_.is_modifier(plain(next)->word) ? 0 : 1;
            ++next;
        }
        if (plain(next) == nullptr || !lex_.is_agent(plain(next)->word)) {
            continue;
        }
        // Not the ones a person leads for it: in "Russia's delegation, led by Defence Minister
        // Andrei Belousov", Belousov leads the delegation, not Russia.
        if (const Token* led = plain(next + 1); led != nullptr &&
            (led->norm == "led" || led->norm == "headed") && plain(next + 2) != nullptr &&
            plain(next + 2)->norm == "by") {
            continue;
        }
        // Nor one the sentence names in apposition, who acts himself: in "Australia's Minister
        // for International Development and the Pacific, Pat Conroy, visited and met Mr Teo",
        // Conroy met him.
        bool named_holder = false;
        for (std::uint32_t k = next + 1; k + 2 < units.size() && k <= next + 8; ++k) {
            if (plain(k) != nullptr && plain(k)->word == Vocabulary::kComma) {
                const Unit& name = units[k + 1];
                if (name.mention >= 0) {
                    const Mention& m = view.mentions[static_cast<std::size_t>(name.mention)];
                    named_holder = (m.type == EntityType::kPerson ||
                                    (m.type == EntityType::kOther && m.end >= m.begin + 2)) &&
                                   plain(k + 2) != nullptr &&
                                   plain(k + 2)->word == Vocabulary::kComma;
                }
                break;
            }
        }
        if (named_holder) {
            continue;
        }
        SentenceView clause{view.tokens, view.mentions, {}};
        clause.units.assign(units.begin(), units.begin() + u + 1);
        // The qualifiers are left out, which no rule reads; the modifiers stay.
        clause.units.insert(clause.units.end(), units.begin() + (qualifiers > 0 ? next : u + 2),
                            units.end());
        out.emplace_back(u, std::move(clause));
    }
    return out;
}

bool DocumentExtraction::without_lists(const SentenceView& view, SentenceView& out) const {
    const auto& units = view.units;
    const Vocabulary& vocabulary = lex_.vocabulary();
    // A word of an item: not one that ends a phrase, but a compound's hyphen ("F-35
    // fighter jets") and a quantity's word before a number ("about 2,000 troops") are.
    const auto item_word = [&](const std::uint32_t u) {
        const Token* t = plain_token(units, u);
        if (t == nullptr) {
            return false;
        }
        const Token* before = u > 0 ? plain_token(units, u - 1) : nullptr;
        const Token* after = plain_token(units, u + 1);
        if (t->kind == TokenKind::kPunct) {
            return before != nullptr && after != nullptr && joins_compound(*before, *t, *after);
        }
        if (after != nullptr && after->kind == TokenKind::kNumber && lex_.is_modifier(t->word)) {
            return true;
        }
        return (t->kind == TokenKind::kWord || t->kind == TokenKind::kNumber) &&
               !vocabulary.clause_barrier(t->word) && !vocabulary.phrase_barrier(t->word) &&
               t->word != Vocabulary::kAnd && t->word != Vocabulary::kOr;
    };
    // The end of the item of one to four words starting at u (a compound's hyphen not
    // counted), or u when there is none.
    const auto item_end = [&](const std::uint32_t u) {
        std::uint32_t end = u;
        std::uint32_t words = 0;
        bool word = false;
        while (end < units.size() && item_word(end)) {
            const TokenKind kind = tokens_[units[end].token].kind;
            if (kind != TokenKind::kPunct && ++words > 4) {
                return u;  // too long for an item
            }
            word = word || kind == TokenKind::kWord;
            ++end;
        }
        return word ? end : u;
    };
    const auto is = [&](const std::uint32_t u, const WordId w) {
        const Token* t = plain_token(units, u);
        return t != nullptr && t->word == w;
    };
    bool found = false;
    out.units.clear();
    std::uint32_t copied = 0;  // units before it are in `out`
    // An aside that lists examples or gives a name and names nothing: "delivered 5,000 tonnes
    // of aid, including flour and medicines, to Afghanistan"; "The United States, Britain and
    // Norway, known as the troika, have urged ...". The end of the aside opening at the comma
    // at unit u (past its closing comma), or 0.
    static const FoldedWordSet kExamples{"including", "notably",  "especially", "mainly",
                                         "mostly",    "chiefly",  "largely",    "known",
                                         "dubbed",    "collectively"};
    const auto aside_end = [&](const std::uint32_t u) -> std::uint32_t {
        const Token* opening = plain_token(units, u + 1);
        if (opening == nullptr || !kExamples.contains(*opening)) {
            return 0;
        }
        for (std::uint32_t k = u + 2; k < units.size() && k < u + 12; ++k) {
            const Token* t = plain_token(units, k);
            if (t == nullptr || vocabulary.clause_barrier(t->word)) {
                return t != nullptr && t->word == Vocabulary::kComma && k > u + 2 ? k + 1 : 0;
            }
        }
        return 0;
    };
    for (std::uint32_t comma = 1; comma < units.size(); ++comma) {
        if (!is(comma, Vocabulary::kComma)) {
            continue;
        }
        if (const std::uint32_t end = aside_end(comma); end != 0) {
            out.units.insert(out.units.end(), units.begin() + copied, units.begin() + comma);
            copied = end;
            comma = end - 1;
            found = true;
            continue;
        }
        std::uint32_t first = comma;
        while (first > copied && item_word(first - 1) && comma - first < 5) {
            --first;
        }
        if (first == comma || item_end(first) != comma) {
            continue;
        }
        // Items after commas, then "and" or "or" (after a comma or not) and the last item.
        std::uint32_t at = comma;
        std::uint32_t end = 0;
        while (at < units.size() && is(at, Vocabulary::kComma)) {
            std::uint32_t next = at + 1;
            if (is(next, Vocabulary::kAnd) || is(next, Vocabulary::kOr)) {
                end = item_end(next + 1);
                end = end == next + 1 ? 0 : end;
                break;
            }
            const std::uint32_t item = item_end(next);
            if (item == next) {
                break;
            }
            if (is(item, Vocabulary::kAnd) || is(item, Vocabulary::kOr)) {
                end = item_end(item + 1);
                end = end == item + 1 ? 0 : end;
                break;
            }
            at = item;
        }
        if (end == 0) {
            continue;
        }
        out.units.insert(out.units.end(), units.begin() + copied, units.begin() + comma);
        copied = end;
        comma = end;
        found = true;
    }
    if (!found) {
        return false;
    }
    out.units.insert(out.units.end(), units.begin() + copied, units.end());
    return true;
}

bool DocumentExtraction::without_meeting_places(const SentenceView& view,
                                                SentenceView& out) const {
    static const FoldedWordSet kPlacePrepositions{"in", "at", "to"};
    static const FoldedWordSet kReceived{"received", "welcomed", "hosted"};
    static const FoldedWordSet kPhraseWords{"and", "or", "of", "in", "on", "at", "to", "for",
                                            "with", "from", "who", "which", "that", "'s"};
    const auto& units = view.units;
    // The unit after the place that starts at unit u ("in", "the" or not, a name, before
    // "with" or "between", a few words of time allowed between: "talks in Riyadh last month
    // between", or a purpose: "was in Algiers last month for talks with"), or u when none
    // does. So is a place a guest was received in ("received in Baku by"), and one travelled
    // to to meet ("flew to Asmara to meet").
    const auto place_end = [&](const std::uint32_t u) {
        const Token* prep = plain_token(units, u);
        if (prep == nullptr || !kPlacePrepositions.contains(*prep)) {
            return u;
        }
        std::uint32_t name = u + 1;
        if (plain_token(units, name) != nullptr &&
            plain_token(units, name)->word == Vocabulary::kThe) {
            ++name;
        }
        if (name >= units.size() || units[name].mention < 0) {
            return u;
        }
        const Token* following = plain_token(units, name + 1);
        const Token* after = plain_token(units, name + 2);
        if (prep->norm == "to") {
            return following != nullptr && following->norm == "to" && after != nullptr &&
                           after->norm == "meet"
                       ? name + 1
                       : u;
        }
        const Token* before = u > 0 ? plain_token(units, u - 1) : nullptr;
        if (before != nullptr && kReceived.contains(*before) && following != nullptr &&
            following->norm == "by") {
            return name + 1;
        }
        // And where one was urged, between the name and "to": "urged the UN Security Council
        // in New York to act".
        if (u > 0 && units[u - 1].mention >= 0 && following != nullptr &&
            following->norm == "to" && prep->norm == "in") {
            return name + 1;
        }
        // And where those who act for a name are, before their verb: "The Russian embassy in
        // Helsinki issues a statement", "Turkish troops in Syria shelled".
        if (before != nullptr && lex_.is_agent(before->word) && following != nullptr &&
            following->kind == TokenKind::kWord && !following->capitalized &&
            !kPhraseWords.contains(*following)) {
            return name + 1;
        }
        for (std::uint32_t k = name + 1; k < units.size() && k <= name + 5; ++k) {
            const Token* next = plain_token(units, k);
            if (next == nullptr || next->kind != TokenKind::kWord) {
                return u;
            }
            if (next->norm == "with" || next->norm == "between") {
                return name + 1;
            }
        }
        return u;
    };
    // Most sentences have none: the units are copied only when one does.
    std::uint32_t first = 0;
    while (first < units.size() && place_end(first) == first) {
        ++first;
    }
    if (first == units.size()) {
        return false;
    }
    out.units.assign(units.begin(), units.begin() + first);
    for (std::uint32_t u = first; u < units.size();) {
        if (const std::uint32_t end = place_end(u); end != u) {
            u = end;  // the preposition, the article and the name are left out
        } else {
            out.units.push_back(units[u++]);
        }
    }
    return true;
}

bool DocumentExtraction::without_manner_adverbs(const SentenceView& view,
                                                SentenceView& out) const {
    static const FoldedWordSet kOnwards{"of",  "about", "against", "with", "to",    "for",
                                        "on",  "at",    "over",    "into", "the",   "a",
                                        "an",  "its",   "their",   "his",  "her"};
    const auto& units = view.units;
    const auto manner = [&](const std::uint32_t u) {
        const Token* adverb = plain_token(units, u);
        const Token* before = u > 0 ? plain_token(units, u - 1) : nullptr;
        const Token* after = plain_token(units, u + 1);
        return adverb != nullptr && before != nullptr && after != nullptr &&
               manner_adverbs().contains(*adverb) && before->kind == TokenKind::kWord &&
               !before->capitalized && !kOnwards.contains(*before) && kOnwards.contains(*after);
    };
    // Most sentences have none: the units are copied only when one does.
    std::uint32_t first = 0;
    while (first < units.size() && !manner(first)) {
        ++first;
    }
    if (first == units.size()) {
        return false;
    }
    out.units.assign(units.begin(), units.begin() + first);
    for (std::uint32_t u = first; u < units.size(); ++u) {
        if (!manner(u)) {
            out.units.push_back(units[u]);
        }
    }
    return true;
}

bool DocumentExtraction::without_people_homes(const SentenceView& view, SentenceView& out) const {
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    const auto type = [&](const std::uint32_t u) {
        return view.mentions[static_cast<std::size_t>(units[u].mention)].type;
    };
    // The units after "of" (and "the") and the country at unit u + 1, when u is a person's
    // mention and what follows the country joins a list or goes on to a verb; u itself when
    // there is none.
    const auto home_end = [&](const std::uint32_t u) {
        if (units[u].mention < 0 || type(u) != EntityType::kPerson || plain(u + 1) == nullptr ||
            plain(u + 1)->word != Vocabulary::kOf) {
            return u;
        }
        std::uint32_t country = u + 2;
        if (plain(country) != nullptr && plain(country)->word == Vocabulary::kThe) {
            ++country;
        }
        if (country + 1 >= units.size() || units[country].mention < 0 ||
            type(country) != EntityType::kCountry) {
            return u;
        }
        // "and", a comma before the next person, or a lower-case word (a verb); not a comma
        // before an aside about the country ("Wang Yi of China, a founding member of BRICS").
        const Token* next = plain(country + 1);
        const bool person_next = country + 2 < units.size() && units[country + 2].mention >= 0 &&
                                 type(country + 2) == EntityType::kPerson;
        const bool goes_on =
            next != nullptr &&
            (next->word == Vocabulary::kAnd || (next->word == Vocabulary::kComma && person_next) ||
             (next->kind == TokenKind::kWord && !next->capitalized &&
              next->word != Vocabulary::kPossessive));
        return goes_on ? country + 1 : u;
    };
    // Most sentences have none: the units are copied only when one does.
    std::uint32_t first = 0;
    while (first + 2 < units.size() && home_end(first) == first) {
        ++first;
    }
    if (first + 2 >= units.size()) {
        return false;
    }
    out.units.assign(units.begin(), units.begin() + first);
    for (std::uint32_t u = first; u < units.size();) {
        const std::uint32_t end = u + 2 < units.size() ? home_end(u) : u;
        out.units.push_back(units[u]);
        u = end > u ? end : u + 1;
    }
    return true;
}

bool DocumentExtraction::without_opening_description(const SentenceView& view,
                                                     SentenceView& out) const {
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    const Token* article = plain(0);
    if (article == nullptr || (article->norm != "the" && article->norm != "a" &&
                               article->norm != "an")) {
        return false;
    }
    // At most six units of a noun phrase, a name only qualifying the word after it ("The UN
    // refugee agency"), ending in a lower-case word, then the name between commas.
    const Vocabulary& vocabulary = lex_.vocabulary();
    // Or the description is the lexicon's name of the same body: "The UN refugee agency,
    // UNHCR, ...".
    const auto same_entity = [&](const std::uint32_t a, const std::uint32_t b) {
        return a < units.size() && b < units.size() && units[a].mention >= 0 &&
               units[b].mention >= 0 &&
               view.mentions[units[a].mention].entity == view.mentions[units[b].mention].entity;
    };
    std::uint32_t comma = 1;
    for (; comma < units.size() && comma <= 7; ++comma) {
        const Token* t = plain(comma);
        if (t == nullptr) {
            if (plain(comma + 1) == nullptr ||
                (plain(comma + 1)->word == Vocabulary::kComma && !same_entity(comma, comma + 2))) {
                return false;
            }
            continue;
        }
        if (t->word == Vocabulary::kComma) {
            break;
        }
        if (t->norm == "-") {
            continue;
        }
        if (t->kind != TokenKind::kWord || t->capitalized || vocabulary.clause_barrier(t->word) ||
            vocabulary.phrase_barrier(t->word) || t->word == Vocabulary::kAnd ||
            t->word == Vocabulary::kOf) {
            return false;
        }
    }
    const Token* last = comma > 1 ? plain(comma - 1) : nullptr;
    if (comma > 7 || (last == nullptr && !same_entity(comma - 1, comma + 1)) ||
        comma + 3 >= units.size() ||
        units[comma + 1].mention < 0) {
        return false;
    }
    const Token* close = plain(comma + 2);
    const Token* verb = plain(comma + 3);
    if (close == nullptr || close->word != Vocabulary::kComma || verb == nullptr ||
        verb->capitalized || verb->kind != TokenKind::kWord) {
        return false;
    }
    out.units.assign(units.begin() + comma + 1, units.begin() + comma + 2);
    out.units.insert(out.units.end(), units.begin() + comma + 3, units.end());
    return true;
}

bool DocumentExtraction::without_accusers(const SentenceView& view, SentenceView& out) const {
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    static const FoldedWordSet kAccused{"accused", "suspected", "charged"};
    // Where and when an accusation was made, between the accused and what they are accused
    // of: "accused the UAE at the Security Council of supplying", "accused Rwanda on Monday
    // of backing M23". A phrase of a preposition and up to six words and names.
    static const FoldedWordSet kAccuse{"accuse", "accuses", "accused", "accusing"};
    static const FoldedWordSet kWhereWhen{"at", "in", "on", "during", "before", "last",
                                          "this", "earlier", "again", "repeatedly", "publicly"};
    const Vocabulary& vocabulary = lex_.vocabulary();
    for (std::uint32_t u = 0; u + 4 < units.size(); ++u) {
        const Token* accuse = plain(u);
        if (accuse == nullptr || !kAccuse.contains(*accuse)) {
            continue;
        }
        const std::uint32_t name = plain(u + 1) != nullptr && plain(u + 1)->norm == "the" ? u + 2
                                                                                         : u + 1;
        if (name + 2 >= units.size() || units[name].mention < 0 || plain(name + 1) == nullptr ||
            !kWhereWhen.contains(*plain(name + 1))) {
            continue;
        }
        for (std::uint32_t k = name + 2; k < units.size() && k <= name + 8; ++k) {
            const Token* t = plain(k);
            if (t == nullptr) {
                continue;  // a name in the phrase: "at the Security Council"
            }
            if (t->kind != TokenKind::kWord) {
                break;
            }
            if (t->word == Vocabulary::kOf) {
                const Token* deed = plain(k + 1);
                if (deed == nullptr || !deed->norm.ends_with("ing")) {
                    break;
                }
                out.units.assign(units.begin(), units.begin() + name + 1);
                out.units.insert(out.units.end(), units.begin() + k, units.end());
                return true;
            }
            if (vocabulary.clause_barrier(t->word)) {
                break;
            }
        }
    }
    for (std::uint32_t u = 0; u + 3 < units.size(); ++u) {
        const Token* accused = plain(u);
        const Token* by = plain(u + 1);
        if (accused == nullptr || by == nullptr || !kAccused.contains(*accused) ||
            by->norm != "by") {
            continue;
        }
        // The accusers: names and the words of a noun phrase ("Sudan's government", "U.N.
        // experts"), "and by" another, then "of".
        bool named = false;
        for (std::uint32_t k = u + 2; k < units.size() && k <= u + 12; ++k) {
            const Token* t = plain(k);
            if (t == nullptr) {
                named = true;
                continue;
            }
            if (t->word == Vocabulary::kOf) {
                if (!named) {
                    break;
                }
                out.units.assign(units.begin(), units.begin() + u + 1);
                out.units.insert(out.units.end(), units.begin() + k, units.end());
                return true;
            }
            if (t->word == Vocabulary::kPossessive) {
                continue;
            }
            if (t->kind != TokenKind::kWord ||
                (t->word != Vocabulary::kAnd && t->norm != "by" &&
                 (vocabulary.clause_barrier(t->word) || vocabulary.phrase_barrier(t->word)))) {
                break;
            }
        }
    }
    return false;
}

bool DocumentExtraction::without_title_phrases(const SentenceView& view, SentenceView& out) const {
    const auto& units = view.units;
    const auto plain = [&](const std::uint32_t u) { return plain_token(units, u); };
    const Vocabulary& vocabulary = lex_.vocabulary();
    // The first unit of the title phrase that ends with the comma at unit `comma`, or
    // `comma` when there is none: "the President of the European Council ,".
    const auto phrase_start = [&](const std::uint32_t comma) {
        // The body may be named by a word for one the text's own country or people have:
        // "the President of the Republic, Jose Ramos-Horta,".
        const bool own_body = comma >= 4 && plain(comma - 1) != nullptr &&
                              plain(comma - 1)->capitalized &&
                              generic_bodies().contains(*plain(comma - 1));
        if (comma < 4 || (!own_body && (units[comma - 1].mention < 0 ||
                                        view.mentions[units[comma - 1].mention].type ==
                                            EntityType::kPerson))) {
            return comma;
        }
        std::uint32_t u = comma - 2;
        if (plain(u) != nullptr && plain(u)->word == Vocabulary::kThe) {
            --u;
        }
        if (plain(u) == nullptr || plain(u)->word != Vocabulary::kOf) {
            return comma;
        }
        // Past the other bodies of a chain: "Premier of the State Council of the People's
        // Republic of China".
        while (u >= 3 && units[u - 1].mention >= 0 &&
               view.mentions[units[u - 1].mention].type != EntityType::kPerson) {
            std::uint32_t of = u - 2;
            if (plain(of) != nullptr && plain(of)->word == Vocabulary::kThe && of > 0) {
                --of;
            }
            if (plain(of) == nullptr || plain(of)->word != Vocabulary::kOf) {
                break;
            }
            u = of;
        }
        // One to three words, a hyphen allowed between two ("Secretary-General"), one of
        // them a title's head word ("Minister of Defence"). Words of a title: capitalized, a
        // title's own, or ones that qualify it ("foreign", "deputy"), not the verb before it
        // ("met Premier of ...").
        static const FoldedWordSet kTitleParts{"foreign", "defence", "defense", "prime",
                                               "interior", "finance", "general", "special"};
        bool titled = false;
        std::uint32_t words = 0;
        while (u > 0 && words < 3) {
            const Token* t = plain(u - 1);
            const bool hyphen = t != nullptr && u > 1 && plain(u - 2) != nullptr &&
                                joins_compound(*plain(u - 2), *t, *plain(u));
            if (!hyphen && (t == nullptr || t->kind != TokenKind::kWord ||
                            t->word == Vocabulary::kThe || vocabulary.clause_barrier(t->word) ||
                            vocabulary.phrase_barrier(t->word) ||
                            !(t->capitalized || t->word == Vocabulary::kOf ||
                              lex_.is_title_word(t->word) || lex_.is_modifier(t->word) ||
                              kTitleParts.contains(*t)))) {
                break;
            }
            --u;
            words += hyphen ? 0 : 1;
            titled = titled || (!hyphen && lex_.is_title_word(t->word));
        }
        if (words == 0 || !titled) {
            return comma;
        }
        return u > 0 && plain(u - 1) != nullptr && plain(u - 1)->word == Vocabulary::kThe ? u - 1
                                                                                          : u;
    };
    // Where the title phrase before a person in apposition at unit u starts, or u when there
    // is none. In the style of protocol, the phrase comes before the name with no comma:
    // "received by Premier of the State Council of China Li Qiang".
    const auto phrase_before = [&](const std::uint32_t u) {
        if (units[u].mention < 0) {
            return u;  // every phrase stands before a name
        }
        const Mention& name = view.mentions[units[u].mention];
        const bool person = name.type == EntityType::kPerson;
        // In protocol, a name nothing typed may be the person: "Chairman of the Presidential
        // Council of Libya Mohamed al-Menfi".
        const bool named =
            person || (name.type == EntityType::kOther && name.end > name.begin + 1);
        if (named && u > 0 && units[u - 1].mention >= 0) {
            return phrase_start(u);
        }
        // "met its chief, Mohammed Abdulsalam": the person's mention took in the title and
        // its comma; the possessive before it is read past.
        if (person && u > 0 && plain(u - 1) != nullptr &&
            (plain(u - 1)->norm == "its" || plain(u - 1)->norm == "their") &&
            lex_.is_title_word(tokens_[name.begin].word)) {
            return u - 1;
        }
        // In apposition: a comma, "and" or the sentence's end after the person too, not
        // "..., Keir Starmer said".
        const Token* after = plain(u + 1);
        const bool apposition =
            u + 1 == units.size() ||
            (after != nullptr && (after->word == Vocabulary::kComma ||
                                  after->word == Vocabulary::kAnd || after->text == "."));
        if (!person || !apposition || u == 0 || plain(u - 1) == nullptr ||
            plain(u - 1)->word != Vocabulary::kComma) {
            return u;
        }
        const std::uint32_t start = phrase_start(u - 1);
        if (start < u - 1) {
            return start;
        }
        // The phrase that opens the sentence, its subject: "The UN special envoy, Hans
        // Grundberg, met ...". An article, then at most six words or bodies, one of them a
        // title's.
        if (u < 3 || u > 8 || plain(0) == nullptr ||
            (plain(0)->norm != "the" && plain(0)->norm != "a")) {
            return u;
        }
        bool titled = false;
        for (std::uint32_t k = 1; k + 1 < u; ++k) {
            const Token* t = plain(k);
            if (t == nullptr) {
                if (view.mentions[units[k].mention].type == EntityType::kPerson) {
                    return u;
                }
                continue;
            }
            if (t->capitalized && !lex_.is_title_word(t->word)) {
                return u;
            }
            if (t->kind != TokenKind::kWord || vocabulary.clause_barrier(t->word)) {
                return u;
            }
            titled = titled || lex_.is_title_word(t->word);
        }
        return titled ? 0 : u;
    };
    // Most sentences have none: the units are copied only when one does.
    std::uint32_t first = 0;
    while (first < units.size() && phrase_before(first) == first) {
        ++first;
    }
    if (first == units.size()) {
        return false;
    }
    out.units.assign(units.begin(), units.begin() + phrase_before(first));
    std::uint32_t closing = units.size();  // the comma after the person an opening phrase names
    for (std::uint32_t u = first; u < units.size(); ++u) {
        if (u == closing) {
            continue;
        }
        if (const std::uint32_t start = phrase_before(u); start < u) {
            if (u > first) {
                // Units [start, u) are the last ones copied to `out`, but for a closing comma
                // left out: take them back out.
                const std::uint32_t copied = u - start - (closing >= start && closing < u ? 1 : 0);
                out.units.resize(out.units.size() - copied);
            }
            // A phrase that opens the sentence, or its clause after an opening phrase that
            // names no one ("On the margins of the meeting, the Prime Minister of Australia,
            // Anthony Albanese, held talks"), is the subject's: its closing comma goes too.
            // Or after a semicolon, where a clause of its own opens.
            const Token* before = start > 0 ? plain(start - 1) : nullptr;
            const bool opening =
                start == 0 || (before != nullptr && before->norm == ";") ||
                (before != nullptr && before->word == Vocabulary::kComma &&
                 std::all_of(units.begin(), units.begin() + (start - 1),
                             [](const Unit& unit) { return unit.mention < 0; }));
            // So is one after "and" that joins a second such subject to the first: "the
            // Prime Minister of Australia, X, and the Prime Minister of New Zealand, Y, held".
            const bool second = closing < units.size() && start >= 2 && start - 2 == closing &&
                                plain(start - 1) != nullptr &&
                                plain(start - 1)->word == Vocabulary::kAnd;
            if ((opening || second) && plain(u + 1) != nullptr &&
                plain(u + 1)->word == Vocabulary::kComma) {
                closing = u + 1;
            }
        }
        out.units.push_back(units[u]);
    }
    return true;
}

std::uint32_t DocumentExtraction::time_phrase_end(const std::vector<Unit>& units,
                                                  const std::uint32_t u) const {
    // A preposition or a word of time, then words of a date: "on 12 June", "in May", "last
    // week", "on the same day", "earlier this month".
    static const FoldedWordSet kOpens{"on",    "in",   "last", "this", "earlier", "later",
                                      "early", "late", "that", "the",  "next",    "since"};
    static const FoldedWordSet kDateWords{
        "early",  "late",    "mid",     "the",     "same",      "day",      "week",   "month",
        "year",   "weekend", "morning", "evening", "afternoon", "night",    "next",   "following",
        "this",   "last",    "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "spring",  "summer",  "autumn",  "winter",    "month's",  "of"};
    const auto date_word = [](const Token& t) {
        return kDateWords.contains(t) || month_names().contains(t);
    };
    const Token* first = plain_token(units, u);
    if (first == nullptr || !kOpens.contains(*first)) {
        return u;
    }
    std::uint32_t k = u + 1;
    bool date = date_word(*first) && first->norm != "the" && first->norm != "that";
    while (k < units.size() && k < u + 6) {
        const Token* t = plain_token(units, k);
        if (t == nullptr || (t->kind != TokenKind::kNumber && !date_word(*t))) {
            break;
        }
        date = date || t->kind == TokenKind::kNumber || t->norm != "the";
        ++k;
    }
    return date ? k : u;
}

std::uint32_t DocumentExtraction::opening_without_comma(const std::vector<Unit>& units) const {
    static const FoldedWordSet kAdverbs{"meanwhile",    "separately", "later",     "earlier",
                                        "yesterday",    "today",      "now",       "also",
                                        "elsewhere",    "similarly",  "likewise",  "additionally",
                                        "subsequently", "afterwards", "thereafter"};
    const Token* first = plain_token(units, 0);
    if (first != nullptr && kAdverbs.contains(*first)) {
        return 1;
    }
    return time_phrase_end(units, 0);
}

std::uint32_t DocumentExtraction::past_time_phrase(const std::vector<Unit>& units,
                                                   const std::uint32_t u) const {
    // It ends before a verb in the past, which must follow (one in -s may be a noun: "and in
    // May talks with Ukraine collapsed").
    const std::uint32_t k = time_phrase_end(units, u);
    const Token* verb = plain_token(units, k);
    if (k == u || verb == nullptr || verb->capitalized || verb->kind != TokenKind::kWord ||
        !past_tense(*verb)) {
        return u;
    }
    return k;
}

std::vector<SentenceView> DocumentExtraction::coordinated_clauses(const SentenceView& view) const {
    std::vector<SentenceView> clauses;
    const auto& units = view.units;
    const auto word = [&](const std::uint32_t u) { return plain_token(units, u); };
    // Words after which a clause starts: reported speech, and the colon or dash that ends
    // a dateline or a Q&A prompt ("SEOUL, Nov. 13 - ...", "A: ...").
    static const FoldedWordSet kReportsClause{
        "that",     "say",    "says",    "said",     "claim", "claims", "claimed", "believe",
        "believes", "insist", "insists", "insisted", "how"};
    const auto is_article = [&](const std::uint32_t u) {
        const Token* t = word(u);
        return t != nullptr && (t->norm == "the" || t->norm == "a" || t->norm == "an");
    };
    // Whether the name at unit u, or its article, comes right after a date or an adverb that
    // opens the sentence without a comma: "In June 2017 Egypt ...", "Meanwhile the association
    // ...".
    const std::uint32_t date_end = opening_without_comma(units);
    const auto after_opening = [&](const std::uint32_t u) {
        return date_end > 0 && (date_end == u || (u > 0 && date_end == u - 1 && is_article(u - 1)));
    };
    // Whether the units before `comma` are an opening phrase: no name, and no capitalized word
    // but the first and words that never start a name ("In May 2006", "At the same time").
    // Not one that hedges what follows: "In the worst case, Iran closes the strait and
    // attacks ...", "In theory, ...".
    static const FoldedWordSet kSupposing{"case", "theory", "scenario", "hypothetically",
                                          "event", "simulation", "exercise", "game"};
    const auto opening_phrase = [&](const std::uint32_t comma) {
        // A participle's phrase may name places and people: "Speaking at a press conference in
        // Brussels, Mr Tshisekedi thanked ...".
        const Token* first = word(0);
        if (comma > 1 && first != nullptr && first->norm.size() > 5 &&
            first->norm.ends_with("ing") && !lex_.is_hedge(first->word)) {
            return true;
        }
        for (std::uint32_t k = 0; k < comma; ++k) {
            const Token* t = word(k);
            if (t == nullptr ||
                (k > 0 && t->capitalized && !capitalized_stopwords().contains(*t)) ||
                (!t->capitalized && lex_.is_hedge(t->word)) || kSupposing.contains(*t)) {
                return false;
            }
        }
        return comma > 0;
    };
    // Whether the subject at unit u opens the sentence's words after a quotation, past a
    // title in capitals and the body it is of: "\"Every barrel counts,\" European Commission
    // President Ursula von der Leyen said, accusing Moscow ...", "\"...,\" Russia said, ...".
    const auto after_quote = [&](const std::uint32_t u) {
        const auto quoted = [&](const std::uint32_t k) {
            return k >= 2 && word(k - 1) != nullptr && word(k - 1)->norm == "\"" &&
                   word(k - 2) != nullptr &&
                   (word(k - 2)->norm == "," || word(k - 2)->norm == "?" ||
                    word(k - 2)->norm == "!");
        };
        if (quoted(u)) {
            return true;
        }
        std::uint32_t opens = 0;
        for (std::uint32_t k = u; k > 0 && k + 6 > u; --k) {
            if (quoted(k)) {
                opens = k;
                break;
            }
        }
        return opens > 0 && units[u].mention >= 0 &&
               view.mentions[static_cast<std::size_t>(units[u].mention)].type ==
                   EntityType::kPerson &&
               std::all_of(units.begin() + opens, units.begin() + u, [&](const Unit& unit) {
                   return unit.mention < 0
                              ? tokens_[unit.token].capitalized &&
                                    tokens_[unit.token].kind == TokenKind::kWord
                              : view.mentions[static_cast<std::size_t>(unit.mention)].type !=
                                    EntityType::kPerson;
               });
    };
    // Whether a clause can start at unit u: the sentence's start or a reported clause's,
    // an article allowed in between.
    const auto clause_start = [&](std::uint32_t u) {
        // Or after a date or an adverb that opens the sentence without a comma: "In June 2017
        // Egypt severed relations with Doha and imposed ...".
        const bool dated = after_opening(u);
        if (u > 0 && is_article(u - 1)) {
            --u;
        }
        const Token* before = u > 0 ? word(u - 1) : nullptr;
        // A hyphen inside a word ("near-Arctic") opens no clause; a dash between spaces does.
        if (before != nullptr && before->norm == "-" &&
            before->offset == tokens_[units[u].token].offset - before->text.size()) {
            return false;
        }
        // Or after an opening phrase that names no one: "In May 2006, Argentina ...", "At the
        // same time, Serbia ..."; not after a name the finder left untyped ("AUSSOM, the
        // African Union mission").
        const bool opening = before != nullptr && before->word == Vocabulary::kComma &&
                             opening_phrase(u - 1);
        // A subordinate clause has its own subject: in "Serbia signed the contract when
        // Macron visited Belgrade and met Vucic", Macron met him. A sentence that opens with
        // one starts its main clause after a comma: "When the United States imposed
        // sanctions, Szijjarto flew to Washington and met Rubio".
        const Token* first = word(0);
        const bool after_subordinate = before != nullptr &&
                                       before->word == Vocabulary::kComma && first != nullptr &&
                                       subordinators().contains(*first);
        // Or after capitalized words of a person's title that the name did not take in:
        // "Committee Chairman Jim Risch opened the hearing".
        const bool titled =
            u > 0 && u < 6 && units[u].mention >= 0 &&
            view.mentions[static_cast<std::size_t>(units[u].mention)].type ==
                EntityType::kPerson &&
            std::all_of(units.begin(), units.begin() + u, [&](const Unit& unit) {
                return unit.mention < 0 && tokens_[unit.token].capitalized &&
                       tokens_[unit.token].kind == TokenKind::kWord;
            });
        // Or after ", and": "Iran left, and Armenia froze ties, accusing Moscow ...".
        const bool joined = u >= 2 && before != nullptr && before->norm == "and" &&
                            word(u - 2) != nullptr && word(u - 2)->word == Vocabulary::kComma;
        // Or after a preposition and "which": "a press conference at which Kosovo's Prime
        // Minister, Albin Kurti, accused Serbia ... and called on the EU to ...".
        static const FoldedWordSet kBeforeWhich{"at", "during", "in", "on", "under", "after"};
        const bool after_which = u >= 2 && before != nullptr &&
                                 (before->word == Vocabulary::kWhich || before->norm == "whom") &&
                                 word(u - 2) != nullptr && kBeforeWhich.contains(*word(u - 2));
        return u == 0 || opening || after_subordinate || titled || after_quote(u) || joined ||
               dated || after_which ||
               (before != nullptr &&
                (kReportsClause.contains(*before) || closes_dateline(*before) ||
                 subordinators().contains(*before)));
    };
    static const FoldedWordSet kParticiples{
        "accusing",   "blaming",    "calling",    "condemning", "criticizing", "criticising",
        "urging",     "demanding",  "denouncing", "describing", "branding",    "backing",
        "supporting", "sending",    "deploying",  "supplying",  "providing",   "delivering",
        "killing",    "striking",   "targeting",  "attacking",  "joining",
        "signing",    "imposing",   "sanctioning", "threatening", "pressing",  "warning",
        "meeting",    "sealing",    "founding",   "forming",    "creating",  "establishing",
        "firing",     "launching",  "shelling",   "bombing",    "arming",    "funding",
        "drawing",    "prompting",  "sparking",   "triggering", "provoking",  "restoring",
        "reimposing", "extending",  "lifting",    "easing",     "praising",   "thanking",
        "fighting",   "battling"};
    static const FoldedWordSet kHave{"has", "have", "had"};
    static const FoldedWordSet kBeforeParticiple{"by", "after", "while"};
    static const FoldedWordSet kNotAVerb{
        "the",  "a",     "an",    "its",  "their", "his",  "her", "other", "then", "that",
        "this", "these", "those", "some", "many",  "most", "all", "both",  "each", "not"};
    // Words that open a clause the denial takes in: "denied that ...", "denied it shipped
    // shells and deployed soldiers".
    static const FoldedWordSet kOpensDenied{"to", "that", "it", "he", "she", "they", "we", "i"};
    // Verbs that deny their object, and only it ("denied responsibility"), and verbs that undo
    // it ("ended the trade talks", "lifted the sanctions"), where "to" inside the object opens
    // no clause ("suspended arms exports to Saudi Arabia and supplied weapons to Ukraine").
    static const FoldedWordSet kDenies{"denied",    "denies",    "rejected", "rejects",
                                       "dismissed", "dismisses", "refuted",  "refutes"};
    static const FoldedWordSet kUndoes{
        "ended",      "suspended",  "halted",  "cancelled", "canceled", "scrapped", "scraps",
        "terminated", "terminates", "revoked", "revokes",   "annulled", "annuls",   "renounced",
        "renounces",  "lifted",     "lifts",   "eased",     "eases",    "waived",   "waives",
        "vetoed",     "vetoes",     "blocked", "blocks"};
    // Whether the word at unit `at`, after "and", is a verb in the denying verb's tense, so a
    // predicate of its own: "denied ... and blamed", "rejects ... and accuses Manila", not
    // "denied sending ... and training". A verb in -s needs an object after it to be one:
    // "dismisses the criticism and sanctions targeting Belarus" has none.
    const auto same_tense = [&](const Token& denies, const std::uint32_t at) {
        const Token* verb = word(at);
        if (verb == nullptr || verb->norm.size() <= 3 || verb->norm.ends_with("ss")) {
            return false;
        }
        if (denies.norm.ends_with("ed")) {
            return past_tense(*verb);  // "ended the ceasefire and struck Hamas targets"
        }
        const Token* object = word(at + 1);
        return verb->norm.ends_with("s") &&
               (at + 1 < units.size() && (units[at + 1].mention >= 0 ||
                                          (object != nullptr && kNotAVerb.contains(*object))));
    };
    // The subject group starting at unit u, as [u, end), when u can open a clause.
    const auto subject_at = [&](const std::uint32_t u) -> std::optional<std::uint32_t> {
        if (units[u].mention < 0 || !clause_start(u)) {
            return std::nullopt;
        }
        // A member may open with an article: "Saudi Arabia, the UAE, Bahrain and Egypt".
        std::uint32_t end = u + 1;
        while (end + 1 < units.size()) {
            const Token* sep = word(end);
            if (sep == nullptr ||
                (sep->norm != "and" && sep->norm != "," && sep->norm != "-" && sep->norm != "or")) {
                break;
            }
            const std::uint32_t member =
                is_article(end + 1) && sep->norm != "-" ? end + 2 : end + 1;
            if (member >= units.size() || units[member].mention < 0) {
                break;
            }
            end = member + 1;
        }
        const Token* next = word(end);
        // Not an owner before its possessive when others it has follow: in "In 2017 Qatar's
        // neighbours severed relations ... and imposed sanctions", the neighbours act, where
        // "Russia's army" and "China's foreign ministry" act for their state.
        static const FoldedWordSet kOthers{"neighbours", "neighbors", "neighbour",  "neighbor",
                                           "ally",       "allies",    "rival",      "rivals",
                                           "partner",    "partners",  "opposition", "critics",
                                           "enemies",    "enemy",     "backers",    "friends"};
        if (next != nullptr && next->word == Vocabulary::kPossessive) {
            const Token* owned = word(end + 1);
            if (owned != nullptr && kOthers.contains(*owned)) {
                return std::nullopt;
            }
            // Nor before a place it owns, which acts for no one: in "Venezuela continues to
            // claim Guyana's Essequibo region and has sent troops", Guyana sent none.
            if (end + 1 < units.size() && units[end + 1].mention >= 0 &&
                view.mentions[static_cast<std::size_t>(units[end + 1].mention)].type ==
                    EntityType::kLocation) {
                return std::nullopt;
            }
        }
        // Not a name before "as", which is an object described: "claims Taiwan as its own".
        if (next == nullptr || next->capitalized || next->kind != TokenKind::kWord ||
            next->norm == "and" || next->norm == "as") {
            return std::nullopt;
        }
        return end;
    };
    // The person a possessive opening the clause names in apposition: in "Lebanon's caretaker
    // prime minister, Najib Mikati, has ... and urged Israel", the subject is Najib Mikati, not
    // Lebanon. After "'s" at `end` and at most four words, a person named after a comma, or
    // whose mention took in the title and its comma; gives the person's unit and the unit
    // after the apposition.
    const auto person_in_apposition =
        [&](const std::uint32_t end) -> std::optional<std::pair<std::uint32_t, std::uint32_t>> {
        const Token* possessive = word(end);
        if (possessive == nullptr || possessive->word != Vocabulary::kPossessive) {
            return std::nullopt;
        }
        for (std::uint32_t k = end + 1; k < end + 10 && k < units.size(); ++k) {
            if (units[k].mention < 0) {
                continue;
            }
            const Mention& person = view.mentions[units[k].mention];
            const Token* before = word(k - 1);
            const bool after_comma = before != nullptr && before->word == Vocabulary::kComma;
            // A place or a field in the role's name is part of it: "Australia's Minister for
            // International Development and the Pacific, Pat Conroy,".
            if (person.type != EntityType::kPerson && !after_comma) {
                continue;
            }
            const bool took_comma =
                std::any_of(view.tokens.begin() + person.begin, view.tokens.begin() + person.end,
                            [](const Token& t) { return t.text == ","; });
            // A name of no known kind in two words or more may be the role's holder too.
            const bool untyped_name =
                person.type == EntityType::kOther && person.end >= person.begin + 2 && after_comma;
            if ((person.type != EntityType::kPerson && !untyped_name) ||
                (!after_comma && !took_comma)) {
                return std::nullopt;
            }
            // Closed by a comma (or taken in with the title), not a speaker's aside: "Russia's
            // forces, Zelensky said, shelled Kharkiv" is Russia's.
            const Token* after = word(k + 1);
            const bool closed = after != nullptr && after->word == Vocabulary::kComma;
            const bool took_closing = view.tokens[person.end - 1].text == ",";
            if (!closed && !took_closing) {
                return std::nullopt;
            }
            return std::pair{k, closed ? k + 2 : k + 1};
        }
        return std::nullopt;
    };
    // Whether the clause at unit u opens the sentence after a dateline or a time stamp
    // ("16 September 2023 - Mali, ...", "SEOUL, Nov. 13 (Yonhap) -- ...") or an opening
    // phrase ("In May 2006, Argentina took Uruguay to court, accusing ..."): no name before
    // it, and a colon, a dash or a comma just before it.
    const auto after_dateline = [&](std::uint32_t u) {
        if (u > 0 && is_article(u - 1)) {
            --u;
        }
        const Token* before = u > 0 ? word(u - 1) : nullptr;
        return before != nullptr &&
               ((closes_dateline(*before) &&
                 std::none_of(units.begin(), units.begin() + u,
                              [](const Unit& unit) { return unit.mention >= 0; })) ||
                (before->word == Vocabulary::kComma && opening_phrase(u - 1)));
    };
    static const FoldedWordSet kBe{"is", "are", "was", "were", "been", "being", "be"};
    bool has_subject = false;
    std::uint32_t begin = 0;  // the current subject group, [begin, end)
    std::uint32_t end = 0;
    // The sentence's own subject, which a predicate after a comma shares: not a reported
    // clause's ("Ukraine said Russia shelled Kharkiv, calling on NATO ..." is Ukraine's call),
    // and not a passive one ("Russia was condemned by Poland, accusing ...").
    bool has_first = false;
    std::uint32_t first_begin = 0;
    std::uint32_t first_end = 0;
    char first_form = 0;  // the form of the sentence subject's verb (see verb_form)
    bool negated = false;  // the subject's predicate so far is negated or hedged
    // The form of the verb that opens a relative clause without a comma ('s' for "procures",
    // 'd' for "procured"), or 0 outside one.
    char relative_form = 0;
    bool infinitive = false;  // a "to" and its verb since the clause's start
    const auto verb_form = [](const Token& verb) -> char {
        const std::string_view w = verb.norm;
        if (past_tense(verb) || w == "did") {
            return 'd';
        }
        if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss")) {
            return 's';
        }
        return 0;
    };
    // The form of the verb after the subject: where it is the relative clause's too
    // ("Turkey condemned the strike that killed 12 civilians and urged Israel ..."), a verb
    // after "and" may be either's, and is read as the subject's.
    char main_form = 0;
    // Inside a subordinate clause that opens the sentence, up to its first comma.
    bool in_opening = word(0) != nullptr && subordinators().contains(*word(0));
    // A verb that denies its object: the unit of "denied" in "Ankara denied responsibility
    // and blamed the PKK", while nothing else negates and nothing has opened another clause.
    // Its denial ends with its object: a verb after "and" in the same tense is affirmed.
    bool denial = false;
    // A verb of intent in the past ("vowed to", "threatened to") hedges what it governs, not
    // a predicate after "and" in its tense: "Saree vowed to keep up the attacks and accused
    // Washington of ..." accuses. The unit of the verb, while it is the last negation.
    std::optional<std::uint32_t> intent_at;
    std::uint32_t denial_at = 0;
    // Hedges that are nouns too, and the words that show them used as nouns.
    static const FoldedWordSet kHedgeNouns{
        "attempt", "attempts", "plan",    "plans",    "offer",     "offers",  "bid",
        "bids",    "effort",   "efforts", "proposal", "proposals", "promise", "promises",
        "pledge",  "pledges",  "vow",     "vows",     "hope",      "hopes",   "possibility"};
    static const FoldedWordSet kNounOpeners{"of"};
    // Words of a role between a country's name and its holder's: "foreign ministry spokesperson".
    static const FoldedWordSet kRoleWords{"foreign", "defence", "defense", "interior", "ministry",
                                          "spokesperson", "spokesman", "spokeswoman", "minister",
                                          "secretary", "envoy", "ambassador", "official",
                                          "president", "leader", "chief", "commander", "army"};
    // Things a name's subject may be, which act but never speak, and the verbs of speaking.
    static const FoldedWordSet kThings{"vessels", "ships",    "warships", "jets",   "aircraft",
                                       "drones",  "missiles", "boats",    "tankers", "planes",
                                       "vessel",  "ship",     "warship",  "boat",   "tanker",
                                       "plane",   "drone",    "missile",  "submarine"};
    static const FoldedWordSet kSpeechActs{"urged",   "urges",    "called",    "calls",
                                           "warned",  "warns",    "accused",   "accuses",
                                           "condemned", "condemns", "asked",   "asks",
                                           "demanded", "demands",  "thanked",  "praised"};
    bool things = false;  // the current subject is followed by a word for things
    // Whether the word at unit `at` is a verb with its object after it: a name that no word for
    // those who act follows, a determiner, or "of" ("but accused Washington of", "but warned
    // of"), not a noun's ("but sanctions on Russia remain", "but armed RSF fighters attacked").
    // A verb in the past may take a plural noun too: "but sent warships to the Red Sea".
    const auto object_follows = [&](const std::uint32_t at) {
        const Token* after = word(at + 1);
        if (at + 1 < units.size() && units[at + 1].mention >= 0) {
            const Token* then = word(at + 2);
            return then == nullptr || !lex_.is_agent(then->word);
        }
        const Token* verb = word(at);
        return after != nullptr && (kNotAVerb.contains(*after) || after->norm == "of" ||
                                    (verb != nullptr && past_tense(*verb) &&
                                     after->kind == TokenKind::kWord && !after->capitalized));
    };
    // After "after" or "while", a participle is the subject's ("Israel bombed Beirut after
    // sending troops into Lebanon"), unless the subject's verb punishes its object for what
    // the participle says: in "sanctioned three firms after supplying components to Russia",
    // the firms supplied them. Whether such a verb comes between the subject and unit `at`:
    static const FoldedWordSet kPunishing{
        "sanctioned", "sanctions", "blacklisted", "designated", "punished", "penalised",
        "penalized",  "fined",     "arrested",    "charged",    "indicted", "accused",
        "banned",     "expelled",  "detained",    "convicted",  "sentenced"};
    const auto punishes = [&](const std::uint32_t at) {
        for (std::uint32_t k = end; k < at && k < units.size(); ++k) {
            const Token* w = word(k);
            if (w != nullptr && kPunishing.contains(*w)) {
                return true;
            }
        }
        return false;
    };
    // Whether the verb at unit `at`, after a comma, is one of a series of predicates that "and"
    // ends, all in the form of the subject's first verb: "Kirchner declared the case a national
    // cause, accused Vazquez of bad faith and urged him to halt construction". A participle
    // that opens an aside ("Turkey, backed by Qatar, sent") is none: it follows no verb of
    // the subject's, or it takes "by".
    static const FoldedWordSet kAfterParticiple{"by", "of", "as", "with", "in", "to", "from"};
    const auto in_series = [&](const std::uint32_t at) {
        const Token* verb = word(at);
        if (verb == nullptr || main_form == 0 || verb->capitalized ||
            verb->kind != TokenKind::kWord || verb_form(*verb) != main_form ||
            at < end + 3 || (word(at + 1) != nullptr && kAfterParticiple.contains(*word(at + 1)))) {
            return false;
        }
        for (std::uint32_t k = at + 2; k + 1 < units.size(); ++k) {
            const Token* t = word(k);
            if (t == nullptr) {
                continue;
            }
            if (t->norm == "and") {
                const Token* last = word(k + 1);
                return last != nullptr && !last->capitalized && last->kind == TokenKind::kWord &&
                       verb_form(*last) == main_form;
            }
            if (breaks_clause(*t) && t->word != Vocabulary::kComma) {
                return false;
            }
        }
        return false;
    };
    for (std::uint32_t u = 0; u + 1 < units.size(); ++u) {
        if (const auto subject_end = subject_at(u)) {
            has_subject = true;
            negated = false;
            denial = false;
            intent_at.reset();
            infinitive = false;
            begin = u;
            end = *subject_end;
            // Past the comma that closes the apposition, if a person is named in one.
            std::uint32_t next = end;
            if (const auto person = person_in_apposition(end)) {
                begin = person->first;
                end = person->first + 1;
                next = person->second;
            } else {
                // Past a role in lower case to the person who holds it: "Chinese foreign
                // ministry spokesperson Mao Ning said ... and urged Manila".
                std::uint32_t k = end;
                while (k < end + 4 && word(k) != nullptr && !word(k)->capitalized &&
                       word(k)->kind == TokenKind::kWord && kRoleWords.contains(*word(k))) {
                    ++k;
                }
                if (k > end && k + 1 < units.size() && units[k].mention >= 0 &&
                    view.mentions[static_cast<std::size_t>(units[k].mention)].type ==
                        EntityType::kPerson &&
                    word(k + 1) != nullptr && !word(k + 1)->capitalized) {
                    begin = k;
                    end = k + 1;
                    next = k + 1;
                }
            }
            // A clause joined by ", and" has a subject of its own, which a participle after it
            // shares: in "Russian peacekeepers left Karabakh, and Armenia has frozen its
            // participation in the CSTO, accusing the bloc of ...", Armenia accuses.
            const std::uint32_t opened = u > 0 && is_article(u - 1) ? u - 1 : u;
            const bool joined = opened >= 2 && word(opened - 1) != nullptr &&
                                word(opened - 1)->norm == "and" && word(opened - 2) != nullptr &&
                                word(opened - 2)->word == Vocabulary::kComma;
            // Or after a possessive before a person's title: "Their leader, Abdul-Malik
            // al-Houthi, said ..., accusing Saudi Arabia".
            static const FoldedWordSet kOwners{"their", "its", "his", "her"};
            const bool owned_title =
                u >= 1 && word(u - 1) != nullptr && kOwners.contains(*word(u - 1)) &&
                (u == 1 || after_dateline(u - 1)) &&
                view.mentions[static_cast<std::size_t>(units[u].mention)].type ==
                    EntityType::kPerson;
            // Or after a date or an adverb that opens the sentence without a comma: "In January
            // 2024 Mali announced ..., accusing the bloc of ...".
            if ((!has_first || joined) &&
                (u == 0 || (u == 1 && is_article(0)) || owned_title || after_dateline(u) ||
                 after_quote(u) || joined || after_opening(u))) {
                const Token* verb = word(next);
                has_first = verb != nullptr && !kBe.contains(*verb);
                first_begin = begin;
                first_end = end;
                // Past an auxiliary and an adverb: "had already concluded".
                static const FoldedWordSet kBeforeMain{"has", "have", "had", "already", "also",
                                                       "previously", "recently", "earlier"};
                std::uint32_t main = next;
                while (main < next + 3 && word(main) != nullptr &&
                       kBeforeMain.contains(*word(main))) {
                    ++main;
                }
                const Token* main_verb = word(main);
                first_form = main_verb != nullptr && !main_verb->capitalized
                                 ? verb_form(*main_verb)
                                 : 0;
            }
            if (const Token* verb = word(next); verb != nullptr && !verb->capitalized) {
                main_form = verb_form(*verb);
            }
            things = word(next) != nullptr && kThings.contains(*word(next));
            u = next - 1;
            continue;
        }
        if (!has_subject) {
            continue;
        }
        // A hedge used as a noun, inside its predicate's object after "of" or a demonym,
        // hedges no predicate: "has warned of Russian attempts to interfere, and has called on
        // Russia to ...". After "its" or "the" it does ("confirmed its offer to send drones to
        // Russia and supply missiles to Sudan").
        const auto noun_use = [&] {
            return u > 0 && units[u].mention < 0 &&
                   kHedgeNouns.contains(tokens_[units[u].token]) &&
                   ((units[u - 1].mention >= 0 &&
                     view.mentions[units[u - 1].mention].end == units[u - 1].token + 1 &&
                     is_demonym(units[u - 1].token)) ||
                    (word(u - 1) != nullptr && kNounOpeners.contains(*word(u - 1))));
        };
        if (negation_at(units, u) && !noun_use()) {
            // "did not X and Y": the second predicate is not affirmed. A participle after a
            // comma is: in "Moscow rejected the report, accusing Kyiv of lying", Moscow accuses.
            // Not after a hedge: in "Iran may be arming the Houthis, supplying ...", nothing
            // is affirmed.
            if (lex_.is_hedge(tokens_[units[u].token].word)) {
                has_subject = false;
                has_first = false;
            }
            const Token* object = word(u + 1);
            if (!negated &&
                (kDenies.contains(tokens_[units[u].token]) ||
                 kUndoes.contains(tokens_[units[u].token])) &&
                object != nullptr && !kOpensDenied.contains(*object)) {
                denial = true;
                denial_at = u;
            } else {
                denial = false;
            }
            const Token& hedge = tokens_[units[u].token];
            const Token* next_word = word(u + 1);
            if (!negated && hedge.norm.size() > 4 && hedge.norm.ends_with("ed") &&
                next_word != nullptr && next_word->norm == "to") {
                intent_at = u;
            } else {
                intent_at.reset();
            }
            negated = true;
            continue;
        }
        const Token* t = word(u);
        // A relative clause with no comma, "a network that procures components and delivers
        // fuel for the Houthis": a verb after "and" in the form of the clause's own is the
        // clause's, not the sentence subject's, up to the clause's end.
        if (t != nullptr && (breaks_clause(*t) || t->norm == ".")) {
            relative_form = 0;
            infinitive = false;
        }
        // An infinitive's verb: "asked Trump to meet Putin and sanction Russia" -- a bare verb
        // after "and" goes on the infinitive, not the subject's own predicate; "has" does not
        // ("continues to claim the region and has sent troops").
        if (t != nullptr && t->norm == "to" && word(u + 1) != nullptr &&
            !word(u + 1)->capitalized && word(u + 1)->kind == TokenKind::kWord &&
            !kNotAVerb.contains(*word(u + 1))) {
            infinitive = true;
        }
        if (t != nullptr && (t->word == Vocabulary::kWho || t->word == Vocabulary::kWhich ||
                             t->norm == "that") &&
            u > 0 && units[u - 1].mention < 0 && word(u - 1) != nullptr &&
            !word(u - 1)->capitalized && !kReportsClause.contains(*word(u - 1))) {
            const Token* verb = word(u + 1);
            relative_form = verb != nullptr && !verb->capitalized ? verb_form(*verb) : 0;
        }
        // The comma that closes a subordinate clause opening the sentence ends its subject's
        // reach: in "When the United States imposed sanctions, Szijjarto flew to Washington
        // and met Rubio", the United States met no one, whether the main clause's subject is
        // known or not.
        if (t != nullptr && t->word == Vocabulary::kComma && in_opening) {
            has_subject = false;
            in_opening = false;
            continue;
        }
        // A word of report after an article is the denial's object: "rejects the claim and
        // accuses Kinshasa".
        // A name that opens the denial's words is a clause's subject ("denied Russia had sent
        // troops and supplied fuel"); one inside its object is not ("denies arming the M23
        // and in turn accuses Kinshasa").
        if (t == nullptr) {
            if (denial && (u == denial_at + 1 || (u == denial_at + 2 && is_article(u - 1)))) {
                denial = false;
            }
            continue;
        }
        const bool undoes = denial && kUndoes.contains(tokens_[units[denial_at].token]);
        if (denial && ((kReportsClause.contains(*t) && !is_article(u - 1)) ||
                       (kOpensDenied.contains(*t) && !(undoes && t->norm == "to")) ||
                       t->norm == "who" || t->norm == "which")) {
            denial = false;  // another clause inside the denial
            continue;
        }
        // A relative clause's predicates are its own: in "Putin met Kim Jong Un, who visited
        // Moscow and sent troops", Kim sent them (relative_clauses reads them).
        if ((t->word == Vocabulary::kWho || t->word == Vocabulary::kWhich) && u > 0 &&
            word(u - 1) != nullptr && word(u - 1)->word == Vocabulary::kComma) {
            while (u + 1 < units.size() &&
                   (word(u + 1) == nullptr || !breaks_clause(*word(u + 1)))) {
                ++u;
            }
            continue;
        }
        // An adverb between "and" and its verb is read past: "and in turn accuses Kinshasa",
        // "and later sanctioned Burhan".
        static const FoldedWordSet kAdverbs{"then",      "later",      "subsequently", "separately",
                                            "meanwhile", "afterwards", "thereafter",   "also"};
        std::uint32_t verb_at = u + 1;
        // So is "then" after a comma, before a verb the subject's: "Modi and Meloni pose for
        // a selfie, then hold talks".
        const bool comma_then = t->norm == "," && word(u + 1) != nullptr &&
                                word(u + 1)->norm == "then" && word(u + 2) != nullptr &&
                                !word(u + 2)->capitalized &&
                                word(u + 2)->kind == TokenKind::kWord &&
                                !kNotAVerb.contains(*word(u + 2));
        if (comma_then) {
            verb_at = u + 2;
        } else if (t->norm == "and" && word(u + 1) != nullptr) {
            if (word(u + 1)->norm == "in" && word(u + 2) != nullptr &&
                word(u + 2)->norm == "turn") {
                verb_at = u + 3;
            } else if (kAdverbs.contains(*word(u + 1))) {
                verb_at = u + 2;
            } else if (word(u + 1)->norm == "soon" && word(u + 2) != nullptr &&
                       (word(u + 2)->norm == "afterwards" || word(u + 2)->norm == "after" ||
                        word(u + 2)->norm == "thereafter")) {
                verb_at = u + 3;  // "and soon afterwards delivered weapons"
            } else if (const std::uint32_t past = past_time_phrase(units, u + 1); past > u + 1) {
                verb_at = past;  // "and on 12 June held talks with Albert Ramdin"
            }
        }
        const Token* next = word(verb_at);
        std::uint32_t from = begin;
        std::uint32_t to = end;
        // Two gerunds joined by "and" are one phrase: in "accused the UAE of training and
        // arming the RSF", the UAE arms it, not the sentence's subject.
        const auto gerund_pair = [&](const std::uint32_t at) {
            const Token* before = at > 0 ? word(at - 1) : nullptr;
            const Token* after = word(at + 1);
            return before != nullptr && after != nullptr && before->norm.size() > 4 &&
                   after->norm.size() > 4 && before->norm.ends_with("ing") &&
                   after->norm.ends_with("ing");
        };
        // After a comma, a participle ("Mogadishu reacted with fury, accusing Addis Ababa of
        // ...") or a verb group of its own ("Sandu has accused Moscow ..., has warned of ...")
        // is a predicate of the sentence's subject too.
        if (t->norm == "," && next != nullptr && !next->capitalized) {
            const Token* after = word(u + 2);
            const bool verb_group = kHave.contains(*next) && after != nullptr &&
                                    !after->capitalized && after->kind == TokenKind::kWord &&
                                    !kNotAVerb.contains(*after);
            if (has_first && (kParticiples.contains(*next) || verb_group || comma_then)) {
                from = first_begin;
                to = first_end;
            } else if (negated || !in_series(u + 1)) {
                continue;
            }
        } else if (kBeforeParticiple.contains(*t) && next != nullptr &&
                   kParticiples.contains(*next) && (t->norm == "by" || !punishes(u))) {
            // A participle after "by" says how the subject did it: "Risch opened the hearing
            // by accusing Beijing of ..."; after "after" or "while", what else it did:
            // "Paraguay suspended the talks after accusing Brazil of spying". Not what a
            // negation governs, but what follows the object of a verb that undoes only it.
            if (negated && !denial) {
                continue;
            }
        } else if (t->norm == "but" && next != nullptr && !next->capitalized &&
                   next->kind == TokenKind::kWord && !kNotAVerb.contains(*next) && main_form != 0 &&
                   verb_form(*next) == main_form && object_follows(verb_at)) {
            // "but" and a verb in the form of the subject's own is another predicate of the
            // subject, which what negates the first does not reach: "Diaz-Canel thanked Madrid,
            // but accused Washington of ...", "did not sign the deal but criticised Ankara".
        } else if ((negated && !(denial && same_tense(tokens_[units[denial_at].token], verb_at)) &&
                    !(intent_at && same_tense(tokens_[units[*intent_at].token], verb_at))) ||
                   t->norm != "and" || next == nullptr || next->capitalized ||
                   next->kind != TokenKind::kWord || kNotAVerb.contains(*next) ||
                   // "drones and missiles fired at": a plural noun ("ships" may be a verb).
                   (kThings.contains(*next) && next->norm.ends_with("s") &&
                    next->norm != "ships") ||
                   (relative_form != 0 && verb_form(*next) == relative_form &&
                    relative_form != main_form) ||
                   (infinitive && verb_form(*next) == 0 && !kHave.contains(*next)) ||
                   gerund_pair(u)) {
            continue;
        }
        // After a reported clause, a comma and "and" go back to the sentence's subject when
        // the verb is in its verb's form: in "Washington concluded that the RSF committed
        // genocide, and imposed sanctions on Dagalo", Washington imposed them.
        const std::uint32_t opens = begin > 0 && is_article(begin - 1) ? begin - 1 : begin;
        if (t->norm == "and" && from == begin && has_first && begin != first_begin &&
            opens > 0 && word(opens - 1) != nullptr && kReportsClause.contains(*word(opens - 1)) &&
            word(u - 1) != nullptr && word(u - 1)->word == Vocabulary::kComma &&
            first_form != 0 && next != nullptr && verb_form(*next) == first_form) {
            from = first_begin;
            to = first_end;
        }
        // Things do not speak: in "Whipps said Chinese vessels had entered his country's
        // waters and urged the United States to ...", Whipps urged.
        if (things && next != nullptr && kSpeechActs.contains(*next) && from == begin) {
            if (!has_first || first_begin == begin) {
                continue;
            }
            from = first_begin;
            to = first_end;
        }
        SentenceView clause{view.tokens, view.mentions, {}};
        clause.units.assign(units.begin() + from, units.begin() + to);
        clause.units.insert(clause.units.end(), units.begin() + verb_at, units.end());
        clauses.push_back(std::move(clause));
        // And with the ones who act for the subject, for the rules that name them: "Azerbaijani
        // troops pushed into Nagorno-Karabakh and took Shusha" is read again as "Azerbaijani
        // troops took Shusha" too.
        std::uint32_t agents_end = to;
        while (agents_end < u && word(agents_end) != nullptr &&
               lex_.is_agent(word(agents_end)->word)) {
            ++agents_end;
        }
        if (agents_end > to) {
            SentenceView with_agents{view.tokens, view.mentions, {}};
            with_agents.units.assign(units.begin() + from, units.begin() + agents_end);
            with_agents.units.insert(with_agents.units.end(), units.begin() + verb_at,
                                     units.end());
            clauses.push_back(std::move(with_agents));
        }
    }
    return clauses;
}

}  // namespace kg::extract
