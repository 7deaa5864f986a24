#pragma once

#include <string_view>
#include <vector>

namespace kg {

// A file compiled into the binary by cmake/embed.cmake: its path relative to the folder it was
// embedded from, and its bytes. Both views point into static storage and never dangle.
struct EmbeddedFile {
    std::string_view path;
    std::string_view contents;
};

}  // namespace kg
