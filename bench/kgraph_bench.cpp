// kgraph_bench: timings of kgraph's stages that the command line cannot isolate. Each command
// prints one line of JSON for bench/run.sh to collect.
//
//   kgraph_bench extract CORPUS_DIR [--threads N]
//       Reads every .txt under CORPUS_DIR into memory first (not timed), then times checking and
//       extracting them all (extract::read_document + Extractor::extract) on N threads (default
//       1): extraction-only MB/s, with no database.
//   kgraph_bench store CORPUS_DIR --db NEW_DB
//       Extracts every document first (not timed), then times storing them all, 2,048 documents
//       a transaction, bodies compressed on the way: what the writer thread of `kgraph ingest`
//       can take.
//   kgraph_bench graph DB [--pairs N] [--seed S] [--dot FILE]
//       Times loading the whole graph into Boost.Graph (Database::load_graph) and the memory it
//       takes (heap in use before and after), then 1-hop neighbours of N random entities and
//       shortest paths between N random pairs (median and p99), and with --dot, write_dot of
//       the whole graph to FILE.
//   kgraph_bench sql-hop DB [--pairs N] [--seed S]
//       1-hop neighbours of N random entities through SQL on an open connection, by name, both
//       directions, as a user's script would ask; median and p99, and the query plan.
//   kgraph_bench facts-of DB [--pairs N] [--seed S]
//       The facts of N random entities through kgraph's own reads (Database::facts, as
//       `kgraph facts --subject` then `--object` runs them, counts of documents and mentions
//       included) and the evidence of each entity's first fact (as `kgraph explain`): median
//       and p99 of each.

#ifdef KGRAPH_BENCH_JEMALLOC
#include <jemalloc/jemalloc.h>
#else
#include <malloc.h>
#endif
#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "extract/extract.h"
#include "graph/graph.h"
#include "storage/storage.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(const Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Median and 99th percentile, in milliseconds.
std::string latency_json(std::vector<double> ms) {
    if (ms.empty()) {
        return R"({"n": 0})";
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](const double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
    };
    return fmt::format(R"({{"n": {}, "median_ms": {:.4f}, "p99_ms": {:.4f}}})", ms.size(), at(0.5),
                       at(0.99));
}

// CPU time of the whole process (all threads), user and system: unlike wall time, it does not
// grow when other programs share the machine.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Bytes in use on the heap, from the allocator the build links: jemalloc's count of what is
// allocated (as the kgraph command has it), or glibc's arena and mmapped blocks.
std::size_t heap_in_use() {
#ifdef KGRAPH_BENCH_JEMALLOC
    std::uint64_t epoch = 1;
    std::size_t size = sizeof(epoch);
    mallctl("epoch", &epoch, &size, &epoch, size);  // brings the statistics up to date
    std::size_t allocated = 0;
    size = sizeof(allocated);
    if (mallctl("stats.allocated", &allocated, &size, nullptr, 0) != 0) {
        throw std::runtime_error("jemalloc keeps no statistics (stats.allocated)");
    }
    return allocated;
#else
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#endif
}

std::size_t rss_bytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmRSS:")) {
            return std::stoull(line.substr(6)) * 1024;
        }
    }
    return 0;
}

struct Args {
    std::string command;
    std::string path;
    std::size_t threads = 1;
    std::size_t pairs = 1000;
    std::uint64_t seed = 1;
    std::string dot;  // graph: where write_dot writes; empty: not timed
    std::string out;  // store: the database to write
};

