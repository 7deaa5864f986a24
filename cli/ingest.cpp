#include "cli/ingest.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "cli/input_walk.h"
#include "cli/interrupt.h"
#include "cli/output.h"
#include "extract/extract.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

std::string read_all(const Input& input) {
    if (input.path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream in(input.path, std::ios::binary);
    if (!in) {
        throw kg::Error(fmt::format("{}: cannot open the file", input.path));
    }
    // Straight into the string, in one read when the file is the size it has now (the byte
    // asked for past that size finds the end); a file that grows meanwhile, or a named pipe,
    // which has no size, takes more reads into a string twice as large.
    constexpr std::uint64_t kLargestHint = std::uint64_t{1} << 30;
    std::error_code ec;
    const std::uint64_t now = fs::file_size(input.path, ec);
    std::size_t capacity =
        std::max<std::size_t>(!ec && now < kLargestHint ? now + 1 : 0, 4096);
    std::string bytes;
    std::size_t size = 0;
    while (true) {
        bytes.resize(capacity);
        in.read(bytes.data() + size, static_cast<std::streamsize>(capacity - size));
        size += static_cast<std::size_t>(in.gcount());
        if (size < capacity) {
            break;  // the end, or an error
        }
        capacity *= 2;
    }
    if (in.bad()) {
        throw kg::Error(fmt::format("{}: cannot read the file", input.path));
    }
    bytes.resize(size);
    return bytes;
}

std::string human_bytes(const double bytes) {
    if (bytes >= 1e9) {
        return fmt::format("{:.1f} GB", bytes / 1e9);
    }
    if (bytes >= 1e6) {
        return fmt::format("{:.1f} MB", bytes / 1e6);
    }
    if (bytes >= 1e3) {
        return fmt::format("{:.1f} KB", bytes / 1e3);
    }
    return fmt::format("{} B", bytes);
}

// A progress bar on stderr, drawn only when stderr is a terminal, at most ten times a second.
class Progress {
public:
    Progress(const std::size_t total, const bool enabled) : total_(total), enabled_(enabled) {}
    ~Progress() { clear(); }

    // The inputs counted, or as many as were read when more were.
    std::size_t total() const { return total_; }

    // Erases the bar, so that a message or the summary starts its own line; the next update
    // draws the bar again.
    void clear() {
        if (drawn_) {
            std::cerr << "\r\033[K" << std::flush;
            drawn_ = false;
        }
    }

    void update(const std::size_t done, const std::uint64_t bytes, const bool force = false) {
        total_ = std::max(total_, done);  // files added to a folder since they were counted
        if (!enabled_) {
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (!force && drawn_ && now - last_ < std::chrono::milliseconds(100)) {
            return;
        }
        last_ = now;
        drawn_ = true;
        constexpr int kWidth = 30;
        const int filled = total_ == 0 ? kWidth : static_cast<int>(kWidth * done / total_);
        std::cerr << fmt::format("\r[{:#<{}}{:<{}}] {}/{} documents, {}", "", filled, "",
                                 kWidth - filled, done, total_,
                                 human_bytes(static_cast<double>(bytes)))
                  << std::flush;
    }

private:
    std::size_t total_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_;
};

// One input on its way through the pipeline, and what became of it.
struct Work {
    std::size_t index = 0;  // position in the input order
    std::string name;
    std::string bytes;
};

struct Outcome {
    std::optional<ExtractedDocument> extracted;  // set when the document is to be stored
    storage::PackedBody body;                    // its bytes, as the database keeps them
    std::vector<std::string> warnings;
    std::string error;         // a failure of this file alone: reported, and the file skipped
    std::exception_ptr fatal;  // anything else stops the run
    bool skipped = false;      // already stored, or the same bytes seen earlier in this run
};

// Checks and extracts one document. Safe to run on several threads: Extractor::extract is.
Outcome extract_one(const extract::Extractor& extractor, Work work,
                    const std::string& default_date) {
    Outcome outcome;
    try {
        extract::Document document =
            extract::read_document(std::move(work.name), std::move(work.bytes));
        outcome.warnings = document.warnings;
        outcome.extracted = extractor.extract(document);
        outcome.body = storage::pack_body(*outcome.extracted, document.text);
        if (outcome.extracted->meta.date.empty()) {
            outcome.extracted->meta.date = default_date;  // --date, else still unknown
        }
    } catch (const storage::Error&) {
        outcome.fatal = std::current_exception();  // not this file's fault: the run stops
    } catch (const kg::Error& e) {
        outcome.error = e.what();
    } catch (...) {
        outcome.fatal = std::current_exception();
    }
    return outcome;
}

// Extraction on worker threads, handing outcomes back in input order. The caller bounds how
// many documents are in flight, so memory stays flat however large the corpus. Destruction
// stops the workers after the document each is on, and joins them; it never throws.
class ExtractionPool {
public:
    ExtractionPool(const extract::Extractor& extractor, const std::string& default_date,
                   const std::size_t threads)
        : extractor_(extractor), default_date_(default_date) {
        try {
            for (std::size_t i = 0; i < threads; ++i) {
                workers_.emplace_back([this] { work(); });
            }
        } catch (const std::system_error& e) {
            // The threads started must be joined before they are destroyed, and the
            // destructor does not run when the constructor throws.
            stop();
            throw kg::Error(fmt::format("cannot start {} extraction threads ({}); ask for fewer "
                                        "with --jobs",
                                        threads, e.what()));
        }
    }

    ~ExtractionPool() { stop(); }

    ExtractionPool(const ExtractionPool&) = delete;
    ExtractionPool& operator=(const ExtractionPool&) = delete;

    void submit(Work work) {
        {
            const std::lock_guard lock(mutex_);
            queue_.push_back(std::move(work));
        }
        queued_.notify_one();
    }

    // The outcome of input `index`, which must have been submitted. While it is not ready the
    // caller extracts what is queued, so the writer's thread is one of the extraction threads
    // when it has nothing to write: the pool runs one thread fewer than --jobs, and no more
    // threads want a core than there are cores. (With one more, the writer got its share of a
    // core and no more, and ingest slowed as extraction got cheaper.)
    Outcome take(const std::size_t index) {
        std::unique_lock lock(mutex_);
        while (!outcomes_.contains(index)) {
            if (queue_.empty()) {
                done_.wait(lock);
                continue;
            }
            run_one(lock);
        }
        auto node = outcomes_.extract(index);
        return std::move(node.mapped());
    }

private:
    void stop() {
        {
            const std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        queued_.notify_all();
        for (auto& worker : workers_) {
            worker.join();
        }
    }

    void work() {
        std::unique_lock lock(mutex_);
        while (true) {
            queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (stopping_) {
                return;
            }
            run_one(lock);
        }
    }

    // Extracts the first queued document, with the lock released meanwhile.
    void run_one(std::unique_lock<std::mutex>& lock) {
        Work work = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        const std::size_t index = work.index;
        Outcome outcome = extract_one(extractor_, std::move(work), default_date_);
        lock.lock();
        outcomes_.emplace(index, std::move(outcome));
        done_.notify_all();
    }

    const extract::Extractor& extractor_;
    const std::string& default_date_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::condition_variable done_;
    std::deque<Work> queue_;
    std::map<std::size_t, Outcome> outcomes_;
    bool stopping_ = false;
    std::vector<std::thread> workers_;  // last: joined before the members they use go
};

std::size_t default_jobs() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

}  // namespace

// The pipeline: this thread reads the inputs in order and skips what is already stored (by
// content hash); N - 1 workers and this thread extract and pack the bodies; this thread stores
// the outcomes in input order, so messages, batches and the database's ids come out as a
// one-thread run would make them. At most kInFlightPerJob documents per thread are read but not
// yet stored, and no more once they hold kBytesInFlight: a file of hundreds of megabytes is
// not read while others as large are in memory. With --jobs 1 there are no worker threads:
// each document is extracted where it is read.
IngestSummary run_ingest(const IngestOptions& options) {
    if (options.inputs.empty()) {
        throw kg::Error("nothing to ingest: name files, folders, or - for stdin");
    }
    // Walked twice: once to count the inputs, for the progress bar and the summary, and once
    // to read them. A folder may change between the two: the count grows to what was read.
    std::size_t total = 0;
    for (InputWalk count(options.inputs, options.db_path); count.next();) {
        ++total;
    }
    std::vector<fs::path> lexicon_dirs(options.lexicon_dirs.begin(), options.lexicon_dirs.end());
    const extract::Extractor extractor(lexicon_dirs);
    storage::Database db(options.db_path, storage::Database::Mode::kReadWrite);
    InputWalk walk(options.inputs, options.db_path);  // once the database exists: see InputWalk

    const std::size_t jobs = options.jobs == 0 ? default_jobs() : options.jobs;
    constexpr std::size_t kInFlightPerJob = 4;
    const std::size_t max_in_flight = jobs * kInFlightPerJob;
    constexpr std::uint64_t kBytesInFlight = std::uint64_t{32} << 20;
    std::optional<ExtractionPool> pool;
    if (jobs > 1) {
        pool.emplace(extractor, options.default_date, jobs - 1);  // and this thread; see take()
    }

    IngestSummary summary;
    Progress progress(total, stderr_is_terminal());
    // What the walk passed by (links, devices), on a line of its own each.
    const auto print_walk_warnings = [&](const std::vector<std::string>& warnings) {
        if (!warnings.empty()) {
            progress.clear();
        }
        for (const auto& warning : warnings) {
            std::cerr << "kgraph: warning: " << warning << '\n';
        }
    };
    std::map<std::size_t, Outcome> settled;  // outcomes known without extraction
    std::uint64_t bytes_read = 0;
    std::size_t next_read = 0;
    // Inputs i to next_read - 1, read but not yet stored, with the bytes read of those handed
    // to extraction.
    struct Ahead {
        Input input;
        std::uint64_t bytes = 0;
    };
    std::deque<Ahead> ahead;
    std::uint64_t ahead_bytes = 0;
    bool walked = false;
    // Batches grow with the database unless --batch fixes their size (see documents_per_batch).
    std::int64_t stored = db.document_count();
    const auto batch_size = [&] {
        return options.batch_documents != 0
                   ? options.batch_documents
                   : storage::Database::documents_per_batch(
                         stored, options.smallest_batch != 0 ? options.smallest_batch
                                                            : storage::Database::kSmallestBatch);
    };
    std::size_t batch_documents = batch_size();
    std::size_t in_batch = 0;
    auto batch = std::make_unique<storage::Database::Batch>(db);

    // Reads input i; settles it at once when it is unreadable or already stored.
    const auto read_next = [&](const std::size_t i, Ahead& read) {
        const Input& input = read.input;
        std::string name = input.path == "-" ? options.stdin_name : input.path;
        if (!input.error.empty()) {
            settled[i].error = input.error;
            return;
        }
        try {
            std::string bytes = read_all(input);
            bytes_read += bytes.size();
            const std::string hash = extract::content_hash(bytes);
            // The same bytes twice in one run: when both are in flight at once, save() finds
            // the first stored and the second counts as skipped there.
            if (db.has_document(hash)) {
                settled[i].skipped = true;
                return;
            }
            read.bytes = bytes.size();
            ahead_bytes += read.bytes;
            if (pool) {
                pool->submit({i, std::move(name), std::move(bytes)});
            } else {
                settled[i] = extract_one(extractor, {i, std::move(name), std::move(bytes)},
                                         options.default_date);
            }
        } catch (const storage::Error&) {
            throw;  // the batch rolls back: nothing of it is stored
        } catch (const kg::Error& e) {
            settled[i].error = e.what();
        }
    };

    const InterruptGuard interrupt_guard;  // Ctrl-C stops after the document under way
    for (std::size_t i = 0;; ++i) {
        if (stop_requested()) {
            summary.interrupted = true;  // the commit after the loop keeps what was stored
            break;
        }
        while (!walked && next_read < i + max_in_flight &&
               (ahead.empty() || ahead_bytes < kBytesInFlight)) {
            if (std::optional<Input> input = walk.next()) {
                read_next(next_read++, ahead.emplace_back(Ahead{std::move(*input), 0}));
            } else {
                walked = true;
            }
        }
        if (ahead.empty()) {
            break;
        }
        Outcome outcome;
        if (auto node = settled.extract(i)) {
            outcome = std::move(node.mapped());
        } else {
            outcome = pool->take(i);
        }
        if (outcome.fatal) {
            std::rethrow_exception(outcome.fatal);
        }
        const Input input = std::move(ahead.front().input);
        ahead_bytes -= ahead.front().bytes;
        ahead.pop_front();
        const std::string& name = input.path == "-" ? options.stdin_name : input.path;
        print_walk_warnings(input.warnings);  // met on the walk's way to this input
        if (!outcome.warnings.empty() || !outcome.error.empty()) {
            progress.clear();
        }
        for (const auto& warning : outcome.warnings) {
            std::cerr << fmt::format("kgraph: warning: {}: {}\n", name, warning);
        }
        if (outcome.skipped) {
            ++summary.skipped;
        } else if (!outcome.error.empty()) {
            // One bad file does not stop the others, unless --strict: report it and go on.
            ++summary.failed;
            if (options.strict) {
                std::cerr << "kgraph: " << outcome.error << " (stopped here: --strict)\n";
                break;
            }
            std::cerr << "kgraph: " << outcome.error << " (skipped)\n";
        } else if (!db.save(*outcome.extracted, outcome.body)) {  // a storage::Error ends it
            ++summary.skipped;
        } else {
            ++summary.documents;
            summary.bytes += static_cast<std::int64_t>(outcome.extracted->meta.bytes);
            ++in_batch;
        }
        if (in_batch >= batch_documents) {
            batch->commit();
            ++summary.commits;
            stored += static_cast<std::int64_t>(in_batch);
            batch_documents = batch_size();
            batch = std::make_unique<storage::Database::Batch>(db);
            in_batch = 0;
        }
        progress.update(i + 1, bytes_read);
    }
    if (walked) {
        print_walk_warnings(walk.take_warnings());  // met after the last input
    }
    batch->commit();
    if (in_batch > 0) {
        ++summary.commits;
    }
    progress.update(progress.total(), bytes_read, true);  // full while --compact works

    // Indexes filled in random key order leave pages partly empty; rewriting the file takes
    // about a tenth off it, but holds the old pages and the new copy's at once (at 100 MB of
    // news, 45 MiB of memory became 83), so it is asked for, not done by default.
    if (options.compact && !summary.interrupted && summary.documents > 0) {
        db.compact();
    }
    // This run's rows, not the database's growth: another ingest may be writing to it too.
    summary.entities = db.written().entities;
    summary.facts = db.written().facts;
    summary.evidence = db.written().evidence;
    progress.clear();  // the summary takes its line
    if (summary.interrupted) {
        std::cerr << fmt::format(
            "kgraph: interrupted: stored {} of {} documents ({} already there, {} failed) in {}; "
            "run the same command again to go on\n",
            summary.documents, progress.total(), summary.skipped, summary.failed,
            options.db_path);
    } else if (!options.quiet) {
        std::cerr << fmt::format(
            "kgraph: ingested {} document{} ({}): {} new entities, {} new facts, {} evidence "
            "sentences; {} skipped (already in {}), {} failed\n",
            summary.documents, summary.documents == 1 ? "" : "s",
            human_bytes(static_cast<double>(summary.bytes)), summary.entities, summary.facts,
            summary.evidence, summary.skipped, options.db_path, summary.failed);
    }
    return summary;
}

}  // namespace kg::cli
