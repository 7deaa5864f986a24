#include "cli/ingest.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "cli/output.h"
#include "extract/extract.h"
#include "storage/storage.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

struct Input {
    std::string path;  // "-" for stdin
    std::uint64_t size = 0;
};

// Every file named, and every regular file under every folder named, in a stable order. Links
// to folders are not followed, so a symlink loop cannot trap the walk.
std::vector<Input> collect_inputs(const std::vector<std::string>& args) {
    std::vector<Input> inputs;
    for (const auto& arg : args) {
        if (arg == "-") {
            inputs.push_back({arg, 0});
            continue;
        }
        std::error_code ec;
        const auto status = fs::status(arg, ec);
        if (ec || !fs::exists(status)) {
            throw kg::Error(fmt::format("{}: no such file or folder", arg));
        }
        if (fs::is_directory(status)) {
            std::vector<Input> found;
            for (auto it = fs::recursive_directory_iterator(
                     arg, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec)) {
                    found.push_back({it->path().string(), it->file_size(ec)});
                }
            }
            if (ec) {
                throw kg::Error(fmt::format("{}: cannot read the folder: {}", arg, ec.message()));
            }
            std::sort(found.begin(), found.end(),
                      [](const Input& a, const Input& b) { return a.path < b.path; });
            inputs.insert(inputs.end(), found.begin(), found.end());
        } else {
            inputs.push_back({arg, fs::file_size(arg, ec)});
        }
    }
    return inputs;
}

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
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        throw kg::Error(fmt::format("{}: cannot read the file", input.path));
    }
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
    ~Progress() {
        if (drawn_) {
            std::cerr << "\r\033[K" << std::flush;
        }
    }

    void update(const std::size_t done, const std::uint64_t bytes, const bool force = false) {
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

}  // namespace

IngestSummary run_ingest(const IngestOptions& options) {
    if (options.inputs.empty()) {
        throw kg::Error("nothing to ingest: name files, folders, or - for stdin");
    }
    const std::vector<Input> inputs = collect_inputs(options.inputs);
    std::vector<fs::path> lexicon_dirs(options.lexicon_dirs.begin(), options.lexicon_dirs.end());
    const extract::Extractor extractor(lexicon_dirs);
    storage::Database db(options.db_path, storage::Database::Mode::kReadWrite);
    const storage::Stats before = db.stats();

    IngestSummary summary;
    Progress progress(inputs.size(), stderr_is_terminal());
    std::set<std::string> seen_in_run;  // the same bytes twice in one run count once
    std::uint64_t bytes_read = 0;
    std::size_t in_batch = 0;
    auto batch = std::make_unique<storage::Database::Batch>(db);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Input& input = inputs[i];
        const std::string name = input.path == "-" ? options.stdin_name : input.path;
        try {
            std::string bytes = read_all(input);
            bytes_read += bytes.size();
            const std::string hash = extract::content_hash(bytes);
            if (!seen_in_run.insert(hash).second || db.has_document(hash)) {
                ++summary.skipped;
            } else {
                const extract::Document document = extract::read_document(name, std::move(bytes));
                for (const auto& warning : document.warnings) {
                    std::cerr << fmt::format("kgraph: warning: {}: {}\n", name, warning);
                }
                const ExtractedDocument extracted = extractor.extract(document);
                db.save(extracted);
                ++summary.documents;
                summary.bytes += static_cast<std::int64_t>(document.meta.bytes);
                ++in_batch;
            }
        } catch (const extract::Error& e) {
            // One bad file does not stop the others: report it and go on.
            std::cerr << "kgraph: " << e.what() << " (skipped)\n";
            ++summary.failed;
        } catch (const storage::Error&) {
            throw;  // the batch rolls back: nothing of it is stored
        } catch (const kg::Error& e) {
            std::cerr << "kgraph: " << e.what() << " (skipped)\n";
            ++summary.failed;
        }
        if (in_batch >= options.batch_documents) {
            batch->commit();
            batch = std::make_unique<storage::Database::Batch>(db);
            in_batch = 0;
        }
        progress.update(i + 1, bytes_read);
    }
    batch->commit();
    progress.update(inputs.size(), bytes_read, true);

    const storage::Stats after = db.stats();
    summary.entities = after.entities - before.entities;
    summary.facts = after.facts - before.facts;
    summary.evidence = after.evidence - before.evidence;
    if (!options.quiet) {
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
