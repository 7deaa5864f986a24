#include "robustness/robustness_support.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include "storage/storage.h"

extern char** environ;

namespace kg::test {
namespace {

ExitStatus decode(const int raw) {
    ExitStatus status;
    if (WIFSIGNALED(raw)) {
        status.signaled = true;
        status.signal = WTERMSIG(raw);
    } else {
        status.code = WEXITSTATUS(raw);
    }
    return status;
}

// Rows of a read-only query, each row's cells joined with TABs.
std::vector<std::string> rows_of(storage::Database& db, const std::string& sql) {
    std::vector<std::string> rows;
    for (const auto& row : db.query(sql).rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += (c > 0 ? "\t" : "") + row[c].value_or("NULL");
        }
        rows.push_back(std::move(line));
    }
    return rows;
}

}  // namespace

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv_in,
                                     const std::string& input) {
    const std::string out = (dir_ / "stdout").string();
    const std::string err = (dir_ / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> strings = argv_in;
    std::vector<char*> argv;
    for (auto& arg : strings) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> env;
    for (char** e = environ; *e != nullptr; ++e) {
        if (std::string_view(*e).substr(0, 10) != "KGRAPH_DB=") {
            env.push_back(*e);
        }
    }
    env.push_back(nullptr);
    // A process group of its own, so that a signal reaches whatever it starts too.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int rc = posix_spawnp(&pid_, argv[0], &actions, &attributes, argv.data(), env.data());
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error(fmt::format("cannot start {}: error {}", argv_in.at(0), rc));
    }
}

