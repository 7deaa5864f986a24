#include "extract/word_lists.h"

namespace kg::extract {

const FoldedWordSet& subordinators() {
    static const FoldedWordSet kSet{"when",     "after",  "before", "since", "because", "while",
                                    "although", "though", "until",  "once",  "as",      "if"};
    return kSet;
}

const FoldedWordSet& speech_verbs() {
    static const FoldedWordSet kSet{
        "said",   "says",     "say",      "told",   "tell",  "tells",   "added",     "announced",
        "stated", "reported", "insisted", "argued", "noted", "claimed", "confirmed", "declared"};
    return kSet;
}

const FoldedWordSet& speaker_nouns() {
    static const FoldedWordSet kSet{"representative", "representatives", "delegate",  "delegation",
                                    "ambassador",     "envoy",           "spokesman", "spokeswoman",
                                    "spokesperson",   "minister",        "diplomat"};
    return kSet;
}

const FoldedWordSet& envoy_nouns() {
    static const FoldedWordSet kSet{"ambassador", "ambassadors", "envoy",      "envoys",
                                    "representative", "delegate", "delegation", "mission"};
    return kSet;
}

// Capitalized words that start sentences and headings but never start a name.
const FoldedWordSet& capitalized_stopwords() {
    static const FoldedWordSet kSet{
        "the",       "a",         "an",        "in",       "on",        "at",       "for",
        "to",        "of",        "and",       "but",      "or",        "as",       "by",
        "with",      "from",      "this",      "that",     "these",     "those",    "it",
        "its",       "he",        "she",       "they",     "we",        "i",        "his",
        "her",       "their",     "our",       "after",    "before",    "when",     "while",
        "if",        "meanwhile", "however",   "also",     "some",      "many",     "most",
        "all",       "both",      "each",      "one",      "two",       "three",    "four",
        "five",      "six",       "seven",     "eight",    "nine",      "ten",      "monday",
        "tuesday",   "wednesday", "thursday",  "friday",   "saturday",  "sunday",   "january",
        "february",  "march",     "april",     "may",      "june",      "july",     "august",
        "september", "october",   "november",  "december", "mr.",       "mrs.",     "ms.",
        "dr.",       "sources",   "source",    "date",     "according", "under",    "over",
        "since",     "during",    "despite",   "amid",     "about",     "there",    "here",
        "what",      "who",       "why",       "how",      "where",     "which",    "then",
        "now",       "today",     "yesterday", "tomorrow", "last",      "next",     "new",
        "more",      "such",      "other",     "another",  "no",        "not",      "yes",
        "officials", "analysts",  "experts",   "western",  "eastern",   "northern", "southern",
        // Prepositions and linking words that open a sentence: "Following Cyclone Ditwah,",
        // "Through Operation Sindoor, India ...", "Until Tuesday, ...".
        "following", "until",     "unlike",    "through",  "throughout", "across",  "against",
        "between",   "among",     "within",    "without",  "toward",    "towards",  "upon",
        "via",       "beyond",    "besides",   "although", "though",    "because",  "unless",
        "whereas",   "whether",   "once",      "instead",  "separately", "elsewhere",
        "nevertheless", "off",    "near",      "outside",  "inside",    "around",   "along",
        "behind",    "below",     "above",     "beneath",  "opposite",  "alongside",
        "later",     "earlier",
        // A minister's style: "the Honourable Sitiveni Rabuka".
        "honourable", "honorable",
    };
    return kSet;
}

const FoldedWordSet& former_words() {
    static const FoldedWordSet kSet{"former",  "ousted",  "deposed", "toppled",
                                    "late",    "onetime", "erstwhile", "then"};
    return kSet;
}

bool past_tense(const Token& verb) {
    static const FoldedWordSet kIrregularPast{
        "met",  "sent",     "held",  "led",    "took",   "gave",    "made",   "told",
        "flew", "went",     "sold",  "struck", "bought", "brought", "sought", "fought",
        "won",  "spoke",    "wrote", "began",  "saw",    "kept",    "built",  "paid",
        "drew", "withdrew", "froze", "said",   "left",   "came"};
    return (verb.norm.size() > 3 && verb.norm.ends_with("ed")) || kIrregularPast.contains(verb);
}

const FoldedWordSet& plural_verbs() {
    static const FoldedWordSet kSet{
        "have",    "are",      "were",       "do",       "share",  "hold",      "maintain",
        "remain",  "continue", "form",       "belong",   "border", "cooperate", "oppose",
        "support", "back",     "want",       "exchange", "trade",  "conduct",   "operate",
        "make",    "comprise", "constitute", "lead",     "host",   "account",   "contribute",
        "provide", "supply",   "send",       "deploy",   "keep",   "control",   "run"};
    return kSet;
}

const FoldedWordSet& words_before_verb() {
    static const FoldedWordSet kSet{"already", "also",  "both",  "all",   "jointly",
                                    "together", "still", "now",  "long",  "currently",
                                    "then",    "later", "today"};
    return kSet;
}

const FoldedWordSet& together_words() {
    static const FoldedWordSet kSet{"together", "jointly"};
    return kSet;
}

const FoldedWordSet& honorifics() {
    // Malaysia's "Datuk Seri" and "Tun" too: "Datuk Seri Anwar Ibrahim".
    static const FoldedWordSet kSet{"sheikh", "sheikha", "sheik",    "shaikh", "advocate", "sir",
                                    "dame",   "shri",    "shrimati", "smt",    "justice",  "datuk",
                                    "dato",   "datin",   "seri",     "tun"};
    return kSet;
}

const FoldedWordSet& generic_bodies() {
    static const FoldedWordSet kSet{"republic", "government", "kingdom",    "federation",
                                    "union",    "state",      "parliament", "assembly"};
    return kSet;
}

std::span<const std::string_view> person_description_words() {
    static constexpr std::string_view kWords[] = {
        "oligarch",   "businessman", "businesswoman", "tycoon",     "billionaire", "financier",
        "activist",   "dissident",   "journalist",    "blogger",    "lawyer",      "leader",
        "warlord",    "cleric",      "preacher",      "commander",  "politician",  "lawmaker",
        "figure",     "strongman",   "kingpin",       "trafficker", "smuggler",    "militant",
        "novelist",   "writer",      "poet",          "banker",     "economist",   "analyst",
        "researcher", "professor",   "diplomat",      "rapper"};
    return kWords;
}

const FoldedWordSet& person_descriptions() {
    static const FoldedWordSet kSet{person_description_words()};
    return kSet;
}

const FoldedWordSet& month_names() {
    static const FoldedWordSet kSet{"january",   "february", "march",    "april",
                                    "may",       "june",     "july",     "august",
                                    "september", "october",  "november", "december"};
    return kSet;
}

const FoldedWordSet& manner_adverbs() {
    static const FoldedWordSet kSet{
        "publicly",   "openly",     "sharply",     "strongly",     "closely",    "firmly",
        "fiercely",   "harshly",    "bitterly",    "repeatedly",   "formally",   "officially",
        "briefly",    "separately", "privately",   "jointly",      "directly",   "swiftly",
        "quickly",    "heavily",    "vehemently",  "roundly",      "loudly",     "explicitly",
        "unequivocally", "squarely", "regularly",  "frequently",   "personally", "secretly",
        "warmly",     "extensively", "intensively", "successfully", "unanimously", "bilaterally",
        "angrily",    "furiously",  "vigorously",  "forcefully",   "bluntly",    "sternly"};
    return kSet;
}

std::span<const std::string_view> body_noun_words() {
    static constexpr std::string_view kWords[] = {
        "airline",   "carrier",   "company",       "firm",        "group",        "bank",
        "insurer",   "operator",  "producer",      "maker",       "manufacturer", "exporter",
        "importer",  "shipper",   "conglomerate",  "giant",       "lender",       "militia",
        "faction",   "party",     "movement",      "agency",      "broadcaster",  "newspaper",
        "outlet",    "network",   "startup",       "contractor",  "miner",        "explorer",
        "trader",    "utility",   "shipyard",      "shipbuilder", "refiner",      "carmaker",
        "automaker", "chipmaker", "consortium",    "developer",   "supplier",     "corporation",
        "companies", "firms",     "manufacturers", "makers",      "producers",    "exporters",
        "banks",     "lenders",   "airlines",      "giants",      "refiners",     "groups",
        "shipyards"};
    return kWords;
}

const FoldedWordSet& body_nouns() {
    static const FoldedWordSet kSet{body_noun_words()};
    return kSet;
}

}  // namespace kg::extract
