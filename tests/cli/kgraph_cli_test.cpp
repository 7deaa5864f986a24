// End-to-end tests: they drive the real `kgraph` binary, as a user would.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "storage/storage.h"
#include "support/test_support.h"

namespace kg::test {
namespace {

class KgraphCli : public ::testing::Test {
protected:
    std::string db() const { return (dir_ / "kg.db").string(); }

    RunResult kgraph(std::vector<std::string> args, const std::string& input = "") const {
        args.push_back("--db");
        args.push_back(db());
        return run_kgraph(args, dir_.path(), input);
    }

    void ingest_sample() const {
        const auto r = kgraph({"ingest", (source_dir() / "data/sample").string()});
        ASSERT_EQ(r.status, 0) << r.err;
    }

    static std::size_t lines(const std::string& text) {
        return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    }

    TempDir dir_;
};

TEST_F(KgraphCli, IngestsTheSampleAndSummarizes) {
    const auto r = kgraph({"ingest", (source_dir() / "data/sample").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("ingested 5 documents"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("0 failed"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1U) << r.err;
}

// Extraction threads pack the bodies the writer stores: each reads back as the file's bytes.
TEST_F(KgraphCli, EachDocumentReadsBackAsItsBytesWhateverTheJobs) {
    const auto r = kgraph({"ingest", (source_dir() / "data/sample").string(), "--jobs", "3"});
    ASSERT_EQ(r.status, 0) << r.err;
    storage::Database database(db(), storage::Database::Mode::kReadOnly);
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "data/sample")) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        const std::string bytes = read_file(entry.path());
        EXPECT_EQ(database.document_text(extract::content_hash(bytes)), bytes) << entry.path();
        ++files;
    }
    EXPECT_EQ(files, 5);
}

TEST_F(KgraphCli, IngestingAgainAddsNothingAndSaysSo) {
    ingest_sample();
    const auto before = kgraph({"stats", "--format", "json"});
    const auto r = kgraph({"ingest", (source_dir() / "data/sample").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("ingested 0 documents"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("5 skipped (already in"), std::string::npos) << r.err;
    EXPECT_EQ(kgraph({"stats", "--format", "json"}).out, before.out);
}

TEST_F(KgraphCli, CompactRewritesTheDatabaseSmallerKeepingEveryFact) {
    // Enough documents for the evidence table to be filled out of order over many pages: the
    // sample articles again and again, each copy made distinct by a last line.
    std::vector<std::string> articles;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "data/sample")) {
        std::ifstream in(entry.path());
        articles.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ASSERT_EQ(articles.size(), 5U);
    for (std::size_t i = 0; i < 600; ++i) {
        dir_.write("corpus/" + std::to_string(i) + ".txt",
                   articles[i % articles.size()] + "\nCopy " + std::to_string(i) + ".\n");
    }
    const std::string corpus = (dir_ / "corpus").string();
    const std::string plain = (dir_ / "plain.db").string();
    ASSERT_EQ(run_kgraph({"ingest", corpus, "--db", plain}, dir_.path()).status, 0);
    const auto r = kgraph({"ingest", corpus, "--compact"});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string dump =
        "SELECT subject, relation, object, document, sentence, rule FROM evidence "
        "ORDER BY 1, 2, 3, 4, 5, 6";
    const auto compacted = kgraph({"sql", dump, "--format", "tsv"});
    ASSERT_EQ(compacted.status, 0) << compacted.err;
    EXPECT_GT(lines(compacted.out), 50U);
    EXPECT_EQ(compacted.out,
              run_kgraph({"sql", dump, "--format", "tsv", "--db", plain}, dir_.path()).out);
    EXPECT_NE(kgraph({"sql", "PRAGMA integrity_check"}).out.find("\nok"), std::string::npos);
    EXPECT_LT(std::filesystem::file_size(db()), std::filesystem::file_size(plain));
}

TEST_F(KgraphCli, StoresTheHeaderBlock) {
    ingest_sample();
    const auto r = kgraph({"sql", "--format", "tsv",
                           "SELECT title, published, source FROM documents ORDER BY path LIMIT 1"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\t2024-10-28\tkgraph sample desk"), std::string::npos) << r.out;
}

TEST_F(KgraphCli, ReadsStdinAndFoldersRecursively) {
    dir_.write("in/a/one.txt", "North Korean troops deployed to Russia.");
    dir_.write("in/b/c/two.txt", "Russia's war against Ukraine went on.");
    auto r = kgraph({"ingest", (dir_ / "in").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("ingested 2 documents"), std::string::npos) << r.err;
    r = kgraph({"ingest", "-", "--name", "pasted"}, "Iran supplied drones to Russia.");
    ASSERT_EQ(r.status, 0) << r.err;
    // --name is for stdin: with no - among the inputs it would be silently ignored.
    r = kgraph({"ingest", (dir_ / "in").string(), "--name", "pasted"});
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_NE(r.err.find("--name names the document read from stdin"), std::string::npos)
        << r.err;
    r = kgraph({"sql", "--format", "tsv", "SELECT document FROM evidence WHERE relation = 'supplies'"});
    EXPECT_EQ(r.out, "document\npasted\n");
}

TEST_F(KgraphCli, QueryFactsAndTheirEvidence) {
    ingest_sample();
    auto r = kgraph({"query", "? deploys-to Russia", "--format", "tsv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("North Korea\tcountry\tdeploys-to\tRussia"), std::string::npos) << r.out;
    // Forgiving names: lower case, alias, demonym.
    for (const std::string name : {"north korea", "DPRK", "North Korean"}) {
        r = kgraph({"query", name + " deploys-to ?", "--format", "tsv"});
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_NE(r.out.find("North Korea\tcountry\tdeploys-to\tRussia"), std::string::npos)
            << name << ": " << r.out;
    }
    r = kgraph({"facts", "--relation", "deploys-to", "--object", "Russia", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_FALSE(json.empty());
    EXPECT_EQ(json[0]["subject"], "North Korea");
    EXPECT_GE(json[0]["documents"].get<int>(), 1);
}

TEST_F(KgraphCli, ExplainShowsDocumentSentenceAndRule) {
    ingest_sample();
    auto r = kgraph({"explain", "North Korea", "deploys-to", "Russia", "--format", "table"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("supporting sentence"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("rule deploy."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("data/sample/"), std::string::npos) << r.out;
    r = kgraph({"explain", "North Korea", "deploys-to", "Russia", "--format", "json"});
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_FALSE(json.empty());
    EXPECT_FALSE(json[0]["sentence"].get<std::string>().empty());
    EXPECT_FALSE(json[0]["rule"].get<std::string>().empty());
}

TEST_F(KgraphCli, NeighborsAndPathRunOnTheGraph) {
    ingest_sample();
    auto r = kgraph({"neighbors", "North Korea", "--format", "tsv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("Russia\tcountry\t1\t"), std::string::npos) << r.out;
    r = kgraph({"path", "--undirected", "Kim Jong Un", "NATO", "--format", "tsv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
              "path\tstep\tfrom\trelation\tdirection\tto\tdocuments");
    EXPECT_NE(r.out.find("\tNATO\t"), std::string::npos) << r.out;
}

TEST_F(KgraphCli, ExportsDotThatGraphvizRenders) {
    ingest_sample();
    const auto r = kgraph({"export", "dot", "-o", (dir_ / "g.dot").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string dot = read_file(dir_ / "g.dot");
    EXPECT_NE(dot.find("deploys-to"), std::string::npos);
    if (run_shell("command -v dot").status == 0) {
        const auto svg = run_shell("dot -Tsvg '" + (dir_ / "g.dot").string() + "'");
        EXPECT_EQ(svg.status, 0) << svg.err;
        EXPECT_NE(svg.out.find("North Korea"), std::string::npos);
    }
    const auto focus = kgraph({"export", "dot", "--focus", "Kursk", "--depth", "1"});
    ASSERT_EQ(focus.status, 0) << focus.err;
    EXPECT_NE(focus.out.find("Kursk"), std::string::npos);
    EXPECT_LT(focus.out.size(), dot.size());
}

TEST_F(KgraphCli, SqlReadsAndRefusesToWrite) {
    ingest_sample();
    auto r = kgraph({"sql", "--format", "tsv", "SELECT COUNT(*) AS n FROM facts"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto facts_before = r.out;
    for (const std::string sql : {"DELETE FROM edges", "DROP TABLE edges",
                                  "ATTACH DATABASE 'x.db' AS x", "PRAGMA user_version = 5"}) {
        r = kgraph({"sql", sql});
        EXPECT_EQ(r.status, 1) << sql;
        EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
        EXPECT_EQ(lines(r.err), 1U);
    }
    EXPECT_EQ(kgraph({"sql", "--format", "tsv", "SELECT COUNT(*) AS n FROM facts"}).out,
              facts_before);
    // In JSON a number is a number, as every other command writes it, NULL is null and a blob
    // is an SQL literal; in TSV a number keeps every digit SQLite gives it.
    r = kgraph({"sql", "--format", "json",
                "SELECT COUNT(*) AS n, 0.1234567 AS r, NULL AS missing, x'00ff' AS b, "
                "'7' AS t FROM facts"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto row = nlohmann::json::parse(r.out).at(0);
    EXPECT_TRUE(row.at("n").is_number_integer()) << row;
    EXPECT_EQ(row.at("n").get<std::int64_t>(), std::stoll(facts_before.substr(2)));
    EXPECT_DOUBLE_EQ(row.at("r").get<double>(), 0.1234567);
    EXPECT_TRUE(row.at("missing").is_null()) << row;
    EXPECT_EQ(row.at("b"), "X'00FF'");
    EXPECT_EQ(row.at("t"), "7") << "text stays text, digits or not";
    r = kgraph({"sql", "--format", "tsv", "SELECT 0.1234567 AS r, x'00ff' AS b"});
    EXPECT_EQ(r.out, "r\tb\n0.1234567\tX'00FF'\n");
    // A real reads back as itself, though SQLite's text has 15 digits; JSON has no infinity.
    r = kgraph({"sql", "--format", "json", "SELECT 0.1 + 0.2 AS sum, 1e308 * 10 AS huge"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto reals = nlohmann::json::parse(r.out).at(0);
    EXPECT_EQ(reals.at("sum").get<double>(), 0.1 + 0.2);
    EXPECT_TRUE(reals.at("huge").is_null()) << reals;
    r = kgraph({"sql", "--format", "tsv", "SELECT 0.1 + 0.2 AS sum, 2.0 AS two"});
    EXPECT_EQ(r.out, "sum\ttwo\n0.30000000000000004\t2.0\n");
    // The public views work from the sqlite3 shell too.
    const auto shell = run_shell("sqlite3 '" + db() + "' 'SELECT COUNT(*) FROM facts'");
    EXPECT_EQ(shell.status, 0) << shell.err;
}

// A reading command leaves the folder as it found it: SQLite's -wal and -shm files, which a
// reader of a WAL database opens, go when it closes, and the database is not rewritten.
TEST_F(KgraphCli, ReadingCommandsLeaveNothingBesideTheDatabase) {
    ingest_sample();
    const auto folder = [&] {
        std::set<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
            names.insert(entry.path().filename().string());
        }
        return names;
    };
    ASSERT_EQ(folder(), std::set<std::string>{"kg.db"});
    const std::string before = read_file(db());
    const std::vector<std::vector<std::string>> commands{
        {"entities"}, {"relations"}, {"facts"}, {"stats"},
        {"query", "? deploys-to ?"}, {"neighbors", "North Korea"},
        {"path", "--undirected", "Kim Jong Un", "NATO"}, {"rank"}, {"components"},
        {"explain", "North Korea", "deploys-to", "Russia"}, {"export", "dot"},
        {"export", "json"}, {"sql", "SELECT COUNT(*) FROM evidence"}};
    for (const auto& command : commands) {
        const auto r = kgraph(command);
        EXPECT_EQ(r.status, 0) << command[0] << ": " << r.err;
        EXPECT_EQ(folder(), std::set<std::string>{"kg.db"}) << "after " << command[0];
    }
    EXPECT_TRUE(read_file(db()) == before) << "a reading command changed the database file";
}

// A writer that ended without its last checkpoint (killed, or the sqlite3 shell told not to)
// leaves pages in the log. A reading command copies them into a kgraph database as it ends, as
// a writer would, losing nothing; another program's database it refuses is left as it was,
// log and all.
// SQLite reads a WAL database only with its -shm file beside it: in a folder a reader may not
// write to, a reading command says so, where SQLite says "attempt to write a readonly database".
TEST_F(KgraphCli, ADatabaseInAFolderThatCannotBeWrittenIsExplained) {
    ingest_sample();
    const auto prefix = unprivileged_prefix();
    if (!prefix) {
        GTEST_SKIP() << "running as root without setpriv to run kgraph as another user";
    }
    namespace fs = std::filesystem;
    fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read |
                                     fs::perms::others_exec);
    fs::permissions(db(), fs::perms::owner_read | fs::perms::owner_write |
                              fs::perms::group_read | fs::perms::others_read);
    if (prefix->empty()) {  // not root: the folder must be closed to this user too
        fs::permissions(dir_.path(), fs::perms::owner_write, fs::perm_options::remove);
    }
    const auto run = [&](const std::string& args) {
        return run_shell("cd '" + dir_.path().string() + "' && " + *prefix + "'" +
                         std::string(KGRAPH_BINARY) + "' " + args);
    };
    const auto r = run("stats --db kg.db");
    const auto ingest = run("ingest --db kg.db '" + (source_dir() / "data/sample").string() + "'");
    if (prefix->empty()) {
        fs::permissions(dir_.path(), fs::perms::owner_write, fs::perm_options::add);
    }
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_NE(r.err.find("cannot read kg.db: its folder is not writable"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("kg.db-shm"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("attempt to write"), std::string::npos) << r.err;
    EXPECT_EQ(ingest.status, 1) << ingest.out;
    EXPECT_NE(ingest.err.find("cannot write kg.db: its folder is not writable"),
              std::string::npos)
        << ingest.err;
}

TEST_F(KgraphCli, AReaderFinishesAKgraphLogAndLeavesAnyOtherAlone) {
    ingest_sample();
    const std::string facts = kgraph({"facts", "--format", "tsv"}).out;
    const auto unfinished = [&](const std::string& file, const std::string& sql) {
        const auto r = run_shell("sqlite3 '" + file + "' '.dbconfig no_ckpt_on_close on' \"" +
                                 sql + "\" > /dev/null");
        ASSERT_EQ(r.status, 0) << r.err;
        ASSERT_GT(std::filesystem::file_size(file + "-wal"), 0U) << "the log holds pages";
    };
    unfinished(db(), "INSERT INTO rules (name) VALUES ('written-by-hand')");
    EXPECT_EQ(kgraph({"facts", "--format", "tsv"}).out, facts);
    EXPECT_FALSE(std::filesystem::exists(db() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(db() + "-shm"));
    EXPECT_EQ(run_shell("sqlite3 '" + db() + "' \"SELECT COUNT(*) FROM rules WHERE name = "
                        "'written-by-hand'\"").out,
              "1\n");

    for (const std::string setup :
         {"PRAGMA journal_mode = WAL; CREATE TABLE notes (x); INSERT INTO notes VALUES (1);",
          "PRAGMA journal_mode = WAL; PRAGMA user_version = 99; CREATE TABLE edges (x);"}) {
        const std::string other = (dir_ / "other.db").string();
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(other + suffix);
        }
        unfinished(other, setup);
        const std::string before = read_file(other);
        const auto r = run_kgraph({"stats", "--db", other});
        EXPECT_EQ(r.status, 1) << setup;
        EXPECT_NE(r.err.find("left untouched"), std::string::npos) << r.err;
        EXPECT_TRUE(read_file(other) == before) << setup << ": the file changed";
        EXPECT_GT(std::filesystem::file_size(other + "-wal"), 0U) << setup;
    }
}

// Output that cannot be written (here, to a full device) fails the command with one line,
// instead of exiting 0 with nothing written.
TEST_F(KgraphCli, OutputThatCannotBeWrittenIsAnError) {
    if (!std::filesystem::exists("/dev/full")) {
        GTEST_SKIP() << "no /dev/full";
    }
    ingest_sample();
    for (const std::string command : {"facts", "export dot", "entities --format json"}) {
        const auto r = run_shell("'" KGRAPH_BINARY "' " + command + " --db '" + db() +
                                 "' > /dev/full");
        EXPECT_EQ(r.status, 1) << command;
        EXPECT_NE(r.err.find("kgraph: cannot write the output"), std::string::npos)
            << command << ": " << r.err;
        EXPECT_EQ(lines(r.err), 1U) << r.err;
    }
}

TEST_F(KgraphCli, BadInputGetsOneLineNamingTheFile) {
    dir_.write("good/ok.txt", "Russia's war against Ukraine went on.");
    dir_.write("good/empty.txt", "");
    dir_.write("good/photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    dir_.write("good/latin1.txt", "Caf\xE9 talks between Russia and Iran.");
    auto r = kgraph({"ingest", (dir_ / "good").string()});
    EXPECT_EQ(r.status, 1);  // something failed
    EXPECT_NE(r.err.find("empty.txt: the file is empty"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("photo.txt: binary data"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("latin1.txt: invalid UTF-8 at byte offset 3"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("ingested 1 document"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("3 failed"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 4U) << r.err;

    r = kgraph({"ingest", (dir_ / "missing.txt").string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("missing.txt: no such file or folder"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1U) << r.err;
}

TEST_F(KgraphCli, UnknownNamesGetADidYouMean) {
    ingest_sample();
    auto r = kgraph({"query", "Nroth Korea deploys-to ?"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("no entity named 'Nroth Korea'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("did you mean North Korea"), std::string::npos) << r.err;
    r = kgraph({"path", "Atlantis", "NATO"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("no entity named 'Atlantis'"), std::string::npos) << r.err;
    r = kgraph({"explain", "North Korea", "deploys-to", "Rusia"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("did you mean Russia"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1U);
}

TEST_F(KgraphCli, MalformedPatternsAreUsageErrors) {
    ingest_sample();
    auto r = kgraph({"query", "Russia"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("malformed pattern"), std::string::npos) << r.err;
    r = kgraph({"query", "? deploy-to Russia"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("did you mean deploys-to"), std::string::npos) << r.err;
    r = kgraph({"query", "\"North Korea deploys-to ?"});
    EXPECT_EQ(r.status, 2);
    r = kgraph({"frobnicate"});
    EXPECT_EQ(r.status, 2);
}

TEST_F(KgraphCli, ReadCommandsNeedADatabase) {
    const auto r = kgraph({"facts"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("no database at"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(db()));
}

TEST_F(KgraphCli, RefusesAFileThatIsNotADatabase) {
    dir_.write("kg.db", "just text\n");
    const auto r = kgraph({"ingest", (source_dir() / "data/sample").string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("not a kgraph database"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(db()), "just text\n");
}

TEST_F(KgraphCli, CountsAndTheDatabasePathAreCheckedBeforeAnythingRuns) {
    const std::string sample = (source_dir() / "data/sample").string();
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"ingest", "--jobs", "0", sample}, "--jobs: must be at least 1, not 0"},
        {{"ingest", "-j", "2000", sample}, "--jobs: must be at most 1024, not 2000"},
        {{"ingest", "-j", "99999999999999999999", sample}, "is too large"},
        {{"ingest", "--batch", "0", sample}, "--batch: must be at least 1, not 0"},
        {{"ingest", "--batch", "many", sample}, "--batch: 'many' is not a whole number"},
        {{"rank", "--top", "-1"}, "--top: must be at least 0, not -1"},
        {{"query", "? supplies ?", "--limit", "-1"}, "--limit: must be at least 0, not -1"},
        {{"facts", "--limit", "-1"}, "--limit: must be at least 0, not -1"},
        {{"export", "dot", "--top", "0"}, "--top: must be at least 1, not 0"},
        {{"export", "dot", "--focus", "Russia", "--depth", "0"}, "--depth: must be at least 1"},
        {{"neighbors", "Russia", "--depth", "99999999999"}, "--depth: must be at most"},
        {{"path", "Iran", "Russia", "--max-hops", "-2"}, "--max-hops: must be at least 0"},
        {{"rank", "--min-documents", "0"}, "--min-documents: must be at least 1, not 0"},
        {{"rank", "--min-documents", "99999999999999999999"}, "--min-documents: 9999"},
    };
    for (const auto& [args, message] : cases) {
        const auto r = kgraph(args);
        EXPECT_EQ(r.status, 2) << args.front() << ": " << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find("179769"), std::string::npos) << r.err;
    }
    EXPECT_FALSE(std::filesystem::exists(db()));
    // A leading 0 is a decimal digit, not octal: --top 010 is ten.
    ingest_sample();
    const auto ten = kgraph({"rank", "--top", "010", "--format", "tsv"});
    ASSERT_EQ(ten.status, 0) << ten.err;
    EXPECT_EQ(lines(ten.out), 11U) << ten.out;

    // SQLite takes "" and ":memory:" for databases that vanish at exit: an ingest into one
    // would say it stored what it did not.
    for (const std::string path : {"", ":memory:"}) {
        const auto r = run_kgraph({"ingest", "--db", path, sample}, dir_.path());
        EXPECT_EQ(r.status, 2) << r.err;
        EXPECT_NE(r.err.find("--db: "), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find("ingested"), std::string::npos) << r.err;
    }
    // Nor is a URI one: it is a file's name, as any other path.
    const auto uri = run_kgraph({"ingest", "--db", "file:kept.db?mode=memory", sample}, dir_.path());
    EXPECT_EQ(uri.status, 0) << uri.err;
    EXPECT_TRUE(std::filesystem::exists(dir_ / "file:kept.db?mode=memory"));
    const auto env = run_shell("cd '" + dir_.path().string() + "' && KGRAPH_DB=:memory: '" +
                               std::string(KGRAPH_BINARY) + "' ingest '" + sample + "'");
    EXPECT_EQ(env.status, 2) << env.err;
    EXPECT_NE(env.err.find(":memory: is a database that is gone when kgraph exits"),
              std::string::npos)
        << env.err;
}

// On a terminal the progress bar shares stderr with the messages: each message and the summary
// start a line of their own, the bar erased first (\r, then ESC [K), never written after it.
TEST_F(KgraphCli, MessagesOnATerminalAreNotWrittenAfterTheProgressBar) {
    if (run_shell("command -v script").status != 0) {
        GTEST_SKIP() << "no script(1) to give kgraph a terminal";
    }
    for (int i = 0; i < 3; ++i) {
        dir_.write("in/" + std::to_string(i) + "-good.txt",
                   "Iran supplied drones to Russia on day " + std::to_string(i) + ".\n");
    }
    dir_.write("in/1-bad.txt", "Caf\xE9\n");
    const auto r = run_shell("cd '" + dir_.path().string() + "' && script -qec \"'" +
                             std::string(KGRAPH_BINARY) + "' ingest --jobs 1 --db '" + db() +
                             "' in\" /dev/null");
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    const std::string& shown = r.out;  // the terminal's bytes: stdout and stderr together
    ASSERT_NE(shown.find("documents, "), std::string::npos) << "no progress bar: " << shown;
    const std::size_t error = shown.rfind("kgraph: ", shown.find("in/1-bad.txt: invalid UTF-8"));
    const std::size_t summary = shown.find("kgraph: ingested 3 documents");
    ASSERT_NE(error, std::string::npos) << shown;
    ASSERT_NE(summary, std::string::npos) << shown;
    for (const std::size_t at : {error, summary}) {
        const std::string before = shown.substr(at >= 3 ? at - 3 : 0, std::min<std::size_t>(at, 3));
        EXPECT_TRUE(at == 0 || before.back() == '\n' || before == "\033[K")
            << "written after the bar: " << shown.substr(at >= 40 ? at - 40 : 0, 80);
    }
}

TEST_F(KgraphCli, UsesKgraphDbFromTheEnvironment) {
    const auto r = run_shell("cd '" + dir_.path().string() + "' && KGRAPH_DB=env.db '" +
                             std::string(KGRAPH_BINARY) + "' ingest '" +
                             (source_dir() / "data/sample").string() + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(dir_ / "env.db"));
}

TEST_F(KgraphCli, EveryCommandHasHelp) {
    for (const std::string command : {"ingest", "entities", "relations", "facts", "query",
                                      "neighbors", "path", "explain", "export", "sql", "stats"}) {
        const auto r = run_kgraph({command, "--help"});
        EXPECT_EQ(r.status, 0) << command;
        EXPECT_NE(r.out.find("--db"), std::string::npos) << command << ": " << r.out;
    }
    const auto r = run_kgraph({"--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Examples:"), std::string::npos);
}

TEST_F(KgraphCli, AUserLexiconAddsAFact) {
    dir_.write("lex/entities/extra.tsv", "Ruritania\tcountry\t\tRuritanian\tStrelsau\n");
    dir_.write("lex/rules.tsv", "criticize.grumble\tcriticizes\tS &AUX* grumble+ at the? O\n");
    dir_.write("doc.txt", "Strelsau grumbled at Russia over the border.");
    const auto r = kgraph({"ingest", "--lexicon", (dir_ / "lex").string(),
                           (dir_ / "doc.txt").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto q = kgraph({"query", "Ruritania criticizes Russia", "--format", "tsv"});
    EXPECT_NE(q.out.find("Ruritania\tcountry\tcriticizes\tRussia"), std::string::npos) << q.out;
    const auto e = kgraph({"explain", "Ruritanian", "criticizes", "Russia", "--format", "tsv"});
    EXPECT_NE(e.out.find("criticize.grumble"), std::string::npos) << e.out;
}

}  // namespace
}  // namespace kg::test
