// Readers work while an ingest writes (the database is in WAL mode): they get whole documents
// or none, never an error but a clean "database is busy". Two ingests at once serialize or one
// fails cleanly; a writer holding the lock past the busy timeout makes an ingest fail with one
// line, and readers still read. Nothing is lost either way.

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <sstream>
#include <thread>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <fmt/format.h>

#include "robustness/robustness_support.h"

namespace kg::test {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr int kDocuments = kSanitized ? 150 : 500;

class ConcurrentUse : public ::testing::Test {
protected:
    void SetUp() override {
        write_corpus(corpus(), kDocuments);
        const auto r = run_kgraph(ingest_args(reference_db(), "8"));
        ASSERT_EQ(r.status, 0) << r.err;
        reference_ = stored_documents(reference_db());
        for (const auto& [path, document] : reference_) {
            evidence_[path] = static_cast<std::int64_t>(document.evidence.size());
        }
    }

    std::string corpus() const { return (dir_ / "corpus").string(); }
    std::string db() const { return (dir_ / "kg.db").string(); }
    std::string reference_db() const { return (dir_ / "reference.db").string(); }

    std::vector<std::string> ingest_args(const std::string& db, const std::string& batch) const {
        return {"ingest", corpus(), "--db", db, "--batch", batch, "--quiet"};
    }

    // A reader either answers or says, on one line, that the database is busy.
    static bool answered(const RunResult& r, const std::string& what) {
        if (r.status == 0) {
            return true;
        }
        EXPECT_EQ(r.status, 1) << what << ": " << r.err;
        EXPECT_NE(r.err.find("database is busy"), std::string::npos) << what << ": " << r.err;
        EXPECT_EQ(line_count(r.err), 1U) << what << ": " << r.err;
        return false;
    }

    // One round of every reader, each checked against the clean ingest.
    void read_everything() {
        const std::vector<std::string> db_args{"--db", db(), "--format", "json"};
        const auto with_db = [&](std::vector<std::string> args) {
            args.insert(args.end(), db_args.begin(), db_args.end());
            return run_kgraph(args);
        };
        // Whole documents or none: every document a reader sees has all its evidence.
        auto r = with_db({"sql", "SELECT d.path AS path, (SELECT COUNT(*) FROM evidence e "
                                 "WHERE e.document = d.path) AS n FROM documents d"});
        if (answered(r, "sql")) {
            const auto rows = nlohmann::json::parse(r.out);
            for (const auto& row : rows) {
                const std::string path = row["path"];
                EXPECT_EQ(row["n"].get<std::int64_t>(), evidence_[path])
                    << "a reader saw half of " << path;
            }
            EXPECT_GE(rows.size(), documents_seen_) << "a reader saw documents disappear";
            documents_seen_ = rows.size();
            if (rows.size() < evidence_.size()) {
                ++partial_views_;
            }
            ++answers_;
        }
        r = with_db({"facts"});
        if (answered(r, "facts")) {
            for (const auto& fact : nlohmann::json::parse(r.out)) {
                EXPECT_GE(fact["documents"].get<int>(), 1) << fact;
                EXPECT_GE(fact["mentions"].get<int>(), fact["documents"].get<int>()) << fact;
            }
            ++answers_;
        }
        r = with_db({"query", "? supplies|sanctions ?"});
        if (answered(r, "query")) {
            EXPECT_TRUE(nlohmann::json::parse(r.out).is_array());
            ++answers_;
        }
        r = run_kgraph({"export", "dot", "--db", db()});
        if (answered(r, "export dot")) {
            boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> graph;
            boost::dynamic_properties dp(boost::ignore_other_properties);
            std::istringstream in(r.out);
            EXPECT_TRUE(boost::read_graphviz(in, graph, dp)) << r.out;
            ++answers_;
        }
        r = run_kgraph({"export", "json", "--db", db()});
        if (answered(r, "export json")) {
            EXPECT_TRUE(nlohmann::json::parse(r.out).contains("nodes"));
            ++answers_;
        }
    }

