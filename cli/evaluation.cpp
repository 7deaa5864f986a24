#include "cli/evaluation.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "core/error.h"
#include "extract/extract.h"

namespace kg::cli {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t pos = 0;
    while (true) {
        const std::size_t tab = line.find('\t', pos);
        fields.push_back(line.substr(pos, tab == std::string::npos ? tab : tab - pos));
        if (tab == std::string::npos) {
            return fields;
        }
        pos = tab + 1;
    }
}

std::set<ScoredFact> canonical_set(const std::vector<ScoredFact>& facts) {
    std::set<ScoredFact> out;
    for (const auto& fact : facts) {
        out.insert(canonical(fact));
    }
    return out;
}

}  // namespace

std::vector<ScoredFact> read_gold(const std::string_view path, const std::string_view contents) {
    std::istringstream in{std::string(contents)};
    std::string line;
    std::vector<ScoredFact> gold;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (number == 1 && line.starts_with("\xEF\xBB\xBF")) {
            line.erase(0, 3);  // a byte-order mark, as spreadsheets write UTF-8
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto fields = split_tabs(line);
        if (number == 1 && fields.size() == 4 && fields[0] == "doc") {
            continue;  // the header
        }
        if (fields.size() != 4 || fields[0].empty() || fields[1].empty() || fields[3].empty()) {
            throw kg::Error(fmt::format(
                "{}:{}: expected 4 TAB-separated fields (doc, subject, relation, object)", path,
                number));
        }
        const auto relation = parse_relation(fields[2]);
        if (!relation) {
            throw kg::Error(fmt::format("{}:{}: unknown relation '{}'", path, number, fields[2]));
        }
        gold.push_back({fields[0], fields[1], *relation, fields[3]});
    }
    return gold;
}

std::string document_key(const std::string_view path) {
    return std::filesystem::path(path).stem().string();
}

ScoredFact canonical(ScoredFact fact) {
    if (is_symmetric(fact.relation) && fact.object < fact.subject) {
        std::swap(fact.subject, fact.object);
    }
    return fact;
}

double Counts::precision() const {
    return predicted == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(predicted);
}

double Counts::recall() const {
    return gold == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(gold);
}

double Counts::f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

void match_names_loosely(std::vector<ScoredFact>& gold, const std::vector<ScoredFact>& predicted) {
    std::map<std::string, std::string> by_form;
    for (const auto& f : predicted) {
        by_form.try_emplace(extract::comparable_name(f.subject), f.subject);
        by_form.try_emplace(extract::comparable_name(f.object), f.object);
    }
    for (auto& f : gold) {
        for (std::string* name : {&f.subject, &f.object}) {
            const auto it = by_form.find(extract::comparable_name(*name));
            if (it != by_form.end()) {
                *name = it->second;
            }
        }
    }
}

Score score(const std::vector<ScoredFact>& gold, const std::vector<ScoredFact>& predicted) {
    const std::set<ScoredFact> expected = canonical_set(gold);
    const std::set<ScoredFact> found = canonical_set(predicted);
    Score result;
    for (const auto& fact : expected) {
        ++result.overall.gold;
        ++result.by_relation[fact.relation].gold;
        if (found.contains(fact)) {
            ++result.overall.correct;
            ++result.by_relation[fact.relation].correct;
        } else {
            result.missed.push_back(fact);
        }
    }
    for (const auto& fact : found) {
        ++result.overall.predicted;
        ++result.by_relation[fact.relation].predicted;
        if (!expected.contains(fact)) {
            result.spurious.push_back(fact);
        }
    }
    return result;
}

}  // namespace kg::cli
