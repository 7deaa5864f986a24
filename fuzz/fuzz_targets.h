#pragma once

// The bodies of kgraph's fuzz targets: each takes arbitrary bytes and drives one parser or
// pipeline the way kgraph does, then checks what came out. Bad input may be refused with a
// kg::Error, as kgraph refuses it; anything else that escapes (another exception, a sanitizer
// report, a broken invariant, which aborts) is a bug.
//
// The same functions run under libFuzzer (fuzz/fuzz_<target>.cpp, built by fuzz/run.sh with
// clang) and in the ordinary test suite (tests/robustness/fuzz_corpus_test.cpp), which replays
// every file of fuzz/corpus/<target>/ through them, so a crash once found stays fixed.

#include <string_view>

namespace kg::fuzz {

// "text": the bytes as a document: read_document (UTF-8, NUL bytes, the header block), the
// tokenizer and sentence splitter, the built-in extractor, and saving the result into a
// database (rolled back).
void text_pipeline(std::string_view bytes);

// "lexicon": lexicon files, on top of a small base lexicon. The bytes are one or more files:
// a line `=== PATH` (entities/NAME.tsv, titles.tsv, words.tsv or rules.tsv) starts each one;
// bytes before the first such line are entities/fuzz.tsv. The compiled lexicon then finds
// mentions and runs its rules over a few fixed sentences.
void lexicon_files(std::string_view bytes);

// "rules": the bytes as a rules.tsv on top of the base lexicon, compiled and run over the
// fixed sentences.
void rule_file(std::string_view bytes);

// "query": each line of the bytes as a `kgraph query` pattern; up to four that parse are joined
// as one query against a small database. Each line is also tried as a relation list and as a
// date, the other things users type into queries.
void query_patterns(std::string_view bytes);

}  // namespace kg::fuzz
