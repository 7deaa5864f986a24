// Compiled into the kgraph command when it is linked with jemalloc (KGRAPH_JEMALLOC in
// CMakeLists.txt).
//
// Why jemalloc: `kgraph ingest` makes many small allocations (tokens, mentions, the strings
// of every fact), and it builds each document's records on an extraction thread and frees them
// on the writer's: glibc's allocator locks for every block freed by a thread other than the
// one that allocated it. perf put an eighth of a `--jobs 2` ingest in malloc and free. With
// jemalloc, the 100 MB benchmark corpus went in 6.78 s instead of 8.06 s with --jobs 2, and
// 13.07 s instead of 14.03 s with --jobs 1 (medians of three runs, bench/README.md).
//
// jemalloc reads its options from this variable when the program starts (MALLOC_CONF in the
// environment still overrides them):
// - narenas:1: one arena for all threads. kgraph runs at most a few threads that allocate,
//   each with its own cache in front of the arena, and one arena holds less memory idle.
// - dirty_decay_ms:1000, muzzy_decay_ms:0: freed pages go back to the system after a second,
//   not ten, so that peak memory stays flat over a long ingest (with both options, 33 MiB at
//   10 MB of news and 39 MiB at 100 MB; with jemalloc's defaults, 34 and 42 MiB; with glibc,
//   28 and 35 MiB).

extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "narenas:1,dirty_decay_ms:1000,muzzy_decay_ms:0";
}