Args parse(int argc, char** argv) {
    if (argc < 3) {
        throw std::runtime_error(
            "usage: kgraph_bench extract DIR [--threads N] | store DIR --db NEW_DB | graph DB "
            "[--pairs N] [--seed S] [--dot FILE] | sql-hop DB [--pairs N] [--seed S] | facts-of DB "
            "[--pairs N] [--seed S]");
    }
    Args args;
    args.command = argv[1];
    args.path = argv[2];
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            throw std::runtime_error(arg + " needs a value");
        }
        const std::string value = argv[++i];
        if (arg == "--threads") {
            args.threads = std::max<std::size_t>(1, std::stoul(value));
        } else if (arg == "--pairs") {
            args.pairs = std::stoul(value);
        } else if (arg == "--seed") {
            args.seed = std::stoull(value);
        } else if (arg == "--dot") {
            args.dot = value;
        } else if (arg == "--db") {
            args.out = value;
        } else {
            throw std::runtime_error("unknown option " + arg);
        }
    }
    return args;
}

int bench_extract(const Args& args) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(args.path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt") {
            paths.push_back(entry.path());
        }
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::pair<std::string, std::string>> texts;
    std::size_t bytes = 0;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream contents;
        contents << in.rdbuf();
        bytes += contents.str().size();
        texts.emplace_back(path.string(), contents.str());
    }
    const kg::extract::Extractor extractor;

    const auto start = Clock::now();
    const double cpu_start = cpu_seconds();
    std::vector<std::size_t> facts(args.threads, 0);
    std::vector<std::thread> workers;
    for (std::size_t t = 0; t < args.threads; ++t) {
        workers.emplace_back([&, t] {
            for (std::size_t i = t; i < texts.size(); i += args.threads) {
                const auto document = kg::extract::read_document(texts[i].first, texts[i].second);
                facts[t] += extractor.extract(document).facts.size();
            }
        });
    }
    for (auto& worker : workers) {
        worker.join();
    }
    const double elapsed = seconds_since(start);
    const double cpu = cpu_seconds() - cpu_start;
    std::size_t total_facts = 0;
    for (const auto f : facts) {
        total_facts += f;
    }
    fmt::print(R"({{"bytes": {}, "documents": {}, "evidence": {}, "threads": {}, "seconds": {:.4f}, "mb_per_s": {:.3f}, "cpu_seconds": {:.4f}, "mb_per_cpu_s": {:.3f}}})"
               "\n",
               bytes, texts.size(), total_facts, args.threads, elapsed,
               static_cast<double>(bytes) / 1e6 / elapsed, cpu, static_cast<double>(bytes) / 1e6 / cpu);
    return 0;
}

// Extracts every document first (not timed), then times storing them all in a new database,
// in batches as `kgraph ingest` makes them by default (Database::documents_per_batch): the
// writer thread's throughput. Compressing each body is timed too; ingest does it on the
// extraction threads.
int bench_store(const Args& args) {
    if (args.out.empty()) {
        throw std::runtime_error("store needs --db PATH (a new file)");
    }
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(args.path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt") {
            paths.push_back(entry.path());
        }
    }
    std::sort(paths.begin(), paths.end());
    const kg::extract::Extractor extractor;
    std::vector<std::pair<kg::ExtractedDocument, std::string>> docs;
    std::size_t bytes = 0;
    std::size_t evidence = 0;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream contents;
        contents << in.rdbuf();
        auto document = kg::extract::read_document(path.string(), contents.str());
        bytes += document.text.size();
        auto extracted = extractor.extract(document);
        evidence += extracted.facts.size();
        docs.emplace_back(std::move(extracted), std::move(document.text));
    }
    const auto start = Clock::now();
    const double cpu_start = cpu_seconds();
    {
        kg::storage::Database db(args.out, kg::storage::Database::Mode::kReadWrite);
        for (std::size_t i = 0; i < docs.size();) {
            const std::size_t end =
                std::min(docs.size(), i + kg::storage::Database::documents_per_batch(
                                              static_cast<std::int64_t>(i)));
            kg::storage::Database::Batch batch(db);
            for (; i < end; ++i) {
                db.save(docs[i].first, docs[i].second);
            }
            batch.commit();
        }
    }
    const double elapsed = seconds_since(start);
    const double cpu = cpu_seconds() - cpu_start;
    fmt::print(R"({{"bytes": {}, "documents": {}, "evidence": {}, "seconds": {:.4f}, "mb_per_s": {:.3f}, "evidence_per_s": {:.0f}, "cpu_seconds": {:.4f}, "mb_per_cpu_s": {:.3f}}})"
               "\n",
               bytes, docs.size(), evidence, elapsed, static_cast<double>(bytes) / 1e6 / elapsed,
               static_cast<double>(evidence) / elapsed, cpu, static_cast<double>(bytes) / 1e6 / cpu);
    return 0;
}

