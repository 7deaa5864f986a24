#include "fuzz/fuzz_targets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "cli/filters.h"
#include "cli/pattern.h"
#include "core/error.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/pattern.h"
#include "extract/text.h"
#include "extract/tokenizer.h"
#include "storage/storage.h"

namespace kg::fuzz {
namespace {

// A broken invariant: say which, and abort so that libFuzzer (or the test) reports the input.
void check(const bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "kgraph fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

bool valid_utf8(const std::string_view text) { return !extract::first_invalid_utf8(text); }

// The extractor with the built-in lexicon, compiled once: it is read-only after construction.
const extract::Extractor& builtin_extractor() {
    static const extract::Extractor extractor;
    return extractor;
}

// A database in memory that every batch leaves as it found it (the batches roll back).
storage::Database& scratch_database() {
    static storage::Database database(":memory:", storage::Database::Mode::kReadWrite);
    return database;
}

void check_tokens(const std::string& text, const std::vector<extract::Token>& tokens) {
    std::uint32_t previous = 0;
    for (const auto& token : tokens) {
        check(token.offset >= previous, "tokens come in text order");
        previous = token.offset;
        if (token.kind == extract::TokenKind::kBreak) {
            continue;
        }
        check(!token.text.empty(), "a token is never empty");
        check(token.text.data() == text.data() + token.offset,
              "a token's view starts at its offset in the document");
        check(token.offset + token.text.size() <= text.size(), "a token ends inside the text");
        check(valid_utf8(token.text), "a token is whole code points");
        check(valid_utf8(token.norm), "a folded token is valid UTF-8");
    }
}

void check_sentences(const std::vector<extract::Token>& tokens,
                     const std::vector<extract::Sentence>& sentences) {
    std::uint32_t previous_end = 0;
    for (const auto& sentence : sentences) {
        check(sentence.begin < sentence.end, "a sentence holds a token");
        check(sentence.end <= tokens.size(), "a sentence ends inside the tokens");
        check(sentence.begin >= previous_end, "sentences do not overlap");
        for (std::uint32_t t = sentence.begin; t < sentence.end; ++t) {
            check(tokens[t].kind != extract::TokenKind::kBreak, "a break is in no sentence");
        }
        previous_end = sentence.end;
    }
}

void check_extracted(const extract::Document& document, const ExtractedDocument& extracted) {
    check(extracted.meta.content_hash == document.meta.content_hash, "the hash is kept");
    for (const auto& entity : extracted.entities) {
        // The database refuses an empty name, which would end a whole ingest.
        check(!entity.name.empty(), "an entity has a name");
        check(valid_utf8(entity.name), "an entity's name is valid UTF-8");
        check(entity.mentions > 0, "a listed entity is mentioned");
    }
    for (const auto& fact : extracted.facts) {
        check(!fact.subject.empty() && !fact.object.empty(), "a fact has both ends");
        check(fact.subject != fact.object, "a fact joins two entities");
        check(!is_symmetric(fact.relation) || fact.subject < fact.object,
              "a symmetric fact is in canonical order");
        check(!fact.rule.empty(), "a fact names its rule");
        check(!fact.sentence.empty(), "a fact has its evidence sentence");
        check(valid_utf8(fact.sentence), "an evidence sentence is valid UTF-8");
        check(fact.sentence_offset < document.text.size(), "a sentence starts in the text");
    }
}

// A small lexicon that the fuzzed files extend: a few entities of each kind, the word classes
// the sample rules use, a title and four rules of different shapes.
std::vector<extract::LexiconFile> base_lexicon() {
    return {
        {"entities/base.tsv", "fuzz-base",
         "Russia\tcountry\tRussian Federation\tRussian|Russians\tMoscow|the Kremlin\n"
         "North Korea\tcountry\tDPRK|NKorea\tNorth Korean|North Koreans\tPyongyang\n"
         "United States\tcountry\tUS|U.S.|USA\tAmerican|Americans\tWashington\n"
         "NATO\torganization\tNorth Atlantic Treaty Organization\n"
         "Mark Rutte\tperson\tRutte\n"
         "Kursk\tlocation\t\t\t\tRussia\n"},
        {"titles.tsv", "fuzz-base", "Secretary-General\tleads\nPresident\tleads\nminister\t-\n"},
        {"words.tsv", "fuzz-base",
         "&BE\tis|are|was|were|be|been\n"
         "&AUX\t&BE|has|have|had|reportedly|said to\n"
         "&NEGATION\tnot|never|no|denied|ruled out\n"
         "&HEDGE\tmay|might|could\n"
         "&DEPLOY\tdeploy+|send+|sent|station+\n"
         "&SUPPLY\tsupply+|provide+|ship+|hand+ over\n"},
        {"rules.tsv", "fuzz-base",
         "deploy.to\tdeploys-to\tS &AUX* &DEPLOY ~4 to|into the? O\n"
         "supply.to\tsupplies\tS &AUX* &SUPPLY *3 to O\n"
         "meet.with\tmeets-with\tS:person/country &AUX* met|meet+ with O\n"
         "ally.between\tallied-with\talliance between P\n"},
    };
}

// Sentences the compiled lexicon is run over: coordination, possessives, titles, negation.
const std::vector<std::string>& fixed_sentences() {
    static const std::vector<std::string> kSentences{
        "North Korea has sent troops to Russia.",
        "Russia and North Korea deployed about 10,000 soldiers into the Kursk region.",
        "NATO Secretary-General Mark Rutte met with the U.S. President in Washington.",
        "Pyongyang did not supply shells to Moscow, the Kremlin said.",
        "The alliance between Russia, North Korea and the United States may hand over drones.",
        "Russia's deployment to Kursk -- reportedly -- was stationed in DPRK's North Korean "
        "units.",
        "",
        "\xC3\x89tats-Unis \xE2\x80\x9CNATO\xE2\x80\x9D Rutte\xE2\x80\x99s supplies to "
        "Russians.",
    };
    return kSentences;
}

// Finds mentions by longest match in the name trie and tries every rule at every unit of each
// fixed sentence, checking what the matcher returns.
void run_lexicon(const extract::Lexicon& lexicon) {
    const auto& trie = lexicon.names();
    for (const std::string& text : fixed_sentences()) {
        std::vector<extract::Token> tokens;
        extract::FoldedText folded;
        extract::tokenize(text, 0, text.size(), tokens, folded);
        lexicon.number_words(tokens);
        std::vector<extract::Mention> mentions;
        for (std::uint32_t i = 0; i < tokens.size();) {
            std::uint32_t node = extract::TokenTrie::kRoot;
            std::int32_t best = extract::TokenTrie::kNoValue;
            std::uint32_t best_end = 0;
            for (std::uint32_t j = i; j < tokens.size(); ++j) {
                node = trie.step(node, tokens[j].norm);
                if (node == extract::TokenTrie::kRoot) {
                    break;
                }
                if (trie.value(node) != extract::TokenTrie::kNoValue) {
                    best = trie.value(node);
                    best_end = j + 1;
                }
            }
            if (best == extract::TokenTrie::kNoValue) {
                ++i;
                continue;
            }
            check(static_cast<std::size_t>(best) < lexicon.surfaces().size(),
                  "a trie value is a surface");
            const auto& surface = lexicon.surfaces()[static_cast<std::size_t>(best)];
            check(surface.entity < lexicon.entities().size(), "a surface names an entity");
            mentions.push_back({i, best_end, surface.entity,
                                lexicon.entities()[surface.entity].type});
            i = best_end;
        }
        extract::SentenceView view{tokens, mentions, {}};
        std::size_t next = 0;
        for (std::uint32_t t = 0; t < tokens.size();) {
            if (next < mentions.size() && mentions[next].begin == t) {
                view.units.push_back({t, static_cast<std::int32_t>(next)});
                t = mentions[next++].end;
            } else {
                view.units.push_back({t, -1});
                ++t;
            }
        }
        const auto units = static_cast<std::uint32_t>(view.units.size());
        for (const auto& rule : lexicon.rules()) {
            check(!rule.pattern.elements.empty(), "a compiled rule has elements");
            for (std::uint32_t u = 0; u < units; ++u) {
                const auto match = extract::match_at(rule.pattern, view, u, lexicon.vocabulary());
                if (!match) {
                    continue;
                }
                check(match->begin == u && match->begin <= match->end && match->end <= units,
                      "a match lies inside the sentence");
                for (const auto* members : {&match->subjects, &match->objects, &match->pairs}) {
                    for (const std::uint32_t entity : *members) {
                        check(entity < lexicon.entities().size(), "a match names entities");
                    }
                }
            }
        }
        for (const auto& token : tokens) {
            lexicon.in_class("&NEGATION", token.norm);
            lexicon.rules_starting_with(token.word);
        }
    }
}

void compile_and_run(std::vector<extract::LexiconFile> files) {
    std::optional<extract::Lexicon> lexicon;
    try {
        lexicon.emplace(files);
    } catch (const extract::Error&) {
        return;  // a bad record, reported with its file and line: what kgraph does too
    }
    run_lexicon(*lexicon);
}

}  // namespace

void text_pipeline(const std::string_view bytes) {
    extract::Document document;
    try {
        document = extract::read_document("fuzz.txt", std::string(bytes));
    } catch (const extract::Error&) {
        return;  // empty, binary or not UTF-8: refused with a message, as it should be
    }
    check(document.title_end <= document.body_begin, "the title ends before the body");
    check(document.body_begin <= document.text.size(), "the body starts inside the text");
    check(valid_utf8(document.meta.title) && valid_utf8(document.meta.source),
          "the header's fields are valid UTF-8");

    std::vector<extract::Token> tokens;
    extract::FoldedText folded;
    extract::tokenize(document.text, document.body_begin, document.text.size(), tokens, folded);
    check_tokens(document.text, tokens);
    check_sentences(tokens, extract::split_sentences(tokens));

    const ExtractedDocument extracted = builtin_extractor().extract(document);
    check_extracted(document, extracted);
    // Whatever was extracted, the database takes it: a refusal would end a whole ingest.
    storage::Database& database = scratch_database();
    storage::Database::Batch batch(database);
    database.save(extracted);
    batch.write_held();  // the evidence too, which a batch holds until it commits
}  // the batch rolls back

void lexicon_files(const std::string_view bytes) {
    std::vector<extract::LexiconFile> files = base_lexicon();
    extract::LexiconFile current{"entities/fuzz.tsv", "fuzz", ""};
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        end = end == std::string_view::npos ? bytes.size() : end + 1;
        const std::string_view line = bytes.substr(pos, end - pos);
        if (line.starts_with("=== ")) {
            files.push_back(std::move(current));
            std::string_view path = line.substr(4);
            while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) {
                path.remove_suffix(1);
            }
            current = {std::string(path), "fuzz", ""};
        } else {
            current.contents += line;
        }
        pos = end;
    }
    files.push_back(std::move(current));
    compile_and_run(std::move(files));
}

