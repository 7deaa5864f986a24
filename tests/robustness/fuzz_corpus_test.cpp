// The fuzz targets' bodies (fuzz/fuzz_targets.h) in the ordinary test suite: every input
// committed under fuzz/corpus/<target>/ (the seeds, and each input that once broke a target)
// runs through its target here, under the sanitizers too, and so do inputs made on the spot
// by cutting and splicing them. A crash found by fuzzing is fixed once and for all by adding
// its input to the corpus.

#include "fuzz/fuzz_targets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <random>

#include "robustness/robustness_support.h"

namespace kg::fuzz {
namespace {

namespace fs = std::filesystem;
using test::kSanitized;

struct Target {
    const char* name;
    void (*run)(std::string_view);
};

// Names the target in test names and messages.
void PrintTo(const Target& target, std::ostream* out) { *out << target.name; }

std::vector<std::string> corpus_of(const Target& target) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "fuzz/corpus" /
                                                    target.name)) {
        paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> inputs;
    for (const auto& path : paths) {
        inputs.push_back(test::read_file(path));
    }
    return inputs;
}

class FuzzCorpus : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzCorpus, EveryCommittedInputRunsClean) {
    const auto inputs = corpus_of(GetParam());
    EXPECT_GE(inputs.size(), 3U) << "a seed corpus in fuzz/corpus/" << GetParam().name;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        SCOPED_TRACE(i);
        GetParam().run(inputs[i]);
    }
}

// A few hundred inputs spliced from the corpus, truncated and sprinkled with stray bytes:
// not a fuzzer, but it runs on every build, sanitizers included.
TEST_P(FuzzCorpus, SplicedInputsRunClean) {
    const auto inputs = corpus_of(GetParam());
    ASSERT_FALSE(inputs.empty());
    std::mt19937 random(20241028);
    const auto pick = [&](const std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    static const char kStrayBytes[] =
        "\0\t\n\r \"'\\|&?*~_-.:;,()<>{}S O P\xC3\xA9\xE2\x80\x99\xFF";
    static const std::string kStray(kStrayBytes, sizeof kStrayBytes - 1);
    const int rounds = kSanitized ? 100 : 300;
    for (int round = 0; round < rounds; ++round) {
        const std::string& a = inputs[pick(inputs.size())];
        const std::string& b = inputs[pick(inputs.size())];
        std::string input = a.substr(0, pick(a.size() + 1)) + b.substr(pick(b.size() + 1));
        for (std::size_t k = pick(6); k > 0 && !input.empty(); --k) {
            input[pick(input.size())] = kStray[pick(kStray.size())];
        }
        SCOPED_TRACE(input);
        GetParam().run(input);
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzCorpus,
                         ::testing::Values(Target{"text", text_pipeline},
                                           Target{"lexicon", lexicon_files},
                                           Target{"rules", rule_file},
                                           Target{"query", query_patterns}),
                         [](const auto& target) { return std::string(target.param.name); });

}  // namespace
}  // namespace kg::fuzz