std::unique_ptr<BackgroundProcess> BackgroundProcess::kgraph(
    const std::vector<std::string>& args) {
    std::vector<std::string> argv{KGRAPH_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return std::make_unique<BackgroundProcess>(argv);
}

BackgroundProcess::~BackgroundProcess() {
    if (!status_) {
        kill(-pid_, SIGKILL);
        int raw = 0;
        waitpid(pid_, &raw, 0);
    }
}

void BackgroundProcess::send(const int signal) const {
    if (!status_) {
        kill(-pid_, signal);
    }
}

ExitStatus BackgroundProcess::wait() {
    if (!status_) {
        int raw = 0;
        while (waitpid(pid_, &raw, 0) < 0 && errno == EINTR) {
        }
        status_ = decode(raw);
    }
    return *status_;
}

std::optional<ExitStatus> BackgroundProcess::poll() {
    if (!status_) {
        int raw = 0;
        if (waitpid(pid_, &raw, WNOHANG) == pid_) {
            status_ = decode(raw);
        }
    }
    return status_;
}

std::string BackgroundProcess::out() const { return read_file(dir_ / "stdout"); }

std::string BackgroundProcess::err() const { return read_file(dir_ / "stderr"); }

void write_corpus(const std::filesystem::path& dir, const int count) {
    // Each sentence was checked to give one fact with the built-in lexicon and rules.
    static const std::array<const char*, 10> kSentences{
        "{0} has sent troops to {1}.",
        "{0} supplied drones to {1}.",
        "The alliance between {0} and {1} deepened this year.",
        "{0} sanctioned {1} over the attacks.",
        "{0} criticized {1} for the strikes.",
        "{0} urged {1} to show restraint.",
        "{0} met with {1} in Geneva.",
        "{0} fought {1} near the border.",
        "{0} threatened {1} with retaliation.",
        "{0} supports {1}.",
    };
    static const std::array<const char*, 16> kCountries{
        "Russia", "Iran",  "China",  "India",  "France", "Germany", "Japan",  "Turkey",
        "Israel", "Egypt", "Brazil", "Canada", "Poland", "Norway",  "Mexico", "Kenya",
    };
    std::filesystem::create_directories(dir);
    for (int i = 0; i < count; ++i) {
        // A small linear congruential generator, seeded by the document's number.
        std::uint32_t state = static_cast<std::uint32_t>(i) * 2654435761U + 1;
        const auto next = [&](const std::uint32_t n) {
            state = state * 1664525U + 1013904223U;
            return (state >> 8) % n;
        };
        std::string text = fmt::format("Dispatch number {}\nDate: 2024-{:02}-{:02}\n\n", i,
                                       i % 12 + 1, i % 28 + 1);
        const std::uint32_t sentences = 2 + next(4);
        for (std::uint32_t k = 0; k < sentences; ++k) {
            const std::uint32_t a = next(kCountries.size());
            const std::uint32_t b = (a + 1 + next(kCountries.size() - 1)) % kCountries.size();
            text += fmt::format(fmt::runtime(kSentences[next(kSentences.size())]),
                                kCountries[a], kCountries[b]);
            text += k % 2 == 0 ? " " : "\n";
        }
        text += fmt::format("Reporters filed dispatch {} from the region.\n", i);
        std::ofstream(dir / fmt::format("doc-{:04}.txt", i), std::ios::binary) << text;
    }
}

std::map<std::string, StoredDocument> stored_documents(const std::string& db) {
    storage::Database database(db, storage::Database::Mode::kReadOnly);
    std::map<std::string, StoredDocument> documents;
    for (const auto& path : rows_of(database, "SELECT path FROM documents")) {
        EXPECT_TRUE(documents.emplace(path, StoredDocument{}).second)
            << "two documents with the path " << path;
    }
    const auto split_path = [](const std::string& row) {
        const auto tab = row.find('\t');
        return std::pair{row.substr(0, tab), row.substr(tab + 1)};
    };
    for (const auto& row : rows_of(database, "SELECT document, subject, relation, object, "
                                             "sentence, rule FROM evidence")) {
        const auto [path, rest] = split_path(row);
        documents[path].evidence.push_back(rest);
    }
    for (const auto& row : rows_of(database,
                                   "SELECT d.path, e.name, e.type, m.count FROM mentions m "
                                   "JOIN documents d ON d.id = m.document_id "
                                   "JOIN entities e ON e.id = m.entity_id")) {
        const auto [path, rest] = split_path(row);
        documents[path].mentions.push_back(rest);
    }
    for (auto& [path, document] : documents) {
        std::sort(document.evidence.begin(), document.evidence.end());
        std::sort(document.mentions.begin(), document.mentions.end());
    }
    return documents;
}

std::string database_problems(const std::string& db) {
    storage::Database database(db, storage::Database::Mode::kReadOnly);
    std::string problems;
    const auto integrity = rows_of(database, "PRAGMA integrity_check");
    if (integrity != std::vector<std::string>{"ok"}) {
        problems += "integrity_check: " + fmt::format("{}", fmt::join(integrity, "; ")) + "\n";
    }
    if (const auto keys = rows_of(database, "PRAGMA foreign_key_check"); !keys.empty()) {
        problems += fmt::format("foreign_key_check: {} rows\n", keys.size());
    }
    const auto count = [&](const std::string& sql) {
        return std::stoll(rows_of(database, sql).at(0));
    };
    if (const auto n = count("SELECT COUNT(*) FROM edges WHERE id NOT IN "
                             "(SELECT edge_id FROM support)");
        n != 0) {
        problems += fmt::format("{} facts without evidence\n", n);
    }
    if (const auto n = count("SELECT COUNT(*) FROM sentences WHERE (document_id, position) NOT IN "
                             "(SELECT document_id, position FROM support)");
        n != 0) {
        problems += fmt::format("{} sentences supporting nothing\n", n);
    }
    if (const auto n = count("SELECT COUNT(*) FROM entities e LEFT JOIN "
                             "(SELECT entity_id, COUNT(*) AS n FROM mentions GROUP BY entity_id) "
                             "AS m ON m.entity_id = e.id WHERE e.documents <> COALESCE(m.n, 0)");
        n != 0) {
        problems += fmt::format("{} entities whose count of documents is not their mentions\n", n);
    }
    if (const auto n = count("SELECT COUNT(*) FROM (SELECT content_hash FROM documents "
                             "GROUP BY content_hash HAVING COUNT(*) > 1)");
        n != 0) {
        problems += fmt::format("{} documents stored twice\n", n);
    }
    return problems;
}

nlohmann::json kgraph_json(const std::string& db, std::vector<std::string> args) {
    args.insert(args.end(), {"--db", db, "--format", "json"});
    const RunResult r = run_kgraph(args);
    EXPECT_EQ(r.status, 0) << fmt::format("{}", fmt::join(args, " ")) << ": " << r.err;
    if (r.status != 0) {
        return nullptr;
    }
    try {
        return nlohmann::json::parse(r.out);
    } catch (const nlohmann::json::exception& e) {
        ADD_FAILURE() << "not JSON (" << e.what() << "): " << r.out;
        return nullptr;
    }
}

std::size_t line_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

int open_fifo_for_writing(const std::filesystem::path& fifo) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (true) {
        // Close-on-exec: a kgraph started later must not hold the write end, or the reader never
        // sees the end of the input.
        const int fd = open(fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);  // ENXIO: no reader
        if (fd >= 0) {
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);  // writes wait as usual
            return fd;
        }
        if (errno != ENXIO || std::chrono::steady_clock::now() > deadline) {
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace kg::test