void rule_file(const std::string_view bytes) {
    std::vector<extract::LexiconFile> files = base_lexicon();
    files.push_back({"rules.tsv", "fuzz", std::string(bytes)});
    compile_and_run(std::move(files));
}

void query_patterns(const std::string_view bytes) {
    static storage::Database& database = []() -> storage::Database& {
        storage::Database& db = scratch_database();
        ExtractedDocument doc;
        doc.meta.path = "seed.txt";
        doc.meta.content_hash = "fuzz-query-seed";
        doc.meta.date = "2024-10-28";
        doc.meta.bytes = 10;
        doc.entities = {{"North Korea", EntityType::kCountry, {"DPRK"}, 1},
                        {"Russia", EntityType::kCountry, {"Moscow"}, 1},
                        {"Mark Rutte", EntityType::kPerson, {}, 1}};
        doc.facts = {{"North Korea", Relation::kDeploysTo, "Russia", "r", 0, 0, "s."},
                     {"North Korea", Relation::kAlliedWith, "Russia", "r", 0, 0, "s."},
                     {"Mark Rutte", Relation::kWarnsOf, "Russia", "r", 1, 3, "t."}};
        storage::Database::Batch batch(db);
        db.save(doc);
        batch.commit();
        return db;
    }();
    std::vector<storage::QueryPattern> patterns;
    std::size_t pos = 0;
    while (pos <= bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        end = end == std::string_view::npos ? bytes.size() : end;
        const std::string_view line = bytes.substr(pos, end - pos);
        pos = end + 1;
        try {
            cli::parse_date(line, "--since");
        } catch (const kg::Error&) {
        }
        try {
            cli::parse_relations(line);
        } catch (const kg::Error&) {
        }
        try {
            storage::QueryPattern pattern = cli::parse_pattern(line);
            for (const auto* term : {&pattern.subject, &pattern.object}) {
                check(term->kind != storage::Term::Kind::kAny || term->text.empty(),
                      "a wildcard has no text");
                check(term->kind != storage::Term::Kind::kVariable || !term->text.empty(),
                      "a variable has a name");
            }
            if (patterns.size() < 4) {
                patterns.push_back(std::move(pattern));
            }
        } catch (const kg::Error&) {
        }
    }
    if (!patterns.empty()) {
        // Names go in as typed (the CLI resolves them first); any of them must bind safely.
        database.match(patterns, {}, 20);
    }
}

}  // namespace kg::fuzz
