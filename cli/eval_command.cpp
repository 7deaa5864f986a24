#include "cli/eval_command.h"

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/evaluation.h"
#include "cli/output.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw kg::Error(fmt::format("cannot read gold file {}", path));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string ratio(const double value) { return fmt::format("{:.3f}", value); }

Table scores_table(const Score& s) {
    Table table{{"relation", "gold", "predicted", "correct", "precision", "recall", "f1"}, {}};
    const auto row = [&](const std::string& name, const Counts& c) {
        table.rows.push_back({name, c.gold, c.predicted, c.correct, ratio(c.precision()),
                              ratio(c.recall()), ratio(c.f1())});
    };
    for (const auto& [relation, counts] : s.by_relation) {
        row(std::string(to_string(relation)), counts);
    }
    row("overall", s.overall);
    return table;
}

}  // namespace

void cmd_eval(const Common& common, const EvalOptions& options, std::ostream& out) {
    const std::vector<ScoredFact> raw_gold = read_gold(options.gold_path, read_text(options.gold_path));
    if (raw_gold.empty()) {
        // Nothing to score against: a precision and recall of 0 would read as a verdict.
        throw kg::Error(fmt::format("{}: no gold facts (expected TSV rows: doc, subject, "
                                    "relation, object)",
                                    options.gold_path));
    }
    storage::Database db(common.db_path, storage::Database::Mode::kReadOnly);

    // Gold names may be written as aliases; they count as the entity they resolve to.
    std::map<std::string, std::string> resolved;
    const auto resolve = [&](const std::string& name) {
        auto [it, inserted] = resolved.try_emplace(name, name);
        if (inserted) {
            if (auto canonical_name = db.resolve_entity(name)) {
                it->second = *canonical_name;
            }
        }
        return it->second;
    };
    std::vector<ScoredFact> gold;
    std::set<std::string> gold_docs;
    for (const auto& fact : raw_gold) {
        gold.push_back({fact.doc, resolve(fact.subject), fact.relation, resolve(fact.object)});
        gold_docs.insert(fact.doc);
    }

    std::vector<ScoredFact> predicted;
    std::set<std::string> stored_docs;
    std::map<std::string, std::string> paths;  // scored name -> path, for evidence lookups
    std::set<std::string> shared;  // names that two stored documents go by
    // A stored document that gave no fact is still stored: its gold facts are missed, but it
    // is not "not in the database".
    for (const auto& path : db.document_paths()) {
        stored_docs.insert(document_key(path));
    }
    for (const auto& f : db.document_facts()) {
        const std::string key = document_key(f.document);
        if (const auto [it, inserted] = paths.emplace(key, f.document);
            !inserted && it->second != f.document && shared.insert(key).second) {
            std::cerr << fmt::format(
                "kgraph: warning: {} and {} are both scored as document '{}': their facts are "
                "counted together\n",
                it->second, f.document, key);
        }
        if (options.all_documents || gold_docs.contains(key)) {
            predicted.push_back({key, f.subject, f.relation, f.object});
        }
    }
    // Gold written without accents ("Antti Hakkanen", as the eval convention has it) matches
    // the name as the text wrote it ("Antti Häkkänen"), and case is ignored as well.
    match_names_loosely(gold, predicted);
    std::size_t missing = 0;
    for (const auto& doc : gold_docs) {
        if (!stored_docs.contains(doc)) {
            ++missing;
        }
    }
    const Score s = score(gold, predicted);

    if (common.format == Format::kJson) {
        nlohmann::ordered_json json;
        const auto counts = [](const Counts& c) {
            return nlohmann::ordered_json{{"gold", c.gold},           {"predicted", c.predicted},
                                          {"correct", c.correct},     {"precision", c.precision()},
                                          {"recall", c.recall()},     {"f1", c.f1()}};
        };
        json["documents"] = gold_docs.size();
        json["documents_missing"] = missing;
        json["overall"] = counts(s.overall);
        for (const auto& [relation, c] : s.by_relation) {
            json["relations"][std::string(to_string(relation))] = counts(c);
        }
        const auto facts = [](const std::vector<ScoredFact>& list) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (const auto& f : list) {
                array.push_back({{"doc", f.doc},
                                 {"subject", f.subject},
                                 {"relation", to_string(f.relation)},
                                 {"object", f.object}});
            }
            return array;
        };
        if (!options.summary_only) {
            json["missed"] = facts(s.missed);
            json["spurious"] = facts(s.spurious);
        }
        out << json.dump(2) << '\n';
        return;
    }

    const bool table = common.format == Format::kTable;
    if (table) {
        out << fmt::format("Scored {} document{} of the gold{}.\n\n", gold_docs.size(),
                           gold_docs.size() == 1 ? "" : "s",
                           missing > 0 ? fmt::format(" ({} not in the database: all their facts "
                                                     "count as missed)",
                                                     missing)
                                       : "");
    }
    print(scores_table(s), common.format, out);
    if (missing > 0 && !table) {
        std::cerr << fmt::format("kgraph: warning: {} gold document{} not in the database\n",
                                 missing, missing == 1 ? " is" : "s are");
    }
    if (options.summary_only) {
        return;
    }
    Table missed{{"doc", "subject", "relation", "object"}, {}};
    for (const auto& f : s.missed) {
        missed.rows.push_back({f.doc, f.subject, std::string(to_string(f.relation)), f.object});
    }
    // Spurious facts come with the rule and sentence that produced them: what a user tuning a
    // lexicon needs to see.
    Table spurious{{"doc", "subject", "relation", "object", "rule", "sentence"}, {}};
    for (const auto& f : s.spurious) {
        std::string rule;
        std::string sentence;
        for (const auto& e : db.evidence({f.subject, f.relation, f.object})) {
            if (document_key(e.document) == f.doc) {
                rule = e.rule;
                sentence = e.sentence;
                break;
            }
        }
        spurious.rows.push_back(
            {f.doc, f.subject, std::string(to_string(f.relation)), f.object, rule, sentence});
    }
    out << (table ? fmt::format("\nMissed ({}):\n", s.missed.size()) : "\n");
    print(missed, common.format, out);
    out << (table ? fmt::format("\nSpurious ({}):\n", s.spurious.size()) : "\n");
    print(spurious, common.format, out);
}

}  // namespace kg::cli