int bench_graph(const Args& args) {
    kg::storage::Database db(args.path, kg::storage::Database::Mode::kReadOnly);
    const std::size_t heap_before = heap_in_use();
    const std::size_t rss_before = rss_bytes();
    auto start = Clock::now();
    const kg::graph::KnowledgeGraph graph = db.load_graph();
    const double load_seconds = seconds_since(start);
    const std::size_t heap = heap_in_use() - heap_before;
    const std::size_t rss = rss_bytes() - rss_before;
    const auto& g = graph.boost_graph();

    std::mt19937_64 rng(args.seed);
    std::uniform_int_distribution<std::size_t> pick(0, graph.entity_count() - 1);
    std::vector<double> hop_ms;
    std::size_t reached = 0;
    for (std::size_t i = 0; i < args.pairs; ++i) {
        const std::string& name = g[static_cast<kg::graph::Vertex>(pick(rng))].name;
        start = Clock::now();
        const auto found = kg::graph::neighbors(graph, name, kg::graph::NeighborOptions{});
        hop_ms.push_back(seconds_since(start) * 1e3);
        reached += found.size();
    }
    std::vector<double> path_ms;
    std::size_t connected = 0;
    kg::graph::PathOptions options;
    options.direction = kg::graph::Direction::kBoth;
    for (std::size_t i = 0; i < args.pairs; ++i) {
        const std::string& a = g[static_cast<kg::graph::Vertex>(pick(rng))].name;
        const std::string& b = g[static_cast<kg::graph::Vertex>(pick(rng))].name;
        start = Clock::now();
        const auto paths = kg::graph::shortest_paths(graph, a, b, options);
        path_ms.push_back(seconds_since(start) * 1e3);
        connected += paths.empty() ? 0 : 1;
    }
    double dot_seconds = -1;
    if (!args.dot.empty()) {
        start = Clock::now();
        std::ofstream out(args.dot, std::ios::binary);
        kg::graph::write_dot(graph, out);
        dot_seconds = seconds_since(start);
    }
    fmt::print(
        R"({{"entities": {}, "edges": {}, "load_seconds": {:.4f}, "heap_bytes": {}, "rss_bytes": {}, "bytes_per_edge": {:.1f}, )"
        R"("hop": {}, "hop_found": {}, "path": {}, "paths_connected": {}, "dot_seconds": {:.3f}}})"
        "\n",
        graph.entity_count(), graph.fact_count(), load_seconds, heap, rss,
        static_cast<double>(heap) / static_cast<double>(std::max<std::size_t>(1, graph.fact_count())),
        latency_json(hop_ms), reached, latency_json(path_ms), connected, dot_seconds);
    return 0;
}

// A small RAII pair for the sqlite3 C API, enough for one benchmark.
struct Sqlite {
    sqlite3* db = nullptr;
    explicit Sqlite(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path);
        }
    }
    ~Sqlite() { sqlite3_close(db); }
    sqlite3_stmt* prepare(const std::string& sql) const {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(db));
        }
        return stmt;
    }
};

