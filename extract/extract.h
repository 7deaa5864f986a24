#pragma once

// extract: UTF-8 news text in, entities and facts with their evidence sentences out.
//
// A Document is the bytes of one article plus what its optional header block says (title,
// date, source). An Extractor is built once from a lexicon (data/lexicon/ compiled into the
// binary, plus any folders a user adds) and is then read-only: extract() may be called from
// several threads at once.
//
// Guarantees:
// - Deterministic: the same lexicon and the same bytes give the same result, in the same order.
// - Every fact carries the sentence that states it (as written), its position and offset in
//   the document, and the id of the rule that produced it.
// - Work is linear in the text: the lexicon is a token trie, rules are dispatched by their
//   first word or by the mentions in a sentence, never tried one by one against the text.
// - Bad input is an Error naming the document and what is wrong, never a crash.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/records.h"

namespace kg::extract {

class Error : public kg::Error {
public:
    explicit Error(const std::string& what) : kg::Error("extract: " + what) {}
};

// One article. Owns its bytes; everything extracted from it copies what it keeps.
struct Document {
    DocumentMeta meta;
    std::string text;             // the whole file, header included
    std::size_t body_begin = 0;   // where the text after the header block starts
    std::size_t title_begin = 0;  // with a header, its title line: [title_begin, title_end)
    std::size_t title_end = 0;    // 0 when there is no header
    std::vector<std::string> warnings;
};

// Checks and reads one article: refuses empty input, binary data (NUL bytes) and invalid UTF-8
// (naming the byte offset), computes the content hash, and reads an optional header block:
// a title line, then `Date: YYYY-MM-DD` and/or `Source: ...` lines, then a blank line.
Document read_document(std::string path, std::string bytes);

// The hex content hash kgraph identifies documents by (XXH3-128 of the bytes).
std::string content_hash(std::string_view bytes);

// A name as names are matched: lower case, without accents ("Orbán" and "Orban" are one
// name). The lexicon and the tokens of text are compared in this form.
std::string comparable_name(std::string_view name);

class Lexicon;

class Extractor {
public:
    // The lexicon compiled into the binary, extended by each folder in `extra_dirs` in order
    // (same layout as data/lexicon/). Throws Error naming the file and line of a bad record.
    explicit Extractor(const std::vector<std::filesystem::path>& extra_dirs = {});
    ~Extractor();
    Extractor(Extractor&&) noexcept;
    Extractor& operator=(Extractor&&) noexcept;

    ExtractedDocument extract(const Document& document) const;

    // The canonical name the lexicon gives `name` (any alias, demonym or metonym, case
    // ignored), or nullopt when the lexicon does not know it.
    std::optional<std::string> canonical_name(std::string_view name) const;

    // Sizes of the compiled lexicon, for `kgraph stats` and tests.
    std::size_t entity_count() const;
    std::size_t rule_count() const;

private:
    std::unique_ptr<const Lexicon> lexicon_;
};

}  // namespace kg::extract
