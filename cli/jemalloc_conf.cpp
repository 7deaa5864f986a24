// Compiled into the kgraph command when it is linked with jemalloc (KGRAPH_JEMALLOC in
// CMakeLists.txt), and into kgraph_bench, which times what the command does.
//
// Why jemalloc: `kgraph ingest` makes many small allocations (tokens' scratch, mentions, the
// strings of every fact), and it builds each document's records on an extraction thread and
// frees them on the writer's, which glibc's allocator hands back to the other thread's arena
// under that arena's lock. perf put an eighth of a `--jobs 2` ingest in malloc and free. With
// jemalloc, the 100 MB benchmark corpus went in 6.78 s instead of 8.06 s with --jobs 2, and
// 13.07 s instead of 14.03 s with --jobs 1 (medians of three runs, bench/README.md).
//
// jemalloc reads its options from this variable when the program starts (MALLOC_CONF in the
// environment still overrides them). dirty_decay_ms:1000 and muzzy_decay_ms:0 return freed
// pages to the system after a second instead of ten, so that peak memory stays flat over a
// long ingest: with them, 33 MiB at 10 MB of news and 39 MiB at 100 MB; with jemalloc's
// defaults, 34 and 42 MiB, near the limit of the benchmark's flat-memory target (glibc: 28 and
// 35 MiB). The number of arenas is left to jemalloc (four per core), since `--jobs` runs a
// thread per core.

extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";
}
