#include "cli/names.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "storage/storage.h"

namespace kg::cli {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](const unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return out;
}

// Trims, folds typographic apostrophes to ASCII and collapses inner white space.
std::string clean(const std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 3) == "\u2019" || text.substr(i, 3) == "\u2018") {
            out += '\'';
            i += 2;
            continue;
        }
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    return out;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::string suggestion(const std::vector<std::string>& names) {
    if (names.empty()) {
        return "";
    }
    std::string text = "; did you mean ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    }
    return text + "?";
}

}  // namespace

std::vector<std::string> closest_names(const std::string_view name,
                                       const std::vector<std::string>& candidates) {
    const std::string target = lower(name);
    const std::size_t budget = std::max<std::size_t>(2, target.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& candidate : candidates) {
        const std::string c = lower(candidate);
        std::size_t d = edit_distance(target, c);
        // A prefix or a contained word counts as close: "Korea" -> "North Korea".
        if (c.find(target) != std::string::npos && target.size() >= 3) {
            d = std::min<std::size_t>(d, 1);
        }
        if (d <= budget) {
            scored.emplace_back(d, candidate);
        }
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [d, candidate] : scored) {
        if (std::find(out.begin(), out.end(), candidate) == out.end()) {
            out.push_back(candidate);
        }
        if (out.size() == 3) {
            break;
        }
    }
    return out;
}

std::string resolve_entity(storage::Database& db, const std::string_view name) {
    const std::string cleaned = clean(name);
    if (cleaned.empty()) {
        throw UsageError("an entity name is empty");
    }
    if (auto found = db.resolve_entity(cleaned)) {
        return *found;
    }
    // "the Kremlin" and "Kremlin" are the same name.
    if (lower(cleaned).starts_with("the ")) {
        if (auto found = db.resolve_entity(cleaned.substr(4))) {
            return *found;
        }
    }
    throw kg::Error(fmt::format("no entity named '{}' in {}{}", cleaned, db.path(),
                                suggestion(closest_names(cleaned, db.all_names()))));
}

EntityType resolve_entity_type(const std::string_view name) {
    if (const auto type = parse_entity_type(lower(clean(name)))) {
        return *type;
    }
    throw UsageError(fmt::format(
        "unknown entity type '{}' (use person, country, organization, location or other)", name));
}

std::optional<Relation> find_relation(const std::string_view name) {
    return parse_relation(lower(clean(name)));
}

Relation resolve_relation(const std::string_view name) {
    if (const auto relation = find_relation(name)) {
        return *relation;
    }
    const std::string cleaned = lower(clean(name));
    std::vector<std::string> names;
    for (const Relation r : all_relations()) {
        names.emplace_back(to_string(r));
    }
    const auto close = closest_names(cleaned, names);
    if (!close.empty()) {
        throw UsageError(fmt::format("unknown relation '{}'{}", name, suggestion(close)));
    }
    throw UsageError(fmt::format("unknown relation '{}'; the relations are {}", name,
                                 fmt::join(names, ", ")));
}

}  // namespace kg::cli
