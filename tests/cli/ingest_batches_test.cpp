// How `kgraph ingest` cuts its work into transactions: batches that grow with the database,
// or of the size --batch gives.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "cli/ingest.h"
#include "support/test_support.h"

namespace kg::test {
namespace {

class IngestBatches : public ::testing::Test {
protected:
    // `count` one-line articles, each different, in a new folder.
    std::string corpus(const std::string& name, const int count) const {
        for (int i = 0; i < count; ++i) {
            dir_.write(fmt::format("{}/{:03}.txt", name, i),
                       fmt::format("Russia sanctions Iran, said report {} of {}.\n", i, name));
        }
        return (dir_.path() / name).string();
    }

    cli::IngestSummary ingest(const std::string& folder, const std::size_t batch = 0) const {
        cli::IngestOptions options;
        options.db_path = (dir_.path() / "kg.db").string();
        options.inputs = {folder};
        options.batch_documents = batch;
        options.smallest_batch = 2;
        options.jobs = 1;
        return cli::run_ingest(options);
    }

    TempDir dir_;
};

// Into an empty database, smallest batch 2: batches of 2 until 24 documents are stored, then
// an eighth of those stored (3 at 24, 27 and 30, 4 at 33), and the last 3.
TEST_F(IngestBatches, GrowWithTheDocumentsStored) {
    const auto summary = ingest(corpus("first", 40));
    EXPECT_EQ(summary.documents, 40);
    EXPECT_EQ(summary.commits, 12 + 3 + 1 + 1);
}

// A database that already holds 40 documents starts at 5 a batch: 5, 5, 6, 7, 7, 8, then the
// last 2.
TEST_F(IngestBatches, StartFromWhatTheDatabaseHolds) {
    ASSERT_EQ(ingest(corpus("first", 40)).documents, 40);
    const auto summary = ingest(corpus("second", 40));
    EXPECT_EQ(summary.documents, 40);
    EXPECT_EQ(summary.commits, 7);
}

// --batch fixes the size, however many documents are stored.
TEST_F(IngestBatches, OfTheSizeBatchGives) {
    ASSERT_EQ(ingest(corpus("first", 40)).documents, 40);
    const auto summary = ingest(corpus("second", 40), 2);
    EXPECT_EQ(summary.documents, 40);
    EXPECT_EQ(summary.commits, 20);
}

}  // namespace
}  // namespace kg::test