int bench_sql_hop(const Args& args) {
    const Sqlite sql(args.path);
    // The question a user asks: everything one fact away from a named entity, either way.
    const std::string query = R"(
        SELECT e.relation, o.name FROM entities s
          JOIN edges e ON e.subject_id = s.id JOIN entities o ON o.id = e.object_id
         WHERE s.name = ?1
        UNION ALL
        SELECT e.relation, s.name FROM entities o
          JOIN edges e ON e.object_id = o.id JOIN entities s ON s.id = e.subject_id
         WHERE o.name = ?1)";
    std::string plan;
    {
        sqlite3_stmt* explain = sql.prepare("EXPLAIN QUERY PLAN " + query);
        sqlite3_bind_text(explain, 1, "x", -1, SQLITE_STATIC);
        while (sqlite3_step(explain) == SQLITE_ROW) {
            plan += std::string(plan.empty() ? "" : "; ") +
                    reinterpret_cast<const char*>(sqlite3_column_text(explain, 3));
        }
        sqlite3_finalize(explain);
    }
    std::vector<std::string> names;
    {
        sqlite3_stmt* all = sql.prepare("SELECT name FROM entities ORDER BY id");
        while (sqlite3_step(all) == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(all, 0)));
        }
        sqlite3_finalize(all);
    }
    sqlite3_stmt* stmt = sql.prepare(query);
    std::mt19937_64 rng(args.seed);
    std::uniform_int_distribution<std::size_t> pick(0, names.size() - 1);
    std::vector<double> ms;
    std::size_t rows = 0;
    for (std::size_t i = 0; i < args.pairs; ++i) {
        const std::string& name = names[pick(rng)];
        const auto start = Clock::now();
        sqlite3_bind_text(stmt, 1, name.c_str(), static_cast<int>(name.size()), SQLITE_STATIC);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++rows;
        }
        sqlite3_reset(stmt);
        ms.push_back(seconds_since(start) * 1e3);
    }
    sqlite3_finalize(stmt);
    std::string escaped;
    for (const char c : plan) {
        escaped += c == '"' ? std::string("\\\"") : std::string(1, c);
    }
    fmt::print(R"({{"entities": {}, "hop": {}, "rows": {}, "plan": "{}"}})"
               "\n",
               names.size(), latency_json(ms), rows, escaped);
    return 0;
}

int bench_facts_of(const Args& args) {
    kg::storage::Database db(args.path, kg::storage::Database::Mode::kReadOnly);
    std::vector<std::string> names;
    for (const auto& row : db.entities(std::nullopt)) {
        names.push_back(row.name);
    }
    if (names.empty()) {
        throw std::runtime_error(args.path + " holds no entities");
    }
    std::mt19937_64 rng(args.seed);
    std::uniform_int_distribution<std::size_t> pick(0, names.size() - 1);
    std::vector<double> facts_ms, evidence_ms;
    std::size_t facts = 0;
    std::size_t evidence = 0;
    for (std::size_t i = 0; i < args.pairs; ++i) {
        const std::string& name = names[pick(rng)];
        auto start = Clock::now();
        const auto out = db.facts({name, std::nullopt, std::nullopt});
        const auto in = db.facts({std::nullopt, std::nullopt, name});
        facts_ms.push_back(seconds_since(start) * 1e3);
        facts += out.size() + in.size();
        const auto& some = out.empty() ? in : out;
        if (!some.empty()) {
            start = Clock::now();
            evidence += db.evidence({some[0].subject, some[0].relation, some[0].object}).size();
            evidence_ms.push_back(seconds_since(start) * 1e3);
        }
    }
    fmt::print(R"({{"entities": {}, "facts": {}, "facts_rows": {}, "evidence": {}, )"
               R"("evidence_rows": {}}})"
               "\n",
               names.size(), latency_json(facts_ms), facts, latency_json(evidence_ms), evidence);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Args args = parse(argc, argv);
        if (args.command == "extract") {
            return bench_extract(args);
        }
        if (args.command == "store") {
            return bench_store(args);
        }
        if (args.command == "graph") {
            return bench_graph(args);
        }
        if (args.command == "sql-hop") {
            return bench_sql_hop(args);
        }
        if (args.command == "facts-of") {
            return bench_facts_of(args);
        }
        throw std::runtime_error("unknown command " + args.command);
    } catch (const std::exception& e) {
        std::cerr << "kgraph_bench: " << e.what() << "\n";
        return 1;
    }
}
