#pragma once

// Helpers for the robustness tests: `kgraph` run in the background so a test can signal it or
// work beside it, a generated corpus of small news documents, and what a database holds per
// document, to compare a database against a clean ingest of the same files.

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace kg::test {

// How a process ended.
struct ExitStatus {
    bool signaled = false;  // killed by a signal, rather than exiting
    int code = -1;          // the exit status, when it exited
    int signal = 0;         // the signal, when it was killed
};

// A program running in the background, in a process group of its own, with $KGRAPH_DB unset,
// stdin from /dev/null (unless `input` names a file), and stdout and stderr going to files.
// Signals go to its whole group. The destructor kills (SIGKILL) and reaps it if it is still
// running, so a failing test leaves nothing behind.
class BackgroundProcess {
public:
    // argv[0] is the program's path.
    explicit BackgroundProcess(const std::vector<std::string>& argv,
                               const std::string& input = "/dev/null");
    ~BackgroundProcess();
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;

    // The kgraph binary built with the tests, with `args`.
    static std::unique_ptr<BackgroundProcess> kgraph(const std::vector<std::string>& args);

    void send(int signal) const;
    // Waits for the end.
    ExitStatus wait();
    // The status if it has ended, without waiting.
    std::optional<ExitStatus> poll();
    std::string out() const;
    std::string err() const;

private:
    TempDir dir_;
    pid_t pid_ = -1;
    std::optional<ExitStatus> status_;
};

// Writes `count` small documents, doc-0000.txt ..., into `dir`: each a title, a date and a few
// sentences, made from sentences written for this test that the built-in rules read as facts.
// Document i has the same bytes on every call, and no two documents have the same bytes.
void write_corpus(const std::filesystem::path& dir, int count);

// What one stored document amounts to, each part as sorted lines.
struct StoredDocument {
    std::vector<std::string> evidence;  // subject, relation, object, sentence, rule
    std::vector<std::string> mentions;  // entity, type, count
    friend bool operator==(const StoredDocument&, const StoredDocument&) = default;
};

// Every document of the database at `db` by path, read through kgraph's storage library on a
// read-only connection. Adds a failure for two documents with the same path.
std::map<std::string, StoredDocument> stored_documents(const std::string& db);

// What is wrong with the database at `db`, in words; empty when nothing is. Checks
// PRAGMA integrity_check and foreign_key_check, that no fact or sentence is left without
// evidence (which would be half a document), and that each entity's count of documents is its
// rows in mentions.
std::string database_problems(const std::string& db);

// Runs `kgraph ARGS --db DB --format json` and parses what it prints; adds a failure (and
// returns null) when it fails or prints something that is not JSON.
nlohmann::json kgraph_json(const std::string& db, std::vector<std::string> args);

// The number of lines in `text`.
std::size_t line_count(const std::string& text);

// Opens a FIFO for writing once kgraph has opened it to read, as open(O_WRONLY) does, but
// gives up after ten seconds (-1) where open() would hang the test if kgraph never opened it.
int open_fifo_for_writing(const std::filesystem::path& fifo);

}  // namespace kg::test
