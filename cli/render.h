#pragma once

// Drawing DOT text into a picture with one of Graphviz's programs (dot, neato, sfdp), run
// directly, without a shell, so no file name is ever read as shell syntax.

#include <optional>
#include <string>

namespace kg::cli {

// Runs `engine -T<format>` on `dot` and writes the picture to `output`, or to stdout when
// absent. Throws kg::Error, saying how to install it, when the program is not on $PATH, and
// kg::Error when it fails (its own messages go to stderr as it writes them).
void render_dot(const std::string& dot, const std::string& engine, const std::string& format,
                const std::optional<std::string>& output);

}  // namespace kg::cli
