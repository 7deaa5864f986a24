#include "cli/pattern.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/filters.h"
#include "cli/names.h"

namespace kg::cli {
namespace {

struct Word {
    std::string text;
    bool quoted = false;
};

// Splits at spaces and tabs, keeping a "quoted name" (or 'quoted name') whole.
std::vector<Word> split_words(const std::string_view text) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t') {
            ++i;
            continue;
        }
        if (text[i] == '"' || text[i] == '\'') {
            const char quote = text[i];
            const std::size_t end = text.find(quote, i + 1);
            if (end == std::string_view::npos) {
                throw UsageError(fmt::format("unbalanced {} in pattern '{}'", quote, text));
            }
            words.push_back({std::string(text.substr(i + 1, end - i - 1)), true});
            i = end + 1;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t') {
            ++end;
        }
        words.push_back({std::string(text.substr(i, end - i)), false});
        i = end;
    }
    return words;
}

bool is_variable_word(const Word& word) { return !word.quoted && word.text.starts_with('?'); }

// A relation, or a list of them, every part known.
bool names_relations(const Word& word) {
    if (word.quoted) {
        return false;
    }
    std::size_t begin = 0;
    while (begin <= word.text.size()) {
        const std::size_t end = std::min(word.text.find('|', begin), word.text.size());
        if (!find_relation(std::string_view(word.text).substr(begin, end - begin))) {
            return false;
        }
        begin = end + 1;
    }
    return true;
}

storage::Term end_of(const std::vector<Word>& words, const std::size_t from, const std::size_t to,
                     const std::string& usage) {
    if (is_variable_word(words[from])) {
        if (to - from != 1) {
            throw UsageError(usage);
        }
        const std::string name = words[from].text.substr(1);
        if (name.empty()) {
            return {};
        }
        const bool valid =
            (std::isalpha(static_cast<unsigned char>(name.front())) != 0 || name.front() == '_') &&
            std::all_of(name.begin(), name.end(), [](const char c) {
                return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
            });
        if (!valid) {
            throw UsageError(fmt::format(
                "bad variable '?{}': a variable is ? and a name of letters, digits and _, "
                "such as ?a or ?supplier",
                name));
        }
        return {storage::Term::Kind::kVariable, name};
    }
    std::string name;
    for (std::size_t k = from; k < to; ++k) {
        name += (k > from ? " " : "") + words[k].text;
    }
    return {storage::Term::Kind::kEntity, name};
}

}  // namespace

storage::QueryPattern parse_pattern(const std::string_view text) {
    const std::vector<Word> words = split_words(text);
    const std::string usage = fmt::format(
        "malformed pattern '{}': expected 'SUBJECT RELATION OBJECT' with ? for any and ?name "
        "for a variable, e.g. '? deploys-to Russia' or '?a supplies ?b'",
        text);
    if (words.size() < 3) {
        throw UsageError(usage);
    }
    // The relation is the first unquoted word after the subject that names relations or is a
    // variable mark; the words before it are the subject, the words after it the object.
    std::optional<std::size_t> at;
    for (std::size_t k = 1; k + 1 < words.size(); ++k) {
        if (is_variable_word(words[k]) || names_relations(words[k])) {
            at = k;
            break;
        }
    }
    if (!at) {
        if (words.size() == 3) {
            parse_relations(words[1].text);  // throws, with a did-you-mean
        }
        throw UsageError(usage);
    }
    const Word& relation = words[*at];
    storage::QueryPattern pattern;
    if (is_variable_word(relation)) {
        if (relation.text != "?") {
            throw UsageError(
                fmt::format("'{}' in '{}': the relation can be ?, a relation, or a list such as "
                            "supplies|supports, but not a variable",
                            relation.text, text));
        }
    } else {
        pattern.relations = parse_relations(relation.text);
    }
    pattern.subject = end_of(words, 0, *at, usage);
    pattern.object = end_of(words, *at + 1, words.size(), usage);
    return pattern;
}

}  // namespace kg::cli
