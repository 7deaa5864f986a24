#pragma once

// Short word lists that more than one pass of extraction asks, kept in one place so that the
// passes agree on what a word is. Lists one pass alone needs stay beside the code that asks
// them; lists a user may want to change belong in data/lexicon/words.tsv.

#include <span>
#include <string_view>

#include "extract/tokenizer.h"
#include "extract/word_table.h"

namespace kg::extract {

// Words that open a subordinate clause: "when", "after", "because", "if", ...
const FoldedWordSet& subordinators();

// Verbs of speech that report what a subject said: "said", "told", "announced", ...
const FoldedWordSet& speech_verbs();

// Nouns for one who speaks for a country or a body without being named: "the representative
// of the Russian Federation", "The Chinese ambassador ... He said".
const FoldedWordSet& speaker_nouns();

// Nouns for one a country posts to a body: "Sudan's UN ambassador", "Russia's NATO envoy".
const FoldedWordSet& envoy_nouns();

// Capitalized words that start sentences and headings but never start a name: "The",
// "Meanwhile", "Monday", "May", ...
const FoldedWordSet& capitalized_stopwords();

// Words before an office that say it is held no more: "former", "ousted", "then", "late".
const FoldedWordSet& former_words();

// Whether a word reads as a verb in the past: in -ed, or one of the past tenses of their own
// that news often coordinates ("visited Dili and met the President", "met President Xi
// Jinping and Sri Lanka signed"). The matcher and the clause views both ask.
bool past_tense(const Token& verb);

// A relative clause after a list ("Estonia and Finland, which already share ...") is the whole
// list's when its verb agrees only with a plural, or when it says the deed was done together:
// the verbs, the adverbs that may stand before them ("already", "both"), and the words for
// together ("jointly").
const FoldedWordSet& plural_verbs();
const FoldedWordSet& words_before_verb();
const FoldedWordSet& together_words();

// Whether the relative clause whose words after its pronoun are [begin, end) says its deed
// was done together: a word for together ("which built the LitPol Link together") or "each
// other", "one another". `word_at(k)` is the clause's word k, or nullptr where a name stands.
template <typename WordAt>
bool together_clause(const WordAt& word_at, const std::uint32_t begin, const std::uint32_t end) {
    for (std::uint32_t k = begin; k < end; ++k) {
        const Token* t = word_at(k);
        if (t == nullptr) {
            continue;
        }
        if (together_words().contains(*t)) {
            return true;
        }
        const Token* next = k + 1 < end ? word_at(k + 1) : nullptr;
        if (next != nullptr && ((t->norm == "each" && next->norm == "other") ||
                                (t->norm == "one" && next->norm == "another"))) {
            return true;
        }
    }
    return false;
}

// Whether that clause agrees only with a plural subject: it was done together, or its verb,
// past the adverbs before it, is plural-only ("which now make up"). The matcher and the
// clause views both ask.
template <typename WordAt>
bool plural_clause(const WordAt& word_at, std::uint32_t begin, const std::uint32_t end) {
    if (together_clause(word_at, begin, end)) {
        return true;
    }
    while (begin < end && word_at(begin) != nullptr &&
           words_before_verb().contains(*word_at(begin))) {
        // "which both contribute", "who all took part": the list's, whatever the verb.
        if (word_at(begin)->norm == "both" || word_at(begin)->norm == "all") {
            return true;
        }
        ++begin;
    }
    if (begin >= end || word_at(begin) == nullptr) {
        return false;
    }
    // "met" with no one after it is a meeting of the list: "Noboa and Boluarte, who met at
    // the border"; not "who met Putin" nor "who met with Putin".
    if (word_at(begin)->norm == "met") {
        const Token* next = begin + 1 < end ? word_at(begin + 1) : nullptr;
        return next != nullptr &&
               (next->norm == "at" || next->norm == "in" || next->norm == "on" ||
                next->norm == "last" || next->norm == "twice" || next->norm == "briefly" ||
                next->norm == "privately" || next->norm == "separately" ||
                next->norm == "earlier");
    }
    return plural_verbs().contains(*word_at(begin));
}

// Honorifics before a name that are no part of it: "Sheikh Mohamed bin Zayed", "Sir Keir
// Starmer".
const FoldedWordSet& honorifics();

// Lower-case words for what a person is, which the person's own name may follow: "the
// fugitive oligarch Ilan Shor", "opposition leader Maria Corina Machado". Titles of office are
// the lexicon's titles.tsv, not these. The pattern matcher numbers them (Vocabulary); the
// name finder asks the set.
std::span<const std::string_view> person_description_words();
const FoldedWordSet& person_descriptions();

// The months' names, which the readers of dates ask: "in May", "on 12 June".
const FoldedWordSet& month_names();

// Adverbs of manner, which the rules read past between a verb and what goes on with it:
// "warned publicly of", "works closely with".
const FoldedWordSet& manner_adverbs();

// Lower-case words for a company or a body, which its own name may follow: "the airline
// Belavia", "the Turkish manufacturer Baykar", "the Hungarian group MOL". The pattern matcher
// numbers them (Vocabulary); the name finder asks the set.
std::span<const std::string_view> body_noun_words();
const FoldedWordSet& body_nouns();

// Capitalized words for a body that a text names without saying whose, being its own country's
// or the speaker's: "the President of the Republic", "the Prime Minister of the Government".
const FoldedWordSet& generic_bodies();

}  // namespace kg::extract
