#pragma once

// What `kgraph ingest` reads, in order: the files named, and the regular files under the
// folders named, found one at a time as the walk goes.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg::cli {

struct Input {
    std::string path;   // "-" for stdin
    std::string error;  // why it cannot be read, found by the walk: a folder it cannot open
    // What the walk passed by on its way to this input ("a link to a folder ..."), one line
    // each: a folder's, with the first input the walk gives after listing it. Printed when the
    // input's turn comes, so that where they come among the messages does not depend on how
    // far ahead inputs are read.
    std::vector<std::string> warnings;
};

// Every file named, and every regular file under every folder named, one at a time, in a
// stable order: a folder's files in the order of their paths. Links to folders are not
// followed, so a symlink loop cannot trap the walk. Hidden files and folders (".git",
// ".DS_Store") are not articles: a walk passes them by, unless they are named, as it passes
// the database being written and its -wal and -shm files. A folder that cannot be opened or
// read to its end, or that is gone by the time the walk reaches it, is given with its error
// (and none of its files), to be reported as a file would be.
//
// Only the folders on the way down to the current file are listed in memory: a corpus of a
// million files is not held as a million paths (365,000 of them took 60 MiB).
class InputWalk {
public:
    // Throws kg::Error when an argument names nothing. `database`: the database's path, whose
    // files a walk passes by ("" for none); when it is a link, the files it links to as well,
    // if the database exists by the time the walk is made.
    InputWalk(std::vector<std::string> args, const std::string& database);

    // The next input; nullopt after the last.
    std::optional<Input> next();

    // Warnings met after the last input, once next() has given nullopt.
    std::vector<std::string> take_warnings();

private:
    struct Entry {
        // The name, and a '/' after it for a folder to list when the walk comes to it: a
        // folder's files have paths "name/...", so each folder's entries in the order of their
        // keys give all the paths in the order of the whole paths.
        std::string key;
        std::string error;  // why a folder cannot be opened
    };
    struct Folder {
        std::filesystem::path path;
        std::vector<Entry> entries;
        std::size_t next = 0;
    };

    // Lists `folder` and puts it on the way down; returns its error when it cannot be listed.
    std::optional<std::string> list(const std::filesystem::path& folder);
    bool is_database_file(const std::filesystem::directory_entry& entry) const;

    std::vector<std::string> args_;
    std::size_t next_arg_ = 0;
    std::vector<Folder> folders_;  // the folders on the way down, the deepest last
    std::vector<std::string> warnings_;
    // The database, -wal, -shm and -journal, by the path given and by the one it links to.
    std::vector<std::filesystem::path> database_files_;
};

}  // namespace kg::cli
