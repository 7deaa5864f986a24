// The extraction targets of the project, checked on the development set in data/eval/: a
// change that makes the rules worse on it fails here. (The unseen set is not tuned on, so it
// has no threshold; data/eval/README.md records its score.)

#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <set>
#include <string>

#include "cli/evaluation.h"
#include "extract/extract.h"
#include "support/test_support.h"

namespace kg::extract {
namespace {

cli::Score score_set(const std::string& folder, const std::string& gold_file,
                     const bool with_seed) {
    const Extractor extractor;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry :
         std::filesystem::directory_iterator(test::source_dir() / "data/eval" / folder)) {
        paths.push_back(entry.path());
    }
    if (with_seed) {
        if (const auto seed = test::seed_article()) {
            paths.push_back(*seed);
        }
    }
    std::set<std::string> docs;
    std::vector<cli::ScoredFact> predicted;
    for (const auto& path : paths) {
        const std::string doc = cli::document_key(path.string());
        docs.insert(doc);
        const auto result = extractor.extract(read_document(path.string(), test::read_file(path)));
        for (const auto& f : result.facts) {
            predicted.push_back({doc, f.subject, f.relation, f.object});
        }
    }
    const auto gold_path = test::source_dir() / "data/eval" / gold_file;
    std::vector<cli::ScoredFact> gold;
    // Gold names may be aliases ("HESA"); they count as the entity they stand for.
    const auto canonical = [&](const std::string& name) {
        return extractor.canonical_name(name).value_or(name);
    };
    for (const auto& f : cli::read_gold(gold_path.string(), test::read_file(gold_path))) {
        if (docs.contains(f.doc)) {  // the seed's rows count only when the seed is there
            gold.push_back({f.doc, canonical(f.subject), f.relation, canonical(f.object)});
        }
    }
    cli::match_names_loosely(gold, predicted);  // as `kgraph eval` does
    return cli::score(gold, predicted);
}

TEST(EvalSet, DevelopmentSetMeetsTheTargets) {
    const cli::Score s = score_set("dev", "gold.tsv", true);
    EXPECT_GE(s.overall.f1(), 0.85) << "precision " << s.overall.precision() << ", recall "
                                    << s.overall.recall();
    EXPECT_GE(s.overall.precision(), 0.9);
}

// The sets written blind to the rules and used for development after their first score
// (data/eval/README.md): each keeps a floor under its F1 and its precision, so that a change
// that makes the rules worse on one fails here.
struct SetFloor {
    const char* folder;
    const char* gold;
    double f1;
    double precision;
};

void PrintTo(const SetFloor& set, std::ostream* out) { *out << set.folder; }

class EvalSetFloor : public ::testing::TestWithParam<SetFloor> {};

std::string set_name(const ::testing::TestParamInfo<SetFloor>& set) { return set.param.folder; }

TEST_P(EvalSetFloor, DoesNotRegress) {
    const SetFloor& set = GetParam();
    const cli::Score s = score_set(set.folder, set.gold, false);
    EXPECT_GE(s.overall.f1(), set.f1) << "precision " << s.overall.precision() << ", recall "
                                      << s.overall.recall();
    EXPECT_GE(s.overall.precision(), set.precision);
}

INSTANTIATE_TEST_SUITE_P(
    Sets, EvalSetFloor,
    ::testing::Values(SetFloor{"heldout", "heldout-gold.tsv", 0.85, 0.95},
                      // Written blind in November 2026 (first scored F1 0.514 and 0.531).
                      SetFloor{"dev2", "dev2-gold.tsv", 0.80, 0.9},
                      SetFloor{"dev3", "dev3-gold.tsv", 0.73, 0.9},
                      // Written blind on 27 November 2026 and scored before they were read
                      // (F1 0.543, 0.545, 0.577, 0.585 and 0.663 at first).
                      SetFloor{"dev4", "dev4-gold.tsv", 0.73, 0.9},
                      SetFloor{"dev5", "dev5-gold.tsv", 0.72, 0.95},
                      SetFloor{"dev6", "dev6-gold.tsv", 0.71, 0.95},
                      SetFloor{"dev7", "dev7-gold.tsv", 0.75, 0.95},
                      SetFloor{"dev8", "dev8-gold.tsv", 0.74, 0.93},
                      // Written blind on 27 November 2026 (F1 0.452 and 0.587 at first).
                      SetFloor{"dev9", "dev9-gold.tsv", 0.65, 0.95},
                      SetFloor{"dev10", "dev10-gold.tsv", 0.70, 0.92},
                      // Written blind at the start of the session after (F1 0.642 at first).
                      SetFloor{"dev11", "dev11-gold.tsv", 0.69, 0.95},
                      // Written blind later that session (F1 0.582, 0.482 and 0.580 when
                      // they arrived).
                      SetFloor{"dev12", "dev12-gold.tsv", 0.63, 0.9},
                      SetFloor{"dev13", "dev13-gold.tsv", 0.61, 0.92},
                      SetFloor{"dev14", "dev14-gold.tsv", 0.59, 0.9},
                      // Written blind at the start of the session after (F1 0.577 and 0.653
                      // when they arrived).
                      SetFloor{"dev15", "dev15-gold.tsv", 0.63, 0.94},
                      SetFloor{"dev16", "dev16-gold.tsv", 0.67, 0.93},
                      // Written blind later that session (F1 0.595 and 0.621 when they
                      // arrived).
                      SetFloor{"dev17", "dev17-gold.tsv", 0.69, 0.88},
                      SetFloor{"dev18", "dev18-gold.tsv", 0.65, 0.89},
                      // Written blind at the end of that session and in the one after (F1
                      // 0.644, 0.759, 0.574, 0.507 and 0.668 by the rules of 1eb354e).
                      SetFloor{"dev19", "dev19-gold.tsv", 0.69, 0.93},
                      SetFloor{"dev20", "dev20-gold.tsv", 0.80, 0.92},
                      SetFloor{"dev21", "dev21-gold.tsv", 0.65, 0.94},
                      SetFloor{"dev22", "dev22-gold.tsv", 0.59, 0.89},
                      SetFloor{"dev23", "dev23-gold.tsv", 0.73, 0.94},
                      // Written blind in that session, scored blind (F1 0.654 at f3c53bc) and
                      // read in the session after.
                      SetFloor{"dev24", "dev24-gold.tsv", 0.74, 0.92},
                      // Written blind at the start of the session after that (F1 0.658 and
                      // 0.649 when they arrived), then read.
                      SetFloor{"dev28", "dev28-gold.tsv", 0.67, 0.93},
                      SetFloor{"dev29", "dev29-gold.tsv", 0.71, 0.93},
                      // Written blind at the start of the session after (F1 0.545 and 0.665
                      // when they arrived), then read.
                      SetFloor{"dev30", "dev30-gold.tsv", 0.62, 0.85},
                      SetFloor{"dev31", "dev31-gold.tsv", 0.68, 0.9},
                      // Written blind at the start of the session after (F1 0.624 and 0.676
                      // when they arrived), then read.
                      SetFloor{"dev32", "dev32-gold.tsv", 0.63, 0.87},
                      SetFloor{"dev33", "dev33-gold.tsv", 0.70, 0.92},
                      // Written blind at the start of the session after (F1 0.724 and 0.696
                      // when they arrived), then read.
                      SetFloor{"dev34", "dev34-gold.tsv", 0.75, 0.93},
                      SetFloor{"dev35", "dev35-gold.tsv", 0.70, 0.92},
                      // Written blind at the start of the session after (F1 0.673 and 0.663
                      // when they arrived), then read; and two more later that session (F1
                      // 0.712 and 0.714 when they arrived), then read.
                      SetFloor{"dev36", "dev36-gold.tsv", 0.70, 0.90},
                      SetFloor{"dev37", "dev37-gold.tsv", 0.72, 0.93},
                      SetFloor{"dev38", "dev38-gold.tsv", 0.75, 0.91},
                      SetFloor{"dev39", "dev39-gold.tsv", 0.73, 0.92},
                      // Written blind at the start of the session after (F1 0.693 and 0.677
                      // when they arrived), then read; and two more later that session (F1
                      // 0.631 and 0.765 when they arrived), then read.
                      SetFloor{"dev40", "dev40-gold.tsv", 0.70, 0.93},
                      SetFloor{"dev41", "dev41-gold.tsv", 0.67, 0.89},
                      SetFloor{"dev42", "dev42-gold.tsv", 0.72, 0.93},
                      SetFloor{"dev43", "dev43-gold.tsv", 0.78, 0.94},
                      // Written blind at the start of the session after (F1 0.656 and 0.696
                      // when they arrived), then read.
                      SetFloor{"dev44", "dev44-gold.tsv", 0.69, 0.94},
                      SetFloor{"dev45", "dev45-gold.tsv", 0.73, 0.94}),
    set_name);

}  // namespace
}  // namespace kg::extract
