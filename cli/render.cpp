#include "cli/render.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>

#include "core/error.h"

extern char** environ;

namespace kg::cli {
namespace {

std::optional<std::string> find_program(const std::string_view program) {
    const char* path = std::getenv("PATH");
    const std::string_view dirs = path != nullptr ? path : "";
    std::size_t begin = 0;
    while (begin <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', begin), dirs.size());
        const std::string_view dir = dirs.substr(begin, end - begin);
        const std::string candidate = fmt::format("{}/{}", dir.empty() ? "." : dir, program);
        struct stat info {};
        if (::stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
            ::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        begin = end + 1;
    }
    return std::nullopt;
}

// The DOT goes to Graphviz through a file rather than a pipe: a program that stops reading
// early cannot then kill kgraph with SIGPIPE, and the file is removed on every way out.
class TempFile {
public:
    explicit TempFile(const std::string& contents) {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "kgraph-XXXXXX.dot").string();
        const int fd = ::mkstemps(pattern.data(), 4);
        if (fd < 0) {
            throw kg::Error(fmt::format("cannot create a temporary file in {}: {}",
                                        std::filesystem::temp_directory_path().string(),
                                        std::strerror(errno)));
        }
        ::close(fd);
        path_ = pattern;
        std::ofstream out(path_, std::ios::binary);
        if (!(out << contents).flush()) {
            std::error_code ec;
            std::filesystem::remove(path_, ec);  // no destructor runs for a throwing constructor
            throw kg::Error(fmt::format("cannot write the temporary file {}", path_));
        }
    }
    ~TempFile() {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace

void render_dot(const std::string& dot, const std::string& engine, const std::string& format,
                const std::optional<std::string>& output) {
    const auto program = find_program(engine);
    if (!program) {
        throw kg::Error(fmt::format(
            "cannot draw {}: Graphviz's `{}` program is not installed (not found on PATH); "
            "install Graphviz (apt-get install graphviz, brew install graphviz), or write DOT "
            "with `kgraph export dot` and draw it elsewhere",
            format, engine));
    }
    const TempFile input(dot);
    std::vector<std::string> args{engine, "-T" + format};
    if (output) {
        args.push_back("-o" + *output);
    }
    args.push_back(input.path());
    std::vector<char*> argv;
    for (auto& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    std::cout.flush();  // the picture follows whatever kgraph wrote to stdout before it
    pid_t pid = 0;
    if (const int rc =
            ::posix_spawn(&pid, program->c_str(), nullptr, nullptr, argv.data(), environ);
        rc != 0) {
        throw kg::Error(fmt::format("cannot run {}: {}", *program, std::strerror(rc)));
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            throw kg::Error(fmt::format("lost track of {}: {}", engine, std::strerror(errno)));
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw kg::Error(fmt::format("Graphviz's `{}` failed to draw the graph ({})", engine,
                                    WIFEXITED(status)
                                        ? fmt::format("exit status {}", WEXITSTATUS(status))
                                        : fmt::format("signal {}", WTERMSIG(status))));
    }
}

}  // namespace kg::cli