    TempDir dir_;
    std::map<std::string, StoredDocument> reference_;
    std::map<std::string, std::int64_t> evidence_;
    std::size_t documents_seen_ = 0;
    int answers_ = 0;
    int partial_views_ = 0;  // answers given while the ingest was under way
};

// An ingest's summary counts what it stored, not what the database gained while it ran: here
// another ingest commits its document between the moment the second opens the database and the
// moment it gets the lock to write. The first holds that lock while it waits for its input, a
// FIFO, which the test feeds once the second has started.
TEST(IngestSummary, CountsWhatThisIngestStoredNotWhatAnotherDid) {
    TempDir dir;
    const std::string db = (dir / "kg.db").string();
    dir.write("first/seed.txt", "Japan sanctioned Canada.\n");
    ASSERT_EQ(run_kgraph({"ingest", "--db", db, (dir / "first").string()}).status, 0);
    dir.write("mine/a.txt", "Iran supplied drones to Russia.\n");
    TempDir alone;  // the same document ingested with nothing beside it: what to report
    const auto expected = run_kgraph({"ingest", "--db", (alone / "kg.db").string(),
                                      (dir / "mine").string()});
    ASSERT_EQ(expected.status, 0) << expected.err;

    const auto fifo = dir / "other.fifo";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    auto other = BackgroundProcess::kgraph({"ingest", "--jobs", "1", "--db", db, fifo.string()});
    const int writer = open_fifo_for_writing(fifo);  // the other now holds the write lock
    ASSERT_GE(writer, 0) << other->err();
    auto mine = BackgroundProcess::kgraph({"ingest", "--jobs", "1", "--db", db,
                                           (dir / "mine").string()});
    std::this_thread::sleep_for(milliseconds(kSanitized ? 3000 : 1500));  // it waits for the lock
    const std::string text = "Brazil criticized Argentina. Chile threatened Peru.\n";
    ASSERT_EQ(write(writer, text.data(), text.size()), static_cast<ssize_t>(text.size()));
    close(writer);
    EXPECT_EQ(other->wait().code, 0) << other->err();
    EXPECT_EQ(mine->wait().code, 0) << mine->err();

    const auto summary = [](const std::string& err) {
        const std::size_t at = err.find("ingested");
        return at == std::string::npos ? err : err.substr(at, err.find("skipped", at) - at);
    };
    EXPECT_EQ(summary(mine->err()), summary(expected.err));
    EXPECT_NE(mine->err().find("2 new entities, 1 new facts, 1 evidence"), std::string::npos)
        << mine->err();
    EXPECT_EQ(database_problems(db), "");
}

TEST_F(ConcurrentUse, ReadersGetWholeDocumentsWhileAnIngestWrites) {
    // One document first, so the readers find a database from the start.
    auto r = run_kgraph({"ingest", (dir_ / "corpus/doc-0000.txt").string(), "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto ingest = BackgroundProcess::kgraph(ingest_args(db(), "1"));
    int rounds = 0;
    while (!ingest->poll() || rounds < 2) {
        read_everything();
        ++rounds;
        if (HasFailure()) {
            return;
        }
    }
    const ExitStatus status = ingest->wait();
    ASSERT_FALSE(status.signaled);
    EXPECT_EQ(status.code, 0) << ingest->err();
    EXPECT_GT(partial_views_, 0) << "no reader ran while the ingest wrote";
    RecordProperty("reader_rounds", rounds);
    RecordProperty("partial_views", partial_views_);
    EXPECT_EQ(database_problems(db()), "");
    EXPECT_EQ(stored_documents(db()), reference_);
}

TEST_F(ConcurrentUse, TwoIngestsAtOnceSerializeOrOneFailsCleanly) {
    for (int round = 0; round < (kSanitized ? 1 : 3); ++round) {
        const auto first = BackgroundProcess::kgraph(ingest_args(db(), "1"));
        const auto second = BackgroundProcess::kgraph(ingest_args(db(), "2"));
        for (auto* ingest : {first.get(), second.get()}) {
            const ExitStatus status = ingest->wait();
            ASSERT_FALSE(status.signaled) << ingest->err();
            if (status.code != 0) {
                EXPECT_EQ(status.code, 1);
                EXPECT_NE(ingest->err().find("database is busy"), std::string::npos)
                    << ingest->err();
                EXPECT_EQ(line_count(ingest->err()), 1U) << ingest->err();
            }
        }
        EXPECT_EQ(database_problems(db()), "");
        const auto stored = stored_documents(db());
        for (const auto& [path, document] : stored) {
            EXPECT_EQ(document, reference_.at(path)) << path;
        }
        const auto r = run_kgraph(ingest_args(db(), "8"));
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(stored_documents(db()), reference_) << "nothing lost, nothing twice";
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(db() + suffix);
        }
    }
}

TEST_F(ConcurrentUse, AWriterThatHoldsTheLockMakesIngestFailCleanlyAndReadersStillRead) {
    auto r = run_kgraph({"ingest", (dir_ / "corpus/doc-0000.txt").string(), "--db", db()});
    ASSERT_EQ(r.status, 0) << r.err;
    if (run_shell("command -v sqlite3").status != 0) {
        GTEST_SKIP() << "the sqlite3 shell is not installed (scripts/install-deps.sh installs it)";
    }
    // Another program takes the write lock and keeps it longer than kgraph waits (5 s).
    const auto script = dir_.write(
        "hold.sql", fmt::format("BEGIN IMMEDIATE;\n"
                                "INSERT INTO documents (path, content_hash, bytes) "
                                "VALUES ('held', 'held', 0);\n"
                                ".shell touch '{}'\n"
                                ".shell sleep 30\n"
                                "ROLLBACK;\n",
                                (dir_ / "locked").string()));
    BackgroundProcess holder({"sqlite3", db()}, script.string());
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    while (!std::filesystem::exists(dir_ / "locked") && Clock::now() < deadline) {
        std::this_thread::sleep_for(milliseconds(20));
    }
    ASSERT_TRUE(std::filesystem::exists(dir_ / "locked")) << holder.err();

    r = run_kgraph({"facts", "--db", db(), "--format", "json"});
    EXPECT_EQ(r.status, 0) << "readers do not wait for a writer: " << r.err;

    const auto start = Clock::now();
    r = run_kgraph({"ingest", (dir_ / "corpus/doc-0001.txt").string(), "--db", db()});
    const auto waited = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.err.find("database is busy"), std::string::npos) << r.err;
    EXPECT_EQ(line_count(r.err), 1U) << r.err;
    EXPECT_GE(waited.count(), 4000) << "it waits for the lock before it gives up";

    holder.send(SIGKILL);
    holder.wait();
    EXPECT_EQ(database_problems(db()), "");
    r = run_kgraph({"ingest", (dir_ / "corpus/doc-0001.txt").string(), "--db", db()});
    EXPECT_EQ(r.status, 0) << r.err;
    const auto stored = stored_documents(db());
    EXPECT_EQ(stored.size(), 2U);
    EXPECT_FALSE(stored.contains("held")) << "the other writer's transaction rolled back";
}

}  // namespace
}  // namespace kg::test
