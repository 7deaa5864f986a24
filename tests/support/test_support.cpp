#include "support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace kg::test {
namespace {

std::string shell_quote(const std::string& arg) {
    std::string out = "'";
    for (const char c : arg) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    return out + "'";
}

}  // namespace

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("kgraph-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& contents) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << contents;
    return file;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

RunResult run_shell(const std::string& command) {
    TempDir dir;
    const auto out = dir / "stdout";
    const auto err = dir / "stderr";
    const std::string full = "(" + command + ") >" + shell_quote(out.string()) + " 2>" +
                             shell_quote(err.string());
    const int raw = std::system(full.c_str());
    RunResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    result.out = read_file(out);
    result.err = read_file(err);
    return result;
}

RunResult run_kgraph(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                     const std::string& input) {
    TempDir dir;
    const auto in = dir.write("stdin", input);
    std::string command = "cd " + shell_quote(cwd.string()) + " && env -u KGRAPH_DB " +
                          shell_quote(KGRAPH_BINARY);
    for (const auto& arg : args) {
        command += " " + shell_quote(arg);
    }
    command += " <" + shell_quote(in.string());
    return run_shell(command);
}

std::optional<std::string> unprivileged_prefix() {
    if (geteuid() != 0) {
        return "";
    }
    if (run_shell("command -v setpriv").status != 0) {
        return std::nullopt;
    }
    return "setpriv --reuid=65534 --regid=65534 --clear-groups ";
}

std::filesystem::path source_dir() { return KGRAPH_SOURCE_DIR; }

std::optional<std::filesystem::path> seed_article() {
    const auto path =
        source_dir().parent_path() / "shared" / "corpus" / "seed" / "russia-north-korea-alliance.txt";
    if (std::filesystem::exists(path)) {
        return path;
    }
    return std::nullopt;
}

}  // namespace kg::test
