// An ingest killed at any moment loses nothing it committed and leaves no half document, and
// running it again completes the set without duplicates. Every database is compared, document
// by document, with a clean ingest of the same files.

#include <gtest/gtest.h>

#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <regex>
#include <thread>

#include "robustness/robustness_support.h"
#include "storage/storage.h"

namespace kg::test {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Enough that writing takes most of a run: with 240, ingest became fast enough that the
// start (the lexicon compiled) took half of it, and half the kills landed before any write.
constexpr int kDocuments = 1000;

class InterruptedIngest : public ::testing::Test {
protected:
    void SetUp() override {
        write_corpus(corpus(), kDocuments);
        const auto start = Clock::now();
        const auto r = ingest_command(reference_db());
        clean_run_ = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
        ASSERT_EQ(r.status, 0) << r.err;
        // The first run starts cold and takes longer than the runs the test kills: timed by
        // it, a third of the kills came after the ingest had finished. The fastest of three.
        for (int run = 0; run < 2; ++run) {
            const std::string scratch = (dir_ / "timing.db").string();
            const auto again = Clock::now();
            ASSERT_EQ(ingest_command(scratch).status, 0);
            clean_run_ = std::min(
                clean_run_, std::chrono::duration_cast<milliseconds>(Clock::now() - again));
            for (const char* suffix : {"", "-wal", "-shm"}) {
                std::filesystem::remove(scratch + suffix);
            }
        }
        reference_ = stored_documents(reference_db());
        ASSERT_EQ(reference_.size(), static_cast<std::size_t>(kDocuments));
        std::size_t evidence = 0;
        for (const auto& [path, document] : reference_) {
            evidence += document.evidence.size();
        }
        ASSERT_GT(evidence, static_cast<std::size_t>(kDocuments)) << "the corpus gives facts";
    }

    // How long the command takes to start (the lexicon compiled) and store one document, the
    // fastest of three runs: nothing is written before it is well under way.
    milliseconds start_time() const {
        write_corpus(dir_ / "one", 1);
        milliseconds fastest = milliseconds::max();
        for (int run = 0; run < 3; ++run) {
            const std::string scratch = (dir_ / "one.db").string();
            const auto again = Clock::now();
            EXPECT_EQ(run_kgraph({"ingest", (dir_ / "one").string(), "--db", scratch}).status, 0);
            fastest = std::min(
                fastest, std::chrono::duration_cast<milliseconds>(Clock::now() - again));
            for (const char* suffix : {"", "-wal", "-shm"}) {
                std::filesystem::remove(scratch + suffix);
            }
        }
        return fastest;
    }

    std::string corpus() const { return (dir_ / "corpus").string(); }
    std::string db() const { return (dir_ / "kg.db").string(); }
    std::string reference_db() const { return (dir_ / "reference.db").string(); }

    // Small batches, so that commits come often and a kill lands between and inside them.
    std::vector<std::string> ingest_args(const std::string& db) const {
        return {"ingest", corpus(), "--db", db, "--batch", "3"};
    }

    RunResult ingest_command(const std::string& db) const { return run_kgraph(ingest_args(db)); }

    void remove_database() const {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(db() + suffix);
        }
    }

    // The documents of db(), none when the ingest was killed before it made the schema.
    std::map<std::string, StoredDocument> documents_so_far() const {
        if (!std::filesystem::exists(db())) {
            return {};
        }
        try {
            storage::Database probe(db(), storage::Database::Mode::kReadOnly);
        } catch (const storage::Error& e) {
            if (std::string(e.what()).find("is empty") != std::string::npos) {
                return {};
            }
            ADD_FAILURE() << "the database cannot be opened: " << e.what();
            return {};
        }
        EXPECT_EQ(database_problems(db()), "");
        return stored_documents(db());
    }

    // Every stored document is exactly as the clean ingest stored it.
    void expect_whole_documents(const std::map<std::string, StoredDocument>& stored) const {
        for (const auto& [path, document] : stored) {
            const auto it = reference_.find(path);
            ASSERT_NE(it, reference_.end()) << "a document the corpus does not have: " << path;
            EXPECT_EQ(document, it->second) << "half a document: " << path;
        }
    }

    // Waits for the process to end, at most `limit`; kills it and fails after that.
    static ExitStatus wait_at_most(BackgroundProcess& process, const milliseconds limit) {
        const auto deadline = Clock::now() + limit;
        while (Clock::now() < deadline) {
            if (const auto status = process.poll()) {
                return *status;
            }
            std::this_thread::sleep_for(milliseconds(20));
        }
        ADD_FAILURE() << "still running after " << limit.count() << " ms";
        process.send(SIGKILL);
        return process.wait();
    }

    TempDir dir_;
    std::map<std::string, StoredDocument> reference_;
    milliseconds clean_run_{0};
};

