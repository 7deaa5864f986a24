#pragma once

// `kgraph ingest`: reads files, folders (recursively) and stdin, extracts, and stores, one
// transaction per batch. Bad files are reported one line each and skipped; the rest goes on.

#include <cstdint>
#include <string>
#include <vector>

namespace kg::cli {

struct IngestOptions {
    std::string db_path;
    std::vector<std::string> inputs;        // files, folders, or "-" for stdin
    std::vector<std::string> lexicon_dirs;  // extra lexicon folders, in order
    std::string stdin_name = "<stdin>";     // the document name stored for "-"
    // Documents per transaction, or 0: an eighth of the documents stored, at least
    // smallest_batch (storage::Database::documents_per_batch). Each commit writes every page it
    // changed to the WAL once, and evidence goes into the support table in edge order, all over
    // it: with 256 documents a batch, a 100 MB corpus rewrote the table's pages about 140 times.
    std::size_t batch_documents = 0;
    std::size_t smallest_batch = 0;  // 0: storage::Database::kSmallestBatch; tests lower it
    bool compact = false;  // rewrite the database once at the end (SQLite's VACUUM)
    std::size_t jobs = 0;                   // extraction threads; 0 = one per core
    bool quiet = false;                     // no summary line
    bool strict = false;                    // stop at the first bad file
    std::string default_date;               // YYYY-MM-DD for documents without a Date: header
};

// The most extraction threads --jobs may ask for: more than any machine's cores, and few
// enough that the threads can be started.
inline constexpr std::size_t kMaxJobs = 1024;

struct IngestSummary {
    std::int64_t documents = 0;  // stored by this run
    std::int64_t skipped = 0;    // already in the database
    std::int64_t failed = 0;     // unreadable or not text
    std::int64_t bytes = 0;
    std::int64_t entities = 0;   // new in the database
    std::int64_t facts = 0;      // new in the database
    std::int64_t evidence = 0;   // new evidence rows
    std::int64_t commits = 0;    // batches committed with documents in them
    bool interrupted = false;    // stopped by Ctrl-C (or SIGTERM) before the end
};

// Runs the ingest and prints the summary line on stderr. Throws kg::Error when it cannot go
// on at all (a missing input path, an unusable database, a failed write).
IngestSummary run_ingest(const IngestOptions& options);

}  // namespace kg::cli
