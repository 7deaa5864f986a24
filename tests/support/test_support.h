#pragma once

// Helpers shared by the tests: temporary folders, files, and running the real `kgraph` binary.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg::test {

// Whether the tests run under AddressSanitizer, which makes kgraph several times slower: the
// heaviest tests then use smaller inputs and fewer rounds, the full sizes running in the plain
// build.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// A fresh folder under the system temp folder, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes `contents` to `name` (folders created as needed) and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& contents) const;

private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

struct RunResult {
    int status = -1;  // exit status
    std::string out;
    std::string err;
};

// Runs the kgraph binary built with the tests, with `args` (each passed as one argument), in
// folder `cwd`, feeding `input` on stdin.
RunResult run_kgraph(const std::vector<std::string>& args,
                     const std::filesystem::path& cwd = std::filesystem::temp_directory_path(),
                     const std::string& input = "");

// Runs a shell command; returns its exit status and output.
RunResult run_shell(const std::string& command);

// What to put before a shell command so that it runs as a user that file permissions bind:
// "" when the tests do not run as root, setpriv's switch to nobody when they do (root opens any
// file), nullopt when root has no setpriv. The files the command uses must be open to others.
std::optional<std::string> unprivileged_prefix();

// The source tree, and the seed article when ../shared is beside the checkout.
std::filesystem::path source_dir();
std::optional<std::filesystem::path> seed_article();

}  // namespace kg::test
