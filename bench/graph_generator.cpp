// graph_generator: a large kgraph database for the graph benchmarks, written through storage/
// (Database::save, the path `kgraph ingest` takes), so it follows schema.sql by construction.
//
//   graph_generator --db PATH --edges 1000000 --entities 200000 [--seed 1]
//
// Entities get unique generated names and a type (about 1% countries, 9% organizations, 30%
// places, 60% people). Facts pick both ends from a Zipf distribution over the entities (in a
// shuffled order), so degrees are heavy-tailed as in news: a few entities take part in a large
// share of the facts and most in one or two. Relations are drawn uniformly from the 16; a drawn
// fact already present becomes one more evidence row for it. Facts come in synthetic documents
// of 50 sentences, each with a date, so date filters and support counts have something to read.
// Deterministic: the same arguments give the same database content.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "core/ontology.h"
#include "core/records.h"
#include "storage/storage.h"

namespace {

constexpr std::string_view kSyllables[] = {
    "ka", "vo", "ri", "len", "mar", "tes", "do", "ran", "sel", "vi", "na", "bor", "ti", "gal",
    "ro", "mi", "sha", "ven", "lu", "dor", "ne", "zu", "pel", "fa", "min", "os", "tar", "bel",
    "ki", "mon", "sa", "ur",
};

// A unique name for entity i: its index written in syllables, so no two collide.
std::string entity_name(std::size_t i, const kg::EntityType type) {
    std::string word;
    do {
        word += kSyllables[i % std::size(kSyllables)];
        i /= std::size(kSyllables);
    } while (i > 0);
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
    switch (type) {
        case kg::EntityType::kCountry:
            return word + "ia";
        case kg::EntityType::kOrganization:
            return word + " Council";
        case kg::EntityType::kLocation:
            return word + " Valley";
        default:
            return "Ana " + word;
    }
}

kg::EntityType type_of(const std::size_t i) {
    const std::size_t k = i % 100;
    return k < 1    ? kg::EntityType::kCountry
           : k < 10 ? kg::EntityType::kOrganization
           : k < 40 ? kg::EntityType::kLocation
                    : kg::EntityType::kPerson;
}

class Zipf {
public:
    Zipf(const std::size_t n, const double s) {
        double total = 0;
        for (std::size_t k = 0; k < n; ++k) {
            total += 1.0 / std::pow(static_cast<double>(k + 1), s);
            cumulative_.push_back(total);
        }
        for (double& c : cumulative_) {
            c /= total;
        }
    }
    std::size_t operator()(std::mt19937_64& rng) const {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        const auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), u);
        return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                     cumulative_.size() - 1);
    }

private:
    std::vector<double> cumulative_;
};

int run(int argc, char** argv) {
    std::string db_path;
    std::size_t edges = 1000000;
    std::size_t entity_count = 200000;
    std::uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        const std::string value = argv[i + 1];
        if (arg == "--db") {
            db_path = value;
        } else if (arg == "--edges") {
            edges = std::stoull(value);
        } else if (arg == "--entities") {
            entity_count = std::stoull(value);
        } else if (arg == "--seed") {
            seed = std::stoull(value);
        } else {
            throw std::runtime_error("unknown option " + arg);
        }
    }
    if (db_path.empty() || entity_count < 2) {
        std::cerr << "usage: graph_generator --db PATH [--edges N] [--entities N] [--seed S]\n";
        return 2;
    }
    if (std::filesystem::exists(db_path)) {
        throw std::runtime_error(db_path + " exists; give a new path");
    }

    std::mt19937_64 rng(seed);
    std::vector<std::size_t> rank(entity_count);  // rank k of the Zipf draw -> entity
    for (std::size_t i = 0; i < entity_count; ++i) {
        rank[i] = i;
    }
    std::shuffle(rank.begin(), rank.end(), rng);
    std::vector<std::string> names(entity_count);
    for (std::size_t i = 0; i < entity_count; ++i) {
        names[i] = entity_name(i, type_of(i));
    }
    const Zipf zipf(entity_count, 0.9);
    const auto relations = kg::all_relations();

    kg::storage::Database db(db_path, kg::storage::Database::Mode::kReadWrite);
    std::unordered_set<std::uint64_t> seen;
    seen.reserve(edges * 2);
    constexpr std::size_t kFactsPerDocument = 50;
    constexpr std::size_t kDocumentsPerBatch = 200;
    std::size_t document_index = 0;
    std::size_t evidence = 0;
    // Every entity is saved once up front (in the first document), so all of them exist even
    // when a draw never reaches them, as an ingest of many articles leaves entities with few facts.
    bool first = true;
    while (seen.size() < edges) {
        kg::storage::Database::Batch batch(db);
        for (std::size_t d = 0; d < kDocumentsPerBatch && seen.size() < edges; ++d) {
            kg::ExtractedDocument doc;
            doc.meta.path = fmt::format("synthetic/graph-{:07}.txt", document_index);
            doc.meta.content_hash = fmt::format("{:016x}{:016x}", seed, document_index);
            doc.meta.date = fmt::format("{}-{:02}-{:02}", 2015 + document_index % 10,
                                        1 + document_index % 12, 1 + document_index % 28);
            doc.meta.bytes = 4000;
            ++document_index;
            std::vector<std::size_t> used;
            if (first) {
                for (std::size_t i = 0; i < entity_count; ++i) {
                    used.push_back(i);
                }
                first = false;
            }
            for (std::size_t k = 0; k < kFactsPerDocument && seen.size() < edges; ++k) {
                std::size_t s = rank[zipf(rng)];
                std::size_t o = rank[zipf(rng)];
                if (s == o) {
                    continue;
                }
                const kg::Relation relation = relations[rng() % relations.size()];
                if (kg::is_symmetric(relation) && names[o] < names[s]) {
                    std::swap(s, o);
                }
                seen.insert((static_cast<std::uint64_t>(s) << 32) ^
                            (static_cast<std::uint64_t>(o) << 5) ^
                            static_cast<std::uint64_t>(relation));
                used.push_back(s);
                used.push_back(o);
                doc.facts.push_back({names[s], relation, names[o], "synthetic",
                                     static_cast<std::uint32_t>(k),
                                     static_cast<std::uint32_t>(k * 80),
                                     fmt::format("{} {} {}, sources said.", names[s],
                                                 kg::to_string(relation), names[o])});
                ++evidence;
            }
            std::sort(used.begin(), used.end());
            used.erase(std::unique(used.begin(), used.end()), used.end());
            for (const std::size_t i : used) {
                doc.entities.push_back({names[i], type_of(i), {}, 1});
            }
            db.save(doc);
        }
        batch.commit();
        if (document_index % 2000 == 0) {
            std::cerr << fmt::format("\rgraph_generator: {} facts", seen.size()) << std::flush;
        }
    }
    const auto stats = db.stats();
    std::cerr << fmt::format(
        "\rgraph_generator: {} entities, {} facts, {} evidence rows, {} documents in {}\n",
        stats.entities, stats.facts, stats.evidence, stats.documents, db_path);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "graph_generator: " << e.what() << "\n";
        return 1;
    }
}