TEST_F(InterruptedIngest, SigkillAtRandomMomentsLosesNothingAndARerunCompletesTheSet) {
    // The issue asks for at least 20; the sanitizer build, slower, checks memory on fewer.
    constexpr int kKills = kSanitized ? 8 : 24;
    std::uint32_t seed = std::random_device{}();
    if (const char* fixed = std::getenv("KGRAPH_TEST_SEED")) {
        seed = static_cast<std::uint32_t>(std::strtoul(fixed, nullptr, 10));
    }
    SCOPED_TRACE("KGRAPH_TEST_SEED=" + std::to_string(seed) + " repeats this run");
    std::mt19937 random(seed);
    // A kill lands anywhere from halfway through the command's start to the end of a clean run:
    // most while documents are written, some before the first. Drawn from the very start, a
    // quarter of the kills under the sanitizers came before any write, and three runs in about
    // twenty had too few mid-ingest.
    const long earliest = std::min(start_time().count() / 2, clean_run_.count() / 2);
    std::uniform_int_distribution<long> delay(earliest, std::max<long>(clean_run_.count(), 50));

    int kills = 0;
    int finished = 0;
    int partial = 0;  // kills that left some of the corpus stored, but not all
    for (int round = 0; kills < kKills && round < 10 * kKills; ++round) {
        {
            const auto ingest = BackgroundProcess::kgraph(ingest_args(db()));
            std::this_thread::sleep_for(milliseconds(delay(random)));
            ingest->send(SIGKILL);
            const ExitStatus status = ingest->wait();
            if (status.signaled) {
                ++kills;
            } else {
                ASSERT_EQ(status.code, 0) << ingest->err();
                ++finished;
            }
        }
        const auto stored = documents_so_far();
        expect_whole_documents(stored);
        if (HasFailure()) {
            return;
        }
        if (!stored.empty() && stored.size() < reference_.size()) {
            ++partial;
        }
        // A complete database has nothing left to interrupt: start again from nothing.
        if (stored.size() == reference_.size()) {
            remove_database();
        }
    }
    EXPECT_GE(kills, kKills) << finished << " runs finished before their kill";
    // Most kills land while documents are being written, not before the first or after the last.
    EXPECT_GE(partial, kKills / 2) << kills << " kills, " << finished << " finished runs";
    RecordProperty("kills", kills);
    RecordProperty("kills_mid_ingest", partial);

    const auto r = ingest_command(db());
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(database_problems(db()), "");
    EXPECT_EQ(stored_documents(db()), reference_) << "a rerun completes the set, once each";
}

// Whether `kgraph ingest` stops cleanly on SIGINT is decided by cli/ingest.cpp, which uses
// cli/interrupt.h for it. Until it does, SIGINT kills the process like SIGKILL above, which
// must lose nothing either; the clean stop is checked once it is wired in.
TEST_F(InterruptedIngest, SigintStopsCleanlyAndSaysHowFarItGot) {
    ExitStatus status;
    std::string err;
    auto wait = clean_run_ / 2;
    for (int attempt = 0; attempt < 6; ++attempt, wait /= 2) {
        remove_database();
        const auto ingest = BackgroundProcess::kgraph(ingest_args(db()));
        std::this_thread::sleep_for(wait);
        ingest->send(SIGINT);
        status = wait_at_most(*ingest, std::chrono::seconds(30));
        err = ingest->err();
        if (status.signaled || status.code != 0) {
            break;  // it was stopped before it finished
        }
    }
    const auto stored = documents_so_far();
    expect_whole_documents(stored);
    if (status.signaled) {
        ASSERT_EQ(status.signal, SIGINT);
        GTEST_SKIP() << "kgraph ingest does not handle SIGINT yet (cli/interrupt.h is not wired "
                        "into cli/ingest.cpp); the database it left was checked";
    }
    ASSERT_NE(status.code, 0) << "every attempt finished before SIGINT; stderr: " << err;
    EXPECT_EQ(status.code, 128 + SIGINT) << err;
    EXPECT_EQ(line_count(err), 1U) << err;
    // "kgraph: interrupted: stored N of M documents ..."
    std::smatch numbers;
    ASSERT_TRUE(std::regex_search(err, numbers, std::regex(R"(interrupted.* (\d+) of (\d+))")))
        << err;
    EXPECT_EQ(std::stoul(numbers[1]), stored.size()) << err;
    EXPECT_EQ(std::stoi(numbers[2]), kDocuments) << err;

    const auto r = ingest_command(db());
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(stored_documents(db()), reference_);
}

TEST_F(InterruptedIngest, ASecondSigintEndsAtOnceAndLosesNothing) {
    const auto ingest = BackgroundProcess::kgraph(ingest_args(db()));
    std::this_thread::sleep_for(clean_run_ / 3);
    ingest->send(SIGINT);
    ingest->send(SIGINT);
    const ExitStatus status = wait_at_most(*ingest, std::chrono::seconds(30));
    EXPECT_TRUE(status.signaled || status.code == 0 || status.code == 128 + SIGINT)
        << ingest->err();
    expect_whole_documents(documents_so_far());
    const auto r = ingest_command(db());
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(stored_documents(db()), reference_);
}

}  // namespace
}  // namespace kg::test
