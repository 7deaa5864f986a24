// The walk `kgraph ingest` reads its inputs by: order, what it passes by, and folders that
// change while it goes.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "cli/input_walk.h"
#include "core/error.h"
#include "support/test_support.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::vector<std::string> paths(InputWalk& walk) {
    std::vector<std::string> out;
    while (const auto input = walk.next()) {
        out.push_back(input->path + (input->error.empty() ? "" : " (error)"));
    }
    return out;
}

TEST(InputWalk, GivesFilesInTheOrderOfTheirWholePaths) {
    TempDir dir;
    for (const char* name : {"in/a.txt", "in/a/1.txt", "in/a-b/x.txt", "in/a0.txt", "in/B.txt"}) {
        dir.write(name, "text");
    }
    const std::string in = (dir / "in").string();
    InputWalk walk({in, "-"}, "");
    EXPECT_EQ(paths(walk), (std::vector<std::string>{in + "/B.txt", in + "/a-b/x.txt",
                                                     in + "/a.txt", in + "/a/1.txt",
                                                     in + "/a0.txt", "-"}));
}

TEST(InputWalk, RefusesAnArgumentThatNamesNothing) {
    TempDir dir;
    EXPECT_THROW(InputWalk({(dir / "missing").string()}, ""), kg::Error);
}

// The database being written lives beside the articles when one runs `kgraph ingest .`.
TEST(InputWalk, PassesByTheDatabaseAndItsLogs) {
    TempDir dir;
    for (const char* name : {"kg.db", "kg.db-wal", "kg.db-shm", "kg.db-journal", "x.txt",
                             "sub/kg.db"}) {
        dir.write(name, "text");
    }
    InputWalk walk({dir.path().string()}, (dir / "kg.db").string());
    const std::string root = dir.path().string();
    EXPECT_EQ(paths(walk), (std::vector<std::string>{root + "/sub/kg.db", root + "/x.txt"}));
    // Named as it was, or by another path to the same file.
    struct InFolder {
        explicit InFolder(const fs::path& folder) { fs::current_path(folder); }
        ~InFolder() { fs::current_path(here); }
        const fs::path here = fs::current_path();
    };
    {
        const InFolder in(dir.path());
        InputWalk relative({"."}, "kg.db");
        EXPECT_EQ(paths(relative), (std::vector<std::string>{"./sub/kg.db", "./x.txt"}));
    }
}

// A database named through a link is the file it links to, whose logs SQLite keeps beside it
// under its own name; and a link to the database inside a folder walked is the database.
TEST(InputWalk, PassesByADatabaseNamedThroughALinkAndLinksToIt) {
    TempDir dir;
    for (const char* name : {"data/real.db", "data/real.db-wal", "data/real.db-shm", "news/a.txt"}) {
        dir.write(name, "text");
    }
    fs::create_symlink(dir / "data/real.db", dir / "link.db");
    fs::create_symlink(dir / "link.db", dir / "news/alias.db");
    InputWalk walk({(dir / "data").string(), (dir / "news").string()}, (dir / "link.db").string());
    EXPECT_EQ(paths(walk), (std::vector<std::string>{(dir / "news/a.txt").string()}));
}

// A folder gone between its parent's listing and its own is an input with its error, and the
// walk goes on with the rest.
TEST(InputWalk, AFolderGoneBeforeItsTurnIsReportedAndTheWalkGoesOn) {
    TempDir dir;
    dir.write("in/a/1.txt", "text");
    dir.write("in/b/2.txt", "text");
    dir.write("in/c.txt", "text");
    const std::string in = (dir / "in").string();
    InputWalk walk({in}, "");
    const auto first = walk.next();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->path, in + "/a/1.txt");
    fs::remove_all(dir / "in/b");
    const auto gone = walk.next();
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->path, in + "/b");
    EXPECT_NE(gone->error.find(in + "/b: cannot open the folder"), std::string::npos)
        << gone->error;
    const auto last = walk.next();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->path, in + "/c.txt");
    EXPECT_FALSE(walk.next());
}

// What the walk passes by is told with the input it was on its way to, or after the last.
TEST(InputWalk, WarningsComeWithTheNextInput) {
    TempDir dir;
    dir.write("in/a/1.txt", "text");
    dir.write("in/b/2.txt", "text");
    for (const char* fifo : {"in/b/0.fifo", "in/c.fifo", "in/z/9.fifo"}) {
        fs::create_directories((dir / fifo).parent_path());
        ASSERT_EQ(mkfifo((dir / fifo).c_str(), 0600), 0);
    }
    const std::string in = (dir / "in").string();
    const auto skipped = [&](const std::string& name) {
        return std::vector<std::string>{
            in + "/" + name + ": not a regular file (a pipe, socket or device); skipped"};
    };
    InputWalk walk({in}, "");
    const auto first = walk.next();  // "in" listed on the way: c.fifo
    ASSERT_TRUE(first);
    EXPECT_EQ(first->path, in + "/a/1.txt");
    EXPECT_EQ(first->warnings, skipped("c.fifo"));
    const auto second = walk.next();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->path, in + "/b/2.txt");
    EXPECT_EQ(second->warnings, skipped("b/0.fifo"));
    EXPECT_FALSE(walk.next());  // z listed, and nothing in it to read
    EXPECT_EQ(walk.take_warnings(), skipped("z/9.fifo"));
}

}  // namespace
}  // namespace kg::cli
