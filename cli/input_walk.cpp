#include "cli/input_walk.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "core/error.h"  // kg::Error

namespace kg::cli {

namespace fs = std::filesystem;

namespace {

std::string open_error(const fs::path& folder, const std::error_code& ec) {
    return fmt::format("{}: cannot open the folder: {}", folder.string(), ec.message());
}

// Why a folder cannot be listed, as the line that reports it; nullopt when it can be.
std::optional<std::string> cannot_open(const fs::path& folder) {
    std::error_code ec;
    fs::directory_iterator(folder, ec);
    if (!ec) {
        return std::nullopt;
    }
    return open_error(folder, ec);
}

}  // namespace

InputWalk::InputWalk(std::vector<std::string> args, const std::string& database)
    : args_(std::move(args)) {
    for (const auto& arg : args_) {
        std::error_code ec;
        if (arg != "-" && !fs::exists(fs::status(arg, ec))) {
            throw kg::Error(fmt::format("{}: no such file or folder", arg));
        }
    }
    if (!database.empty()) {
        // SQLite follows a link to the database and keeps its logs beside the file it names,
        // under that file's name.
        std::error_code ec;
        const fs::path target = fs::canonical(database, ec);
        const bool renamed = !ec && target.filename() != fs::path(database).filename();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            database_files_.emplace_back(database + suffix);
            if (renamed) {
                database_files_.emplace_back(target.string() + suffix);
            }
        }
    }
}

std::optional<Input> InputWalk::next() {
    while (true) {
        if (!folders_.empty()) {
            Folder& top = folders_.back();
            if (top.next == top.entries.size()) {
                folders_.pop_back();
                continue;
            }
            const std::size_t at = top.next++;
            std::string key = std::move(top.entries[at].key);
            std::string error = std::move(top.entries[at].error);
            const fs::path parent = top.path;  // `top` may move below
            if (!key.ends_with('/')) {
                return Input{(parent / key).string(), std::move(error), take_warnings()};
            }
            key.pop_back();
            const fs::path folder = parent / key;
            if (auto gone = list(folder)) {  // since its parent was listed
                return Input{folder.string(), std::move(*gone), take_warnings()};
            }
            continue;
        }
        if (next_arg_ == args_.size()) {
            return std::nullopt;
        }
        const std::string& arg = args_[next_arg_++];
        std::error_code ec;
        if (arg == "-" || !fs::is_directory(fs::status(arg, ec))) {
            return Input{arg, {}, take_warnings()};
        }
        if (auto error = list(arg)) {
            return Input{arg, std::move(*error), take_warnings()};
        }
    }
}

std::vector<std::string> InputWalk::take_warnings() { return std::exchange(warnings_, {}); }

std::optional<std::string> InputWalk::list(const fs::path& folder) {
    Folder listed{folder, {}, 0};
    std::error_code ec;
    auto it = fs::directory_iterator(folder, ec);
    if (ec) {
        return open_error(folder, ec);
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;
        std::string name = it->path().filename().string();
        if (name.starts_with('.')) {
            continue;
        }
        if (it->is_regular_file(entry_ec)) {  // a link to a file too
            if (!is_database_file(*it)) {
                listed.entries.push_back({std::move(name), {}});
            }
        } else if (it->is_symlink(entry_ec)) {
            warnings_.push_back(
                fmt::format("{}: a link to a folder, to itself or to nothing; not followed",
                            it->path().string()));
        } else if (it->is_directory(entry_ec)) {
            if (auto error = cannot_open(it->path())) {
                listed.entries.push_back({std::move(name), std::move(*error)});
            } else {
                listed.entries.push_back({std::move(name) + '/', {}});
            }
        } else {
            warnings_.push_back(
                fmt::format("{}: not a regular file (a pipe, socket or device); skipped",
                            it->path().string()));
        }
    }
    if (ec) {
        return fmt::format("{}: cannot read the folder: {}", folder.string(), ec.message());
    }
    std::sort(listed.entries.begin(), listed.entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
    folders_.push_back(std::move(listed));
    return std::nullopt;
}

// By name first, so that most files cost no call: a file of the database has one of its names,
// unless it is a link.
bool InputWalk::is_database_file(const fs::directory_entry& entry) const {
    std::error_code ec;
    const bool link = entry.is_symlink(ec);
    for (const fs::path& file : database_files_) {
        if ((link || entry.path().filename() == file.filename()) &&
            fs::equivalent(entry.path(), file, ec)) {
            return true;
        }
    }
    return false;
}

}  // namespace kg::cli
